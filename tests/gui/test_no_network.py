"""The app never opens a network connection: a whole session runs with the network guarded.

What is guarded, and why AF_UNIX is allowed:

* Python's ``socket.socket.connect`` / ``connect_ex``, ``socket.create_connection`` and ``socket.getaddrinfo``
  are replaced for the session; any call on an internet socket, and any name lookup at all, is recorded and
  fails the test. This catches every Python library (urllib, http.client, a font or update fetcher, …).
* ``AF_UNIX`` connections are let through: they are local inter-process channels that cannot leave the machine
  (the single-instance guard's QLocalSocket is a Unix-domain socket on Linux, a named pipe on Windows).
  QLocalSocket is C++ and does not even go through Python's socket module; the allowance is for Python code
  that talks to a local socket the same way.
* Qt's own C++ networking (QTcpSocket, QNetworkAccessManager…) would bypass Python's socket module, so the
  second test checks the source: the only QtNetwork classes the app uses are QLocalServer and QLocalSocket.
"""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest

from secretary_app.domain.document_reading import document_from_dict
from secretary_app.gui.data_safety.backup_dialogs import install_data_safety
from secretary_app.gui.data_safety.restore_wizard import RestoreWizard
from secretary_app.gui.shared import printing
from secretary_app.gui.shared.paste_guard import install_paste_guard
from secretary_app.gui.shared.tasks import wait_for_tasks
from secretary_app.gui.shell.main_window import MainWindow
from secretary_app.gui.shell.startup import check_database, claim_instance
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database, seed_notice

PACKAGE = Path(__file__).resolve().parents[2] / "secretary_app"


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded(real):
        def connect(self, address, *args):
            if self.family == getattr(socket, "AF_UNIX", None):
                return real(self, address, *args)
            attempts.append(f"{real.__name__}({address!r})")
            raise AssertionError(f"network connection attempted: {address!r}")

        return connect

    def refuse(name):
        def call(*args, **kwargs):
            attempts.append(f"{name}{args!r}")
            raise AssertionError(f"{name} called with {args!r}")

        return call

    monkeypatch.setattr(socket.socket, "connect", guarded(real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(real_connect_ex))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_the_guard_catches_a_network_call(no_network):
    import urllib.request

    with pytest.raises(Exception):  # noqa: B017 - whatever urllib wraps the AssertionError in
        urllib.request.urlopen("http://example.com", timeout=1)
    assert no_network[0].startswith("create_connection")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as raw, pytest.raises(AssertionError):
        raw.connect(("127.0.0.1", 9))
    with pytest.raises(AssertionError):
        socket.getaddrinfo("localhost", 80)
    assert [a.split("(")[0] for a in no_network] == ["create_connection", "connect", "getaddrinfo"]
    local_a, local_b = socket.socketpair(socket.AF_UNIX)  # local channels stay allowed
    local_a.close(), local_b.close()
    no_network.clear()


def test_a_whole_session_opens_no_network_connection(no_network, tmp_path, qapp, qtbot, presenter):
    db_path = tmp_path / "demo.sqlite"
    guard = install_paste_guard(qapp)
    instance = claim_instance(db_path, lock_dir=tmp_path)  # the local socket: allowed, see above
    assert instance is not None
    try:
        ensure_demo_database(db_path)
        assert check_database(db_path, backup_dir=tmp_path / "backups") == db_path
        window = MainWindow(open_context(db_path, create=True))
        qtbot.addWidget(window)
        safety = install_data_safety(window, backup_dir=tmp_path / "backups")  # starts the daily backup
        window.show()
        qtbot.waitExposed(window)

        for index in range(len(window.pages)):  # every page, as the secretary clicks through them
            window.show_page(index)
            qtbot.wait(30)

        pdf = tmp_path / "thong-bao.pdf"
        presenter.save_paths = [pdf]
        task = printing.export_document(window, document_from_dict(seed_notice()), "thong-bao")
        qtbot.waitUntil(lambda: not task.is_running(), timeout=15_000)
        assert pdf.read_bytes().startswith(b"%PDF")

        usb = tmp_path / "usb"
        usb.mkdir()
        copy = safety.backup_now(usb)
        assert copy is not None and copy.is_file()

        wizard = RestoreWizard(safety, window)
        qtbot.addWidget(wizard)
        presenter.answers = [0]
        assert wizard.restore_selected() is not None

        wait_for_tasks()
        window.close()  # the exit backup
        assert list((tmp_path / "backups").glob("*-exit.sqlite"))
    finally:
        instance.release()
        qapp.removeEventFilter(guard)
    assert no_network == []


def test_the_only_qt_networking_is_local():
    used: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "PySide6.QtNetwork":
                used.update(alias.name for alias in node.names)
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert alias.name.split(".")[0] not in {
                        "urllib3",
                        "requests",
                        "httpx",
                        "ftplib",
                        "smtplib",
                    }, path
    assert used <= {"QLocalServer", "QLocalSocket"}
