"""Several rendered PDFs joined into one, page for page (a batch going to the printer as ONE document: a
print system that writes or prints each document of a job separately — cups-pdf overwrote the first document
with the second — gets every page, and copies come out as whole sets).

Each document keeps its own pages exactly as rendered (nothing is laid out again). ``blank_backs``: for
two-sided printing, a document with an odd number of pages is followed by a blank page of its last page's
size, so the next document starts on a new sheet, as an office files them.
"""

from __future__ import annotations

from io import BytesIO

import pikepdf


def join_pdfs(pdfs: list[bytes], *, blank_backs: bool = False) -> tuple[bytes, int]:
    """One PDF of every page of ``pdfs`` in order; (its bytes, its page count)."""
    out = pikepdf.new()
    sources = []
    try:
        for data in pdfs:
            source = pikepdf.open(BytesIO(data))
            sources.append(source)
            out.pages.extend(source.pages)
            if blank_backs and len(source.pages) % 2:
                box = [float(v) for v in source.pages[-1].mediabox]
                out.add_blank_page(page_size=(box[2] - box[0], box[3] - box[1]))
        buffer = BytesIO()
        out.save(buffer, compress_streams=True)
        return buffer.getvalue(), len(out.pages)
    finally:
        for source in sources:
            source.close()
        out.close()
