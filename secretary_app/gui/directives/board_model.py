"""The directive board's table model: one page of board rows at a time, with group header lines between them.

A thin adapter over services/directives_board.py rows (BoardRow); the page (board_page.py) fetches the rows
and hands them over, the model only shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from secretary_app.domain.deadlines import (
    DONE_STATUSES,
    STATUS_ROW_BACKGROUNDS,
    STATUS_TEXT_COLOURS,
    DeadlineStatus,
)
from secretary_app.gui.shared.i18n import deadline_label, status_label
from secretary_app.services.directives_board import BoardRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the BoardRow of a line (None on a group header)

GROUP_BACKGROUND = QColor("#e8eef6")
SUBGROUP_BACKGROUND = QColor("#f4f7fb")

# How the board is arranged (the group combo's data).
GROUP_SOURCE, GROUP_SOURCE_HEADING, GROUP_NONE = "source", "source_heading", "none"


class GroupHeader(NamedTuple):
    level: int  # 0: source notice, 1: heading within it
    label: str


class BoardModel(QAbstractTableModel):
    """Board rows with group header lines in between. Rows come in the board's source order (a notice's items
    together, as listed), so groups are contiguous and a fetched page is simply appended."""

    COLUMNS = ("content", "unit", "deadline", "status", "source", "site")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[BoardRow | GroupHeader] = []
        self._rows = 0  # directive lines (not headers)
        self._grouping = GROUP_SOURCE
        self._last: tuple[str, str] | None = None
        # The site whose packet last changed a task (by UUID), unless it was edited here since (issue 16).
        self._sites: dict[str, str] = {}
        self.headers = [
            self.tr("Nội dung"),
            self.tr("Đơn vị chủ trì"),
            self.tr("Thời hạn"),
            self.tr("Trạng thái"),
            self.tr("Văn bản"),
            self.tr("Nơi sửa cuối"),
        ]

    # -- contents --------------------------------------------------------------------------------------
    def reset(self, rows: Sequence[BoardRow], grouping: str) -> None:
        self.beginResetModel()
        self._items, self._rows, self._grouping, self._last = [], 0, grouping, None
        self._items = self._with_headers(rows)
        self.endResetModel()

    def append(self, rows: Sequence[BoardRow]) -> None:
        if not rows:
            return
        items = self._with_headers(rows)
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self._items += items
        self.endInsertRows()

    def _with_headers(self, rows: Sequence[BoardRow]) -> list[BoardRow | GroupHeader]:
        out: list[BoardRow | GroupHeader] = []
        for row in rows:
            if self._grouping != GROUP_NONE:
                key = (row.source_label, row.heading if self._grouping == GROUP_SOURCE_HEADING else "")
                last = self._last or ("\0", "\0")
                if key[0] != last[0]:
                    out.append(GroupHeader(0, key[0]))
                if key[1] and key[:2] != last[:2]:
                    out.append(GroupHeader(1, key[1]))
                self._last = key
            out.append(row)
        self._rows += len(rows)
        return out

    def set_sites(self, sites: dict[str, str]) -> None:
        """Which site last changed each task shown (``{uuid: site name}``; a task not in it: here)."""
        self._sites = dict(sites)
        if self._items:
            column = self.COLUMNS.index("site")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._items) - 1, column))

    @property
    def directive_count(self) -> int:
        return self._rows

    def row_at(self, row: int) -> BoardRow | None:
        item = self._items[row] if 0 <= row < len(self._items) else None
        return item if isinstance(item, BoardRow) else None

    def header_rows(self, start: int = 0) -> list[int]:
        return [i for i in range(start, len(self._items)) if isinstance(self._items[i], GroupHeader)]

    def row_of(self, directive_id: int) -> int | None:
        for i, item in enumerate(self._items):
            if isinstance(item, BoardRow) and item.id == directive_id:
                return i
        return None

    def rows(self) -> list[BoardRow]:
        return [item for item in self._items if isinstance(item, BoardRow)]

    # -- Qt model ---------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if isinstance(self._items[index.row()], GroupHeader):
            return Qt.ItemFlag.ItemIsEnabled  # a header is not a directive: it cannot be selected or ticked
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if isinstance(item, GroupHeader):
            return self._header_data(item, index.column(), role)
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, column)
        if role == ROW_ROLE:
            return item
        overdue = item.status == DeadlineStatus.OVERDUE
        if role == Qt.ItemDataRole.BackgroundRole and item.status in STATUS_ROW_BACKGROUNDS:
            return QBrush(QColor(STATUS_ROW_BACKGROUNDS[item.status]))
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == "status"
            and item.status in STATUS_TEXT_COLOURS
        ):
            return QBrush(QColor(STATUS_TEXT_COLOURS[item.status]))
        if role == Qt.ItemDataRole.FontRole and column == "status" and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def _text(self, row: BoardRow, column: str) -> str:
        if column == "content":
            return row.content
        if column == "unit":
            return row.lead_unit_display
        if column == "deadline":
            return deadline_label(row.deadline, row.ongoing, row.deadline_text)
        if column == "status":
            if row.completed_on is not None and row.status in DONE_STATUSES:
                return f"{status_label(row.status)}\n({row.completed_on:%d/%m/%Y})"
            return status_label(row.status)
        if column == "site":
            return self._sites.get(row.uuid) or self.tr("Tại đây")
        return row.source_number or "—"

    @staticmethod
    def _header_data(header: GroupHeader, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and column == 0:
            return header.label if header.level == 0 else "    " + header.label
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(GROUP_BACKGROUND if header.level == 0 else SUBGROUP_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(header.level == 0)
            font.setItalic(header.level == 1)
            return font
        return None
