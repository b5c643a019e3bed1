"""Opening a committee's database file: check it is ours, connect, migrate, hand out a Store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from secretary_app.db import files
from secretary_app.db.connection import classify, connect
from secretary_app.db.errors import CorruptDatabaseError
from secretary_app.db.migrate import backup_copy, migrate
from secretary_app.db.opening import prepare
from secretary_app.db.repository import Store
from secretary_app.db.schema import migrations


def open_store(
    path: Path | str,
    *,
    create: bool = False,
    backup_dir: Path | None = None,
    raw_dir: Path | None = None,
    actor: str | None = None,
) -> Store:
    """Open ``path`` and bring it to the current schema.

    ``create``: make a new database when there is no file (creating is an explicit act: Tệp ▸ Mới, ``--new``,
    the first start); an existing file must already be ours. ``raw_dir``: where the raw files are copied
    before SQLite may recover anything or a migration runs (db/opening.py). Raises a
    :class:`~secretary_app.db.errors.DatabaseOpenError` subclass with a Vietnamese message when the file is
    not usable; nothing has been written to it then. ``store.open_notes``: what the secretary should be told.
    """
    notes: list[str] = []
    if str(path) != ":memory:":
        path = Path(path)
        prepared = prepare(
            path, create=create, raw_dir=raw_dir, known={m.name for m in migrations._migrations}
        )
        notes = prepared.notes
        if prepared.create:
            path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    try:
        # Reading the schema is the cheapest operation that fails on a file that is not a database.
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        migrate(db, path, backup_dir)
    except sqlite3.DatabaseError as exc:
        db.conn.close()
        raise classify(exc, path) from exc
    except Exception:
        db.conn.close()
        raise
    store = Store(db, actor=actor)
    store.open_notes = notes
    if str(path) != ":memory:":
        # Our own connections are invisible to POSIX locks: db/files.py shm_in_use must know about them.
        store.opened_path = Path(path)
        files.note_open(store.opened_path, +1)
    return store


def integrity_errors(store: Store) -> list[str]:
    """``PRAGMA integrity_check`` plus foreign key check; an empty list means the file is sound."""
    try:
        rows = [row[0] for row in store.db.execute("PRAGMA integrity_check").fetchall()]
        problems = [] if rows == ["ok"] else rows
        problems += [f"foreign key: {row}" for row in store.db.execute("PRAGMA foreign_key_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    return problems


def backup_to(store: Store, target: Path) -> Path:
    """Consistent copy of the open database (SQLite online backup API), written atomically."""
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        backup_copy(store.db, partial)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def close(store: Store) -> None:
    store.db.conn.close()
    opened = getattr(store, "opened_path", None)
    if opened is not None:
        store.opened_path = None
        files.note_open(opened, -1)


__all__ = ["open_store", "integrity_errors", "backup_to", "close", "CorruptDatabaseError"]
