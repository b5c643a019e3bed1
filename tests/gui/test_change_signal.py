"""One change signal: every committed operation of the application API reaches the pages through the main
window's ChangeBridge; the page on screen reloads at once, a hidden page on its next visit — with no
page-specific "saved" signal anywhere."""

from __future__ import annotations

import threading
from datetime import datetime

from secretary_app.domain import models as m
from secretary_app.domain.changes import Change, OpChanges
from secretary_app.gui.shell.main_window import PAGE_MEETINGS, PAGE_OVERVIEW
from secretary_app.services.context import open_context


def test_saving_through_a_service_refreshes_the_home_counts(window, qtbot):
    home = window.overview_page
    assert window.ui.pages.currentIndex() == PAGE_OVERVIEW
    assert home.ui.meetingsCount.text() == "0"
    window.ctx.meetings.create(m.Meeting("Họp chi bộ tháng 5", "Sinh hoạt chi bộ", datetime(2024, 5, 2, 14)))
    assert home.ui.meetingsCount.text() == "1"  # no refresh() call, no page signal: the operation's OpChanges


def test_a_hidden_page_reloads_on_its_next_visit_only(window, qtbot, monkeypatch):
    window.show_page(PAGE_MEETINGS)
    page = window.meetings_page
    window.show_page(PAGE_OVERVIEW)
    loads = []
    real_refresh = page.refresh
    monkeypatch.setattr(page, "refresh", lambda: (loads.append(1), real_refresh())[1])
    window.ctx.meetings.create(m.Meeting("Họp A", "Họp", datetime(2024, 5, 2, 14)))
    window.ctx.meetings.create(m.Meeting("Họp B", "Họp", datetime(2024, 5, 3, 14)))
    assert loads == []  # hidden: no work while other pages are used
    window.show_page(PAGE_MEETINGS)
    assert loads == [1] and page.source_model.rowCount() == 2  # once, on the visit
    window.show_page(PAGE_OVERVIEW)
    window.show_page(PAGE_MEETINGS)
    assert loads == [1]  # nothing changed since: no reload on show
    meeting_id = page.current_meeting().id
    window.ctx.minutes.save_entries(meeting_id, [])  # the first typing starts the meeting: its status shows
    assert loads == [1, 1]
    window.ctx.minutes.save_entries(meeting_id, [])  # later autosaves change only minutes: not shown here
    assert loads == [1, 1]
    window.ctx.meetings.create(m.Meeting("Họp C", "Họp", datetime(2024, 5, 4, 14)))
    assert loads == [1, 1, 1] and page.source_model.rowCount() == 3  # on screen: at once


def test_changes_published_by_a_worker_thread_arrive_on_the_gui_thread(window, qtbot):
    received: list[tuple[OpChanges, bool]] = []
    gui_thread = threading.current_thread()
    window.changes.changed.connect(lambda c: received.append((c, threading.current_thread() is gui_thread)))

    def work() -> None:  # a task with its own connection, sharing the window's hub
        ctx = open_context(window.ctx.db_path)
        ctx.store.on_changes = window.ctx.changes.publish
        try:
            ctx.meetings.create(m.Meeting("Họp từ luồng khác", "Họp", datetime(2024, 6, 1, 8)))
        finally:
            ctx.close()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(received), timeout=2000)
    assert received == [(OpChanges.of(Change.MEETINGS), True)]
    qtbot.waitUntil(lambda: window.overview_page.ui.meetingsCount.text() == "1", timeout=2000)


def test_another_database_reattaches_the_bridge(window, qtbot, tmp_path):
    old = open_context(window.ctx.db_path)  # a second handle on the first file, to write to it later
    try:
        window.open_database(tmp_path / "other.sqlite", create=True)
        home = window.overview_page
        window.ctx.meetings.create(m.Meeting("Họp ở tệp mới", "Họp", datetime(2024, 7, 1, 8)))
        assert home.ui.meetingsCount.text() == "1"
    finally:
        old.close()
