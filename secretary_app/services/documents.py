"""Documents: reading the register's records, and deleting a draft (to the recycle bin).

Drafts are written through ``ctx.issuing`` (draft_notice, draft_minutes, save_draft); numbers are taken
there (issue). An issued document is a record: nothing here or in the store changes or deletes it — a
correction is a new version (``ctx.issuing.new_version``).
"""

from __future__ import annotations

from secretary_app.db.recycle_bin import DOCUMENT
from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.errors import ReadOnlyRecordError


class DocumentService:
    def __init__(self, store: Store):
        self._store = store

    def list_documents(self) -> list[m.StoredDocument]:
        return self._store.documents()

    def get(self, document_id: int) -> m.StoredDocument:
        return self._store.document(document_id)

    def delete_draft(self, document_id: int) -> int:
        """Move a draft to the recycle bin; returns the bin entry's id. An issued document is refused with
        ReadOnlyRecordError (nothing changed)."""
        with self._store.transaction():
            document = self._store.document(document_id)
            if document.status == m.DocumentStatus.ISSUED:
                raise ReadOnlyRecordError(
                    "Văn bản đã ban hành là hồ sơ lưu trữ nên không xóa được. "
                    "Muốn sửa, hãy tạo bản đính chính (phiên bản mới)."
                )
            label = m.label(document.kind)
            title = f"{label} (dự thảo) — {document.subject}" if document.subject else f"{label} (dự thảo)"
            bin_id = self._store.move_to_bin(DOCUMENT, document_id, title)
        self._store.changed(Change.DOCUMENTS, Change.RECYCLE_BIN)
        return bin_id
