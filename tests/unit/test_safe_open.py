"""Opening and checking never change a file that is not ours or not sound (issue 17, findings 1, 3, 4, 6, 7).

The CLI cases run the real command in a child process, as a secretary or a script would."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures.make_damaged_dbs import CASES, DB_NAME, build, demo_database

from secretary_app.domain.errors import DatabaseMissingError, ReadOnlyLocationError
from secretary_app.services.backups import check_database, startup_check
from secretary_app.services.context import open_context


def run(*args, data_dir):
    env = {**os.environ, "SECRETARY_DATA_DIR": str(data_dir), "PYTHONUTF8": "1"}
    env.pop("SECRETARY_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "secretary_app", *args], capture_output=True, text=True, env=env, timeout=120
    )


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.is_file() and not p.name.endswith("-shm")
    }


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    return demo_database(tmp_path_factory.mktemp("pristine"))


def case(name: str, tmp_path: Path, pristine: Path) -> Path:
    return build(next(c for c in CASES if c.name == name), tmp_path, pristine)


def test_cli_check_of_a_file_with_a_foreign_wal_fails_and_changes_nothing(tmp_path, pristine):
    path = case("foreign-wal", tmp_path, pristine)
    before = digest(path.parent)
    result = run("--db", str(path), "check", data_dir=tmp_path / "data")
    assert result.returncode == 1, result.stdout
    assert "-wal" in result.stderr and "không thuộc về" in result.stderr
    assert digest(path.parent) == before


@pytest.mark.parametrize("name", ["zero-bytes", "other-program-sqlite"])
def test_cli_never_turns_an_empty_or_foreign_file_into_a_database(tmp_path, pristine, name):
    path = case(name, tmp_path, pristine)
    before = digest(path.parent)
    checked = run("--db", str(path), "check", data_dir=tmp_path / "data")
    assert checked.returncode == 1 and "không phải cơ sở dữ liệu của Thư ký cấp ủy" in checked.stderr
    archived = run(
        "--db",
        str(path),
        "archive",
        "--year",
        "2021",
        "-o",
        str(tmp_path / "out"),
        data_dir=tmp_path / "data",
    )
    assert archived.returncode == 3 and "không ghi gì" in archived.stderr
    assert digest(path.parent) == before


def test_cli_check_never_switches_a_rollback_journal_file_to_wal(tmp_path, pristine):
    path = tmp_path / DB_NAME
    shutil.copyfile(pristine, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # how every backup copy is stored
    conn.close()
    before = path.read_bytes()
    result = run("--db", str(path), "check", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == before and before[18:20] == b"\x01\x01"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(DB_NAME)) == [DB_NAME]


@pytest.mark.parametrize("name", ["index-damage", "page-damage"])
def test_cli_backup_refuses_a_damaged_source(tmp_path, pristine, name):
    path = case(name, tmp_path, pristine)
    out = tmp_path / "usb" / "copy.sqlite"
    out.parent.mkdir()
    result = run("--db", str(path), "backup", "-o", str(out), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "có lỗi" in result.stderr and "Traceback" not in result.stderr
    assert list(out.parent.iterdir()) == []


def test_cli_backup_onto_a_full_disk_says_so_in_vietnamese(small_disk, tmp_path, pristine):
    stick = small_disk("64k")  # the demo database needs about 190 KB
    result = run(
        "--db", str(pristine), "backup", "-o", str(stick / "copy.sqlite"), data_dir=tmp_path / "data"
    )
    assert result.returncode == 1
    assert "đã đầy" in result.stderr and "Traceback" not in result.stderr
    assert list(stick.iterdir()) == []


def test_cli_creates_a_database_only_with_new(tmp_path):
    path = tmp_path / "moi.sqlite"
    missing = run("--db", str(path), "check", data_dir=tmp_path / "data")
    assert missing.returncode == 3 and not path.exists()
    made = run("--db", str(path), "--new", "check", data_dir=tmp_path / "data")
    assert made.returncode == 0, made.stderr
    assert path.exists()
    again = run("--db", str(path), "--new", "check", data_dir=tmp_path / "data")
    assert again.returncode == 2 and "đã có" in again.stderr


def test_a_missing_file_is_not_created_without_asking(tmp_path):
    path = tmp_path / "usb-not-plugged-in" / DB_NAME
    with pytest.raises(DatabaseMissingError) as err:
        open_context(path)
    assert "Tệp ▸ Mới" in err.value.message
    assert not path.parent.exists()


def test_a_read_only_location_is_not_called_damaged(small_disk, tmp_path, pristine):
    disk = small_disk("2m")
    path = disk / DB_NAME
    shutil.copyfile(pristine, path)
    remount = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
    if remount.returncode != 0:
        pytest.skip("cannot remount read-only here")
    before = path.read_bytes()
    result = check_database(path)
    assert result.ok and result.readonly_location, result.problems
    report = startup_check(path, tmp_path / "backups")
    assert report.ok, report.message  # no "Tệp dữ liệu bị hỏng", no restore offered
    with pytest.raises(ReadOnlyLocationError) as err:
        open_context(path)
    assert "chỉ đọc" in err.value.message and "không bị hỏng" in err.value.message
    assert path.read_bytes() == before


_HOLD_OPEN = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL"); conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("UPDATE meetings SET notes = 'held open elsewhere'")
print("ready", flush=True)
time.sleep(30)
"""


def test_a_live_wal_of_another_process_is_never_set_aside_or_copied(tmp_path, pristine, isolated_data_dir):
    path = tmp_path / DB_NAME
    shutil.copyfile(pristine, path)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_OPEN, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        ctx = open_context(path)
        try:
            assert ctx.open_notes == []
            assert {ctx.meetings.get(x.id).notes for x in ctx.meetings.list_meetings()} == {
                "held open elsewhere"
            }
        finally:
            ctx.close()
        assert not list(tmp_path.glob("*.foreign-*"))
        assert not list((isolated_data_dir / "backups" / "before-open").glob("*"))
    finally:
        holder.kill()
        holder.wait()


def test_a_second_connection_of_this_process_leaves_the_live_wal_alone(tmp_path, pristine, isolated_data_dir):
    path = tmp_path / DB_NAME
    shutil.copyfile(pristine, path)
    first = open_context(path)
    try:
        unit = first.units.list_units()[0]
        unit.name = "saved by the first window"
        first.units.save(unit)
        second = open_context(path)  # a worker thread's own connection, while the first is open
        try:
            assert second.open_notes == []
            assert [u.name for u in second.units.list_units() if u.id == unit.id] == [
                "saved by the first window"
            ]
        finally:
            second.close()
        assert [u.name for u in first.units.list_units() if u.id == unit.id] == ["saved by the first window"]
    finally:
        first.close()
    assert not list(tmp_path.glob("*.foreign-*"))
