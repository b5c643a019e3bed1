"""Finalising minutes and correcting them afterwards.

Finalised minutes are a record: editing them silently is refused. A correction opens a new version; the
finalised text of every earlier version stays in ``minutes_versions`` and the audit log says who and when.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain.errors import ReadOnlyRecordError
from secretary_app.domain.text import normalise_record
from secretary_app.domain.validation import ValidationError, validate_meeting


class MinutesService:
    def __init__(self, store: Store):
        self._store = store

    def save_minutes(self, meeting: m.Meeting) -> m.Meeting:
        """Save what was typed (autosave calls this every few seconds). Refused once finalised."""
        stored = self._store.get_meeting_status(meeting.id) if meeting.id is not None else None
        if stored == m.MeetingStatus.MINUTES_FINAL:
            raise ReadOnlyRecordError(
                "Biên bản đã chốt. Muốn sửa, hãy chọn “Đính chính biên bản” để tạo phiên bản mới."
            )
        normalise_record(meeting)
        errors = validate_meeting(meeting)
        if errors:
            raise ValidationError(errors)
        return self._store.save_meeting(meeting)

    def finalise(self, meeting_id: int) -> m.Meeting:
        with self._store.transaction():
            meeting = self._store.meeting(meeting_id)
            if meeting.status == m.MeetingStatus.MINUTES_FINAL:
                return meeting
            meeting.status = m.MeetingStatus.MINUTES_FINAL
            self._store.save_meeting(meeting)
            snapshot = json.dumps(
                {
                    "minutes": [asdict(e) for e in meeting.minutes],
                    "agenda": [asdict(a) for a in meeting.agenda],
                },
                ensure_ascii=False,
                default=str,
            )
            self._store.save_minutes_version(meeting, snapshot)
        return meeting

    def start_correction(self, meeting_id: int) -> m.Meeting:
        """Unlock finalised minutes as a new version (the finalised one stays recorded)."""
        with self._store.transaction():
            meeting = self._store.meeting(meeting_id)
            if meeting.status != m.MeetingStatus.MINUTES_FINAL:
                return meeting
            meeting.status = m.MeetingStatus.FINISHED
            meeting.minutes_version += 1
            self._store.save_meeting(meeting)
            self._store.audit("correct", "meetings", meeting.uuid, f"mở phiên bản {meeting.minutes_version}")
        return meeting

    def versions(self, meeting_id: int) -> list[tuple[int, str, str]]:
        return self._store.minutes_versions(meeting_id)
