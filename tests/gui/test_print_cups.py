"""Printing through a real print system (CUPS + cups-pdf), by the Print button's own path after its dialog.

The printed PDF cups-pdf writes is measured: sheet size, page count, margins against the app's own PDF and the
layout profile (±0.5 mm), and — on a queue whose paper is Letter — either A4 pages (the default answer) or one
uniform scale for both axes (the fit answer): never the uneven stretch that printed A4 over Letter at
x × 1.028, y × 0.941.
"""

from __future__ import annotations

import subprocess
import sys
import uuid

import pdfplumber
from PySide6.QtPrintSupport import QPrinterInfo

from gui.cups_queues import Queue, job_number, measure
from secretary_app.domain.paper import Margins, Sheet, fit_page
from secretary_app.gui.shared import printing
from secretary_app.services.demo import seed_notice
from secretary_app.services.render import as_document

TOLERANCE_MM = 0.5
A4 = Sheet(210, 297)
LETTER = Sheet(215.9, 279.4)
PROFILE = Margins(top=20, bottom=20, left=30, right=15)  # rendering/profiles.py, party and state alike


def _notice() -> tuple[dict, str]:
    """The seed notice with a token opening its subject: the job title, hence cups-pdf's file name, has it."""
    token = f"T{uuid.uuid4().hex[:8]}"
    notice = seed_notice()
    notice["subject"] = f"{token} {notice['subject']}"
    return notice, token


def _reference(content, tmp_path):
    """The app's own PDF of ``content`` and its measurements."""
    data, pages = printing.render_pdf_bytes(content)
    path = tmp_path / "app.pdf"
    path.write_bytes(data)
    return data, pages, measure(path)


def _printer_as_the_dialog_leaves_it(queue: Queue):
    printer = printing.new_printer()
    printer.setPrinterName(queue.name)
    printer.setPageSize(QPrinterInfo.printerInfo(queue.name).defaultPageSize())  # the dialog presets it
    return printer


def _print(qtbot, queue: Queue, content, **kwargs) -> int:
    printed = []
    doc = [as_document(c) for c in content] if isinstance(content, list) else as_document(content)
    task = printing.print_with(None, doc, _printer_as_the_dialog_leaves_it(queue), printed.append, **kwargs)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60000):
        pass
    assert task.error is None, task.error
    return printed[0]


def _assert_same_layout(printed, reference, sheet: Sheet) -> None:
    assert len(printed) == len(reference)
    for got, want in zip(printed, reference, strict=True):
        assert abs(got.width - sheet.width) < TOLERANCE_MM and abs(got.height - sheet.height) < TOLERANCE_MM
        for edge in ("left", "top", "right", "bottom"):
            assert abs(getattr(got, edge) - getattr(want, edge)) <= TOLERANCE_MM, (edge, got, want)
    first = printed[0]  # the first page's text block starts on the profile's margins
    assert abs(first.left - PROFILE.left) <= TOLERANCE_MM
    assert abs(first.top - PROFILE.top) <= TOLERANCE_MM
    assert abs(first.right - PROFILE.right) <= TOLERANCE_MM


def _assert_uniform_fit(printed, reference) -> None:
    fit = fit_page(A4, LETTER, PROFILE)
    for got, want in zip(printed, reference, strict=True):
        assert abs(got.width - LETTER.width) < TOLERANCE_MM and abs(got.height - LETTER.height) < TOLERANCE_MM
        sx, sy = got.ink_width / want.ink_width, got.ink_height / want.ink_height
        assert abs(sx - sy) < 0.005, f"uneven scale x × {sx:.3f}, y × {sy:.3f}"
        assert abs(sx - fit.scale) < 0.005
        assert abs(got.left - (fit.left + want.left * fit.scale)) <= TOLERANCE_MM
        assert abs(got.top - (fit.top + want.top * fit.scale)) <= TOLERANCE_MM


def test_a4_queue_prints_the_pdf_itself_on_a4(qtbot, presenter, queues, tmp_path):
    notice, token = _notice()
    data, pages, reference = _reference(notice, tmp_path)
    assert _print(qtbot, queues["a4"], notice) == pages
    assert presenter.messages == []  # A4 on A4: nothing to ask
    out = queues["a4"].wait_for_output(token)
    assert out.name.startswith("239-TB")  # the job is named by the symbol and subject
    _assert_same_layout(measure(out), reference, A4)
    job = f"{queues['a4'].name}-{job_number(out)}"
    spooled = queues["a4"].jobs()[job]
    assert spooled <= 1.1 * len(data), f"job {spooled} B for a {len(data)} B PDF"  # vector, not page images
    with pdfplumber.open(out) as printed:
        # Text, not a picture of text (ghostscript in cups-pdf drops the Unicode map of Vietnamese letters).
        assert len(printed.pages[0].chars) > 500 and not printed.pages[0].images
        assert "239-TB/" in printed.pages[0].extract_text()


def test_letter_queue_warns_and_prints_on_a4_by_default(qtbot, presenter, queues, tmp_path):
    notice, token = _notice()
    _data, pages, reference = _reference(notice, tmp_path)
    presenter.answers = [0]  # the default button
    assert _print(qtbot, queues["letter"], notice) == pages
    warning = presenter.messages[-1]
    assert "Letter (216 × 279 mm)" in warning.text and "A4 (210 × 297 mm)" in warning.text
    assert warning.buttons[0] == "In trên giấy A4"
    _assert_same_layout(measure(queues["letter"].wait_for_output(token)), reference, A4)


