"""Status reports and reminder slips of the directive board. No Qt.

Every function returns plain data: a document dict (the model of DESIGN.md, rendered by ``rendering``) or
rows, so the GUI prints them through gui/shared/printing.py and the CLI could as well.

**Which directives a period's report covers.** A quarterly report answers "what were we to do, and where do we
stand", and a reader expects to find every task of the quarter in it: (1) every directive whose deadline
falls in the period; (2) every directive assigned in it (its notice's date), also when it is due later (a
task of November due in January); (3) every directive assigned before the period's end and still open at
the report date (carried over: overdue, standing duties "thường xuyên", no date yet, or due later). The
report says so in a legend with the count of each part (:func:`coverage`). Statuses are computed as of the
report date (``today``); an extended directive shows its deadline in force and the first one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from secretary_app.domain.deadlines import DONE_STATUSES, OPEN_STATUSES, STATUS_COLOURS, DeadlineStatus
from secretary_app.domain.document import Document, issuer_from_profile, issuer_to_dict
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.models import DocumentKind, OrganisationProfile
from secretary_app.domain.numbering import TYPE_CODES
from secretary_app.domain.periods import Period, current_period  # noqa: F401  (callers import them from here)
from secretary_app.domain.text import vn_date_short
from secretary_app.services.directives_board import (
    NO_LEAD_UNIT,
    BoardFilter,
    BoardRow,
    BoardService,
)

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext


# Columns of the detail table (the unit is the section the table stands under).
DETAIL_COLUMNS = ["TT", "Kết luận, nhiệm vụ", "Văn bản", "Thời hạn", "Tình hình thực hiện", "Kết quả"]
DETAIL_WIDTHS = [0.7, 3.8, 1.7, 1.6, 1.5, 1.7]
# The summary table per unit: the statuses as columns, in the order of DeadlineStatus.
SUMMARY_STATUSES = [s for s in DeadlineStatus]


# -- periods ------------------------------------------------------------------------------------------------


def period_rows(
    board: BoardService, period: Period, today: date, lead_unit_ids: Iterable[int] | None = None
) -> list[BoardRow]:
    """The directives a report for ``period`` covers (see the module docstring), by unit, then as listed.

    Three indexed queries (due in the period; assigned in it; still open), not a scan of every directive.
    """
    units = None if lead_unit_ids is None else frozenset(lead_unit_ids)
    due = board.rows(
        BoardFilter(lead_unit_ids=units, deadline_from=period.start, deadline_to=period.end), today
    )
    assigned = board.rows(
        BoardFilter(lead_unit_ids=units, assigned_from=period.start, assigned_to=period.end), today
    )
    carried = board.rows(
        BoardFilter(statuses=OPEN_STATUSES, lead_unit_ids=units, assigned_to=period.end), today
    )
    # A task split, merged or replaced lives on in the tasks that took it over: counting it as "đã hủy"
    # beside them would report one task cancelled that was not (and one task too many).
    cancelled = {row.id for row in due + assigned if row.status == DeadlineStatus.CANCELLED}
    seen: set[int] = board.superseded(cancelled) if cancelled else set()
    rows = []
    for row in due + assigned + carried:
        if row.id not in seen:
            seen.add(row.id)
            rows.append(row)
    rows.sort(key=lambda r: (_unit_key(r), r.deadline or date.max, r.order, r.id))
    return rows


def coverage(rows: Iterable[BoardRow], period: Period) -> tuple[int, int, int]:
    """(due in the period, assigned in it and due later or undated, carried over from before): each row
    counted once, in that order of precedence."""
    due = assigned = carried = 0
    for row in rows:
        if row.deadline is not None and period.start <= row.deadline <= period.end:
            due += 1
        elif row.assigned_on is not None and period.start <= row.assigned_on <= period.end:
            assigned += 1
        else:
            carried += 1
    return due, assigned, carried


def legend(rows: Sequence[BoardRow], period: Period, today: date) -> str:
    """The paragraph that tells the reader what the report covers."""
    due, assigned, carried = coverage(rows, period)
    return (
        f"Phạm vi báo cáo: các kết luận, nhiệm vụ có thời hạn trong kỳ ({_n(due)}); các nhiệm vụ được giao "
        f"trong kỳ nhưng có thời hạn sau kỳ hoặc chưa xác định thời hạn ({_n(assigned)}); các nhiệm vụ giao "
        f"từ trước, đến ngày báo cáo chưa hoàn thành, kể cả nhiệm vụ thường xuyên ({_n(carried)}). Tình hình "
        f"thực hiện tính đến ngày {vn_date_short(today)}; nhiệm vụ được gia hạn ghi thời hạn đã gia hạn, "
        "kèm thời hạn ban đầu."
    )


def deadline_cell(row: BoardRow) -> str:
    """The deadline as a report prints it: the one in force, and the first one when it was extended."""
    text = row.deadline_display or "—"
    if row.original_deadline is not None:
        text += f" (gia hạn; hạn ban đầu {vn_date_short(row.original_deadline)})"
    return text


def _unit_key(row: BoardRow) -> tuple:
    # Undelegated items last; numbers in names in numeric order ("khu vực 2" before "khu vực 10").
    natural = [
        int(part) if part.isdigit() else part for part in re.split(r"(\d+)", row.lead_unit_name.casefold())
    ]
    return (row.lead_unit_id is None, natural)


def _n(value: int) -> str:
    """A count as Vietnamese print writes it: 6.867."""
    return f"{value:,}".replace(",", ".")


def unit_label(row: BoardRow) -> str:
    return row.lead_unit_short or row.lead_unit_name or "Chưa giao"


def count_statuses(rows: Iterable[BoardRow]) -> dict[DeadlineStatus, int]:
    counts = dict.fromkeys(DeadlineStatus, 0)
    for row in rows:
        counts[row.status] += 1
    return counts


def counts_by_unit(rows: Sequence[BoardRow]) -> list[tuple[str, str, dict[DeadlineStatus, int]]]:
    """(short label, full name, counts per status) per lead unit, in the order of ``rows``."""
    groups: dict[int | None, list[BoardRow]] = {}
    for row in rows:
        groups.setdefault(row.lead_unit_id, []).append(row)
    return [
        (unit_label(unit_rows[0]), unit_rows[0].lead_unit_display, count_statuses(unit_rows))
        for unit_rows in groups.values()
    ]


# -- document dicts -----------------------------------------------------------------------------------------


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") + "%" if whole else "0%"


def _frame(profile: OrganisationProfile | None, today: date) -> dict:
    """What every paper of this module shares: issuer, place, date, standard; internal, so unnumbered."""
    return {
        "standard": str(profile.standard) if profile else "party",
        "issuer": issuer_to_dict(issuer_from_profile(profile)),
        "unnumbered": True,  # a status report or reminder is an internal paper: no "Số …" line
        "place": profile.place if profile and profile.place else "Hà Nội",
        "date": today.isoformat(),
        "marks": {"secrecy": None, "urgency": None},
    }


def _signature(profile: OrganisationProfile | None, fallback_position: str) -> dict:
    if profile and profile.signers:
        signer = profile.signers[0]
        return {"authority": signer.authority, "position": signer.position, "name": signer.name}
    # Signed by hand: the dotted line is where the name goes.
    return {"position": fallback_position, "name": "……………………………"}


def _office(profile: OrganisationProfile | None) -> str:
    return f"Lưu {profile.office_name}" if profile and profile.office_name else "Lưu văn phòng"


def chart_block(rows: Sequence[BoardRow], caption: str) -> dict:
    """A stacked bar chart of the statuses per lead unit (statuses nobody has are left out of the legend)."""
    per_unit = counts_by_unit(rows)
    statuses = [
        s for s in SUMMARY_STATUSES if s != DeadlineStatus.CANCELLED and any(c[s] for _, _, c in per_unit)
    ]
    return {
        "type": "chart",
        "text": caption,
        "stacked": True,
        "categories": [label for label, _, _ in per_unit],
        "series": [
            {"name": s.label, "values": [c[s] for _, _, c in per_unit], "color": STATUS_COLOURS[s]}
            for s in statuses
        ],
    }


def _detail_rows(rows: Sequence[BoardRow]) -> list[list[str]]:
    return [
        [
            str(i),
            row.content,
            row.source_number or "—",
            deadline_cell(row),
            row.status_label,
            _result_text(row),
        ]
        for i, row in enumerate(rows, start=1)
    ]


def _result_text(row: BoardRow) -> str:
    if row.completed_on is not None:
        done = f"Hoàn thành ngày {vn_date_short(row.completed_on)}"
        return f"{done}. {row.result}" if row.result else done
    return row.result


def status_report(ctx: AppContext, period: Period, today: date, lead_unit_id: int | None = None) -> Document:
    """The status report (báo cáo tình hình thực hiện kết luận) for ``period``, overall or for one unit."""
    profile = ctx.organisation.get()
    rows = period_rows(ctx.board, period, today, None if lead_unit_id is None else [lead_unit_id])
    counts = count_statuses(rows)
    total = len(rows)
    done = sum(counts[s] for s in DONE_STATUSES)
    unit_name = rows[0].lead_unit_display if lead_unit_id is not None and rows else ""
    if lead_unit_id is not None and not rows:
        unit_name = next((u.name for u in ctx.units.list_units() if u.id == lead_unit_id), "")
    scope = f" của {unit_name}" if unit_name else ""

    body: list[dict] = [
        {
            "type": "paragraph",
            "text": (
                "Thực hiện chế độ báo cáo, Văn phòng tổng hợp tình hình thực hiện các kết luận, nhiệm "
                f"vụ{scope} "
                f"{period.label} (từ ngày {vn_date_short(period.start)} đến ngày "
                f"{vn_date_short(period.end)}), "
                f"số liệu tính đến ngày {vn_date_short(today)}, như sau:"
            ),
        },
        {"type": "paragraph", "text": legend(rows, period, today)},
        {"type": "section", "number": "I-", "text": "TÌNH HÌNH CHUNG"},
        {
            "type": "paragraph",
            "text": (
                f"Tổng số kết luận, nhiệm vụ theo dõi trong kỳ: {_n(total)}; đã hoàn thành {_n(done)} "
                f"({_percent(done, total)}), trong đó:"
                if total
                else "Trong kỳ báo cáo không có kết luận, nhiệm vụ nào phải theo dõi."
            ),
        },
    ]
    body += [
        {"type": "item", "text": f"{status.label}: {_n(counts[status])} ({_percent(counts[status], total)})"}
        for status in SUMMARY_STATUSES
        if counts[status]
    ]
    if rows:
        per_unit = counts_by_unit(rows)
        statuses = [s for s in SUMMARY_STATUSES if counts[s]]
        summary_rows = [[name, _n(sum(c.values()))] + [_n(c[s]) for s in statuses] for _, name, c in per_unit]
        if len(per_unit) > 1:
            summary_rows.append(["Tổng cộng", _n(total)] + [_n(counts[s]) for s in statuses])
        body.append(
            {
                "type": "table",
                "columns": ["Đơn vị chủ trì", "Tổng số"] + [s.label for s in statuses],
                "rows": summary_rows,
                "widths": [2.4, 0.9] + [1.1] * len(statuses),
            }
        )
        body.append(chart_block(rows, "Biểu đồ tình hình thực hiện theo đơn vị chủ trì"))
        body.append({"type": "section", "number": "II-", "text": "CHI TIẾT THEO ĐƠN VỊ CHỦ TRÌ"})
        groups: dict[int | None, list[BoardRow]] = {}
        for row in rows:
            groups.setdefault(row.lead_unit_id, []).append(row)
        for number, unit_rows in enumerate(groups.values(), start=1):
            unit_counts = count_statuses(unit_rows)
            overdue = unit_counts[DeadlineStatus.OVERDUE]
            body.append({"type": "heading", "text": f"{number}. {unit_rows[0].lead_unit_display}"})
            body.append(
                {
                    "type": "paragraph",
                    "text": f"Số kết luận, nhiệm vụ: {_n(len(unit_rows))}; đã hoàn thành "
                    f"{_n(sum(unit_counts[s] for s in DONE_STATUSES))}; quá hạn chưa hoàn thành "
                    f"{_n(overdue)}.",
                }
            )
            body.append(
                {
                    "type": "table",
                    "columns": DETAIL_COLUMNS,
                    "rows": _detail_rows(unit_rows),
                    "widths": DETAIL_WIDTHS,
                }
            )
        body.append({"type": "section", "number": "III-", "text": "ĐỀ XUẤT"})
    overdue_units = sorted({r.lead_unit_display for r in rows if r.status == DeadlineStatus.OVERDUE})
    body.append(
        {
            "type": "paragraph",
            "text": (
                "Đề nghị các đơn vị "
                + ", ".join(overdue_units)
                + " khẩn trương hoàn thành các nhiệm vụ đã quá hạn "
                "và báo cáo kết quả về Văn phòng./."
                if overdue_units
                else "Đề nghị các đơn vị tiếp tục thực hiện các nhiệm vụ được giao và báo cáo kết quả đúng "
                "hạn./."
            ),
        }
    )
    return document_from_dict(
        {  # the JSON form, for reading; parsed (validated, cleaned) once here
            **_frame(profile, today),
            "kind": "report",
            # A báo cáo sent to the standing committee is numbered like the others ("Số …-BC/ĐU", the number
            # written in when it is registered); only the reminder slips stay internal and unnumbered.
            "unnumbered": False,
            "type_code": TYPE_CODES[DocumentKind.REPORT],
            "title": "BÁO CÁO",
            "subject": f"Tình hình thực hiện các kết luận, nhiệm vụ{scope} {period.label}",
            "body": body,
            "signature": _signature(profile, "VĂN PHÒNG"),
            "recipients": ["Thường trực cấp ủy (để b/c)", _office(profile)],
            "meta": {
                "report": "status",
                "period": [period.start.isoformat(), period.end.isoformat()],
                "lead_unit_id": lead_unit_id,
                "rows": total,
            },
        }
    )


def reminder_slip(ctx: AppContext, lead_unit_id: int, today: date, due_soon_days: int = 0) -> Document:
    """Phiếu đôn đốc: the overdue directives of one unit, longest overdue first, for it to act on and
    answer; with ``due_soon_days``, also those due within that many days (nearest first), in a table of
    their own."""
    profile = ctx.organisation.get()
    rows = ctx.board.overdue(today, [lead_unit_id])
    soon = ctx.board.due_within(due_soon_days, today, [lead_unit_id]) if due_soon_days > 0 else []
    unit_name = next(
        (r.lead_unit_display for r in rows + soon),
        next((u.name for u in ctx.units.list_units() if u.id == lead_unit_id), NO_LEAD_UNIT),
    )
    day = vn_date_short(today)
    if rows:
        opening = (
            f"Tính đến ngày {day}, {unit_name} còn {len(rows)} kết luận, nhiệm vụ đã quá hạn nhưng chưa "
            "báo cáo hoàn thành, cụ thể như sau:"
        )
    else:
        opening = f"Tính đến ngày {day}, {unit_name} không có kết luận, nhiệm vụ nào quá hạn."
    body: list[dict] = [{"type": "paragraph", "text": opening}]
    if rows:
        body.append(
            {
                "type": "table",
                "columns": ["TT", "Kết luận, nhiệm vụ", "Văn bản", "Thời hạn", "Số ngày quá hạn"],
                "rows": [
                    [
                        str(i),
                        r.content,
                        r.source_number or "—",
                        deadline_cell(r),
                        str((today - r.deadline).days),
                    ]
                    for i, r in enumerate(rows, start=1)
                    if r.deadline is not None
                ],
                "widths": [0.7, 4.6, 1.7, 1.6, 1.3],
            }
        )
    if soon:
        body.append(
            {
                "type": "paragraph",
                "text": f"Các kết luận, nhiệm vụ sắp đến hạn (trong {due_soon_days} ngày tới):",
            }
        )
        body.append(
            {
                "type": "table",
                "columns": ["TT", "Kết luận, nhiệm vụ", "Văn bản", "Thời hạn", "Số ngày còn lại"],
                "rows": [
                    [
                        str(i),
                        r.content,
                        r.source_number or "—",
                        deadline_cell(r),
                        str((r.deadline - today).days),
                    ]
                    for i, r in enumerate(soon, start=1)
                    if r.deadline is not None
                ],
                "widths": [0.7, 4.6, 1.7, 1.6, 1.3],
            }
        )
    if rows or soon:
        body.append(
            {
                "type": "paragraph",
                "text": "Đề nghị đơn vị khẩn trương thực hiện và báo cáo kết quả (kèm văn bản, tài liệu liên "
                "quan) "
                "về Văn phòng; trường hợp chưa thể hoàn thành, nêu rõ lý do và đề xuất thời hạn mới./.",
            }
        )
    subject = "Thực hiện các kết luận, nhiệm vụ " + (
        "quá hạn và sắp đến hạn" if soon and rows else "sắp đến hạn" if soon else "đã quá hạn"
    )
    return document_from_dict(
        {
            **_frame(profile, today),
            "kind": "notice",
            "type_code": TYPE_CODES["reminder_slip"],
            "title": "PHIẾU ĐÔN ĐỐC",
            "subject": subject,
            "addressees": [unit_name],
            "body": body,
            "signature": _signature(profile, "VĂN PHÒNG"),
            "recipients": [unit_name, _office(profile)],
            "meta": {
                "report": "reminder",
                "lead_unit_id": lead_unit_id,
                "rows": len(rows),
                "due_soon": len(soon),
            },
        }
    )


def units_with_overdue(board: BoardService, today: date) -> list[tuple[int, str, int]]:
    """(unit id, name, overdue count) of every unit with overdue items — whom a reminder slip goes to."""
    counts: dict[int, list] = {}
    for row in board.overdue(today):
        if row.lead_unit_id is not None:
            counts.setdefault(row.lead_unit_id, [row.lead_unit_display, 0])[1] += 1
    return sorted(((uid, name, n) for uid, (name, n) in counts.items()), key=lambda t: (-t[2], t[1]))
