"""What a paired site should have of ours now (the *current view*), and what it has (the *base*).

The rules of what travels (issue 16 item 2, docs/exchange.md) are here and nowhere else:

* head office → bureau (the site is paired to a unit on our side, ``unit_id``): the directives whose lead or
  cooperating unit it is, their cooperating links, progress notes and extension steps, the notices they came
  from, the units they name, the unit's members;
* bureau → head office (no unit: the site is the head office): of the directives received from it, the status,
  completion date and result, their progress notes and extension requests; copies of our own meetings' issued
  notices and minutes;
* never a document with a secrecy mark (a directive from one travels without it), nor another unit's tasks.

A column that does not travel keeps its base value, and so does a row that no longer qualifies: neither ever
appears in a changeset. A column with an open conflict is held back the same way until the secretary chooses.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlite_utils import Database

from secretary_app.db.exchange_scratch import Row, settled_marker
from secretary_app.db.exchange_tables import (
    COOPERATION,
    DIRECTIVES,
    DOCUMENTS,
    EXTENSIONS,
    PEOPLE,
    PROGRESS,
    TABLES,
    UNITS,
    XTable,
)

Rows = dict[str, dict[str, Row]]  # exchange table name → row key → row

# Bureau → head office: the columns that travel up (None: all of them); tables not named never travel up.
_UP_COLUMNS: dict[str, frozenset[str] | None] = {
    DIRECTIVES.name: frozenset({"status", "completed_on", "result"}),
    PROGRESS.name: None,
    EXTENSIONS.name: None,
    DOCUMENTS.name: None,
}
_EACH = "SELECT value FROM json_each(:keys)"
_NOT_SECRET = "COALESCE(secrecy, '') = ''"


def _keys(db: Database, sql: str, args: dict) -> set[str]:
    return {row[0] for row in db.execute(sql, args).fetchall()}


def eligible_keys(db: Database, unit_id: int | None, base: Rows) -> dict[str, set[str]]:
    """The keys of the rows that may travel to the site, by exchange table."""
    if unit_id is not None:
        tasks = (
            "SELECT id FROM directives WHERE lead_unit_id = :unit OR id IN "
            "(SELECT directive_id FROM directive_cooperating_units WHERE unit_id = :unit)"
        )
        args: dict = {"unit": unit_id}
        keys = {
            UNITS.name: _keys(
                db,
                f"SELECT uuid FROM units WHERE id = :unit OR id IN (SELECT lead_unit_id FROM directives "
                f"WHERE id IN ({tasks})) OR id IN (SELECT unit_id FROM directive_cooperating_units "
                f"WHERE directive_id IN ({tasks}))",
                args,
            ),
            PEOPLE.name: _keys(db, "SELECT uuid FROM people WHERE unit_id = :unit", args),
            DOCUMENTS.name: _keys(
                db,
                f"SELECT uuid FROM documents WHERE {_NOT_SECRET} AND id IN "
                f"(SELECT document_id FROM directives WHERE id IN ({tasks}))",
                args,
            ),
        }
    else:
        args = {"keys": json.dumps(list(base.get(DIRECTIVES.name, {})))}
        tasks = f"SELECT id FROM directives WHERE uuid IN ({_EACH})"
        keys = {
            UNITS.name: set(),
            PEOPLE.name: set(),
            # Only to a site that has given us tasks (our head office): a site paired without a unit on a head
            # office's side (a slip) must not receive the head office's own minutes.
            DOCUMENTS.name: _keys(
                db,
                f"SELECT uuid FROM documents WHERE status = 'issued' AND {_NOT_SECRET} AND meeting_id IS NOT "
                "NULL AND kind IN ('notice', 'minutes')",
                {},
            )
            if base.get(DIRECTIVES.name)
            else set(),
        }
    keys[DIRECTIVES.name] = _keys(db, f"SELECT uuid FROM directives WHERE id IN ({tasks})", args)
    keys[PROGRESS.name] = _keys(db, f"SELECT uuid FROM progress_notes WHERE directive_id IN ({tasks})", args)
    keys[EXTENSIONS.name] = _keys(
        db, f"SELECT uuid FROM directive_extensions WHERE directive_id IN ({tasks})", args
    )
    keys[COOPERATION.name] = (
        {
            COOPERATION.key_of(tuple(row))
            for row in db.execute(
                "SELECT directive_uuid, unit_uuid FROM x_cooperation WHERE directive_uuid IN "
                "(SELECT value FROM json_each(:keys))",
                {"keys": json.dumps(sorted(keys[DIRECTIVES.name]))},
            ).fetchall()
        }
        if unit_id is not None
        else set()
    )
    return keys


def local_rows(db: Database, table: XTable, keys: Iterable[str]) -> dict[str, Row]:
    """Our rows of ``table`` (in the exchange shape) for these keys; keys we do not have are left out."""
    keys = list(keys)
    if not keys:
        return {}
    if table.by_uuid:
        sql = f"SELECT * FROM {table.name} WHERE uuid IN (SELECT value FROM json_each(?))"
        rows = db.execute(sql, [json.dumps(keys)]).fetchall()
    else:  # the cooperating links, keyed by (directive, unit)
        wanted = {tuple(json.loads(k)) for k in keys}
        parents = json.dumps(sorted({k[0] for k in wanted}))
        sql = f"SELECT * FROM {table.name} WHERE directive_uuid IN (SELECT value FROM json_each(?))"
        rows = [row for row in db.execute(sql, [parents]).fetchall() if tuple(row[:2]) in wanted]
    return {table.key_of(tuple(row)): tuple(row) for row in rows}


def current_view(
    db: Database, unit_id: int | None, base: Rows, held: dict[str, dict[str, set[str]]]
) -> dict[str, list[Row]]:
    """What the site should have of ours now. ``held``: columns with an open conflict, by table and key."""
    eligible = eligible_keys(db, unit_id, base)
    view: dict[str, list[Row]] = {}
    for table in TABLES:
        base_rows = base.get(table.name, {})
        keys = eligible[table.name]
        ours = local_rows(db, table, keys | set(base_rows))
        travels = None if unit_id is not None else _UP_COLUMNS.get(table.name, frozenset())
        rows: list[Row] = []
        for key, row in ours.items():
            before = base_rows.get(key)
            if key not in keys:
                if before is not None:
                    rows.append(before)  # no longer qualifies (or never travels this way): as it was
                continue
            if before is not None:
                stays = held.get(table.name, {}).get(key, set())
                row = tuple(
                    value if (travels is None or column in travels) and column not in stays else before[i]
                    for i, (column, value) in enumerate(zip(table.all_columns, row, strict=True))
                )
            rows.append(row)
        # A record in an open whole-row conflict (deleted on one side, changed on the other) stays as the site
        # has it until the secretary chooses: its deletion does not travel meanwhile.
        for key, stays in held.get(table.name, {}).items():
            if "*" in stays and key not in ours and key in base_rows:
                rows.append(base_rows[key])
        view[table.name] = rows
    _drop_withheld_references(view, base)
    return view


def _drop_withheld_references(view: dict[str, list[Row]], base: Rows) -> None:
    """A directive whose notice does not travel (a secret one) travels without the reference to it."""
    documents = {row[0] for row in view[DOCUMENTS.name]} | set(base.get(DOCUMENTS.name, {}))
    column = DIRECTIVES.all_columns.index("document_uuid")
    view[DIRECTIVES.name] = [
        row if row[column] is None or row[column] in documents else (*row[:column], None, *row[column + 1 :])
        for row in view[DIRECTIVES.name]
    ]


# -- the base: what a site has of ours -------------------------------------------------------------------
def load_base(db: Database, site: str, keys: Iterable[str] | None = None) -> Rows:
    """What ``site`` has of ours (only the rows with these keys, when given)."""
    base: Rows = {table.name: {} for table in TABLES}
    sql, args = "SELECT tbl, row_key, row FROM exchange_base WHERE site = ?", [site]
    if keys is not None:
        sql += " AND row_key IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(sorted(set(keys))))
    for tbl, key, row in db.execute(sql, args).fetchall():
        if tbl in base:
            base[tbl][key] = tuple(json.loads(row))
    return base


def put_base(db: Database, site: str, table: XTable, key: str, row: Row | None) -> None:
    if row is None:
        db.execute(
            "DELETE FROM exchange_base WHERE site = ? AND tbl = ? AND row_key = ?", [site, table.name, key]
        )
    else:
        db.execute(
            "INSERT OR REPLACE INTO exchange_base (site, tbl, row_key, row) VALUES (?, ?, ?, ?)",
            [site, table.name, key, json.dumps(list(row), ensure_ascii=False)],
        )


def unsettle_base(db: Database, site: str, table: XTable, key: str, column: str, seen: object) -> None:
    """The secretary settled ``column``: the site's base records a marker carrying what they saw there."""
    row = db.execute(
        "SELECT row FROM exchange_base WHERE site = ? AND tbl = ? AND row_key = ?", [site, table.name, key]
    ).fetchone()
    if row is None:
        return
    values = json.loads(row[0])
    values[table.all_columns.index(column)] = settled_marker(seen)
    put_base(db, site, table, key, tuple(values))
