"""The recycle bin (Thùng rác): a deleted record is moved here whole, never straight to nowhere.

A bin entry keeps the raw rows of the record and of its children (a meeting's attendance, agenda, minutes
entries and finalised versions) as JSON, plus the UUIDs of the records that pointed at it and that the
deletion unlinked (ON DELETE SET NULL: a draft notice of the meeting). Restoring inserts the rows again
with their UUIDs, keeping the old integer ids when they are still free, relinks what was unlinked and
re-indexes the search. Only this module knows the payload's shape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import cast

from sqlite_utils import Database

from secretary_app.db import search
from secretary_app.domain.models import new_uuid

TABLE = "recycle_bin"
MEETING, DOCUMENT = "meeting", "document"
INCOMING, FILE = "incoming", "file"  # a received document; a file taken off a record


@dataclass(frozen=True)
class Shape:
    """What a bin entry of one kind holds: the main table, the child tables (foreign key column) that
    cascade with it, and the tables whose rows only point at it (unlinked by the delete, relinked later)."""

    table: str
    children: tuple[tuple[str, str], ...]
    links: tuple[tuple[str, str], ...]


SHAPES = {
    MEETING: Shape(
        "meetings",
        children=(
            ("attendance", "meeting_id"),
            ("agenda_items", "meeting_id"),
            ("minutes_entries", "meeting_id"),
            ("minutes_versions", "meeting_id"),
        ),
        links=(("documents", "meeting_id"), ("directives", "meeting_id")),
    ),
    DOCUMENT: Shape("documents", children=(), links=(("directives", "document_id"),)),
    # Its files stay where they are: they belong to its UUID, which a restore keeps.
    INCOMING: Shape("incoming_documents", children=(), links=(("directives", "incoming_id"),)),
    FILE: Shape("stored_files", children=(), links=()),
}

# Columns of a restored row that point at other records which may be gone (or in the bin) by then.
_OPTIONAL_REFERENCES = {
    "documents": (("meeting_id", "meetings"), ("supersedes_id", "documents")),
    "attendance": (("person_id", "people"),),
    "incoming_documents": (("report_document_id", "documents"),),
}


def _rows(db: Database, table: str, where: str, args: list) -> list[dict]:
    return list(db[table].rows_where(where, args, order_by="id"))


def move_to_bin(db: Database, kind: str, record_id: int, title: str, actor: str, now: str) -> int:
    """Copy the record and its children into the bin, then delete them; returns the bin entry's id.
    Call inside a write transaction."""
    shape = SHAPES[kind]
    [row] = _rows(db, shape.table, "id = ?", [record_id])
    payload = {
        "rows": {shape.table: [row]}
        | {child: _rows(db, child, f"{column} = ?", [record_id]) for child, column in shape.children},
        "links": {
            f"{table}.{column}": [r["uuid"] for r in _rows(db, table, f"{column} = ?", [record_id])]
            for table, column in shape.links
        },
    }
    search.unindex(db, shape.table, record_id)  # before the delete: it looks up cascaded children
    db.table(shape.table).delete(record_id)  # the children go with it (ON DELETE CASCADE)
    return _new_row(
        db,
        TABLE,
        {
            "uuid": new_uuid(),  # one bin entry per deletion, even of the same record
            "created_at": now,
            "updated_at": now,
            "kind": kind,
            "record_uuid": row["uuid"],
            "title": title,
            "deleted_at": now,
            "deleted_by": actor,
            "payload": json.dumps(payload, ensure_ascii=False),
        },
    )


def entries(db: Database) -> list[dict]:
    """The bin's entries without their payload, newest first."""
    return list(
        db[TABLE].rows_where(
            select="id, kind, title, deleted_at, deleted_by, record_uuid", order_by="deleted_at DESC, id DESC"
        )
    )


def entry(db: Database, bin_id: int) -> dict | None:
    rows = _rows(db, TABLE, "id = ?", [bin_id])
    return rows[0] if rows else None


def _exists(db: Database, table: str, record_id: int | None) -> bool:
    if record_id is None:
        return False
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone() is not None


def _insert(db: Database, table: str, row: dict) -> int:
    """Insert a stored row again; it keeps its old id when that id is free."""
    row = dict(row)
    for column, target in _OPTIONAL_REFERENCES.get(table, ()):
        if row.get(column) is not None and not _exists(db, target, row[column]):
            row[column] = None
    if _exists(db, table, row["id"]):
        row.pop("id")
    new_id = _new_row(db, table, row)
    search.index_row(db, table, new_id, row)
    return new_id


def restore(db: Database, bin_id: int) -> tuple[str, str, int]:
    """Put a bin entry back; returns (kind, record uuid, new id) and removes the entry.
    Call inside a write transaction; raises KeyError for an unknown bin id."""
    found = entry(db, bin_id)
    if found is None:
        raise KeyError(bin_id)
    shape = SHAPES[found["kind"]]
    payload = json.loads(found["payload"])
    rows = payload["rows"]
    [main] = rows[shape.table]
    new_id = _insert(db, shape.table, main)
    for child, column in shape.children:
        for row in rows.get(child, []):
            _insert(db, child, {**row, column: new_id})
    for key, uuids in payload.get("links", {}).items():
        table, column = key.split(".")
        for record_uuid in uuids:
            db.execute(
                f"UPDATE {table} SET {column} = ? WHERE uuid = ? AND {column} IS NULL", [new_id, record_uuid]
            )
            for linked in _rows(db, table, "uuid = ?", [record_uuid]):
                search.index_row(db, table, linked["id"], linked)
    db.table(TABLE).delete(bin_id)
    return found["kind"], main["uuid"], new_id


def _new_row(db: Database, table: str, row: dict) -> int:
    """Insert ``row``; its new id (every table here has an integer rowid key, so ``last_pk`` is set)."""
    return cast(int, db.table(table).insert(row).last_pk)
