"""Directive board queries: one SQL statement per call (but for one page of a very common word, see
:func:`_page_of_common_text`), with the deadline status computed in SQL.

``Store.directives()`` loads each directive's children with further queries (N+1): right for editing one
aggregate, far too slow for a board over 100,000 directives. Here every call is a single statement joining
the lead unit and the source document, and the status is evaluated by SQLite, so filtering by status and
counting per status never materialise rows in Python.

:data:`STATUS_SQL` is the rule of :func:`secretary_app.domain.deadlines.compute_status` written in SQL.
The domain function stays the definition; tests/unit/test_directives_board.py checks that both agree on
every combination of facts, so a change to one without the other fails.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlite_utils import Database

from secretary_app.db import search
from secretary_app.domain.deadlines import DeadlineStatus as S

if TYPE_CHECKING:
    from secretary_app.db.repository import Store

# Done after the first deadline (or on an unknown day) of a directive whose deadline was extended.
_EXTENDED_SQL = "d.original_deadline IS NOT NULL AND NOT COALESCE(d.completed_on <= d.original_deadline, 0)"

STATUS_SQL = f"""CASE
    WHEN d.status = 'cancelled' THEN '{S.CANCELLED}'
    WHEN d.status = 'done' THEN
        CASE WHEN d.ongoing THEN '{S.DONE_ON_TIME}'
            WHEN d.completed_on > d.deadline THEN '{S.DONE_LATE}'
            WHEN {_EXTENDED_SQL} THEN '{S.DONE_EXTENDED}'
            ELSE '{S.DONE_ON_TIME}' END
    WHEN d.ongoing THEN '{S.ONGOING}'
    WHEN d.deadline IS NULL THEN '{S.NO_DEADLINE}'
    WHEN d.deadline < :today THEN '{S.OVERDUE}'
    WHEN EXISTS (SELECT 1 FROM progress_notes p WHERE p.directive_id = d.id) THEN '{S.IN_PROGRESS}'
    ELSE '{S.NOT_DUE}'
