"""Issue 11 item 7: "Soạn thông báo kết luận" straight from a meeting (toolbar, right-click menu) and from
its minutes editor, without going through Văn bản ▸ …"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from gui.helpers import type_text
from secretary_app.domain import models as m
from secretary_app.gui.documents.composer_windows import open_windows
from secretary_app.gui.shell.main_window import PAGE_MEETINGS
from secretary_app.services.context import open_context


@pytest.fixture
def meeting(window):
    window.ctx.organisation.save(
        m.OrganisationProfile(
            issuing_body="ĐẢNG ỦY CƠ QUAN THỬ NGHIỆM",
            parent_body="ĐẢNG BỘ KHỐI",
            code="ĐU",
            place="Hà Nội",
            term_start=date(2025, 1, 1),
            signers=[m.Signer(name="Trần Thị Bích", position="BÍ THƯ", authority="T/M ĐẢNG ỦY")],
        )
    )
    meeting = window.ctx.meetings.create(
        m.Meeting(
            title="Hội nghị Ban Thường vụ Đảng ủy tháng 6 năm 2025",
            kind="Hội nghị Ban Thường vụ",
            start=datetime(2025, 6, 2, 8),
            agenda=[m.AgendaItem(title="Công tác tháng 6")],
        )
    )
    window.show_page(PAGE_MEETINGS)
    return meeting


@pytest.fixture
def composers(window):
    yield lambda: [w for w in open_windows(window.ctx) if isValid(w)]
    for composer in open_windows(window.ctx) if window.ctx else []:
        composer.discard_changes()
        composer.close()


def _body_text(composer) -> str:
    return json.dumps(composer.document.content, ensure_ascii=False)


def test_toolbar_button_composes_the_selected_meetings_notice(window, meeting, composers):
    page = window.meetings_page
    assert page.select_meeting(meeting.id)
    assert page.ui.composeButton.defaultAction() is page.compose_action
    assert page.compose_action.isEnabled()
    page.ui.composeButton.click()
    [composer] = composers()
    assert composer.document.meeting_id == meeting.id
    assert composer.document.kind == m.DocumentKind.NOTICE


def test_context_menu_offers_it_on_a_meeting(window, meeting, composers):
    page = window.meetings_page
    page.select_meeting(meeting.id)
    menu = page.context_menu()
    texts = [a.text() for a in menu.actions()]
    assert "Soạn thông báo kết luận" in texts and "Ghi biên bản" in texts
    next(a for a in menu.actions() if a.text() == "Soạn thông báo kết luận").trigger()
    [composer] = composers()
    assert composer.document.meeting_id == meeting.id


def test_no_meeting_selected_nothing_to_compose(window, composers):
    window.show_page(PAGE_MEETINGS)
    page = window.meetings_page
    assert not page.compose_action.isEnabled()
    assert page.compose_notice() is None and composers() == []


def test_minutes_editor_composes_with_what_was_just_typed(window, meeting, composers):
    page = window.meetings_page
    page.select_meeting(meeting.id)
    editor = page.open_minutes()
    editor.add_entry(m.MinutesEntryKind.CONCLUSION)
    type_text(editor.current_entry().ui.textEdit, "Giao Ban Tuyên giáo chuẩn bị kế hoạch quý III")
    assert editor.autosaver.dirty  # not saved yet: the action must save it before drafting
    assert "Ctrl+T" in editor.ui.actionComposeNotice.shortcut().toString()
    editor.ui.actionComposeNotice.trigger()
    [composer] = composers()
    assert composer.document.meeting_id == meeting.id
    assert "Giao Ban Tuyên giáo chuẩn bị kế hoạch quý III" in _body_text(composer)
    # Windows of their own: neither owns the other nor is owned by the main window (an owned window always
    # covers its owner), and closing the minutes editor does not take the composer along.
    assert composer.parentWidget() is None and editor.parentWidget() is None
    editor.close()
    assert isValid(composer)


def test_closing_the_main_window_closes_composers_and_minutes_editors(window, meeting, composers):
    page = window.meetings_page
    page.select_meeting(meeting.id)
    editor = page.open_minutes()
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    editor.add_entry(m.MinutesEntryKind.CONCLUSION)
    type_text(editor.current_entry().ui.textEdit, "Giao Văn phòng theo dõi")
    page.compose_notice()
    [composer] = composers()
    composer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    assert editor.isVisible() and composer.isVisible()
    ctx = window.ctx
    window.close()
    assert not editor.isVisible() and not composer.isVisible()  # the program can end with the main window
    assert window.ctx is None
    check = open_context(ctx.db_path)
    try:
        assert "Giao Văn phòng theo dõi" in json.dumps(
            [e.text for e in check.meetings.get(meeting.id).minutes], ensure_ascii=False
        )
    finally:
        check.close()
