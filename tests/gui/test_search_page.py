"""Tìm kiếm and the Ctrl+F popup: accent-insensitive (đ→d), ranked, highlighted, debounced, opens in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.demo_window import close_window, open_demo_window
from gui.helpers import type_text
from secretary_app.gui.search.popup import HIT_ROLE, HTML_ROLE, SearchPopup
from secretary_app.gui.shell.main_window import PAGE_DIRECTIVES, PAGE_DOCUMENTS, PAGE_MEETINGS, PAGE_SEARCH


@pytest.fixture
def win(qtbot, tmp_path):
    window = open_demo_window(qtbot, tmp_path)
    yield window
    close_window(window)


def hits(results) -> list:
    return [results.item(i).data(HIT_ROLE) for i in range(results.count())]


def test_dang_uy_finds_dang_uy_highlighted_and_opens_the_directive(win, qtbot):
    win.show_page(PAGE_SEARCH)
    page = win.search_page
    assert page.ui.searchEdit.hasFocus()
    type_text(page.ui.searchEdit, "dang uy")
    assert page.controller.is_pending()  # debounced: no query per keystroke
    qtbot.waitUntil(lambda: page.ui.resultsList.count() > 0, timeout=2000)
    found = hits(page.ui.resultsList)
    assert {h.kind for h in found} >= {"directive", "minutes", "document"}
    assert all("đảng" in (h.title + h.snippet).lower() for h in found)
    scores = [h.score for h in found]
    assert scores == sorted(scores, reverse=True)  # best first
    first_directive = next(i for i, h in enumerate(found) if h.kind == "directive")
    html = page.ui.resultsList.item(first_directive).data(HTML_ROLE)
    assert "<b>Đảng</b> <b>ủy</b>" in html and "[Kết luận, nhiệm vụ]" in html  # each matched word in bold
    assert page.ui.countLabel.text() == f"{len(found)} kết quả"

    page.ui.resultsList.setCurrentRow(first_directive)
    page.ui.resultsList.setFocus()
    QTest.keyClick(page.ui.resultsList, Qt.Key.Key_Return)
    assert win.ui.navList.currentRow() == PAGE_DIRECTIVES
    assert win.directives_page.selected_ids() == [found[first_directive].record_id]


def test_kind_filter_and_no_result(win, qtbot):
    win.show_page(PAGE_SEARCH)
    page = win.search_page
    page.ui.directivesCheck.setChecked(False)
    page.search("dang uy")
    assert page.ui.resultsList.count() > 0
    assert "directive" not in {h.kind for h in hits(page.ui.resultsList)}
    page.search("khong co tu nay")
    assert page.ui.resultsList.count() == 0
    assert page.ui.countLabel.text() == "Không tìm thấy “khong co tu nay”."


def test_enter_in_the_box_opens_the_best_hit_of_a_minutes_entry_at_its_meeting(win, qtbot):
    win.show_page(PAGE_SEARCH)
    page = win.search_page
    page.ui.directivesCheck.setChecked(False)
    page.ui.documentsCheck.setChecked(False)
    page.ui.meetingsCheck.setChecked(False)
    type_text(page.ui.searchEdit, "nguyen tuan hung")
    QTest.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)  # at once, without waiting for the pause
    best = page.controller.hits[0]
    assert best.kind == "minutes" and "Nguyễn Tuấn Hùng" in best.title
    assert win.ui.navList.currentRow() == PAGE_MEETINGS
    assert win.meetings_page.current_meeting().id == best.parent_id


def test_ctrl_f_popup_anywhere(win, qtbot):
    win.show_page(PAGE_DIRECTIVES)
    QTest.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    popup = win.findChild(SearchPopup)  # the window owns its Ctrl+F popup
    assert popup is not None and popup.isVisible()
    type_text(popup.ui.searchEdit, "ĐẢNG ỦY")
    qtbot.waitUntil(lambda: popup.ui.resultsList.count() > 0, timeout=2000)
    QTest.keyClick(popup.ui.searchEdit, Qt.Key.Key_Down)
    chosen = popup.ui.resultsList.currentItem().data(HIT_ROLE)
    assert popup.ui.resultsList.currentRow() == 1
    QTest.keyClick(popup.ui.searchEdit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    pages = {
        "directive": PAGE_DIRECTIVES,
        "minutes": PAGE_MEETINGS,
        "meeting": PAGE_MEETINGS,
        "document": PAGE_DOCUMENTS,
    }
    assert win.ui.navList.currentRow() == pages[chosen.kind]
    if chosen.kind == "directive":
        assert win.directives_page.selected_ids() == [chosen.record_id]
