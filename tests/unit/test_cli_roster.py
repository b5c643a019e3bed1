"""`secretary-app people|units list/import/export`, and `--db` accepted after the subcommand too."""

from __future__ import annotations

import json

from openpyxl import Workbook

from secretary_app.services.context import open_context
from tests.unit.test_cli import run


def _xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_people_import_list_export_on_the_chosen_database(tmp_path):
    db = tmp_path / "new.sqlite"
    src = _xlsx(
        tmp_path / "ds.xlsx",
        [
            ["Họ tên", "Chức vụ", "Đơn vị", "Cấp ủy"],
            ["Nguyễn Văn A", "Bí thư", "Văn phòng Đảng ủy", "BTV"],
            ["Trần Thị B", "Chuyên viên", "Ban Tuyên giáo", ""],
        ],
    )
    done = run("people", "import", str(src), "--db", str(db), data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Đã nhập 2 dòng" in done.stdout
    listed = run("--db", str(db), "people", "list", "--format", "json", data_dir=tmp_path)
    people = json.loads(listed.stdout)
    assert [(p["name"], p["unit"], p["committee_role"]) for p in people] == [
        ("Nguyễn Văn A", "Văn phòng Đảng ủy", "btv"),
        ("Trần Thị B", "Ban Tuyên giáo", "none"),
    ]
    csv_out = run("units", "list", "--format", "csv", "--db", str(db), data_dir=tmp_path)
    assert csv_out.stdout.splitlines()[1] == "1,Văn phòng Đảng ủy,,Ban,Có"
    out = tmp_path / "out.xlsx"
    exported = run("people", "export", "-o", str(out), "--db", str(db), data_dir=tmp_path)
    assert exported.returncode == 0 and out.exists()
    again = run("people", "export", "-o", str(out), "--db", str(db), data_dir=tmp_path)
    assert again.returncode == 2 and "đã tồn tại" in again.stderr


def test_bad_import_exits_2_and_writes_nothing(tmp_path):
    db = tmp_path / "c.sqlite"
    open_context(db, create=True).close()
    src = _xlsx(
        tmp_path / "bad.xlsx",
        [["Họ và tên", "Đảng viên"], ["Nguyễn Văn A", "chính thức"], ["Lê Văn C", "có lẽ"]],
    )
    result = run("--db", str(db), "people", "import", str(src), data_dir=tmp_path)
    assert result.returncode == 2
    assert "Dòng 3" in result.stderr and "Chưa nhập gì" in result.stderr
    wrong = _xlsx(tmp_path / "wrong.xlsx", [["A", "B"], ["x", "y"]])
    refused = run("--db", str(db), "units", "import", str(wrong), data_dir=tmp_path)
    assert refused.returncode == 2 and "Tên đơn vị" in refused.stderr
    missing = run("--db", str(db), "units", "import", str(tmp_path / "nope.csv"), data_dir=tmp_path)
    assert missing.returncode == 2 and "Không tìm thấy" in missing.stderr
    ctx = open_context(db)
    try:
        assert ctx.people.list_people() == [] and ctx.units.list_units() == []
    finally:
        ctx.close()


def test_db_option_after_the_subcommand(tmp_path):
    db = tmp_path / "c.sqlite"
    open_context(db, create=True).close()
    result = run("check", "--db", str(db), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert str(db) in result.stdout
