"""The meetings list's filter model: a thin adapter between the page's filters and its table of meetings."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from secretary_app.domain.models import MeetingSummary, label
from secretary_app.domain.text import fold, vn_date_short
from secretary_app.gui.shared.i18n import enum_label
from secretary_app.gui.shared.table_model import RECORD_ROLE

COL_DATE, COL_KIND, COL_TITLE, COL_STATUS = range(4)


class MeetingFilterModel(QSortFilterProxyModel):
    """Year, kind and folded-text filters; sorting by the real value of each column (dates as dates)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.year: int | None = None
        self.kind: str | None = None
        self._words: list[str] = []

    def set_filters(self, year: int | None, kind: str | None, text: str) -> None:
        self.beginFilterChange()
        self.year, self.kind, self._words = year, kind, fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        meeting: MeetingSummary = self.sourceModel().record(row)
        if self.year is not None and meeting.start.year != self.year:
            return False
        if self.kind is not None and meeting.kind != self.kind:
            return False
        if self._words:
            haystack = fold(
                " ".join(
                    (
                        meeting.title,
                        meeting.kind,
                        meeting.place,
                        meeting.chair,
                        vn_date_short(meeting.start.date()),
                        label(meeting.status),
                        enum_label(meeting.status),
                    )
                )
            )  # the status as shown, or as in Vietnamese
            return all(word in haystack for word in self._words)
        return True

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        a: MeetingSummary = left.data(RECORD_ROLE)
        b: MeetingSummary = right.data(RECORD_ROLE)
        column = left.column()
        if column == COL_DATE:
            return a.start < b.start
        if column == COL_STATUS:
            return list(type(a.status)).index(a.status) < list(type(b.status)).index(b.status)
        return fold(left.data()) < fold(right.data())
