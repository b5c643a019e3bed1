"""Autosave: save what was typed shortly after typing stops, and at once when the focus moves.

The editor calls :meth:`Autosaver.touch` on every edit. A single-shot timer, restarted by each edit, saves
``DELAY_MS`` after the last keystroke; :meth:`flush` saves immediately (focus change, closing, finalising).
Edits only set a flag — nothing is read from the widgets until the save itself — so typing stays cheap even
in a very long text.

A failed save keeps the text in the editor (nothing is thrown away), shows the reason, and retries every
``RETRY_MS`` until it succeeds. The status text is what the secretary sees: "Đang lưu…",
"Đã lưu lúc HH:MM:SS", or the error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from secretary_app.gui.shared.tasks import EXPECTED_ERRORS, error_message

log = logging.getLogger(__name__)

DELAY_MS = 1500  # "within 2 s after typing stops", with room for the save itself
RETRY_MS = 5000


class SaveState(Enum):
    SAVED = "saved"  # nothing pending
    PENDING = "pending"  # edited, the timer runs
    SAVING = "saving"
    FAILED = "failed"  # the last save failed; a retry is scheduled


class Autosaver(QObject):
    state_changed = Signal(object, str)  # (SaveState, status text for the secretary)
    saved = Signal()

    def __init__(
        self,
        save: Callable[[], None],
        parent: QObject | None = None,
        *,
        delay_ms: int = DELAY_MS,
        retry_ms: int = RETRY_MS,
    ):
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._retry_ms, self._delay_ms = retry_ms, delay_ms
        self._dirty = False
        self._saving = False
        self.state = SaveState.SAVED
        self.status_text = ""
        self.last_saved: datetime | None = None
        self.last_error = ""

    @property
    def dirty(self) -> bool:
        return self._dirty

    def touch(self) -> None:
        """An edit happened: save once typing has stopped for the delay."""
        self._dirty = True
        self._timer.start(self._delay_ms)  # restarts a running timer
        if self.state != SaveState.FAILED:  # keep the error visible until a save succeeds
            self._set_state(SaveState.PENDING, QCoreApplication.translate("Autosaver", "Chưa lưu…"))

    def flush(self) -> bool:
        """Save now if anything is pending; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._dirty:
            return True
        if self._saving:  # a save that triggers a focus change must not save again inside itself
            return False
        self._saving = True
        self._set_state(SaveState.SAVING, QCoreApplication.translate("Autosaver", "Đang lưu…"))
        QCoreApplication.processEvents()  # let "Đang lưu…" paint before a long save
        try:
            self._dirty = False  # edits made while saving (none on one thread, but be safe) set it again
            self._save()
        except EXPECTED_ERRORS as exc:
            self._dirty = True
            self.last_error = error_message(exc)
            log.warning("Autosave failed: %s", self.last_error)
            self._failed()
            return False
        except BaseException:
            # A bug, not a storage problem: the text stays pending (and retried); the error dialog shows it.
            self._dirty = True
            self.last_error = QCoreApplication.translate(
                "Autosaver", "lỗi chương trình (đã ghi vào nhật ký)."
            )
            self._failed()
            raise
        finally:
            self._saving = False
        self.last_saved = datetime.now()
        self.last_error = ""
        self._set_state(
            SaveState.SAVED,
            QCoreApplication.translate("Autosaver", "Đã lưu lúc {0}").format(
                self.last_saved.strftime("%H:%M:%S")
            ),
        )
        self.saved.emit()
        return True

    def discard(self) -> None:
        """Forget pending edits (the record was deleted, or the user chose not to keep them)."""
        self._timer.stop()
        self._dirty = False
        self._set_state(SaveState.SAVED, "")

    def _set_state(self, state: SaveState, text: str) -> None:
        self.state, self.status_text = state, text
        self.state_changed.emit(state, text)

    def _failed(self) -> None:
        seconds = max(1, self._retry_ms // 1000)
        self._set_state(
            SaveState.FAILED,
            QCoreApplication.translate(
                "Autosaver", "Chưa lưu được: {0} Phần đã gõ vẫn còn; sẽ tự thử lại sau {1} giây."
            ).format(self.last_error, seconds),
        )
        self._timer.start(self._retry_ms)
