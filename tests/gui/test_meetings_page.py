"""Cuộc họp page: filters, accent-insensitive search, sorting, and New/Edit/Delete/Ghi biên bản by
keyboard."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from gui.helpers import type_text
from secretary_app.domain import models as m
from secretary_app.gui.meetings.meeting_dialog import MeetingDialog
from secretary_app.gui.meetings.minutes_editor import MinutesEditor
from secretary_app.gui.shared.messages import Level
from secretary_app.gui.shell.main_window import PAGE_MEETINGS


@pytest.fixture
def page(window, qtbot):
    for title, kind, start in [
        ("Hội nghị giao ban cấp ủy tháng 1 năm 2024", "Giao ban cấp ủy", datetime(2024, 1, 15, 8)),
        (
            "Sinh hoạt chi bộ định kỳ tháng 3 năm 2025",
            "Sinh hoạt chi bộ thường kỳ",
            datetime(2025, 3, 10, 14),
        ),
        (
            "Hội nghị Ban Thường vụ Đảng ủy tháng 6 năm 2025",
            "Hội nghị Ban Thường vụ",
            datetime(2025, 6, 2, 8),
        ),
    ]:
        window.ctx.meetings.create(m.Meeting(title=title, kind=kind, start=start))
    window.show_page(PAGE_MEETINGS)
    return window.meetings_page


def _titles(page) -> list[str]:
    return [page.model.index(r, 2).data() for r in range(page.model.rowCount())]


def test_newest_first_and_sortable_by_date(page):
    assert _titles(page)[0].startswith("Hội nghị Ban Thường vụ")  # 2025-06 first
    page.ui.tableView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _titles(page)[0].startswith("Hội nghị giao ban cấp ủy tháng 1 năm 2024")


def test_year_and_kind_filters_and_folded_search(page, qtbot):
    ui = page.ui
    ui.yearCombo.setCurrentIndex(ui.yearCombo.findData(2025))
    assert len(_titles(page)) == 2
    assert "2 trong tổng số 3" in ui.countLabel.text()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("Sinh hoạt chi bộ thường kỳ"))
    assert _titles(page) == ["Sinh hoạt chi bộ định kỳ tháng 3 năm 2025"]
    ui.yearCombo.setCurrentIndex(0)
    ui.kindCombo.setCurrentIndex(0)

    qtbot.keyClicks(ui.searchEdit, "dang uy thang 6")  # no accents, no đ: still finds "Đảng ủy tháng 6"
    assert _titles(page) == ["Hội nghị Ban Thường vụ Đảng ủy tháng 6 năm 2025"]
    ui.searchEdit.clear()
    type_text(ui.searchEdit, "GIAO BAN")
    assert _titles(page) == ["Hội nghị giao ban cấp ủy tháng 1 năm 2024"]
    type_text(ui.searchEdit, " xyz")
    assert _titles(page) == [] and ui.emptyLabel.isVisible()
    assert "khớp" in ui.emptyLabel.text()


def test_ctrl_n_creates_a_meeting_that_appears_selected(page, window, qtbot, presenter):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = presenter.dialogs[-1]
    assert isinstance(dialog, MeetingDialog)
    dialog.ui.titleEdit.clear()
    type_text(dialog.ui.titleEdit, "Họp chuyên đề chuyển đổi số")
    assert dialog.save()
    assert "Họp chuyên đề chuyển đổi số" in _titles(page)
    assert page.current_meeting().title == "Họp chuyên đề chuyển đổi số"
    assert page.ui.countLabel.text() == "Tổng số: 4"


def test_enter_edits_the_selected_meeting(page, qtbot, presenter):
    view = page.ui.tableView
    view.setFocus()
    view.selectRow(1)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = presenter.dialogs[-1]
    assert isinstance(dialog, MeetingDialog)
    assert dialog.ui.titleEdit.text() == page.current_meeting().title
    type_text(dialog.ui.titleEdit, " (sửa)")
    assert dialog.save()
    assert any(t.endswith("(sửa)") for t in _titles(page))


def test_delete_asks_first_and_only_deletes_on_yes(page, window, qtbot, presenter):
    view = page.ui.tableView
    view.setFocus()
    view.selectRow(0)
    title = page.current_meeting().title
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the default answer (Esc) is "Không xóa"
    assert presenter.messages[-1].level == Level.WARNING and title in presenter.messages[-1].text
    assert title in _titles(page)
    presenter.answers.append(0)  # "Xóa"
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert title not in _titles(page)
    assert len(window.ctx.meetings.list_meetings()) == 2


def test_minutes_button_opens_one_editor_per_meeting(page, qtbot):
    page.ui.tableView.selectRow(0)
    editor = page.open_minutes()
    qtbot.addWidget(editor)
    assert isinstance(editor, MinutesEditor) and editor.isVisible()
    assert page.open_minutes() is editor  # brought to the front, not opened twice
    assert page.current_meeting().id == editor.meeting_id
