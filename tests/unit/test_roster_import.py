"""Importing lists of people and units from .xlsx and .csv: headers in any order and spelling, bad rows with
their row numbers, duplicates, NFD names, TCVN3/VNI text, nothing written until confirmed and all in one
transaction."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.errors import RuleError
from secretary_app.domain.legacy_text import encode_legacy
from secretary_app.domain.validation import ValidationError
from secretary_app.services.context import open_context

HEADERS = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Đảng viên chính thức/dự bị", "Ủy viên cấp ủy"]
ROWS = [
    ["1", "Nguyễn Tuấn Hùng", "Bí thư Đảng ủy", "Văn phòng Đảng ủy", "Chính thức", "Ủy viên BTV"],
    ["2", "Hà Thị Mai An", "Phó Bí thư", "Ban Tuyên giáo", "chính thức", "BTV"],
    ["3", "Lê Thị Hoa", "Chuyên viên", "Văn phòng Đảng ủy", "Dự bị", ""],
]


@pytest.fixture
def ctx(tmp_path):
    context = open_context(tmp_path / "c.sqlite", create=True)
    yield context
    context.close()


def xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def csv_file(
    path: Path, rows: list[list[str]], sep: str = ",", bom: bool = False, encoding: str = "utf-8"
) -> Path:
    text = "\n".join(sep.join(row) for row in rows) + "\n"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode(encoding))
    return path


def test_xlsx_with_title_row_and_headers_in_another_order(ctx, tmp_path):
    order = [5, 3, 1, 0, 4, 2]  # shuffled columns, spelled differently
    headers = ["Cấp ủy", "ĐƠN VỊ", "Họ tên", "TT", "Đảng viên", "Chức vụ"]
    rows = [["DANH SÁCH BAN CHẤP HÀNH ĐẢNG BỘ"], [], headers] + [[r[i] for i in order] for r in ROWS]
    path = xlsx(tmp_path / "ds.xlsx", rows)
    seen: list = []
    ctx.changes.subscribe(seen.append)
    plan = ctx.people.plan_import(ctx.people.read_file(path))
    assert plan.header_row == 3 and not plan.problems and not plan.blocking
    assert plan.new_unit_names == ["Văn phòng Đảng ủy", "Ban Tuyên giáo"]
    assert ctx.people.list_people() == [] and ctx.units.list_units() == []  # nothing written yet
    assert ctx.people.apply_import(plan) == 3
    people = {p.name: p for p in ctx.people.list_people()}
    units = {u.id: u.name for u in ctx.units.list_units()}
    assert people["Nguyễn Tuấn Hùng"].committee_role == m.CommitteeRole.STANDING
    assert people["Lê Thị Hoa"].committee_role == m.CommitteeRole.NONE
    assert people["Lê Thị Hoa"].membership == m.MembershipKind.PROBATIONARY
    assert units[people["Hà Thị Mai An"].unit_id] == "Ban Tuyên giáo"
    assert [p.name for p in ctx.people.list_people()] == [r[1] for r in ROWS]  # the file's order
    assert seen[-1].kinds == {Change.PEOPLE, Change.UNITS}


def test_a_title_naming_a_field_is_not_taken_for_the_header(ctx, tmp_path):
    rows = [
        ["DANH SÁCH CÁC ĐƠN VỊ"],
        [],
        ["STT", "Tên đơn vị", "Tên viết tắt"],
        ["1", "Văn phòng Đảng ủy", "VPĐU"],
    ]
    plan = ctx.units.plan_import(ctx.units.read_file(xlsx(tmp_path / "u.xlsx", rows)))
    assert plan.header_row == 3 and plan.mapping == ["order", "name", "short_name"]
    assert [(u.name, u.short_name) for u in plan.units] == [("Văn phòng Đảng ủy", "VPĐU")]


@pytest.mark.parametrize(("sep", "bom"), [(",", False), (";", True), (";", False), (",", True)])
def test_csv_utf8_with_or_without_bom_and_either_separator(ctx, tmp_path, sep, bom):
    path = csv_file(tmp_path / "ds.csv", [HEADERS, *ROWS], sep, bom)
    count, _plan = ctx.people.import_file(path)
    assert count == 3
    assert ctx.people.list_people()[0].name == "Nguyễn Tuấn Hùng"


def test_wrong_headers_block_the_import_until_the_column_is_mapped(ctx, tmp_path):
    path = xlsx(tmp_path / "x.xlsx", [["Cột A", "Cột B"], ["Nguyễn Văn A", "Chuyên viên"]])
    plan = ctx.people.plan_import(ctx.people.read_file(path))
    assert plan.blocking and "Họ và tên" in plan.blocking[0] and not plan.can_import
    with pytest.raises(RuleError):
        ctx.people.apply_import(plan)
    with pytest.raises(RuleError, match="Họ và tên"):
        ctx.people.import_file(path)
    assert ctx.people.list_people() == []
    fixed = ctx.people.plan_import(
        ctx.people.read_file(path), mapping=["name", "position"]
    )  # the user maps it
    assert fixed.can_import and fixed.people[0][0].position == "Chuyên viên"


def test_empty_rows_are_skipped_and_bad_rows_listed_with_their_row_number(ctx, tmp_path):
    rows = [
        HEADERS,
        ROWS[0],
        ["", "", "", "", "", ""],
        ["4", "", "Chuyên viên", "", "", ""],
        ROWS[1],
        ["6", "Phạm Văn Sai", "", "", "hẹn sau", ""],
        ["7", "Vũ Văn Lạ", "", "", "", "trưởng phòng"],
    ]
    plan = ctx.people.plan_import(ctx.people.read_file(xlsx(tmp_path / "x.xlsx", rows)))
    assert [(p.row_number, p.message[:18]) for p in plan.problems] == [
        (4, "Thiếu họ và tên."),
        (6, "“hẹn sau” không ph"),
        (7, "“trưởng phòng” khô"),
    ]
    assert [p.name for p, _u in plan.people] == ["Nguyễn Tuấn Hùng", "Hà Thị Mai An"]
    with pytest.raises(RuleError, match="Dòng 4"):  # headless: refused as a whole
        ctx.people.import_file(tmp_path / "x.xlsx")
    assert ctx.people.list_people() == []


def test_duplicates_within_the_file_and_against_the_database(ctx, tmp_path):
    ctx.people.save(m.Person(name="Lê Thị Hoa"))
    rows = [HEADERS, *ROWS, ["4", "NGUYEN TUAN HUNG", "", "", "", ""]]
    plan = ctx.people.plan_import(ctx.people.read_file(xlsx(tmp_path / "x.xlsx", rows)))
    assert [(p.row_number, p.message) for p in plan.problems] == [
        (4, "Đã có trong danh sách: Lê Thị Hoa."),
        (5, "Trùng với dòng 2: NGUYEN TUAN HUNG."),
    ]
    assert ctx.people.apply_import(plan) == 2
    assert len(ctx.people.list_people()) == 3


def test_nfd_names_are_stored_nfc_and_found_as_duplicates(ctx, tmp_path):
    ctx.units.save(m.Unit(name="Văn phòng Đảng ủy"))
    nfd = [[unicodedata.normalize("NFD", cell) for cell in row] for row in [HEADERS, *ROWS]]
    path = csv_file(tmp_path / "nfd.csv", nfd)
    ctx.people.import_file(path)
    names = [p.name for p in ctx.people.list_people()]
    assert names == [r[1] for r in ROWS] and all(unicodedata.is_normalized("NFC", n) for n in names)
    assert len(ctx.units.list_units()) == 2  # "Văn phòng Đảng ủy" in NFD is the stored unit, not a new one
    again = ctx.people.plan_import(ctx.people.read_file(path))
    assert len(again.problems) == 3 and not again.people


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_encoded_lists_are_detected_and_converted(ctx, tmp_path, encoding):
    legacy = [[encode_legacy(cell, encoding) for cell in row] for row in [HEADERS, *ROWS]]
    path = csv_file(tmp_path / "old.csv", legacy, encoding="cp1252")  # saved by an old Excel
    sheet = ctx.people.read_file(path)
    assert sheet.legacy == encoding
    unconverted = ctx.people.plan_import(sheet, convert_legacy=False)
    assert unconverted.blocking  # the headers themselves are unreadable as they stand
    plan = ctx.people.plan_import(sheet)
    assert plan.legacy == encoding and not plan.problems
    assert [p.name for p, _u in plan.people] == [r[1] for r in ROWS]
    ctx.people.apply_import(plan)
    assert ctx.people.list_people()[1].position == "Phó Bí thư"


def test_import_is_one_transaction(ctx, tmp_path, monkeypatch):
    from secretary_app.db import repository

    path = xlsx(tmp_path / "x.xlsx", [HEADERS, *ROWS])
    plan = ctx.people.plan_import(ctx.people.read_file(path))
    real = repository.search.index_row

    def failing(db, table, record_id, row):  # the disk goes once units and people are written, at the seats
        if table == "committee_seats":
            raise OSError("disk gone")
        return real(db, table, record_id, row)

    monkeypatch.setattr(repository.search, "index_row", failing)
    with pytest.raises(OSError):
        ctx.people.apply_import(plan)
    assert ctx.people.list_people() == [] and ctx.units.list_units() == []
    assert all(p.id is None for p, _u in plan.people)  # "Thử lại" can save them again
    monkeypatch.setattr(repository.search, "index_row", real)
    assert ctx.people.apply_import(plan) == 3


def test_units_import_and_export_round_trip(ctx, tmp_path):
    rows = [
        ["Tên đơn vị", "Tên viết tắt", "Loại"],
        ["Văn phòng Đảng ủy", "VPĐU", "Ban"],
        ["Chi bộ Phóng viên", "", ""],
        ["Cơ quan thường trú khu vực phía Nam", "CQTT-PN", "cơ quan thường trú"],
        ["Báo Tin tức", "TT", "lạ"],
    ]
    plan = ctx.units.plan_import(ctx.units.read_file(xlsx(tmp_path / "u.xlsx", rows)))
    assert [(p.row_number, p.message[:6]) for p in plan.problems] == [(5, "“lạ” k")]
    ctx.units.apply_import(plan)
    kinds = [(u.name, u.kind) for u in ctx.units.list_units()]
    assert kinds == [
        ("Văn phòng Đảng ủy", m.UnitKind.BOARD),
        ("Chi bộ Phóng viên", m.UnitKind.CELL),
        ("Cơ quan thường trú khu vực phía Nam", m.UnitKind.BUREAU),
    ]
    out = ctx.units.export(tmp_path / "out.xlsx")
    cells = [[c.value for c in row] for row in load_workbook(out).active.iter_rows()]
    assert cells[0] == ["STT", "Tên đơn vị", "Tên viết tắt", "Loại đơn vị", "Đang hoạt động"]
    other = open_context(tmp_path / "other.sqlite", create=True)
    try:
        count, _plan = other.units.import_file(out)  # an export reads back
        assert count == 3 and [(u.name, u.kind) for u in other.units.list_units()] == kinds
    finally:
        other.close()


def test_people_export_reads_back(ctx, tmp_path):
    ctx.people.import_file(xlsx(tmp_path / "x.xlsx", [HEADERS, *ROWS]))
    out = ctx.people.export(tmp_path / "people.xlsx")
    other = open_context(tmp_path / "other.sqlite", create=True)
    try:
        other.people.import_file(out)
        strip = [(p.name, p.position, p.membership, p.committee_role) for p in other.people.list_people()]
        assert strip == [
            (p.name, p.position, p.membership, p.committee_role) for p in ctx.people.list_people()
        ]
    finally:
        other.close()


def test_unreadable_files_are_refused_in_vietnamese(ctx, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match="Không đọc được tệp Excel"):
        ctx.people.read_file(bad)
    with pytest.raises(ValidationError, match=r"\.xlsx"):
        ctx.people.read_file(tmp_path / "list.pdf")
