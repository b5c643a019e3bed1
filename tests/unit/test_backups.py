"""Backups: atomic copies, GFS rotation, read-only listing, restore with a pre-restore copy, start-up
check."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from secretary_app.db import backups as low
from secretary_app.domain import models as m
from secretary_app.domain.errors import BackupCancelledError, BackupError, MediaRemovedError
from secretary_app.paths import backups_dir
from secretary_app.services.backups import BackupService, parse_backup_name, rotation_keep, startup_check
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database


@pytest.fixture
def db_path(tmp_path) -> Path:
    return ensure_demo_database(tmp_path / "cap-uy.sqlite")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def meeting_titles(path: Path) -> list[str]:
    ctx = open_context(path, create=True)
    try:
        return sorted(meeting.title for meeting in ctx.meetings.list_meetings())
    finally:
        ctx.close()


def add_meeting(path: Path, title: str) -> None:
    ctx = open_context(path, create=True)
    try:
        ctx.meetings.create(
            m.Meeting(title=title, kind="Hội nghị giao ban cấp ủy", start=datetime(2024, 3, 1, 8))
        )
    finally:
        ctx.close()


def damage(path: Path) -> None:
    """Overwrite everything after the first page with garbage: the header survives, the b-trees do not."""
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data)):
        data[i] = (i * 7 + 13) % 256
    path.write_bytes(bytes(data))


# -- copies --------------------------------------------------------------------------------------------------


def test_backup_now_writes_a_verified_single_file_with_progress(db_path, tmp_path):
    target = tmp_path / "usb"
    target.mkdir()
    steps = []
    copy = BackupService(db_path).backup_now(target, progress=lambda done, total: steps.append((done, total)))
    assert copy.parent == target and parse_backup_name(copy)[2] == "manual"
    assert sorted(p.name for p in target.iterdir()) == [copy.name]  # no .part, no -wal beside it
    assert steps and steps[-1][0] == steps[-1][1] > 0
    assert low.quick_check(copy) == []
    assert low.summarize(copy) == low.summarize(db_path) == {"meetings": 1, "documents": 1, "directives": 18}


def test_backup_includes_changes_still_in_the_wal(db_path, tmp_path):
    ctx = open_context(db_path, create=True)  # stays open: the new meeting lives in the -wal file only
    try:
        ctx.meetings.create(m.Meeting(title="Họp chưa checkpoint", kind="Họp", start=datetime(2024, 1, 2, 8)))
        copy = BackupService(db_path).backup_now(tmp_path)
    finally:
        ctx.close()
    assert low.summarize(copy)["meetings"] == 2


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(db_path, tmp_path):
    service, now = BackupService(db_path), datetime(2024, 5, 1, 9, 0, 0)
    first, second = service.backup_now(tmp_path, now=now), service.backup_now(tmp_path, now=now)
    assert first != second and first.exists() and second.exists()
    assert parse_backup_name(second)[1] == now


def test_cancel_leaves_no_file(db_path, tmp_path):
    target = tmp_path / "usb"
    target.mkdir()
    with pytest.raises(BackupCancelledError):
        BackupService(db_path).backup_now(target, cancel=lambda: True)
    assert list(target.iterdir()) == []


def test_stick_pulled_out_mid_copy_raises_clear_error_and_leaves_no_half_file(db_path, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()

    def pull_out(done, total):
        if stick.exists():
            shutil.rmtree(stick)  # the folder vanishes between two steps of the copy, as the drive does

    with pytest.raises(MediaRemovedError) as err:
        low.copy_database(db_path, stick / "copy.sqlite", progress=pull_out, pages=1)
    assert "USB" in err.value.message and "Thử lại" in err.value.message
    assert not stick.exists() or list(stick.iterdir()) == []


def test_backup_to_a_missing_folder_says_so(db_path, tmp_path):
    with pytest.raises(BackupError) as err:
        BackupService(db_path).backup_now(tmp_path / "khong-co")
    assert "Không tìm thấy thư mục" in err.value.message


def test_damaged_database_is_not_copied_over_good_backups(db_path, tmp_path):
    damage(db_path)
    with pytest.raises(BackupError):
        BackupService(db_path).backup_now(tmp_path)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".part", "-manual.sqlite"))]


# -- rotation ------------------------------------------------------------------------------------------------


def test_rotation_of_a_year_of_daily_backups_keeps_7_daily_4_weekly_12_monthly():
    last = datetime(2024, 6, 12, 17, 30)  # a Wednesday
    moments = [last - timedelta(days=d) for d in range(400)]
    kept = rotation_keep(moments)
    daily = {last - timedelta(days=d) for d in range(7)}  # 6..12 June
    weekly = {
        datetime(2024, 6, 2, 17, 30),
        datetime(2024, 5, 26, 17, 30),
    }  # Sundays; 9 June is a daily already
    monthly = {datetime(2024, mo, day, 17, 30) for mo, day in [(5, 31), (4, 30), (3, 31), (2, 29), (1, 31)]}
    monthly |= {
        datetime(2023, mo, day, 17, 30)
        for mo, day in [(12, 31), (11, 30), (10, 31), (9, 30), (8, 31), (7, 31)]
    }
    assert kept == daily | weekly | monthly
    assert (
        len(kept) == 7 + 2 + 11
    )  # this week, last week's Sunday and this month are already kept by the dailies


def test_rotation_keeps_the_newest_of_each_day_and_counts_days_that_have_backups():
    # Three exits on each of 10 working days spread over five weeks (the PC was off in between).
    days = [datetime(2024, 3, 1) + timedelta(days=d * 3) for d in range(10)]
    moments = [day.replace(hour=h) for day in days for h in (9, 12, 17)]
    kept = rotation_keep(list(reversed(moments)))  # input order does not matter
    newest_per_day = {day.replace(hour=17) for day in days}
    assert kept <= newest_per_day
    assert {day.replace(hour=17) for day in days[-7:]} <= kept  # 7 days with backups, not 7 calendar days
    assert max(moments) in kept
    assert rotation_keep(moments) == kept  # deterministic


def test_auto_backup_daily_once_a_day_and_rotation_spares_manual_copies(db_path):
    service = BackupService(db_path)
    start = datetime(2024, 1, 1, 8)
    manual = service.backup_now(backups_dir(), now=start - timedelta(days=300))
    assert service.auto_backup("daily", now=start) is not None
    assert service.auto_backup("daily", now=start + timedelta(hours=3)) is None  # already one today
    for day in range(1, 60):
        service.auto_backup("daily", now=start + timedelta(days=day))
        service.auto_backup("exit", now=start + timedelta(days=day, hours=9))
    auto = sorted(p for p in backups_dir().glob("*.sqlite") if parse_backup_name(p)[2] in ("daily", "exit"))
    moments = [parse_backup_name(p)[1] for p in auto]
    assert set(moments) == rotation_keep(moments)  # nothing left that the rule would delete
    assert max(moments) == start + timedelta(days=59, hours=9)
    # Last copy Thu 29 Feb: dailies 23–29 Feb (incl. Sunday 25), weekly Sundays 18 and 11 Feb, monthly 31 Jan.
    expected = {datetime(2024, 2, d, 17) for d in (11, 18, *range(23, 30))} | {datetime(2024, 1, 31, 17)}
    assert set(moments) == expected and len(auto) == len(expected)
    assert manual.exists()


def test_other_databases_backups_are_neither_listed_nor_rotated(db_path, tmp_path):
    other = ensure_demo_database(tmp_path / "demo.sqlite")
    other_copy = BackupService(other).auto_backup("exit", now=datetime(2020, 1, 1))
    service = BackupService(db_path)
    for day in range(30):
        service.auto_backup("exit", now=datetime(2024, 1, 1) + timedelta(days=day))
    assert other_copy.exists()
    assert all(info.path.name.startswith("cap-uy-") for info in service.list_backups())


# -- listing -------------------------------------------------------------------------------------------------


def test_list_backups_reads_each_copy_read_only_and_shows_damaged_ones(db_path):
    service = BackupService(db_path)
    old = service.auto_backup("exit", now=datetime(2024, 1, 1, 17))
    add_meeting(db_path, "Họp thêm")
    new = service.auto_backup("exit", now=datetime(2024, 1, 2, 17))
    junk = backups_dir() / "cap-uy-20240103-170000-exit.sqlite"
    junk.write_bytes(b"not a database at all" * 300)
    before = {p: sha(p) for p in (old, new, junk)}
    infos = service.list_backups()
    assert [i.path for i in infos] == [junk, new, old]  # newest first
    assert (infos[1].meetings, infos[2].meetings) == (2, 1)
    assert infos[1].documents == 1 and infos[1].directives == 18 and infos[1].size == new.stat().st_size
    assert infos[0].meetings == -1  # listed as damaged, not hidden
    assert {p: sha(p) for p in before} == before
    assert not list(backups_dir().glob("*-journal"))
    assert service.newest_good_backup().path == new


# -- restore -------------------------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_a_pre_restore_copy(db_path):
    service = BackupService(db_path)
    copy = service.auto_backup("exit", now=datetime(2024, 1, 1, 17))
    add_meeting(db_path, "Họp sau khi sao lưu")
    report = service.restore(copy)
    assert meeting_titles(db_path) == meeting_titles(copy)
    assert "Họp sau khi sao lưu" not in meeting_titles(db_path)
    assert "Họp sau khi sao lưu" in meeting_titles(report.pre_restore_copy)  # a wrong restore can be undone
    assert report.counts["meetings"] == 1
    assert low.quick_check(db_path) == []


def test_restore_refuses_a_damaged_backup_and_changes_nothing(db_path, tmp_path):
    bad = BackupService(db_path).backup_now(tmp_path)
    damage(bad)
    before = sha(db_path)
    with pytest.raises(BackupError) as err:
        BackupService(db_path).restore(bad)
    assert "bị hỏng" in err.value.message
    assert sha(db_path) == before


def test_restore_over_a_damaged_file_replaces_it_and_keeps_the_damaged_original(db_path):
    service = BackupService(db_path)
    copy = service.auto_backup("exit", now=datetime(2024, 1, 1, 17))
    damage(db_path)
    damaged = sha(db_path)
    report = service.restore(copy)
    assert sha(report.pre_restore_copy) == damaged
    assert low.quick_check(db_path) == [] and meeting_titles(db_path) == meeting_titles(copy)


def test_restore_over_a_file_that_is_not_a_database(db_path):
    copy = BackupService(db_path).auto_backup("exit", now=datetime(2024, 1, 1, 17))
    db_path.write_bytes(b"x" * 10000)
    for sidecar in ("-wal", "-shm"):
        Path(str(db_path) + sidecar).unlink(missing_ok=True)
    BackupService(db_path).restore(copy)
    assert low.summarize(db_path)["directives"] == 18


# -- start-up check ------------------------------------------------------------------------------------------


def test_startup_check_on_a_sound_and_on_a_missing_file(db_path, tmp_path):
    assert startup_check(db_path).ok
    assert startup_check(tmp_path / "new.sqlite").ok
    assert not (tmp_path / "new.sqlite").exists()  # the check did not create it


def test_startup_check_on_a_damaged_file_writes_nothing_and_offers_the_newest_good_backup(db_path):
    service = BackupService(db_path)
    good = service.auto_backup("exit", now=datetime(2024, 1, 1, 17))
    newer_but_bad = service.auto_backup("exit", now=datetime(2024, 1, 2, 17))
    damage(newer_but_bad)
    damage(db_path)
    before = sha(db_path)
    report = startup_check(db_path)
    assert not report.ok and report.problems
    assert "bị hỏng" in report.message and "17:00 ngày 01/01/2024" in report.message
    assert report.newest_good_backup.path == good
    assert sha(db_path) == before


def test_startup_check_without_any_backup_says_what_to_do(db_path):
    damage(db_path)
    report = startup_check(db_path)
    assert not report.ok and report.newest_good_backup is None
    assert "Không tìm thấy bản sao lưu còn tốt" in report.message


def test_readonly_uri_handles_vietnamese_folder_names(tmp_path):
    folder = tmp_path / "Sao lưu Đảng ủy #1"
    folder.mkdir()
    path = folder / "x.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meetings (id)")
    conn.commit()
    conn.close()
    assert low.quick_check(path) == [] and low.summarize(path)["meetings"] == 0


def test_startup_check_after_a_crash_leaves_the_file_and_its_wal_untouched(db_path, tmp_path):
    ctx = open_context(db_path, create=True)
    try:
        ctx.meetings.create(m.Meeting(title="Chỉ có trong WAL", kind="Họp", start=datetime(2024, 1, 2, 8)))
        crashed = (
            tmp_path / "crashed.sqlite"
        )  # the files as a crash leaves them: main file plus an unmerged WAL
        shutil.copy(db_path, crashed)
        shutil.copy(Path(str(db_path) + "-wal"), Path(str(crashed) + "-wal"))
    finally:
        ctx.close()
    wal = Path(str(crashed) + "-wal")
    before = (sha(crashed), sha(wal))
    assert startup_check(crashed).ok
    assert (sha(crashed), sha(wal)) == before
    assert low.summarize(crashed)["meetings"] == 2  # the read-only check saw the WAL's content
