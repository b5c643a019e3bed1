"""Copying, checking and restoring database files with SQLite's own machinery.

* Copies use the online backup API, so a copy taken while the app writes is still a consistent snapshot, and
  the content of the WAL file is included. A copy is written to ``NAME.part``, verified with
  ``PRAGMA integrity_check``, synced, and only then renamed: a USB stick pulled out mid-way, a full disk or a
  cancel leaves no half file under the final name.
* Copies are switched to ``journal_mode=DELETE`` so that a backup is ONE self-contained file (no -wal beside
  it to forget when carrying it on a stick).
* Checks open the file read-only (``file:…?mode=ro`` URI): a damaged file is never written by a check.
  (SQLite may create the ``-shm`` index beside a WAL-mode file; the database and its WAL stay untouched.)
* A restore writes the backup INTO the live file through the backup API: that is one SQLite write
  transaction, so a power cut mid-restore leaves either the old or the restored content, never a mix.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from secretary_app.db.errors import BackupCancelledError, BackupError, StorageError, storage_error

PAGES_PER_STEP = 256  # 1 MB per step with 4 KB pages: fine-grained progress, little overhead
SUMMARY_TABLES = ("meetings", "documents", "directives")

Progress = Callable[[int, int], None]  # (pages copied, total pages)
Cancel = Callable[[], bool]  # True when the user asked to stop


def readonly_uri(path: Path | str, *, alone: bool = False) -> str:
    """A ``file:`` URI opening ``path`` read-only; percent-encoded, so Vietnamese folder names work.
    ``alone``: the main file only (``immutable=1``: no ``-wal`` read, no ``-shm`` needed)."""
    return Path(path).resolve().as_uri() + ("?mode=ro&immutable=1" if alone else "?mode=ro")


def open_readonly(path: Path | str, *, alone: bool = False) -> sqlite3.Connection:
    """Open ``path`` read-only; raises ``BackupError`` when it does not exist (mode=ro never creates)."""
    if not Path(path).is_file():
        raise BackupError(f"Không tìm thấy tệp {path}.", path)
    # Nothing beside the file (no connection has it open): read it immutable, so no empty -wal/-shm appears.
    alone = alone or not any(Path(f"{path}{s}").exists() for s in ("-wal", "-journal"))
    try:
        return sqlite3.connect(readonly_uri(path, alone=alone), uri=True)
    except sqlite3.Error as exc:
        raise _translate(exc, path) from exc


def quick_check(path: Path | str, *, alone: bool = False, full: bool = False) -> list[str]:
    """``PRAGMA quick_check`` (``full``: ``integrity_check``, which also compares every index with its table)
    of the file, opened read-only; an empty list means it looks sound.

    A file that is not a database at all, or cannot be read, is reported as a problem, not raised.
    """
    try:
        conn = open_readonly(path, alone=alone)
    except StorageError as exc:
        return [exc.message]
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check")]
        return [] if rows == ["ok"] else rows
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def summarize(path: Path | str) -> dict[str, int]:
    """How many meetings, documents and directives the file holds (read-only); 0 for a missing table."""
    conn = open_readonly(path)
    try:
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {
            table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] if table in present else 0
            for table in SUMMARY_TABLES
        }
    except sqlite3.DatabaseError as exc:
        raise _translate(exc, path) from exc
    finally:
        conn.close()


def copy_database(
    source: Path | str,
    target: Path | str,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    pages: int = PAGES_PER_STEP,
) -> Path:
    """Consistent copy of the database file ``source`` into ``target`` (which must not exist yet).

    Reads ``source`` through its own read-only connection, so it may run on a worker thread while the GUI's
    connection stays open. Raises ``BackupCancelledError`` when ``cancel()`` turns true, a ``StorageError``
    subclass (disk full, media removed, …) when the target cannot be written, and ``BackupError`` when the
    copy fails its check (a damaged source is not copied over good backups).
    """
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    src = open_readonly(source)
    try:
        _remove(partial)
        dest = sqlite3.connect(str(partial), isolation_level=None)
        try:
            src.backup(dest, pages=pages, progress=_step_callback(progress, cancel))
            # One self-contained file, flushed to the device before it gets its final name.
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.execute("PRAGMA synchronous = FULL")
        finally:
            dest.close()
        _fsync_file(partial)  # also fails (ENOENT, EIO) when the stick was pulled out during the copy
        # The full check: damage only integrity_check sees (an index out of step with its table) must not
        # reach the backups either. The copy is fresh in the OS cache: ~0.5 s for a ten-year database.
        problems = quick_check(partial, full=True)
        if problems:
            raise BackupError(
                f"Bản sao của {source} không vượt qua được kiểm tra ({problems[0]}). Tệp dữ liệu có thể đã "
                "bị hỏng; bản sao lưu cũ được giữ nguyên.",
                source,
            )
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except BackupCancelledError:
        _remove(partial)
        raise
    except (sqlite3.Error, OSError) as exc:
        _remove(partial)
        raise _translate(exc, target.parent) from exc
    except BaseException:
        _remove(partial)
        raise
    finally:
        src.close()
    return target


def restore_into(backup: Path | str, db_path: Path | str, *, progress: Progress | None = None) -> None:
    """Replace the content of ``db_path`` with that of ``backup`` in one SQLite transaction.

    The caller must have closed every connection to ``db_path`` (the GUI closes its context first). When
    ``db_path`` is too damaged for SQLite to write into it, the file is replaced instead (see
    :func:`replace_file`).
    """
    src = open_readonly(backup)
    try:
        try:
            dest = sqlite3.connect(str(db_path), isolation_level=None)
            try:
                dest.execute("PRAGMA busy_timeout = 5000")
                src.backup(dest, pages=-1, progress=_step_callback(progress, None))
            finally:
                dest.close()
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
                raise _translate(exc, db_path) from exc
            replace_file(backup, db_path)
    finally:
        src.close()


def replace_file(backup: Path | str, db_path: Path | str) -> None:
    """Put a fresh copy of ``backup`` in place of ``db_path`` (for a current file SQLite cannot open).

    The stale ``-wal``/``-shm`` of the old file are removed first: a leftover WAL would otherwise be replayed
    onto the restored file and damage it.
    """
    db_path = Path(db_path)
    fresh = db_path.with_name(db_path.name + ".restore.part")
    _remove(fresh)
    try:
        copy_database(backup, fresh)
        for suffix in ("-wal", "-shm"):
            _remove(Path(str(db_path) + suffix))
        os.replace(fresh, db_path)
        _fsync_dir(db_path.parent)
    except (sqlite3.Error, OSError) as exc:
        _remove(fresh)
        raise _translate(exc, db_path) from exc


def raw_copy(db_path: Path | str, target: Path | str) -> Path:
    """Byte copy of a database file and its ``-wal`` (named so SQLite pairs them again), for a file the
    backup API cannot read. Used to keep the damaged original before a restore: nothing is thrown away."""
    target = Path(target)
    try:
        shutil.copy2(db_path, target)
        wal = Path(str(db_path) + "-wal")
        if wal.exists():
            shutil.copy2(wal, Path(str(target) + "-wal"))
    except OSError as exc:
        raise _translate(exc, target.parent) from exc
    return target


# ------------------------------------------------------------------------------------------------------------


def _step_callback(progress: Progress | None, cancel: Cancel | None):
    def step(_status: int, remaining: int, total: int) -> None:
        if cancel is not None and cancel():
            raise BackupCancelledError()  # sqlite3 aborts the backup and re-raises this
        if progress is not None:
            progress(total - remaining, total)

    return step


def _translate(exc: BaseException, path: object) -> StorageError:
    if isinstance(exc, StorageError):
        return exc
    return storage_error(exc, path) or BackupError(f"Lỗi khi đọc hoặc ghi {path}: {exc}", path)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # the medium is gone: nothing more to clean up there


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    """Make a rename durable on POSIX; Windows cannot open a directory and does not need it."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
