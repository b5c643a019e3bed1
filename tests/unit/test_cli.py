"""The command line, run as a secretary or a script would run it: a separate process."""

import os
import subprocess
import sys

import pytest


def run(*args, data_dir, lang=None):
    env = {**os.environ, "SECRETARY_DATA_DIR": str(data_dir), "PYTHONUTF8": "1"}
    env.pop("SECRETARY_LANG", None)
    if lang:
        env["SECRETARY_LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "secretary_app", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_help_is_vietnamese_by_default_and_english_on_request(tmp_path):
    vi = run("--help", data_dir=tmp_path)
    assert vi.returncode == 0
    assert "kiểm tra tính toàn vẹn" in vi.stdout and "tùy chọn" in vi.stdout
    en = run("--lang", "en", "--help", data_dir=tmp_path)
    assert "check the database's integrity" in en.stdout and "options" in en.stdout
    assert "integrity" in run("check", "--help", data_dir=tmp_path, lang="en").stdout


def test_check_and_backup_of_the_demo_database(tmp_path):
    checked = run("--demo", "check", data_dir=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "toàn vẹn" in checked.stdout
    out = tmp_path / "usb" / "backup.sqlite"
    out.parent.mkdir()
    backed = run("--demo", "backup", "-o", str(out), data_dir=tmp_path)
    assert backed.returncode == 0, backed.stderr
    assert run("--db", str(out), "check", data_dir=tmp_path).returncode == 0
    again = run("--demo", "backup", "-o", str(out), data_dir=tmp_path)
    assert again.returncode == 2 and "đã tồn tại" in again.stderr


def test_check_fails_on_a_damaged_file(tmp_path):
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    result = run("--db", str(damaged), "check", data_dir=tmp_path)
    assert result.returncode == 1
    assert "bị hỏng" in result.stderr


def test_missing_database_and_bad_arguments(tmp_path):
    missing = run("--db", str(tmp_path / "nope.sqlite"), "check", data_dir=tmp_path)
    assert missing.returncode == 3 and "Không tìm thấy" in missing.stderr
    assert not (tmp_path / "nope.sqlite").exists()
    assert run("frobnicate", data_dir=tmp_path).returncode == 2


@pytest.mark.parametrize("suffix", [".txt", ""])
def test_render_refuses_unknown_output_type(tmp_path, suffix):
    doc = tmp_path / "doc.json"
    doc.write_text("{}", encoding="utf-8")
    result = run("render", str(doc), "-o", str(tmp_path / f"out{suffix}"), data_dir=tmp_path)
    assert result.returncode == 2 and ".pdf" in result.stderr


def test_archive_and_verify_archive(tmp_path):
    out = tmp_path / "ho-so-2021"
    made = run("--demo", "archive", "--year", "2021", "-o", str(out), data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    # the index, the minutes, the notice and the year's volume (issue 14)
    assert (out / "manifest.json").exists() and len(list(out.glob("*.pdf"))) == 4
    assert run("verify-archive", str(out), data_dir=tmp_path).returncode == 0
    victim = next(p for p in out.glob("*.pdf") if "239" in p.name)
    victim.write_bytes(victim.read_bytes()[:-10])
    broken = run("verify-archive", str(out), data_dir=tmp_path)
    assert broken.returncode == 1 and victim.name in broken.stderr


def test_render_of_an_impossible_date_names_the_key_once_and_writes_nothing(tmp_path):
    import json
    from pathlib import Path

    seed = Path(__file__).resolve().parents[2] / "resources" / "demo" / "notice-239-TB-DU.json"
    doc = json.loads(seed.read_text(encoding="utf-8"))
    doc["date"] = "2021-02-30"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "bad.pdf"
    result = run("render", str(bad), "-o", str(out), data_dir=tmp_path)
    assert result.returncode == 2 and not out.exists()
    assert "không có trên lịch" in result.stderr and result.stderr.count("“date”") == 1


def test_trash_list_and_restore(tmp_path):
    import json
    from datetime import datetime

    from secretary_app.domain import models as m
    from secretary_app.services.context import open_context

    db = tmp_path / "c.sqlite"
    ctx = open_context(db, create=True)
    meeting = ctx.meetings.create(m.Meeting("Họp nháp", "Họp", datetime(2024, 3, 1, 8)))
    ctx.meetings.delete(meeting.id)
    ctx.close()
    listed = run("--db", str(db), "trash", "list", "--format", "json", data_dir=tmp_path)
    assert listed.returncode == 0, listed.stderr
    [item] = json.loads(listed.stdout)
    assert item["kind"] == "meeting" and "Họp nháp" in item["title"]
    assert "Họp nháp" in run("--db", str(db), "trash", "list", data_dir=tmp_path).stdout
    bad = run("--db", str(db), "trash", "restore", "999", data_dir=tmp_path)
    assert bad.returncode == 2 and "Không có bản ghi số 999" in bad.stderr
    assert json.loads(run("--db", str(db), "trash", "list", "--format", "json", data_dir=tmp_path).stdout)
    restored = run("--db", str(db), "trash", "restore", str(item["id"]), data_dir=tmp_path)
    assert restored.returncode == 0 and "Đã khôi phục cuộc họp" in restored.stdout
    assert "trống" in run("--db", str(db), "trash", "list", data_dir=tmp_path).stdout
    ctx = open_context(db)
    assert [s.title for s in ctx.meetings.list_meetings()] == ["Họp nháp"]
    ctx.close()
