"""The screens show the derived facts of domain/: one symbol, one task-line rule, one palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gui.demo_window import close_window, open_demo_window
from secretary_app.domain.deadlines import STATUS_COLOURS
from secretary_app.domain.deadlines import DeadlineStatus as S
from secretary_app.domain.document import TASK_MARKERS
from secretary_app.gui.documents.body_editor import line_type
from secretary_app.gui.shell.main_window import PAGE_DIRECTIVES, PAGE_DOCUMENTS


def _overdue_row(model) -> int:
    return next(i for i in range(model.rowCount()) if (r := model.row_at(i)) and r.status == S.OVERDUE)


def test_screens_keep_the_printed_code_after_the_profile_changes(qtbot, tmp_path):
    win = open_demo_window(qtbot, tmp_path)
    try:
        profile = win.ctx.organisation.get()
        profile.code = "ĐUK"
        win.ctx.organisation.save(profile)
        home = win.overview_page
        home.refresh()
        assert home.ui.recentDocumentsList.item(0).text().startswith("239-TB/ĐU 12/10/2021")
        win.show_page(PAGE_DOCUMENTS)
        documents = win.documents_page
        assert documents.model.index(0, 0).data() == "239-TB/ĐU"
        win.show_page(PAGE_DIRECTIVES)
        board = win.directives_page
        assert board.model.row_at(_overdue_row(board.model)).source_number == "239-TB/ĐU"
    finally:
        close_window(win)


def test_overdue_has_one_colour(qtbot, tmp_path):
    """The home screen's list and figure, the board's status column and the chart share the overdue red."""
    win = open_demo_window(qtbot, tmp_path)
    try:
        red = QColor(STATUS_COLOURS[S.OVERDUE])
        home = win.overview_page.ui
        assert home.overdueList.item(0).foreground().color() == red
        assert home.overdueCount.palette().color(home.overdueCount.foregroundRole()) == red
        win.show_page(PAGE_DIRECTIVES)
        board = win.directives_page
        status = board.model.index(_overdue_row(board.model), 3)
        assert status.data(Qt.ItemDataRole.ForegroundRole).color() == red
    finally:
        close_window(win)


@pytest.mark.parametrize("marker", list(TASK_MARKERS))
def test_composer_editor_reads_every_task_marker(marker):
    assert line_type(f"{marker} Tăng cường thông tin") == ("item", "Tăng cường thông tin")
