"""Tìm kiếm: a placeholder that says what is coming (full-text search across minutes and documents)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from secretary_app.gui.forms.ui_search_page import Ui_SearchPage
from secretary_app.gui.pages.base import Page, make_title


class SearchPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SearchPage()
        self.ui.setupUi(self)
        make_title(self.ui.titleLabel)
