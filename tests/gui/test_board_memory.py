"""The board fits a 1024×700 laptop (the content column keeps room) and comes back as it was left: status
filter, grouping, unit and source filters, column widths (issue 11)."""

from __future__ import annotations

from gui.demo_window import close_window, open_demo_window
from secretary_app.domain.deadlines import DeadlineStatus as S
from secretary_app.gui.directives.board_model import GROUP_NONE
from secretary_app.gui.directives.board_page import COLUMN_MINIMUMS as MINIMUMS
from secretary_app.gui.directives.board_page import CONTENT_MIN
from secretary_app.gui.shared.column_fit import fitted_widths
from secretary_app.gui.shell.main_window import PAGE_DIRECTIVES


def test_side_columns_give_way_to_the_content_column():
    wanted = {1: 190, 2: 105, 3: 200, 4: 105}
    assert fitted_widths(1200, wanted, MINIMUMS, CONTENT_MIN) == wanted  # room enough: as wanted
    squeezed = fitted_widths(740, wanted, MINIMUMS, CONTENT_MIN)
    assert 740 - sum(squeezed.values()) >= CONTENT_MIN
    assert all(MINIMUMS[c] <= w <= wanted[c] for c, w in squeezed.items())
    tiny = fitted_widths(300, wanted, MINIMUMS, CONTENT_MIN)
    assert tiny == MINIMUMS  # never below the minimums, however narrow


def test_board_content_column_is_usable_at_1024x700(qtbot, tmp_path):
    win = open_demo_window(qtbot, tmp_path)
    try:
        win.resize(1024, 700)
        win.show_page(PAGE_DIRECTIVES)
        view = win.directives_page.ui.tableView
        qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() > 0)
        assert win.width() == 1024
        assert view.columnWidth(0) >= 280, [view.columnWidth(c) for c in range(5)]
        win.resize(1366, 720)  # room again: the side columns take their widths back
        qtbot.waitUntil(lambda: view.columnWidth(3) == 200)
    finally:
        close_window(win)


def test_filters_grouping_and_widths_come_back(qtbot, tmp_path):
    win = open_demo_window(qtbot, tmp_path)
    page = win.directives_page
    win.show_page(PAGE_DIRECTIVES)
    ui = page.ui
    index = ui.groupCombo.findData(GROUP_NONE)
    ui.groupCombo.setCurrentIndex(index)
    ui.groupCombo.activated.emit(index)  # as a click on the item does
    overdue = page._status_actions[S.OVERDUE]
    overdue.trigger()  # toggles it off, as a click in the menu
    unit = ui.unitCombo.findText("Ban Biên tập Tin Trong nước")
    ui.unitCombo.setCurrentIndex(unit)
    ui.unitCombo.activated.emit(unit)
    ui.tableView.horizontalHeader().resizeSection(1, 150)  # the secretary drags the unit column
    statuses = page.current_filter().statuses
    assert S.OVERDUE not in statuses
    db = win.ctx.db_path
    close_window(win)
    win.close()

    from secretary_app.app import build_main_window
    from secretary_app.services.context import open_context

    again = build_main_window(open_context(db))
    qtbot.addWidget(again)
    again.resize(1300, 800)
    again.show()
    again.show_page(PAGE_DIRECTIVES)
    page = again.directives_page
    try:
        assert page.grouping() == GROUP_NONE
        assert page.current_filter().statuses == statuses
        assert page.ui.unitCombo.currentText() == "Ban Biên tập Tin Trong nước"
        assert page.current_filter().lead_unit_ids == {page.ui.unitCombo.currentData()}
        assert page.columns.wanted[1] == 150
        view = page.ui.tableView  # the offscreen screen is small: the wanted widths, fitted to it
        qtbot.waitUntil(
            lambda: (
                view.columnWidth(1)
                == fitted_widths(
                    view.viewport().width(), {1: 150, 2: 105, 3: 200, 4: 105}, MINIMUMS, CONTENT_MIN
                )[1]
            )
        )
    finally:
        close_window(again)
