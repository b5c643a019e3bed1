"""The files an issued document was issued as: their SHA-256 (``issued_files``), so a PDF handed back years
later can be recognised (``secretary-app verify``)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secretary_app.db.repository import Store


def record(store: Store, document_id: int, files: dict[str, tuple[str, int]]) -> None:
    """Record ``{format: (sha256, size)}`` for the document (inside the caller's transaction); a format
    recorded before keeps its first hash: an issued file never changes."""
    now = datetime.now().replace(microsecond=0).isoformat()
    for fmt, (sha256, size) in files.items():
        store.db.execute(
            "INSERT OR IGNORE INTO issued_files (document_id, format, sha256, size, recorded_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [document_id, fmt, sha256, size, now],
        )


def find(store: Store, sha256: str) -> list[tuple[int, str]]:
    """(document id, format) of every issued file with this SHA-256."""
    rows = store.db.execute(
        "SELECT document_id, format FROM issued_files WHERE sha256 = ? ORDER BY document_id, format",
        [sha256],
    ).fetchall()
    return [(int(document_id), str(fmt)) for document_id, fmt in rows]


def of_document(store: Store, document_id: int) -> dict[str, str]:
    """{format: sha256} recorded for one document."""
    rows = store.db.execute(
        "SELECT format, sha256 FROM issued_files WHERE document_id = ?", [document_id]
    ).fetchall()
    return {str(fmt): str(sha) for fmt, sha in rows}
