"""``secretary-app print`` and ``print-batch``: a document JSON, or a batch of records, to a named printer
through the Print button's own job (gui/shared/print_job.py), without a window. Qt only lives here;
cli_print_batch.py formats the outcome."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from secretary_app.domain.document import Document
from secretary_app.domain.paper import Sheet


class UnknownPrinter(LookupError):
    def __init__(self, name: str, known: list[str]):
        super().__init__(name)
        self.name, self.known = name, known


@dataclass
class PaperRefused(Exception):
    """The printer holds other paper than the document's and ``--fit`` was not given."""

    sheet: Sheet
    paper: Sheet


class NoDuplex(Exception):
    """Both sides were asked of a printer that prints on one side only (nothing printed)."""


def _application():
    if sys.platform != "win32":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a printer needs no screen
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "secretary-app"])


def print_headless(
    doc: Document | list[Document],
    printer_name: str,
    *,
    title: str | None = None,
    copies: int = 1,
    pages: tuple[int, int] | None = None,
    fit: bool = False,
    duplex: bool = False,
) -> tuple[int, str]:
    """Print ``doc`` (or a batch of documents, one job named ``title``) on ``printer_name``; returns (pages
    sent, CUPS job id or "").

    Raises :class:`UnknownPrinter`, :class:`PaperRefused`, :class:`NoDuplex` (nothing printed),
    DocumentError or OSError."""
    app = _application()  # noqa: F841 - Qt's printing needs the application object alive
    from PySide6.QtGui import QPageRanges
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from secretary_app.gui.shared.print_job import PaperChoice, PrintJob, paper_mismatch, print_job
    from secretary_app.gui.shared.printing import job_title
    from secretary_app.services.render import document_sheet, render_pdf_bytes

    docs = list(doc) if isinstance(doc, list) else [doc]
    known = QPrinterInfo.availablePrinterNames()
    if printer_name not in known:
        raise UnknownPrinter(printer_name, known)
    info = QPrinterInfo.printerInfo(printer_name)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(info.defaultPageSize())  # the queue's paper, as the dialog would preset it
    printer.setCopyCount(max(1, copies))
    printer.setCollateCopies(True)  # a batch's copies come out as whole sets, as the dialog's default
    if duplex:
        if QPrinter.DuplexMode.DuplexLongSide not in info.supportedDuplexModes():
            raise NoDuplex(printer_name)
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    if pages is not None:
        ranges = QPageRanges()
        ranges.addRange(*pages)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setPageRanges(ranges)
    sheet, margins = document_sheet(docs[0])
    paper = paper_mismatch(printer, sheet)
    if paper is not None and not fit:
        raise PaperRefused(sheet, paper)
    choice = PaperChoice.FIT if paper is not None else PaperChoice.DOCUMENT
    pdfs = [render_pdf_bytes(one) for one in docs]
    job = PrintJob(title or job_title(docs[0]), pdfs, sheet=sheet, margins=margins, paper=choice)
    result = print_job(job, printer)
    return result.pages, result.job_id
