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


def place_pages(
    data: bytes, placements: list[tuple[int, float, float, float, float, float]]
) -> tuple[bytes, int]:
    """A new PDF whose pages are pages of ``data`` placed on sheets, still vector: each placement is
    (page index, sheet width, sheet height, scale, left, top) in points, ``left``/``top`` where the page's
    top-left corner goes. The page is drawn as a form XObject under one uniform ``cm`` (never stretched);
    a placement may repeat a page (copies). Returns (bytes, page count)."""
    source = pikepdf.open(BytesIO(data))
    out = pikepdf.new()
    try:
        forms: dict[int, pikepdf.Object] = {}
        for index, width, height, scale, left, top in placements:
            page = source.pages[index]
            if index not in forms:
                forms[index] = out.copy_foreign(page.as_form_xobject())
            box = [float(v) for v in page.mediabox]
            page_height = box[3] - box[1]
            sheet = out.add_blank_page(page_size=(width, height))
            name = sheet.add_resource(forms[index], pikepdf.Name.XObject, prefix="Pg")
            x, y = left - box[0] * scale, height - top - page_height * scale - box[1] * scale
            sheet.contents_add(
                pikepdf.Stream(out, f"q {scale:.6f} 0 0 {scale:.6f} {x:.4f} {y:.4f} cm {name} Do Q".encode())
            )
        buffer = BytesIO()
        out.save(buffer, compress_streams=True)
        return buffer.getvalue(), len(out.pages)
    finally:
        source.close()
        out.close()
