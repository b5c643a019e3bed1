"""The board's course-changing actions on the demo database (issue 12): extend, set a deadline, cancel, edit,
split, merge — each a small dialog through DirectiveService, in the toolbar and the context menu, each in the
history; "Hoàn thành đúng hạn (có gia hạn)" in the status filter and its own colour."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor

from gui.demo_window import AFTER, close_window, install_dialog_presenter, open_demo_window
from gui.helpers import type_text
from secretary_app.domain import models as m
from secretary_app.domain.deadlines import STATUS_TEXT_COLOURS
from secretary_app.domain.deadlines import DeadlineStatus as S
from secretary_app.gui.directives.change_dialogs import DirectiveChangeDialog
from secretary_app.gui.directives.dialogs import DirectiveHistoryDialog, qdate
from secretary_app.gui.shell.main_window import PAGE_DIRECTIVES
from secretary_app.services import follow_up
from secretary_app.services.directives_board import BoardFilter


@pytest.fixture
def win(qtbot, tmp_path):
    window = open_demo_window(qtbot, tmp_path)
    window.show_page(PAGE_DIRECTIVES)
    yield window
    close_window(window)


@pytest.fixture
def page(win):
    return win.directives_page


def board_row(win, directive_id: int):
    (row,) = [r for r in win.ctx.board.rows(BoardFilter(), AFTER) if r.id == directive_id]
    return row


def select(page, ids: list[int]) -> None:
    view = page.ui.tableView
    view.clearSelection()
    for directive_id in ids:
        view.selectionModel().select(
            page.model.index(page.model.row_of(directive_id), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    view.setFocus()


def history_cells(presenter, page) -> list[list[str]]:
    presenter.fill = None
    page.ui.historyButton.click()
    dialog = presenter.dialogs[-1]
    assert isinstance(dialog, DirectiveHistoryDialog)
    table = dialog.ui.historyTable
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_extend_shows_the_original_deadline_and_keeps_it(page, win):
    presenter = install_dialog_presenter()
    row = next(r for r in page.model.rows() if r.status == S.OVERDUE)
    select(page, [row.id])
    assert page.ui.extendButton.isEnabled()

    def extend(dialog):
        assert isinstance(dialog, DirectiveChangeDialog)
        assert "31/12/2021" in dialog.ui.infoLabel.text()  # the deadline being extended
        assert dialog.ui.allowedEdit.isVisibleTo(dialog)
        dialog.ui.dateEdit.setDate(qdate(date(2022, 3, 31)))
        dialog.accept()  # no reason: refused, the dialog stays open
        assert "lý do" in dialog.ui.errorLabel.text()
        type_text(dialog.ui.reasonEdit, "Chờ ý kiến của cấp trên")
        type_text(dialog.ui.allowedEdit, "Bí thư Đảng ủy")
        dialog.accept()

    presenter.fill = extend
    page.ui.extendButton.click()
    saved = win.ctx.directives.get(row.id)
    assert (saved.deadline, saved.original_deadline) == (date(2022, 3, 31), date(2021, 12, 31))
    assert board_row(win, row.id).status == S.NOT_DUE  # no longer overdue
    select(page, [row.id])
    cells = history_cells(presenter, page)
    (line,) = [c for c in cells if c[1] == "Gia hạn"]
    assert "31/12/2021" in line[2] and "31/03/2022" in line[2] and "Bí thư Đảng ủy" in line[2]

    # Done by the extended deadline: "Hoàn thành đúng hạn (có gia hạn)", apart from plain on time.
    follow_up.tick_off(win.ctx, [row.id], date(2022, 1, 14), "Xong", today=AFTER)
    page.set_statuses([S.DONE_EXTENDED])
    assert [r.id for r in page.model.rows()] == [row.id]
    index = page.model.index(page.model.row_of(row.id), page.model.COLUMNS.index("status"))
    assert index.data().startswith("Hoàn thành đúng hạn (có gia hạn)")
    colour = index.data(Qt.ItemDataRole.ForegroundRole).color()
    assert colour == QColor(STATUS_TEXT_COLOURS[S.DONE_EXTENDED])
    assert colour != QColor(STATUS_TEXT_COLOURS[S.DONE_ON_TIME])


def test_a_task_without_a_date_gets_the_one_its_words_say(page, win):
    presenter = install_dialog_presenter()
    row = next(r for r in page.model.rows() if r.status == S.OVERDUE)
    directive = win.ctx.directives.get(row.id)
    directive.content = "Xây dựng đề án sắp xếp bộ máy, hoàn thành trong Quý I/2022"
    directive.deadline = None
    win.ctx.directives.save(directive)
    page.refresh()
    select(page, [row.id])

    def check(dialog):
        assert dialog.windowTitle() == "Đặt thời hạn cho nhiệm vụ"
        assert dialog.ui.dateEdit.date() == qdate(date(2022, 3, 31))  # the quarter's last working day
        assert dialog.ui.wordsEdit.text() == "Quý I/2022"
        dialog.accept()

    presenter.fill = check
    page.ui.extendButton.click()
    saved = win.ctx.directives.get(row.id)
    assert (saved.deadline, saved.deadline_text, saved.original_deadline) == (
        date(2022, 3, 31),
        "Quý I/2022",
        None,
    )


def test_cancel_edit_split_merge_from_the_menus(page, win):
    presenter = install_dialog_presenter()
    overdue = [r for r in page.model.rows() if r.status == S.OVERDUE]
    first, second, third, fourth = (r.id for r in overdue[:4])

    # Cancel (toolbar), with its reason.
    select(page, [first])

    def cancel(dialog):
        type_text(dialog.ui.reasonEdit, "Đã được thay thế bởi kết luận mới")
        dialog.accept()

    presenter.fill = cancel
    page.ui.cancelTaskButton.click()
    assert win.ctx.directives.get(first).status == m.DirectiveStatus.CANCELLED
    assert first not in [r.id for r in page.model.rows()]  # open items only by default

    # Edit the text (context menu), the old words in the history.
    select(page, [second])
    old_text = win.ctx.directives.get(second).content
    menu = page.context_menu()
    labels = [a.text() for a in menu.actions() if a.text()]
    for wanted in ("Gia hạn…", "Hủy…", "Sửa nội dung…", "Tách theo đơn vị…", "Gộp các mục trùng…"):
        assert wanted in labels
    assert not next(a for a in menu.actions() if a.text() == "Gộp các mục trùng…").isEnabled()  # one row

    def edit(dialog):
        assert dialog.ui.textEdit.toPlainText() == old_text
        dialog.ui.textEdit.setPlainText("Nội dung đã sửa cho đúng thông báo")
        dialog.accept()

    presenter.fill = edit
    next(a for a in menu.actions() if a.text() == "Sửa nội dung…").trigger()
    assert win.ctx.directives.get(second).content == "Nội dung đã sửa cho đúng thông báo"
    select(page, [second])
    assert any(c[1] == "Sửa nội dung" and old_text[:30] in c[2] for c in history_cells(presenter, page))

    # Split per lead unit (the toolbar's "Điều chỉnh" menu).
    units = win.ctx.units.list_units(active_only=True)
    select(page, [third])

    def split(dialog):
        items = dialog.ui.unitsList
        for i in range(items.count()):
            wanted = items.item(i).data(Qt.ItemDataRole.UserRole) in (units[0].id, units[1].id)
            items.item(i).setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        dialog.accept()

    presenter.fill = split
    page.split_action.trigger()
    assert win.ctx.directives.get(third).status == m.DirectiveStatus.CANCELLED
    parts = [d for d in win.ctx.directives.list_directives() if d.split_from_id == third]
    assert sorted(p.lead_unit_id for p in parts) == sorted([units[0].id, units[1].id])

    # Merge two duplicates: the kept one stays open, the other is cancelled and points at it.
    select(page, [parts[0].id, fourth])
    assert page.merge_action.isEnabled()

    def merge(dialog):
        dialog.ui.keepCombo.setCurrentIndex(dialog.ui.keepCombo.findData(fourth))
        dialog.accept()

    presenter.fill = merge
    page.merge_action.trigger()
    merged = win.ctx.directives.get(parts[0].id)
    assert (merged.status, merged.replaced_by_id) == (m.DirectiveStatus.CANCELLED, fourth)
    assert win.ctx.directives.get(fourth).status == m.DirectiveStatus.OPEN
    select(page, [fourth])
    assert any(c[1] == "Gộp nhiệm vụ trùng" for c in history_cells(presenter, page))
