"""The composer's “Cập nhật từ biên bản…”: a draft notice made before the minutes changed says so, lists the
changes with a check box each and takes the chosen ones, keeping what the secretary typed."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

from gui.helpers import type_text
from secretary_app.domain import models as m
from secretary_app.gui.documents.composer_windows import open_composer
from secretary_app.gui.documents.minutes_refresh import MinutesRefreshDialog
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database

FIRST = """- Văn phòng Đảng ủy rà soát quy chế làm việc, trình Thường trực trước ngày 20/12/2026.
- Ban Tổ chức hoàn thành hồ sơ kết nạp đảng viên mới trong tháng 12/2026."""
SECOND = """- Văn phòng Đảng ủy rà soát quy chế làm việc, trình Thường trực trước ngày 25/12/2026.
- Ủy ban Kiểm tra xây dựng chương trình kiểm tra năm 2027 trong Quý I/2027."""


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    yield context
    context.close()


def _conclude(ctx, meeting_id: int, text: str) -> None:
    ctx.minutes.save_entries(meeting_id, [m.MinutesEntry(kind=m.MinutesEntryKind.CONCLUSION, text=text)])


@pytest.fixture
def draft(ctx):
    meeting = ctx.meetings.create(
        m.Meeting(
            title="Hội nghị Ban Thường vụ tháng 12",
            kind="Hội nghị giao ban cấp ủy",
            start=datetime(2026, 12, 3, 8),
        )  # fmt: skip
    )
    _conclude(ctx, meeting.id, FIRST)
    return ctx.issuing.draft_notice(meeting.id)


def _open(qtbot, ctx, document_id):
    return open_composer(None, ctx, document_id)  # closed by each test (it deletes itself on close)


def test_refresh_lists_the_changes_and_keeps_the_hand_typed_lines(qtbot, ctx, draft, presenter):
    _conclude(ctx, draft.meeting_id, SECOND)  # the minutes change after the draft was made
    window = _open(qtbot, ctx, draft.id)
    try:
        assert window.ui.refreshButton.isVisible()
        assert "Biên bản đã thay đổi" in window.ui.stateLabel.text()
        editor = window.ui.bodyEdit
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        type_text(editor, "\nGiao Văn phòng theo dõi, đôn đốc.")  # typed by hand
        shown = []

        def accept(dialog):
            assert isinstance(dialog, MinutesRefreshDialog)
            rows = [dialog.ui.changesList.item(i) for i in range(dialog.ui.changesList.count())]
            shown.extend(row.text() for row in rows)
            assert all(row.checkState() == Qt.CheckState.Checked for row in rows)
            return QDialog.DialogCode.Accepted

        presenter.exec_dialog = accept
        qtbot.mouseClick(window.ui.refreshButton, Qt.MouseButton.LeftButton)
        assert len(shown) == 3
        assert shown[0].startswith("~ Sửa nhiệm vụ:") and "25/12/2026" in shown[0]
        assert any(s.startswith("− Bỏ nhiệm vụ: Ban Tổ chức") for s in shown)
        assert any(s.startswith("+ Thêm nhiệm vụ: Ủy ban Kiểm tra") for s in shown)
        items = [b["text"] for b in window.ui.bodyEdit.blocks() if b["type"] == "item"]
        assert items == [line[2:] for line in SECOND.splitlines()]
        assert "Giao Văn phòng theo dõi, đôn đốc." in window.ui.bodyEdit.toPlainText()
        assert "Biên bản đã thay đổi" not in window.ui.stateLabel.text()
        assert window.save()
        stored = ctx.documents.get(draft.id).content
        assert [b["text"] for b in stored["body"] if b["type"] == "item"] == items
        presenter.exec_dialog = lambda dialog: QDialog.DialogCode.Accepted
        assert not window.refresh_from_minutes()  # up to date now: said so, nothing changes
        assert presenter.messages[-1].text == "Biên bản không có thay đổi nào so với khi soạn dự thảo này."
    finally:
        if isValid(window):
            window.discard_changes()
            window.close()


def test_cancel_changes_nothing(qtbot, ctx, draft, presenter):
    _conclude(ctx, draft.meeting_id, SECOND)
    window = _open(qtbot, ctx, draft.id)
    try:
        before = window.ui.bodyEdit.blocks()
        presenter.exec_dialog = lambda dialog: QDialog.DialogCode.Rejected
        assert not window.refresh_from_minutes()
        assert window.ui.bodyEdit.blocks() == before and not window.has_unsaved_changes()
    finally:
        if isValid(window):
            window.close()


def test_an_issued_notice_offers_no_refresh(qtbot, ctx):
    issued = next(d for d in ctx.documents.list_documents() if d.status == m.DocumentStatus.ISSUED)
    window = _open(qtbot, ctx, issued.id)
    try:
        assert not window.ui.refreshButton.isVisible()
    finally:
        window.close()
