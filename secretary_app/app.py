"""Wiring only: the entry points that start the GUI. The Qt work itself lives in gui/shell/application.py,
since gui/ is the only package allowed to import PySide6 (tests/unit/test_architecture.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secretary_app.gui.shell.main_window import MainWindow
    from secretary_app.services.context import AppContext


def run_gui(
    db_path: Path, *, demo: bool = False, create: bool = False, argv: Sequence[str] | None = None
) -> int:
    """Open the window on ``db_path`` (the demo database is created first if ``demo``); the exit code.
    ``create``: a new database may be made at ``db_path`` if there is no file (``--new``; the first start at
    the default location); otherwise a missing file is reported, never silently replaced by an empty one."""
    started_check = None
    if not demo:  # (the demo database may be created or updated first: it is checked after that)
        from secretary_app.services.backups import StartupCheckInBackground

        # The file's integrity check reads all of it; it runs beside the GUI's imports (~0.3 s), not after
        # them.
        started_check = StartupCheckInBackground(Path(db_path))
    from secretary_app.gui.shell.application import run

    return run(Path(db_path), demo=demo, create=create, argv=argv, started_check=started_check)


def build_main_window(ctx: AppContext) -> MainWindow:
    """The main window over an open context (it takes ownership of ``ctx``), not yet shown."""
    from secretary_app.gui.shell.application import build_main_window as build

    return build(ctx)
