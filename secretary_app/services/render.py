"""Render a document JSON file to PDF or DOCX (the CLI's ``render`` command and the GUI's export)."""

from __future__ import annotations

import json
from pathlib import Path

from secretary_app.domain.document import Document, DocumentError, document_from_dict
from secretary_app.fileio import check_output_path


def load_document(json_path: Path) -> Document:
    """Read and validate a document JSON file; every problem is a :class:`DocumentError`."""
    try:
        raw = Path(json_path).read_bytes()
    except OSError as exc:
        raise DocumentError("(file)", f"Không đọc được tệp {json_path}: {exc.strerror or exc}.") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # Notepad on Windows writes a BOM
    except UnicodeDecodeError:
        raise DocumentError("(json)", f"Tệp {json_path} không phải văn bản UTF-8.") from None
    except json.JSONDecodeError as exc:
        raise DocumentError(
            "(json)",
            f"Tệp {json_path} không phải JSON hợp lệ: dòng {exc.lineno}, cột {exc.colno} ({exc.msg}).",
        ) from None
    return document_from_dict(data)


def render_file(json_path: Path, out_path: Path) -> None:
    """Render ``json_path`` into ``out_path``; the format follows the suffix (.pdf or .docx).

    Raises :class:`DocumentError` for a bad document and a ``StorageError`` (domain/errors.py) when the output
    cannot be written there — including an output that is the input itself; either way nothing is written.
    """
    from secretary_app.rendering import render_docx, render_pdf

    out_path = Path(out_path)
    suffix = out_path.suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise DocumentError("(output)", f"Tệp kết quả phải có đuôi .pdf hoặc .docx: {out_path}")
    check_output_path(out_path, inputs=(json_path,))
    doc = load_document(json_path)
    if suffix == ".pdf":
        render_pdf(doc, out_path)
    else:
        render_docx(doc, out_path)
