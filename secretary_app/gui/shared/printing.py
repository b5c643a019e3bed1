"""Export (PDF, Word) and printing of a document, all rendering off the GUI thread.

The input is the typed :class:`~secretary_app.domain.document.Document` (a stored draft's JSON is parsed by
its window first, which shows the problem there)::

    export_document(self, doc, "240-TB-DU", "pdf")    # save dialog (message seam) -> worker writes file
    print_document(self, doc)                          # system print dialog -> worker paints the pages

Printing renders the PDF with ReportLab, loads it into QtPdf's :class:`QPdfDocument` and paints each page
as an image into the printer's painter — in the worker thread (Qt allows painting on a QPrinter from a
non-GUI thread). So the printout is exactly the PDF the secretary previewed and exported.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QRectF,
    QSettings,
    QSize,
    QStandardPaths,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from secretary_app.domain.document import Document, DocumentError
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import translate
from secretary_app.gui.shared.tasks import Task, TaskControl, run_task
from secretary_app.services.render import render_pdf_bytes, render_to_file

log = logging.getLogger(__name__)

FORMATS = ("pdf", "docx")
PRINT_DPI_CAP = 300  # a page image beyond 300 dpi only costs memory and spooling time; text stays sharp
_SETTINGS_DIR_KEY = "export/last_dir"


# Rendering itself is services.render's (the one door to a file, safe in a worker); this module adds the Qt
# side: the save dialog, the printer, the background task.


# -- the PDF in Qt (safe to call from any thread) ----------------------------------------------------------


def load_pdf(data: bytes, parent=None) -> QPdfDocument:
    """A QPdfDocument over ``data`` (in memory), loaded synchronously; raises DocumentError if unreadable."""
    pdf = QPdfDocument(parent)
    buffer = QBuffer(pdf)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf.load(buffer)
    if pdf.status() != QPdfDocument.Status.Ready:
        raise DocumentError(
            "(pdf)",
            translate("printing", "Không đọc được tệp PDF vừa tạo (lỗi {0}).").format(pdf.error().name),
        )
    return pdf


def paint_pdf(data: bytes, printer: QPrinter, control: TaskControl | None = None) -> int:
    """Paint every page of the PDF ``data`` (or the printer's page range) into ``printer``; returns pages.

    Runs in a worker thread. Each page is rendered to an image at the printer's resolution (capped) and
    drawn over the whole sheet: the PDF already carries the document's margins, so the printer's must not
    be added again (full-page mode).
    """
    pdf = load_pdf(data)
    try:
        count = pdf.pageCount()
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(0, printer.fromPage() - 1)
            last = min(count - 1, (printer.toPage() or count) - 1)
        printer.setFullPage(True)
        size = pdf.pagePointSize(first)
        orientation = (
            QPageLayout.Orientation.Landscape
            if size.width() > size.height()
            else QPageLayout.Orientation.Portrait
        )
        printer.setPageOrientation(orientation)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(translate("printing", "Không mở được máy in để in."))
        printed = 0
        try:
            dpi = min(printer.resolution(), PRINT_DPI_CAP)
            for index in range(first, last + 1):
                if control is not None:
                    control.check()
                    control.report(
                        index - first,
                        last - first + 1,
                        translate("printing", "Đang in trang {0}…").format(index + 1),
                    )
                if index > first:
                    printer.newPage()
                points = pdf.pagePointSize(index)
                image = pdf.render(
                    index, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                )
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(QRectF(target), image)
                printed += 1
        finally:
            painter.end()
        return printed
    finally:
        pdf.deleteLater()


# -- export --------------------------------------------------------------------------------------------


def _filter(fmt: str) -> str:
    return (
        translate("printing", "Tệp PDF (*.pdf)")
        if fmt == "pdf"
        else translate("printing", "Tài liệu Word (*.docx)")
    )


def _start_dir() -> Path:
    saved = QSettings().value(_SETTINGS_DIR_KEY, "")
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def safe_file_name(name: str) -> str:
    """A file name from a symbol or subject: "240-TB/ĐU" -> "240-TB-ĐU" (no path separators or reserved
    marks)."""
    cleaned = "".join("-" if ch in '/\\:*?"<>|' else ch for ch in name).strip(" .")
    return cleaned[:120] or "van-ban"


def show_status(parent: QWidget | None, text: str) -> None:
    """A short note in the main window's status bar (when there is one)."""
    window = parent.window() if parent is not None else None
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 8000)


