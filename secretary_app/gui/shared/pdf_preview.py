"""A live PDF preview: QtPdf's QPdfView fed by ReportLab renders made in a worker thread.

``preview.set_content(content)`` may be called on every keystroke: the render starts after a pause
(:data:`DEBOUNCE_MS`), runs in a worker (:class:`tasks.LatestOnly`: one at a time, only the newest request's
PDF is shown), and the new PDF replaces the old one in place — the page the secretary was looking at and
the scroll position are kept. A document that cannot be rendered yet (a required field is empty) keeps the
last good preview and says what is missing above it.

Timing (for bench/preview_bench.py and the status line): ``last_render_ms`` is the worker's ReportLab time;
``last_total_ms`` runs from the end of the pause (debounce fired) to QtPdf having rendered the first visible
page of the new PDF (``displayed`` signal).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from secretary_app.gui.shared.tasks import LatestOnly, TaskControl, error_message
from secretary_app.services.render import render_pdf_bytes

DEBOUNCE_MS = 300


def _render(content: Any, control: TaskControl) -> tuple[bytes, int, float]:
    started = time.perf_counter()
    data, pages = render_pdf_bytes(content)
    return data, pages, (time.perf_counter() - started) * 1000


class PdfPreview(QWidget):
    updated = Signal(int)  # a new PDF is in the view: its page count
    displayed = Signal()  # QtPdf finished drawing a page of the newest PDF
    failed = Signal(str)  # the newest content could not be rendered: why

    def __init__(self, parent: QWidget | None = None, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a939e; }")  # pages stand out like paper on a desk
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view.setDocument(self.document)

        self.status = QLabel(self)
        self.status.setProperty("role", "note")
        self.status.setWordWrap(True)
        self.page_label = QLabel(self)
        fit_width = QToolButton(self)
        fit_width.setText(self.tr("Vừa chiều rộng"))
        fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        fit_page = QToolButton(self)
        fit_page.setText(self.tr("Cả trang"))
        fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.page_label)
        bar.addWidget(fit_width)
        bar.addWidget(fit_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self._content: Any = None
        self._pause_at = 0.0
        self._waiting_display = False
        self.last_render_ms = 0.0
        self.last_total_ms = 0.0
        self.renders = 0  # PDFs shown so far (tests wait on it)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.render_now)
        self._runner = LatestOnly(self, name="preview")
        self._runner.result_ready.connect(self._show)
        self._runner.error.connect(self._show_error)
        renderer = self.view.findChild(QPdfPageRenderer)  # QPdfView's own async page renderer
        if renderer is not None:
            renderer.pageRendered.connect(self._on_page_rendered)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)

    # -- input -----------------------------------------------------------------------------------------
    def set_content(self, content: Any) -> None:
        """New content to show after the pause (a copy is taken when the render starts)."""
        self._content = content
        self._timer.start()

    def render_now(self) -> None:
        """Render the last content at once (no pause): the preview of a just-opened document."""
        self._timer.stop()
        if self._content is None:
            return
        import copy

        content = copy.deepcopy(self._content)  # the worker's own copy: the editor goes on changing its dict
        self._pause_at = time.perf_counter()
        self._runner.submit(lambda control: _render(content, control))

    def is_busy(self) -> bool:
        return self._timer.isActive() or self._runner.is_busy()

    def page_count(self) -> int:
        return self.document.pageCount()

    # -- output ----------------------------------------------------------------------------------------
    def _show(self, _request_id: int, result: tuple[bytes, int, float]) -> None:
        data, pages, render_ms = result
        navigator = self.view.pageNavigator()
        page = navigator.currentPage()
        vertical = self.view.verticalScrollBar().value()
        horizontal = self.view.horizontalScrollBar().value()

        old = self._buffer
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)  # synchronous for an in-memory buffer
        if old is not None:
            old.deleteLater()
        # The same page and scroll position as before: the secretary is reading the part being edited.
        self.view.verticalScrollBar().setValue(vertical)
        self.view.horizontalScrollBar().setValue(horizontal)
        if self.view.pageMode() == QPdfView.PageMode.SinglePage:
            navigator.jump(min(page, max(0, pages - 1)), navigator.currentLocation(), navigator.currentZoom())
        self.last_render_ms = render_ms
        self.renders += 1
        self._waiting_display = True
        self.status.setText("")
        self._update_page_label()
        self.updated.emit(pages)

    def _show_error(self, exc: BaseException) -> None:
        message = error_message(exc)
        self.status.setText(self.tr("Chưa xem trước được: {0}").format(message))
        self.failed.emit(message)

    def _on_page_rendered(self, *_args: Any) -> None:
        if self._waiting_display:
            self._waiting_display = False
            self.last_total_ms = (time.perf_counter() - self._pause_at) * 1000
            self.displayed.emit()

    def _update_page_label(self, *_args: Any) -> None:
        count = self.document.pageCount()
        current = self.view.pageNavigator().currentPage() + 1 if count else 0
        self.page_label.setText(self.tr("Trang {0}/{1}").format(current, count))

    def sizeHint(self) -> QSize:
        return QSize(560, 760)

    def clear(self) -> None:
        self._timer.stop()
        self.document.close()
        self.status.setText("")
        self._update_page_label()


def preview_alignment() -> Qt.AlignmentFlag:  # pragma: no cover - kept for symmetry with the composer layout
    return Qt.AlignmentFlag.AlignTop
