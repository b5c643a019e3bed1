"""The records of the mission, as plain dataclasses.

Every stored record carries an integer ``id`` (local, for joins and lists) and a ``uuid`` (stable across
databases, so records can later be exchanged between bureaus). Both are ``None``/empty until the record is
first saved. Dates are ``datetime.date``; moments are ``datetime.datetime`` (naive local time: meetings are
local events and the app never crosses time zones).
"""

from __future__ import annotations

import uuid as _uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from secretary_app.domain.i18n import QT_TRANSLATE_NOOP


def new_uuid() -> str:
    """A fresh record UUID. Records get theirs when created, before saving, so that records created
    together (an agenda item and the minutes entries under it) can refer to each other at once."""
    return str(_uuid.uuid4())


class Standard(StrEnum):
    """Which rulebook lays out the organisation's documents."""

    PARTY = "party"  # Hướng dẫn 36-HD/VPTW
    STATE = "state"  # Nghị định 30/2020/NĐ-CP


class AttendanceStatus(StrEnum):
    PRESENT = "present"  # có mặt
    ONLINE = "online"  # dự trực tuyến
    ABSENT_EXCUSED = "absent_excused"  # vắng có lý do
    ABSENT_UNEXCUSED = "absent_unexcused"  # vắng không lý do


class MembershipKind(StrEnum):
    """Party membership of a person, for the attendance counts of Party minutes."""

    OFFICIAL = "official"  # đảng viên chính thức
    PROBATIONARY = "probationary"  # đảng viên dự bị
    NONE = "none"  # not a member (guest, staff)


class CommitteeRole(StrEnum):
    """A person's seat on the committee on a given day (dated seats: see CommitteeSeat)."""

    NONE = "none"  # not a committee member (staff, guests)
    EXECUTIVE = "bch"  # ủy viên Ban Chấp hành
    STANDING = "btv"  # ủy viên Ban Thường vụ (a member of the executive committee too)


class UnitKind(StrEnum):
    BOARD = "board"  # ban, văn phòng, ủy ban kiểm tra: the committee's own advisory bodies
    CELL = "cell"  # chi bộ
    BUREAU = "bureau"  # cơ quan thường trú (regional bureau)
    AFFILIATED = "affiliated"  # đơn vị trực thuộc


class MinutesEntryKind(StrEnum):
    REPORT = "report"  # báo cáo, trình bày
    OPINION = "opinion"  # ý kiến phát biểu
    CONCLUSION = "conclusion"  # kết luận của chủ trì
    VOTE = "vote"  # biểu quyết


class DocumentKind(StrEnum):
    NOTICE = "notice"  # thông báo (kết luận)
    MINUTES = "minutes"  # biên bản
    LETTER = "letter"  # công văn
    REPORT = "report"  # báo cáo
    # Issue 14: the other documents a committee office issues, mostly from the same meetings.
    INVITATION = "invitation"  # giấy mời
    PROGRAMME = "programme"  # chương trình (hội nghị): the agenda with times and presenters
    RESOLUTION = "resolution"  # nghị quyết
    CONCLUSION = "conclusion"  # kết luận
    DECISION = "decision"  # quyết định
    PLAN = "plan"  # kế hoạch
    SUBMISSION = "submission"  # tờ trình


class DocumentStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"


class MeetingStatus(StrEnum):
    PLANNED = "planned"  # đã lên lịch
    IN_PROGRESS = "in_progress"  # đang họp
    FINISHED = "finished"  # đã họp
    MINUTES_FINAL = "minutes_final"  # biên bản đã chốt


