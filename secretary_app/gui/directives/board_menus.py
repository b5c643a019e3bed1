"""The board's menus: the "Điều chỉnh" menu of its toolbar and the right-click menu of its rows, both offering
the page's own actions (the same enabled state as the buttons)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from secretary_app.gui.shared.i18n import translate

if TYPE_CHECKING:
    from secretary_app.gui.directives.board_page import DirectivesPage


def change_actions(page: DirectivesPage) -> tuple[QAction, QAction, QAction]:
    """Sửa nội dung, Tách, Gộp, set as the menu of the toolbar's "Điều chỉnh" button."""
    edit = QAction(translate("DirectivesPage", "Sửa nội dung…"), page)
    edit.triggered.connect(page.edit_selected)
    split = QAction(translate("DirectivesPage", "Tách theo đơn vị…"), page)
    split.triggered.connect(page.split_selected)
    merge = QAction(translate("DirectivesPage", "Gộp các mục trùng…"), page)
    merge.triggered.connect(page.merge_selected)
    menu = QMenu(page)
    menu.addActions([edit, split, merge])
    page.ui.changeButton.setMenu(menu)
    return edit, split, merge


def context_menu(page: DirectivesPage) -> QMenu:
    ui = page.ui
    menu = QMenu(page)

    def add(button) -> None:
        action = menu.addAction(button.text(), button.click)
        action.setEnabled(button.isEnabled())

    for button in (ui.tickButton, ui.progressButton, ui.reopenButton, ui.reassignButton):
        add(button)
    menu.addSeparator()
    add(ui.extendButton)
    add(ui.cancelTaskButton)
    menu.addActions([page.edit_action, page.split_action, page.merge_action])
    menu.addSeparator()
    add(ui.historyButton)
    return menu
