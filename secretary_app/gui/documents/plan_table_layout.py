"""Layout helpers of the composer's plan table (gui/documents/directive_plans.py): combo boxes that ignore
the wheel while the table scrolls, and a task column that takes the width left but never wraps one word per
line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox


class WheelGuard(QObject):
    """Combo boxes inside the table must not change value when the secretary scrolls the table."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QComboBox) and not obj.hasFocus():
            event.ignore()
            return True
        return False


MIN_TEXT_WIDTH = 260


class TextColumnWidth(QObject):
    """Keeps the task column (``column``) as wide as the table leaves it, at least :data:`MIN_TEXT_WIDTH`."""

    def __init__(self, table, column: int):
        super().__init__(table)
        self._table, self._column = table, column
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._fit)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self, index: int = -1, *_sizes) -> None:
        if index == self._column:
            return  # the secretary or this filter itself sized it
        table = self._table
        others = sum(table.columnWidth(c) for c in range(table.columnCount()) if c != self._column)
        width = max(MIN_TEXT_WIDTH, table.viewport().width() - others)
        if width != table.columnWidth(self._column):
            table.setColumnWidth(self._column, width)
            table.resizeRowsToContents()  # the words wrap to the new width (not cut at one line)
