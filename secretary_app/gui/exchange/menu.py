"""Puts Dữ liệu ▸ Trao đổi với đơn vị… (``actionExchange`` in ui/main_window.ui) into the Dữ liệu menu, which
gui/data_safety builds after the first paint, and opens the exchange dialog on the window's open database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from secretary_app.gui.shell.main_window import MainWindow


def install_exchange(window: MainWindow) -> QMenu | None:
    action = window.ui.actionExchange
    menu = window.findChild(QMenu, "menuData")
    if menu is not None and action not in menu.actions():
        menu.addSeparator()
        menu.addAction(action)
    action.triggered.connect(lambda _checked=False: open_for(window))
    return menu


def open_for(window: MainWindow):
    from secretary_app.gui.exchange.dialog import open_exchange  # loaded on first use

    return open_exchange(window, window.ctx)
