"""Bulk loading of many rows at once, for benchmarks and future imports of a bureau's archive.

Unlike :class:`~secretary_app.db.repository.Store`, this writes rows straight through sqlite_utils: no
per-record audit entry (one summary entry per table instead) and no per-record search indexing (the whole
index is rebuilt at the end). That is what makes 100,000 directives load in seconds instead of minutes; the
price is that callers must hand over complete, already normalised (NFC) rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from sqlite_utils import Database

from secretary_app.db import search
from secretary_app.db.connection import write_transaction
from secretary_app.domain.models import new_uuid

# Tables a bulk load may write, in an order that satisfies the foreign keys.
TABLES = ("units", "people", "meetings", "minutes_entries", "documents", "directives", "progress_notes")


def _stamped(rows: Iterable[dict], now: str) -> Iterator[dict]:
    for row in rows:
        yield {"uuid": new_uuid(), "created_at": now, "updated_at": now, **row}


def bulk_load(db: Database, tables: dict[str, Iterable[dict]], actor: str = "bulk-load") -> dict[str, int]:
    """Insert the rows of each table (keys of ``TABLES``) in one transaction, then rebuild the search index.

    Rows may carry their own ``id`` so that rows of later tables can refer to them. Returns rows per table.
    """
    unknown = set(tables) - set(TABLES)
    if unknown:
        raise ValueError(f"bulk_load cannot write {sorted(unknown)}")
    now = datetime.now().isoformat(timespec="seconds")
    counts: dict[str, int] = {}
    with write_transaction(db):
        for table in TABLES:
            if table not in tables:
                continue
            before = db[table].count
            db.table(table).insert_all(_stamped(tables[table], now), batch_size=2000)
            counts[table] = db[table].count - before
            db.table("audit_log").insert(
                {
                    "at": now,
                    "actor": actor,
                    "action": "bulk_insert",
                    "table_name": table,
                    "record_uuid": "",
                    "summary": f"{counts[table]} rows",
                }
            )
        search.rebuild(db)
    return counts
