"""Export (PDF, Word) and printing of a document, all rendering off the GUI thread.

The input is the typed :class:`~secretary_app.domain.document.Document` (a stored draft's JSON is parsed by
its window first, which shows the problem there)::

    export_document(self, doc, "240-TB-DU", "pdf")    # save dialog (message seam) -> worker writes file
    print_document(self, doc)                          # system print dialog -> worker paints the pages

Printing: the system dialog, then :func:`print_with` (the path tests and ``secretary-app print`` share): the
paper question when the printer's paper is not the document's, then the PDF rendered in a worker and sent as
one job by gui/shared/print_job.py — as the PDF itself to a CUPS queue, as lossless page images elsewhere. So
the printout is exactly the PDF the secretary previewed and exported, on its own sheet or uniformly fitted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from secretary_app.domain.document import Document, DocumentError
from secretary_app.domain.paper import fit_page, mm_text
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import translate
from secretary_app.gui.shared.print_job import PaperChoice, PrintJob, paper_mismatch, print_job
from secretary_app.gui.shared.tasks import Task, TaskControl, run_task
from secretary_app.services.render import render_pdf_bytes, render_to_file

log = logging.getLogger(__name__)

FORMATS = ("pdf", "docx")
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
    target = ask_export_target(parent, suggested_name, fmt)
    return target[0] if target is not None else None


def ask_export_target(
    parent: QWidget | None, suggested_name: str, fmt: str = "pdf"
) -> tuple[Path, bool] | None:
    """Ask where to save and, for a PDF, whether as PDF/A (the archive copy: a second file type in the same
    dialog); (path, pdfa), or None if cancelled or an existing file is kept."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    title = translate("printing", "Xuất PDF") if fmt == "pdf" else translate("printing", "Xuất tệp Word")
    start = _start_dir() / f"{safe_file_name(suggested_name)}.{fmt}"
    pdfa = False
    if fmt == "pdf":
        pdf_types = [_filter("pdf"), translate("printing", "PDF/A (lưu trữ) (*.pdf)")]
        chosen = messages.save_file_as(parent, title, str(start), pdf_types)
        path, pdfa = (chosen[0], chosen[1] == 1) if chosen is not None else (None, False)
    else:
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
    return path, pdfa


def export_to(
    parent: QWidget | None,
    doc: Document | list[Document],
    path: Path,
    on_done: Callable[[Path], None] | None = None,
    *,
    pdfa: bool = False,
) -> Task:
    """Write ``doc`` to ``path`` (PDF or DOCX by suffix; ``pdfa``: PDF/A-2b) in a worker; status bar note
    when done. A list of documents (a batch of reminder slips) makes one file, each document from a new
    page."""

    def done(result: Path) -> None:
        show_status(parent, translate("printing", "Đã xuất: {0}").format(result))
        if on_done is not None:
            on_done(result)

    def work(_control: TaskControl) -> Path:
        render_to_file(doc, Path(path), pdfa=pdfa)
        return Path(path)

    return run_task(work, on_result=done, parent=parent, name="export")


def export_document(
    parent: QWidget | None,
    doc: Document | list[Document],
    suggested_name: str,
    fmt: str = "pdf",
    on_done: Callable[[Path], None] | None = None,
) -> Task | None:
    """Save dialog (a PDF can be saved as PDF/A there), then export in the background; None if the secretary
    cancelled."""
    target = ask_export_target(parent, suggested_name, fmt)
    if target is None:
        return None
    return export_to(parent, doc, target[0], on_done, pdfa=target[1])


# -- printing ------------------------------------------------------------------------------------------


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # every Party and state document is A4
    return printer


def job_title(doc: Document) -> str:
    """The print queue's name for a document: its symbol and subject ("239-TB/ĐU Hội nghị giao ban …")."""
    from secretary_app.domain.numbering import document_symbol

    parts = []
    if doc.number is not None and not doc.unnumbered:
        parts.append(document_symbol(doc.standard, doc.number, doc.type_code, doc.issuer.code))
    parts.append(" ".join((doc.subject or doc.title or translate("printing", "Văn bản")).split()))
    title = " ".join(parts)
    return title if len(title) <= 120 else title[:119] + "…"


