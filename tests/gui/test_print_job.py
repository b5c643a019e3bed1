"""The print job without a print system: CUPS options, page images, fitting and landscape pages, to a file."""

from __future__ import annotations

import subprocess

import pdfplumber
import pytest
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from gui.cups_queues import measure
from secretary_app.domain.paper import Margins
from secretary_app.gui.shared import print_job, printing
from secretary_app.gui.shared.print_job import PaperChoice, PrintJob
from secretary_app.services.demo import seed_notice
from secretary_app.services.render import as_document

PROFILE = Margins(top=20, bottom=20, left=30, right=15)


def _to_file(path, page_size=QPageSize.PageSizeId.A4) -> QPrinter:
    printer = printing.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(page_size))
    return printer


def test_lp_command_carries_the_office_options():
    class Office(QPrinter):  # a queue this machine does not have (Qt would fall back to the default one)
        def printerName(self):
            return "office"

        def duplex(self):  # Qt keeps "one side" on a printer that cannot turn the sheet; this one can
            return QPrinter.DuplexMode.DuplexLongSide

    printer = Office(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setCopyCount(3)
    printer.setCollateCopies(True)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    job = PrintJob("239-TB/ĐU Hội nghị", [(b"%PDF", 5)], paper=PaperChoice.FIT)
    command = print_job.lp_command(job, printer, ["/tmp/a.pdf"])
    assert command[:8] == ["lp", "-d", "office", "-t", "239-TB/ĐU Hội nghị", "-n", "3", "-o"]
    options = {command[i + 1] for i, part in enumerate(command) if part == "-o"}
    assert {
        "media=Letter",
        "fit-to-page=true",
        "sides=two-sided-long-edge",
        "collate=true",
        "page-ranges=2-3",
    } <= options
    assert command[-2:] == ["--", "/tmp/a.pdf"]
    batch = PrintJob("Sổ", [(b"%PDF", 5), (b"%PDF", 2)])
    options = set(print_job.lp_command(batch, printer, ["joined.pdf"]))
    # A batch goes as one joined document: the range counts pages through the batch.
    assert "fit-to-page=true" not in options and "page-ranges=2-3" in options


def test_selected_pages():
    printer = printing.new_printer()
    assert print_job.selected_pages(printer, 3) == [0, 1, 2]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 9)
    assert print_job.selected_pages(printer, 4) == [1, 2, 3]


def test_page_images_have_no_mask_and_are_1_bit_when_black_and_white():
    text = QImage(200, 100, QImage.Format.Format_ARGB32_Premultiplied)
    text.fill(Qt.GlobalColor.transparent)  # as QtPdf renders: transparent where the page is blank
    painter = QPainter(text)
    painter.fillRect(20, 20, 50, 10, QColor("black"))
    painter.end()
    mono = print_job.printable_image(text)
    assert mono.format() == QImage.Format.Format_Mono
    assert QColor(mono.pixel(30, 25)) == QColor("black") and QColor(mono.pixel(5, 5)) == QColor("white")
    chart = QImage(200, 100, QImage.Format.Format_ARGB32_Premultiplied)
    chart.fill(Qt.GlobalColor.transparent)
    painter = QPainter(chart)
    painter.fillRect(20, 20, 50, 50, QColor("#c0392b"))
    painter.end()
    colour = print_job.printable_image(chart)
    assert colour.format() == QImage.Format.Format_RGB32 and not colour.hasAlphaChannel()
    assert QColor(colour.pixel(5, 5)) == QColor("white")


@pytest.mark.parametrize("engine", ["raster", "vector"])
def test_fit_onto_letter_is_uniform_and_lossless(qapp, tmp_path, monkeypatch, engine):
    """To a PDF file the pages go as vectors (as small as the PDF); the raster engine (Windows' printers)
    as lossless 1-bit images. Both fit uniformly."""
    if engine == "raster":
        monkeypatch.setenv("SECRETARY_PRINT_ENGINE", "raster")
    data, pages = printing.render_pdf_bytes(seed_notice())
    (tmp_path / "app.pdf").write_bytes(data)
    reference = measure(tmp_path / "app.pdf")[0]
    out = tmp_path / "letter.pdf"
    job = PrintJob("t", [(data, pages)], margins=PROFILE, paper=PaperChoice.FIT)
    assert print_job.print_job(job, _to_file(out, QPageSize.PageSizeId.Letter)).pages == pages
    printed = measure(out)[0]
    assert printed.width == pytest.approx(215.9, abs=0.5) and printed.height == pytest.approx(279.4, abs=0.5)
    sx, sy = printed.ink_width / reference.ink_width, printed.ink_height / reference.ink_height
    assert sx == pytest.approx(sy, abs=0.005) and sx == pytest.approx(279.4 / 297, abs=0.005)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == pages
        if engine == "vector":
            assert not pdf.pages[0].images and "239-TB/" in pdf.pages[0].extract_text()
            assert out.stat().st_size <= 1.1 * len(data)  # was 10.9 × as 600-dpi page images
            return
        image = pdf.pages[0].images[0]
    assert image["bits"] == 1 and "SMask" not in image["stream"].attrs
    assert "DCTDecode" not in str(image["stream"].attrs.get("Filter"))


