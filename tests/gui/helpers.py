"""Test helpers: typing Vietnamese, and a message-box presenter that records instead of blocking."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget

from secretary_app.gui.shared.messages import Level, Presenter


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as key presses, one character at a time.

    ``qtbot.keyClicks`` aborts the whole process on a non-ASCII character (an assert in Qt's
    qasciikey.cpp), so each character is sent as a key event carrying its text instead.
    """
    widget.setFocus()
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def replace_text(widget: QWidget, text: str) -> None:
    """Select everything in a line edit and type ``text`` over it, like a user would."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


@dataclass
class Message:
    level: Level
    title: str
    text: str
    buttons: list[str]


@dataclass
class RecordingPresenter(Presenter):
    """Records every message and dialog; answers from queues (default: the escape choice / cancel)."""

    messages: list[Message] = field(default_factory=list)
    dialogs: list[QDialog] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)  # button indexes to return, in order
    open_paths: list[Path | None] = field(default_factory=list)
    save_paths: list[Path | None] = field(default_factory=list)
    save_filters: list[int] = field(default_factory=list)  # the filter chosen in save_file_as (default 0)
    directory_paths: list[Path | None] = field(default_factory=list)

    def message(self, parent, level, title, text, buttons, default=0, escape=None) -> int:
        self.messages.append(Message(level, title, text, list(buttons)))
        if self.answers:
            return self.answers.pop(0)
        return len(buttons) - 1 if escape is None else escape

    def exec_dialog(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        return QDialog.DialogCode.Rejected

    def open_file(self, parent, title, directory, file_filter) -> Path | None:
        return self.open_paths.pop(0) if self.open_paths else None

    def save_file(self, parent, title, directory, file_filter) -> Path | None:
        return self.save_paths.pop(0) if self.save_paths else None

    def open_directory(self, parent, title, directory) -> Path | None:
        return self.directory_paths.pop(0) if self.directory_paths else None

    def save_file_as(self, parent, title, directory, filters) -> tuple[Path, int] | None:
        self.filters_offered = list(filters)
        path = self.save_paths.pop(0) if self.save_paths else None
        chosen = self.save_filters.pop(0) if self.save_filters else 0
        return (path, chosen) if path is not None else None


def status_bar_text(window) -> str:
    """What the main window's status bar shows (the database file, the organisation), as one string."""
    from PySide6.QtWidgets import QLabel

    return " | ".join(label.text() for label in window.ui.statusBar.findChildren(QLabel))
