"""Opening a committee's database file: connect, check, migrate, hand out a Store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from secretary_app.db.connection import classify, connect
from secretary_app.db.errors import CorruptDatabaseError
from secretary_app.db.migrate import backup_copy, migrate
from secretary_app.db.repository import Store


def open_store(path: Path | str, *, backup_dir: Path | None = None, actor: str | None = None) -> Store:
    """Open ``path`` (created when missing) and bring it to the current schema.

    Raises a :class:`~secretary_app.db.errors.DatabaseOpenError` subclass with a Vietnamese message when the
    file is not usable; in that case nothing has been written to it.
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
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
    return Store(db, actor=actor)


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


__all__ = ["open_store", "integrity_errors", "backup_to", "close", "CorruptDatabaseError"]
