"""PDF/A-2b archive copies: a ReportLab PDF made into PDF/A-2b with pikepdf's ``pdfa`` module, and the check.

ReportLab already embeds (subsets of) every font — ``fonts.py`` replaces its Helvetica default, so no base-14
font is left — but it writes no XMP metadata and no output intent, and it puts an empty ``/Trans`` (page
transition) on every page, which pikepdf's allowlist validator does not recognise. :func:`to_pdfa` drops
those empty dictionaries (they change nothing on screen or paper), writes the XMP (title, subject, the
symbol, the document's date and issuer) and lets ``pikepdf.pdfa.prepare`` add the sRGB output intent (the
profile that ships in pikepdf, zlib licence: ``resources/licenses/sRGB-icc-profile.txt``) and the PDF/A-2b
declaration.

The result is deterministic: the same document gives the same bytes (ReportLab renders with ``invariant``,
the metadata dates are the document's own, the file ID is derived from the content), so an issued file's
SHA-256 can be recorded once and recognised later.

Writing does not re-validate (the validator re-parses the whole file, ~5x the cost of the render):
:func:`pdfa_problems` is the same module's validator, used by the tests and by ``verify-archive``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pikepdf
from pikepdf import pdfa

from secretary_app.domain.document import Document, kind_title
from secretary_app.domain.numbering import document_symbol

FLAVOUR = "2b"
PRODUCER = "Thư ký cấp ủy (ReportLab, pikepdf)"


@dataclass(frozen=True)
class ArchiveMetadata:
    """What the XMP of an archive copy says about the document."""

    title: str  # "THÔNG BÁO" (tên loại) — for a letter "Công văn"
    subject: str  # trích yếu
    symbol: str  # "239-TB/ĐU"; "" when the document has no number
    issuer: str  # "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM"
    date: date | None  # the document's date; None for an undated draft


def metadata_of(doc: Document) -> ArchiveMetadata:
    """The archive metadata of a document: its symbol by the one rule (domain.numbering), none for a draft
    or an unnumbered paper."""
    numbered = doc.number is not None and not doc.draft and not doc.unnumbered
    return ArchiveMetadata(
        title=doc.title or kind_title(doc.kind) or "Công văn",
        subject=doc.subject,
        symbol=document_symbol(doc.standard, doc.number, doc.type_code, doc.issuer.code) if numbered else "",
        issuer=doc.issuer.name,
        date=doc.date,
    )


def _xmp_date(day: date | None) -> str:
    # A fixed time of day and zone: the document has a date, not a moment, and the bytes must not depend on
    # the clock (the file's hash is what `verify` recognises).
    return f"{(day or date(2000, 1, 1)).isoformat()}T00:00:00+07:00"


def _pdf_date(day: date | None) -> str:
    return f"D:{(day or date(2000, 1, 1)).strftime('%Y%m%d')}000000+07'00'"


def to_pdfa(data: bytes, meta: ArchiveMetadata) -> bytes:
    """The PDF ``data`` (as ReportLab wrote it) as PDF/A-2b bytes, looking exactly the same."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return pdfa_bytes(pdf, meta)


def pdfa_bytes(pdf: pikepdf.Pdf, meta: ArchiveMetadata) -> bytes:
    """The open ``pdf`` made PDF/A-2b (in place) and saved: :func:`to_pdfa` without parsing the file again
    (the year's volume, joined in memory, is saved once)."""
    for page in pdf.pages:
        trans = page.obj.get("/Trans")
        if isinstance(trans, pikepdf.Dictionary) and len(trans.keys()) == 0:
            del page.obj["/Trans"]
    # The document info dictionary is rewritten below to say what the XMP says (PDF/A wants both to
    # agree); dropping ReportLab's first spares prepare() reconciling it.
    if "/Info" in pdf.trailer:  # a volume joined by pikepdf (rendering/volume.py) has none
        del pdf.trailer["/Info"]
    pdfa.prepare(pdf, FLAVOUR)  # sRGB output intent, an XMP packet declaring PDF/A-2b
    # One pass over the XMP, after prepare: it stamps the current time and itself as producer, and the
    # bytes must not depend on the clock. The DocInfo is set by hand (pikepdf's sync costs ~3x as much).
    info = pikepdf.Dictionary(
        Title=meta.title,
        Creator="Thư ký cấp ủy",
        Producer=PRODUCER,
        CreationDate=_pdf_date(meta.date),
        ModDate=_pdf_date(meta.date),
    )
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["dc:title"] = meta.title
        if meta.subject:
            xmp["dc:description"] = meta.subject
            info.Subject = meta.subject
        if meta.symbol:
            xmp["dc:identifier"] = meta.symbol
        if meta.issuer:
            xmp["dc:creator"] = [meta.issuer]
            xmp["dc:publisher"] = [meta.issuer]
            info.Author = meta.issuer
        if meta.date is not None:
            xmp["dc:date"] = [meta.date.isoformat()]
        for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
            xmp[key] = _xmp_date(meta.date)
        xmp["xmp:CreatorTool"] = "Thư ký cấp ủy"
        xmp["pdf:Producer"] = PRODUCER
    pdf.trailer.Info = pdf.make_indirect(info)
    out = io.BytesIO()
    pdf.save(out, **pdfa.resolve_save_kwargs(FLAVOUR, deterministic_id=True))
    return out.getvalue()


def pdfa_problems(source: bytes | Path | str) -> list[str]:
    """Why ``source`` (the bytes or a file) is not PDF/A-2b, one line per finding; [] when it conforms.

    The findings are pikepdf's (English, rule ids of ISO 19005-2 or pikepdf's own for what it does not check).
    """
    target = io.BytesIO(source) if isinstance(source, bytes) else Path(source)
    report = pdfa.validate_written(target, FLAVOUR)
    if report.passed:
        return []
    return [str(finding) for finding in report.findings] or [report.summary()]
