"""Tìm kiếm: one box across meetings, minutes, documents and directives (ctx.search), results while typing.

Accent-insensitive including đ→d ("dang uy" finds "Đảng ủy"), ranked, the matched words in bold. Enter or a
double click opens the hit in place (``open_requested``; the window switches page and selects the record).
The search itself is gui/search/popup.py's controller, which the Ctrl+F popup shares.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from secretary_app.domain.changes import Change
from secretary_app.gui.forms.ui_search_page import Ui_SearchPage
from secretary_app.gui.search.popup import SearchController
from secretary_app.gui.shared.page import Page, make_note, make_title


class SearchPage(Page):
    shows = frozenset({Change.MEETINGS, Change.MINUTES, Change.DOCUMENTS, Change.DIRECTIVES, Change.INCOMING})
    open_requested = Signal(object)  # a SearchHit

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SearchPage()
        self.ui.setupUi(self)
        make_title(self.ui.titleLabel)
        make_note(self.ui.hintLabel)
        make_note(self.ui.countLabel)
        self._kind_checks = {  # SearchHit.kind names
            "meeting": self.ui.meetingsCheck,
            "minutes": self.ui.minutesCheck,
            "document": self.ui.documentsCheck,
            "directive": self.ui.directivesCheck,
            "incoming": self.ui.incomingCheck,
        }
        self.controller = SearchController(
            self.ui.searchEdit, self.ui.resultsList, self.ui.countLabel, kinds=self.kinds, parent=self
        )
        self.controller.hit_activated.connect(self.open_requested)
        for check in self._kind_checks.values():
            check.toggled.connect(lambda _on: self.controller.schedule())

    def kinds(self) -> set[str] | None:
        chosen = {kind for kind, check in self._kind_checks.items() if check.isChecked()}
        return None if len(chosen) == len(self._kind_checks) else chosen

    def set_context(self, ctx) -> None:
        super().set_context(ctx)
        self.controller.ctx = ctx

    def refresh(self) -> None:
        if self.ui.searchEdit.text().strip():
            self.controller.run()  # records may have changed since the last visit
        self.ui.searchEdit.setFocus()

    def search(self, text: str) -> None:
        """Put ``text`` in the box and search at once (the popup hands its query over with it)."""
        self.ui.searchEdit.setText(text)
        self.controller.run()
