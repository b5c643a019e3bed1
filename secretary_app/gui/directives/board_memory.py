"""The board comes back as the secretary left it: the status filter, the grouping, the unit and source filters
and the column widths, kept in QSettings.

Only the secretary's own choices are saved (``activated`` and ``triggered``, never a programmatic change such
as "show this directive" widening the filters). The unit and source filters are kept per database file: their
ids mean nothing in another database.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from secretary_app.domain.deadlines import DeadlineStatus

if TYPE_CHECKING:
    from secretary_app.gui.directives.board_page import DirectivesPage
    from secretary_app.gui.shared.column_fit import ColumnFitter
    from secretary_app.services.context import AppContext

KEY = "board"
ALL = "all"


def _database_key(ctx: AppContext) -> str:
    return hashlib.sha1(str(ctx.db_path).encode("utf-8")).hexdigest()[:16]


def _int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class BoardMemory(QObject):
    def __init__(self, page: DirectivesPage, columns: ColumnFitter):
        super().__init__(page)
        self._page, self._columns = page, columns
        self._restored_for: AppContext | None = None
        ui = page.ui
        for combo in (ui.groupCombo, ui.unitCombo, ui.sourceCombo):
            combo.activated.connect(self.save)
        for action in ui.statusButton.menu().actions():
            action.triggered.connect(self.save)
        columns.changed.connect(self.save)

    def restore(self) -> None:
        """Statuses, grouping and column widths (call once the page's widgets are built)."""
        settings, page = QSettings(), self._page
        statuses = settings.value(f"{KEY}/statuses")
        if statuses == ALL:
            page.set_statuses(None)
        elif isinstance(statuses, (list, str)):
            values = {s.value for s in DeadlineStatus}
            chosen = [DeadlineStatus(s) for s in ([statuses] if isinstance(statuses, str) else statuses)]
            if chosen and all(s.value in values for s in chosen):
                page.set_statuses(chosen)
        combo = page.ui.groupCombo
        index = combo.findData(settings.value(f"{KEY}/grouping"))
        if index >= 0:
            combo.setCurrentIndex(index)
        widths = {c: _int_or_none(settings.value(f"{KEY}/column{c}")) for c in self._columns.wanted}
        self._columns.set_wanted({c: w for c, w in widths.items() if w})

    def first_choices(self, ctx: AppContext) -> dict[str, int | None] | None:
        """The unit and source filters last chosen on this database, the first time the page fills its lists
        for ``ctx``; None afterwards (the page then keeps its current choice)."""
        if self._restored_for is ctx:
            return None
        self._restored_for = ctx
        settings, base = QSettings(), f"{KEY}/{_database_key(ctx)}"
        return {name: _int_or_none(settings.value(f"{base}/{name}")) for name in ("unit", "source")}

    def save(self, *_args) -> None:
        settings, page = QSettings(), self._page
        statuses = page.current_filter().statuses
        settings.setValue(f"{KEY}/statuses", ALL if statuses is None else sorted(s.value for s in statuses))
        settings.setValue(f"{KEY}/grouping", page.grouping())
        for column, width in self._columns.wanted.items():
            settings.setValue(f"{KEY}/column{column}", width)
        if page.ctx is not None:
            base = f"{KEY}/{_database_key(page.ctx)}"
            for name, combo in (("unit", page.ui.unitCombo), ("source", page.ui.sourceCombo)):
                value = combo.currentData()
                if value is None:
                    settings.remove(f"{base}/{name}")
                else:
                    settings.setValue(f"{base}/{name}", value)
