"""Writing what a packet changed into the app's tables, and the exchange's own bookkeeping.

Rows arrive keyed by UUID with references as UUIDs (db/exchange_tables.py); here they become local rows: a new
UUID is inserted with that UUID, references are resolved to local ids, the search index follows in the same
transaction, and every row gets an audit entry naming the packet (docs/exchange.md).
"""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from secretary_app.db import search
from secretary_app.db.exchange_scratch import DELETE, INSERT, RowChange, encode
from secretary_app.db.exchange_tables import COOPERATION, XTable

if TYPE_CHECKING:
    from secretary_app.db.repository import Store


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def local_id(db: Database, table: str, record_uuid: str | None) -> int | None:
    if record_uuid is None:
        return None
    row = db.execute(f"SELECT id FROM {table} WHERE uuid = ?", [record_uuid]).fetchone()
    return row[0] if row else None


def write_change(
    store: Store, change: RowChange, row: dict[str, Any] | None, label: str, stamp: str, audit=None
) -> bool:
    """Make the local tables show ``change`` (``row``: the whole row after it). False when it cannot be placed
    here (the record it belongs to is missing): the caller keeps it as a conflict, nothing is dropped."""
    table, db = change.table, store.db
    audit = audit or store.audit
    if table is COOPERATION:
        return _write_link(store, change, label, audit)
    record_id = local_id(db, table.local, change.key)
    if change.op == DELETE:
        if record_id is not None:
            search.unindex(db, table.local, record_id)
            db.execute(f"DELETE FROM {table.local} WHERE id = ?", [record_id])
            audit("exchange", table.local, change.key, f"{label}: xóa")
        return True
    assert row is not None
    columns = table.all_columns if change.op == INSERT or record_id is None else tuple(change.new)
    values: dict[str, Any] = {}
    for column in columns:
        if column in table.key:
            continue
        ref = table.ref(column)
        if ref is None:
            values[column] = row[column]
            continue
        values[ref.local_column] = local_id(db, ref.table, row[column])
        if (
            values[ref.local_column] is None
            and row[column] is not None
            and ref.local_column == "directive_id"
        ):
            return False  # a note of a task this site does not have
    if record_id is None:
        values.update(uuid=change.key, created_at=stamp, updated_at=stamp)
        names = ", ".join(f"[{c}]" for c in values)
        cursor = db.execute(
            f"INSERT INTO {table.local} ({names}) VALUES ({', '.join('?' * len(values))})",
            list(values.values()),
        )
        record_id = cursor.lastrowid
    elif values:
        sets = ", ".join(f"[{c}] = ?" for c in values)
        db.execute(
            f"UPDATE {table.local} SET {sets}, updated_at = ? WHERE id = ?",
            [*values.values(), stamp, record_id],
        )
    audit(
        "exchange",
        table.local,
        change.key,
        f"{label}: {', '.join(c for c in change.new if c not in table.key)}",
    )
    if table.local in search.KIND_BY_TABLE:
        assert record_id is not None
        local = db.execute(f"SELECT * FROM {table.local} WHERE id = ?", [record_id])
        heads = [d[0] for d in local.description]
        search.index_row(db, table.local, record_id, dict(zip(heads, local.fetchone(), strict=True)))
    return True


def _write_link(store: Store, change: RowChange, label: str, audit) -> bool:
    directive_uuid, unit_uuid = change.key_values
    directive_id = local_id(store.db, "directives", directive_uuid)
    unit_id = local_id(store.db, "units", unit_uuid)
    if directive_id is None or unit_id is None:
        return change.op == DELETE
    if change.op == DELETE:
        store.db.execute(
            "DELETE FROM directive_cooperating_units WHERE directive_id = ? AND unit_id = ?",
            [directive_id, unit_id],
        )
    else:
        store.db.execute(
            "INSERT OR IGNORE INTO directive_cooperating_units (directive_id, unit_id) VALUES (?, ?)",
            [directive_id, unit_id],
        )
    audit("exchange", "directives", directive_uuid, f"{label}: cooperating_units")
    return True


