"""The document model: the seam between services and rendering.

A document (notice, minutes, letter, report) is plain data. Services build it; ``rendering`` turns it into PDF
or DOCX; ``secretary-app render DOC.json`` reads it from JSON. The JSON form is read and validated by
``document_reading.document_from_dict`` and written back by ``document_writing.document_to_dict``. Texts are
stored bare and NFC-normalised: the renderer adds the punctuation and marks the rules require ("- " before an
item, ";" between recipients).

Validation errors are :class:`DocumentError` with a dotted ``key`` ("signature.name", "body[3].type") and a
Vietnamese ``message`` that names the key, so a CLI user can find the line to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from secretary_app.domain.document_limits import (  # noqa: F401  (DocumentError and the limits are re-exported)
    MAX_BLOCKS,
    MAX_CHART_BARS,
    MAX_CHART_SERIES,
    MAX_CHART_VALUE,
    MAX_COLUMNS,
    MAX_COUNT,
    MAX_DEPTH,
    MAX_JSON_BYTES,
    MAX_LINE_TEXT,
    MAX_NUMBER,
    MAX_RECIPIENT_CHARS,
    MAX_RECIPIENTS,
    MAX_ROWS,
    MAX_TEXT,
    MAX_WIDTH_RATIO,
    DocumentError,
    check_length,
    nesting_within,
    parse_document_json,
    thousands,
)
from secretary_app.domain.models import OrganisationProfile

STANDARDS = ("party", "state")
KINDS = (
    "notice",
    "minutes",
    "letter",
    "report",
    # issue 14
    "invitation",
    "programme",
    "resolution",
    "conclusion",
    "decision",
    "plan",
    "submission",
)
# The type name (tên loại) each kind prints when its document gives none ("title" may be left out for the
# kinds of issue 14; the older kinds still require it, so a document written before reads exactly as it did).
KIND_TITLES = {
    "notice": "THÔNG BÁO",
    "minutes": "BIÊN BẢN",
    "letter": "",  # a công văn prints no type name
    "report": "BÁO CÁO",
    "invitation": "GIẤY MỜI",
    "programme": "CHƯƠNG TRÌNH",
    "resolution": "NGHỊ QUYẾT",
    "conclusion": "KẾT LUẬN",
    "decision": "QUYẾT ĐỊNH",
    "plan": "KẾ HOẠCH",
    "submission": "TỜ TRÌNH",
}
TITLE_REQUIRED = ("notice", "minutes", "report")
BLOCK_TYPES = (
    "paragraph",
    "heading",
    "section",
    "subheading",
    "item",
    "table",
    "chart",
    "page_break",
    "article",
)
SECRECY_MARKS = ("MẬT", "TỐI MẬT", "TUYỆT MẬT")
URGENCY_MARKS = ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC")

# Authority prefixes: the Party writes them with a slash, the state (NĐ 30) with a dot; mixing them is the
# most common mistake in hand-typed documents, so it is refused with a hint instead of being printed.
PARTY_AUTHORITIES = ("T/M", "K/T", "T/L", "Q.")
STATE_AUTHORITIES = ("TM.", "KT.", "TL.", "TUQ.", "Q.")


# What starts a task line: the one answer for the chair's conclusion typed in the minutes, the composer's body
# editor and the printed items (the renderer replaces a typed marker by the layout's own "- ").
TASK_MARKERS = "-–—•+"
_TASK_MARKER = re.compile(rf"^[{re.escape(TASK_MARKERS)}]\s*")


def task_text(line: str) -> str | None:
    """The task of a line that starts with a task marker ("- Tăng cường …" -> "Tăng cường …"), else None."""
    stripped = line.strip()
    match = _TASK_MARKER.match(stripped)
    return stripped[match.end() :].strip() if match else None


def without_task_marker(text: str) -> str:
    """``text`` without a leading task marker (a typed "- " the printed layout adds by itself)."""
    return _TASK_MARKER.sub("", text)


# ------------------------------------------------------------------------------------------------------------
# Dataclasses


@dataclass
class Issuer:
    name: str  # tên cơ quan ban hành (printed bold caps)
    code: str  # ký hiệu cơ quan: "ĐU", "VPCP"
    parent: str = ""  # tên cơ quan cấp trên trực tiếp; may be empty (e.g. Ban Chấp hành Trung ương)


def issuer_from_profile(profile: OrganisationProfile | None) -> Issuer:
    """The issuer block (cơ quan ban hành) of every paper the committee makes, from its profile: built here
    only. Without a profile (papers made before Cài đặt was filled in) a generic committee prints."""
    if profile is None:
        return Issuer(name="CẤP ỦY", code="CU")
    return Issuer(name=profile.issuing_body, code=profile.code, parent=profile.parent_body)


def issuer_to_dict(issuer: Issuer) -> dict[str, str]:
    return {"parent": issuer.parent, "name": issuer.name, "code": issuer.code}


@dataclass
class ChartSeries:
    """One series of a chart block: a name for the legend and one value per category."""

    name: str
    values: list[float] = field(default_factory=list)
    color: str = ""  # "#rrggbb"; empty: the renderer's palette by position


@dataclass
class BodyBlock:
    """One block of the body.

    ``paragraph`` (indented, justified), ``heading`` (bold; its own numbering is part of the text),
    ``section`` (a numbered section title: ``number`` + text, bold), ``subheading`` (a group of conclusions,
    e.g. "Về công tác thông tin:"; the ``item`` blocks after it belong to it), ``item`` (printed "- text"),
    ``table`` (``columns`` header + ``rows``; optional relative ``widths``), ``article`` (an article of a
    decision or resolution: ``number`` + text, printed "Điều 1. …" with "Điều 1." bold), ``chart`` (a bar
    chart: ``categories`` on the axis, one bar per ``series`` in each, side by side or ``stacked``; ``text``
    is its caption), ``page_break``.
    """

    type: str
    text: str = ""
    number: str = ""  # section: "1.", "I-"; article: "1" (prints "Điều 1.")
    columns: list[str] = field(default_factory=list)  # table only
    rows: list[list[str]] = field(default_factory=list)  # table only
    widths: list[float] = field(default_factory=list)  # table only, relative
    ref: str = (
        ""  # optional stable id (e.g. a directive uuid) so later issues can link printed items to records
    )
    categories: list[str] = field(default_factory=list)  # chart only: the bars' labels (units)
    series: list[ChartSeries] = field(default_factory=list)  # chart only: one per legend entry (status)
    stacked: bool = False  # chart only: stack the series in one bar per category


@dataclass
class Signature:
    name: str
    position: str = ""  # chức vụ: "PHÓ BÍ THƯ"; may span lines with "\n"
    authority: str = ""  # quyền hạn ký: "T/M ĐẢNG ỦY"; empty when the head signs directly
    label: str = ""  # optional italic note in the signing space, e.g. "(Đã ký)" on a copy


@dataclass
class SignatureBlock:
    """A block of signatures under a heading of its own ("ĐẠI DIỆN SỞ CÔNG THƯƠNG"), one or more signers: the
    representatives who sign an inspection biên bản. Blocks print two to a row."""

    title: str = ""  # printed bold caps; may span lines with "\n"
    signers: list[Signature] = field(default_factory=list)


@dataclass
class Marks:
    secrecy: str | None = None
    urgency: str | None = None


@dataclass
class Absentee:
    name: str
    reason: str = ""  # empty: "vắng không có lý do"


@dataclass
class AttendanceFigures:
    """The attendance figures printed in minutes (not models.Attendance, one person's attendance record)."""

    total: int | None = None
    official: int | None = None  # đảng viên chính thức
    probationary: int | None = None  # đảng viên dự bị
    present: int | None = None
    absent: int | None = None


@dataclass
class Speech:
    speaker: str
    text: str


@dataclass
class VoteResult:
    """A vote as printed in minutes: what was voted and the counts (not models.Vote, the recorded tally)."""

    subject: str
    for_: int
    against: int = 0
    other: int = 0


@dataclass
class MinutesItem:
    title: str
    content: list[BodyBlock] = field(default_factory=list)
    speeches: list[Speech] = field(default_factory=list)
    conclusion: str = ""
    votes: list[VoteResult] = field(default_factory=list)


@dataclass
class Minutes:
    start: time | None = None
    end: time | None = None
    place: str = ""
    form: str = ""  # "trực tiếp", "trực tiếp kết hợp trực tuyến"
    attendance: AttendanceFigures = field(default_factory=AttendanceFigures)
    absentees: list[Absentee] = field(default_factory=list)
    online_sites: list[str] = field(default_factory=list)
    guests: list[str] = field(default_factory=list)
    chair: str = ""
    secretary: str = ""
    agenda: list[str] = field(default_factory=list)
    items: list[MinutesItem] = field(default_factory=list)
    votes: list[VoteResult] = field(default_factory=list)
    closing: str = ""  # closing sentence override; default wording is produced by the renderer
    # Added for issue 13; every one optional, so a document written before prints as it did.
    opening: str = ""  # the minutes' own opening words, printed before the generated Thời gian/Thành phần
    dateline: bool = False  # print "<place>, ngày …" under the national title (state minutes that have one)
    general: MinutesItem | None = None  # what was recorded outside the agenda items ("Ý kiến khác")
    conclusion: str = ""  # the chair's conclusion (kết luận của chủ trì), its own part of the minutes
    quorum: str = ""  # "Hội nghị đủ số lượng … theo quy định", from domain/meeting_rules
    noun: str = ""  # who the attendance counts: "ủy viên" (a committee), "đảng viên", "thành viên"
    entitled: int | None = None  # members entitled to vote: the base of "tán thành x/y đồng chí, đạt z%"
    approval: str = ""  # who approved the minutes when read back ("các đồng chí dự Hội nghị")


@dataclass
class Document:
    standard: str
    kind: str
    issuer: Issuer
    type_code: str
    place: str
    date: date | None
    signature: Signature
    number: int | None = None  # None: blank-number draft ("Số     -TB/ĐU")
    title: str = ""  # tên loại: "THÔNG BÁO"; not printed for a letter (công văn)
    subject: str = ""  # trích yếu
    body: list[BodyBlock] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)  # "Kính gửi:" (letters)
    marks: Marks = field(default_factory=Marks)
    draft: bool = False
    draft_label: str = ""  # "Dự thảo lần 2"; default "DỰ THẢO"
    unnumbered: bool = False  # internal papers (an archive index, a status report) print no "Số …" line
    signature_left: Signature | None = None  # minutes: the secretary (left); chair is ``signature`` (right)
    # More signatures, two to a row after the secretary and chair (if any): {title, signers}. With blocks, a
    # document may have no ``signature`` of its own (an inspection biên bản with no chair).
    signature_blocks: list[SignatureBlock] = field(default_factory=list)
    minutes: Minutes | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # opaque to rendering: ids for services
    # Issue 14, every one optional (a document written before prints as it did): the enacting part of a
    # decision or resolution.
    enactor: str = (
        ""  # thẩm quyền ban hành, printed bold caps centred before the bases: "BAN THƯỜNG VỤ ĐẢNG ỦY"
    )
    bases: list[str] = field(default_factory=list)  # "Căn cứ …" lines, bare; the layout adds "- ", ";", ","
    enacting: str = ""  # the enacting line ("QUYẾT ĐỊNH:"); empty: the layout profile's word for the kind