def ask_paper(parent: QWidget | None, printer: QPrinter, doc: Document) -> PaperChoice | None:
    """When the printer's paper is not the document's, tell the secretary and let them choose: print on the
    document's sheet (the default), or shrink the page uniformly to the paper with the margins that gives.
    None if they cancel. No question when the paper is the document's own."""
    from secretary_app.services.render import document_sheet

    sheet, margins = document_sheet(doc)
    paper = paper_mismatch(printer, sheet)
    if paper is None:
        return PaperChoice.DOCUMENT
    fit = fit_page(sheet, paper, margins)
    m = fit.margins
    text = translate(
        "printing",
        "Máy in đang để khổ giấy {paper}, còn văn bản được trình bày trên khổ {sheet}.\n\n"
        "• In trên giấy {sheet_name} (nên chọn): văn bản in đúng thể thức; "
        "cần có giấy {sheet_name} trong máy in.\n"
        "• Thu nhỏ vừa giấy {paper_name}: cả trang thu nhỏ đều còn {percent}%, chữ không bị méo; "
        "lề trên {top} mm, dưới {bottom} mm, trái {left} mm, phải {right} mm "
        "(đúng thể thức: trên {doc_top}, dưới {doc_bottom}, trái {doc_left}, phải {doc_right} mm).",
    ).format(
        paper=paper.label(),
        sheet=sheet.label(),
        sheet_name=sheet.name or sheet.label(),
        paper_name=paper.name or paper.label(),
        percent=round(fit.scale * 100),
        top=mm_text(m.top),
        bottom=mm_text(m.bottom),
        left=mm_text(m.left),
        right=mm_text(m.right),
        doc_top=mm_text(margins.top),
        doc_bottom=mm_text(margins.bottom),
        doc_left=mm_text(margins.left),
        doc_right=mm_text(margins.right),
    )
    choice = messages.choose(
        parent,
        translate("printing", "Khổ giấy khác khổ văn bản"),
        text,
        [
            translate("printing", "In trên giấy {0}").format(sheet.name or sheet.label()),
            translate("printing", "Thu nhỏ vừa giấy {0}").format(paper.name or paper.label()),
            translate("printing", "Hủy"),
        ],
        level=messages.Level.WARNING,
        default=0,
    )
    return {0: PaperChoice.DOCUMENT, 1: PaperChoice.FIT}.get(choice)


def _print_dialog(parent: QWidget | None, printer: QPrinter) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("printing", "In văn bản"))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, 9999)
    accepted = messages.exec_dialog(dialog) == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


def print_document(
    parent: QWidget | None,
    doc: Document,
    *,
    printer: QPrinter | None = None,
    on_done: Callable[[int], None] | None = None,
) -> Task | None:
    """The system print dialog (printer, copies, pages, both sides), then :func:`print_with`.
    None if cancelled."""
    printer = printer or new_printer()
    if not _print_dialog(parent, printer):
        return None
    return print_with(parent, doc, printer, on_done)


def print_batch(
    parent: QWidget | None,
    docs: list[Document],
    title: str,
    *,
    printer: QPrinter | None = None,
    on_done: Callable[[int], None] | None = None,
) -> Task | None:
    """Several documents (a meeting's, a register's, a year's minutes) as ONE print job named ``title``, with
    a progress window and Hủy. None if cancelled or there is nothing to print."""
    if not docs:
        return None
    printer = printer or new_printer()
    if not _print_dialog(parent, printer):  # a page range counts through the whole batch
        return None
    return print_with(parent, docs, printer, on_done, title=title)


def print_with(
    parent: QWidget | None,
    doc: Document | list[Document],
    printer: QPrinter,
    on_done: Callable[[int], None] | None = None,
    *,
    title: str | None = None,
    paper: PaperChoice | None = None,
) -> Task | None:
    """Print on a ``printer`` the dialog configured — the Print button's path after the dialog (tests drive it
    on real CUPS queues): the paper question (:func:`ask_paper`, unless ``paper`` is given), then the
    documents rendered and sent as one job in a worker, with progress and Hủy. None if the secretary
    cancels."""
    batch = isinstance(doc, list)
    docs = list(doc) if isinstance(doc, list) else [doc]
    if not docs:
        return None
    choice = paper or ask_paper(parent, printer, docs[0])
    if choice is None:
        return None
    from secretary_app.services.render import document_sheet

    sheet, margins = document_sheet(docs[0])
    name = title or job_title(docs[0])

    def work(control: TaskControl) -> int:
        pdfs = []
        for index, one in enumerate(docs):
            control.check()
            if batch:
                step = translate("printing", "Đang chuẩn bị văn bản {0}/{1}…")
                control.report(index, len(docs), step.format(index + 1, len(docs)))
            pdfs.append(render_pdf_bytes(one))
        job = PrintJob(name, pdfs, sheet=sheet, margins=margins, paper=choice)
        return print_job(job, printer, control).pages

    def done(pages: int) -> None:
        show_status(parent, translate("printing", "Đã gửi {0} trang tới máy in.").format(pages))
        if on_done is not None:
            on_done(pages)

    progress = _Progress(parent, name) if batch else None
    task = run_task(
        work,
        on_result=done,
        on_progress=progress.show_step if progress else None,
        parent=parent,
        name="print",
    )
    task.printer = printer  # the worker paints on it: it must live until the task is done
    if progress is not None:
        progress.follow(task)
    return task


class _Progress:
    """A batch's progress window: the worker's steps, and Hủy to stop it (nothing is left half-queued)."""

    last: _Progress | None = None  # for tests

    def __init__(self, parent: QWidget | None, title: str):
        label, cancel = translate("printing", "Đang chuẩn bị…"), translate("printing", "Hủy")
        self.dialog = QProgressDialog(label, cancel, 0, 0, parent)
        self.dialog.setWindowTitle(translate("printing", "In: {0}").format(title))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(300)
        self.dialog.setMinimumWidth(420)
        _Progress.last = self

    def show_step(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    def follow(self, task: Task) -> None:
        self.dialog.canceled.connect(task.cancel)
        task.finished.connect(self.dialog.close)
        task.finished.connect(self.dialog.deleteLater)
