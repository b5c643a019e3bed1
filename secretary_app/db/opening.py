"""Before a database file is opened for writing: is it ours, and may SQLite recover what lies beside it?

:func:`prepare` runs before the first read-write connection (db/database.py) and writes nothing to the file:

1. a missing file is created only when the caller asked for a new database (``create=True``);
2. a 0-byte file, a file that is not SQLite, an SQLite file with no tables or another program's tables is
   refused (``ForeignDatabaseError``) and left byte-identical;
3. when SQLite would recover something (a ``-wal`` with committed frames, a hot journal) or a migration is
   pending, the raw files are first copied aside (db/files.py ``copy_aside``);
4. a ``-wal`` or journal that does not belong to the file is renamed (never deleted, never applied): by its
   header (db/files.py ``wal_mismatch``) or because replaying it on a copy gives a worse file than the file
   alone (fails ``quick_check``, is no longer ours, or holds another organisation).

What it decided is returned as Vietnamese ``notes`` for the secretary (set-aside files, where the copies are).
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from secretary_app.db import files
from secretary_app.db.errors import (
    CorruptDatabaseError,
    DatabaseMissingError,
    DatabaseOpenError,
    ForeignDatabaseError,
    NewerVersionError,
    storage_error,
)

log = logging.getLogger(__name__)

MIGRATION_SET = "secretary_app"  # db/schema.py (not imported: that module pulls in the search index)
MIGRATIONS_TABLE = "_sqlite_migrations"
OUR_TABLES = frozenset({"organisation", "meetings", "documents", "directives"})


@dataclass
class Identity:
    tables: set[str]
    migrations: list[str]
    organisation_uuid: str | None = None

    @property
    def empty(self) -> bool:
        return not self.tables

    @property
    def ours(self) -> bool:
        return bool(self.migrations) and OUR_TABLES <= self.tables


@dataclass
class Prepared:
    """What :func:`prepare` found and did; ``notes`` are for the secretary (Vietnamese)."""

    create: bool = False  # no file yet: the caller creates it
    applied: list[str] = field(default_factory=list)  # migrations already in the file
    copied_to: Path | None = None  # the folder holding the raw files as they were
    set_aside: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return Path(path).resolve().as_uri() + (f"?{query}" if query else "")


def connect_readonly(path: Path, *, ignore_side_files: bool = False) -> sqlite3.Connection:
    """A read-only connection that never writes the file. ``ignore_side_files``: read the main file alone
    (``immutable=1``: SQLite then neither replays a ``-wal`` nor plays back a journal)."""
    if ignore_side_files or not any(files.side_file(path, s).exists() for s in ("-wal", "-journal")):
        # Nothing beside the file, so no connection has it open in WAL mode: immutable=1 reads it without
        # creating an empty -wal and -shm beside it (a check leaves the folder exactly as it found it).
        return sqlite3.connect(uri(path, mode="ro", immutable="1"), uri=True)
    return sqlite3.connect(uri(path, mode="ro"), uri=True)


def identify(conn: sqlite3.Connection) -> Identity:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    migrations: list[str] = []
    if MIGRATIONS_TABLE in tables:
        migrations = [
            row[0]
            for row in conn.execute(
                f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
            )
        ]
    identity = Identity(tables=tables, migrations=migrations)
    if "organisation" in tables:
        row = conn.execute("SELECT uuid FROM organisation ORDER BY id LIMIT 1").fetchone()
        identity.organisation_uuid = row[0] if row else None
    return identity


def quick_ok(conn: sqlite3.Connection) -> bool:
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()] == ["ok"]
    except sqlite3.DatabaseError:
        return False


def _look(conn_factory) -> tuple[bool, Identity | None]:
    """(passes quick_check, identity) of a file, (False, None) when SQLite cannot read it."""
    try:
        conn = conn_factory()
    except sqlite3.Error:
        return False, None
    try:
        return quick_ok(conn), identify(conn)
    except sqlite3.DatabaseError:
        return False, None
    finally:
        conn.close()


def trial_recovery(raw: files.RawFiles, workdir: Path) -> tuple[str | None, Identity | None]:
    """Replay the ``-wal``/journal on a copy in ``workdir``: (the reason it does not belong or None, what the
    replayed file is). It does not belong when the file alone is sound and ours but the replayed copy is not,
    or holds another organisation. When the file alone is damaged, recovery may be what repairs it: kept."""
    alone_ok, alone = _look(lambda: connect_readonly(raw.path, ignore_side_files=True))
    with recovered_copy(raw.path, workdir) as copy:
        replayed_ok, replayed = _look(lambda: sqlite3.connect(copy))
    if not (alone_ok and alone is not None and alone.ours):
        return None, replayed
    if not replayed_ok or replayed is None:
        return "áp dụng nó thì tệp dữ liệu bị hỏng", replayed
    if not replayed.ours:
        return "áp dụng nó thì tệp không còn là dữ liệu của Thư ký cấp ủy", replayed
    if alone.organisation_uuid and replayed.organisation_uuid != alone.organisation_uuid:
        return "nó chứa dữ liệu của một cơ quan khác", replayed
    return None, replayed


@contextmanager
def recovered_copy(path: Path, workdir: Path, *, apply_side_files: bool = True) -> Iterator[Path]:
    """A scratch copy of ``path`` in ``workdir`` on which SQLite did what opening will do: played back the hot
    journal, replayed the ``-wal`` (``apply_side_files``), or, for a foreign one, nothing (the file alone).
    The real file is not touched; the copy is deleted afterwards."""
    scratch = Path(tempfile.mkdtemp(prefix="recovered-", dir=workdir))
    try:
        shutil.copyfile(path, scratch / path.name)
        for suffix in ("-wal", "-journal") if apply_side_files else ():
            if files.side_file(path, suffix).is_file():
                shutil.copyfile(files.side_file(path, suffix), scratch / (path.name + suffix))
        try:  # recover now, read-write: a read-only reader cannot roll a journal back
            conn = sqlite3.connect(scratch / path.name)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.close()
        except sqlite3.DatabaseError:
            pass  # whoever reads the copy reports it
        yield scratch / path.name
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _refuse_foreign(path: Path, raw: files.RawFiles) -> None:
    unchanged = "Chương trình không ghi gì vào tệp này."
    new_hint = "Để bắt đầu một cơ sở dữ liệu mới, hãy dùng Tệp ▸ Mới (dòng lệnh: --new)."
    if raw.size == 0:
        raise ForeignDatabaseError(
            f"Tệp {path} rỗng (0 byte), không chứa dữ liệu nào. {unchanged} Nếu đây là tệp dữ liệu của "
            f"anh/chị, hãy khôi phục từ bản sao lưu. {new_hint}",
            path,
        )
    if raw.header is None:
        raise ForeignDatabaseError(
            f"Tệp {path} không phải là tệp SQLite: đó là tệp của chương trình khác, hoặc tệp dữ liệu đã "
            f"bị hỏng ngay phần đầu. {unchanged} Nếu đây là tệp dữ liệu của anh/chị, hãy khôi phục từ "
            "bản sao lưu.",
            path,
        )


def _message_for(path: Path, identity: Identity) -> str:
    unchanged = "Chương trình không ghi gì vào tệp này."
    if identity.empty:
        return (
            f"Tệp {path} là một cơ sở dữ liệu trống (chưa có bảng nào), không phải dữ liệu của Thư ký cấp "
            f"ủy. {unchanged} Để bắt đầu một cơ sở dữ liệu mới, hãy dùng Tệp ▸ Mới (dòng lệnh: --new)."
        )
    return (
        f"Tệp {path} là cơ sở dữ liệu của một chương trình khác, không phải của Thư ký cấp ủy. {unchanged} "
        "Hãy chọn đúng tệp dữ liệu."
    )


def prepare(path: Path, *, create: bool, raw_dir: Path | None, known: set[str]) -> Prepared:
    """Everything that must happen before ``path`` is opened for writing; raises ``DatabaseOpenError``
    subclasses (the file untouched). ``raw_dir``: where raw copies go (None: no copies); ``known``: the
    migration names this version knows. A ``-wal`` in use by an open connection (this process's or
    another's) is live, not something to recover: it is left alone."""
    raw = files.inspect(path)
    prepared = Prepared()
    if not raw.exists:
        if not create:
            raise DatabaseMissingError(
                f"Không tìm thấy tệp dữ liệu {path}. Nếu tệp nằm trên USB hoặc ổ mạng, hãy cắm lại rồi thử "
                "lại. Để tạo một cơ sở dữ liệu mới, hãy dùng Tệp ▸ Mới (dòng lệnh: --new).",
                path,
            )
        # A -wal or journal without its database: SQLite would delete or apply it to the new file.
        for suffix in ("-wal", "-journal"):
            orphan = files.side_file(path, suffix)
            if orphan.is_file():
                _set_aside(prepared, orphan, "tệp dữ liệu đi kèm với nó không còn")
        prepared.create = True
        return prepared
    _refuse_foreign(path, raw)
    if raw.truncated():
        raise CorruptDatabaseError(
            f"Tệp {path} bị cắt cụt ({raw.size} byte, ngắn hơn kích thước ghi trong phần đầu tệp): có thể "
            "việc chép tệp đã bị ngắt giữa chừng. Chương trình không ghi gì vào tệp này; hãy khôi phục từ "
            "bản sao lưu.",
            path,
        )
    identity = None
    if raw.needs_recovery and not files.shm_in_use(path):
        _copy_aside(prepared, path, raw_dir, "before-recovery")
        reason = files.wal_mismatch(raw)
        if reason is None:
            # What SQLite would make of it, on a scratch copy: also whether the result is ours, asked before
            # SQLite writes the recovery into the real file.
            reason, identity = trial_recovery(raw, raw_dir or Path(tempfile.gettempdir()))
        if reason is not None:
            side = files.side_file(path, "-journal" if raw.hot_journal else "-wal")
            _set_aside(prepared, side, reason)
            identity = None
    if identity is None:
        identity = _identify(path)
    if not identity.ours:
        raise ForeignDatabaseError(_message_for(path, identity), path)
    unknown = [name for name in identity.migrations if name not in known]
    if unknown:
        raise NewerVersionError(
            f"Tệp dữ liệu {path} được tạo bởi một phiên bản mới hơn của Thư ký cấp ủy. Hãy cài phiên bản mới "
            "hơn để mở tệp này; tệp không bị thay đổi.",
            path,
        )
    prepared.applied = identity.migrations
    if prepared.copied_to is None and set(known) - set(identity.migrations):
        _copy_aside(prepared, path, raw_dir, "before-migration")
    return prepared


def _identify(path: Path) -> Identity:
    try:
        conn = connect_readonly(path)
    except sqlite3.DatabaseError as exc:
        raise _open_error(exc, path) from exc
    try:
        return identify(conn)
    except sqlite3.DatabaseError as exc:
        raise _open_error(exc, path) from exc
    finally:
        conn.close()


def _open_error(exc: sqlite3.DatabaseError, path: Path) -> Exception:
    from secretary_app.db.connection import classify

    return classify(exc, path)


def _copy_aside(prepared: Prepared, path: Path, raw_dir: Path | None, reason: str) -> None:
    if raw_dir is None:
        return
    try:
        prepared.copied_to = files.copy_aside(path, raw_dir, reason)
    except OSError as exc:
        # Without the copy the open would not be reversible: refuse rather than let SQLite change the file.
        error = storage_error(exc, raw_dir)
        why = error.message if error is not None else str(exc)
        raise DatabaseOpenError(
            f"Chưa mở tệp {path}: không chép được bản nguyên trạng của nó vào {raw_dir} trước khi mở. {why}",
            path,
        ) from exc
    log.info("raw copy of %s (%s) in %s", path, reason, prepared.copied_to)


def _set_aside(prepared: Prepared, side: Path, reason: str) -> None:
    moved = files.set_aside(side)
    prepared.set_aside.append(moved)
    kept = f" Bản sao nguyên trạng các tệp trước khi mở: {prepared.copied_to}." if prepared.copied_to else ""
    prepared.notes.append(
        f"Tệp {side.name} nằm cạnh tệp dữ liệu không thuộc về tệp này ({reason}) nên KHÔNG được áp dụng; "
        f"nó đã được đổi tên thành {moved.name} (không bị xóa). Nếu anh/chị vừa chép đè tệp dữ liệu bằng "
        f"một bản sao lưu thì đây là điều bình thường; nếu không, hãy báo người hỗ trợ.{kept}"
    )
    log.warning("set aside %s as %s: %s", side, moved, reason)
