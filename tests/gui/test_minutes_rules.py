"""Issue 13 item 4 in the minutes editor: a vote starts from the members present, a vote short of its majority
is flagged, and finalising a meeting without its quorum warns with the rule."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from secretary_app.domain import models as m
from secretary_app.gui.meetings.minutes_editor import MinutesEditor
from secretary_app.services.context import open_context

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def ctx(db_path):
    context = open_context(db_path, create=True)
    yield context
    context.close()


@pytest.fixture
def editor(qtbot, ctx):
    attendance = [m.Attendance(person_id=None, name=f"Ủy viên {i + 1:02d}") for i in range(15)]
    for a in attendance[9:]:  # 9 of 15 present: two thirds would be 10
        a.status = m.AttendanceStatus.ABSENT_EXCUSED
    meeting = ctx.meetings.create(
        m.Meeting(
            title="Hội nghị Ban Chấp hành Đảng bộ lần thứ 5",
            kind="Hội nghị Ban Chấp hành",
            start=datetime(2026, 12, 4, 8, 0),
            chair="Ủy viên 01",
            agenda=[m.AgendaItem("Biểu quyết thông qua nghị quyết")],
            attendance=attendance,
        )
    )
    win = MinutesEditor(ctx, meeting.id)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    if isValid(win):
        win.autosaver.discard()
        win.close()


def test_a_vote_starts_at_the_members_present_and_is_flagged_below_the_majority(qtbot, editor):
    qtbot.keyClick(editor, Qt.Key.Key_Q, CTRL_SHIFT)  # a new vote
    vote = editor.current_entry()
    assert vote.ui.forSpin.value() == 9  # counted down from those present, not up from 0
    vote.ui.forSpin.setValue(8)  # 8 of 15 is more than half
    assert "chưa đạt" not in vote.ui.percentLabel.text()
    vote.ui.forSpin.setValue(7)
    assert "chưa đạt: tán thành 7/15, cần hơn một nửa (8)" in vote.ui.percentLabel.text()


def test_finalising_without_quorum_warns_with_the_rule(qtbot, editor, presenter):
    qtbot.keyClick(editor, Qt.Key.Key_Q, CTRL_SHIFT)
    editor.current_entry().ui.forSpin.setValue(7)
    assert not editor.finalise()  # declined (Esc): nothing locked
    question = presenter.messages[-1].text
    assert "Lưu ý theo quy định:" in question
    assert "không đủ số lượng: có mặt 9/15 ủy viên Ban Chấp hành" in question
    assert "chưa đạt: tán thành 7/15" in question
