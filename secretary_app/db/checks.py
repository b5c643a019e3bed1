"""Checking a database file without writing a single byte to it (``secretary-app check``, the background
check after start, the backups).

* The file is opened ``mode=ro`` (``immutable=1`` where a read-only folder leaves SQLite no ``-shm`` to
  create, and to read the file alone when the ``-wal`` beside it is not its own); the journal mode is never
  changed and no ``-wal`` is ever replayed into the file.
* ``PRAGMA integrity_check`` (every page, every index), ``PRAGMA foreign_key_check``, and the app's own
  sanity checks: every text value valid UTF-8, every enum value one this version knows (domain/models.py).
* A location that cannot be written (read-only mount, write-protected stick) is reported as such, not as
  damage: the file may be perfectly sound.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from secretary_app.db import files
from secretary_app.db.opening import connect_readonly, identify, recovered_copy, trial_recovery
from secretary_app.db.records import ENUM_COLUMNS

MAX_LISTED = 20  # problems listed per kind; the count says how many more


@dataclass
class CheckResult:
    problems: list[str] = field(default_factory=list)  # Vietnamese or SQLite's own words; empty: sound
    readonly_location: bool = False  # the file or its folder cannot be written (not a defect of the file)
    foreign: bool = False  # not a database of this app (0 bytes, other program): nothing else was checked
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def location_is_readonly(path: Path) -> bool:
    path = Path(path)
    return not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))


def _connect(path: Path, alone: bool, result: CheckResult) -> sqlite3.Connection:
    try:
        conn = connect_readonly(path, ignore_side_files=alone)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        # A WAL file in a folder we cannot write: SQLite cannot create the -shm index. Read the file alone.
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) not in (8, 14) or alone:
            raise
        result.readonly_location = True
        result.notes.append("Thư mục chỉ đọc: chỉ kiểm tra được tệp chính, không đọc được tệp -wal bên cạnh.")
        return connect_readonly(path, ignore_side_files=True)


def sanity_problems(conn: sqlite3.Connection) -> list[str]:
    """Text that is not valid UTF-8 and enum values this version does not know, as Vietnamese lines."""
    problems: list[str] = []
    tables_sql = {
        row[0]: row[1] or ""
        for row in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%search%'"
        )
    }
    tables = list(tables_sql)
    for (table, column), enum in ENUM_COLUMNS.items():
        if table not in tables:
            continue
        known = [str(v) for v in enum]
        marks = ", ".join("?" * len(known))
        rows = conn.execute(
            f'SELECT id, CAST("{column}" AS BLOB) FROM "{table}" WHERE "{column}" NOT IN ({marks})', known
        ).fetchall()
        for record_id, value in rows[:MAX_LISTED]:
            shown = bytes(value).decode("utf-8", "replace") if value is not None else "NULL"
            problems.append(f"{table} #{record_id}: giá trị “{shown}” của cột {column} không hợp lệ")
        if len(rows) > MAX_LISTED:
            problems.append(f"{table}: còn {len(rows) - MAX_LISTED} giá trị {column} không hợp lệ nữa")
    conn.text_factory = bytes
    try:
        for table in tables:
            columns = [_shown_key(row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")')]
            found = 0
            # A WITHOUT ROWID table (the exchange bookkeeping) has no rowid: its rows are named by their key.
            has_rowid = "WITHOUT ROWID" not in tables_sql[table].upper()
            # Only TEXT values must be UTF-8: a BLOB (a signing key, a changeset) is bytes by design, and with
            # text_factory=bytes both come back as bytes, so each value comes with its storage class.
            values = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
            for row in conn.execute(f'SELECT {"rowid" if has_rowid else "NULL"}, {values} FROM "{table}"'):
                label = row[0] if has_rowid else _shown_key(row[1])
                for column, value, kind in zip(columns, row[1::2], row[2::2], strict=True):
                    if isinstance(value, bytes) and kind == b"text":
                        try:
                            value.decode("utf-8")
                        except UnicodeDecodeError:
                            found += 1
                            if found <= MAX_LISTED:
                                problems.append(
                                    f"{table} #{label}: cột {column} chứa byte không phải chữ UTF-8 "
                                    "(dữ liệu hỏng)"
                                )
            if found > MAX_LISTED:
                problems.append(f"{table}: còn {found - MAX_LISTED} ô chữ hỏng nữa")
    finally:
        conn.text_factory = str
    return problems


def _shown_key(value: object) -> str:
    return bytes(value).decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def integrity_problems(conn: sqlite3.Connection, *, full: bool = True) -> list[str]:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check")]
    problems = [] if rows == ["ok"] else rows
    problems += [f"khóa ngoại: {tuple(row)}" for row in conn.execute("PRAGMA foreign_key_check")]
    return problems


def check_file(path: Path | str, *, sanity: bool = True, raw_dir: Path | None = None) -> CheckResult:
    """Check ``path`` read-only: is it ours, is every page sound, is every value readable. Writes nothing
    to the file (a ``-shm`` index may appear beside a WAL-mode file, as with any reader)."""
    path = Path(path)
    result = CheckResult(readonly_location=location_is_readonly(path))
    raw = files.inspect(path)
    if not raw.exists:
        result.problems.append(f"Không tìm thấy tệp {path}.")
        return result
    if raw.size == 0 or raw.header is None:
        result.foreign = True
        what = "rỗng (0 byte)" if raw.size == 0 else "không phải tệp SQLite"
        result.problems.append(f"Tệp {path} {what}: không phải cơ sở dữ liệu của Thư ký cấp ủy.")
        return result
    if raw.truncated():
        result.problems.append(
            f"Tệp bị cắt cụt: {raw.size} byte, phần đầu tệp ghi {raw.header.page_count} trang."
        )
    with recovered_view(path, raw, raw_dir) as (view, reason):
        if reason is not None:
            side = "-journal" if raw.hot_journal else "-wal"
            result.problems.append(
                f"Tệp {path.name}{side} bên cạnh không thuộc về tệp dữ liệu ({reason}); khi mở, "
                "chương trình sẽ để riêng nó (không áp dụng). Tệp chính được kiểm tra riêng."
            )
        if view == path:
            _check_connection(path, lambda: _connect(path, reason is not None, result), result, sanity)
        else:
            _check_connection(view, lambda: sqlite3.connect(view), result, sanity)
    return result


@contextmanager
def recovered_view(
    path: Path, raw: files.RawFiles, raw_dir: Path | None
) -> Iterator[tuple[Path, str | None]]:
    """``(file to check, why the -wal/journal is foreign or None)``: the file itself when nothing waits to be
    recovered (or the -wal is live); otherwise a scratch copy in ``raw_dir`` on which SQLite did what opening
    will do -- played back the hot journal, replayed the file's own -wal, or (foreign) read the file alone --
    since a read-only connection can neither roll back a journal nor may apply a foreign -wal."""
    live = files.shm_in_use(path)
    reason = None if live else files.wal_mismatch(raw)
    if live or not raw.needs_recovery or raw_dir is None:
        yield path, reason
        return
    if reason is None:
        reason, _ = trial_recovery(raw, raw_dir)
    with recovered_copy(path, raw_dir, apply_side_files=reason is None) as copy:
        yield copy, reason


def _check_connection(path: Path, connect, result: CheckResult, sanity: bool) -> None:
    try:
        conn = connect()
    except sqlite3.DatabaseError as exc:
        result.problems.append(f"Tệp dữ liệu bị hỏng, SQLite không đọc được ({exc}).")
        return
    try:
        identity = identify(conn)
        if not identity.ours:
            result.foreign = True
            what = "là cơ sở dữ liệu trống" if identity.empty else "là dữ liệu của chương trình khác"
            result.problems.append(f"Tệp {path.name} {what}: không phải cơ sở dữ liệu của Thư ký cấp ủy.")
            return
        result.problems += integrity_problems(conn)
        if sanity:
            result.problems += sanity_problems(conn)
    except sqlite3.DatabaseError as exc:
        result.problems.append(f"Tệp dữ liệu bị hỏng, SQLite không đọc được ({exc}).")
    finally:
        conn.close()
