"""Undo in the minutes editor: the structural edits as QUndoCommands, and the routing of Ctrl+Z / Ctrl+Y.

The decision (see gui/meetings/minutes_editor.py): each text field keeps Qt's own undo history of its typing;
one QUndoStack records the structural edits — adding and removing entries, changing an entry's kind. Ctrl+Z in
a text field undoes that field's typing first; once the field has nothing left to undo (or when the focus is
elsewhere) it undoes the last structural edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from secretary_app.domain.models import MinutesEntry, MinutesEntryKind
from secretary_app.gui.shared.i18n import translate


class EntryEditing(Protocol):
    """What the commands do to the editor (MinutesEditor implements it)."""

    def insert_entry_at(self, page_index: int, position: int, entry: MinutesEntry, focus: bool) -> None: ...

    def remove_entry_at(self, page_index: int, position: int) -> MinutesEntry: ...

    def set_entry_kind(self, uuid: str, kind: MinutesEntryKind) -> None: ...


class AddEntryCommand(QUndoCommand):
    def __init__(self, editor: EntryEditing, page: int, position: int, entry: MinutesEntry):
        super().__init__(translate("MinutesEditor", "Thêm mục ghi"))
        self.editor, self.page, self.position, self.entry = editor, page, position, entry

    def redo(self) -> None:
        self.editor.insert_entry_at(self.page, self.position, self.entry, focus=True)

    def undo(self) -> None:
        self.entry = self.editor.remove_entry_at(self.page, self.position)


class RemoveEntryCommand(QUndoCommand):
    def __init__(self, editor: EntryEditing, page: int, position: int):
        super().__init__(translate("MinutesEditor", "Xóa mục ghi"))
        self.editor, self.page, self.position = editor, page, position
        self.entry: MinutesEntry | None = None

    def redo(self) -> None:
        self.entry = self.editor.remove_entry_at(self.page, self.position)

    def undo(self) -> None:
        if self.entry is not None:
            self.editor.insert_entry_at(self.page, self.position, self.entry, focus=True)


class ChangeKindCommand(QUndoCommand):
    def __init__(self, editor: EntryEditing, uuid: str, old: MinutesEntryKind, new: MinutesEntryKind):
        super().__init__(translate("MinutesEditor", "Đổi loại mục ghi"))
        self.editor, self.uuid, self.old, self.new = editor, uuid, old, new

    def redo(self) -> None:
        self.editor.set_entry_kind(self.uuid, self.new)

    def undo(self) -> None:
        self.editor.set_entry_kind(self.uuid, self.old)


class UndoRouter(QObject):
    """Ctrl+Z / Ctrl+Y for the text fields it watches: the field's own typing first, then ``stack``.

    Text fields take Ctrl+Z/Ctrl+Y for themselves; the router's event filter routes them through
    :meth:`undo`/:meth:`redo` instead, which fall back to the structural stack when the field has nothing
    left to undo. Nothing is undone while ``editable()`` is False (finalised minutes)."""

    def __init__(self, stack: QUndoStack, editable: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self.stack = stack
        self._editable = editable

    def watch(self, field: QWidget) -> None:
        field.installEventFilter(self)

    def undo(self) -> None:
        field = _editing_field()
        if isinstance(field, QPlainTextEdit) and field.document().isUndoAvailable():
            field.undo()
        elif isinstance(field, QLineEdit) and field.isUndoAvailable():
            field.undo()
        elif self._editable():
            self.stack.undo()

    def redo(self) -> None:
        field = _editing_field()
        if isinstance(field, QPlainTextEdit) and field.document().isRedoAvailable():
            field.redo()
        elif isinstance(field, QLineEdit) and field.isRedoAvailable():
            field.redo()
        elif self._editable():
            self.stack.redo()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            ):
                self.redo()
                return True
        return super().eventFilter(watched, event)


def _editing_field() -> QWidget | None:
    """The focused text field, when typing can be undone in it (not read-only)."""
    field = QApplication.focusWidget()
    if isinstance(field, (QPlainTextEdit, QLineEdit)) and not field.isReadOnly():
        return field
    return None
