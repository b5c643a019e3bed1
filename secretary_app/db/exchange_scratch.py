"""The session extension at work (apsw): changesets computed and applied in a private in-memory database.

apsw never opens the app's file: the app writes through its own sqlite3 connection on many paths, and a
session only sees writes made on its own connection. Each exchange step instead fills this *scratch* with
exchange-table rows (db/exchange_tables.py) read by the app's connection, lets SQLite's session extension do
the comparing and applying, and hands the outcome back as plain rows (docs/exchange.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import apsw

from secretary_app.db.exchange_tables import BY_NAME, TABLES, XTable

Row = tuple  # one row in the exchange table's column order (XTable.all_columns)

INSERT, UPDATE, DELETE = "INSERT", "UPDATE", "DELETE"


# The value a site's base records for a column the secretary has just settled: not a value any row holds, so
# the choice travels as a change whatever the other site holds, and it carries the other site's value the
# secretary saw when choosing (docs/exchange.md, "Conflicts").
_SETTLED = "\x00exchange-settled:"


def settled_marker(seen: Any) -> str:
    return _SETTLED + json.dumps(seen, ensure_ascii=False)


def _settled_seen(value: Any) -> tuple[bool, Any]:
    if isinstance(value, str) and value.startswith(_SETTLED):
        return True, json.loads(value[len(_SETTLED) :])
    return False, None


def encode(value: Any) -> str:
    """A column value as stored in the bookkeeping tables and shown in conflicts."""
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class RowChange:
    """One changed row: ``new`` maps the changed columns to their values (all columns for an insert)."""

    table: XTable
    op: str
    key: str
    key_values: tuple
    new: dict[str, Any] = field(default_factory=dict)
    old: dict[str, Any] = field(default_factory=dict)  # an update's values before, of the changed columns


@dataclass(frozen=True)
class ColumnConflict:
    """Both sides changed ``column`` of the row: ``ours`` stays, ``theirs`` waits for the secretary.
    ``column`` "*" is the whole row (they changed a row deleted here, or deleted one changed here)."""

    table: XTable
    key: str
    column: str
    ours: Any
    theirs: Any


@dataclass
class Applied:
    changes: list[RowChange]  # what the changeset actually changed here
    conflicts: list[ColumnConflict]
    agreed: list[tuple[XTable, str, str]]  # (table, key, column) both sides already hold the same value of


def _row(values: tuple | None) -> tuple:
    """A TableChange's old/new/conflict values (None where the operation has none)."""
    return values if values is not None else ()


def changes_in(changeset: bytes) -> Iterator[RowChange]:
    """The rows a changeset changes, with their new values (only the changed columns of an update)."""
    for change in apsw.Changeset.iter(changeset):
        table = BY_NAME.get(change.name)
        if table is None:
            continue
        columns = table.all_columns
        before, after = _row(change.old), _row(change.new)
        key_values = tuple((before if change.op != INSERT else after)[: len(table.key)])
        new, old = {}, {}
        if change.op != DELETE:
            new = {c: v for c, v in zip(columns, after, strict=True) if v is not apsw.no_change}
        if change.op == UPDATE:
            old = {c: v for c, v in zip(columns, before, strict=True) if c in new and c not in table.key}
        yield RowChange(table, change.op, table.key_of(key_values), key_values, new, old)


