"""Pastes into any text field of the app: old-encoding Vietnamese is offered a conversion, controls are
dropped.

Many documents a secretary copies from were typed in TCVN3 (.VnTime) or VNI fonts; pasted into a Unicode field
they arrive as "§¶ng ñy" or "Ñaûng uûy". One event filter on the QApplication watches every way text is pasted
into a QLineEdit, QTextEdit or QPlainTextEdit:

* Ctrl+V / Shift+Insert (QKeySequence.Paste, so each platform's paste keys);
* the context menu's "Paste": the filter shows the field's standard menu itself (createStandardContextMenu(),
  every other item as Qt has it) with "Paste" wired to the same guarded paste as the keys;
* text dropped on the field (drag-and-drop from another program or field), at the drop point.

What it does with the text:

* a clean Unicode paste or drop is left to Qt untouched (rich text keeps its formatting);
* control characters (NUL, form feeds, escape codes from terminals and old Word files) are removed;
* when domain.legacy_text detects TCVN3 or VNI, the secretary is asked, with a preview of the conversion,
  whether to convert; "Giữ nguyên" pastes the text as it came (without its control characters).

Detection costs ~3 s per megabyte, so a paste longer than :data:`SYNC_LIMIT` is examined in a worker
(gui/shared/tasks.py) on a sample, while the field is read-only and the window keeps responding; a text field
then gets it in slices between event-loop turns (one undo step). Left to Qt: read-only fields, fields with
their own context menu (a custom contextMenuPolicy or a subclass's contextMenuEvent), text dragged within one
field (a move), and drops without text (files, images).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QDragLeaveEvent, QDropEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget
from shiboken6 import isValid

from secretary_app.domain.legacy_text import convert_legacy, detect_legacy
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import translate
from secretary_app.gui.shared.tasks import run_task

SYNC_LIMIT = 32_000  # characters examined on the GUI thread (≈0.1 s of detection); longer pastes use a worker
SAMPLE = 20_000  # characters a long paste is judged by: a legacy paste is legacy throughout
SLICE = 64_000  # characters inserted per event-loop turn when a long paste goes into a field
PREVIEW = 240  # characters of the before/after preview in the question

SHORT_NAMES = {"tcvn3": "TCVN3", "vni": "VNI"}
# C0 controls except tab and newline, DEL, C1 controls, and the BOM/zero-width no-break space.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_EDITABLE = (QLineEdit, QTextEdit, QPlainTextEdit)


def clean_text(text: str, single_line: bool = False) -> str:
    """Drop control characters; Windows line ends become newlines; a one-line field gets spaces instead."""
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if single_line:
        text = text.replace("\n", " ").replace("\t", " ")
    return text


@dataclass(frozen=True)
class PreparedPaste:
    original: str  # what was on the clipboard
    clean: str  # without control characters
    encoding: str | None  # "tcvn3" | "vni" | None
    converted: str | None  # the Unicode conversion of ``clean`` when ``encoding``


def prepare(text: str, single_line: bool) -> PreparedPaste:
    """Clean ``text`` and look for an old encoding (judged on a sample when long). Thread-safe, Qt-free."""
    clean = clean_text(text, single_line)
    sample = clean
    if len(clean) > SAMPLE:
        cut = clean.rfind(" ", 0, SAMPLE)  # never judge half a word
        sample = clean[: cut if cut > 0 else SAMPLE]
    encoding = detect_legacy(sample)
    converted = convert_legacy(clean, encoding) if encoding else None
    return PreparedPaste(text, clean, encoding, converted)


def _shorten(text: str) -> str:
    text = text.strip()
    return text if len(text) <= PREVIEW else text[:PREVIEW].rstrip() + "…"


def editable_target(obj: QObject) -> QWidget | None:
    widget = obj if isinstance(obj, _EDITABLE) else None
    if widget is None or widget.isReadOnly() or not widget.isEnabled():
        return None
    return widget


def field_of(obj: QObject) -> QWidget | None:
    """The editable text field a context-menu or drop event on ``obj`` is for: ``obj`` itself, or the
    QTextEdit / QPlainTextEdit whose viewport ``obj`` is (those get mouse and drop events on the viewport)."""
    if isinstance(obj, QWidget) and not isinstance(obj, _EDITABLE):
        parent = obj.parentWidget()
        if isinstance(parent, QTextEdit | QPlainTextEdit) and parent.viewport() is obj:
            obj = parent
    return editable_target(obj)


def has_standard_menu(widget: QWidget) -> bool:
    """The field shows Qt's standard context menu: no custom policy (QSpinBox's and QComboBox's own line edits
    have NoContextMenu, their box shows the menu), no subclass with a contextMenuEvent of its own."""
    if widget.contextMenuPolicy() != Qt.ContextMenuPolicy.DefaultContextMenu:
        return False
    base = next(cls for cls in _EDITABLE if isinstance(widget, cls))
    return type(widget).contextMenuEvent is base.contextMenuEvent


def document_pos(widget: QTextEdit | QPlainTextEdit, pos: QPoint) -> QPoint:
    """A viewport point in the document coordinates createStandardContextMenu() takes (Qt's own menu event
    maps it so; "Copy Link Location" looks for the link there)."""
    if isinstance(widget, QPlainTextEdit):
        return pos - widget.contentOffset().toPoint()
    bar = widget.horizontalScrollBar()
    dx = bar.maximum() - bar.value() if widget.isRightToLeft() else bar.value()
    return pos + QPoint(dx, widget.verticalScrollBar().value())


def place_cursor(widget: QWidget, pos: QPoint) -> None:
    """Put the field's cursor at ``pos`` (a drop point: the line edit's, or its viewport's, coordinates)."""
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(widget.cursorPositionAt(pos))
    else:
        widget.setTextCursor(widget.cursorForPosition(pos))


