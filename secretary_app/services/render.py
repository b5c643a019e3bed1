"""The one door from a document to a file: everything that renders (the CLI's ``render`` command, the GUI's
preview, print and export, the year archive, the self-test) goes through here, never to ``rendering``
directly.

The input is a :class:`~secretary_app.domain.document.Document`, or its JSON form (a dict, a ``.json`` file),
which is parsed and validated first: a problem is a :class:`DocumentError` with a Vietnamese message. Safe to
call from a worker thread (rendering serialises itself).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from secretary_app.domain import paper
from secretary_app.domain.document import MAX_JSON_BYTES, Document, DocumentError, parse_document_json
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.fileio import check_output_path

FORMATS = (".pdf", ".docx")

# What the preview, the printer and export take: one document, or a batch (reminder slips) printed as one
# file, each document from a new page.
Printable = dict[str, Any] | Document | Sequence[Document]


def as_document(content: dict[str, Any] | Document) -> Document:
    """Parse a document dict (raises DocumentError) or pass a Document through."""
    return content if isinstance(content, Document) else document_from_dict(content)


def load_document(json_path: Path) -> Document:
    """Read and validate a document JSON file; every problem is a :class:`DocumentError`."""
    try:
        with open(json_path, "rb") as fh:
            raw = fh.read(MAX_JSON_BYTES + 1)  # a huge file is refused without reading it all
    except OSError as exc:
        raise DocumentError("(file)", f"Không đọc được tệp {json_path}: {exc.strerror or exc}.") from None
    return document_from_dict(parse_document_json(raw, str(json_path)))


def render_to_file(content: Printable, out_path: Path | str, *, pdfa: bool = False) -> int:
    """Write the document as PDF or DOCX (by the suffix) to ``out_path``, atomically: a failed render leaves
    no file. Returns the PDF's page count (0 for DOCX: Word lays out its own pages). ``pdfa``: the PDF as
    PDF/A-2b, the archive copy (ignored for DOCX, which Word lays out)."""
    from secretary_app.rendering import render_docx, render_pdf  # heavy: loaded on the first render

    if isinstance(content, Sequence):
        return render_batch_to_file(content, out_path)
    out_path = Path(out_path)
    suffix = out_path.suffix.lower()
    if suffix not in FORMATS:
        raise DocumentError("(output)", f"Tệp kết quả phải có đuôi .pdf hoặc .docx: {out_path}")
    doc = as_document(content)
    if suffix == ".pdf":
        return render_pdf(doc, out_path, pdfa=pdfa)
    render_docx(doc, out_path)
    return 0


def render_pdf_bytes(content: Printable, *, pdfa: bool = False) -> tuple[bytes, int]:
    """The PDF of the document (or batch) in memory (for the preview and the printer) and its page count;
    ``pdfa``: as PDF/A-2b (a single document)."""
    from secretary_app.rendering import render_pdf
    from secretary_app.rendering.batch import render_pdf_batch

    buffer = io.BytesIO()
    if isinstance(content, Sequence):
        pages = render_pdf_batch([as_document(c) for c in content], buffer)
    else:
        pages = render_pdf(as_document(content), buffer, pdfa=pdfa)
    return buffer.getvalue(), pages


def join_pdfs(pdfs: list[bytes], *, blank_backs: bool = False) -> tuple[bytes, int]:
    """Rendered PDFs joined page for page into one (a batch sent to a printer as one document);
    ``blank_backs``: a blank page after each document with an odd page count, so two-sided printing starts
    each on a new sheet. (bytes, page count)."""
    from secretary_app.rendering.pdf_join import join_pdfs as join

    return join(pdfs, blank_backs=blank_backs)


def place_pages(
    data: bytes, placements: list[tuple[int, float, float, float, float, float]]
) -> tuple[bytes, int]:
    """Pages of a PDF placed on sheets, still vector (printing to a PDF file, fitted or not): each placement
    is (page index, sheet width, sheet height, uniform scale, left, top) in points. (bytes, page count)."""
    from secretary_app.rendering.pdf_join import place_pages as place

    return place(data, placements)


def issued_files(doc: Document) -> dict[str, bytes]:
    """The files a document is issued as, rendered once: {"pdf": plain PDF, "pdfa": its PDF/A-2b copy}.
    Both are deterministic, so their hashes recognise a later export of the same issued document."""
    from secretary_app.rendering import render_pdf
    from secretary_app.rendering.pdfa import metadata_of, to_pdfa

    buffer = io.BytesIO()
    render_pdf(doc, buffer)
    plain = buffer.getvalue()
    return {"pdf": plain, "pdfa": to_pdfa(plain, metadata_of(doc))}


def pdfa_problems(pdf: Path | str | bytes) -> list[str]:
    """Why a PDF file (or its bytes) is not PDF/A-2b, one line per finding; [] when it conforms."""
    from secretary_app.rendering.pdfa import pdfa_problems as problems

    return problems(pdf)


def render_volume(
    parts: Sequence[Path], out_path: Path | str, *, title: str, subject: str, issuer: str, pdfa: bool = False
) -> int:
    """The PDFs ``parts`` joined in order into one PDF with a running page number on every page (the year
    archive's volume, rendering/volume.py), written atomically; PDF/A-2b with ``pdfa``. Returns its pages."""
    from datetime import date

    from secretary_app.fileio import atomic_write_bytes
    from secretary_app.rendering.pdfa import ArchiveMetadata
    from secretary_app.rendering.volume import build_volume

    meta = ArchiveMetadata(title=title, subject=subject, symbol="", issuer=issuer, date=date.today())
    data, pages = build_volume(list(parts), meta if pdfa else None)
    atomic_write_bytes(Path(out_path), data)
    return pages


def pdf_pages(pdf: Path | str | bytes) -> int:
    """How many pages a PDF file (or its bytes) has."""
    from secretary_app.rendering.volume import page_count

    return page_count(pdf if isinstance(pdf, bytes) else Path(pdf))


def render_file(json_path: Path, out_path: Path, *, pdfa: bool = False) -> None:
    """Render the document JSON file ``json_path`` into ``out_path`` (.pdf or .docx; ``pdfa``: PDF/A-2b).

    Raises :class:`DocumentError` for a bad document and a ``StorageError`` (domain/errors.py) when the output
    cannot be written there — including an output that is the input itself; either way nothing is written.
    """
    out_path = Path(out_path)
    if out_path.suffix.lower() not in FORMATS:  # before reading the input: the usage error comes first
        raise DocumentError("(output)", f"Tệp kết quả phải có đuôi .pdf hoặc .docx: {out_path}")
    check_output_path(out_path, inputs=(json_path,))
    if pdfa and out_path.suffix.lower() != ".pdf":
        raise DocumentError("(output)", f"PDF/A chỉ xuất được ra tệp .pdf: {out_path}")
    render_to_file(load_document(json_path), out_path, pdfa=pdfa)


def render_batch_to_file(contents: Sequence[dict[str, Any] | Document], out_path: Path | str) -> int:
    """Several documents in one PDF or DOCX (a batch of reminder slips), each from a new page; atomically.
    Returns the PDF's page count (0 for DOCX)."""
    from secretary_app.rendering.batch import render_docx_batch, render_pdf_batch

    out_path = Path(out_path)
    suffix = out_path.suffix.lower()
    if suffix not in FORMATS:
        raise DocumentError("(output)", f"Tệp kết quả phải có đuôi .pdf hoặc .docx: {out_path}")
    docs = [as_document(c) for c in contents]
    if suffix == ".pdf":
        return render_pdf_batch(docs, out_path)
    render_docx_batch(docs, out_path)
    return 0


def write_tables(sheets: list[tuple[str, list[str], list[list]]], out_path: Path | str) -> None:
    """(title, column names, rows) per sheet, as an Excel workbook (.xlsx), atomically."""
    from secretary_app.rendering.xlsx_writer import Sheet, render_xlsx

    render_xlsx([Sheet(*sheet) for sheet in sheets], out_path)


def document_sheet(doc: Document) -> tuple[paper.Sheet, paper.Margins]:
    """The sheet a document is laid out on (its profile's: A4 portrait today) and its margins in millimetres —
    what printing asks the printer for, or fits uniformly onto other paper (domain/paper.py)."""
    from secretary_app.rendering.profiles import profile_for

    profile = profile_for(doc.standard)
    m = profile.margins_mm
    return paper.Sheet(*profile.page_mm), paper.Margins(
        top=m.top, bottom=m.bottom, left=m.left, right=m.right
    )
