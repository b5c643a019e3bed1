"""Export and printing go through the message seam and render in a worker."""

from __future__ import annotations

import pdfplumber
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from secretary_app.domain.document_reading import document_from_dict
from secretary_app.gui.shared import printing
from secretary_app.gui.shared.messages import Level
from secretary_app.services.demo import seed_notice as seed_notice_json
from secretary_app.services.render import render_pdf_bytes


def seed_notice():
    """The demo notice as printing takes it: the typed Document (its JSON is parsed at the boundary)."""
    return document_from_dict(seed_notice_json())


def test_export_pdf_and_docx(qtbot, presenter, tmp_path):
    notice = seed_notice()
    presenter.save_paths = [tmp_path / "tb", tmp_path / "tb.docx"]
    task = printing.export_document(None, notice, "239-TB/ĐU", "pdf")
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    pdf = tmp_path / "tb.pdf"  # the suffix is added when the secretary typed none
    with pdfplumber.open(pdf) as doc:
        assert "239-TB/ĐU" in doc.pages[0].extract_text()
    task = printing.export_document(None, notice, "239-TB/ĐU", "docx")
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert (tmp_path / "tb.docx").stat().st_size > 1000


def test_export_cancelled_or_existing_file_kept(qtbot, presenter, tmp_path):
    assert printing.export_document(None, seed_notice(), "x", "pdf") is None  # no path chosen
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"keep")
    presenter.save_paths = [existing]
    assert printing.export_document(None, seed_notice(), "x", "pdf") is None  # "Hủy" is the escape answer
    assert existing.read_bytes() == b"keep"
    assert presenter.messages[-1].level is Level.WARNING


def test_a_failed_export_is_reported_and_leaves_no_file(qtbot, presenter, tmp_path):
    target = tmp_path / "gone" / "tb.pdf"  # the folder was removed (a stick pulled out) after the dialog
    task = printing.export_to(None, seed_notice(), target)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert presenter.messages and not target.exists() and not target.parent.exists()


def test_print_through_the_print_dialog_to_a_pdf_file(qtbot, presenter, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"
    dialogs = []

    def accept(dialog):
        dialogs.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(presenter, "exec_dialog", accept)
    printed = []
    task = printing.print_document(None, seed_notice(), on_done=printed.append)
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert task.error is None, task.error
    assert dialogs == ["In văn bản"]
    _, pages = render_pdf_bytes(seed_notice())
    assert printed == [pages]
    with pdfplumber.open(out) as doc:
        assert len(doc.pages) == pages
        # Print to file: the rendered PDF's own pages, as text (vector), not pictures of them.
        assert not doc.pages[0].images and "239-TB/" in doc.pages[0].extract_text()


def test_print_cancelled_does_nothing(presenter):
    assert printing.print_document(None, seed_notice()) is None  # the recording presenter rejects dialogs


def test_safe_file_name():
    assert printing.safe_file_name("240-TB/ĐU") == "240-TB-ĐU"
    assert printing.safe_file_name(" a:b? ") == "a-b-"
    assert printing.safe_file_name("") == "van-ban"


def test_render_pdf_bytes_loads_in_qtpdf():
    data, pages = render_pdf_bytes(seed_notice())
    pdf = printing.load_pdf(data)
    assert pdf.pageCount() == pages


def test_renders_from_several_workers_at_once_do_not_crash():
    """Preview, print and export may render at the same moment from cold (font registration included);
    ReportLab is not thread-safe, so rendering serialises itself. In a fresh process, as at start-up."""
    import subprocess
    import sys

    code = (
        "import threading\n"
        "from secretary_app.services.render import render_pdf_bytes\n"
        "from secretary_app.services.demo import seed_notice\n"
        "out = []\n"
        "ts = [threading.Thread(target=lambda: out.append(render_pdf_bytes(seed_notice())[1])) for _ in "
        "range(6)]\n"
        "[t.start() for t in ts]; [t.join() for t in ts]\n"
        "assert len(out) == 6 and len(set(out)) == 1, out\n"
    )
    for _ in range(3):
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr[-2000:]


def test_export_offers_pdfa_for_the_archive(qtbot, presenter, tmp_path):
    from secretary_app.services.render import pdfa_problems

    presenter.save_paths = [tmp_path / "luu-tru.pdf", tmp_path / "thuong.pdf"]
    presenter.save_filters = [1]  # the second file type: "PDF/A (lưu trữ)"; the next export keeps the first
    task = printing.export_document(None, seed_notice(), "239-TB/ĐU", "pdf")
    assert "PDF/A (lưu trữ) (*.pdf)" in presenter.filters_offered
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    task = printing.export_document(None, seed_notice(), "239-TB/ĐU", "pdf")
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert pdfa_problems(tmp_path / "luu-tru.pdf") == []
    assert pdfa_problems(tmp_path / "thuong.pdf") != []  # an ordinary export stays plain PDF
