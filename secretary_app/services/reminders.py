"""The batch of reminder slips (phiếu đôn đốc): one slip per unit that has overdue tasks or tasks due soon,
all in one document set the office prints and sends in one go. No Qt."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from secretary_app.services.reports import reminder_slip

if TYPE_CHECKING:
    from secretary_app.domain.document import Document
    from secretary_app.services.context import AppContext
    from secretary_app.services.directives_board import BoardService

DUE_SOON_DAYS = 7  # "sắp đến hạn": due within a week, as on the home screen


def units_to_remind(board: BoardService, today: date, due_soon_days: int = DUE_SOON_DAYS) -> list[tuple]:
    """(unit id, name, overdue count, due-soon count) of every unit a slip goes to: most overdue first.
    Tasks without a lead unit have nobody to send a slip to and are left out."""
    counts: dict[int, list] = {}
    for row in board.overdue(today):
        if row.lead_unit_id is not None:
            counts.setdefault(row.lead_unit_id, [row.lead_unit_display, 0, 0])[1] += 1
    for row in board.due_within(due_soon_days, today) if due_soon_days > 0 else []:
        if row.lead_unit_id is not None:
            counts.setdefault(row.lead_unit_id, [row.lead_unit_display, 0, 0])[2] += 1
    return sorted(
        ((uid, name, overdue, soon) for uid, (name, overdue, soon) in counts.items()),
        key=lambda t: (-t[2], -t[3], t[1]),
    )


def reminder_batch(ctx: AppContext, today: date, due_soon_days: int = DUE_SOON_DAYS) -> list[Document]:
    """The slips of every unit to remind (see :func:`units_to_remind`), as documents, in that order."""
    return [
        reminder_slip(ctx, unit_id, today, due_soon_days)
        for unit_id, _name, _overdue, _soon in units_to_remind(ctx.board, today, due_soon_days)
    ]
