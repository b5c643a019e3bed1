"""``secretary-app minutes-rules ID``: the headless door to the quorum and majority rules (issue 13)."""

from __future__ import annotations

import json
from datetime import datetime

from secretary_app.domain import models as m
from secretary_app.services.context import open_context
from tests.unit.test_cli import run


def _database(tmp_path, present: int, for_count: int):
    path = tmp_path / "bch.sqlite"
    ctx = open_context(path, create=True)
    try:
        attendance = [m.Attendance(person_id=None, name=f"Ủy viên {i + 1:02d}") for i in range(15)]
        for a in attendance[present:]:
            a.status = m.AttendanceStatus.ABSENT_EXCUSED
        agenda = [m.AgendaItem("Biểu quyết thông qua nghị quyết")]
        meeting = ctx.meetings.create(
            m.Meeting(
                title="Hội nghị Ban Chấp hành Đảng bộ lần thứ 5",
                kind="Hội nghị Ban Chấp hành",
                start=datetime(2026, 12, 4, 8, 0),
                attendance=attendance,
                agenda=agenda,
                minutes=[
                    m.MinutesEntry(
                        m.MinutesEntryKind.VOTE,
                        "Thông qua nghị quyết",
                        agenda_item_uuid=agenda[0].uuid,
                        vote=m.Vote(for_count),
                    )
                ],
            )
        )
        return path, meeting.id
    finally:
        ctx.close()


def test_a_meeting_that_meets_the_rules(tmp_path):
    path, meeting_id = _database(tmp_path, 13, 13)
    done = run("--db", str(path), "minutes-rules", str(meeting_id), data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Có mặt 13/15 ủy viên Ban Chấp hành, đạt 86,7%. Hội nghị đủ số lượng" in done.stdout


def test_warnings_exit_1_and_json_names_the_sources(tmp_path):
    path, meeting_id = _database(tmp_path, 9, 7)
    done = run("--db", str(path), "minutes-rules", str(meeting_id), "--format", "json", data_dir=tmp_path)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["rule"]["entitled"] == 15 and report["rule"]["quorum_needed"] == 10
    assert "Điều 10 khoản 5" in report["rule"]["majority_source"] and len(report["warnings"]) == 2
    missing = run("--db", str(path), "minutes-rules", "999", data_dir=tmp_path)
    assert missing.returncode == 2 and "Không có cuộc họp số 999" in missing.stderr
