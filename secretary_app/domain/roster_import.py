"""Reading a list of people or units typed in a spreadsheet: find the header row, map its columns to fields
(Vietnamese headers in any order and spelling), convert TCVN3/VNI text, and turn each row into a record or a
problem with its row number. Pure: the file is read by services/roster_files.py, written by
services/people.py.

Nothing here writes: :func:`plan_people` / :func:`plan_units` return an :class:`ImportPlan` — what would be
added and what is wrong — which the secretary sees before confirming.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

from secretary_app.domain import models as m
from secretary_app.domain import roster as rules
from secretary_app.domain.i18n import QT_TRANSLATE_NOOP
from secretary_app.domain.legacy_text import convert_legacy, detect_legacy
from secretary_app.domain.text import clean_line, nfc


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # Vietnamese, as the column mapping shows it
    names: tuple[str, ...]  # folded headers that mean this field exactly
    hints: tuple[str, ...] = ()  # folded fragments that suggest it when no exact name matched
    required: bool = False


PEOPLE_FIELDS = (
    FieldSpec(
        "order", QT_TRANSLATE_NOOP("roster_fields", "STT"), ("stt", "tt", "so tt", "so thu tu", "thu tu")
    ),
    # Committee before position and name: "Chức danh cấp ủy" is a committee seat, not a position.
    FieldSpec(
        "committee",
        QT_TRANSLATE_NOOP("roster_fields", "Ủy viên cấp ủy"),
        ("uy vien cap uy", "cap uy", "uy vien", "bch btv", "uy vien bch"),
        ("cap uy", "uy vien", "bch", "btv", "thuong vu", "chap hanh"),
    ),
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("roster_fields", "Họ và tên"),
        ("ho va ten", "ho ten", "ten", "ho va ten dong chi", "dong chi"),
        ("ho va ten", "ho ten"),
        required=True,
    ),
    FieldSpec(
        "position",
        QT_TRANSLATE_NOOP("roster_fields", "Chức vụ"),
        ("chuc vu", "chuc danh"),
        ("chuc vu", "chuc danh"),
    ),
    FieldSpec(
        "unit",
        QT_TRANSLATE_NOOP("roster_fields", "Đơn vị"),
        ("don vi", "don vi cong tac", "co quan", "noi cong tac"),
        ("don vi", "co quan"),
    ),
    FieldSpec(
        "membership",
        QT_TRANSLATE_NOOP("roster_fields", "Đảng viên chính thức/dự bị"),
        ("dang vien", "dang vien chinh thuc du bi"),
        ("dang vien", "chinh thuc", "du bi"),
    ),
    FieldSpec(
        "active",
        QT_TRANSLATE_NOOP("roster_fields", "Đang công tác"),
        ("dang cong tac", "con cong tac", "dang hoat dong"),
        ("cong tac",),
    ),
)
UNIT_FIELDS = (
    FieldSpec(
        "order", QT_TRANSLATE_NOOP("roster_fields", "STT"), ("stt", "tt", "so tt", "so thu tu", "thu tu")
    ),
    FieldSpec(
        "short_name",
        QT_TRANSLATE_NOOP("roster_fields", "Tên viết tắt"),
        ("ten viet tat", "viet tat", "ky hieu", "ten tat"),
        ("viet tat", "ky hieu"),
    ),
    FieldSpec(
        "kind",
        QT_TRANSLATE_NOOP("roster_fields", "Loại đơn vị"),
        ("loai", "loai don vi", "phan loai"),
        ("loai",),
    ),
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("roster_fields", "Tên đơn vị"),
        ("ten don vi", "don vi", "ten", "ten co quan", "ten to chuc", "to chuc"),
        ("ten", "don vi"),
        required=True,
    ),
    FieldSpec(
        "active",
        QT_TRANSLATE_NOOP("roster_fields", "Đang hoạt động"),
        ("dang hoat dong", "hoat dong"),
        ("hoat dong",),
    ),
)
T = TypeVar("T")
FIELDS_CONTEXT = "roster_fields"  # the QT_TRANSLATE_NOOP context of the field labels above
HEADER_SEARCH_ROWS = 10  # a title ("DANH SÁCH BAN CHẤP HÀNH…") may sit above the header row


@dataclass
class SheetData:
    """The cells of a file as text, every row, in file order (row i is the file's row i + 1)."""

    rows: list[list[str]]
    legacy: str | None = None  # "tcvn3" / "vni" when the text looks typed in a legacy encoding

    @classmethod
    def of(cls, rows: list[list[str]]) -> SheetData:
        rows = [[nfc(cell) for cell in row] for row in rows]
        sample = "\n".join(cell for row in rows[:2000] for cell in row if cell and not cell.isascii())
        return cls(rows, detect_legacy(sample))

    def converted(self) -> SheetData:
        """The same cells converted from the detected legacy encoding to Unicode."""
        if not self.legacy:
            return self
        rows = [[convert_legacy(cell, self.legacy) if cell else cell for cell in row] for row in self.rows]
        return SheetData(rows, None)


def find_header(rows: list[list[str]], fields: tuple[FieldSpec, ...]) -> int:
    """Index of the header row: of the top rows that name the required field, the one naming the most fields
    (a title such as "DANH SÁCH CÁC ĐƠN VỊ" above the header names one at most); else the first non-empty."""
    first_filled = next((i for i, row in enumerate(rows) if any(c.strip() for c in row)), 0)
    best, best_count = first_filled, 0
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping = guess_mapping(row, fields)
        count = sum(1 for key in mapping if key)
        if any(spec.required and spec.key in mapping for spec in fields) and count > best_count:
            best, best_count = i, count
    return best


def guess_mapping(headers: list[str], fields: tuple[FieldSpec, ...]) -> list[str | None]:
    """The field each column holds (None: ignored). Exact names first, then hints; each field at most once."""
    folded = [rules.folded_words(h) for h in headers]
    mapping: list[str | None] = [None] * len(headers)
    for spec in fields:
        for col, header in enumerate(folded):
            if mapping[col] is None and header in spec.names:
                mapping[col] = spec.key
                break
    for spec in fields:
        if spec.key in mapping:
            continue
        for col, header in enumerate(folded):
            if mapping[col] is None and header and any(hint in header for hint in spec.hints):
                mapping[col] = spec.key
                break
    return mapping


@dataclass(frozen=True)
class RowProblem:
    row_number: int  # as the spreadsheet numbers it (1 = first row of the file)
    message: str


@dataclass
class ImportPlan:
    """What confirming would add, and what is wrong. ``blocking`` problems stop the whole import."""

    headers: list[str]
    mapping: list[str | None]
    header_row: int  # 1-based
    people: list[tuple[m.Person, str]] = field(default_factory=list)  # with the unit name as written
    units: list[m.Unit] = field(default_factory=list)
    new_unit_names: list[str] = field(default_factory=list)  # units the people import would create
    problems: list[RowProblem] = field(default_factory=list)
    blocking: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    legacy: str | None = None

    @property
    def count(self) -> int:
        return len(self.people) + len(self.units)

    @property
    def can_import(self) -> bool:
        return not self.blocking and self.count > 0


def _records(
    sheet: SheetData, fields: tuple[FieldSpec, ...], mapping: list[str | None] | None
) -> tuple[ImportPlan, list[tuple[int, dict[str, str]]]]:
    header_index = find_header(sheet.rows, fields)
    headers = sheet.rows[header_index] if sheet.rows else []
    if mapping is None or len(mapping) != len(headers):
        mapping = guess_mapping(headers, fields)
    plan = ImportPlan(
        headers=headers, mapping=list(mapping), header_row=header_index + 1, legacy=sheet.legacy
    )
    if not headers:
        plan.blocking.append("Tệp không có dữ liệu.")
        return plan, []
    for spec in fields:
        if spec.required and spec.key not in mapping:
            plan.blocking.append(
                f"Không thấy cột “{spec.label}” (dòng tiêu đề {plan.header_row}: "
                f"{', '.join(h for h in headers if h.strip()) or 'trống'}). Chọn cột đó trong phần ghép cột."
            )
    records = []
    for index in range(header_index + 1, len(sheet.rows)):
        row = sheet.rows[index]
        if not any(cell.strip() for cell in row):
            continue  # empty rows are skipped silently: spreadsheets are full of them
        values = {
            key: clean_line(row[col]) if col < len(row) else "" for col, key in enumerate(mapping) if key
        }
        records.append((index + 1, values))
    return plan, records


def _parse(plan: ImportPlan, row_number: int, parse: Callable[[str], T], text: str) -> T | None:
    try:
        return parse(text)
    except rules.CellError as exc:
        plan.problems.append(RowProblem(row_number, exc.message))
        return None


def _active(text: str) -> bool:
    return rules.folded_words(text) not in ("khong", "k", "nghi", "da nghi", "ngung")


def plan_people(
    sheet: SheetData,
    existing: list[m.Person],
    units: list[m.Unit],
    mapping: list[str | None] | None = None,
    first_order: int = 1,
) -> ImportPlan:
    plan, records = _records(sheet, PEOPLE_FIELDS, mapping)
    if plan.blocking:
        return plan
    unit_by_name: dict[str, str] = {}
    for unit in units:
        unit_by_name.setdefault(rules.folded_words(unit.name), unit.name)
        if unit.short_name:
            unit_by_name.setdefault(rules.folded_words(unit.short_name), unit.name)
    stored = {rules.folded_words(p.name): p for p in existing}
    seen: dict[str, int] = {}
    new_units: dict[str, str] = {}
    if "committee" not in plan.mapping:
        plan.notes.append("Tệp không có cột “Ủy viên cấp ủy”: những người nhập vào không phải là ủy viên.")
    for row_number, values in records:
        name = values.get("name", "")
        if not name:
            plan.problems.append(RowProblem(row_number, "Thiếu họ và tên."))
            continue
        key = rules.folded_words(name)
        if key in seen:
            plan.problems.append(RowProblem(row_number, f"Trùng với dòng {seen[key]}: {name}."))
            continue
        if key in stored:
            plan.problems.append(RowProblem(row_number, f"Đã có trong danh sách: {stored[key].name}."))
            continue
        membership = _parse(plan, row_number, rules.parse_membership, values.get("membership", ""))
        role = _parse(plan, row_number, rules.parse_committee_role, values.get("committee", ""))
        if membership is None or role is None:
            continue
        seen[key] = row_number
        unit_text = values.get("unit", "")
        unit_name = ""
        if unit_text:
            unit_key = rules.folded_words(unit_text)
            unit_name = unit_by_name.get(unit_key) or new_units.setdefault(unit_key, unit_text)
        person = m.Person(
            name=name,
            position=values.get("position", ""),
            membership=membership,
            committee_role=role,
            order=first_order + len(plan.people),  # the file's order, after the people already listed
            active=_active(values.get("active", "")),
        )
        plan.people.append((person, unit_name))
    plan.new_unit_names = list(new_units.values())
    return plan


def plan_units(
    sheet: SheetData, existing: list[m.Unit], mapping: list[str | None] | None = None, first_order: int = 1
) -> ImportPlan:
    plan, records = _records(sheet, UNIT_FIELDS, mapping)
    if plan.blocking:
        return plan
    stored = {rules.folded_words(u.name): u for u in existing}
    seen: dict[str, int] = {}
    for row_number, values in records:
        name = values.get("name", "")
        if not name:
            plan.problems.append(RowProblem(row_number, "Thiếu tên đơn vị."))
            continue
        key = rules.folded_words(name)
        if key in seen:
            plan.problems.append(RowProblem(row_number, f"Trùng với dòng {seen[key]}: {name}."))
            continue
        if key in stored:
            plan.problems.append(RowProblem(row_number, f"Đã có trong danh sách: {stored[key].name}."))
            continue
        kind = _parse(plan, row_number, partial(rules.parse_unit_kind, name=name), values.get("kind", ""))
        if kind is None:
            continue
        seen[key] = row_number
        plan.units.append(
            m.Unit(
                name=name,
                short_name=values.get("short_name", ""),
                kind=kind,
                order=first_order + len(plan.units),
                active=_active(values.get("active", "")),
            )
        )
    return plan
