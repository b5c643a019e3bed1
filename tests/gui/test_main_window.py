"""The window opens, navigates by click and by Ctrl+1…6, and shows what is in the database."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from gui.helpers import status_bar_text
from secretary_app.gui.shell.main_window import (
    PAGE_DIRECTIVES,
    PAGE_DOCUMENTS,
    PAGE_MEETINGS,
    PAGE_OVERVIEW,
    PAGE_SEARCH,
    PAGE_SETTINGS,
)


def test_window_opens_on_the_overview(window, db_path):
    assert window.isVisible()
    assert window.current_page() is window.overview_page
    assert window.windowTitle().startswith("Thư ký cấp ủy")
    assert str(db_path) in status_bar_text(window)
    assert window.ui.navList.count() == 9
    assert all(not window.ui.navList.item(i).icon().isNull() for i in range(9))


def test_navigation_by_click(window, qtbot):
    nav = window.ui.navList
    for row, page in [
        (PAGE_MEETINGS, window.meetings_page),
        (PAGE_SETTINGS, window.profile_page),
        (PAGE_SEARCH, window.search_page),
    ]:
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page() is page


def test_navigation_by_shortcuts(window, qtbot):
    expected = [
        window.overview_page,
        window.meetings_page,
        window.documents_page,
        window.directives_page,
        window.people_page,
        window.units_page,
        window.search_page,
        window.profile_page,
    ]
    for number in (2, 6, 3, 4, 5, 8, 7, 1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is expected[number - 1]
        assert window.ui.navList.currentRow() == number - 1


def test_empty_database_says_so(window):
    window.show_page(PAGE_MEETINGS)
    assert window.meetings_page.ui.emptyLabel.isVisible()
    assert not window.meetings_page.ui.tableView.isVisible()
    assert "Chưa nhập thông tin cơ quan" in status_bar_text(window)


def test_demo_database_shows_its_meeting_document_and_directives(qtbot, tmp_path):
    from secretary_app.app import build_main_window
    from secretary_app.services.context import open_context
    from secretary_app.services.demo import ensure_demo_database

    path = ensure_demo_database(tmp_path / "demo.sqlite")
    win = build_main_window(open_context(path, create=True))
    qtbot.addWidget(win)
    win.show()

    win.show_page(PAGE_MEETINGS)
    model = win.meetings_page.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert any(
        row[0] == "12/10/2021" and row[2].startswith("Hội nghị giao ban cấp ủy sơ kết công tác 9 tháng")
        for row in rows
    ), rows
    assert win.meetings_page.ui.tableView.isVisible()

    win.show_page(PAGE_DOCUMENTS)
    numbers = [
        win.documents_page.model.index(r, 0).data() for r in range(win.documents_page.model.rowCount())
    ]
    assert "239-TB/ĐU" in numbers

    win.show_page(PAGE_DIRECTIVES)
    assert win.directives_page.model.rowCount() > 0

    win.show_page(PAGE_OVERVIEW)
    assert int(win.overview_page.ui.meetingsCount.text()) >= 1
    assert "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM" in win.windowTitle()
    assert "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM" in status_bar_text(win)
    win.close()


def test_about_dialog_names_version_offline_and_data_file(window, presenter, db_path):
    from secretary_app import __version__

    window.ui.actionAbout.trigger()
    (dialog,) = presenter.dialogs
    assert __version__ in dialog.ui.versionLabel.text()
    assert "ngoại tuyến" in dialog.ui.offlineLabel.text()
    assert dialog.ui.dataPathLabel.text() == str(db_path)


def test_nav_click_outside_items_keeps_page(window, qtbot):
    nav = window.ui.navList
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, nav.viewport().height() - 5))
    assert window.current_page() is window.overview_page
