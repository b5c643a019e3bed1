"""The board's "Nơi sửa cuối" column (issue 16): which site's packet last changed each task shown, "Tại đây"
when it was edited here since. Shown only once this database exchanges with other sites; then it joins the
side columns that give way to "Nội dung" on a small screen (gui/shared/column_fit.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from secretary_app.gui.directives.board_model import BoardModel
    from secretary_app.gui.shared.column_fit import ColumnFitter
    from secretary_app.services.context import AppContext

SITE_WIDTH, SITE_MIN = 140, 90


def show_sites(
    ctx: AppContext, model: BoardModel, view: QTableView, columns: ColumnFitter | None = None
) -> None:
    exchanging = bool(ctx.sites.paired_sites())
    column = model.COLUMNS.index("site")
    view.setColumnHidden(column, not exchanging)
    if columns is not None and exchanging != (column in columns.wanted):
        if exchanging:
            columns.wanted[column], columns.minimums[column] = SITE_WIDTH, SITE_MIN
            view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        else:
            columns.wanted.pop(column)
            columns.minimums.pop(column)
        columns.fit()
    if exchanging:
        model.set_sites(ctx.exchange.last_sites([row.uuid for row in model.rows()]))
