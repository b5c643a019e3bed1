"""The agenda (chương trình nghị sự) of a meeting: add, remove, reorder (buttons and Ctrl+Up/Down), presenter.

Each row keeps the UUID of its AgendaItem: minutes entries point at their agenda item by UUID, so an item
that is renamed or moved keeps the minutes typed under it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from secretary_app.domain.models import AgendaItem, new_uuid
from secretary_app.gui.forms.ui_meeting_agenda_editor import Ui_AgendaEditor
from secretary_app.gui.shared.table_editing import commit_open_editor

TITLE, PRESENTER = range(2)
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AgendaEditor()
        self.ui.setupUi(self)
        table = self.ui.table
        header = table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRESENTER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PRESENTER, 220)
        table.verticalHeader().setDefaultSectionSize(28)
        table.setWordWrap(False)  # one line per item, same height for all; the tooltip shows a long title

        self.ui.addButton.setToolTip(self.tr("Thêm một nội dung vào cuối chương trình (Ctrl+Ins)"))
        self.ui.removeButton.setToolTip(self.tr("Xóa nội dung đang chọn (Ctrl+Del)"))
        self.ui.upButton.setToolTip(self.tr("Chuyển nội dung đang chọn lên trên (Ctrl+↑)"))
        self.ui.downButton.setToolTip(self.tr("Chuyển nội dung đang chọn xuống dưới (Ctrl+↓)"))
        self.ui.addButton.clicked.connect(lambda: self.add_item())
        self.ui.removeButton.clicked.connect(self.remove_current)
        self.ui.upButton.clicked.connect(lambda: self.move_current(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_current(1))
        # Shortcuts live on this editor (and its children, so they also work inside a cell being edited).
        for keys, slot in (
            ("Ctrl+Up", lambda: self.move_current(-1)),
            ("Ctrl+Down", lambda: self.move_current(1)),
            ("Ctrl+Ins", lambda: self.add_item()),
            ("Ctrl+Del", self.remove_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        table.itemChanged.connect(lambda _item: self.changed.emit())
        table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # Data -------------------------------------------------------------------------------------------
    def set_items(self, items: list[AgendaItem]) -> None:
        table = self.ui.table
        table.blockSignals(True)
        try:
            table.setRowCount(0)
            for item in items:
                self._append(item.title, item.presenter, item.uuid)
        finally:
            table.blockSignals(False)
        self._update_buttons()
        self.changed.emit()

    def items(self) -> list[AgendaItem]:
        """The agenda in table order; rows left without a title are not agenda items."""
        self._commit_editor()
        table = self.ui.table
        result = []
        for row in range(table.rowCount()):
            title_item = table.item(row, TITLE)
            title = title_item.text().strip() if title_item else ""
            presenter = table.item(row, PRESENTER).text().strip() if table.item(row, PRESENTER) else ""
            if title:
                result.append(
                    AgendaItem(
                        title=title,
                        presenter=presenter,
                        order=len(result),
                        uuid=title_item.data(UUID_ROLE) or new_uuid(),
                    )
                )
        return result

    def titles(self) -> list[str]:
        return [item.title for item in self.items()]

    # Editing ----------------------------------------------------------------------------------------
    def add_item(self, title: str = "", presenter: str = "") -> int:
        row = self._append(title, presenter, new_uuid())
        table = self.ui.table
        table.setCurrentCell(row, TITLE)
        if not title:
            table.editItem(table.item(row, TITLE))
        self.changed.emit()
        return row

    def remove_current(self) -> None:
        """Remove the selected items (Shift/Ctrl + click selects several: a template's unwanted items go in
        one "Xóa"), else the current one."""
        table = self.ui.table
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()}, reverse=True)
        if not rows and table.currentRow() >= 0:
            rows = [table.currentRow()]
        if not rows:
            return
        row = rows[-1]
        for selected in rows:
            table.removeRow(selected)
        if self.ui.table.rowCount():
            self.ui.table.setCurrentCell(min(row, self.ui.table.rowCount() - 1), TITLE)
        self._update_buttons()
        self.changed.emit()

    def move_current(self, delta: int) -> None:
        table = self.ui.table
        row = table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < table.rowCount():
            return
        self._commit_editor()
        column = max(0, table.currentColumn())
        table.blockSignals(True)
        try:
            for col in (TITLE, PRESENTER):
                a, b = table.takeItem(row, col), table.takeItem(target, col)
                table.setItem(row, col, b)
                table.setItem(target, col, a)
        finally:
            table.blockSignals(False)
        table.setCurrentCell(target, column)
        self._update_buttons()
        self.changed.emit()

    def _append(self, title: str, presenter: str, uuid: str) -> int:
        table = self.ui.table
        row = table.rowCount()
        table.insertRow(row)
        title_item = QTableWidgetItem(title)
        title_item.setData(UUID_ROLE, uuid)
        table.setItem(row, TITLE, title_item)
        table.setItem(row, PRESENTER, QTableWidgetItem(presenter))
        return row

    def _commit_editor(self) -> None:
        commit_open_editor(self.ui.table)

    def _update_buttons(self) -> None:
        row, count = self.ui.table.currentRow(), self.ui.table.rowCount()
        self.ui.removeButton.setEnabled(row >= 0)
        self.ui.upButton.setEnabled(row > 0)
        self.ui.downButton.setEnabled(0 <= row < count - 1)
