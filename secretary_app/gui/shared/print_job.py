"""One print job: rendered PDFs onto a configured QPrinter — the path the Print button, a batch and
``secretary-app print`` share (the dialog and the paper question are gui/shared/printing.py's).

Two engines, chosen by the printer:

* **A CUPS queue** (Linux, macOS): the PDFs themselves go to CUPS with ``lp``, one job — text stays vector,
  the job is as small as the PDF, and CUPS applies copies, page ranges, both sides, the paper (``media``)
  and a uniform ``fit-to-page``. Qt's own CUPS engine would have us paint images into a PDF it writes again.
* **Printing to a PDF file**: the PDF's own pages, placed on the sheets (still vector, as small as the PDF).
* **Any other printer** (Windows' GDI engine): each page is rasterised by QtPdf at the
  printer's resolution (at most :data:`RASTER_DPI_CAP`), composited on white so no transparency mask is needed
  (a mask tripled the job and a printer path ignoring masks printed black pages), 1-bit when the page is black
  and white and lossless colour otherwise — never JPEG.

The page is never stretched: it goes on the document's own sheet (:attr:`PaperChoice.DOCUMENT`, asking the
printer for it) or is shrunk uniformly and centred onto the printer's paper (:attr:`PaperChoice.FIT`,
domain/paper.py). Landscape pages stay landscape. Everything here may run in a worker thread.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from secretary_app.domain.paper import Margins, Sheet, fit_page
from secretary_app.gui.shared.i18n import translate
from secretary_app.gui.shared.tasks import TaskControl

RASTER_DPI_CAP = 600  # a laser printer's own grid; 1200 dpi quadruples memory and spool for no visible gain
MM_PER_PT = 25.4 / 72
LP_TIMEOUT_S = 120
BLANK_BACK = -1  # a page index: the blank back of a batch document's last sheet (two-sided printing)


class PaperChoice(Enum):
    DOCUMENT = "document"  # ask the printer for the document's sheet (A4)
    FIT = "fit"  # the printer's paper, the page shrunk uniformly and centred


@dataclass
class PrintJob:
    """What to print: one or more rendered PDFs (a batch is one job), named for the print queue."""

    title: str
    pdfs: list[tuple[bytes, int]]  # (PDF data, page count) per document
    sheet: Sheet = field(default_factory=lambda: Sheet(210.0, 297.0))  # the documents' own sheet
    margins: Margins = field(default_factory=lambda: Margins(20, 20, 30, 15))
    paper: PaperChoice = PaperChoice.DOCUMENT

    @property
    def batch(self) -> bool:
        return len(self.pdfs) > 1


@dataclass(frozen=True)
class PrintResult:
    pages: int  # pages sent (one copy)
    job_id: str = ""  # the CUPS job ("A4-queue-12"), when CUPS took it


# -- the printer's paper ---------------------------------------------------------------------------------


def printer_sheet(printer: QPrinter) -> Sheet:
    """The paper the printer is set to, portrait (the dialog or the queue's default chose it)."""
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    return Sheet(size.width(), size.height()).portrait()


def paper_mismatch(printer: QPrinter, sheet: Sheet) -> Sheet | None:
    """The printer's paper when it is not the document's sheet, else None."""
    paper = printer_sheet(printer)
    return None if paper.same_as(sheet) else paper


def page_size_of(sheet: Sheet) -> QPageSize:
    """Qt's page size for a sheet: a standard one (A4 has its CUPS media name) when it matches."""
    p = sheet.portrait()
    size = QSizeF(p.width, p.height)
    known = QPageSize.id(size, QPageSize.Unit.Millimeter, QPageSize.SizeMatchPolicy.FuzzyMatch)
    if known != QPageSize.PageSizeId.Custom:
        return QPageSize(known)
    return QPageSize(size, QPageSize.Unit.Millimeter, sheet.label())


def use_document_paper(printer: QPrinter, sheet: Sheet) -> None:
    """Ask the printer for the document's sheet (what the dialog or the queue may have changed)."""
    printer.setPageSize(page_size_of(sheet))


# -- which engine ----------------------------------------------------------------------------------------


def is_cups_queue(printer: QPrinter) -> bool:
    """A printer CUPS spools (not Windows, not a file): the PDF can go to it as it is."""
    if sys.platform == "win32" or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return False
    if os.environ.get("SECRETARY_PRINT_ENGINE") == "raster":  # measuring the other engine on a CUPS queue
        return False
    return bool(printer.printerName()) and shutil.which("lp") is not None


def printer_exists(name: str) -> bool:
    return name in QPrinterInfo.availablePrinterNames()


def page_ranges_text(printer: QPrinter) -> str:
    """The dialog's page selection as CUPS writes it ("2-3,5"), or "" for every page."""
    ranges = printer.pageRanges()
    if not ranges.isEmpty():
        return ranges.toString()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return f"{printer.fromPage()}-{printer.toPage() or printer.fromPage()}"
    return ""


def selected_pages(printer: QPrinter, count: int) -> list[int]:
    """0-based page indexes of one document the printer's page selection keeps."""
    text = page_ranges_text(printer)
    if not text:
        return list(range(count))
    keep: list[int] = []
    for part in text.split(","):
        first, _, last = part.strip().partition("-")
        lo = int(first) if first else 1
        hi = int(last) if last else (count if _ else lo)
        keep.extend(i - 1 for i in range(max(lo, 1), min(hi, count) + 1) if i - 1 not in keep)
    return keep


def print_job(job: PrintJob, printer: QPrinter, control: TaskControl | None = None) -> PrintResult:
    """Print ``job`` on ``printer`` (configured by the dialog or the command line); pages sent and job id."""
    printer.setDocName(job.title)
    if job.paper is PaperChoice.DOCUMENT:
        use_document_paper(printer, job.sheet)
    if is_cups_queue(printer):
        return _print_with_cups(job, printer, control)
    if is_pdf_file(printer):
        return PrintResult(_print_to_pdf_file(job, printer, control))
    return PrintResult(_paint(job, printer, control))


def is_pdf_file(printer: QPrinter) -> bool:
    """Printing to a PDF file (the dialog's "Print to file"): the pages can be written as vectors."""
    if os.environ.get("SECRETARY_PRINT_ENGINE") == "raster":
        return False
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(printer.outputFileName())


# -- a PDF file: the pages themselves, placed on the sheets ------------------------------------------------


def _print_to_pdf_file(job: PrintJob, printer: QPrinter, control: TaskControl | None) -> int:
    """The PDF's own pages (vector: as small and sharp as the PDF) on the document's sheet or uniformly fitted
    onto the printer's paper, the dialog's page range and copies applied; written to the chosen file."""
    from secretary_app.gui.shared.printing import load_pdf
    from secretary_app.services.render import join_pdfs, place_pages

    if control is not None:
        control.check()
        control.report(0, 0, translate("print_job", "Đang ghi tệp…"))
    documents = [data for data, _pages in job.pdfs]
    data = join_pdfs(documents, blank_backs=two_sided(printer))[0] if job.batch else documents[0]
    pdf = load_pdf(data)
    try:
        kept = selected_pages(printer, pdf.pageCount())  # a batch's pages are numbered through the batch
        paper = printer_sheet(printer)
        placements = []
        for index in kept:
            page = _page_sheet(pdf, index)
            if job.paper is PaperChoice.DOCUMENT:
                placements.append((index, page.width / MM_PER_PT, page.height / MM_PER_PT, 1.0, 0.0, 0.0))
                continue
            sheet, fit = paper.turned_like(page), fit_page(page, paper, job.margins)
            placements.append(
                (
                    index,
                    sheet.width / MM_PER_PT,
                    sheet.height / MM_PER_PT,
                    fit.scale,
                    fit.left / MM_PER_PT,
                    fit.top / MM_PER_PT,
                )
            )
    finally:
        pdf.deleteLater()
    copies = max(1, printer.copyCount())
    written, _count = place_pages(data, placements * copies)
    if control is not None:
        control.check()
    Path(printer.outputFileName()).write_bytes(written)
    return len(kept)


# -- CUPS: the PDF itself ----------------------------------------------------------------------------------

_SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
    QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",  # documents are portrait: bind on the long edge
}


