"""Meetings: the one door through which a meeting's details, agenda and attendance are read and changed.

Each part is its own operation — saving the details never touches the agenda, the attendance or the minutes
(the minutes are written through services/minutes.py) — and a list gives MeetingSummary records, which
cannot be saved as if they were whole meetings. A meeting whose minutes were finalised, or from which a
document was issued, is a record: it cannot be changed here nor deleted. Deleting a draft meeting moves it
to the recycle bin (services/trash.py), from which it comes back with its children.
"""

from __future__ import annotations

from datetime import datetime

from secretary_app.db.recycle_bin import MEETING
from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.errors import ReadOnlyRecordError, RuleError
from secretary_app.domain.numbering import symbol_of
from secretary_app.domain.text import normalise_record, vn_date_short
from secretary_app.domain.validation import ValidationError, validate_meeting

FINALISED_MESSAGE = (
    "Biên bản cuộc họp này đã chốt (phiên bản {version}) nên không sửa được thông tin cuộc họp. "
    "Muốn sửa, mở “Ghi biên bản” và chọn “Đính chính biên bản”."
)


class MeetingService:
    def __init__(self, store: Store):
        self._store = store

    # -- reading -------------------------------------------------------------------------------------
    def list_meetings(self) -> list[m.MeetingSummary]:
        """All meetings, newest first, without their children (open one with :meth:`get`)."""
        return self._store.meetings()

    def previous_with_conclusions(
        self, kind: str, before: datetime, exclude_id: int | None = None
    ) -> m.MeetingSummary | None:
        """The same committee's latest earlier meeting with an issued conclusion notice (services/review.py):
        the next meeting reviews it."""
        from secretary_app.services.review import previous_meeting

        return previous_meeting(self._store, kind, before, exclude_id)

    def get(self, meeting_id: int) -> m.Meeting:
        """The whole meeting: details, attendance, agenda and minutes entries."""
        return self._store.meeting(meeting_id)

    # -- writing -------------------------------------------------------------------------------------
    def create(self, meeting: m.Meeting) -> m.Meeting:
        """Store a new meeting with the attendance, agenda (and typed minutes, if any) it comes with.

        Its minutes are finalised afterwards through ``ctx.minutes.finalise``, never created finalised."""
        if meeting.id is not None:
            raise RuleError("Cuộc họp này đã được lưu; hãy sửa bằng các thao tác sửa cuộc họp.")
        if meeting.status == m.MeetingStatus.MINUTES_FINAL:
            raise RuleError("Một cuộc họp mới không thể có biên bản đã chốt; hãy chốt biên bản sau khi ghi.")
        self._validated(meeting)
        self._store.insert_meeting(meeting)
        self._store.changed(Change.MEETINGS, *([Change.MINUTES] if meeting.minutes else []))
        return meeting

    def save_details(self, meeting: m.Meeting) -> m.Meeting:
        """Save the meeting's own fields (title, kind, time, place, chair, secretary, sites, guests, notes,
        status). Its attendance, agenda and minutes are not touched; its minutes version is kept."""
        if not isinstance(meeting, m.Meeting):
            raise RuleError(
                "Bản ghi cuộc họp này chỉ được tải một phần (từ danh sách) nên không lưu được; "
                "hãy mở đầy đủ cuộc họp rồi sửa."
            )
        if meeting.id is None:
            raise RuleError("Cuộc họp chưa được lưu; hãy tạo cuộc họp mới.")
        with self._store.transaction():
            stored = self._unlocked(meeting.id)
            if meeting.status == m.MeetingStatus.MINUTES_FINAL:
                raise RuleError("Chỉ chốt biên bản bằng thao tác “Chốt biên bản”.")
            self._validated(meeting)
            meeting.uuid = stored.uuid
            meeting.minutes_version = stored.minutes_version
            self._store.save_meeting_details(meeting)
        self._store.changed(Change.MEETINGS)
        return meeting

    def set_agenda(self, meeting_id: int, agenda: list[m.AgendaItem]) -> list[m.AgendaItem]:
        """Make the meeting's agenda ``agenda`` (in this order); items keep their identity by UUID."""
        for item in agenda:
            normalise_record(item)
        with self._store.transaction():
            self._unlocked(meeting_id)
            self._store.set_agenda(meeting_id, agenda)
        self._store.changed(Change.MEETINGS)
        return agenda

    def set_attendance(self, meeting_id: int, attendance: list[m.Attendance]) -> list[m.Attendance]:
        """Make the meeting's attendance ``attendance`` (in this order)."""
        for row in attendance:
            normalise_record(row)
        with self._store.transaction():
            self._unlocked(meeting_id)
            self._store.set_attendance(meeting_id, attendance)
        self._store.changed(Change.MEETINGS)
        return attendance

    def delete(self, meeting_id: int) -> int:
        """Move a draft meeting with its attendance, agenda and minutes to the recycle bin; returns the bin
        entry's id. Raises RuleError (nothing changed) for a meeting whose minutes were finalised or from
        which a document was issued."""
        with self._store.transaction():
            meeting = self._store.meeting(meeting_id)
            self._check_deletable(meeting_id, meeting)
            title = f"{vn_date_short(meeting.start.date())} — {meeting.title}"
            bin_id = self._store.move_to_bin(MEETING, meeting_id, title)
        self._store.changed(Change.MEETINGS, Change.MINUTES, Change.DOCUMENTS, Change.RECYCLE_BIN)
        return bin_id

    def deletion_refusal(self, meeting_id: int) -> str | None:
        """Why the meeting cannot be deleted (Vietnamese), or None when it can."""
        try:
            self._check_deletable(meeting_id, self._store.meeting(meeting_id))
        except RuleError as exc:
            return exc.message
        return None

    # -- rules ---------------------------------------------------------------------------------------
    def _check_deletable(self, meeting_id: int, meeting: m.Meeting) -> None:
        name = f"“{meeting.title}”"
        final = meeting.status == m.MeetingStatus.MINUTES_FINAL
        if final or self._store.has_minutes_versions(meeting_id):
            version = meeting.minutes_version if final else meeting.minutes_version - 1
            raise RuleError(
                f"Không xóa được cuộc họp {name}: biên bản của cuộc họp đã chốt (phiên bản {version}) "
                "và là hồ sơ lưu trữ."
            )
        issued = self._store.issued_documents_of_meeting(meeting_id)
        if issued:
            profile = self._store.organisation()
            symbols = ", ".join(symbol_of(d, profile.code if profile else "") for d in issued)
            raise RuleError(f"Không xóa được cuộc họp {name}: đã ban hành văn bản {symbols} từ cuộc họp này.")

    def _unlocked(self, meeting_id: int) -> m.Meeting:
        stored = self._store.meeting_details(meeting_id)
        if stored.status == m.MeetingStatus.MINUTES_FINAL:
            raise ReadOnlyRecordError(FINALISED_MESSAGE.format(version=stored.minutes_version))
        return stored

    @staticmethod
    def _validated(meeting: m.Meeting) -> None:
        normalise_record(meeting)
        errors = validate_meeting(meeting)
        if errors:
            raise ValidationError(errors)
