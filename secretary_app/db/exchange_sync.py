"""One changeset made for a site, or one changeset from a site applied here (docs/exchange.md).

Both steps run inside the caller's write transaction on the app's connection; the session extension works
in a private scratch (db/exchange_scratch.py). Making a changeset moves the site's base to what it will have;
applying one writes the local tables, the search index, the audit log, the conflicts and the sender's base.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import apsw

from secretary_app.db import exchange_store as xs
from secretary_app.db import exchange_view as xv
from secretary_app.db.exchange_scratch import DELETE, INSERT, UPDATE, RowChange, Scratch, changes_in, encode
from secretary_app.db.exchange_tables import BY_NAME, DIRECTIVES, TABLES, XTable
from secretary_app.domain.errors import RuleError

if TYPE_CHECKING:
    from secretary_app.db.repository import Store


@dataclass
class ApplyReport:
    counts: Counter = field(default_factory=Counter)  # exchange table → rows changed here
    conflicts: list[dict] = field(default_factory=list)  # {table, key, column, ours, theirs}
    # (table, key, column, value, value before) of every column applied here
    values: list[tuple[str, str, str, Any, Any]] = field(default_factory=list)

    def merge(self, other: ApplyReport) -> None:
        self.counts.update(other.counts)
        self.conflicts += other.conflicts
        self.values += other.values


def make_changeset(store: Store, site: str, unit_id: int | None) -> tuple[bytes, Counter]:
    """The changeset that brings ``site`` from what it has of ours to what it should have now; the site's base
    becomes the latter. ``unit_id``: the unit the site is on our side (None: it is the head office)."""
    db = store.db
    base = xv.load_base(db, site)
    view = xv.current_view(db, unit_id, base, xs.held_columns(store, site))
    scratch = Scratch()
    try:
        changeset = scratch.diff({name: list(rows.values()) for name, rows in base.items()}, view)
    finally:
        scratch.close()
    counts: Counter = Counter()
    by_key = {table.name: {table.key_of(row): row for row in view[table.name]} for table in TABLES}
    for change in changes_in(changeset):
        counts[change.table.name] += 1
        row = None if change.op == DELETE else by_key[change.table.name][change.key]
        xv.put_base(db, site, change.table, change.key, row)
    return changeset, counts


def apply_changeset(store: Store, site: str, site_name: str, changeset: bytes, label: str) -> ApplyReport:
    """Apply one changeset from ``site`` here; ``label`` names the packet in the audit log and conflicts."""
    db = store.db
    try:
        incoming = list(changes_in(changeset))
    except apsw.Error as exc:
        raise RuleError(
            f"Không đọc được {label}: dữ liệu trong gói không hợp lệ. Không có gì thay đổi."
        ) from exc
    keys: dict[str, set[str]] = {}
    for change in incoming:
        keys.setdefault(change.table.name, set()).add(change.key)
    scratch = Scratch()
    try:
        before = {table.name: xv.local_rows(db, table, keys.get(table.name, ())) for table in TABLES}
        for table in TABLES:
            scratch.fill(table, before[table.name].values())
        try:
            outcome = scratch.apply(changeset, xs.contested(store, site))
        except apsw.Error as exc:  # a changeset SQLite cannot read or apply: refused whole, nothing kept
            raise RuleError(
                f"Không áp dụng được {label}: dữ liệu trong gói không hợp lệ ({exc}). Không có gì thay đổi."
            ) from exc
        after = {table.name: {table.key_of(row): row for row in scratch.rows(table)} for table in TABLES}
    finally:
        scratch.close()
    report = ApplyReport()
    stamp = xs.now()
    audit = xs.AuditBatch(store)
    open_conflicts = {(c["tbl"], c["row_key"], c["col"]): c for c in xs.conflicts(store) if c["site"] == site}
    for table in TABLES:  # parents first
        for change in (c for c in outcome.changes if c.table is table and c.op != DELETE):
            _place(store, change, after, site, site_name, label, stamp, report, open_conflicts, audit)
    for table in reversed(TABLES):  # children first
        for change in (c for c in outcome.changes if c.table is table and c.op == DELETE):
            _place(store, change, after, site, site_name, label, stamp, report, open_conflicts, audit)
    for table, key, column in outcome.agreed:  # both sides hold the same value now: nothing left to choose
        held = open_conflicts.pop((table.name, key, column), None)
        if held is not None:
            xs.close_conflict(store, held["id"], "agreed", f"{site_name} ({label})")
            store.audit(
                "exchange-resolve", table.local, key if table.by_uuid else "", f"{label}: {column} khớp"
            )
    for conflict in outcome.conflicts:
        _keep_conflict(
            store,
            site,
            site_name,
            label,
            conflict.table,
            conflict.key,
            conflict.column,
            conflict.ours,
            conflict.theirs,
            report,
            open_conflicts,
        )
    audit.flush()
    _move_base(store, site, incoming, before)
    return report


def _place(
    store, change: RowChange, after, site, site_name, label, stamp, report, open_conflicts, audit
) -> None:
    table = change.table
    row = after[table.name].get(change.key)
    row_dict = dict(zip(table.all_columns, row, strict=True)) if row is not None else None
    if not xs.write_change(store, change, row_dict, label, stamp, audit):
        _keep_conflict(
            store, site, site_name, label, table, change.key, "*", None, row_dict, report, open_conflicts
        )
        return
    report.counts[table.name] += 1
    for column, value in change.new.items():
        report.values.append((table.name, change.key, column, value, change.old.get(column)))
        held = open_conflicts.pop((table.name, change.key, column), None)
        if held is not None:  # their secretary's choice reached us
            xs.close_conflict(store, held["id"], "theirs", f"{site_name} ({label})")
            store.audit(
                "exchange-resolve", table.local, change.key, f"{label}: {column} chọn tại {site_name}"
            )
    xs.note_site(store, table, change.key, site, site_name, stamp)
    task = row_dict.get("directive_uuid") if row_dict else None
    if task and table is not DIRECTIVES:
        xs.note_site(store, DIRECTIVES, task, site, site_name, stamp)


def _keep_conflict(
    store, site, site_name, label, table: XTable, key, column, ours, theirs, report, open_conflicts
):
    report.conflicts.append(
        {
            "table": table.name,
            "label": table.label,
            "key": key,
            "column": column,
            "ours": ours,
            "theirs": theirs,
        }
    )
    held = open_conflicts.get((table.name, key, column))
    if held is not None:  # still open: their newer value replaces the one waiting beside ours
        store.db.execute(
            "UPDATE exchange_conflicts SET theirs = ?, packet = ? WHERE id = ?",
            [encode(theirs), label, held["id"]],
        )
    else:
        xs.add_conflict(store, site, site_name, label, table, key, column, ours, theirs)
    store.audit("exchange-conflict", table.local, key if table.by_uuid else "", f"{label}: {column}")


def _move_base(store: Store, site: str, incoming: list[RowChange], before: dict[str, dict]) -> None:
    """The sender has what it sent us: its base moves by the incoming changes (conflicts included: theirs)."""
    base = xv.load_base(store.db, site, (change.key for change in incoming))
    for change in incoming:
        table = change.table
        if change.op == DELETE:
            xv.put_base(store.db, site, table, change.key, None)
            continue
        old = base[table.name].get(change.key) or before[table.name].get(change.key)
        if change.op == INSERT or old is None:
            row = tuple(change.new.get(c) for c in table.all_columns)
            if old is not None:
                row = tuple(change.new.get(c, old[i]) for i, c in enumerate(table.all_columns))
        else:
            row = tuple(change.new.get(c, old[i]) for i, c in enumerate(table.all_columns))
        xv.put_base(store.db, site, table, change.key, row)


def settle(store: Store, conflict: dict, choice: str) -> None:
    """The secretary chose: "theirs" is written here; either way the choice goes to the other site with the
    next packet, carrying the value the secretary saw there. It applies there if that site still holds that
    value and has not itself chosen meanwhile; otherwise it shows there as a conflict: two opposite choices
    that cross never silently swap the values."""
    if choice == "theirs":
        _take_theirs(store, conflict)
    if conflict["col"] != "*":
        seen = json.loads(conflict["theirs"]) if conflict["theirs"] is not None else None
        table = BY_NAME[conflict["tbl"]]
        xv.unsettle_base(store.db, conflict["site"], table, conflict["row_key"], conflict["col"], seen)


def _take_theirs(store: Store, conflict: dict) -> None:
    table = BY_NAME[conflict["tbl"]]
    key, column = conflict["row_key"], conflict["col"]
    theirs = json.loads(conflict["theirs"]) if conflict["theirs"] is not None else None
    label = conflict["packet"]
    ours = xv.local_rows(store.db, table, [key]).get(key)
    key_values = tuple(json.loads(key)) if not table.by_uuid else (key,)
    placed = False
    if column == "*":
        if theirs is None and ours is not None:  # they deleted it
            placed = xs.write_change(store, RowChange(table, DELETE, key, key_values), None, label, xs.now())
        elif isinstance(theirs, dict) and ours is None and set(theirs) >= set(table.all_columns):
            change = RowChange(table, INSERT, key, key_values, theirs)
            placed = xs.write_change(store, change, theirs, label, xs.now())
    if column == "*" or ours is None:
        if not placed:  # their version is not a whole record this site can hold: say so, change nothing
            raise RuleError(
                "Không lấy được bản của đơn vị gửi: bản ghi này không có đủ dữ liệu ở đây (thiếu gói trước, "
                "hoặc đã xóa). Hãy giữ bản tại đây, hoặc nhận lại các gói còn thiếu."
            )
        return
    row = {**dict(zip(table.all_columns, ours, strict=True)), column: theirs}
    xs.write_change(store, RowChange(table, UPDATE, key, key_values, {column: theirs}), row, label, xs.now())