def two_sided(printer: QPrinter) -> bool:
    return printer.duplex() != QPrinter.DuplexMode.DuplexNone


def lp_command(job: PrintJob, printer: QPrinter, files: list[Path]) -> list[str]:
    """The ``lp`` call for ``job``: the same options Qt's CUPS engine would send, plus the paper choice."""
    options = {
        "media": page_size_of(printer_sheet(printer)).key(),
        "sides": _SIDES.get(printer.duplex(), "one-sided"),
    }
    if job.paper is PaperChoice.FIT:
        options["fit-to-page"] = "true"  # CUPS scales uniformly and centres (measured: 0.9406 × 0.9415)
    copies = max(1, printer.copyCount())
    if copies > 1:
        options["collate"] = "true" if printer.collateCopies() else "false"
    ranges = page_ranges_text(printer)
    if ranges:  # a batch goes as one joined document: its pages are numbered through the batch
        options["page-ranges"] = ranges
    command = ["lp", "-d", printer.printerName(), "-t", job.title, "-n", str(copies)]
    for key, value in options.items():
        command += ["-o", f"{key}={value}"]
    return [*command, "--", *map(str, files)]


def _print_with_cups(job: PrintJob, printer: QPrinter, control: TaskControl | None) -> PrintResult:
    if control is not None:
        control.check()
        control.report(0, 0, translate("print_job", "Đang gửi tới máy in…"))
    documents = [data for data, _pages in job.pdfs]
    total = sum(n for _data, n in job.pdfs)
    if job.batch:  # one document of every page: cups-pdf (and some printers) handle a job's files apart
        from secretary_app.services.render import join_pdfs

        joined, total = join_pdfs(documents, blank_backs=two_sided(printer))
        documents = [joined]
    with tempfile.TemporaryDirectory(prefix="secretary-print-") as folder:
        files = []
        for index, data in enumerate(documents, start=1):
            path = Path(folder) / f"{index:04d}.pdf"
            path.write_bytes(data)
            files.append(path)
        try:
            result = subprocess.run(
                lp_command(job, printer, files),
                capture_output=True,
                text=True,
                timeout=LP_TIMEOUT_S,
                env={**os.environ, "LC_ALL": "C"},  # lp's reply is parsed below
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise OSError(
                translate("print_job", "Không gửi được văn bản tới máy in {0}: {1}").format(
                    printer.printerName(), exc
                )
            ) from None
    if result.returncode != 0:
        raise OSError(
            translate("print_job", "Máy in {0} không nhận văn bản: {1}").format(
                printer.printerName(), (result.stderr or result.stdout).strip()
            )
        )
    found = re.search(r"request id is (\S+)", result.stdout)
    if found and control is not None and control.cancelled:  # Hủy while lp was handing the job over
        subprocess.run(["cancel", found.group(1)], capture_output=True, timeout=LP_TIMEOUT_S)
        control.check()  # delivered as cancelled: the job was taken back from the queue
    pages = len(selected_pages(printer, total))
    return PrintResult(pages, found.group(1) if found else "")


# -- any other printer: pages painted as lossless images at the printer's resolution ---------------------


def _page_sheet(pdf: QPdfDocument, index: int) -> Sheet:
    points = pdf.pagePointSize(index)
    return Sheet(points.width() * MM_PER_PT, points.height() * MM_PER_PT)


def printable_image(image: QImage) -> QImage:
    """``image`` (QtPdf's, transparent where the page is blank) made opaque on white, without a copy of it.

    Black-and-white pages become 1-bit (black = 0, white = 1: the table Qt's PDF and print engines take as
    a bitmap); pages with colour (charts) stay 32-bit. Neither carries a mask."""
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), QColor(Qt.GlobalColor.white))
    painter.end()
    opaque = image.convertToFormat(QImage.Format.Format_RGB32)
    if not _has_colour(opaque):
        mono = opaque.convertToFormat(
            QImage.Format.Format_Mono,
            Qt.ImageConversionFlag.MonoOnly | Qt.ImageConversionFlag.ThresholdDither,
        )
        if mono.color(0) != QColor(Qt.GlobalColor.black).rgba():
            mono.invertPixels()
            mono.setColorTable([QColor(Qt.GlobalColor.black).rgba(), QColor(Qt.GlobalColor.white).rgba()])
        return mono
    return opaque


