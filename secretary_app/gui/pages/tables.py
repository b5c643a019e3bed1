"""A simple read-only list page on one shared base (RecordTablePage). Meetings, documents and directives have
their own pages (pages/meetings.py, pages/documents.py, pages/directives.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from secretary_app.gui.forms.ui_table_page import Ui_TablePage
from secretary_app.gui.pages.base import Page, make_note, make_title
from secretary_app.gui.table_model import Column, RecordTableModel

CENTER = Qt.AlignmentFlag.AlignCenter
MAX_FITTED_WIDTH = 260  # a long heading must not push the stretching column off the screen


class RecordTablePage(Page):
    """A title, a note on what the page does (and what is coming), and a table of records.

    Subclasses say what to load and how to show it; they hold no widgets of their own.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TablePage()
        self.ui.setupUi(self)
        make_title(self.ui.titleLabel)
        make_note(self.ui.noteLabel)
        make_note(self.ui.countLabel)
        self.ui.titleLabel.setText(self.page_title())
        self.ui.noteLabel.setText(self.page_note())
        self.ui.emptyLabel.setText(self.empty_text())
        self.model = RecordTableModel(self.columns(), self)
        self.ui.tableView.setModel(self.model)
        header = self.ui.tableView.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(self.model.columns):
            mode = QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(i, mode)
        # Long titles and directives wrap instead of being cut off: the secretary reads them here.
        self.ui.tableView.setWordWrap(True)
        self.ui.tableView.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._show_records([])

    # What subclasses provide -------------------------------------------------------------------------
    def page_title(self) -> str:
        raise NotImplementedError

    def page_note(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def load(self) -> Sequence[Any]:
        """The records to show, read through ``self.ctx`` (set when this is called)."""
        raise NotImplementedError

    # -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._show_records(self.load() if self.ctx is not None else [])

    def _show_records(self, records: Sequence[Any]) -> None:
        self.model.set_records(records)
        for i, column in enumerate(self.model.columns):
            if not column.stretch:
                self.ui.tableView.resizeColumnToContents(i)
                if self.ui.tableView.columnWidth(i) > MAX_FITTED_WIDTH:
                    self.ui.tableView.setColumnWidth(i, MAX_FITTED_WIDTH)
        has_rows = bool(records)
        self.ui.tableView.setVisible(has_rows)
        self.ui.emptyLabel.setVisible(not has_rows)
        self.ui.countLabel.setText(self.tr_count(len(records)))

    def tr_count(self, count: int) -> str:
        # An explicit context: self.tr in a base class would look the text up under the subclass name.
        return QCoreApplication.translate("RecordTablePage", "Tổng số: {0}").format(count)