END"""
# (completed_on > deadline is NULL, hence not true, when either date is missing: not late, as in Python.)

# The stored state (DirectiveStatus) each computed status comes from.
_STORED_STATE = {
    **{str(s): "open" for s in (S.ONGOING, S.NO_DEADLINE, S.NOT_DUE, S.IN_PROGRESS, S.OVERDUE)},
    str(S.DONE_ON_TIME): "done",
    str(S.DONE_EXTENDED): "done",
    str(S.DONE_LATE): "done",
    str(S.CANCELLED): "cancelled",
}

# The statuses of open directives with a deadline (not standing duties): see _where.
_DATED_OPEN = {str(S.OVERDUE), str(S.NOT_DUE), str(S.IN_PROGRESS)}

# The day a directive was assigned: its notice's date, else the day the document that brought it was received
# (sổ văn bản đến), else the day it was recorded.
ASSIGNED_SQL = (
    "COALESCE((SELECT doc_date FROM documents WHERE documents.id = d.document_id),"
    " (SELECT received_on FROM incoming_documents i WHERE i.id = d.incoming_id),"
    " substr(d.created_at, 1, 10))"
)

# Column order of the rows returned by board_rows (BoardRow in services/directives_board.py follows it).
COLUMNS = (
    "id",
    "content",
    "heading",
    "document_id",
    "meeting_id",
    "lead_unit_id",
    "lead_unit_name",
    "lead_unit_short",
    "deadline",
    "ongoing",
    "deadline_text",
    "completed_on",
    "result",
    "ord",
    "doc_kind",
    "doc_standard",
    "doc_number",
    "doc_type_code",
    "doc_date",
    "issuer_code",
    "computed_status",
    "original_deadline",
    "uuid",
    "assigned_on",
    "incoming_id",
    "incoming_symbol",
    "incoming_type",
    "incoming_date",
    "incoming_sender",
)

# The filtered (and, for one page, sorted and limited) rows first: directive, lead unit, and the source
# document's columns that precede its large content. Then the issuer code, read from the JSON of each
# *distinct* source document of those rows: parsing a notice's JSON once per directive would cost more than
# all the rest of the query.
_ROWS = f"""WITH rows AS MATERIALIZED (
    SELECT d.id, d.content, d.heading, d.document_id, d.meeting_id, d.lead_unit_id,
        u.name AS unit_name, u.short_name AS unit_short, d.deadline, d.ongoing, d.deadline_text,
        d.completed_on, d.result, d.ord, doc.kind AS doc_kind, doc.standard AS doc_standard,
        doc.number AS doc_number, doc.type_code AS doc_type_code, doc.doc_date,
        {STATUS_SQL} AS computed_status, d.original_deadline, d.uuid, {ASSIGNED_SQL} AS assigned_on,
        d.incoming_id
    FROM directives d
    LEFT JOIN units u ON u.id = d.lead_unit_id
    LEFT JOIN documents doc ON doc.id = d.document_id
    {{where}}{{page}}
), codes AS MATERIALIZED (
    SELECT id, json_extract(content, '$.issuer.code') AS code FROM documents
    WHERE id IN (SELECT document_id FROM rows) GROUP BY id
), incs AS MATERIALIZED (
    SELECT id AS inc_id, symbol AS inc_symbol, type_name AS inc_type, doc_date AS inc_date,
        sender AS inc_sender FROM incoming_documents WHERE id IN (SELECT incoming_id FROM rows)
)
SELECT rows.id, content, heading, document_id, meeting_id, lead_unit_id, unit_name, unit_short, deadline,
    ongoing, deadline_text, completed_on, result, ord, doc_kind, doc_standard, doc_number, doc_type_code,
    doc_date,
    -- the code printed on the document wins over today's profile: it is what was issued
    COALESCE(codes.code, (SELECT code FROM organisation ORDER BY id LIMIT 1)),
    computed_status, original_deadline, uuid, assigned_on,
    incoming_id, inc_symbol, inc_type, inc_date, inc_sender
