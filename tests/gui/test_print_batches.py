"""Batch printing through a real print system (CUPS + cups-pdf): every document of a meeting from the
meetings page, a year's minutes from the Văn bản page, ``secretary-app print-batch`` — each ONE job whose
printed PDF has every page of every document, on A4 with the layout profile's margins (or uniformly fitted
on Letter), and Hủy in the progress window that leaves nothing in the queue."""

from __future__ import annotations

import subprocess
import sys
import threading

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QDialog, QPushButton

from gui.cups_queues import measure
from gui.test_print_cups import A4, _assert_same_layout, _assert_uniform_fit
from secretary_app.gui.shared import printing
from secretary_app.gui.shell.main_window import PAGE_DOCUMENTS, PAGE_MEETINGS
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.print_batches import meeting_batch


@pytest.fixture
def demo_path(tmp_path):
    return ensure_demo_database(tmp_path / "demo.sqlite")


@pytest.fixture
def window(qtbot, demo_path):
    from secretary_app.app import build_main_window

    win = build_main_window(open_context(demo_path))
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win
    from secretary_app.gui.shared.tasks import wait_for_tasks

    wait_for_tasks()
    if win.ctx is not None:
        win.ctx.close()
        win.ctx = None


def _choose_queue(monkeypatch, presenter, queue, copies: int = 1) -> None:
    """The print dialog answered as a secretary would: this queue (its own default paper), N copies."""

    def accept(dialog):
        printer = dialog.printer()
        printer.setPrinterName(queue.name)
        printer.setPageSize(QPrinterInfo.printerInfo(queue.name).defaultPageSize())
        printer.setCopyCount(copies)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(presenter, "exec_dialog", accept)


def _reference(docs, tmp_path):
    """Every page of the app's own PDFs of ``docs``, measured, in order."""
    pages = []
    for i, doc in enumerate(docs):
        path = tmp_path / f"ref-{i}.pdf"
        path.write_bytes(printing.render_pdf_bytes(doc)[0])
        pages += measure(path)
    return pages


def _meetings_page(window):
    window.show_page(PAGE_MEETINGS)
    page = window.meetings_page
    page.ui.tableView.selectRow(0)
    return page


def _new_job(queue, before: set[str]) -> str:
    new = set(queue.jobs()) - before
    assert len(new) == 1, new  # one job for the whole batch
    return new.pop()


def test_meeting_documents_print_as_one_job_on_a4(qtbot, window, presenter, queues, tmp_path, monkeypatch):
    page = _meetings_page(window)
    assert page.print_all_action in page.context_menu().actions()
    batch = meeting_batch(window.ctx, page.current_meeting().id)
    assert [d.kind for d in batch.documents] == ["minutes", "notice"]  # minutes before the notice
    reference = _reference(batch.documents, tmp_path)
    _choose_queue(monkeypatch, presenter, queues["a4"])
    before = set(queues["a4"].jobs())
    task = page.print_all_documents()
    assert printing._Progress.last is not None  # the batch shows its progress window, with Hủy
    with qtbot.waitSignal(task.finished, timeout=60000):
        pass
    assert task.error is None and presenter.messages == []  # A4 on A4: no question
    job = _new_job(queues["a4"], before)
    out = queues["a4"].wait_for_job(job)
    printed = measure(out)
    assert len(printed) == len(reference)  # the sum of the documents' pages
    _assert_same_layout(printed, reference, A4)  # A4, every page's margins ±0.5 mm of the app's PDF
    assert f"Đã gửi {len(reference)} trang" in window.statusBar().currentMessage()


def test_year_minutes_fit_on_letter_uniformly(qtbot, window, presenter, queues, tmp_path, monkeypatch):
    window.show_page(PAGE_DOCUMENTS)
    page = window.documents_page
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2021))
    from secretary_app.services.print_batches import minutes_batch

    batch = minutes_batch(window.ctx, 2021)
    assert len(batch) == 1 and batch.title == "Biên bản các cuộc họp năm 2021: 1 biên bản"
    reference = _reference(batch.documents, tmp_path)
    _choose_queue(monkeypatch, presenter, queues["letter"], copies=2)
    presenter.answers = [1]  # "Thu nhỏ vừa giấy Letter"
    before = set(queues["letter"].jobs())
    task = page.print_year_minutes()
    with qtbot.waitSignal(task.finished, timeout=60000):
        pass
    assert task.error is None
    printed = measure(queues["letter"].wait_for_job(_new_job(queues["letter"], before)))
    assert len(printed) == 2 * len(reference)  # two copies, collated
    _assert_uniform_fit(printed[: len(reference)], reference)
    _assert_uniform_fit(printed[len(reference) :], reference)