class DirectiveStatus(StrEnum):
    """Stored state of a directive. The displayed status (on time, overdue…) is computed from it,
    the deadline and today's date, never stored, so it cannot go stale."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


# The labels are Vietnamese wherever they are printed; the GUI shows them translated (domain/i18n.py).
LABELS_CONTEXT = "labels"  # the QT_TRANSLATE_NOOP context of every label below
VN_LABELS: dict[StrEnum, str] = {
    Standard.PARTY: QT_TRANSLATE_NOOP("labels", "Văn bản của Đảng (HD 36)"),
    Standard.STATE: QT_TRANSLATE_NOOP("labels", "Văn bản hành chính nhà nước (NĐ 30/2020)"),
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("labels", "Có mặt"),
    AttendanceStatus.ONLINE: QT_TRANSLATE_NOOP("labels", "Dự trực tuyến"),
    AttendanceStatus.ABSENT_EXCUSED: QT_TRANSLATE_NOOP("labels", "Vắng có lý do"),
    AttendanceStatus.ABSENT_UNEXCUSED: QT_TRANSLATE_NOOP("labels", "Vắng không lý do"),
    MembershipKind.OFFICIAL: QT_TRANSLATE_NOOP("labels", "Đảng viên chính thức"),
    MembershipKind.PROBATIONARY: QT_TRANSLATE_NOOP("labels", "Đảng viên dự bị"),
    MembershipKind.NONE: QT_TRANSLATE_NOOP("labels", "Không phải đảng viên"),
    CommitteeRole.NONE: QT_TRANSLATE_NOOP("labels", "Không phải ủy viên"),
    CommitteeRole.EXECUTIVE: QT_TRANSLATE_NOOP("labels", "Ủy viên Ban Chấp hành"),
    CommitteeRole.STANDING: QT_TRANSLATE_NOOP("labels", "Ủy viên Ban Thường vụ"),
    UnitKind.BOARD: QT_TRANSLATE_NOOP("labels", "Ban"),
    UnitKind.CELL: QT_TRANSLATE_NOOP("labels", "Chi bộ"),
    UnitKind.BUREAU: QT_TRANSLATE_NOOP("labels", "Cơ quan thường trú"),
    UnitKind.AFFILIATED: QT_TRANSLATE_NOOP("labels", "Đơn vị trực thuộc"),
    MinutesEntryKind.REPORT: QT_TRANSLATE_NOOP("labels", "Báo cáo"),
    MinutesEntryKind.OPINION: QT_TRANSLATE_NOOP("labels", "Ý kiến"),
    MinutesEntryKind.CONCLUSION: QT_TRANSLATE_NOOP("labels", "Kết luận"),
    MinutesEntryKind.VOTE: QT_TRANSLATE_NOOP("labels", "Biểu quyết"),
    DocumentKind.NOTICE: QT_TRANSLATE_NOOP("labels", "Thông báo"),
    DocumentKind.MINUTES: QT_TRANSLATE_NOOP("labels", "Biên bản"),
    DocumentKind.LETTER: QT_TRANSLATE_NOOP("labels", "Công văn"),
    DocumentKind.REPORT: QT_TRANSLATE_NOOP("labels", "Báo cáo"),
    DocumentKind.INVITATION: QT_TRANSLATE_NOOP("labels", "Giấy mời"),
    DocumentKind.PROGRAMME: QT_TRANSLATE_NOOP("labels", "Chương trình"),
    DocumentKind.RESOLUTION: QT_TRANSLATE_NOOP("labels", "Nghị quyết"),
    DocumentKind.CONCLUSION: QT_TRANSLATE_NOOP("labels", "Kết luận"),
    DocumentKind.DECISION: QT_TRANSLATE_NOOP("labels", "Quyết định"),
    DocumentKind.PLAN: QT_TRANSLATE_NOOP("labels", "Kế hoạch"),
    DocumentKind.SUBMISSION: QT_TRANSLATE_NOOP("labels", "Tờ trình"),
    DocumentStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Dự thảo"),
    DocumentStatus.ISSUED: QT_TRANSLATE_NOOP("labels", "Đã ban hành"),
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Đã lên lịch"),
    MeetingStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "Đang họp"),
    MeetingStatus.FINISHED: QT_TRANSLATE_NOOP("labels", "Đã họp"),
    MeetingStatus.MINUTES_FINAL: QT_TRANSLATE_NOOP("labels", "Biên bản đã chốt"),
    DirectiveStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Đang theo dõi"),
    DirectiveStatus.DONE: QT_TRANSLATE_NOOP("labels", "Đã hoàn thành"),
    DirectiveStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Đã hủy"),
}


def stored_id(record: object) -> int:
    """The id of a record that has been saved (a record not stored yet has ``id`` None: a ValueError)."""
    record_id = getattr(record, "id", None)
    if not isinstance(record_id, int):
        raise ValueError(f"{type(record).__name__} is not stored yet")
    return record_id


def label(value: StrEnum) -> str:
    """The Vietnamese label of an enum value, for documents and (translated by gui.i18n.enum_label) the
    screen."""
    return VN_LABELS.get(value, str(value))


# A record read from a damaged file: the values that could not be decoded (bytes that are not UTF-8, an
# unknown status) are replaced by this text or a safe value, and the record is marked (``damage_of``) so that
# it is shown, flagged, and never saved back as if whole (db/repository.py refuses it).
DAMAGED_TEXT = "⚠ dữ liệu hỏng"


def mark_damaged(record: object, why: str) -> None:
    previous = damage_of(record)
    # object.__setattr__: list summaries are frozen dataclasses; the mark is not a field, so it never reaches
    # equality, replace() or a saved row.
    object.__setattr__(record, "damaged", f"{previous}; {why}" if previous else why)


def damage_of(record: object) -> str:
    """Why ``record`` was read incomplete from a damaged file, or "" for a sound record."""
    return getattr(record, "damaged", "")


@dataclass
class Signer:
    """A person who may sign the organisation's documents, with the authority line they sign under."""

    name: str
    position: str  # chức vụ, e.g. "PHÓ BÍ THƯ"
    authority: str = ""  # quyền hạn ký, e.g. "T/M ĐẢNG ỦY"; empty when the head signs directly


