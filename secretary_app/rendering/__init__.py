"""Rendering: the only package that imports ReportLab and python-docx.

Public API::

    render_pdf(doc, out, profile_overrides=None, pdfa=False) -> int   # page count; pdfa: a PDF/A-2b copy
    render_docx(doc, out, profile_overrides=None) -> None

``out`` is a path (written atomically: a failed render leaves no file) or a binary file object.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import BinaryIO

from secretary_app.domain.document import Document, DocumentError
from secretary_app.fileio import atomic_write_bytes
from secretary_app.rendering.profiles import Profile, profile_for

# ReportLab keeps process-wide state (font registry, rl_config) and its TrueType loader is not thread-safe:
# two renders at once in worker threads (live preview + print, or the archive) crashed the process with a
# segfault in ttfonts. One render at a time; a notice takes ~30 ms, so waiting is short.
_RENDER_LOCK = threading.RLock()


def _write(data: bytes, out: Path | str | BinaryIO) -> None:
    if hasattr(out, "write"):
        out.write(data)
        return
    atomic_write_bytes(out, data)


def render_pdf(
    doc: Document, out: Path | str | BinaryIO, profile_overrides: dict | None = None, pdfa: bool = False
) -> int:
    """Render ``doc`` as PDF into ``out``; returns the number of pages. ``pdfa``: as PDF/A-2b (the archive
    copy, rendering/pdfa.py)."""
    from reportlab.platypus.doctemplate import LayoutError

    from secretary_app.rendering.pdf import build_pdf

    try:
        with _RENDER_LOCK:
            data, pages = build_pdf(doc, profile_for(doc.standard, profile_overrides))
    except LayoutError:
        # The known causes (rows taller than a page, runs of page breaks) are handled where they arise; a
        # layout that still cannot be placed is refused with a message instead of a traceback.
        raise DocumentError(
            "(layout)",
            "Văn bản có một phần không dàn được lên trang A4 (bảng, biểu đồ hoặc khối quá lớn); "
            "hãy tách phần đó thành nhiều phần nhỏ hơn.",
        ) from None
    if pdfa:  # pikepdf keeps no process-wide state: the conversion needs no lock
        from secretary_app.rendering.pdfa import metadata_of, to_pdfa

        data = to_pdfa(data, metadata_of(doc))
    _write(data, out)
    return pages


def render_docx(doc: Document, out: Path | str | BinaryIO, profile_overrides: dict | None = None) -> None:
    """Render ``doc`` as DOCX (Word) into ``out``."""
    from secretary_app.rendering.docx_writer import build_docx

    with _RENDER_LOCK:
        data = build_docx(doc, profile_for(doc.standard, profile_overrides))
    _write(data, out)


__all__ = ["Profile", "profile_for", "render_docx", "render_pdf"]
