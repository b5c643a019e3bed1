"""The file store: contents by SHA-256 (``file_blobs``) and which record keeps which (``stored_files``).

See db/schema_incoming.py for why files live inside the database. A content is written once however many
records keep it; nothing here deletes a content. Taking a file off a record moves its ``stored_files`` row to
the recycle bin (db/recycle_bin.py, kind "file"), from where "Khôi phục" puts it back.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from secretary_app.db.records import Mapper
from secretary_app.domain.incoming import FileRole, StoredFile

if TYPE_CHECKING:
    from secretary_app.db.repository import Store

TABLE = "stored_files"

STORED_FILE = Mapper(
    TABLE,
    lambda f: {
        "owner_table": f.owner_table,
        "owner_uuid": f.owner_uuid,
        "role": str(f.role),
        "file_name": f.file_name,
        "sha256": f.sha256,
        "size": f.size,
        "file_type": f.file_type,
        "ord": f.order,
    },
    lambda r: StoredFile(
        owner_table=r["owner_table"],
        owner_uuid=r["owner_uuid"],
        role=FileRole(r["role"]) if r["role"] in set(FileRole) else FileRole.ATTACHMENT,
        file_name=r["file_name"],
        sha256=r["sha256"],
        size=r["size"],
        file_type=r["file_type"],
        order=r["ord"],
        id=r["id"],
        uuid=r["uuid"],
    ),
)


def put_content(store: Store, sha256: str, file_type: str, data: bytes) -> bool:
    """Keep ``data`` under its SHA-256 (the caller computed it); False when that content was kept already.
    Call inside the transaction that also records who keeps it."""
    cursor = store.db.execute(
        "INSERT OR IGNORE INTO file_blobs (sha256, size, file_type, data, stored_at) VALUES (?, ?, ?, ?, ?)",
        [sha256, len(data), file_type, data, datetime.now().isoformat(timespec="seconds")],
    )
    return cursor.rowcount == 1


def content(store: Store, sha256: str) -> bytes | None:
    row = store.db.execute("SELECT data FROM file_blobs WHERE sha256 = ?", [sha256]).fetchone()
    return bytes(row[0]) if row else None


def files_of(store: Store, owner_table: str, owner_uuid: str) -> list[StoredFile]:
    return store.records(
        STORED_FILE, "owner_table = ? AND owner_uuid = ?", [owner_table, owner_uuid], "ord, id"
    )


def files_of_many(store: Store, owner_table: str, owner_uuids: list[str]) -> list[StoredFile]:
    return store.records(
        STORED_FILE,
        "owner_table = ? AND owner_uuid IN (SELECT value FROM json_each(?))",
        [owner_table, _json_list(owner_uuids)],
        "owner_uuid, ord, id",
    )


def owners_with_role(store: Store, owner_table: str, role: str) -> set[str]:
    rows = store.db.execute(
        "SELECT DISTINCT owner_uuid FROM stored_files WHERE owner_table = ? AND role = ?", [owner_table, role]
    ).fetchall()
    return {r[0] for r in rows}


def next_order(store: Store, owner_table: str, owner_uuid: str) -> int:
    row = store.db.execute(
        "SELECT COALESCE(MAX(ord) + 1, 0) FROM stored_files WHERE owner_table = ? AND owner_uuid = ?",
        [owner_table, owner_uuid],
    ).fetchone()
    return int(row[0])


def totals(store: Store) -> tuple[int, int]:
    """(number of distinct contents, their bytes)."""
    count, size = store.db.execute("SELECT count(*), COALESCE(SUM(size), 0) FROM file_blobs").fetchone()
    return int(count), int(size)


def unreferenced(store: Store) -> list[str]:
    """Contents no record keeps now (taken off, its record in the bin): kept all the same, listed."""
    rows = store.db.execute(
        "SELECT sha256 FROM file_blobs WHERE sha256 NOT IN (SELECT sha256 FROM stored_files) ORDER BY sha256"
    ).fetchall()
    return [r[0] for r in rows]


def _json_list(values: list[str]) -> str:
    import json

    return json.dumps(list(values))