def test_cancel_in_the_progress_window_prints_nothing(qtbot, window, presenter, queues, monkeypatch):
    page = _meetings_page(window)
    _choose_queue(monkeypatch, presenter, queues["a4"])
    started, release = threading.Event(), threading.Event()
    render = printing.render_pdf_bytes

    def slow_render(doc):  # the worker is held inside the first document until Hủy was pressed
        started.set()
        release.wait(30)
        return render(doc)

    monkeypatch.setattr(printing, "render_pdf_bytes", slow_render)
    before = queues["a4"].jobs()
    task = page.print_all_documents()
    assert started.wait(30)
    cancel = printing._Progress.last.dialog.findChild(QPushButton)
    assert cancel.text() == "Hủy"
    with qtbot.waitSignal(task.finished, timeout=60000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        release.set()
    assert task.is_cancelled and task.error is None
    assert queues["a4"].jobs() == before  # nothing reached the queue
    assert "Đã gửi" not in window.statusBar().currentMessage()


def test_nothing_to_print_is_said(window, presenter):
    window.show_page(PAGE_DOCUMENTS)
    page = window.documents_page
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2021))
    monkey_year = 2020  # the demo has no meeting in 2020
    from secretary_app.gui.print_batches.actions import print_minutes_of_year

    assert print_minutes_of_year(page, window.ctx, monkey_year) is None
    assert presenter.messages[-1].title == "Không có gì để in"
    assert "2020" in presenter.messages[-1].text


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "secretary_app", "print-batch", *args],
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_print_batch_command(demo_path, queues, tmp_path):
    ctx = open_context(demo_path)
    try:
        batch = meeting_batch(ctx, 1)
    finally:
        ctx.close()
    reference = _reference(batch.documents, tmp_path)
    queue = queues["a4"]
    before = set(queue.jobs())
    result = _cli("--db", str(demo_path), "--meeting", "1", "--printer", queue.name)
    assert result.returncode == 0, result.stderr
    assert "239-TB/ĐU" in result.stdout and f"Đã gửi {len(reference)} trang" in result.stdout
    _assert_same_layout(measure(queue.wait_for_job(_new_job(queue, before))), reference, A4)

    pages = len(reference)  # pages 4-6 of the batch: the minutes' last page, the notice's first two
    before = set(queue.jobs())
    ranged = _cli("--db", str(demo_path), "--meeting", "1", "--pages", f"{pages - 5}-{pages - 3}",
                  "--printer", queue.name)  # fmt: skip
    assert ranged.returncode == 0, ranged.stderr
    out = queue.wait_for_job(_new_job(queue, before))
    with pdfplumber.open(out) as printed:
        assert len(printed.pages) == 3
        # the notice (its letterhead; cups-pdf keeps no Vietnamese letters) starts on the batch's page 5
        assert "QUAN TW" not in printed.pages[0].extract_text()
        assert "QUAN TW" in printed.pages[1].extract_text()
    for got, want in zip(measure(out), reference[pages - 6 : pages - 3], strict=True):  # as the app's pages
        assert all(abs(getattr(got, e) - getattr(want, e)) <= 0.5 for e in ("left", "top", "right", "bottom"))

    before = set(queue.jobs())
    for bad in (
        ["--meeting", "1", "--pages", "7-2"],
        ["--meeting", "999"],  # no such meeting
        ["--minutes-year", "1800"],  # an impossible year
        ["--minutes-year", "2020"],  # nothing to print
        ["--meeting", "1", "--duplex"],  # cups-pdf prints on one side only
        ["--meeting", "1", "--copies", "0"],
    ):
        refused = _cli("--db", str(demo_path), *bad, "--printer", queue.name)
        assert refused.returncode == 2, (bad, refused.stdout, refused.stderr)
        assert refused.stderr.strip(), bad
    assert set(queue.jobs()) == before  # nothing printed
    letter = _cli("--db", str(demo_path), "--register-year", "2021", "--printer", queues["letter"].name)
    assert letter.returncode == 2 and "Letter (216 × 279 mm)" in letter.stderr
