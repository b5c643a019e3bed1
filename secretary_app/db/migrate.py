"""Bringing a database file up to this version's schema, safely.

* A file holding migrations this version does not know was written by a newer version: it is refused
  with a clear message and never touched.
* Before any migration runs on an existing file, the file is copied (SQLite online backup, so a
  WAL file's content is included) into the data directory's ``backups/before-migration``.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from secretary_app import __version__
from secretary_app.db.errors import NewerVersionError
from secretary_app.db.schema import migrations

log = logging.getLogger(__name__)


def check_not_newer(db: Database, path: object) -> None:
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise NewerVersionError(
            f"Tệp dữ liệu {path} được tạo bởi một phiên bản mới hơn của Thư ký cấp ủy "
            f"(phiên bản đang chạy: {__version__}). Hãy cài phiên bản mới hơn để mở tệp này; "
            "tệp không bị thay đổi.",
            path,
        )


def is_empty(db: Database) -> bool:
    return not db.table_names()


def backup_copy(db: Database, target: Path) -> Path:
    """Copy the live database into ``target`` with SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(db: Database, path: Path | str, backup_dir: Path | None) -> list[str]:
    """Apply pending migrations; returns their names. Raises NewerVersionError untouched."""
    check_not_newer(db, path)
    pending = [m.name for m in migrations.pending(db)]
    if not pending:
        return []
    if not is_empty(db) and backup_dir is not None and str(path) != ":memory:":
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = backup_copy(db, backup_dir / f"{Path(path).stem}-{stamp}-before-{pending[0]}.sqlite")
        log.info("copied %s to %s before migrating", path, copy)
    migrations.apply(db)
    log.info("applied migrations %s to %s", pending, path)
    return pending
