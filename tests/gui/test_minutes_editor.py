"""Minutes editor: typing Vietnamese, autosave (timer and focus change), crash recovery, undo/redo,
finalise and correction, votes, a 1 MB paste, NFD input."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from gui.helpers import type_text
from secretary_app.domain import models as m
from secretary_app.domain.errors import StorageError
from secretary_app.gui.meetings.minutes_editor import MinutesEditor
from secretary_app.gui.shared.autosave import SaveState
from secretary_app.services.context import open_context

CTRL = Qt.KeyboardModifier.ControlModifier
REPO = Path(__file__).resolve().parents[2]


def make_meeting(ctx) -> m.Meeting:
    meeting = m.Meeting(
        title="Hội nghị giao ban cấp ủy tháng 10",
        kind="Giao ban cấp ủy",
        start=datetime(2025, 10, 12, 8, 0),
        chair="Nguyễn Tuấn Hùng",
        agenda=[
            m.AgendaItem("Báo cáo kết quả công tác", presenter="Đỗ Thị Trang"),
            m.AgendaItem("Thảo luận"),
        ],
        attendance=[
            m.Attendance(person_id=None, name=n) for n in ("Nguyễn Tuấn Hùng", "Đỗ Thị Trang", "Lê Thị Hoa")
        ],
    )
    return ctx.meetings.create(meeting)


@pytest.fixture
def ctx(db_path):
    context = open_context(db_path, create=True)
    yield context
    context.close()


@pytest.fixture
def editor(qtbot, ctx):
    meeting = make_meeting(ctx)
    win = MinutesEditor(ctx, meeting.id)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):  # shortcuts only reach the active window
        win.show()
        win.activateWindow()
    yield win
    if isValid(win):  # close before the context does (closing saves); qtbot would close it too late
        win.autosaver.discard()
        win.close()


def stored_texts(db_path) -> list[str]:
    """What a fresh connection reads: what survives the app."""
    other = open_context(db_path, create=True)
    try:
        return [e.text for e in other.meetings.get(other.meetings.list_meetings()[0].id).minutes]
    finally:
        other.close()


def new_entry(qtbot, editor):
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Return, CTRL)
    return editor.current_entry()


def test_typing_is_autosaved_within_two_seconds(qtbot, editor, db_path):
    entry = new_entry(qtbot, editor)
    assert entry.kind() == m.MinutesEntryKind.OPINION
    type_text(entry.ui.speakerEdit, "Lê Thị Hoa")
    type_text(entry.ui.textEdit, "Đề nghị bổ sung chỉ tiêu về công tác tuyên truyền.")
    assert editor.autosaver.dirty
    started = time.monotonic()
    qtbot.waitUntil(lambda: editor.autosaver.state == SaveState.SAVED, timeout=3000)
    assert time.monotonic() - started < 2.0
    assert editor.save_label.text().startswith("Đã lưu lúc ")
    assert editor.ui.agendaList.item(0).text().endswith("(1)")  # entries per item, at a glance
    assert stored_texts(db_path) == ["Đề nghị bổ sung chỉ tiêu về công tác tuyên truyền."]
    stored = open_context(db_path, create=True)
    try:
        saved = stored.meetings.get(editor.meeting_id)
        assert saved.minutes[0].speaker == "Lê Thị Hoa"
        assert saved.minutes[0].agenda_item_uuid == saved.agenda[0].uuid
        assert saved.status == m.MeetingStatus.IN_PROGRESS  # typing minutes: the meeting is under way
    finally:
        stored.close()


def test_moving_the_focus_saves_at_once(qtbot, editor, db_path):
    first = new_entry(qtbot, editor)
    type_text(first.ui.textEdit, "Báo cáo tóm tắt")
    assert editor.autosaver.dirty
    first.ui.speakerEdit.setFocus()  # Tab / click elsewhere: no waiting for the timer
    assert not editor.autosaver.dirty
    assert stored_texts(db_path) == ["Báo cáo tóm tắt"]


def test_failed_save_keeps_the_text_shows_why_and_retries(qtbot, editor, db_path, monkeypatch):
    real_save = editor.ctx.minutes.save_entries
    disk_full = [False]

    def save(meeting_id, entries):
        if disk_full[0]:
            raise StorageError("Ổ đĩa đầy: không ghi được dữ liệu.")
        return real_save(meeting_id, entries)

    monkeypatch.setattr(editor.ctx.minutes, "save_entries", save)
    editor.autosaver._retry_ms = 100
    entry = new_entry(qtbot, editor)
    disk_full[0] = True
    type_text(entry.ui.textEdit, "Nội dung quan trọng")
    assert not editor.autosaver.flush()
    assert "Ổ đĩa đầy" in editor.save_label.text()
    assert entry.ui.textEdit.toPlainText() == "Nội dung quan trọng"
    assert editor.autosaver.dirty
    disk_full[0] = False  # space freed: the scheduled retry saves without any typing
    qtbot.waitUntil(lambda: editor.autosaver.state == SaveState.SAVED, timeout=3000)
    assert stored_texts(db_path) == ["Nội dung quan trọng"]


def test_speaker_completion_ignores_accents(editor):
    completer = editor.completer
    completer.setCompletionPrefix("hung")
    assert completer.currentCompletion() == "Nguyễn Tuấn Hùng"
    completer.setCompletionPrefix("DO THI")
    assert completer.currentCompletion() == "Đỗ Thị Trang"


def test_first_report_of_an_item_names_its_presenter(qtbot, editor):
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert editor.current_entry().kind() == m.MinutesEntryKind.REPORT
    assert editor.current_entry().ui.speakerEdit.text() == "Đỗ Thị Trang"


def test_agenda_shortcuts_switch_items(qtbot, editor):
    qtbot.keyClick(editor, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert editor.ui.agendaList.currentRow() == 1
    qtbot.keyClick(editor, Qt.Key.Key_PageDown, CTRL)
    assert editor.ui.agendaList.currentRow() == 2  # the general part
    qtbot.keyClick(editor, Qt.Key.Key_PageUp, CTRL)
    entry = new_entry(qtbot, editor)
    assert entry.entry.agenda_item_uuid == editor.meeting.agenda[1].uuid


def test_vote_percentages_are_computed_live(qtbot, editor, db_path):
    qtbot.keyClick(editor, Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)
    vote = editor.current_entry()
    assert vote.ui.voteBox.isVisible() and not vote.ui.speakerEdit.isVisible()
    vote.ui.forSpin.setValue(7)
    vote.ui.againstSpin.setValue(1)
    assert "tán thành 87.5%" in vote.ui.percentLabel.text() and "Tổng 8" in vote.ui.percentLabel.text()
    assert "nhiều hơn số đảng viên có mặt (3)" in vote.ui.percentLabel.text()  # only 3 attend
    assert editor.autosaver.flush()
    other = open_context(db_path, create=True)
    try:
        saved = other.meetings.get(editor.meeting_id).minutes[0]
        assert (saved.kind, saved.vote.for_count, saved.vote.against_count) == (m.MinutesEntryKind.VOTE, 7, 1)
    finally:
        other.close()


def test_undo_redo_typing_then_structure(qtbot, editor):
    entry = new_entry(qtbot, editor)
    text = entry.ui.textEdit
    text.setFocus()
    type_text(text, "Ý kiến")
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)  # the field's own typing first
    assert text.toPlainText() == ""
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)  # nothing left to undo in the field: the added entry goes
    assert editor.current_page().entries() == []
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)
    assert len(editor.current_page().entries()) == 1

    restored = editor.current_page().entries()[0]
    type_text(restored.ui.textEdit, "Giữ lại nội dung này")
    qtbot.keyClick(restored.ui.textEdit, Qt.Key.Key_Delete, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert editor.current_page().entries() == []
    editor.undo()
    assert [w.ui.textEdit.toPlainText() for w in editor.current_page().entries()] == ["Giữ lại nội dung này"]

    restored = editor.current_page().entries()[0]
    restored.ui.kindCombo.setCurrentIndex(restored.ui.kindCombo.findData(str(m.MinutesEntryKind.CONCLUSION)))
    assert not restored.ui.speakerEdit.isVisible()
    editor.ui.agendaList.setFocus()
    editor.undo()
    assert restored.kind() == m.MinutesEntryKind.OPINION and restored.ui.speakerEdit.isVisible()


def test_finalise_locks_and_correction_opens_version_2(qtbot, editor, presenter, db_path):
    entry = new_entry(qtbot, editor)
    type_text(entry.ui.textEdit, "Kết luận: thống nhất")
    presenter.answers.append(0)  # "Chốt biên bản"
    assert editor.finalise()
    assert editor.ui.bannerLabel.isVisible()
    assert "Biên bản đã chốt — phiên bản 1" in editor.ui.bannerLabel.text()
    locked = editor.current_page().entries()[0]
    assert locked.ui.textEdit.isReadOnly() and not editor.ui.actionAddEntry.isEnabled()
    type_text(locked.ui.textEdit, "sửa lén")
    assert locked.ui.textEdit.toPlainText() == "Kết luận: thống nhất"
    assert editor.ctx.meetings.get(editor.meeting_id).status == m.MeetingStatus.MINUTES_FINAL

    assert not editor.start_correction()  # the confirmation was declined (Esc)
    presenter.answers.append(0)  # "Đính chính"
    assert editor.start_correction()
    assert not editor.ui.bannerLabel.isVisible()
    assert editor.meeting.minutes_version == 2 and "phiên bản 2" in editor.version_label.text().lower()
    editable = editor.current_page().entries()[0]
    assert not editable.ui.textEdit.isReadOnly()
    assert [v[0] for v in editor.ctx.minutes.versions(editor.meeting_id)] == [1]
    type_text(editable.ui.textEdit, " và triển khai")
    assert editor.autosaver.flush()
    assert stored_texts(db_path) == ["Kết luận: thống nhất và triển khai"]


def test_one_megabyte_paste_stays_responsive_and_is_saved(qtbot, editor, db_path):
    big = "\n".join(
        f"Dòng {i}: đồng chí phát biểu về công tác xây dựng Đảng và hệ thống chính trị." for i in range(13000)
    )
    assert len(big) > 1_000_000
    entry = new_entry(qtbot, editor)
    QApplication.clipboard().setText(big)
    started = time.monotonic()
    qtbot.keyClick(entry.ui.textEdit, Qt.Key.Key_V, CTRL)
    QApplication.processEvents()
    assert time.monotonic() - started < 2.0
    assert editor.autosaver.flush()
    assert time.monotonic() - started < 4.0
    assert stored_texts(db_path) == [big]


def test_decomposed_text_is_stored_composed(qtbot, editor, db_path):
    entry = new_entry(qtbot, editor)
    nfd = unicodedata.normalize("NFD", "Nghị quyết được thông qua")
    entry.ui.textEdit.insertPlainText(nfd)
    assert editor.autosaver.flush()
    assert stored_texts(db_path) == ["Nghị quyết được thông qua"]
    assert unicodedata.is_normalized("NFC", stored_texts(db_path)[0])


CRASH_SCRIPT = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path[:0] = [sys.argv[2], os.path.join(sys.argv[2], "tests")]
    from PySide6.QtWidgets import QApplication
    from gui.helpers import type_text
    from secretary_app.gui.shared.autosave import SaveState
    from secretary_app.gui.meetings.minutes_editor import MinutesEditor
    from secretary_app.services.context import open_context
    app = QApplication([])
    ctx = open_context(sys.argv[1], create=True)
    editor = MinutesEditor(ctx, ctx.meetings.list_meetings()[0].id)
    editor.show()
    editor.add_entry(None)
    type_text(editor.current_entry().ui.textEdit, "Đã gõ và đã lưu")
    while editor.autosaver.state != SaveState.SAVED:
        app.processEvents()
        time.sleep(0.01)
    type_text(editor.current_entry().ui.textEdit, " — gõ ngay trước khi mất điện")
    print("TYPED", flush=True)
    while True:  # the process is killed here, before the timer fires
        app.processEvents()
        time.sleep(0.01)
""")


def test_killed_mid_typing_the_next_start_has_what_was_autosaved(tmp_path, db_path, ctx):
    make_meeting(ctx)
    script = tmp_path / "crash.py"
    script.write_text(CRASH_SCRIPT, encoding="utf-8")
    env = {**os.environ, "SECRETARY_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.Popen(
        [sys.executable, str(script), str(db_path), str(REPO)], stdout=subprocess.PIPE, env=env, text=True
    )
    try:
        line = proc.stdout.readline()
        assert line.strip() == "TYPED", line
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
    texts = stored_texts(db_path)
    # Everything up to the last autosave survives; only the last < 2 s of typing may be missing.
    assert texts in (["Đã gõ và đã lưu"], ["Đã gõ và đã lưu — gõ ngay trước khi mất điện"])

    # And the editor opened again on a new connection shows it.
    window = MinutesEditor(ctx, ctx.meetings.list_meetings()[0].id)
    try:
        assert window.current_page().entries()[0].ui.textEdit.toPlainText().startswith("Đã gõ và đã lưu")
    finally:
        window.close()
