"""Wiring only: the entry points that start the GUI. The Qt work itself lives in gui/application.py, since
gui/ is the only package allowed to import PySide6 (tests/unit/test_architecture.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secretary_app.gui.main_window import MainWindow
    from secretary_app.services.context import AppContext


def run_gui(db_path: Path, *, demo: bool = False, argv: Sequence[str] | None = None) -> int:
    """Open the window on ``db_path`` (the demo database is created first if ``demo``); the exit code."""
    from secretary_app.gui.application import run

    return run(Path(db_path), demo=demo, argv=argv)


def build_main_window(ctx: AppContext) -> MainWindow:
    """The main window over an open context (it takes ownership of ``ctx``), not yet shown."""
    from secretary_app.gui.application import build_main_window as build

    return build(ctx)