class Scratch:
    """An in-memory database with the exchange tables in ``main`` (and ``base`` when diffing)."""

    def __init__(self) -> None:
        self.conn = apsw.Connection(":memory:")
        for table in TABLES:
            self.conn.execute(table.create_sql("main"))

    def close(self) -> None:
        self.conn.close()

    def fill(self, table: XTable, rows: Iterable[Row], schema: str = "main") -> None:
        marks = ", ".join("?" * len(table.all_columns))
        with self.conn:
            self.conn.executemany(f"INSERT INTO {schema}.{table.name} VALUES ({marks})", list(rows))

    def rows(self, table: XTable, schema: str = "main") -> list[Row]:
        return list(self.conn.execute(f"SELECT * FROM {schema}.{table.name}"))

    # -- export: what turns the base into the current view ---------------------------------------------
    def diff(self, base: dict[str, list[Row]], current: dict[str, list[Row]]) -> bytes:
        """The changeset that turns ``base`` (rows by exchange table) into ``current``: SQLite's own diff."""
        self.conn.execute("ATTACH ':memory:' AS base")
        try:
            for table in TABLES:
                self.conn.execute(table.create_sql("base"))
                self.fill(table, base.get(table.name, ()), "base")
                self.fill(table, current.get(table.name, ()), "main")
            session = apsw.Session(self.conn, "main")
            for table in TABLES:
                session.attach(table.name)
                session.diff("base", table.name)
            changeset = session.changeset()
            session.close()
            return changeset
        finally:
            self.conn.execute("DETACH base")

    # -- import: apply with our conflict handler, record what was really applied ------------------------
    def apply(self, changeset: bytes, contested: frozenset | set = frozenset()) -> Applied:
        """Apply ``changeset`` to the rows in ``main`` (our current rows for the keys it touches).

        A column both sides changed keeps our value and becomes a conflict; a column only they changed takes
        theirs; nothing is resolved silently. The other secretary's choice on a conflict applies where we
        still hold the value they saw, unless the field is ``contested`` here ((table, key, column) with an
        open conflict, or with our own choice not yet acknowledged: two choices crossed). Returns what was
        applied (recorded by a second session) and the conflicts."""
        conflicts: list[ColumnConflict] = []
        merges: list[tuple[XTable, tuple, dict[str, Any]]] = []
        agreed: list[tuple[XTable, str, str]] = []

        def on_conflict(reason: int, change: apsw.TableChange) -> int:
            table = BY_NAME[change.name]
            columns = table.all_columns
            before, after = _row(change.old), _row(change.new)
            if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT):
                ours = _row(change.conflict)
                keys = ours[: len(table.key)]
                if change.op == DELETE:  # they deleted a row changed here: keep it, show it
                    conflicts.append(
                        ColumnConflict(
                            table, table.key_of(keys), "*", dict(zip(columns, ours, strict=True)), None
                        )
                    )
                    return apsw.SQLITE_CHANGESET_OMIT
                take: dict[str, Any] = {}
                for i, column in enumerate(columns):
                    theirs = after[i]
                    if i < len(table.key) or theirs is apsw.no_change:
                        continue
                    if theirs == ours[i]:
                        agreed.append((table, table.key_of(keys), column))
                        continue
                    their_old = before[i] if change.op == UPDATE else apsw.no_change
                    settled, seen = _settled_seen(their_old)
                    if settled:
                        calm = (table.name, table.key_of(keys), column) not in contested
                        their_old = ours[i] if calm and seen == ours[i] else apsw.no_change
                    if their_old is not apsw.no_change and their_old == ours[i]:
                        take[column] = theirs  # unchanged here since we last agreed: theirs is newer
                    else:
                        conflicts.append(ColumnConflict(table, table.key_of(keys), column, ours[i], theirs))
                if take:
                    merges.append((table, keys, take))
                return apsw.SQLITE_CHANGESET_OMIT
            if reason == apsw.SQLITE_CHANGESET_NOTFOUND:
                if change.op == UPDATE:  # they changed a row we do not have (deleted here, or a gap)
                    keys = before[: len(table.key)]
                    theirs = {c: v for c, v in zip(columns, after, strict=True) if v is not apsw.no_change}
                    conflicts.append(ColumnConflict(table, table.key_of(keys), "*", None, theirs))
                return apsw.SQLITE_CHANGESET_OMIT  # a delete of a row already gone: the same outcome
            return apsw.SQLITE_CHANGESET_ABORT  # constraints: the scratch has none but primary keys

        recorder = apsw.Session(self.conn, "main")
        recorder.attach()
        try:
            apsw.Changeset.apply(changeset, self.conn, conflict=on_conflict)
            for table, keys, take in merges:
                sets = ", ".join(f"{column} = ?" for column in take)
                where = " AND ".join(f"{k} = ?" for k in table.key)
                self.conn.execute(f"UPDATE {table.name} SET {sets} WHERE {where}", [*take.values(), *keys])
            applied = recorder.changeset()
        finally:
            recorder.close()
        return Applied(list(changes_in(applied)), conflicts, agreed)
