"""The board's "Xuất CSV…": every row matching the filters (not only the loaded page) to a CSV file Excel
opens, written in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING

from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import translate

if TYPE_CHECKING:
    from secretary_app.gui.directives.board_page import DirectivesPage
    from secretary_app.gui.shared.tasks import Task


def export_csv(page: DirectivesPage) -> Task | None:
    """Ask where, then write; the running task (None if nothing was started)."""
    from secretary_app.gui.shared.printing import show_status
    from secretary_app.gui.shared.tasks import run_task, with_context
    from secretary_app.services.board_csv import write_board_csv

    if page.ctx is None:
        return None
    path = messages.save_file(
        page,
        translate("DirectivesPage", "Xuất danh sách ra CSV"),
        f"ket-luan-{page.clock():%Y-%m-%d}.csv",
        translate("DirectivesPage", "Tệp CSV, mở bằng Excel (*.csv)"),
    )
    if path is None:
        return None
    if path.suffix.lower() != ".csv":
        path = path.with_name(path.name + ".csv")
    if (
        path.exists()
        and messages.choose(
            page,
            translate("DirectivesPage", "Tệp đã có"),
            translate("DirectivesPage", "Tệp “{0}” đã có. Ghi đè?").format(path),
            [translate("DirectivesPage", "Ghi đè"), translate("DirectivesPage", "Hủy")],
            level=messages.Level.WARNING,
            default=1,
        )
        != 0
    ):
        return None
    query, today = page.current_filter(), page.clock()

    def work(ctx, _control):
        return write_board_csv(ctx.board.rows(query, today), path)

    return run_task(
        with_context(page.ctx.db_path, work),
        parent=page,
        name="csv",
        on_result=lambda p: show_status(page, translate("DirectivesPage", "Đã xuất: {0}").format(p)),
    )
