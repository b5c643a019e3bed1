"""The message-box seam: every modal question, notice and file picker of the GUI goes through here.

Production code calls the module functions; they delegate to the current :class:`Presenter`. Tests swap in
a recording presenter with :func:`set_presenter` so no modal dialog ever blocks a test run, and can answer
questions and file pickers on the user's behalf.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


class Level(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"
    QUESTION = "question"


_ICONS = {
    Level.INFO: QMessageBox.Icon.Information,
    Level.WARNING: QMessageBox.Icon.Warning,
    Level.ERROR: QMessageBox.Icon.Critical,
    Level.QUESTION: QMessageBox.Icon.Question,
}


class Presenter:
    """Shows real dialogs. Replace it in tests (see tests/gui/helpers.py)."""

    def message(
        self,
        parent: QWidget | None,
        level: Level,
        title: str,
        text: str,
        buttons: Sequence[str],
        default: int = 0,
        escape: int | None = None,
    ) -> int:
        """Show a message with the given button texts; return the index of the button pressed."""
        box = QMessageBox(_ICONS[level], title, text, QMessageBox.StandardButton.NoButton, parent)
        # Our own button texts, because Qt ships no Vietnamese translation of its standard buttons.
        pushed = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in buttons]
        box.setDefaultButton(pushed[default])
        box.setEscapeButton(pushed[len(pushed) - 1 if escape is None else escape])
        box.exec()
        clicked = box.clickedButton()
        return pushed.index(clicked) if clicked in pushed else (len(pushed) - 1 if escape is None else escape)

    def exec_dialog(self, dialog: QDialog) -> int:
        return dialog.exec()

    def open_file(self, parent: QWidget | None, title: str, directory: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, directory, file_filter)
        return Path(path) if path else None

    def save_file(self, parent: QWidget | None, title: str, directory: str, file_filter: str) -> Path | None:
        # Never offer to "replace" a file: callers refuse existing files themselves, since replacing a
        # committee's database would destroy its records.
        path, _ = QFileDialog.getSaveFileName(
            parent, title, directory, file_filter, options=QFileDialog.Option.DontConfirmOverwrite
        )
        return Path(path) if path else None

    def open_directory(self, parent: QWidget | None, title: str, directory: str) -> Path | None:
        """A folder to write into (a USB stick's folder for an exchange packet)."""
        path = QFileDialog.getExistingDirectory(parent, title, directory)
        return Path(path) if path else None

    def save_file_as(
        self, parent: QWidget | None, title: str, directory: str, filters: Sequence[str]
    ) -> tuple[Path, int] | None:
        """A save dialog offering several kinds of file: the path and the index of the filter chosen."""
        path, chosen = QFileDialog.getSaveFileName(
            parent, title, directory, ";;".join(filters), options=QFileDialog.Option.DontConfirmOverwrite
        )
        if not path:
            return None
        return Path(path), (list(filters).index(chosen) if chosen in filters else 0)


_presenter: Presenter = Presenter()


def current_presenter() -> Presenter:
    """The presenter every dialog goes through (a test's recording presenter in the test suite)."""
    return _presenter


def set_presenter(presenter: Presenter) -> Presenter:
    """Install ``presenter``; return the previous one so a test can restore it."""
    global _presenter
    previous, _presenter = _presenter, presenter
    return previous


def _close_label() -> str:
    return QCoreApplication.translate("messages", "Đóng")


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _presenter.message(parent, Level.INFO, title, text, [_close_label()])


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _presenter.message(parent, Level.WARNING, title, text, [_close_label()])


def error(parent: QWidget | None, title: str, text: str) -> None:
    _presenter.message(parent, Level.ERROR, title, text, [_close_label()])


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Sequence[str],
    *,
    level: Level = Level.QUESTION,
    default: int = 0,
    escape: int | None = None,
) -> int:
    """Ask the user to pick one of ``buttons``; return its index (Esc/close picks ``escape``, default
    last)."""
    return _presenter.message(parent, level, title, text, list(buttons), default, escape)


def exec_dialog(dialog: QDialog) -> int:
    return _presenter.exec_dialog(dialog)


def open_file(parent: QWidget | None, title: str, directory: str, file_filter: str) -> Path | None:
    return _presenter.open_file(parent, title, directory, file_filter)


def save_file(parent: QWidget | None, title: str, directory: str, file_filter: str) -> Path | None:
    return _presenter.save_file(parent, title, directory, file_filter)


def save_file_as(
    parent: QWidget | None, title: str, directory: str, filters: Sequence[str]
) -> tuple[Path, int] | None:
    return _presenter.save_file_as(parent, title, directory, filters)


def open_directory(parent: QWidget | None, title: str, directory: str) -> Path | None:
    return _presenter.open_directory(parent, title, directory)
