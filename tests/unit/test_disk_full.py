"""A full disk, a read-only or locked file, a pulled-out stick: the write fails with a Vietnamese message the
GUI can show with "Thử lại", and nothing committed before is lost."""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from secretary_app.db.errors import storage_error
from secretary_app.domain import models as m
from secretary_app.domain.errors import (
    DiskFullError,
    MediaRemovedError,
    ReadOnlyStorageError,
    StorageError,
    StorageLockedError,
)
from secretary_app.services.backups import BackupService
from secretary_app.services.context import AppContext, open_context
from secretary_app.services.demo import ensure_demo_database

BIG_MINUTES = "Đồng chí Bí thư kết luận: các đơn vị bám sát nhiệm vụ được giao, báo cáo đúng hạn. " * 60


def meeting(n: int) -> m.Meeting:
    return m.Meeting(
        title=f"Hội nghị giao ban số {n}",
        kind="Hội nghị giao ban cấp ủy",
        start=datetime(2024, 1, 1, 8),
        agenda=[m.AgendaItem(title="Sơ kết công tác quý")],
        minutes=[
            m.MinutesEntry(kind=m.MinutesEntryKind.OPINION, text=BIG_MINUTES, speaker="Đ/c Hùng")
            for _ in range(3)
        ],
    )


def fill_until_full(ctx: AppContext, limit: int = 10_000) -> tuple[list[str], m.Meeting, Exception]:
    """Save meetings until a write fails; returns the uuids acknowledged, the one that failed, and its
    error."""
    saved = []
    for n in range(limit):
        record = meeting(n)
        try:
            ctx.meetings.create(record)
        except (sqlite3.Error, StorageError) as exc:
            return saved, record, exc
        saved.append(record.uuid)
    raise AssertionError("the disk never filled up")


def assert_nothing_lost(db_path: Path, saved: list[str], failed: m.Meeting) -> None:
    ctx = open_context(db_path, create=True)
    try:
        assert ctx.integrity_errors() == []
        stored = {row["uuid"] for row in ctx.store.db["meetings"].rows}
        assert set(saved) <= stored
        assert failed.uuid not in stored  # the failed save is all-or-nothing: no half meeting
        minutes_uuids = {entry.uuid for entry in failed.minutes}
        assert not [r for r in ctx.store.db["minutes_entries"].rows if r["uuid"] in minutes_uuids]
        for meeting_id in [row["id"] for row in ctx.store.db["meetings"].rows][:3]:
            assert ctx.meetings.get(meeting_id).minutes  # the children of acknowledged meetings are all there
    finally:
        ctx.close()


def test_full_disk_simulated_with_max_page_count(tmp_path):
    db_path = ensure_demo_database(tmp_path / "cap-uy.sqlite")
    ctx = open_context(db_path, create=True)
    try:
        pages = ctx.store.db.execute("PRAGMA page_count").fetchone()[0]
        ctx.store.db.execute(f"PRAGMA max_page_count = {pages + 100}")  # about 400 KB of room left
        saved, failed, exc = fill_until_full(ctx)
        error = storage_error(exc, db_path)
        assert isinstance(error, DiskFullError) and error.retryable
        assert "đã đầy" in error.message and "vẫn còn nguyên" in error.message and "Thử lại" in error.message
        assert len(saved) >= 3
        # "Thử lại" after making room: the same record saves, on the same connection.
        ctx.store.db.execute("PRAGMA max_page_count = 1073741823")
        # The store gave the rolled-back records their ids back (None), so the very same objects save again.
        assert failed.id is None and all(entry.id is None for entry in failed.minutes)
        ctx.meetings.create(failed)
        saved.append(failed.uuid)
    finally:
        ctx.close()
    retried = failed
    ctx = open_context(db_path, create=True)
    try:
        assert retried.uuid in {row["uuid"] for row in ctx.store.db["meetings"].rows}
        assert ctx.integrity_errors() == []
        assert len(ctx.meetings.list_meetings()) == 1 + len(saved)  # the demo meeting + ours
    finally:
        ctx.close()


