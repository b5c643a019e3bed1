"""``secretary-app directives …`` and ``secretary-app report …`` run as a script runs them: separate
processes on the demo database. Bad input exits 2 and leaves the database byte for byte as it was."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from secretary_app.paths import demo_db_path  # noqa: F401  (the data dir is the child's, set below)


def cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SECRETARY_DATA_DIR": str(data_dir), "PYTHONUTF8": "1"}
    env.pop("SECRETARY_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "secretary_app", "--demo", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    assert cli("check", data_dir=folder).returncode == 0  # creates the demo database once
    return folder


@pytest.fixture(scope="module")
def untouched_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli-bad")
    assert cli("check", data_dir=folder).returncode == 0
    return folder


def _listing(data_dir: Path, *extra: str) -> list[dict]:
    result = cli("directives", "list", "--format", "json", "--today", "2022-01-05", *extra, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _digest(data_dir: Path) -> str:
    return "".join(
        hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.glob("demo.sqlite*"))
        if p.is_file()
    )


def test_list_as_json_and_csv(data_dir):
    records = _listing(data_dir)
    assert len(records) == 18
    first = records[0]
    assert set(first) == {
        "number", "uuid", "status", "status_label", "deadline", "extended_deadline", "deadline_text",
        "ongoing", "lead_unit", "source", "completed_on", "content",
    }  # fmt: skip
    assert first["source"] == "239-TB/ĐU" and first["lead_unit"] == "Ban Biên tập Tin Trong nước"
    overdue = [r for r in records if r["status"] == "overdue"]
    assert len(overdue) == 9 and {r["deadline"] for r in overdue} == {"2021-12-31"}
    assert {r["status_label"] for r in overdue} == {"Quá hạn chưa hoàn thành"}
    table = list(
        csv.DictReader(io.StringIO(cli("directives", "list", "--format", "csv", data_dir=data_dir).stdout))
    )
    assert [int(r["number"]) for r in table] == [r["number"] for r in records]
    text = cli("directives", "list", "--open", data_dir=data_dir).stdout.splitlines()
    assert len(text) == 14 and text[0].startswith("#1 ")


def test_extend_done_cancel_reopen_by_number_or_uuid(data_dir):
    records = {r["number"]: r for r in _listing(data_dir)}
    extend, done, cancel = [n for n, r in records.items() if r["status"] == "overdue"][:3]
    result = cli(
        "directives", "extend", str(extend), "--to", "31/03/2022", "--reason", "Chờ ý kiến Đảng ủy Khối",
        "--by", "Đồng chí Bí thư", data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "hạn ban đầu 31/12/2021" in result.stdout
    result = cli(
        "directives", "done", records[extend]["uuid"], "--date", "2022-01-04", "--note", "Đã báo cáo",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert cli("directives", "done", str(done), data_dir=data_dir).returncode == 0
    assert (
        cli("directives", "cancel", f"#{cancel}", "--reason", "Trùng nội dung", data_dir=data_dir).returncode
        == 0
    )
    after = {r["number"]: r for r in _listing(data_dir)}
    assert (after[extend]["deadline"], after[extend]["extended_deadline"]) == ("2021-12-31", "2022-03-31")
    assert after[extend]["status"] == "done_extended" and after[extend]["completed_on"] == "2022-01-04"
    assert after[extend]["status_label"] == "Hoàn thành đúng hạn (có gia hạn)"
    assert after[done]["status"] == "done_late" and after[cancel]["status"] == "cancelled"
    assert cli("directives", "reopen", str(cancel), "--reason", "Hủy nhầm", data_dir=data_dir).returncode == 0
    assert {r["number"]: r for r in _listing(data_dir)}[cancel]["status"] == "overdue"


@pytest.mark.parametrize(
    "args",
    [
        ("directives", "extend", "8", "--to", "31/02/2022", "--reason", "x"),  # no such day
        ("directives", "extend", "8", "--to", "2021-12-01", "--reason", "x"),  # before the deadline
        ("directives", "extend", "8", "--to", "2022-03-31", "--reason", "  "),  # no reason
        ("directives", "extend", "1", "--to", "2022-03-31", "--reason", "x"),  # a standing duty
        ("directives", "extend", "999", "--to", "2022-03-31", "--reason", "x"),  # no such task
        ("directives", "extend", "8", "--reason", "x"),  # no date
        ("directives", "done", "8", "--date", "2099-01-01"),  # in the future
        ("directives", "done", "không-có"),
        ("directives", "cancel", "8", "--reason", ""),
        ("directives", "cancel", "9"),  # no reason given at all
        ("directives", "reopen", "8", "--reason", "x"),  # open already
        ("directives", "list", "--format", "xml"),
        ("report", "--period", "2026-Q5", "-o", "OUT.pdf"),
        ("report", "--period", "2026-H3", "-o", "OUT.pdf"),
        ("report", "--period", "2026", "-o", "OUT.txt"),
        ("report", "--period", "2026", "--kind", "weekly", "-o", "OUT.pdf"),
    ],
)
def test_bad_input_exits_2_and_changes_nothing(untouched_dir, args):
    """On a demo no other test changes: task 8 is overdue, 1 a standing duty."""
    before = _digest(untouched_dir)
    args = [str(untouched_dir / a) if a.startswith("OUT") else a for a in args]
    result = cli(*args, data_dir=untouched_dir)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.strip()  # says why
    assert _digest(untouched_dir) == before
    assert not list(untouched_dir.glob("OUT*"))


def test_report_writes_pdf_docx_and_xlsx(data_dir, tmp_path):
    for suffix in (".pdf", ".docx", ".xlsx"):
        out = tmp_path / f"q4{suffix}"
        result = cli(
            "report", "--period", "2021-Q4", "--today", "2022-01-05", "-o", str(out), data_dir=data_dir
        )
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 1000
    with pdfplumber.open(tmp_path / "q4.pdf") as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "quý IV năm 2021" in text and "Phạm vi báo cáo" in text
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "q4.xlsx")
    assert book.sheetnames == ["Tổng hợp", "Chi tiết"]
    assert book["Chi tiết"].max_row == 1 + 18


def test_reminder_slips_one_per_unit_in_one_pdf(untouched_dir, tmp_path):
    out = tmp_path / "slips.pdf"
    result = cli(
        "report", "--kind", "reminders", "--today", "2022-01-05", "-o", str(out), data_dir=untouched_dir
    )
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(out) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    firsts = [text for text in texts if "PHIẾU ĐÔN ĐỐC" in text]
    # each slip numbers its own pages: BTC's slip runs onto a page "2", VPĐU's starts unnumbered
    assert [text.split("\n", 1)[0].strip() for text in texts if "PHIẾU ĐÔN ĐỐC" not in text] == ["2"]
    assert not texts[-1].split("\n", 1)[0].strip().isdigit()
    assert len(firsts) == 2  # BTC and VPĐU have overdue tasks; TTN's are standing duties
    assert any("Ban Tổ chức Đảng ủy" in t for t in firsts) and any("Văn phòng Đảng ủy" in t for t in firsts)
    nothing = cli("report", "--kind", "reminders", "--today", "2021-10-13", "-o", str(tmp_path / "none.pdf"),
                  data_dir=untouched_dir)  # fmt: skip
    assert nothing.returncode == 0 and "không có phiếu đôn đốc" in nothing.stdout
    assert not (tmp_path / "none.pdf").exists()