@dataclass
class OrganisationProfile:
    """The committee this database belongs to (one database per committee)."""

    issuing_body: str  # tên cơ quan ban hành, e.g. "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM"
    code: str  # ký hiệu cơ quan, e.g. "ĐU"
    place: str  # địa danh, e.g. "Hà Nội"
    parent_body: str = ""  # cơ quan cấp trên trực tiếp
    standard: Standard = Standard.PARTY
    term_start: date | None = None  # first day of the current term (nhiệm kỳ), for Party numbering
    term_label: str = ""  # e.g. "2020-2025"
    office_name: str = ""  # for "Lưu VPĐU"
    default_recipients: list[str] = field(default_factory=list)
    signers: list[Signer] = field(default_factory=list)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Unit:
    """An organisational unit that can lead or cooperate on a directive (đơn vị, tổ chức đảng)."""

    name: str
    short_name: str = ""
    kind: UnitKind = UnitKind.AFFILIATED
    order: int = 0  # position in lists and reports (thứ tự)
    active: bool = True  # a unit once used is deactivated, never deleted
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Person:
    """A member of the organisation (người). ``committee_role`` is the seat held on the day the record was
    read for (today unless asked otherwise); saving a changed role closes the old seat and opens a new one, so
    the committee of an earlier day stays what it was (CommitteeSeat)."""

    name: str
    position: str = ""  # chức vụ
    unit_id: int | None = None
    membership: MembershipKind = MembershipKind.OFFICIAL
    committee_role: CommitteeRole = CommitteeRole.NONE
    order: int = 0  # order of precedence (thứ tự): lists, attendance and "Thêm tất cả ủy viên" follow it
    active: bool = True  # a person once used is deactivated, never deleted
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    @property
    def is_committee_member(self) -> bool:
        return self.committee_role != CommitteeRole.NONE


@dataclass
class CommitteeSeat:
    """A committee seat held from ``start`` (None: since before the records began) until the day before
    ``end`` (None: still held). A new term (nhiệm kỳ) ends the open seats on its first day and opens the
    new committee's; a meeting's attendance is copied into the meeting, so neither rewrites a past one."""

    person_id: int
    role: CommitteeRole
    start: date | None = None
    end: date | None = None
    term_label: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Attendance:
    person_id: int | None  # None for a guest typed by name only
    name: str  # copied at the time of the meeting: people change positions, minutes must not
    status: AttendanceStatus = AttendanceStatus.PRESENT
    reason: str = ""  # for absences
    online_site: str = ""  # for online attendance
    membership: MembershipKind = MembershipKind.OFFICIAL
    is_guest: bool = False
    position: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class AttendanceCounts:
    """The figures Party minutes state: total, official, probationary, present, absent."""

    total: int
    official: int
    probationary: int
    present: int
    absent: int
    absent_excused: int
    absent_unexcused: int
    online: int


def attendance_counts(attendance: list[Attendance]) -> AttendanceCounts:
    """Count members (guests excluded). Online attendance counts as present."""
    members = [a for a in attendance if not a.is_guest]
    present = [a for a in members if a.status in (AttendanceStatus.PRESENT, AttendanceStatus.ONLINE)]
    return AttendanceCounts(
        total=len(members),
        official=sum(1 for a in members if a.membership == MembershipKind.OFFICIAL),
        probationary=sum(1 for a in members if a.membership == MembershipKind.PROBATIONARY),
        present=len(present),
        absent=len(members) - len(present),
        absent_excused=sum(1 for a in members if a.status == AttendanceStatus.ABSENT_EXCUSED),
        absent_unexcused=sum(1 for a in members if a.status == AttendanceStatus.ABSENT_UNEXCUSED),
        online=sum(1 for a in members if a.status == AttendanceStatus.ONLINE),
    )


@dataclass
class AgendaItem:
    title: str
    presenter: str = ""
    order: int = 0
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Vote:
    for_count: int = 0  # tán thành
    against_count: int = 0  # không tán thành
    other_count: int = 0  # ý kiến khác

    @property
    def total(self) -> int:
        return self.for_count + self.against_count + self.other_count

    def percentages(self) -> tuple[float, float, float]:
        """Shares of for/against/other in percent (0 when nobody voted)."""
        if not self.total:
            return (0.0, 0.0, 0.0)
        for_, against, other = (
            round(100.0 * n / self.total, 1) for n in (self.for_count, self.against_count, self.other_count)
        )
        return for_, against, other


