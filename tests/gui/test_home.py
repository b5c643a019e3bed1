"""The home screen (Tổng quan): computed counts, the overdue and due-soon lists, this week's meetings, recent
documents, the status chart — and a click opens the item in place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt

from gui.demo_window import AFTER, close_window, open_demo_window
from secretary_app.domain.deadlines import DeadlineStatus as S
from secretary_app.gui.home.page import TARGET_ROLE
from secretary_app.gui.shell.main_window import PAGE_DIRECTIVES, PAGE_DOCUMENTS, PAGE_MEETINGS
from secretary_app.services.home import LIST_LIMIT


def items(view) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def click_item(qtbot, view, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_counts_match_the_board_service(qtbot, tmp_path):
    win = open_demo_window(qtbot, tmp_path)
    try:
        home = win.overview_page
        expected = win.ctx.board.status_counts(AFTER)
        assert home.chart.counts() == expected
        assert expected[S.OVERDUE] == 9 and expected[S.ONGOING] == 5 and expected[S.DONE_ON_TIME] == 4
        ui = home.ui
        assert (ui.overdueCount.text(), ui.directivesCount.text(), ui.dueSoonCount.text()) == ("9", "14", "0")
        assert (ui.meetingsCount.text(), ui.documentsCount.text()) == ("1", "1")
        # The overdue list: the first LIST_LIMIT, then a link to all of them.
        overdue = items(ui.overdueList)
        assert len(overdue) == LIST_LIMIT + 1 and overdue[-1] == "Xem tất cả 9 việc quá hạn…"
        assert all(text.startswith("Quá 15 ngày · ") for text in overdue[:-1])
        assert ui.overdueLabel.text() == "Việc quá hạn (9)"
        assert items(ui.dueSoonList) == ["Không có việc nào đến hạn trong 7 ngày tới."]
        assert items(ui.recentDocumentsList)[0].startswith("239-TB/ĐU 12/10/2021 — Hội nghị giao ban")
    finally:
        close_window(win)


def test_drafts_are_not_counted_as_documents(qtbot, tmp_path):
    win = open_demo_window(qtbot, tmp_path)
    try:
        meeting = win.ctx.meetings.list_meetings()[0]
        win.ctx.issuing.draft_notice(meeting.id)
        win.ctx.issuing.draft_notice(meeting.id)  # "Soạn mới" twice: two drafts, still one issued notice
        win.overview_page.refresh()
        assert win.overview_page.ui.documentsCount.text() == "1"
    finally:
        close_window(win)


def test_due_within_seven_days_and_meetings_this_week(qtbot, tmp_path):
    win = open_demo_window(qtbot, tmp_path, today=date(2021, 12, 27))  # the Monday before the deadline
    try:
        ui = win.overview_page.ui
        due = items(ui.dueSoonList)
        assert len(due) == 9 and all(text.startswith("31/12/2021 · ") for text in due)
        assert ui.dueSoonCount.text() == "9" and ui.overdueCount.text() == "0"
        assert items(ui.overdueList) == ["Không có việc nào quá hạn."]
        assert items(ui.meetingsWeekList) == ["Tuần này chưa có cuộc họp nào."]
    finally:
        close_window(win)
    win = open_demo_window(qtbot, tmp_path, today=date(2021, 10, 14))  # the week of the demo meeting
    try:
        ui = win.overview_page.ui
        (meeting,) = items(ui.meetingsWeekList)
        assert meeting.startswith("Thứ Ba 12/10 ") and "Hội nghị giao ban" in meeting
        assert ui.meetingsWeekLabel.text() == "Cuộc họp trong tuần (11/10/2021 – 17/10/2021)"
        click_item(qtbot, ui.meetingsWeekList, 0)
        assert win.ui.navList.currentRow() == PAGE_MEETINGS
        assert win.meetings_page.current_meeting().id == ui.meetingsWeekList.item(0).data(TARGET_ROLE)[1]
    finally:
        close_window(win)


def test_click_opens_the_board_with_the_directive_selected(qtbot, tmp_path):
    win = open_demo_window(qtbot, tmp_path)
    try:
        view = win.overview_page.ui.overdueList
        kind, directive_id = view.item(2).data(TARGET_ROLE)
        assert kind == "directive"
        click_item(qtbot, view, 2)
        assert win.current_page() is win.directives_page
        assert win.directives_page.selected_ids() == [directive_id]
        # "Xem tất cả": the board filtered to the overdue items.
        win.show_page(0)
        click_item(qtbot, view, view.count() - 1)
        assert win.ui.navList.currentRow() == PAGE_DIRECTIVES
        assert {r.status for r in win.directives_page.model.rows()} == {S.OVERDUE}
        assert win.directives_page.model.directive_count == 9
    finally:
        close_window(win)


def test_chart_click_filters_the_board_and_documents_open(qtbot, tmp_path):
    win = open_demo_window(qtbot, tmp_path)
    try:
        chart = win.overview_page.chart
        rect = chart.bar_rect(S.DONE_ON_TIME)
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(20, int(rect.center().y())))
        assert win.current_page() is win.directives_page
        assert {r.status for r in win.directives_page.model.rows()} == {S.DONE_ON_TIME}
        assert win.directives_page.model.directive_count == 4

        win.show_page(0)
        click_item(qtbot, win.overview_page.ui.recentDocumentsList, 0)
        assert win.ui.navList.currentRow() == PAGE_DOCUMENTS
        selected = win.documents_page.selected_document()
        assert selected is not None and selected.number == 239
    finally:
        close_window(win)


def test_home_never_lists_every_directive(qtbot, tmp_path, monkeypatch):
    """The start-up regression: the home screen must not load directive aggregates (N+1 on a big database)."""
    from secretary_app.services.directives import DirectiveService

    def forbidden(self):
        raise AssertionError("the home screen must use ctx.board, not list_directives()")

    monkeypatch.setattr(DirectiveService, "list_directives", forbidden)
    win = open_demo_window(qtbot, tmp_path)
    try:
        win.overview_page.refresh()
        assert win.overview_page.ui.overdueCount.text() == "9"
    finally:
        close_window(win)
