"""Opening a database file with the settings every connection needs."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from secretary_app.db.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    ReadOnlyLocationError,
    ReadOnlyStorageError,
    storage_error,
)

BUSY_TIMEOUT_MS = 5000  # another window or a backup may hold the write lock briefly
# SQLite's default page cache is 2 MB: on a ten-year database (200+ MB) every board or search query then
# re-reads its pages from the OS. 64 MB (the cache grows only as pages are read) halves those queries.
CACHE_KIB = 65536


def connect(path: Path | str) -> Database:
    """Open (or create) ``path`` with WAL, foreign keys and a busy timeout.

    A connection is never shared between threads (DESIGN.md): each thread opens its own.
    """
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        # FULL: a save the secretary was told is done survives a power cut too (NORMAL may lose the last
        # commits on power loss); measured cost per autosave ~0.4 ms.
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        raise classify(exc, path) from exc
    if path != ":memory:" and mode and mode[0].lower() != "wal":
        conn.close()
        raise DatabaseLockedError(
            f"Không bật được chế độ ghi an toàn (WAL) cho tệp {path}. Tệp có thể đang được chương trình khác "
            "mở.",
            path,
        )
    # No sqlite-utils plugins: whatever happens to be installed beside the app must not change its
    # connections, and looking for them (importlib.metadata over every installed package) cost ~30 ms of
    # every start.
    return Database(conn, execute_plugins=False)


def classify(exc: sqlite3.DatabaseError, path: object) -> Exception:
    """Turn an sqlite3 error on opening into one of our errors with a Vietnamese message."""
    if isinstance(storage_error(exc, path), ReadOnlyStorageError) or _readonly_location(path):
        return ReadOnlyLocationError(
            f"Không ghi được vào tệp dữ liệu {path} hoặc thư mục chứa nó (ổ chỉ đọc, USB bị khóa ghi "
            "hoặc thiếu quyền). Tệp không bị hỏng và không bị thay đổi. Hãy chép tệp sang một thư mục "
            "có quyền ghi rồi mở lại.",
            path,
        )
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"Tệp dữ liệu {path} đang bị khóa bởi một chương trình khác. Hãy đóng chương trình đó rồi thử "
            "lại.",
            path,
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(
            f"Tệp {path} không phải là cơ sở dữ liệu của Thư ký cấp ủy hoặc đã bị hỏng. "
            "Không có gì được ghi vào tệp này; hãy khôi phục từ bản sao lưu.",
            path,
        )
    return CorruptDatabaseError(f"Không mở được tệp dữ liệu {path}: {exc}", path)


def _readonly_location(path: object) -> bool:
    """The file or its folder cannot be written (a read-only mount gives SQLITE_CANTOPEN, not READONLY)."""
    if not isinstance(path, (str, Path)) or str(path) == ":memory:":
        return False
    path = Path(path)
    return path.exists() and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK))


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """A write transaction that takes the write lock at once (BEGIN IMMEDIATE).

    A deferred transaction that reads first and writes later can fail with SQLITE_BUSY when another
    connection wrote meanwhile; taking the lock up front makes read-then-write steps (such as taking the
    next document number) atomic across windows. Nested calls become savepoints.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        # Disk full, read-only file, locked, media removed: an error the user can act on, with its message.
        actionable = storage_error(exc)
        if actionable is None:
            raise
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise actionable from exc
