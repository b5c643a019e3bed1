"""A period's report or the batch of reminder slips written to a file — PDF, DOCX or XLSX — as the CLI's
``report`` command (and later the GUI's export) asks for it. No Qt.

* ``status``: the status report of the period (services/reports.py): as a document (PDF, DOCX), or as its
  figures for Excel — a sheet of counts per unit and a sheet of every task it covers.
* ``reminders``: one phiếu đôn đốc per unit with overdue tasks or tasks due within a week
  (services/reminders.py), all in one file; in Excel one sheet listing every slip's tasks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from secretary_app.domain.deadlines import DeadlineStatus
from secretary_app.domain.errors import RuleError
from secretary_app.domain.periods import Period
from secretary_app.domain.text import vn_date_short
from secretary_app.services.reminders import DUE_SOON_DAYS, reminder_batch, units_to_remind
from secretary_app.services.render import render_batch_to_file, render_to_file, write_tables
from secretary_app.services.reports import (
    SUMMARY_STATUSES,
    counts_by_unit,
    deadline_cell,
    period_rows,
    status_report,
)

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

SUFFIXES = (".pdf", ".docx", ".xlsx")


class ReportKind(StrEnum):
    STATUS = "status"
    REMINDERS = "reminders"


class NothingToRemind(RuleError):
    """No unit has an overdue task or one due soon: there is no slip to write (and no file is made)."""


@dataclass(frozen=True)
class Written:
    path: Path
    documents: int  # reports or slips in the file
    pages: int  # PDF pages (0 for DOCX and XLSX)


def write_report(
    ctx: AppContext, kind: ReportKind, period: Period, out: Path | str, today: date | None = None
) -> Written:
    """Write the report to ``out`` (by its suffix) atomically: a failure leaves no file."""
    out, today = Path(out), today or date.today()
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise RuleError(f"Tệp kết quả phải có đuôi .pdf, .docx hoặc .xlsx: {out}")
    if kind == ReportKind.STATUS:
        if suffix == ".xlsx":
            write_tables(_status_sheets(ctx, period, today), out)
            return Written(out, 1, 0)
        return Written(out, 1, render_to_file(status_report(ctx, period, today), out))
    slips = reminder_batch(ctx, today)
    if not slips:
        raise NothingToRemind(
            f"Đến ngày {vn_date_short(today)} không có đơn vị nào có nhiệm vụ quá hạn hoặc sắp đến hạn "
            f"(trong {DUE_SOON_DAYS} ngày): không có phiếu đôn đốc nào để in."
        )
    if suffix == ".xlsx":
        write_tables(_reminder_sheets(ctx, today), out)
        return Written(out, len(slips), 0)
    return Written(out, len(slips), render_batch_to_file(slips, out))


def _status_sheets(ctx: AppContext, period: Period, today: date) -> list[tuple]:
    rows = period_rows(ctx.board, period, today)
    statuses = [s for s in SUMMARY_STATUSES if any(r.status is s for r in rows)]
    summary = [
        [name, sum(counts.values())] + [counts[s] for s in statuses]
        for _short, name, counts in counts_by_unit(rows)
    ]
    detail = [
        [
            i,
            row.content,
            row.lead_unit_display,
            row.source_number,
            deadline_cell(row),
            row.status_label,
            vn_date_short(row.completed_on) if row.completed_on else "",
            row.result,
        ]
        for i, row in enumerate(rows, start=1)
    ]
    return [
        ("Tổng hợp", ["Đơn vị chủ trì", "Tổng số"] + [s.label for s in statuses], summary),
        (
            "Chi tiết",
            ["TT", "Kết luận, nhiệm vụ", "Đơn vị chủ trì", "Văn bản", "Thời hạn", "Tình hình",
             "Ngày hoàn thành", "Kết quả"],
            detail,
        ),
    ]  # fmt: skip


def _reminder_sheets(ctx: AppContext, today: date) -> list[tuple]:
    lines = []
    for unit_id, name, _overdue, _soon in units_to_remind(ctx.board, today):
        overdue = ctx.board.overdue(today, [unit_id])
        soon = ctx.board.due_within(DUE_SOON_DAYS, today, [unit_id])
        for row in overdue + soon:
            if row.deadline is None:  # (both lists hold dated tasks only)
                continue
            late = row.status is DeadlineStatus.OVERDUE
            days = (today - row.deadline).days if late else (row.deadline - today).days
            state = f"Quá hạn {days} ngày" if late else f"Còn {days} ngày"
            lines.append([name, row.content, row.source_number, deadline_cell(row), state])
    return [("Phiếu đôn đốc", ["Đơn vị", "Kết luận, nhiệm vụ", "Văn bản", "Thời hạn", "Tình trạng"], lines)]
