"""`secretary-app incoming add|list|book|report` and `signed-scan`: exit codes, formats, nothing written on
bad input."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date

import pytest

from secretary_app.cli import main
from secretary_app.services.context import open_context
from tests.unit.incoming_samples import EXE, bomb_pdf, received_pdf
from tests.unit.test_cli import run


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "office.sqlite"
    open_context(path, create=True).close()
    return path


def _count(db) -> int:
    ctx = open_context(db)
    try:
        return len(ctx.incoming.entries())
    finally:
        ctx.close()


def test_add_list_book_and_report_through_the_command_line(db, tmp_path):
    scan = tmp_path / "kl-445.pdf"
    scan.write_bytes(received_pdf("KẾT LUẬN 445"))
    added = run(
        "incoming", "add", str(scan), "--db", str(db), "--sender", "Tỉnh ủy Bắc Ninh",
        "--symbol", "445-KL/TU",
        "--date", "28/11/2026", "--received", "01/12/2026", "--type", "Kết luận", "--urgency", "khan",
        "--summary", "Về công tác dân vận", "--deadline", "15/12/2026", "--format", "json", data_dir=tmp_path,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    record = json.loads(added.stdout)
    assert (record["number"], record["year"], record["urgency"]) == (1, 2026, "Khẩn")
    listed = run("incoming", "list", "--format", "csv", "--db", str(db), data_dir=tmp_path)
    [row] = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert (row["symbol"], row["handling_deadline"], row["sender"]) == (
        "445-KL/TU",
        "2026-12-15",
        "Tỉnh ủy Bắc Ninh",
    )
    text = run("incoming", "list", "--db", str(db), data_dir=tmp_path)
    assert text.stdout.startswith("1/2026\t2026-12-01\t445-KL/TU") and "[Khẩn]" in text.stdout
    out = tmp_path / "so-den.xlsx"
    book = run("incoming", "book", "-o", str(out), "--db", str(db), data_dir=tmp_path)
    assert book.returncode == 0, book.stderr
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]][:3] == ["Ngày đến", "Số đến", "Tác giả"]
    assert sheet["B2"].value == "1" and sheet["D2"].value == "445-KL/TU"
    assert run("incoming", "book", "-o", str(out), "--db", str(db), data_dir=tmp_path).returncode == 2
    refused = run("incoming", "report", "1/2026", "--db", str(db), data_dir=tmp_path)
    assert refused.returncode == 2 and "chưa có nhiệm vụ" in refused.stderr


@pytest.mark.parametrize(
    ("options", "data", "words"),
    [
        (
            ["--sender", "Tỉnh ủy", "--summary", "X", "--date", "31/02/2026"],
            received_pdf(),
            "không có trên lịch",
        ),
        (["--sender", "Tỉnh ủy", "--summary", "X", "--secrecy", "Bí mật"], received_pdf(), "Tuyệt mật"),
        (["--sender", "Tỉnh ủy", "--summary", ""], received_pdf(), "Chưa nhập trích yếu"),
        (["--sender", "Tỉnh ủy", "--summary", "X"], EXE, "chương trình (EXE)"),
        (["--sender", "Tỉnh ủy", "--summary", "X"], bomb_pdf(), "phá hoại"),
        (["--sender", "Tỉnh ủy", "--summary", "X"], b"", "rỗng"),
    ],
)
def test_bad_input_exits_2_and_changes_nothing(db, tmp_path, options, data, words, capsys):
    path = tmp_path / "den.pdf"
    path.write_bytes(data)
    assert main(["incoming", "add", str(path), "--db", str(db), *options]) == 2
    assert words in capsys.readouterr().err
    assert _count(db) == 0


def test_missing_file_exits_2(db, tmp_path, capsys):
    assert main(["incoming", "add", str(tmp_path / "khong-co.pdf"), "--db", str(db), "--sender", "A"]) == 2
    assert "Không có tệp" in capsys.readouterr().err and _count(db) == 0


@dataclass
class _Task:
    text: str
    lead_unit: str = ""
    cooperating_units: tuple = ()
    source_line: str = ""


def test_extract_tasks_tracks_what_the_reader_found(db, tmp_path, monkeypatch, capsys):
    import sys

    import secretary_app.services as services

    class Reader:
        @staticmethod
        def propose(_path):
            return type(
                "P",
                (),
                {"sender": "Tỉnh ủy", "symbol": "104-CTr/TU", "issued_on": date(2026, 11, 2),
                 "kind_code": "CTr", "summary": "Chương trình hành động",
                 "tasks": [_Task("Xây dựng kế hoạch trong Quý I/2027")]},
            )()  # fmt: skip

    monkeypatch.setitem(sys.modules, "secretary_app.services.incoming_extraction", Reader)
    monkeypatch.setattr(services, "incoming_extraction", Reader, raising=False)
    path = tmp_path / "ctr.pdf"
    path.write_bytes(received_pdf())
    assert (
        main(["incoming", "add", str(path), "--db", str(db), "--extract-tasks", "--received", "03/11/2026"])
        == 0
    )
    assert "104-CTr/TU" in capsys.readouterr().out
    ctx = open_context(db)
    try:
        [doc] = ctx.incoming.entries()
        [task] = ctx.incoming.tasks(doc.id)
        assert (doc.type_name, task.deadline, task.deadline_text) == (
            "Chương trình",
            date(2027, 3, 31),
            "Quý I/2027",
        )
    finally:
        ctx.close()
    drafted = main(["incoming", "report", "104-CTr/TU", "--db", str(db)])
    assert drafted == 0 and "Kết quả thực hiện Chương trình số 104-CTr/TU" in capsys.readouterr().out


def test_signed_scan_command(db, tmp_path, capsys):
    scan = tmp_path / "ban-ky.pdf"
    scan.write_bytes(received_pdf())
    assert main(["signed-scan", "99", str(scan), "--db", str(db)]) == 2
    assert capsys.readouterr().err