def _has_colour(image: QImage) -> bool:
    """Whether any pixel is not grey, looked at on a small copy (a page is millions of pixels)."""
    small = image.scaled(
        max(1, image.width() // 8), max(1, image.height() // 8), Qt.AspectRatioMode.IgnoreAspectRatio
    ).convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(small.constBits())[: small.sizeInBytes()]
    stride, width = small.bytesPerLine(), small.width() * 3
    rows = (data[y * stride : y * stride + width] for y in range(small.height()))
    return any(row[0::3] != row[1::3] or row[1::3] != row[2::3] for row in rows)


def _target(printer: QPrinter, job: PrintJob, page: Sheet, paper: Sheet) -> QRectF:
    """Where the page goes on the sheet, in device pixels: the whole sheet, or a uniform centred fit."""
    full = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    if job.paper is PaperChoice.DOCUMENT:
        return full
    fit = fit_page(page, paper, job.margins)
    px_per_mm = full.width() / paper.turned_like(page).width
    return QRectF(
        full.left() + fit.left * px_per_mm,
        full.top() + fit.top * px_per_mm,
        page.width * fit.scale * px_per_mm,
        page.height * fit.scale * px_per_mm,
    )


def _paint(job: PrintJob, printer: QPrinter, control: TaskControl | None) -> int:
    from secretary_app.gui.shared.printing import load_pdf

    paper = printer_sheet(printer)
    documents = [load_pdf(data) for data, _pages in job.pdfs]
    try:
        pages: list[tuple[QPdfDocument, int]] = []
        for pdf in documents:
            pages += [(pdf, index) for index in range(pdf.pageCount())]
            if job.batch and two_sided(printer) and pdf.pageCount() % 2:
                pages.append((pdf, BLANK_BACK))  # the next document starts on a new sheet
        # The page range, numbered through the batch (as the joined document a CUPS queue gets).
        pages = [pages[i] for i in selected_pages(printer, len(pages))]
        if not pages:
            return 0
        printer.setFullPage(True)  # the PDF carries the document's margins; the printer adds none
        painter = QPainter()
        try:
            _paint_pages(job, printer, painter, pages, paper, control)
        except BaseException:
            if painter.isActive():
                printer.abort()  # a cancelled or failed job leaves nothing half-printed in the queue
                painter.end()
            raise
        painter.end()
        return sum(1 for _pdf, index in pages if index != BLANK_BACK)
    finally:
        for pdf in documents:
            pdf.deleteLater()


def _paint_pages(
    job: PrintJob,
    printer: QPrinter,
    painter: QPainter,
    pages: list[tuple[QPdfDocument, int]],
    paper: Sheet,
    control: TaskControl | None,
) -> None:
    for number, (pdf, index) in enumerate(pages):
        if control is not None:
            control.check()
            control.report(
                number, len(pages), translate("print_job", "Đang in trang {0}…").format(number + 1)
            )
        page = _page_sheet(pdf, pdf.pageCount() - 1 if index == BLANK_BACK else index)
        orientation = (
            QPageLayout.Orientation.Landscape if page.landscape else QPageLayout.Orientation.Portrait
        )
        printer.setPageOrientation(orientation)  # landscape pages (tables) stay landscape
        if number == 0:
            if not painter.begin(printer):
                raise OSError(translate("print_job", "Không mở được máy in để in."))
            painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)  # never JPEG
        elif not printer.newPage():
            raise OSError(translate("print_job", "Máy in dừng giữa chừng."))
        if index == BLANK_BACK:
            continue
        target = _target(printer, job, page, paper)
        dpi = min(printer.resolution(), RASTER_DPI_CAP)
        ratio = dpi / printer.resolution()
        size = QSize(round(target.width() * ratio), round(target.height() * ratio))
        painter.drawImage(target, printable_image(pdf.render(index, size)))
