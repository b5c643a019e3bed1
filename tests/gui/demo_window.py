"""Shared by the board, home and search GUI tests: the main window over the demo database at a fixed "today",
and a presenter that fills and confirms dialogs the way a secretary would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog

from gui.helpers import RecordingPresenter
from secretary_app.gui.shared import messages

AFTER = date(2022, 1, 15)  # the demo's 31/12/2021 deadline has passed: 9 overdue, 5 standing, 4 done


def open_demo_window(qtbot, tmp_path: Path, today: date = AFTER):
    from secretary_app.app import build_main_window
    from secretary_app.services.context import open_context
    from secretary_app.services.demo import ensure_demo_database

    win = build_main_window(open_context(ensure_demo_database(tmp_path / "demo.sqlite")))
    for page in (win.overview_page, win.directives_page):
        page.clock = lambda: today
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    win.overview_page.refresh()
    return win


def close_window(win) -> None:
    from secretary_app.gui.shared.tasks import wait_for_tasks

    wait_for_tasks()
    if win.ctx is not None:
        win.ctx.close()
        win.ctx = None


class DialogPresenter(RecordingPresenter):
    """Records like RecordingPresenter; a dialog is handed to ``fill`` (if set), which may accept it."""

    fill: Callable[[QDialog], None] | None = None

    def exec_dialog(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        if self.fill is None:
            return QDialog.DialogCode.Rejected
        self.fill(dialog)
        return dialog.result()


def install_dialog_presenter() -> DialogPresenter:
    presenter = DialogPresenter()
    messages.set_presenter(presenter)  # conftest's _isolated restores its own afterwards
    return presenter