def test_letter_queue_fit_is_uniform(qtbot, presenter, queues, tmp_path):
    notice, token = _notice()
    _data, pages, reference = _reference(notice, tmp_path)
    presenter.answers = [1]  # "Thu nhỏ vừa giấy Letter"
    assert _print(qtbot, queues["letter"], notice) == pages
    assert "lề trên 18,8 mm" in presenter.messages[-1].text  # the margins the fit gives, said before printing
    _assert_uniform_fit(measure(queues["letter"].wait_for_output(token)), reference)


def test_letter_queue_cancelled_prints_nothing(presenter, queues):
    before = queues["letter"].jobs()
    presenter.answers = [2]  # Hủy
    printer = _printer_as_the_dialog_leaves_it(queues["letter"])
    assert printing.print_with(None, as_document(_notice()[0]), printer) is None
    assert queues["letter"].jobs() == before


def test_raster_engine_on_cups_is_lossless_and_uniform(qtbot, presenter, queues, tmp_path, monkeypatch):
    """The engine Windows and print-to-file use (pages as images), measured through CUPS too."""
    monkeypatch.setenv("SECRETARY_PRINT_ENGINE", "raster")
    notice, token = _notice()
    data, pages, reference = _reference(notice, tmp_path)
    assert _print(qtbot, queues["a4"], notice) == pages
    out = queues["a4"].wait_for_output(token)
    _assert_same_layout(measure(out), reference, A4)
    spool = Queue.spool_file(job_number(out))
    with pdfplumber.open(spool) as sent:
        images = [image for page in sent.pages for image in page.images]
    assert len(images) == pages
    for image in images:
        assert image["bits"] == 1  # black and white text pages go as 1-bit images...
        assert "SMask" not in image["stream"].attrs and "Mask" not in image["stream"].attrs  # ...with no mask
        assert "DCTDecode" not in str(image["stream"].attrs.get("Filter"))  # and never as JPEG
        assert image["srcsize"][0] >= 4900  # 600 dpi across 210 mm: the printer's grid, not 300 dpi
    assert spool.stat().st_size < 15 * len(data)
    notice, token = _notice()
    presenter.answers = [1]
    _print(qtbot, queues["letter"], notice)
    _assert_uniform_fit(measure(queues["letter"].wait_for_output(token)), reference)


def test_batch_is_one_job_of_every_document(qtbot, presenter, queues):
    (first, token), (second, _) = _notice(), _notice()
    second["number"] = 240
    counts = [printing.render_pdf_bytes(first)[1], printing.render_pdf_bytes(second)[1]]
    before = set(queues["a4"].jobs())
    assert _print(qtbot, queues["a4"], [first, second], title=f"{token} Văn bản cuộc họp") == sum(counts)
    out = queues["a4"].wait_for_output(token)  # the job is named by the batch's title
    assert len(set(queues["a4"].jobs()) - before) == 1  # one job...
    # ...of one document holding both, whole: a print system that writes or prints each document of a job
    # apart (cups-pdf overwrote the first with the second) still gets every page.
    assert not Queue.spool_file(job_number(out)).with_name(f"d{int(job_number(out)):05d}-002").exists()
    with pdfplumber.open(out) as printed:
        assert len(printed.pages) == sum(counts)
        assert "239-TB/" in printed.pages[0].extract_text()
        assert "240-TB/" in printed.pages[counts[0]].extract_text()


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "secretary_app", "print", *args], capture_output=True, text=True, timeout=120
    )


def test_command_line_prints_through_the_same_job(queues, tmp_path):
    import json

    notice, token = _notice()
    doc = tmp_path / "notice.json"
    doc.write_text(json.dumps(notice, ensure_ascii=False), encoding="utf-8")
    result = _cli(str(doc), "--printer", queues["a4"].name, "--pages", "2-3", "--copies", "2")
    assert result.returncode == 0, result.stderr
    assert "Đã gửi 2 trang" in result.stdout
    printed = measure(queues["a4"].wait_for_output(token))
    assert len(printed) == 4  # pages 2-3, twice
    assert all(abs(p.width - A4.width) < TOLERANCE_MM for p in printed)

    before = queues["letter"].jobs()
    refused = _cli(str(doc), "--printer", queues["letter"].name)
    assert refused.returncode == 2
    assert "Letter (216 × 279 mm)" in refused.stderr and "A4 (210 × 297 mm)" in refused.stderr
    assert queues["letter"].jobs() == before  # nothing printed

    notice, token = _notice()
    doc.write_text(json.dumps(notice, ensure_ascii=False), encoding="utf-8")
    fitted = _cli(str(doc), "--printer", queues["letter"].name, "--fit")
    assert fitted.returncode == 0, fitted.stderr
    assert all(
        abs(p.width - LETTER.width) < TOLERANCE_MM for p in measure(queues["letter"].wait_for_output(token))
    )

    unknown = _cli(str(doc), "--printer", "no-such-printer")
    assert unknown.returncode == 2 and "no-such-printer" in unknown.stderr
