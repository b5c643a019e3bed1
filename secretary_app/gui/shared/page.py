"""What the main window expects of every page."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from secretary_app.domain.changes import Change, OpChanges

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext


class Page(QWidget):
    """A page of the stack. It reads everything through the AppContext it was given; the main window
    hands it a new one when another database is opened.

    It stays current through the one change signal (gui/shared/changes.py): :meth:`on_changes` marks it
    stale when a kind of record it ``shows`` changed, and reloads at once when it is the page on screen, or
    on its next visit (:meth:`refresh_if_stale`) when it is not — a hidden page does no work. A new day
    makes a page stale too: deadlines turn overdue with the date, not with a write."""

    shows: frozenset[Change] = frozenset()  # the kinds of records this page displays

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx: AppContext | None = None
        self._stale = True
        self._loaded_on: date | None = None

    @property
    def ctx(self) -> AppContext | None:
        return self._ctx

    def set_context(self, ctx: AppContext | None) -> None:
        self._ctx = ctx

    def refresh(self) -> None:
        """Reload from the database. The default page shows nothing that depends on it."""

    def on_changes(self, changes: OpChanges) -> None:
        """Called by the main window for every committed operation."""
        if not changes.touches(*self.shows):
            return
        self._stale = True
        if self.isVisibleTo(self.window()):  # the page on screen (even before the window is shown)
            self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        """Reload if something it shows changed since its last load (or the day changed)."""
        if self._stale or self._loaded_on != date.today():
            self._stale = False
            self._loaded_on = date.today()
            self.refresh()

    def mark_stale(self) -> None:
        self._stale = True

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
