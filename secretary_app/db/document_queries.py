"""Narrow reads for the document use cases: a meeting's drafts, the directives one notice created — without
loading every document or every directive of the database to find a handful."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from secretary_app.db import records as r
from secretary_app.domain import models as m
from secretary_app.domain.errors import NotFoundError

if TYPE_CHECKING:
    from secretary_app.db.repository import Store


def meeting_documents(
    store: Store, meeting_id: int, kind: m.DocumentKind, status: m.DocumentStatus
) -> list[m.StoredDocument]:
    """The meeting's documents of one kind and status, the latest saved first."""
    return store.records(
        r.DOCUMENT,
        "meeting_id = ? AND kind = ? AND status = ?",
        [meeting_id, str(kind), str(status)],
        order_by="updated_at DESC, id DESC",
    )


def document_directives(store: Store, document_id: int) -> list[m.Directive]:
    """The directives a document created, in the document's order."""
    return store.directives("document_id = ?", [document_id])


def meeting_start(store: Store, meeting_id: int) -> datetime | None:
    """When the meeting starts (None when it is gone), without loading its agenda, attendance and minutes."""
    try:
        return store.get(r.MEETING, meeting_id).start
    except NotFoundError:
        return None
