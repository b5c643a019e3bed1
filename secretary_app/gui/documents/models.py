"""The documents page's filter model: a thin adapter between the filter box and the documents table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from secretary_app.domain.text import fold


class TextFilterModel(QSortFilterProxyModel):
    """Filters rows by the typed text, ignoring case and diacritics (đ = d), like the search page."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()  # invalidateFilter() is deprecated in Qt 6.10+
        self._needle = fold(text).strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        text = " ".join(str(model.index(row, c, parent).data() or "") for c in range(model.columnCount()))
        return self._needle in fold(text)