class AuditBatch:
    """Audit entries of one import, written in one statement at the end (the Store's one-by-one insert was
    half the import time of 1,000 tasks); same transaction, same columns as Store.audit."""

    def __init__(self, store: Store):
        self.store = store
        self.rows: list[tuple] = []

    def __call__(self, action: str, table: str, record_uuid: str, summary: str = "") -> None:
        self.rows.append((now(), self.store.actor, action, table, record_uuid, summary))

    def flush(self) -> None:
        self.store.db.conn.executemany(
            "INSERT INTO audit_log (at, actor, action, table_name, record_uuid, summary) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            self.rows,
        )
        self.rows = []


# -- sequence numbers --------------------------------------------------------------------------------------
def sequences(store: Store, site: str) -> tuple[int, int]:
    """(last sequence number given to a changeset for ``site``, the highest it acknowledged)."""
    db = store.db
    row = db.execute("SELECT last_sent, acked FROM exchange_sequences WHERE site = ?", [site]).fetchone()
    return (row[0], row[1]) if row else (0, 0)


def add_outgoing(store: Store, site: str, changeset: bytes) -> int:
    db = store.db
    last, acked = sequences(store, site)
    seq = last + 1
    db.execute(
        "INSERT INTO exchange_sequences (site, last_sent, acked) VALUES (?, ?, ?) "
        "ON CONFLICT (site) DO UPDATE SET last_sent = excluded.last_sent",
        [site, seq, acked],
    )
    db.execute(
        "INSERT INTO exchange_outbox (site, seq, changeset, created_at) VALUES (?, ?, ?, ?)",
        [site, seq, base64.b64encode(changeset).decode("ascii"), now()],
    )
    return seq


def unacknowledged(store: Store, site: str) -> list[tuple[int, bytes]]:
    db = store.db
    return [
        (seq, base64.b64decode(text))
        for seq, text in db.execute(
            "SELECT seq, changeset FROM exchange_outbox WHERE site = ? ORDER BY seq", [site]
        ).fetchall()
    ]


def acknowledge(store: Store, site: str, ack: int) -> None:
    """The site has applied our changesets up to ``ack``: they need not travel again."""
    db = store.db
    last, acked = sequences(store, site)
    ack = min(ack, last)
    if ack <= acked:
        return
    db.execute(
        "INSERT INTO exchange_sequences (site, last_sent, acked) VALUES (?, ?, ?) "
        "ON CONFLICT (site) DO UPDATE SET acked = excluded.acked",
        [site, last, ack],
    )
    db.execute("DELETE FROM exchange_outbox WHERE site = ? AND seq <= ?", [site, ack])


def applied(store: Store, site: str) -> set[int]:
    db = store.db
    return {row[0] for row in db.execute("SELECT seq FROM exchange_inbox WHERE site = ?", [site]).fetchall()}


def contiguous(seqs: set[int]) -> int:
    """The highest n with 1..n all in ``seqs`` (what we acknowledge)."""
    n = 0
    while n + 1 in seqs:
        n += 1
    return n


def mark_applied(store: Store, site: str, seq: int, changes: int) -> None:
    db = store.db
    db.execute(
        "INSERT INTO exchange_inbox (site, seq, applied_at, changes) VALUES (?, ?, ?, ?)",
        [site, seq, now(), changes],
    )


# -- history -------------------------------------------------------------------------------------------------
def add_history(
    store: Store, direction: str, site: str, site_name: str, seq: int, file: str, outcome: str, summary: dict
) -> None:
    db = store.db
    db.execute(
        "INSERT INTO exchange_packets (at, direction, site, site_name, seq, file, outcome, summary) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [now(), direction, site, site_name, seq, file, outcome, json.dumps(summary, ensure_ascii=False)],
    )


def history(store: Store) -> list[dict]:
    db = store.db
    cursor = db.execute("SELECT * FROM exchange_packets ORDER BY id DESC")
    names = [d[0] for d in cursor.description]
    return [{**dict(zip(names, row, strict=True))} for row in cursor.fetchall()]