def test_really_full_disk_loses_nothing(small_disk, tmp_path):
    disk = small_disk("2m")  # (1 MB held 3 meetings before the schema grew: the incoming register, exchange)
    db_path = disk / "cap-uy.sqlite"
    ctx = open_context(db_path, create=True)
    try:
        saved, failed, exc = fill_until_full(ctx)
        assert isinstance(storage_error(exc, disk), DiskFullError)
        assert ctx.integrity_errors() == []
    finally:
        ctx.close()  # the closing checkpoint cannot grow the main file: the WAL keeps the data
    assert len(saved) >= 3
    assert_nothing_lost(db_path, saved, failed)


def test_backup_onto_a_full_stick_fails_cleanly(small_disk, tmp_path):
    db_path = ensure_demo_database(tmp_path / "cap-uy.sqlite")
    stick = small_disk("64k")  # the demo database needs about 190 KB
    with pytest.raises(DiskFullError) as err:
        BackupService(db_path).backup_now(stick)
    assert "đã đầy" in err.value.message
    assert list(stick.iterdir()) == []  # no .part, no half file


def test_read_only_file_is_reported_as_such(tmp_path):
    db_path = ensure_demo_database(tmp_path / "cap-uy.sqlite")
    # Root ignores file permissions, so the read-only case is produced the way SQLite meets it on a
    # write-protected file or stick: a connection that can only read.
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.Error) as exc:
            conn.execute("DELETE FROM units")
    finally:
        conn.close()
    error = storage_error(exc.value, db_path)
    assert isinstance(error, ReadOnlyStorageError) and "chỉ đọc" in error.message


def test_file_locked_by_another_window(tmp_path):
    db_path = ensure_demo_database(tmp_path / "cap-uy.sqlite")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another window holds the write lock
    ctx = open_context(db_path, create=True)
    try:
        ctx.store.db.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(StorageLockedError) as exc:
            ctx.meetings.create(meeting(1))
        error = storage_error(exc.value, db_path)
        assert isinstance(error, StorageLockedError) and "Thử lại" in error.message
        other.execute("ROLLBACK")
        ctx.meetings.create(meeting(1))  # retry works once the other window lets go
    finally:
        other.close()
        ctx.close()


class _WindowsError(OSError):
    def __init__(self, winerror: int):
        super().__init__(None, "Windows error")
        self.winerror = winerror


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), DiskFullError),
        (OSError(errno.EROFS, "Read-only file system"), ReadOnlyStorageError),
        (PermissionError(errno.EACCES, "Permission denied"), ReadOnlyStorageError),
        (OSError(errno.EIO, "Input/output error"), MediaRemovedError),
        (_WindowsError(112), DiskFullError),  # ERROR_DISK_FULL
        (_WindowsError(19), ReadOnlyStorageError),  # ERROR_WRITE_PROTECT
        (_WindowsError(32), StorageLockedError),  # ERROR_SHARING_VIOLATION
        (_WindowsError(21), MediaRemovedError),  # ERROR_NOT_READY: the stick is gone
    ],
)
def test_os_errors_map_to_actionable_errors(exc, kind):
    error = storage_error(exc, "E:\\")
    assert type(error) is kind and error.__cause__ is exc and "E:\\" in error.message


def test_programming_errors_are_not_dressed_up_as_storage_errors():
    assert storage_error(ValueError("bug")) is None
    assert storage_error(sqlite3.OperationalError("no such table: x")) is None


def test_archive_onto_a_full_stick_fails_cleanly(small_disk, tmp_path):
    from secretary_app.services.archive import export_year

    stick = small_disk("150k")  # room for the first PDF (~100 KB), not for the second
    ctx = open_context(ensure_demo_database(tmp_path / "cap-uy.sqlite"))
    try:
        with pytest.raises(DiskFullError) as err:
            export_year(ctx, 2021, stick / "ho-so-2021")
    finally:
        ctx.close()
    assert "đã đầy" in err.value.message
    assert list(stick.iterdir()) == []  # neither the folder nor its .part working copy