def ask_export_path(parent: QWidget | None, suggested_name: str, fmt: str = "pdf") -> Path | None:
    """Ask where to save (through the message seam); None if cancelled or an existing file is kept."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    title = translate("printing", "Xuất PDF") if fmt == "pdf" else translate("printing", "Xuất tệp Word")
    start = _start_dir() / f"{safe_file_name(suggested_name)}.{fmt}"
    path = messages.save_file(parent, title, str(start), _filter(fmt))
    if path is None:
        return None
    if path.suffix.lower() != f".{fmt}":
        path = path.with_name(f"{path.name}.{fmt}")
    if path.exists():
        choice = messages.choose(
            parent,
            translate("printing", "Tệp đã có"),
            translate("printing", "Tệp “{0}” đã có. Ghi đè bằng văn bản này?").format(path),
            [translate("printing", "Ghi đè"), translate("printing", "Hủy")],
            level=messages.Level.WARNING,
            default=1,
        )
        if choice != 0:
            return None
    QSettings().setValue(_SETTINGS_DIR_KEY, str(path.parent))
    return path


def export_to(
    parent: QWidget | None,
    doc: Document,
    path: Path,
    on_done: Callable[[Path], None] | None = None,
) -> Task:
    """Write ``doc`` to ``path`` (PDF or DOCX by suffix) in a worker; status bar note when done."""

    def done(result: Path) -> None:
        show_status(parent, translate("printing", "Đã xuất: {0}").format(result))
        if on_done is not None:
            on_done(result)

    def work(_control: TaskControl) -> Path:
        render_to_file(doc, Path(path))
        return Path(path)

    return run_task(work, on_result=done, parent=parent, name="export")


def export_document(
    parent: QWidget | None,
    doc: Document,
    suggested_name: str,
    fmt: str = "pdf",
    on_done: Callable[[Path], None] | None = None,
) -> Task | None:
    """Save dialog, then export in the background; None if the secretary cancelled."""
    path = ask_export_path(parent, suggested_name, fmt)
    return export_to(parent, doc, path, on_done) if path is not None else None


# -- printing ------------------------------------------------------------------------------------------


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # every Party and state document is A4
    return printer


def print_document(
    parent: QWidget | None,
    doc: Document,
    *,
    printer: QPrinter | None = None,
    on_done: Callable[[int], None] | None = None,
) -> Task | None:
    """The system print dialog, then render and paint the pages in a worker. None if cancelled."""
    printer = printer or new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("printing", "In văn bản"))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setMinMax(1, 9999)
    accepted = messages.exec_dialog(dialog) == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return None
    return print_with(parent, doc, printer, on_done)


def print_with(
    parent: QWidget | None,
    doc: Document,
    printer: QPrinter,
    on_done: Callable[[int], None] | None = None,
) -> Task:
    """Print on an already configured ``printer`` in a worker (no dialog)."""

    def work(control: TaskControl) -> int:
        data, _pages = render_pdf_bytes(doc)
        control.check()
        return paint_pdf(data, printer, control)

    def done(pages: int) -> None:
        show_status(parent, translate("printing", "Đã gửi {0} trang tới máy in.").format(pages))
        if on_done is not None:
            on_done(pages)

    task = run_task(work, on_result=done, parent=parent, name="print")
    task.printer = printer  # the worker paints on it: it must live until the task is done
    return task
