"""Typing the minutes, finalising them and correcting them afterwards.

Finalised minutes are a record: every write of the entries is refused once they are finalised (here and in
the store), whoever asks. A correction opens a new version; the finalised text of every earlier version
stays in ``minutes_versions`` and the audit log says who and when.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.errors import ReadOnlyRecordError
from secretary_app.domain.meeting_rules import Quorum, meeting_quorum, meeting_warnings
from secretary_app.domain.text import normalise_record
from secretary_app.domain.validation import ValidationError, validate_minutes

FINALISED = "Biên bản đã chốt. Muốn sửa, hãy chọn “Đính chính biên bản” để tạo phiên bản mới."


class MinutesService:
    def __init__(self, store: Store):
        self._store = store

    def save_entries(self, meeting_id: int, entries: list[m.MinutesEntry]) -> m.Meeting:
        """Save what was typed (autosave calls this every few seconds); returns the whole meeting.

        Typing minutes means the meeting is under way: a planned meeting becomes "đang họp". Refused with
        ReadOnlyRecordError once the minutes are finalised (nothing written)."""
        errors = validate_minutes(entries)
        if errors:
            raise ValidationError(errors)
        for entry in entries:
            normalise_record(entry)
        changes = [Change.MINUTES]
        with self._store.transaction():
            meeting = self._store.meeting_details(meeting_id)
            if meeting.status == m.MeetingStatus.MINUTES_FINAL:
                raise ReadOnlyRecordError(FINALISED)
            self._store.set_minutes_entries(meeting_id, entries)
            if meeting.status == m.MeetingStatus.PLANNED:
                meeting.status = m.MeetingStatus.IN_PROGRESS
                self._store.save_meeting_details(meeting)
                changes.append(Change.MEETINGS)
        self._store.changed(*changes)
        return self._store.meeting(meeting_id)

    def finalise(self, meeting_id: int) -> m.Meeting:
        """Lock the minutes as version N and keep their text as it is now."""
        with self._store.transaction():
            meeting = self._store.meeting(meeting_id)
            if meeting.status == m.MeetingStatus.MINUTES_FINAL:
                return meeting
            meeting.status = m.MeetingStatus.MINUTES_FINAL
            self._store.save_meeting_details(meeting)
            snapshot = json.dumps(
                {
                    "minutes": [asdict(e) for e in meeting.minutes],
                    "agenda": [asdict(a) for a in meeting.agenda],
                },
                ensure_ascii=False,
                default=str,
            )
            self._store.save_minutes_version(meeting, snapshot)
        self._store.changed(Change.MEETINGS, Change.MINUTES)
        return meeting

    def start_correction(self, meeting_id: int) -> m.Meeting:
        """Unlock finalised minutes as a new version (the finalised one stays recorded, the audit log says
        who opened the correction)."""
        with self._store.transaction():
            meeting = self._store.meeting(meeting_id)
            if meeting.status != m.MeetingStatus.MINUTES_FINAL:
                return meeting
            meeting.status = m.MeetingStatus.FINISHED
            meeting.minutes_version += 1
            self._store.save_meeting_details(meeting)
            self._store.audit("correct", "meetings", meeting.uuid, f"mở phiên bản {meeting.minutes_version}")
        self._store.changed(Change.MEETINGS, Change.MINUTES)
        return meeting

    def rule_check(self, meeting_id: int) -> tuple[Quorum | None, list[str]]:
        """The meeting against the rules of its kind (domain/meeting_rules.py): who counts and how many came
        (None for a kind without a quorum rule), and the warnings: no quorum, a vote short of its majority.
        """
        meeting = self._store.meeting(meeting_id)
        return meeting_quorum(meeting), meeting_warnings(meeting)

    def versions(self, meeting_id: int) -> list[tuple[int, str, str]]:
        return self._store.minutes_versions(meeting_id)
