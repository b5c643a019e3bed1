"""The way into the guide from the main window: Trợ giúp ▸ Hướng dẫn sử dụng and F1 (anywhere in the app:
the part for the window in front, or for the page the main window shows). The dialog and its printing are
imported on first use, not at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from secretary_app.gui.help.topics import topic_for

if TYPE_CHECKING:
    from secretary_app.gui.help.dialog import HelpDialog
    from secretary_app.gui.shell.main_window import MainWindow


def install_help(window: MainWindow) -> None:
    action = window.ui.actionHelp
    # F1 also in the minutes editor, the composer and dialogs: their own part of the guide.
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda _checked=False: show_help(window))


def current_topic(window: MainWindow) -> str:
    active = QApplication.activeModalWidget() or QApplication.activeWindow() or window
    return topic_for(type(active).__name__, window.ui.pages.currentIndex())


def show_help(window: MainWindow, anchor: str | None = None) -> HelpDialog:
    from secretary_app.gui.help.dialog import open_help

    return open_help(window, current_topic(window) if anchor is None else anchor)
