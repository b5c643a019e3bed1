"""Windows fit 1366×768 and 1280×720 laptops, and come back with their size and splitters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from secretary_app.gui.shared.geometry import FRAME_HEIGHT, fitted, remember


@pytest.mark.parametrize("screen", [(1366, 768 - 40), (1280, 720 - 40), (1024, 700)])
@pytest.mark.parametrize("wanted", [(1280, 820), (1180, 760), (1100, 760), (1000, 680)])
def test_a_window_never_outgrows_the_available_area(screen, wanted):
    area = QRect(0, 0, *screen)  # the screen less the taskbar
    geometry = fitted(*wanted, area)
    assert geometry.width() <= min(wanted[0], area.width()) and geometry.height() <= wanted[1]
    assert geometry.height() + FRAME_HEIGHT <= area.height()  # with its title bar
    assert area.contains(geometry)


def test_geometry_and_splitter_are_remembered(qtbot):
    def window() -> tuple[QWidget, QSplitter]:
        widget = QWidget()
        qtbot.addWidget(widget)
        splitter = QSplitter(widget)
        splitter.addWidget(QLabel("a"))
        splitter.addWidget(QLabel("b"))
        splitter.resize(600, 300)
        remember(widget, "test_window", [splitter])
        return widget, splitter

    first, split = window()
    first.resize(640, 420)
    first.show()
    split.setSizes([100, 500])
    first.close()
    again, split_again = window()
    again.show()
    assert again.size().width() == 640 and again.size().height() == 420
    assert abs(split_again.sizes()[0] - 100) <= 2  # the handle may round it by a pixel
