"""Starting the GUI: the QApplication, its translator and excepthook, and the first database."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from secretary_app import APP_NAME, __version__
from secretary_app.domain.errors import DatabaseOpenError
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.geometry import fit_every_window
from secretary_app.gui.shared.icons import icon
from secretary_app.gui.shell.database_files import database_file_filter
from secretary_app.gui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from secretary_app.services.backups import StartupCheckInBackground
    from secretary_app.services.context import AppContext

# Start-up time is mostly Python imports: what is not needed to show the window (the data-safety menu and
# backups, the paste guard, the restore wizard, dialogs) is imported inside run() or after the first paint.

log = logging.getLogger(__name__)
ORGANISATION_NAME = "ThuKyCapUy"  # QSettings scope (registry key / config folder)


def configure_identity(app: QCoreApplication) -> None:
    """Names QSettings and the window manager use. No applicationDisplayName: some platforms append it to
    every window title, and ours already names the app."""
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Only the program name: the CLI already parsed our arguments, and Qt must not reinterpret them.
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    configure_identity(app)
    app.setStyle("Fusion")  # the same look on every Windows version, and in screenshots from Linux
    app.setWindowIcon(icon("app"))
    fit_every_window(app)  # no window opens larger than the laptop's screen (1366×768, 1280×720)
    return app


def open_first_context(
    db_path: Path, open_context: Callable[..., AppContext], *, create: bool = False
) -> AppContext | None:
    """Open ``db_path``; if that fails, say why and let the user pick another file or quit (None).
    ``create``: the first start, with no file yet at the default location (the one implicit creation)."""
    path = Path(db_path)
    while True:
        try:
            return open_context(path, create=True) if create and path == Path(db_path) else open_context(path)
        except DatabaseOpenError as exc:
            log.warning("Could not open %s at startup: %s", path, exc)
            choice = messages.choose(
                None,
                QCoreApplication.translate("application", "Không mở được cơ sở dữ liệu"),
                f"{exc.message}\n\n{path}",
                [
                    QCoreApplication.translate("application", "Mở tệp khác…"),
                    QCoreApplication.translate("application", "Thoát"),
                ],
                level=messages.Level.ERROR,
                escape=1,
            )
            if choice != 0:
                return None
            other = messages.open_file(
                None,
                QCoreApplication.translate("application", "Mở cơ sở dữ liệu"),
                str(path.parent),
                database_file_filter(),
            )
            if other is None:
                return None
            path = other


def build_main_window(ctx: AppContext) -> MainWindow:
    return MainWindow(ctx)


def run(
    db_path: Path,
    *,
    demo: bool = False,
    create: bool = False,
    argv: Sequence[str] | None = None,
    started_check: StartupCheckInBackground | None = None,
) -> int:
    """The GUI's main loop on ``db_path``; ``started_check``: its start-up check, begun before the GUI's
    imports (app.run_gui) so that they overlap. ``create``: a new database may be made at ``db_path`` when
    there is no file (``--new``, or the first start at the default location)."""
    from secretary_app.gui.shared.i18n import install_language
    from secretary_app.gui.shell.error_dialog import install_excepthook
    from secretary_app.gui.shell.startup import check_database, claim_instance
    from secretary_app.log import setup_logging
    from secretary_app.services.context import open_context

    setup_logging()
    app = create_application(argv)
    translators = install_language(app)  # noqa: F841 - they must outlive the event loop
    install_excepthook()
    # Before anything writes to the file: one window per database (only the read-only check may be reading
    # it).
    instance = claim_instance(Path(db_path))
    if instance is None:
        return 0
    if demo:
        from secretary_app.services.demo import ensure_demo_database

        try:
            ensure_demo_database(Path(db_path))
        except DatabaseOpenError:
            log.exception("Could not prepare the demo database")  # open_first_context reports it
    # A damaged file is explained and never written to.
    checked = check_database(Path(db_path), started=None if demo else started_check)
    if checked is None:
        instance.release()
        return 1
    ctx = open_first_context(checked, open_context, create=create and checked == Path(db_path))
    if ctx is None:
        instance.release()
        return 1
    window = build_main_window(ctx)
    window.guard_instance(instance, claim_instance)
    window.show()
    from secretary_app.gui.shell.database_files import show_open_notes

    show_open_notes(window, ctx)
    installed: list[object] = []  # kept alive for the event loop
    # Right after the first paint, before any input is handled: nothing can be typed, pasted or closed
    # before these are in place, and the window appears ~100 ms sooner for not importing them first.
    QTimer.singleShot(0, lambda: installed.extend(install_after_show(app, window)))
    try:
        return app.exec()
    finally:
        window.release_instance()


def install_after_show(app: QApplication, window: MainWindow) -> list[object]:
    """What the running app needs but the first paint does not: the paste guard (one filter for every text
    field of the app) and the data safety features (the Dữ liệu menu, the exit and daily backups)."""
    from secretary_app.gui.data_safety.backup_dialogs import install_data_safety
    from secretary_app.gui.exchange.menu import install_exchange
    from secretary_app.gui.shared.paste_guard import install_paste_guard

    installed = [install_paste_guard(app), install_data_safety(window)]
    install_exchange(window)  # into the Dữ liệu menu the data safety features just built
    return installed
