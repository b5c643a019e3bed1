"""What the main window expects of every page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext


class Page(QWidget):
    """A page of the stack. It reads everything through the AppContext it was given; the main window
    hands it a new one when another database is opened, and calls :meth:`refresh` whenever the page
    is shown, so a page never shows data older than its last visit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx: AppContext | None = None

    @property
    def ctx(self) -> AppContext | None:
        return self._ctx

    def set_context(self, ctx: AppContext | None) -> None:
        self._ctx = ctx

    def refresh(self) -> None:
        """Reload from the database. The default page shows nothing that depends on it."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save_changes(self) -> bool:
        """Save pending edits; False if they could not be saved (the page then shows why)."""
        return True

    def discard_changes(self) -> None:
        """Forget pending edits (before the database is switched or the window closes)."""


def make_title(label: QLabel) -> None:
    """Mark ``label`` as a page title (styled by the main window's style sheet)."""
    label.setProperty("role", "title")


def make_note(label: QLabel) -> None:
    label.setProperty("role", "note")