# -- conflicts ---------------------------------------------------------------------------------------------
def add_conflict(
    store: Store, site: str, site_name: str, packet: str, table: XTable, key: str, column: str, ours, theirs
) -> None:
    db = store.db
    db.execute(
        "INSERT INTO exchange_conflicts (created_at, site, site_name, packet, tbl, row_key, col, ours, "
        "theirs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [now(), site, site_name, packet, table.name, key, column, encode(ours), encode(theirs)],
    )


def conflicts(store: Store, *, open_only: bool = True, conflict_id: int | None = None) -> list[dict]:
    db = store.db
    where, args = ("1", []) if not open_only else ("resolved_at IS NULL", [])
    if conflict_id is not None:
        where, args = "id = ?", [conflict_id]
    cursor = db.execute(f"SELECT * FROM exchange_conflicts WHERE {where} ORDER BY id", args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def held_columns(store: Store, site: str) -> dict[str, dict[str, set[str]]]:
    """Columns with an open conflict with ``site``, by table and key: held back from exports."""
    db = store.db
    held: dict[str, dict[str, set[str]]] = {}
    for tbl, key, col in db.execute(
        "SELECT tbl, row_key, col FROM exchange_conflicts WHERE resolved_at IS NULL AND site = ?", [site]
    ).fetchall():
        held.setdefault(tbl, {}).setdefault(key, set()).add(col)
    return held


def close_conflict(
    store: Store, conflict_id: int, choice: str, by: str, travels_seq: int | None = None
) -> None:
    db = store.db
    db.execute(
        "UPDATE exchange_conflicts SET resolved_at = ?, choice = ?, resolved_by = ?, travels_seq = ? "
        "WHERE id = ?",
        [now(), choice, by, travels_seq, conflict_id],
    )


def contested(store: Store, site: str) -> set[tuple[str, str, str]]:
    """(table, key, column) with an open conflict with ``site``, or our choice it has not acknowledged yet."""
    acked = sequences(store, site)[1]
    rows = store.db.execute(
        "SELECT tbl, row_key, col FROM exchange_conflicts WHERE site = ? AND "
        "(resolved_at IS NULL OR travels_seq > ?)",
        [site, acked],
    ).fetchall()
    return {tuple(row) for row in rows}


# -- which site last changed a record ------------------------------------------------------------------------
def note_site(store: Store, table: XTable, key: str, site: str, site_name: str, stamp: str) -> None:
    db = store.db
    db.execute(
        "INSERT OR REPLACE INTO exchange_record_sites (tbl, row_key, site, site_name, at) "
        "VALUES (?, ?, ?, ?, ?)",
        [table.local, key, site, site_name, stamp],
    )


def last_sites(store: Store, table: str, uuids: list[str]) -> dict[str, str]:
    """The site name that last changed each record through a packet, unless it was edited here since."""
    db = store.db
    rows = db.execute(
        f"SELECT s.row_key, s.site_name FROM exchange_record_sites s JOIN {table} t ON t.uuid = s.row_key "
        "WHERE s.tbl = ? AND s.row_key IN (SELECT value FROM json_each(?)) AND t.updated_at <= s.at",
        [table, json.dumps(uuids)],
    ).fetchall()
    return dict(rows)


def issued_documents_in(store: Store, changesets: list[bytes]) -> dict[str, int]:
    """{uuid: local id} of the issued documents the changesets insert or change (the notices the tasks came
    from travel with their PDF)."""
    from secretary_app.db.exchange_scratch import changes_in
    from secretary_app.db.exchange_tables import DOCUMENTS

    uuids = {
        c.key for blob in changesets for c in changes_in(blob) if c.table is DOCUMENTS and c.op != "DELETE"
    }
    return issued_documents_by_uuid(store, sorted(uuids))


def issued_documents_by_uuid(store: Store, uuids: list[str]) -> dict[str, int]:
    """{uuid: local id} of those of ``uuids`` that are issued documents here."""
    found = {}
    for record_uuid in uuids:
        row = store.db.execute(
            "SELECT id FROM documents WHERE uuid = ? AND status = 'issued'", [record_uuid]
        ).fetchone()
        if row is not None:
            found[record_uuid] = int(row[0])
    return found
