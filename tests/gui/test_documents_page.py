"""The Văn bản page: documents list (filter, open), the outgoing register (year, preview, print, export)."""

from __future__ import annotations

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

from gui.helpers import type_text
from secretary_app.gui.documents.composer_windows import open_windows
from secretary_app.gui.shared import printing
from secretary_app.gui.shared.print_job import print_job
from secretary_app.gui.shell.main_window import PAGE_DOCUMENTS
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database


@pytest.fixture
def page(qtbot, tmp_path):
    from secretary_app.app import build_main_window

    window = build_main_window(open_context(ensure_demo_database(tmp_path / "demo.sqlite")))
    qtbot.addWidget(window)
    window.show()
    window.show_page(PAGE_DOCUMENTS)
    yield window.documents_page
    if window.ctx is not None:
        window.ctx.close()
        window.ctx = None


def test_lists_documents_and_filters_without_diacritics(page):
    assert page.model.index(0, 0).data() == "239-TB/ĐU"
    assert page.ui.documentsView.isVisible() and not page.ui.emptyLabel.isVisible()
    type_text(page.ui.filterEdit, "giao ban cap uy")
    assert page.proxy.rowCount() == 1
    page.ui.filterEdit.clear()
    type_text(page.ui.filterEdit, "không có")
    assert page.proxy.rowCount() == 0 and page.ui.countLabel.text() == "0/1 văn bản"


def test_open_issued_document_read_only(qtbot, page):
    view = page.ui.documentsView
    view.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    [window] = open_windows(page.ctx)  # a window of its own, not a child of the main window
    qtbot.addWidget(window)
    assert window.is_issued and window.ui.bodyEdit.isReadOnly()


def test_compose_from_a_meeting_adds_a_draft(qtbot, page, presenter):
    presenter.answers = [1]  # the demo's notice 239 is issued: "Soạn thông báo bổ sung, điều chỉnh"
    menu = page.ui.composeButton.menu()
    menu.popup(page.ui.composeButton.mapToGlobal(page.ui.composeButton.rect().bottomLeft()))
    actions = menu.actions()  # filled as it opens: the latest meetings
    assert actions[0].text().startswith("12/10/2021 — Hội nghị giao ban")
    actions[0].trigger()
    menu.close()
    [window] = open_windows(page.ctx)  # a window of its own, not a child of the main window
    qtbot.addWidget(window)
    assert page.model.rowCount() == 2
    assert "(chưa cấp số)" in [page.model.index(r, 0).data() for r in range(2)]


def test_register_by_year_with_preview_export_and_print(qtbot, page, presenter, tmp_path, monkeypatch):
    page.ui.tabs.setCurrentWidget(page.ui.registerTab)
    assert page.selected_year() == 2021
    assert page.register_model.rowCount() == 1
    assert page.ui.yearCombo.findData(2020) == -1  # only years with documents, and this year
    page.ui.previewButton.setChecked(True)
    qtbot.waitUntil(lambda: page.ui.registerPreview.renders >= 1, timeout=15000)

    out = tmp_path / "so.pdf"
    presenter.save_paths = [out]
    task = page.export_register("pdf")
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert "SỔ VĂN BẢN ĐI" in text and "239-TB/ĐU" in text and "Năm 2021" in text

    printed = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(presenter, "exec_dialog", accept)
    task = page.print_register()
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert task.error is None and printed.stat().st_size > 0


def test_every_document_of_the_register_prints_as_one_job(qtbot, page, presenter, tmp_path, monkeypatch):
    page.ui.tabs.setCurrentWidget(page.ui.registerTab)
    printed = tmp_path / "batch.pdf"
    names = []

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    def record_name(job, printer, control=None):
        names.append(job.title)
        return print_job(job, printer, control)

    monkeypatch.setattr(presenter, "exec_dialog", accept)
    monkeypatch.setattr(printing, "print_job", record_name)
    task = page.print_register_documents()
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert task.error is None
    assert names == ["Sổ văn bản đi năm 2021: 1 văn bản"]
    expected = sum(printing.render_pdf_bytes(d.content)[1] for d in page._register_documents)
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == expected


def test_unsaved_composer_is_offered_when_leaving_the_database(qtbot, page, presenter, tmp_path):
    presenter.answers = [1]  # the demo's notice 239 is issued: "Soạn thông báo bổ sung, điều chỉnh"
    window = page.compose_for_meeting(page.ctx.meetings.list_meetings()[0].id)
    type_text(window.ui.placeEdit, " (sửa)")
    assert page.has_unsaved_changes()
    main = page.window()
    presenter.answers = [0]  # "Lưu"
    assert main.open_database(tmp_path / "other.sqlite", create=True)
    assert not isValid(window) or not window.isVisible()
    ctx = open_context(tmp_path / "demo.sqlite", create=True)
    try:
        saved = [d for d in ctx.documents.list_documents() if d.number is None]
    finally:
        ctx.close()
    assert saved[0].content["place"] == "Hà Nội (sửa)"
