"""The recycle bin (Thùng rác): what was deleted, and putting it back.

Records are never deleted straight to nowhere: ``ctx.meetings.delete`` and ``ctx.documents.delete_draft``
move them here whole; :meth:`TrashService.restore` brings one back with its children.
"""

from __future__ import annotations

from secretary_app.db.recycle_bin import DOCUMENT, FILE, INCOMING, MEETING
from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.i18n import QT_TRANSLATE_NOOP

KIND_CONTEXT = "labels"
KIND_LABELS = {
    MEETING: QT_TRANSLATE_NOOP("labels", "Cuộc họp"),
    DOCUMENT: QT_TRANSLATE_NOOP("labels", "Văn bản"),
    INCOMING: QT_TRANSLATE_NOOP("labels", "Văn bản đến"),
    FILE: QT_TRANSLATE_NOOP("labels", "Tệp đính kèm"),
}


class TrashService:
    def __init__(self, store: Store):
        self._store = store

    def list(self) -> list[m.BinItem]:
        """Everything in the bin, most recently deleted first."""
        return self._store.bin_entries()

    def restore(self, bin_id: int) -> tuple[str, int]:
        """Put a deleted record back with its children; returns (kind, id). NotFoundError for a bad id."""
        kind, record_id = self._store.restore_from_bin(bin_id)
        restored = Change.MEETINGS if kind == MEETING else Change.DOCUMENTS
        also = (Change.INCOMING, Change.DIRECTIVES) if kind in (INCOMING, FILE) else ()
        self._store.changed(restored, Change.MINUTES, Change.DOCUMENTS, Change.RECYCLE_BIN, *also)
        return kind, record_id
