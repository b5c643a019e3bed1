"""Tables whose text column stays readable on a small screen (the board, the composer's task plans).

Column 0 holds the text and stretches. The other columns keep the widths the secretary gave them (or their
defaults), but when the table is too narrow for column 0 to keep ``content_min`` pixels (on a 1024×700 laptop
the board left ~130 px for "Nội dung") they are squeezed toward their minimums, each in proportion to how
much it can give. A column the secretary drags is kept at its new width (:attr:`ColumnFitter.wanted`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHeaderView, QTableView

DEFAULTS = {1: 190, 2: 105, 3: 200, 4: 105}  # đơn vị chủ trì, thời hạn, trạng thái, văn bản
MINIMUMS = {1: 120, 2: 88, 3: 120, 4: 80}
CONTENT_MIN = 300


def fitted_widths(
    available: int,
    wanted: dict[int, int],
    minimums: dict[int, int] = MINIMUMS,
    content_min: int = CONTENT_MIN,
) -> dict[int, int]:
    """The widths of the side columns in a table ``available`` pixels wide whose first column needs
    ``content_min``: ``wanted`` if they fit, else each squeezed toward its minimum (never below it)."""
    room = available - content_min
    excess = sum(wanted.values()) - room
    if excess <= 0:
        return dict(wanted)
    slack = {c: max(0, w - minimums.get(c, w)) for c, w in wanted.items()}
    total_slack = sum(slack.values())
    share = min(1.0, excess / total_slack) if total_slack else 0.0
    return {c: w - round(slack[c] * share) for c, w in wanted.items()}


class ColumnFitter(QObject):
    """Keeps ``view``'s side columns (``defaults``: column -> width) fitted to its width, never below
    ``minimums``; ``changed`` when the secretary resized one."""

    changed = Signal()

    def __init__(
        self, view: QTableView, defaults: dict[int, int], minimums: dict[int, int], content_min: int
    ):
        super().__init__(view)
        self._view = view
        self.wanted = dict(defaults)
        self.minimums, self.content_min = dict(minimums), content_min
        self._fitting = False
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in defaults:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)
        self.fit()

    def set_wanted(self, widths: dict[int, int]) -> None:
        self.wanted.update({c: max(self.minimums[c], w) for c, w in widths.items() if c in self.wanted})
        self.fit()

    def fit(self) -> None:
        self._fitting = True
        try:
            available = self._view.viewport().width()
            for column, width in fitted_widths(
                available, self.wanted, self.minimums, self.content_min
            ).items():
                self._view.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column not in self.wanted:
            return
        self.wanted[column] = new
        self.changed.emit()
