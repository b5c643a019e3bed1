"""Small read-only queries behind the overview screens (home, the board's source list): limited in SQL, and
a document's large JSON body is never loaded, only its issuer code read out of it.

The services call these with the Store they hold; only db/ unwraps its connection.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from secretary_app.db import records as r
from secretary_app.domain import models as m

if TYPE_CHECKING:
    from secretary_app.db.repository import Store


class DocumentHeader(NamedTuple):
    """A document's register facts without its body."""

    id: int
    kind: str
    standard: str
    subject: str
    doc_date: str | None  # ISO date
    number: int | None
    type_code: str
    issuer_code: str | None  # the code printed on the document (its JSON body's issuer.code)


_HEADER_COLUMNS = (
    "id, kind, standard, subject, doc_date, number, type_code, json_extract(content, '$.issuer.code')"
)


def meetings_starting_between(store: Store, start: datetime, end: datetime) -> list[m.Meeting]:
    """Meetings starting at or after ``start`` and before ``end``, by start time (without their children)."""
    return store.records(
        r.MEETING, "start >= ? AND start < ?", [start.isoformat(), end.isoformat()], order_by="start"
    )


def recent_issued_documents(store: Store, limit: int) -> list[DocumentHeader]:
    """The latest issued documents, newest document date first."""
    rows = store.db.execute(
        f"SELECT {_HEADER_COLUMNS} FROM documents WHERE status = 'issued' ORDER BY doc_date DESC, id DESC "
        "LIMIT ?",
        [limit],
    ).fetchall()
    return [DocumentHeader(*row) for row in rows]


def record_totals(store: Store) -> tuple[int, int]:
    """(number of meetings, number of issued documents). A draft is not a document yet: it has no number
    and may be deleted, so the home screen's "Văn bản" figure leaves drafts out."""
    meetings, documents = store.db.execute(
        "SELECT (SELECT count(*) FROM meetings), (SELECT count(*) FROM documents WHERE status = 'issued')"
    ).fetchone()
    return meetings, documents


def first_day_facts(store: Store) -> tuple[bool, bool, bool]:
    """(anyone in the roster, any unit, any meeting): the first-day checklist's steps, one cheap query."""
    people, units, meetings = store.db.execute(
        "SELECT EXISTS (SELECT 1 FROM people), EXISTS (SELECT 1 FROM units), EXISTS (SELECT 1 FROM meetings)"
    ).fetchone()
    return bool(people), bool(units), bool(meetings)


def directive_source_documents(store: Store) -> list[DocumentHeader]:
    """Every document directives came from, newest first: one query over the directives' distinct sources."""
    rows = store.db.execute(
        f"SELECT {_HEADER_COLUMNS} FROM documents WHERE id IN (SELECT DISTINCT document_id FROM directives) "
        "ORDER BY doc_date DESC, id DESC"
    ).fetchall()
    return [DocumentHeader(*row) for row in rows]
