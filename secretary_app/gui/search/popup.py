"""Search as you type, shared by the Tìm kiếm page and the Ctrl+F popup (one implementation of both).

* :class:`SearchController` wires a line edit and a list: the query runs after a short pause in typing
  (debounced), through ``ctx.search`` (accent-insensitive, đ→d), and fills the list with ranked hits.
* :class:`HitDelegate` paints each hit as rich text: kind and title on the first line, the snippet under it,
  the matched words in bold (``SearchHit.title_html`` / ``snippet_html``).
* Enter or a double click emits ``hit_activated``; the window opens the record in place.

The query runs on the GUI thread: it takes ~10 ms (p95 ≤ 20 ms on the ten-year database,
bench/board_bench.py), less than opening a worker's own database connection would.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from secretary_app.gui.forms.ui_search_popup import Ui_SearchPopup
from secretary_app.gui.shared.i18n import search_kind_label

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext
    from secretary_app.services.search import SearchHit

DEBOUNCE_MS = 200
RESULT_LIMIT = 50
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


def hit_html(hit: SearchHit) -> str:
    """Two lines: "[Kind] Title (meeting of a minutes entry)" and the snippet, matches in bold."""
    context = f" <span style='color:#5d6d7e'>— {html.escape(hit.context)}</span>" if hit.context else ""
    return (
        f"<span style='color:#1d4f91'>[{html.escape(search_kind_label(hit.kind))}]</span> "
        f"{hit.title_html}{context}"
        f"<br><span style='color:#37474f'>{hit.snippet_html}</span>"
    )


class HitDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE text as rich text, wrapped to the view's width."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(100, option.rect.width() - 8))
        return doc

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft() + QRect(4, 3, 0, 0).topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        width = option.widget.viewport().width() if option.widget else 600
        option.rect.setWidth(width)
        doc = self._document(option, index)
        return QSize(width, int(doc.size().height()) + 8)


class SearchController(QObject):
    """Debounced search from ``edit`` into ``results``; ``hit_activated`` when one is opened."""

    hit_activated = Signal(object)  # a SearchHit
    searched = Signal(int)  # number of hits shown (after each query)

    def __init__(
        self,
        edit: QLineEdit,
        results: QListWidget,
        count_label: QLabel | None = None,
        kinds: Callable[[], set[str] | None] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent or edit)
        self.ctx: AppContext | None = None
        self.edit, self.results, self.count_label = edit, results, count_label
        self._kinds = kinds or (lambda: None)
        self.hits: list[SearchHit] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        edit.textChanged.connect(lambda _t: self._timer.start())
        edit.returnPressed.connect(self.activate_current)
        edit.installEventFilter(self)
        results.setItemDelegate(HitDelegate(results))
        # A light selection: the hit's coloured kind label and grey snippet stay readable on it.
        palette = results.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#d6e4f5"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#0d2340"))
        results.setPalette(palette)
        results.setWordWrap(True)
        results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        results.itemActivated.connect(lambda item: self.hit_activated.emit(item.data(HIT_ROLE)))

    def schedule(self) -> None:
        self._timer.start()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def run(self) -> None:
        """Search now (the debounce timer calls this; tests may too)."""
        self._timer.stop()
        query = self.edit.text().strip()
        self.results.clear()
        self.hits = []
        if self.ctx is not None and query:
            self.hits = self.ctx.search.search(query, limit=RESULT_LIMIT, kinds=self._kinds())
        for hit in self.hits:
            item = QListWidgetItem()
            item.setData(HIT_ROLE, hit)
            item.setData(HTML_ROLE, hit_html(hit))
            item.setToolTip(hit.title)
            self.results.addItem(item)
        if self.hits:
            self.results.setCurrentRow(0)
        if self.count_label is not None:
            if not query:
                self.count_label.setText("")
            elif self.hits:
                many = len(self.hits) >= RESULT_LIMIT
                self.count_label.setText(
                    self.tr("{0} kết quả tốt nhất").format(len(self.hits))
                    if many
                    else self.tr("{0} kết quả").format(len(self.hits))
                )
            else:
                self.count_label.setText(self.tr("Không tìm thấy “{0}”.").format(query))
        self.searched.emit(len(self.hits))

    def activate_current(self) -> None:
        if self._timer.isActive():
            self.run()  # Enter right after typing: search first, then open the best hit
        item = self.results.currentItem()
        if item is not None:
            self.hit_activated.emit(item.data(HIT_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the box move through the results, so the hands stay on the keyboard.
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)


class SearchPopup(QFrame):
    """The Ctrl+F box: floats over the window's top centre, searches as you type, Enter opens, Esc closes."""

    hit_activated = Signal(object)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.ui = Ui_SearchPopup()
        self.ui.setupUi(self)
        self.ui.countLabel.setProperty("role", "note")
        self.controller = SearchController(
            self.ui.searchEdit, self.ui.resultsList, self.ui.countLabel, parent=self
        )
        self.controller.hit_activated.connect(self._open)

    def set_context(self, ctx: AppContext | None) -> None:
        self.controller.ctx = ctx

    def popup(self) -> None:
        window = self.parentWidget().window()
        width = min(720, max(420, window.width() - 200))
        height = min(480, max(260, window.height() - 160))
        top_left = window.mapToGlobal(window.rect().topLeft())
        self.setGeometry(top_left.x() + (window.width() - width) // 2, top_left.y() + 60, width, height)
        self.show()
        self.raise_()
        self.activateWindow()
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _open(self, hit: SearchHit) -> None:
        self.hide()
        self.hit_activated.emit(hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