def test_pdf_file_keeps_the_page_range_and_copies(qapp, tmp_path):
    data, pages = printing.render_pdf_bytes(seed_notice())
    reference = tmp_path / "app.pdf"
    reference.write_bytes(data)
    out = tmp_path / "pages.pdf"
    printer = _to_file(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    assert print_job.print_job(PrintJob("t", [(data, pages)]), printer).pages == 2
    with pdfplumber.open(out) as printed, pdfplumber.open(reference) as app:
        texts = [p.extract_text() for p in printed.pages]
        assert texts == [app.pages[1].extract_text(), app.pages[2].extract_text()] * 2
    ink, want = measure(out), measure(reference)
    for got, ref in zip(ink, [want[1], want[2]] * 2, strict=True):  # on A4, exactly where the PDF has it
        assert abs(got.left - ref.left) < 0.5 and abs(got.top - ref.top) < 0.5 and abs(got.width - 210) < 0.5


@pytest.mark.parametrize("engine", ["raster", "vector"])
def test_landscape_page_stays_landscape(qapp, tmp_path, monkeypatch, engine):
    if engine == "raster":
        monkeypatch.setenv("SECRETARY_PRINT_ENGINE", "raster")
    source = tmp_path / "table.pdf"
    writer = QPdfWriter(str(source))
    landscape = QPageLayout.Orientation.Landscape
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), landscape, QMarginsF()))
    painter = QPainter(writer)
    painter.setFont(QFont("Liberation Serif", 14))
    painter.drawText(QRectF(500, 500, 8000, 1000), "BẢNG TỔNG HỢP")
    painter.end()
    out = tmp_path / "printed.pdf"
    job = PrintJob("t", [(source.read_bytes(), 1)], paper=PaperChoice.DOCUMENT)
    print_job.print_job(job, _to_file(out))
    printed = measure(out)[0]
    assert printed.width == pytest.approx(297, abs=0.5) and printed.height == pytest.approx(210, abs=0.5)


def test_job_title_is_symbol_and_subject():
    notice = seed_notice()
    doc = as_document(notice)
    assert printing.job_title(doc).startswith("239-TB/ĐU Hội nghị giao ban")
    notice["unnumbered"] = True
    assert printing.job_title(as_document(notice)).startswith("Hội nghị")
    assert len(printing.job_title(as_document({**seed_notice(), "subject": "x " * 200}))) <= 120


def test_cancel_during_lp_takes_the_job_back(monkeypatch):
    """Hủy pressed while ``lp`` hands the job to CUPS: the queued job is cancelled, the task ends so."""
    from secretary_app.gui.shared.tasks import TaskCancelled, TaskControl

    control = TaskControl(1)
    calls = []

    def fake_run(command, **_kwargs):
        calls.append(command[0])
        if command[0] == "lp":
            control._cancel.set()  # the secretary pressed Hủy meanwhile
            return subprocess.CompletedProcess(command, 0, "request id is office-12 (1 file(s))\n", "")
        return subprocess.CompletedProcess(command, 0, "", "")

    class Office(QPrinter):
        def printerName(self):
            return "office"

    monkeypatch.setattr(print_job.subprocess, "run", fake_run)
    monkeypatch.setattr(print_job, "is_cups_queue", lambda _printer: True)
    printer = Office(QPrinter.PrinterMode.HighResolution)
    with pytest.raises(TaskCancelled):
        print_job.print_job(PrintJob("t", [(b"%PDF-1.4", 1)]), printer, control)
    assert calls == ["lp", "cancel"]


@pytest.mark.parametrize("engine", ["raster", "vector"])
def test_a_batch_page_range_counts_through_the_batch(qapp, tmp_path, monkeypatch, engine):
    if engine == "raster":
        monkeypatch.setenv("SECRETARY_PRINT_ENGINE", "raster")
    first, second = seed_notice(), seed_notice()
    second["number"] = 240
    (a, na), (b, nb) = printing.render_pdf_bytes(first), printing.render_pdf_bytes(second)
    out = tmp_path / "batch.pdf"
    printer = _to_file(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(na, na + 1)  # the first document's last page, the second's first
    assert print_job.print_job(PrintJob("t", [(a, na), (b, nb)]), printer).pages == 2
    with pdfplumber.open(out) as printed:
        assert len(printed.pages) == 2
        if engine == "vector":
            assert "239-TB/" not in printed.pages[0].extract_text()  # page na of 239 (not its first)
            assert "240-TB/" in printed.pages[1].extract_text()