def kind_title(kind: str) -> str:
    """The type name a document of ``kind`` prints when it gives none ("QUYẾT ĐỊNH")."""
    return KIND_TITLES.get(kind, "")


def document_title(doc: Document) -> str:
    """The title a PDF or Word file carries in its properties: "THÔNG BÁO — <trích yếu>"."""
    return (doc.title or kind_title(doc.kind) or "Công văn") + (f" — {doc.subject}" if doc.subject else "")


def conclusion_groups(doc: Document) -> list[tuple[str, list[BodyBlock]]]:
    """Group the ``item`` blocks of the body under the ``subheading`` that precedes them
    (:func:`group_conclusions`)."""
    return group_conclusions(doc.body)


def group_conclusions(blocks: list[BodyBlock]) -> list[tuple[str, list[BodyBlock]]]:
    """Group the ``item`` blocks under the ``subheading`` that precedes them.

    Issuing turns each item into a tracked directive with its heading (lead body / area). Items not under
    any subheading get the heading "". A ``heading``/``section`` closes the current group.
    """
    groups: list[tuple[str, list[BodyBlock]]] = []
    current: tuple[str, list[BodyBlock]] | None = None
    for block in blocks:
        if block.type == "subheading":
            current = (block.text, [])
            groups.append(current)
        elif block.type in ("heading", "section"):
            current = None
        elif block.type == "item" and block.text.lstrip().startswith("+") and current is not None:
            continue  # a "+" sub-point belongs to the task above it; it is not a task of its own
        elif block.type == "item":
            if current is None:
                current = ("", [])
                groups.append(current)
            current[1].append(block)
    return [g for g in groups if g[1]]
