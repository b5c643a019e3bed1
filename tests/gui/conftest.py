"""GUI tests run offscreen against temporary databases and settings: nothing touches the real home."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from gui.helpers import RecordingPresenter  # tests/ is on sys.path (rootdir-relative import)  # noqa: E402
from secretary_app.gui.shared import messages  # noqa: E402


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch, qapp):
    """Per test: data dir and QSettings under tmp_path, the app's identity and style as in production,
    and the message-box seam replaced so no modal dialog can block."""
    from PySide6.QtCore import QLocale

    from secretary_app.gui.shared.i18n import LOCALES
    from secretary_app.gui.shell.application import configure_identity

    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("SECRETARY_DATA_DIR", str(data))
    monkeypatch.delenv("SECRETARY_LANG", raising=False)
    configure_identity(qapp)
    QLocale.setDefault(
        LOCALES["vi"]
    )  # as install_language sets it in the app, whatever this machine's locale
    if qapp.style().name().lower() != "fusion":  # setStyle re-polishes every widget alive: once is enough
        qapp.setStyle("Fusion")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    presenter = RecordingPresenter()
    previous = messages.set_presenter(presenter)
    yield
    messages.set_presenter(previous)


@pytest.fixture(scope="session")
def queues(tmp_path_factory):
    """Two real CUPS queues with cups-pdf (A4, Letter) for the printing tests (gui/cups_queues.py)."""
    from gui.cups_queues import cups_queues

    yield from cups_queues(tmp_path_factory.mktemp("cups-pdf"))


@pytest.fixture
def presenter() -> RecordingPresenter:
    return messages.current_presenter()  # installed by _isolated


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "committee.sqlite"


@pytest.fixture
def window(qtbot, db_path):
    """A shown main window over a fresh database."""
    from secretary_app.app import build_main_window
    from secretary_app.services.context import open_context

    win = build_main_window(open_context(db_path, create=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.ctx is not None:  # the window owns its context; close it even if a test left edits behind
        win.ctx.close()
        win.ctx = None
