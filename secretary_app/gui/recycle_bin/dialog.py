"""Dữ liệu ▸ Thùng rác…: what was deleted (kind, title, when, by whom) and "Khôi phục".

The dialog only lists and restores through ``ctx.trash``; the restored record comes back with its children
(services/trash.py) and every page showing it reloads from the one change signal (gui/shared/changes.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from secretary_app.domain.errors import NotFoundError, RuleError
from secretary_app.domain.models import BinItem
from secretary_app.gui.forms.ui_recycle_bin_dialog import Ui_RecycleBinDialog
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import ui_label
from secretary_app.gui.shared.page import make_note
from secretary_app.gui.shared.style import STYLE_SHEET
from secretary_app.services.trash import KIND_CONTEXT, KIND_LABELS

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

log = logging.getLogger(__name__)

COL_KIND, COL_TITLE, COL_DELETED_AT, COL_DELETED_BY = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecycleBinDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RecycleBinDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._items: list[BinItem] = []
        ui = self.ui
        make_note(ui.noteLabel)
        make_note(ui.emptyLabel)
        table = ui.binTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Loại"), self.tr("Tên"), self.tr("Xóa lúc"), self.tr("Người xóa")]
        )
        header = table.horizontalHeader()
        for column in (COL_KIND, COL_DELETED_AT, COL_DELETED_BY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemActivated.connect(lambda _item: self.restore_selected())  # Enter, double click
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.closeButton.clicked.connect(self.accept)
        self.reload()
        self.setStyleSheet(STYLE_SHEET)

    def items(self) -> list[BinItem]:
        return list(self._items)

    def reload(self) -> None:
        self._items = self._ctx.trash.list()
        table = self.ui.binTable
        table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            cells = [
                ui_label(KIND_CONTEXT, KIND_LABELS.get(item.kind, item.kind)),
                item.title,
                item.deleted_at.strftime("%d/%m/%Y %H:%M"),
                item.deleted_by,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.id)
                table.setItem(row, column, cell)
        self.ui.emptyLabel.setVisible(not self._items)  # the table stays: the dialog keeps its shape
        if self._items:
            table.selectRow(0)
        self._update_buttons()

    def select_item(self, bin_id: int) -> bool:
        for row, item in enumerate(self._items):
            if item.id == bin_id:
                self.ui.binTable.selectRow(row)
                return True
        return False

    def selected_item(self) -> BinItem | None:
        rows = self.ui.binTable.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def restore_selected(self) -> bool:
        item = self.selected_item()
        if item is None:
            return False
        try:
            self._ctx.trash.restore(item.id)
        except (NotFoundError, RuleError) as exc:
            messages.warn(
                self,
                self.tr("Không khôi phục được"),
                getattr(exc, "message", "") or self.tr("Bản ghi không còn trong thùng rác."),
            )
            self.reload()
            return False
        log.info("Restored %s %s from the recycle bin", item.kind, item.record_uuid)
        self.reload()
        self.ui.statusLabel.setText(self.tr("Đã khôi phục: {0}").format(item.title))
        return True

    def _update_buttons(self) -> None:
        self.ui.restoreButton.setEnabled(self.selected_item() is not None)


def open_recycle_bin(parent: QWidget, ctx: AppContext | None) -> RecycleBinDialog | None:
    if ctx is None:
        return None
    dialog = RecycleBinDialog(ctx, parent)
    messages.exec_dialog(dialog)
    return dialog