def is_text(data: QMimeData) -> bool:
    """Dragged text, not files or links: Qt 6 offers a list of URLs as text too (hasText), file names and
    all."""
    return data.hasText() and not data.hasUrls()


def show_menu(menu: QMenu, pos: QPoint) -> None:
    """Pop ``menu`` up at the global ``pos``, as Qt's own fields do (no nested event loop; the menu deletes
    itself on close). The seam tests replace to trigger the menu's actions without a popup."""
    menu.popup(pos)


class PasteGuard(QObject):
    """The app-wide event filter; see the module docstring. Install it with :func:`install_paste_guard`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.busy: QWidget | None = None  # the field a long paste is being prepared for or inserted into

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key_press(obj, event)
        if kind == QEvent.Type.ContextMenu:
            return self._context_menu(obj, event)
        if kind == QEvent.Type.Drop:
            return self._drop(obj, event)
        return False

    def is_busy(self) -> bool:
        """A long paste is still on its way: a second one would interleave with it."""
        if self.busy is not None and not isValid(self.busy):
            self.busy = None  # its field was closed during the worker: gui.tasks dropped the result
        return self.busy is not None

    # -- the three ways in ---------------------------------------------------------------------------------

    def _key_press(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or not event.matches(QKeySequence.StandardKey.Paste):
            return False
        widget = editable_target(obj)
        if widget is None:
            return False
        return self.guarded_paste(widget)  # False: Qt's own paste goes on

    def _context_menu(self, obj: QObject, event: QEvent) -> bool:
        widget = field_of(obj)
        if widget is None or not isinstance(event, QContextMenuEvent) or not has_standard_menu(widget):
            return False
        show_menu(self.standard_menu(widget, event.globalPos()), event.globalPos())
        event.accept()  # consumed: neither the field nor its parents show a second menu
        return True

    def _drop(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(event, QDropEvent) or not is_text(event.mimeData()):
            return False  # files, images: Qt's (a field only got this far if it accepted the drag)
        widget = field_of(obj)
        if widget is None:
            return False
        source = event.source()
        if source is not None and (source is widget or source is obj):
            return False  # text moved within the field: already there, and Qt's drop does the move
        if self.is_busy():
            self._end_drag(widget)
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.ignore()
            return True
        pos = event.position().toPoint()
        if not self.take(
            widget, event.mimeData().text(), place=lambda: place_cursor(widget, pos), later=True
        ):
            return False  # clean text: Qt's own drop (rich text keeps its formatting)
        self._end_drag(widget)
        # A copy, not the proposed move: the text goes in after this event (on the next event-loop turn, or
        # after a worker and a question) and may be converted, so a "move" would have the source delete its
        # original before the field has anything, and for good if the form is closed meanwhile. At worst the
        # secretary deletes the original by hand. A source that offers only a move gets its move.
        if event.possibleActions() & Qt.DropAction.CopyAction:
            event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    @staticmethod
    def _end_drag(widget: QWidget) -> None:
        # Qt's own drop would clear the drag feedback (the drop caret, a text edit's autoscroll timer); the
        # field's drag-leave handler does the same. Called directly: a DragLeave sent through the application
        # would also reset the drag manager's target in the middle of this drop.
        widget.dragLeaveEvent(QDragLeaveEvent())

    def standard_menu(self, widget: QWidget, global_pos: QPoint) -> QMenu:
        """The field's standard context menu, its "Paste" going through :meth:`guarded_paste`."""
        if isinstance(widget, QLineEdit):
            menu = widget.createStandardContextMenu()
        else:
            menu = widget.createStandardContextMenu(
                document_pos(widget, widget.viewport().mapFromGlobal(global_pos))
            )
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        paste = next((action for action in menu.actions() if action.objectName() == "edit-paste"), None)
        if paste is not None:
            # Off with Qt's own paste (and QMenu's relay to its triggered(QAction) signal, unused here).
            paste.triggered.disconnect()
            paste.triggered.connect(lambda: self._menu_paste(widget))
            paste.setEnabled(paste.isEnabled() and not self.is_busy())
        return menu

    def _menu_paste(self, widget: QWidget) -> None:
        if editable_target(widget) is not None and not self.guarded_paste(widget):
            widget.paste()  # nothing to fix: Qt's own paste, as after Ctrl+V

    # -- the guard -----------------------------------------------------------------------------------------

    def guarded_paste(self, widget: QWidget) -> bool:
        """Paste the clipboard's text into ``widget`` through the guard (Ctrl+V, the menu's "Paste"). False
        when there is nothing to fix: the caller lets Qt paste, rich text and all."""
        if self.is_busy():
            return True  # swallowed
        return self.take(widget, QApplication.clipboard().text())

    def take(
        self, widget: QWidget, text: str, place: Callable[[], None] | None = None, later: bool = False
    ) -> bool:
        """Clean ``text``, offer a conversion and insert it into ``widget``, unless it needs neither (False:
        the caller lets Qt insert it). ``place`` puts the field's cursor where the text goes, once it is
        taken; ``later`` leaves the question and the insertion to the next event-loop turn (a drop first
        returns to its source)."""
        if not text:
            return False
        single_line = isinstance(widget, QLineEdit)
        if len(text) > SYNC_LIMIT:
            if place is not None:
                place()
            self._prepare_in_worker(widget, text, single_line)
            return True
        prepared = prepare(text, single_line)
        if prepared.encoding is None and prepared.clean == text:
            return False
        if place is not None:
            place()
        if later:
            self.busy = widget  # until it is in: another paste meanwhile would land in between
            QTimer.singleShot(0, lambda: self._finish_if_open(widget, prepared))
        else:
            self.finish(widget, prepared)
        return True

    def _finish_if_open(self, widget: QWidget, prepared: PreparedPaste) -> None:
        if isValid(widget):
            self.finish(widget, prepared)
        else:
            self.busy = None

    def _prepare_in_worker(self, widget: QWidget, text: str, single_line: bool) -> None:
        self.busy = widget
        widget.setReadOnly(True)  # typing during the wait would land before the pasted text
        # gui.tasks drops a task's result when its parent is destroyed: parent=widget covers a closed form.
        run_task(lambda _control: prepare(text, single_line), parent=widget, name="paste",
                 on_result=lambda prepared: self.finish(widget, prepared),
                 on_error=lambda _exc: self._release(widget))  # fmt: skip

    def finish(self, widget: QWidget, prepared: PreparedPaste) -> None:
        """Ask about an old encoding if there is one, then insert the chosen text."""
        text = prepared.clean
        if prepared.encoding is not None and self.ask(widget, prepared):
            text = prepared.converted or text
        self.insert(widget, text)

    def ask(self, widget: QWidget, prepared: PreparedPaste) -> bool:
        name = SHORT_NAMES.get(prepared.encoding or "", prepared.encoding)
        choice = messages.choose(
            widget.window(),
            translate("paste_guard", "Văn bản dùng bảng mã cũ"),
            translate("paste_guard", "Văn bản dán vào có vẻ dùng bảng mã cũ ({0}). Chuyển sang Unicode?\n\n"
                                     "Văn bản dán vào:\n“{1}”\n\nSau khi chuyển sang Unicode:\n“{2}”").format(
                name, _shorten(prepared.clean), _shorten(prepared.converted or "")),
            [translate("paste_guard", "Chuyển sang Unicode"), translate("paste_guard", "Giữ nguyên")],
            default=0,
            escape=1,
        )  # fmt: skip
        return choice == 0

    def insert(self, widget: QWidget, text: str) -> None:
        if isinstance(widget, QLineEdit):
            was_read_only = widget.isReadOnly()
            widget.setReadOnly(False)  # insert() does nothing on a read-only line edit
            widget.insert(text)  # even a megabyte takes < 0.1 s in a line edit
            widget.setReadOnly(was_read_only)
            self._release(widget)
            return
        # A QTextEdit lays a megabyte out in ~0.3 s at once: insert slices over event-loop turns instead,
        # through one cursor whose edits are joined into a single undo step.
        self.busy = widget
        widget.setReadOnly(True)
        cursor = widget.textCursor()
        slices = [text[i : i + SLICE] for i in range(0, len(text), SLICE)] or [""]
        self._insert_slices(widget, cursor, slices, first=True)

    def _insert_slices(self, widget: QWidget, cursor: QTextCursor, slices: list[str], first: bool) -> None:
        if not isValid(widget):  # the form was closed meanwhile
            self.busy = None
            return
        if first:
            cursor.beginEditBlock()
        else:
            cursor.joinPreviousEditBlock()
        cursor.insertText(slices.pop(0))
        cursor.endEditBlock()
        widget.setTextCursor(cursor)
        if slices:
            QTimer.singleShot(0, lambda: self._insert_slices(widget, cursor, slices, first=False))
            return
        widget.ensureCursorVisible()
        self._release(widget)

    def _release(self, widget: QWidget) -> None:
        self.busy = None
        if isValid(widget):
            widget.setReadOnly(False)


def install_paste_guard(app: QApplication | None = None) -> PasteGuard:
    """One event filter on the QApplication covers every text field of every window."""
    app = app or QApplication.instance()
    guard = PasteGuard(app)
    app.installEventFilter(guard)
    return guard
