"""The year archive as one volume: the index, then every document of the year, in one PDF with a running page
number on every page — the paper archive box (hộp hồ sơ) as one file.

The documents are the archive's own PDFs, joined page by page (pikepdf) so the volume shows exactly what the
separate files show; each keeps its own page numbers at the top centre. The volume's running number is added
on every page at the top right corner, where the archival rule puts the sheet number ("số tờ … ở góc phải
phía trên của tờ"), small enough to stay inside the top margin. ReportLab draws the numbers (in the embedded
font of the documents, so no base-14 font enters the file) on pages of the sizes of the volume's pages, and
pikepdf lays each over its page. As PDF/A-2b the volume goes through ``pdfa.pdfa_bytes`` like every archive
copy, in memory: the joined file is saved once (900 pages ≈ 1 s).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pikepdf

from secretary_app.rendering.pdfa import ArchiveMetadata, pdfa_bytes
from secretary_app.rendering.profiles import MM

NUMBER_SIZE = 11.0  # pt: smaller than the documents' own 14-pt page numbers, so the two are not confused
NUMBER_TOP_MM = 8.0  # from the top edge to the top of the digits (inside the 20-mm top margin)
NUMBER_RIGHT_MM = 10.0  # from the right edge to the end of the number


def _stamps(sizes: list[tuple[float, float]]) -> bytes:
    """One page per volume page, each with its running number at the top right, on a page of its size."""
    from reportlab.pdfgen.canvas import Canvas

    from secretary_app.rendering import _RENDER_LOCK
    from secretary_app.rendering.fonts import font_set, registered_name

    buffer = io.BytesIO()
    with _RENDER_LOCK:
        font_set()
        canvas = Canvas(buffer, pagesize=sizes[0] if sizes else (595.27, 841.89), invariant=1)
        for number, (width, height) in enumerate(sizes, start=1):
            canvas.setPageSize((width, height))
            canvas.setFont(registered_name(), NUMBER_SIZE)
            baseline = height - NUMBER_TOP_MM * MM - 0.66 * NUMBER_SIZE
            canvas.drawRightString(width - NUMBER_RIGHT_MM * MM, baseline, str(number))
            canvas.showPage()
        canvas.save()
    return buffer.getvalue()


def build_volume(parts: Sequence[Path | bytes], meta: ArchiveMetadata | None = None) -> tuple[bytes, int]:
    """The PDFs ``parts`` (files or bytes) joined in order, every page numbered; PDF/A-2b with ``meta``.
    Returns (bytes, page count)."""
    volume = pikepdf.new()
    sources = []
    try:
        for part in parts:
            source = pikepdf.open(io.BytesIO(part) if isinstance(part, bytes) else Path(part))
            sources.append(source)
            volume.pages.extend(source.pages)
        sizes = [(float(p.mediabox[2]) - float(p.mediabox[0]), float(p.mediabox[3]) - float(p.mediabox[1]))
                 for p in volume.pages]  # fmt: skip
        with pikepdf.open(io.BytesIO(_stamps(sizes))) as stamps:
            for page, stamp in zip(volume.pages, stamps.pages, strict=True):
                page.add_overlay(stamp, pikepdf.Rectangle(page.mediabox))  # the whole page, not scaled
            if meta is not None:  # made PDF/A in memory and saved once
                return pdfa_bytes(volume, meta), len(sizes)
            out = io.BytesIO()
            volume.save(out, deterministic_id=True)
            return out.getvalue(), len(sizes)
    finally:
        for source in sources:
            source.close()
        volume.close()


def page_count(source: Path | bytes) -> int:
    """How many pages a PDF has."""
    with pikepdf.open(io.BytesIO(source) if isinstance(source, bytes) else Path(source)) as pdf:
        return len(pdf.pages)
