"""Windows that fit the screens secretaries have (1366×768 and 1280×720 laptops) and come back where they
were.

:func:`fit_to_screen` sizes a window to what it wants, but never beyond the screen's available area (without
the taskbar), centred on it. :func:`remember` keeps a window's geometry and its splitters in QSettings under a
key, restored on the next first show — and fitted again, so a window left large on an office monitor still
opens whole on the laptop. :func:`fit_every_window` does the same for every other window and dialog the first
time it shows: one drawn at its designed size (a 1100×720 editor, a 1000×680 dialog) on a 1280×720 screen
is shrunk and moved into the free area instead of hiding its buttons under the taskbar.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QSplitter, QWidget
from shiboken6 import isValid

# What the window system adds around a window (title bar, borders): kept free so the frame fits too.
FRAME_WIDTH, FRAME_HEIGHT = 16, 40
# Of the frame's height, the title bar above the window's own area. The window is placed by its own area
# (that is how the X11 window managers place a window that has not been shown; after restoreGeometry() it is
# so everywhere), so it goes this far below the top of the screen or its title bar would be off-screen.
TITLE_HEIGHT = FRAME_HEIGHT - 8


def fitted(width: int, height: int, available: QRect) -> QRect:
    """The geometry of a window that wants ``width``×``height`` on a screen whose free area is ``available``:
    no larger than the area minus the frame, centred in it."""
    w = max(200, min(width, available.width() - FRAME_WIDTH))
    h = max(150, min(height, available.height() - FRAME_HEIGHT))
    x = available.x() + (available.width() - w) // 2
    y = available.y() + max(0, (available.height() - FRAME_HEIGHT - h) // 2) + TITLE_HEIGHT
    return QRect(x, y, w, h)


def _available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    geometry = fitted(width, height, _available(window))
    window.resize(geometry.size())
    if window.isWindow():
        window.move(geometry.topLeft())


def shrink_to_screen(window: QWidget) -> QRect:
    """Shrink ``window`` to the free area (less the frame) if it is larger; returns the area."""
    area = _available(window)
    width = min(window.width(), area.width() - FRAME_WIDTH)
    height = min(window.height(), area.height() - FRAME_HEIGHT)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    return area


def keep_on_screen(window: QWidget) -> None:
    """Shrink ``window`` to the free area if it is larger, and move it so its frame is inside (the title bar
    :data:`TITLE_HEIGHT` above its position, the rest of the frame around it)."""
    if not isValid(window):
        return
    area = shrink_to_screen(window)
    width, height = window.width(), window.height()
    side, bottom = FRAME_WIDTH // 2, FRAME_HEIGHT - TITLE_HEIGHT
    x = max(area.x() + side, min(window.x(), area.right() + 1 - side - width))
    y = max(area.y() + TITLE_HEIGHT, min(window.y(), area.bottom() + 1 - bottom - height))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


_FITTED = "_fitted_to_screen"


def settle_on_screen(window: QWidget) -> None:
    """Once the window manager has framed ``window``: if its real frame is not inside the free area (the
    frame is larger than assumed, or was placed by its corner where the window's own area was meant), shrink
    and move it by the real frame."""
    if not isValid(window) or not window.isVisible() or window.isMaximized() or window.isFullScreen():
        return
    area, frame = _available(window), window.frameGeometry()
    if area.contains(frame):
        return
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    window.resize(width, height)
    x = max(area.x(), min(frame.x(), area.right() + 1 - width - extra_w))
    y = max(area.y(), min(frame.y(), area.bottom() + 1 - height - extra_h))
    window.move(x, y)  # a shown window's pos() is its frame's corner


SETTLE_MS = 400  # the frame's size arrives from the window manager shortly after the window is mapped


class _FitOnShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
            and not watched.property(_FITTED)
        ):
            watched.setProperty(_FITTED, True)  # once: a size the secretary gives it later is theirs
            if isinstance(watched, QDialog) and not watched.testAttribute(Qt.WidgetAttribute.WA_Moved):
                # QDialog centres itself over its parent in its own showEvent, after this filter, unless it
                # was moved: moving it here pinned every dialog to the screen's top-left corner. So only
                # shrink now, and check the place it chose once it is shown.
                shrink_to_screen(watched)
                QTimer.singleShot(0, watched, lambda: keep_on_screen(watched))
            else:
                keep_on_screen(watched)
            QTimer.singleShot(SETTLE_MS, watched, lambda: settle_on_screen(watched))
        return False


def fit_every_window(app: QApplication) -> QObject:
    """Keep every window and dialog of ``app`` within the screen's free area when it first shows."""
    guard = app.findChild(_FitOnShow)
    if guard is None:  # once per application
        guard = _FitOnShow(app)
        app.installEventFilter(guard)
    return guard


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
