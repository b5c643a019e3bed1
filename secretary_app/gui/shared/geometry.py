"""Windows that fit the screens secretaries have (1366×768 and 1280×720 laptops) and come back where they
were.

:func:`fit_to_screen` sizes a window to what it wants, but never beyond the screen's available area (without
the taskbar), centred on it. :func:`remember` keeps a window's geometry and its splitters in QSettings under a
key, restored on the next first show — and fitted again, so a window left large on an office monitor still
opens whole on the laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

# What the window system adds around a window (title bar, borders): kept free so the frame fits too.
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def fitted(width: int, height: int, available: QRect) -> QRect:
    """The geometry of a window that wants ``width``×``height`` on a screen whose free area is ``available``:
    no larger than the area minus the frame, centred in it."""
    w = max(200, min(width, available.width() - FRAME_WIDTH))
    h = max(150, min(height, available.height() - FRAME_HEIGHT))
    x = available.x() + (available.width() - w) // 2
    y = available.y() + max(0, (available.height() - FRAME_HEIGHT - h) // 2) + FRAME_HEIGHT - 8
    return QRect(x, y, w, h)


def _available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    geometry = fitted(width, height, _available(window))
    window.resize(geometry.size())
    if window.isWindow():
        window.move(geometry.topLeft())


class _Memory(QObject):
    def __init__(self, window: QWidget, key: str, splitters: list[QSplitter]):
        super().__init__(window)
        self._window, self._key, self._splitters = window, key, splitters
        self._restored = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.Show and not self._restored:
                self._restored = True
                self.restore()
            elif event.type() in (QEvent.Type.Close, QEvent.Type.Hide):
                self.save()
        return False

    def restore(self) -> None:
        settings = QSettings()
        geometry = settings.value(f"windows/{self._key}/geometry")
        if isinstance(geometry, QByteArray) and self._window.restoreGeometry(geometry):
            size = self._window.size()
            fit_to_screen(self._window, size.width(), size.height())  # within today's screen
        for i, splitter in enumerate(self._splitters):
            state = settings.value(f"windows/{self._key}/splitter{i}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save(self) -> None:
        settings = QSettings()
        settings.setValue(f"windows/{self._key}/geometry", self._window.saveGeometry())
        for i, splitter in enumerate(self._splitters):
            settings.setValue(f"windows/{self._key}/splitter{i}", splitter.saveState())


def remember(window: QWidget, key: str, splitters: list[QSplitter] | None = None) -> None:
    """Restore ``window``'s geometry (and ``splitters``) saved under ``key`` when it is first shown; save them
    whenever it is hidden or closed."""
    _Memory(window, key, list(splitters or []))