FROM rows LEFT JOIN codes ON codes.id = rows.document_id LEFT JOIN incs ON incs.inc_id = rows.incoming_id
ORDER BY {{order}}"""

# Sort keys, written once for the inner query (directives "d") and the outer one ("rows").
ORDERS = {
    # the notice's order: newest notice first, its items as listed ({t}.ord: units have an "ord" too)
    "source": "doc_date DESC, document_id DESC, {t}.ord, {t}.id",
    # most urgent first; standing duties and undated ones last
    "deadline": "deadline IS NULL, deadline, doc_date DESC, {t}.ord, {t}.id",
}


@dataclass(frozen=True)
class BoardQuery:
    """Filters in storage terms (ids, ISO dates, status values); None means "no filter"."""

    statuses: Collection[str] | None = None
    lead_unit_ids: Collection[int] | None = None
    document_ids: Collection[int] | None = None
    deadline_from: date | None = None
    deadline_to: date | None = None
    text_tokens: tuple[str, ...] = ()
    order: str = "source"
    limit: int | None = None
    ids: Collection[int] | None = None  # directive ids (a page already found by _page_of_common_text)
    assigned_from: date | None = None  # assigned (ASSIGNED_SQL) on or after
    assigned_to: date | None = None


def _in(column: str, values: Collection, params: dict, name: str) -> str:
    """``column IN (:name0, :name1, …)`` with the values bound (an empty collection matches nothing)."""
    keys = []
    for i, value in enumerate(values):
        params[f"{name}{i}"] = value
        keys.append(f":{name}{i}")
    return f"{column} IN ({', '.join(keys)})" if keys else "0"


def _where(query: BoardQuery, params: dict, text: bool = True) -> str:
    clauses = []
    if query.lead_unit_ids is not None:
        clauses.append(_in("d.lead_unit_id", query.lead_unit_ids, params, "unit"))
    if query.document_ids is not None:
        clauses.append(_in("d.document_id", query.document_ids, params, "doc"))
    if query.ids is not None:
        clauses.append("d.id IN (SELECT value FROM json_each(:ids))")
        params["ids"] = json.dumps(list(query.ids))
    if query.deadline_from is not None:
        clauses.append("d.deadline >= :deadline_from")
        params["deadline_from"] = query.deadline_from.isoformat()
    if query.deadline_to is not None:
        clauses.append("d.deadline <= :deadline_to")
        params["deadline_to"] = query.deadline_to.isoformat()
    if query.assigned_from is not None or query.assigned_to is not None:
        clauses.append(f"{ASSIGNED_SQL} BETWEEN :assigned_from AND :assigned_to")
        params["assigned_from"] = (query.assigned_from or date.min).isoformat()
        params["assigned_to"] = (query.assigned_to or date.max).isoformat()
    if query.statuses is not None:
        # The stored state narrows the rows first (through the directives_board index), so that the open
        # items of a ten-year database are found without evaluating the status of every finished one.
        states = {_STORED_STATE[s] for s in query.statuses}
        clauses.append(_in("d.status", sorted(states), params, "state"))
        if not set(query.statuses) >= {s for s, state in _STORED_STATE.items() if state in states}:
            # (When every status of those stored states is wanted, the open items for instance, the stored
            # state says it all and the status expression need not be evaluated twice per row.)
            clauses.append(_in(f"({STATUS_SQL})", query.statuses, params, "status"))
        # What those statuses imply of the indexed facts, so that the board index narrows to their range
        # (the overdue items of the home screen are a range of it: open, not standing, deadline before today).
        wanted = set(query.statuses)
        if wanted <= _DATED_OPEN:
            clauses.append("d.ongoing = 0")
            if wanted <= {str(S.OVERDUE)}:
                clauses.append("d.deadline < :today")
            elif str(S.OVERDUE) not in wanted:
                clauses.append("d.deadline >= :today")
            else:
                clauses.append("d.deadline IS NOT NULL")
    matching = search.directive_ids_sql(list(query.text_tokens)) if text else None
    if matching is not None:
        sql, search_params = matching
        clauses.append(f"d.id IN ({sql})")
        params.update(search_params)
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def board_rows(store: Store, today: date, query: BoardQuery = BoardQuery()) -> list[tuple]:
    """Directive rows (see COLUMNS) matching ``query``, their status computed for ``today``."""
    db = store.db
    if query.text_tokens and query.limit is not None:
        ids = _page_of_common_text(db, today, query)
        if ids is not None:
            query = replace(query, text_tokens=(), ids=ids)
    params: dict = {"today": today.isoformat()}
    order = ORDERS[query.order]
    where = _where(query, params)
    page = ""
    if query.limit is not None:
        page = f" ORDER BY {order.format(t='d')} LIMIT :limit"
        params["limit"] = query.limit
        if query.order == "deadline" and query.statuses is not None and set(query.statuses) <= _DATED_OPEN:
            # The first page by deadline of dated items (the home screen's overdue list) lies at or before the
            # deadline of its last row, which the board index gives in deadline order after reading that many
            # entries: only those rows are then read, joined and sorted, not every overdue item.
            where += (
                f" AND d.deadline <= COALESCE((SELECT d.deadline FROM directives d{where}"
                " ORDER BY d.deadline LIMIT 1 OFFSET :nth), '9999-12-31')"
            )
            params["nth"] = query.limit - 1
    sql = _ROWS.format(where=where, page=page, order=order.format(t="rows"))
    return store.read_tolerantly(lambda: db.execute(sql, params).fetchall())


# A text filter on a word in most directives ("công tác") makes the FTS sub-select list ~100,000 row ids
# before the first row can be shown: ~50 ms on a ten-year database. For one page of the board it is cheaper
# to walk the other filters' matches in board order and test the words on them a chunk at a time
# (search.directives_matching, ~8 µs a row), stopping as soon as the page is full. The sub-select costs
# ~0.5 µs per directive matching the words, the walk ~8 µs per row walked, i.e. ~8 µs × page × directives /
# matches: for a page of 100 of 100,000 directives they break even near 13,000 matches. Below COMMON_TEXT
# matches (every word of a smaller database) the sub-select stays; WALK_MAX bounds the walk when the page
# does not fill (the words are common, but not among the rows filtered).
COMMON_TEXT = 15_000
WALK_CHUNK = 400
WALK_MAX = 4000


def _page_of_common_text(db: Database, today: date, query: BoardQuery) -> list[int] | None:
    """The ids of one page of ``query`` (text and limit given) found by walking, or None: use the
    sub-select."""
    tokens = list(query.text_tokens)
    if search.directive_match_count(db, tokens, COMMON_TEXT) < COMMON_TEXT:
        return None
    params: dict = {"today": today.isoformat(), "walk": WALK_MAX + 1}
    where = _where(query, params, text=False)
    candidates = [
        row[0]
        for row in db.execute(
            "SELECT d.id FROM directives d LEFT JOIN documents doc ON doc.id = d.document_id"
            f"{where} ORDER BY {ORDERS[query.order].format(t='d')} LIMIT :walk",
            params,
        )
    ]
    found: list[int] = []
    limit = query.limit or 0  # the caller gives a limit (else the sub-select serves)
    for start in range(0, min(len(candidates), WALK_MAX), WALK_CHUNK):
        chunk = candidates[start : start + WALK_CHUNK]
        matched = search.directives_matching(db, tokens, chunk)
        found += [i for i in chunk if i in matched]
        if len(found) >= limit:
            return found[:limit]
    if len(candidates) > WALK_MAX:
        return None  # the page did not fill within the walk: the sub-select finds the rest
    return found


def status_counts(store: Store, today: date, query: BoardQuery = BoardQuery()) -> dict[str, int]:
    """Number of directives per computed status (statuses with none are absent)."""
    db = store.db
    params: dict = {"today": today.isoformat()}
    where = _where(query, params)
    # Only the directives table: its board index covers the stored facts, so no wide row is read.
    if query.text_tokens:  # (the split below would run the text sub-select three times)
        sql = f"SELECT {STATUS_SQL} AS s, count(*) FROM directives d {where} GROUP BY s"
        return dict(db.execute(sql, params).fetchall())
    # Grouping 100,000 rows by the status expression sorts them all (~35 ms on a ten-year database). The
    # finished ones, nine in ten, are only counted instead, straight from the board index: their status does
    # not depend on today. Only the open ones are grouped.
    also = f"AND ({where.removeprefix(' WHERE ')})" if where else ""
    sql = f"""SELECT 'cancelled', count(*) FROM directives d WHERE d.status = 'cancelled' {also}
    UNION ALL SELECT 'done', count(*) FROM directives d WHERE d.status = 'done' {also}
    UNION ALL SELECT 'late', count(*) FROM directives d
        WHERE d.status = 'done' AND NOT d.ongoing AND d.completed_on > d.deadline {also}
    UNION ALL SELECT 'extended', count(*) FROM directives d
        WHERE d.status = 'done' AND NOT d.ongoing AND NOT COALESCE(d.completed_on > d.deadline, 0)
        AND {_EXTENDED_SQL} {also}
    UNION ALL SELECT * FROM (
        SELECT {STATUS_SQL} AS s, count(*) FROM directives d
        WHERE d.status NOT IN ('done', 'cancelled') {also}
        GROUP BY s)"""
    counts = dict(db.execute(sql, params).fetchall())
    done, late, extended = counts.pop("done"), counts.pop("late"), counts.pop("extended")
    counts[str(S.DONE_LATE)], counts[str(S.DONE_EXTENDED)] = late, extended
    counts[str(S.DONE_ON_TIME)] = done - late - extended
    return {status: n for status, n in counts.items() if n}
