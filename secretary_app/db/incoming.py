"""The incoming register's rows (``incoming_documents``), its numbering, and the queries over it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from secretary_app.db.records import Mapper
from secretary_app.domain import models as m
from secretary_app.domain.incoming import IncomingDocument

if TYPE_CHECKING:
    from secretary_app.db.repository import Store

TABLE = "incoming_documents"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:  # a damaged value: shown as no date, the record is never saved back
        return None


INCOMING = Mapper(
    TABLE,
    lambda d: {
        "year": d.year,
        "number": d.number,
        "received_on": d.received_on.isoformat(),
        "sender": d.sender,
        "symbol": d.symbol,
        "doc_date": _iso(d.doc_date),
        "type_name": d.type_name,
        "summary": d.summary,
        "urgency": d.urgency,
        "secrecy": d.secrecy,
        "handling_deadline": _iso(d.handling_deadline),
        "handler": d.handler,
        "handled_on": _iso(d.handled_on),
        "notes": d.notes,
        "report_document_id": d.report_document_id,
    },
    lambda r: IncomingDocument(
        received_on=_date(r["received_on"]) or date(r["year"] or 1970, 1, 1),
        sender=r["sender"],
        summary=r["summary"],
        symbol=r["symbol"],
        doc_date=_date(r["doc_date"]),
        type_name=r["type_name"],
        urgency=r["urgency"],
        secrecy=r["secrecy"],
        handling_deadline=_date(r["handling_deadline"]),
        handler=r["handler"],
        handled_on=_date(r["handled_on"]),
        notes=r["notes"],
        year=r["year"],
        number=r["number"],
        report_document_id=r["report_document_id"],
        id=r["id"],
        uuid=r["uuid"],
    ),
)


def take_number(store: Store, year: int) -> int:
    """The next incoming number of ``year`` (1 for the first), taken for good: never given again, even when
    the record that had it is deleted. Call inside the transaction that saves the record."""
    db = store.db
    row = db.execute(
        "SELECT MAX(COALESCE((SELECT last FROM incoming_numbers WHERE year = :y), 0),"
        " COALESCE((SELECT MAX(number) FROM incoming_documents WHERE year = :y), 0))",
        {"y": year},
    ).fetchone()
    number = int(row[0]) + 1
    db.execute(
        "INSERT INTO incoming_numbers (year, last) VALUES (?, ?)"
        " ON CONFLICT(year) DO UPDATE SET last = excluded.last",
        [year, number],
    )
    return number


def get(store: Store, incoming_id: int) -> IncomingDocument:
    return store.get(INCOMING, incoming_id)


def listing(store: Store, year: int | None = None) -> list[IncomingDocument]:
    """The register, newest first (of one year when given)."""
    if year is None:
        return store.records(INCOMING, order_by="year DESC, number DESC")
    return store.records(INCOMING, "year = ?", [year], order_by="number DESC")


def years(store: Store) -> list[int]:
    return [r[0] for r in store.db.execute("SELECT DISTINCT year FROM incoming_documents ORDER BY year DESC")]


def by_uuid(store: Store, record_uuid: str) -> IncomingDocument | None:
    found = store.records(INCOMING, "uuid = ?", [record_uuid])
    return found[0] if found else None


def to_handle(store: Store, until: date, limit: int) -> list[IncomingDocument]:
    """Not yet handled, with a handling deadline on or before ``until``: the nearest deadline first."""
    rows = store.read_tolerantly(
        lambda: list(
            store.db.table(TABLE).rows_where(
                "handled_on IS NULL AND handling_deadline IS NOT NULL AND handling_deadline <= ?",
                [until.isoformat()],
                order_by="handling_deadline, number",
                limit=limit,
            )
        )
    )
    return [store._load(INCOMING, row) for row in rows]


def directives_of(store: Store, incoming_id: int) -> list[m.Directive]:
    return store.directives("incoming_id = ?", [incoming_id])


def linked_to_report(store: Store, document_id: int) -> list[IncomingDocument]:
    return store.records(INCOMING, "report_document_id = ?", [document_id])


def labels(store: Store, incoming_ids: list[int]) -> dict[int, IncomingDocument]:
    """The incoming documents of these ids (the board's source labels), in one query."""
    if not incoming_ids:
        return {}
    import json

    found = store.records(INCOMING, "id IN (SELECT value FROM json_each(?))", [json.dumps(incoming_ids)])
    return {d.id: d for d in found if d.id is not None}


def task_counts(store: Store) -> dict[int, int]:
    """{incoming id: number of directives linked to it}."""
    rows = store.db.execute(
        "SELECT incoming_id, count(*) FROM directives WHERE incoming_id IS NOT NULL GROUP BY incoming_id"
    ).fetchall()
    return {int(i): int(n) for i, n in rows}
