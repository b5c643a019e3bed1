"""Rules about people and units that are not storage: search without diacritics, the kind a unit's name
implies, the values a list typed by hand uses for Party membership and committee seats, and the columns of an
export (which an import reads back)."""

from __future__ import annotations

import re

from secretary_app.domain import models as m
from secretary_app.domain.text import clean_line, fold

_PUNCT = re.compile(r"[^\w]+")


def folded_words(text: str) -> str:
    """Folded (lower case, no diacritics, đ→d), punctuation as spaces, single-spaced: for comparing labels."""
    return " ".join(_PUNCT.sub(" ", fold(text)).split())


def matches(query: str, *texts: str) -> bool:
    """Every word of ``query`` occurs in one of ``texts``, ignoring case and diacritics ("dang" finds
    "Đặng")."""
    haystack = " ".join(fold(t) for t in texts if t)
    return all(word in haystack for word in fold(query).split())


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name: equal once folded (NFD or NFC, case, spaces and diacritics aside).

    Diacritics aside on purpose: "Nguyễn Văn Hùng" and "Nguyen Van Hung" in one list are almost always one
    person typed twice; the import shows such pairs as duplicates rather than storing both."""
    return folded_words(a) == folded_words(b)


def guess_unit_kind(name: str) -> m.UnitKind:
    folded = folded_words(name)
    if folded.startswith("chi bo"):
        return m.UnitKind.CELL
    if folded.startswith(("co quan thuong tru", "phan xa", "van phong dai dien")):
        return m.UnitKind.BUREAU
    if folded.startswith(("ban ", "van phong", "uy ban")):
        return m.UnitKind.BOARD
    return m.UnitKind.AFFILIATED


class CellError(ValueError):
    """A cell whose value is not one of the accepted spellings; ``message`` is Vietnamese."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def parse_membership(text: str) -> m.MembershipKind:
    """ "chính thức", "CT", "x" → official; "dự bị", "DB" → probationary; "không" → none; empty → official."""
    value = folded_words(text)
    if value in ("", "chinh thuc", "ct", "x", "co", "dang vien chinh thuc", "dvct"):
        return m.MembershipKind.OFFICIAL
    if value in ("du bi", "db", "dang vien du bi", "dvdb"):
        return m.MembershipKind.PROBATIONARY
    if value in ("khong", "k", "khong phai dang vien", "quan chung"):
        return m.MembershipKind.NONE
    raise CellError(f"“{clean_line(text)}” không phải là “chính thức”, “dự bị” hoặc “không”")


def parse_committee_role(text: str) -> m.CommitteeRole:
    """ "BTV", "Ủy viên Ban Thường vụ", "Bí thư" → standing; "BCH", "Ủy viên BCH", "x" → executive; empty →
    none."""
    value = folded_words(text)
    if value in ("", "khong", "k"):
        return m.CommitteeRole.NONE
    if any(key in value for key in ("btv", "thuong vu", "bi thu")):
        return m.CommitteeRole.STANDING
    if value in ("x", "co", "uy vien", "cap uy") or any(key in value for key in ("bch", "chap hanh")):
        return m.CommitteeRole.EXECUTIVE
    raise CellError(f"“{clean_line(text)}” không phải là “Ủy viên BCH”, “Ủy viên BTV” hoặc để trống")


def parse_unit_kind(text: str, name: str) -> m.UnitKind:
    """The unit kind as typed ("Ban", "Chi bộ", "Cơ quan thường trú", "Đơn vị trực thuộc"); empty: from the
    name."""
    value = folded_words(text)
    if not value:
        return guess_unit_kind(name)
    if value in ("ban", "van phong") or value.startswith("ban "):
        return m.UnitKind.BOARD
    if value.startswith("chi bo"):
        return m.UnitKind.CELL
    if "thuong tru" in value or value == "cqtt":
        return m.UnitKind.BUREAU
    if "truc thuoc" in value or value == "don vi":
        return m.UnitKind.AFFILIATED
    raise CellError(
        f"“{clean_line(text)}” không phải là “Ban”, “Chi bộ”, “Cơ quan thường trú” hoặc “Đơn vị trực thuộc”"
    )


# -- Export: the columns of the exported lists (their headers are the ones the import recognises first) --
MEMBERSHIP_TEXT = {
    m.MembershipKind.OFFICIAL: "Chính thức",
    m.MembershipKind.PROBATIONARY: "Dự bị",
    m.MembershipKind.NONE: "Không",
}
COMMITTEE_TEXT = {
    m.CommitteeRole.NONE: "",
    m.CommitteeRole.EXECUTIVE: "Ủy viên BCH",
    m.CommitteeRole.STANDING: "Ủy viên BTV",
}
UNIT_KIND_TEXT = {
    m.UnitKind.BOARD: "Ban",
    m.UnitKind.CELL: "Chi bộ",
    m.UnitKind.BUREAU: "Cơ quan thường trú",
    m.UnitKind.AFFILIATED: "Đơn vị trực thuộc",
}
PEOPLE_HEADERS = [
    "STT",
    "Họ và tên",
    "Chức vụ",
    "Đơn vị",
    "Đảng viên chính thức/dự bị",
    "Ủy viên cấp ủy",
    "Đang công tác",
]
UNIT_HEADERS = ["STT", "Tên đơn vị", "Tên viết tắt", "Loại đơn vị", "Đang hoạt động"]


def people_rows(people: list[m.Person], units: list[m.Unit]) -> list[list[str]]:
    unit_names = {u.id: u.name for u in units}
    return [
        [
            str(i),
            p.name,
            p.position,
            unit_names.get(p.unit_id, ""),
            MEMBERSHIP_TEXT[p.membership],
            COMMITTEE_TEXT[p.committee_role],
            "Có" if p.active else "Không",
        ]
        for i, p in enumerate(people, start=1)
    ]


def unit_rows(units: list[m.Unit]) -> list[list[str]]:
    return [
        [str(i), u.name, u.short_name, UNIT_KIND_TEXT[u.kind], "Có" if u.active else "Không"]
        for i, u in enumerate(units, start=1)
    ]
