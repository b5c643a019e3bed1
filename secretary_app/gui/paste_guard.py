"""Pastes into any text field of the app: old-encoding Vietnamese is offered a conversion, controls are dropped.

Many documents a secretary copies from were typed in TCVN3 (.VnTime) or VNI fonts; pasted into a Unicode field
they arrive as "§¶ng ñy" or "Ñaûng uûy". One event filter on the QApplication watches Ctrl+V / Shift+Insert
(QKeySequence.Paste, so each platform's paste keys) in every QLineEdit, QTextEdit and QPlainTextEdit:

* a clean Unicode paste is left to Qt untouched (rich text keeps its formatting);
* control characters (NUL, form feeds, escape codes from terminals and old Word files) are removed;
* when domain.legacy_text detects TCVN3 or VNI, the secretary is asked, with a preview of the conversion,
  whether to convert; "Giữ nguyên" pastes the text as it came (without its control characters).

Detection costs ~3 s per megabyte, so a paste longer than :data:`SYNC_LIMIT` is examined in a worker
(gui/tasks.py) on a sample, while the field is read-only and the window keeps responding; a text field then
gets it in slices between event-loop turns (one undo step). Pastes through the context menu ("Dán") or
drag-and-drop are not intercepted: they bypass the keyboard, and covering them would need a subclass of every
text widget (insertFromMimeData) instead of one app-wide filter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from shiboken6 import isValid

from secretary_app.domain.legacy_text import convert_legacy, detect_legacy
from secretary_app.gui import messages
from secretary_app.gui.tasks import run_task

SYNC_LIMIT = 32_000  # characters examined on the GUI thread (≈0.1 s of detection); longer pastes use a worker
SAMPLE = 20_000  # characters a long paste is judged by: a legacy paste is legacy throughout
SLICE = 64_000  # characters inserted per event-loop turn when a long paste goes into a field
PREVIEW = 240  # characters of the before/after preview in the question

SHORT_NAMES = {"tcvn3": "TCVN3", "vni": "VNI"}
# C0 controls except tab and newline, DEL, C1 controls, and the BOM/zero-width no-break space.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_EDITABLE = (QLineEdit, QTextEdit, QPlainTextEdit)


def _tr(text: str) -> str:
    return QCoreApplication.translate("paste_guard", text)


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


class PasteGuard(QObject):
    """The app-wide event filter; see the module docstring. Install it with :func:`install_paste_guard`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.busy: QWidget | None = None  # the field a long paste is being prepared for or inserted into

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not event.matches(QKeySequence.StandardKey.Paste):
            return False
        widget = editable_target(obj)
        if widget is None:
            return False
        if self.busy is not None:  # a long paste is still on its way: a second one would interleave
            return True
        text = QApplication.clipboard().text()
        if not text:
            return False
        single_line = isinstance(widget, QLineEdit)
        if len(text) > SYNC_LIMIT:
            self._prepare_in_worker(widget, text, single_line)
            return True
        prepared = prepare(text, single_line)
        if prepared.encoding is None and prepared.clean == text:
            return False  # nothing to fix: Qt's own paste keeps rich text formatting
        self.finish(widget, prepared)
        return True

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
            _tr("Văn bản dùng bảng mã cũ"),
            _tr("Văn bản dán vào có vẻ dùng bảng mã cũ ({0}). Chuyển sang Unicode?\n\n"
                "Văn bản dán vào:\n“{1}”\n\nSau khi chuyển sang Unicode:\n“{2}”").format(
                name, _shorten(prepared.clean), _shorten(prepared.converted or "")),
            [_tr("Chuyển sang Unicode"), _tr("Giữ nguyên")],
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