@dataclass
class MinutesEntry:
    kind: MinutesEntryKind
    text: str
    speaker: str = ""  # who reported or spoke; empty for the chair's conclusion
    agenda_item_uuid: str = ""  # the agenda item it belongs to ("" = general part of the meeting)
    vote: Vote | None = None  # for kind == VOTE
    order: int = 0
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Meeting:
    title: str
    kind: str  # e.g. "Hội nghị giao ban cấp ủy", "Sinh hoạt chi bộ thường kỳ"
    start: datetime
    end: datetime | None = None
    place: str = ""
    online_sites: list[str] = field(default_factory=list)
    chair: str = ""
    secretary: str = ""
    guests: list[str] = field(default_factory=list)
    status: MeetingStatus = MeetingStatus.PLANNED
    attendance: list[Attendance] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    minutes: list[MinutesEntry] = field(default_factory=list)
    minutes_version: int = 1  # a correction after finalising is a new version, not a silent edit
    notes: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting as a list shows it: its own fields, without attendance, agenda or minutes.

    A distinct type, not a Meeting with empty lists, so it can never be saved as if it were the whole
    record (saving a half-loaded meeting once deleted its agenda, attendance and minutes)."""

    title: str
    kind: str
    start: datetime
    end: datetime | None
    place: str
    chair: str
    secretary: str
    status: MeetingStatus
    minutes_version: int
    id: int
    uuid: str


@dataclass
class StoredDocument:
    """A document as kept in the register. ``content`` is the document model (DESIGN.md) as a dict:
    the renderer's input, kept whole so a document prints the same years later."""

    kind: DocumentKind
    standard: Standard
    type_code: str  # "TB", "BB", "CV", …
    subject: str
    doc_date: date | None = None
    number: int | None = None  # None until "Cấp số"
    status: DocumentStatus = DocumentStatus.DRAFT
    signer_name: str = ""
    meeting_id: int | None = None
    secrecy: str = ""
    urgency: str = ""
    content: dict = field(default_factory=dict)
    version: int = 1
    supersedes_id: int | None = None  # a correction of an issued document points at the original
    issued_at: datetime | None = None
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class ProgressNote:
    note_date: date
    text: str
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class DeadlineExtension:
    """One extension (gia hạn) of a directive's deadline: the earlier deadline stays on record."""

    previous_deadline: date | None
    new_deadline: date
    reason: str
    allowed_by: str = ""  # who allowed it ("Đồng chí Bí thư Đảng ủy", "Thường trực Đảng ủy")
    decided_on: date | None = None  # the day it was recorded
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Directive:
    """A conclusion item to follow up (kết luận, nhiệm vụ).

    ``deadline`` is the deadline in force, the one tracked; after an extension ``original_deadline`` keeps the
    one first set (and ``extensions`` every step). A task is never deleted: cancelling, splitting and merging
    set ``status`` to cancelled with a reason, and the links below say where the work went.
    """

    content: str
    heading: str = ""  # the group it was listed under, e.g. "Về công tác thông tin"
    document_id: int | None = None  # the notice it came from
    meeting_id: int | None = None
    lead_unit_id: int | None = None
    cooperating_unit_ids: list[int] = field(default_factory=list)
    deadline: date | None = None
    ongoing: bool = False  # "thường xuyên": never overdue
    deadline_text: str = ""  # as written in the notice, e.g. "3 tháng cuối năm 2021"
    status: DirectiveStatus = DirectiveStatus.OPEN
    completed_on: date | None = None
    result: str = ""
    order: int = 0
    notes: list[ProgressNote] = field(default_factory=list)
    original_deadline: date | None = None  # set by the first extension: the deadline first given
    extensions: list[DeadlineExtension] = field(default_factory=list)
    cancel_reason: str = ""
    source_item: str = ""  # the line of the source notice it came from: the item's ref, or "#n" (n-th item)
    replaced_by_id: int | None = None  # merged into, or replaced by a later notice's task
    split_from_id: int | None = None  # the task it was split out of (one per lead unit)
    incoming_id: int | None = None  # the received document it came from (sổ văn bản đến), e.g. 445-KL/TU
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class AuditEntry:
    """One line of the append-only audit log."""

    at: datetime
    actor: str
    action: str  # "insert" | "update" | "delete" | domain verbs such as "issue"
    table: str
    record_uuid: str
    summary: str = ""
    id: int | None = None


@dataclass(frozen=True)
class BinItem:
    """One record in the recycle bin (Thùng rác): what it was, and who deleted it when."""

    id: int
    kind: str  # "meeting" | "document"
    title: str
    deleted_at: datetime
    deleted_by: str
    record_uuid: str
