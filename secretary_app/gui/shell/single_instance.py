"""One window per database: a second start on the same file brings the first window forward and exits.

Two processes writing one SQLite file stay consistent (SQLite locks), but two windows showing different states
of the same minutes would have the secretary overwrite her own work. So the first instance holds a
:class:`QLockFile` and listens on a :class:`QLocalServer` named after the user and the database path; a second
instance finds the lock taken, connects and sends ``activate``, and stops.

* QLocalServer is a named pipe on Windows and a Unix-domain socket on Linux: never a network socket
  (tests/gui/test_no_network.py allows AF_UNIX for exactly this).
* The lock file decides who is first, not the socket: a crashed instance leaves a socket file behind on Linux,
  but its lock is stale (its process is gone), so the next start takes the lock, removes the dead socket and
  listens again. ``setStaleLockTime(0)``: a lock is never considered stale for its age, only for a dead owner,
  since a window may stay open for weeks.
* No read-only second window: the app migrates, autosaves and backs up on open, so an honest read-only mode
  would need its own code path everywhere; bringing the existing window forward is what the secretary wants.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
TIMEOUT_MS = 1500
READ_MS = 300  # how long the first instance waits for a connected client's message


def instance_key(db_path: Path | str) -> str:
    """The server name for ``db_path``: per user (on a shared PC each user has her own window) and per file
    (the same file reached through another spelling of its path is the same file)."""
    resolved = os.path.normcase(str(Path(db_path).resolve()))
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (a service account): the path alone still works
        user = ""
    digest = hashlib.sha256(f"{user}\0{resolved}".encode()).hexdigest()[:24]
    return f"thu-ky-cap-uy-{digest}"


class SingleInstance(QObject):
    """``acquire()`` once at start-up: True for the first instance (which then listens), False for a second
    one (the first was asked to come forward; ``reached`` says whether it answered)."""

    activate_requested = Signal()

    def __init__(self, db_path: Path | str, parent: QObject | None = None, *, lock_dir: Path | None = None):
        super().__init__(parent)
        self.key = instance_key(db_path)
        self.lock = QLockFile(str(Path(lock_dir or QDir.tempPath()) / f"{self.key}.lock"))
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self.reached = False

    def acquire(self) -> bool:
        if self.lock.tryLock(0):
            self._listen()
            return True
        self.reached = notify_first(self.key)
        return False

    def _listen(self) -> None:
        # We hold the lock, so a socket by this name belongs to a dead instance: remove it before listening.
        QLocalServer.removeServer(self.key)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # only this user may connect
        if server.listen(self.key):
            server.newConnection.connect(self._on_connection)
            self.server = server

    def _on_connection(self) -> None:
        # The client writes its one line as soon as it is connected, so a short blocking read is enough here
        # and keeps no socket (or slot holding one) alive past this call.
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket.bytesAvailable() or socket.waitForReadyRead(READ_MS):
                if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
                    self.activate_requested.emit()
            socket.abort()
            socket.deleteLater()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        self.lock.unlock()


def notify_first(key: str) -> bool:
    """Ask the instance listening on ``key`` to come forward; True if the message was delivered.

    Blocking calls only, so it works before (or without) an event loop."""
    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(QByteArray(ACTIVATE))
    delivered = socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return delivered


def bring_forward(window) -> None:
    """Show ``window`` on top when a second start asked for it (Windows may only flash it in the taskbar,
    since it limits which process can take the foreground)."""
    from PySide6.QtWidgets import QApplication

    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)
