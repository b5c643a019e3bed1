"""The one application-wide change signal of the GUI.

Every write operation of the application API publishes what it changed (``OpChanges``) on the context's
``ChangeHub`` after its transaction commits (domain/changes.py). The main window owns one ChangeBridge,
attached to the open context and re-attached when another database is opened; its ``changed`` signal
reaches every page, which reloads when a kind of record it shows changed (lazily when hidden: see
gui/shared/page.py). No page-specific "saved" signals are needed to keep the screens in step.

Thread safety: a publish may come from a worker thread (a task with its own connection that shares the
hub); ``changed`` is then re-posted to the bridge's own (GUI) thread through a queued connection, so
listeners always run on the GUI thread. A publish on the GUI thread is delivered at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from shiboken6 import isValid

from secretary_app.domain.changes import OpChanges

if TYPE_CHECKING:
    from secretary_app.domain.changes import ChangeHub


class ChangeBridge(QObject):
    changed = Signal(object)  # OpChanges, always on the GUI thread
    _posted = Signal(object)  # from another thread, queued to this one

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = None
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def attach(self, hub: ChangeHub | None) -> None:
        """Listen to ``hub`` (the open context's) instead of the previous one."""
        self.detach()
        if hub is not None:
            self._unsubscribe = hub.subscribe(self._on_publish)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_publish(self, changes: OpChanges) -> None:
        if not isValid(self):  # the window is gone; the context outlived it
            return
        if QThread.currentThread() == self.thread():
            self.changed.emit(changes)
        else:
            self._posted.emit(changes)

    @Slot(object)
    def _deliver(self, changes: OpChanges) -> None:
        self.changed.emit(changes)
