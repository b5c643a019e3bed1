"""Files kept with records (``ctx.files``): the received document's original, what came with it, and the
signed scan of an issued document (bản có chữ ký, đóng dấu). No Qt.

A file is checked (services/file_checks.py) and kept inside the database under its SHA-256, once however
many records keep it (db/schema_incoming.py says why inside). Nothing here deletes a file's content: taking a
file off a record moves that link to the recycle bin ("Khôi phục" brings it back), and editing a record never
touches its files.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from secretary_app.db import stored_files as q
from secretary_app.db.recycle_bin import FILE
from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.errors import NotFoundError, RuleError, StorageError
from secretary_app.domain.incoming import FILE_ROLE_LABELS, FileRole, StoredFile
from secretary_app.domain.text import clean_line
from secretary_app.fileio import atomic_write_bytes, output_error
from secretary_app.services.file_checks import MAX_FILE_BYTES, FileRefusedError, check_file

DOCUMENTS = "documents"
INCOMING = "incoming_documents"
_CHANGE = {DOCUMENTS: Change.DOCUMENTS, INCOMING: Change.INCOMING}


def read_file(path: Path | str) -> bytes:
    """A file's bytes for :meth:`FileService.attach`, refusing one too large before reading it whole."""
    path = Path(path)
    try:
        if not path.is_file():
            raise FileRefusedError(f"Không có tệp {path}.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileRefusedError(
                f"Tệp “{path.name}” quá lớn ({size // (1024 * 1024)} MB;"
                f" tối đa {MAX_FILE_BYTES // (1024 * 1024)} MB):"
                " hãy quét lại ở độ phân giải thấp hơn hoặc tách thành nhiều tệp."
            )
        return path.read_bytes()
    except OSError as exc:
        raise StorageError(f"Không đọc được tệp {path} ({exc.strerror or exc}).", path) from exc


class FileService:
    def __init__(self, store: Store):
        self._store = store

    def attach(
        self, owner_table: str, owner_uuid: str, role: FileRole, file_name: str, data: bytes
    ) -> StoredFile:
        """Check ``data`` and keep it with the record; FileRefusedError (nothing stored) if refused."""
        with self._store.transaction():
            stored = self.attach_in_transaction(owner_table, owner_uuid, role, file_name, data)
        self._store.changed(_CHANGE.get(owner_table, Change.DOCUMENTS))
        return stored

    def attach_in_transaction(
        self, owner_table: str, owner_uuid: str, role: FileRole, file_name: str, data: bytes
    ) -> StoredFile:
        """As :meth:`attach`, inside the caller's transaction (registering a document with its file)."""
        name = clean_line(Path(file_name).name) or "tep"
        checked = check_file(name, data)
        sha256 = hashlib.sha256(data).hexdigest()
        with self._store.transaction():
            q.put_content(self._store, sha256, checked.file_type, data)
            stored = StoredFile(
                owner_table=owner_table,
                owner_uuid=owner_uuid,
                role=role,
                file_name=name[:200],
                sha256=sha256,
                size=checked.size,
                file_type=checked.file_type,
                order=q.next_order(self._store, owner_table, owner_uuid),
            )
            self._store.save(q.STORED_FILE, stored)
        return stored

    def attach_signed_scan(self, document_id: int, path: Path | str) -> StoredFile:
        """Keep the signed and stamped scan of an issued document (shown on the Văn bản page)."""
        document = self._store.document(document_id)
        if document.status != m.DocumentStatus.ISSUED:
            raise RuleError("Chỉ văn bản đã ban hành mới có bản có chữ ký, đóng dấu: hãy ban hành trước.")
        path = Path(path)
        return self.attach(DOCUMENTS, document.uuid, FileRole.SIGNED_SCAN, path.name, read_file(path))

    def files_of(self, owner_table: str, owner_uuid: str) -> list[StoredFile]:
        return q.files_of(self._store, owner_table, owner_uuid)

    def signed_scans(self, document_id: int) -> list[StoredFile]:
        document = self._store.document(document_id)
        return [f for f in self.files_of(DOCUMENTS, document.uuid) if f.role == FileRole.SIGNED_SCAN]

    def documents_with_signed_scan(self) -> set[str]:
        """The UUIDs of the documents that have a signed scan kept (the Văn bản page's column)."""
        return q.owners_with_role(self._store, DOCUMENTS, str(FileRole.SIGNED_SCAN))

    def content(self, stored: StoredFile) -> bytes:
        data = q.content(self._store, stored.sha256)
        if data is None:  # the foreign key makes this impossible in a sound file
            raise NotFoundError(f"Không còn nội dung của tệp {stored.file_name}.")
        return data

    def save_out(self, stored: StoredFile, target: Path | str) -> Path:
        """Write the kept file out (to open it or hand it on); the written bytes are the stored ones."""
        target = Path(target)
        try:
            return atomic_write_bytes(target, self.content(stored))
        except OSError as exc:
            raise output_error(exc, target) from exc

    def detach(self, file_id: int) -> int:
        """Take a file off its record: into the recycle bin (its content stays). Returns the bin id."""
        with self._store.transaction():
            stored = self._store.get(q.STORED_FILE, file_id)
            title = f"{FILE_ROLE_LABELS[stored.role]}: {stored.file_name}"
            bin_id = self._store.move_to_bin(FILE, file_id, title)
        self._store.changed(_CHANGE.get(stored.owner_table, Change.DOCUMENTS), Change.RECYCLE_BIN)
        return bin_id

    def totals(self) -> tuple[int, int]:
        """(distinct contents kept, their bytes)."""
        return q.totals(self._store)
