"""Small lookups the directive operations need (services/directives.py): by UUID, by source notice, the
tasks a split made. Each returns whole directive aggregates or ids; the SQL stays here."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from secretary_app.domain import models as m

if TYPE_CHECKING:
    from secretary_app.db.repository import Store


def directive_id_by_uuid(store: Store, uuid: str) -> int | None:
    row = store.db.execute("SELECT id FROM directives WHERE uuid = ?", [uuid]).fetchone()
    return row[0] if row else None


def directives_from_documents(store: Store, document_ids: Collection[int]) -> list[m.Directive]:
    """The directives the given documents created, in each document's order."""
    ids = list(document_ids)
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return store.directives(f"document_id IN ({marks})", ids)


def split_children(store: Store, directive_id: int) -> list[m.Directive]:
    """The directives a split made of ``directive_id``."""
    return store.directives("split_from_id = ?", [directive_id])


def superseded_ids(store: Store, ids: Collection[int]) -> set[int]:
    """Of ``ids``, the cancelled directives other tasks took over: merged into or replaced by another
    (``replaced_by_id``), or split into one task per unit (a part's ``split_from_id``)."""
    found: set[int] = set()
    wanted = list(ids)
    for start in range(0, len(wanted), 500):  # well under SQLite's bound-variable limit
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = store.db.execute(
            f"SELECT id FROM directives WHERE id IN ({marks}) AND status = ? AND (replaced_by_id IS NOT NULL"
            " OR EXISTS (SELECT 1 FROM directives AS part WHERE part.split_from_id = directives.id))",
            [*chunk, str(m.DirectiveStatus.CANCELLED)],
        )
        found.update(row[0] for row in rows)
    return found
