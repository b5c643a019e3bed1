"""The command line's doors to the directives and their reports (``secretary-app directives …`` and
``secretary-app report …``), for scripts and checks. cli.py wires them in.

Arguments are checked before the database is opened (a date, a period, an output type), and the services check
the rest before writing: any bad input exits 2 with a Vietnamese message and the database unchanged.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from secretary_app.domain.text import DateParseError, parse_vn_date

EXIT_OK, EXIT_BAD_INPUT = 0, 2

TEXTS = {
    "vi": {
        "directives": "theo dõi kết luận, nhiệm vụ: liệt kê, đánh dấu hoàn thành, gia hạn, hủy",
        "list": "liệt kê các nhiệm vụ (số thứ tự, trạng thái, thời hạn, hạn gia hạn, đơn vị chủ trì, "
        "văn bản)",
        "format": "định dạng: text (đọc trên màn hình), csv hoặc json",
        "open": "chỉ các nhiệm vụ đang theo dõi",
        "today": "ngày tính trạng thái, dạng 05/12/2026 (mặc định: hôm nay)",
        "id": "số thứ tự nhiệm vụ (như lệnh list hiện) hoặc mã UUID",
        "done": "đánh dấu một nhiệm vụ đã hoàn thành",
        "done_date": "ngày hoàn thành, dạng 05/12/2026 hoặc 2026-12-05 (mặc định: hôm nay)",
        "note": "kết quả thực hiện",
        "extend": "gia hạn một nhiệm vụ (thời hạn ban đầu được giữ lại)",
        "to": "thời hạn mới",
        "reason": "lý do",
        "by": "người cho phép gia hạn",
        "cancel": "hủy một nhiệm vụ (không xóa: vẫn còn trong danh sách và lịch sử)",
        "reopen": "mở lại một nhiệm vụ đã hoàn thành hoặc đã hủy",
        "report": "in báo cáo tình hình thực hiện kết luận của một kỳ, hoặc phiếu đôn đốc các đơn vị",
        "period": "kỳ báo cáo: 2026-Q4 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm); mặc định: quý hiện tại",
        "kind": "status: báo cáo tình hình; reminders: phiếu đôn đốc mỗi đơn vị có nhiệm vụ quá hạn, "
        "sắp đến hạn",
        "report_out": "tệp kết quả (.pdf, .docx hoặc .xlsx)",
        "bad_date": "“{value}” không phải ngày hợp lệ (dạng 05/12/2026 hoặc 2026-12-05)",
        "bad_suffix": "Tệp kết quả phải có đuôi .pdf, .docx hoặc .xlsx: {out}",
        "done_ok": "Đã đánh dấu hoàn thành nhiệm vụ {n}.",
        "extend_ok": "Đã gia hạn nhiệm vụ {n} đến {to} (hạn ban đầu {first}).",
        "cancel_ok": "Đã hủy nhiệm vụ {n}.",
        "reopen_ok": "Đã mở lại nhiệm vụ {n}.",
        "report_ok": "Đã tạo {out} ({docs} văn bản{pages}).",
        "pages": ", {n} trang",
        "none": "Không có nhiệm vụ nào.",
    },
    "en": {
        "directives": "follow up directives: list, tick off, extend, cancel",
        "list": "list the tasks (number, status, deadline, extended deadline, lead unit, source document)",
        "format": "output format: text (for reading), csv or json",
        "open": "only the tasks still followed up",
        "today": "the day statuses are computed for, as 05/12/2026 (default: today)",
        "id": "the task's number (as list shows it) or its UUID",
        "done": "mark a task done",
        "done_date": "day it was done, as 05/12/2026 or 2026-12-05 (default: today)",
        "note": "the result",
        "extend": "extend a task's deadline (the first deadline is kept)",
        "to": "the new deadline",
        "reason": "the reason",
        "by": "who allowed the extension",
        "cancel": "cancel a task (nothing is deleted: it stays listed with its history)",
        "reopen": "reopen a done or cancelled task",
        "report": "print a period's status report on the directives, or the reminder slips of the units",
        "period": "the period: 2026-Q4 (quarter), 2026-H1 (half-year) or 2026 (year); default: this quarter",
        "kind": "status: the status report; reminders: a slip per unit with overdue or due-soon tasks",
        "report_out": "output file (.pdf, .docx or .xlsx)",
        "bad_date": "“{value}” is not a valid date (05/12/2026 or 2026-12-05)",
        "bad_suffix": "The output file must end in .pdf, .docx or .xlsx: {out}",
        "done_ok": "Task {n} marked done.",
        "extend_ok": "Task {n} extended to {to} (first deadline {first}).",
        "cancel_ok": "Task {n} cancelled.",
        "reopen_ok": "Task {n} reopened.",
        "report_ok": "Wrote {out} ({docs} documents{pages}).",
        "pages": ", {n} pages",
        "none": "No tasks.",
    },
}

LIST_FIELDS = [
    "number",
    "uuid",
    "status",
    "status_label",
    "deadline",
    "extended_deadline",
    "deadline_text",
    "ongoing",
    "lead_unit",
    "source",
    "completed_on",
    "content",
]


def _date_type(t: dict) -> Callable[[str], date]:
    def parse(value: str) -> date:
        try:
            return parse_vn_date(value)
        except DateParseError:
            raise argparse.ArgumentTypeError(t["bad_date"].format(value=value)) from None

    return parse


def _period_type(value: str):
    from secretary_app.domain.periods import Period, PeriodError

    try:
        return Period.parse(value)
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


COMMANDS = ("directives", "report")


def add_parsers(sub, t_main: dict, lang: str, localise, db_option=None) -> None:
    """Add ``directives`` (list, done, extend, cancel, reopen) and ``report`` to the subcommands
    (``db_option`` lets ``--db FILE`` follow a subcommand too, as cli.py does for its own)."""
    t = TEXTS[lang]
    day = _date_type(t)

    def command(parent, name: str, help_key: str):
        parser = localise(
            parent.add_parser(name, help=t[help_key], description=t[help_key], add_help=False), t_main
        )
        if db_option is not None:
            db_option(parser)
        return parser

    directives = command(sub, "directives", "directives")
    actions = directives.add_subparsers(
        dest="action", metavar="{list,done,extend,cancel,reopen}", required=True
    )
    listing = command(actions, "list", "list")
    listing.add_argument("--format", choices=["text", "csv", "json"], default="text", help=t["format"])
    listing.add_argument("--open", action="store_true", help=t["open"])
    listing.add_argument("--today", type=day, metavar="DATE", help=t["today"])
    done = command(actions, "done", "done")
    done.add_argument("id", metavar="ID", help=t["id"])
    done.add_argument("--date", type=day, metavar="DATE", help=t["done_date"])
    done.add_argument("--note", default="", metavar="TEXT", help=t["note"])
    extend = command(actions, "extend", "extend")
    extend.add_argument("id", metavar="ID", help=t["id"])
    extend.add_argument("--to", type=day, required=True, metavar="DATE", help=t["to"])
    extend.add_argument("--reason", required=True, metavar="TEXT", help=t["reason"])
    extend.add_argument("--by", default="", metavar="NAME", help=t["by"])
    for name in ("cancel", "reopen"):
        action = command(actions, name, name)
        action.add_argument("id", metavar="ID", help=t["id"])
        action.add_argument("--reason", required=True, metavar="TEXT", help=t["reason"])

    report = command(sub, "report", "report")
    report.add_argument("--period", type=_period_type, metavar="PERIOD", help=t["period"])
    report.add_argument("--kind", choices=["status", "reminders"], default="status", help=t["kind"])
    report.add_argument("--today", type=day, metavar="DATE", help=t["today"])
    report.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help=t["report_out"])


def check_before_opening(args: argparse.Namespace, lang: str) -> str | None:
    """A problem found in the arguments alone (the database is then not even opened), or None."""
    if args.command == "report" and args.output.suffix.lower() not in (".pdf", ".docx", ".xlsx"):
        return TEXTS[lang]["bad_suffix"].format(out=args.output)
    return None


def run(ctx, args: argparse.Namespace, lang: str) -> int:
    """Carry out ``directives …`` or ``report …`` on the open context."""
    from secretary_app.domain.errors import NotFoundError, RuleError, StorageError
    from secretary_app.domain.validation import ValidationError

    t = TEXTS[lang]
    try:
        if args.command == "report":
            return _report(ctx, args, t)
        if args.action == "list":
            return _list(ctx, args, t)
        return _act(ctx, args, t)
    except NotFoundError as exc:
        print(exc.args[0] if exc.args else str(exc), file=sys.stderr)
    except (RuleError, StorageError) as exc:
        print(exc.message, file=sys.stderr)
    except ValidationError as exc:
        print(*(e.message for e in exc.errors), sep="\n", file=sys.stderr)
    except BrokenPipeError:  # "… list | head": the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    return EXIT_BAD_INPUT


def _act(ctx, args: argparse.Namespace, t: dict) -> int:
    from secretary_app.domain.text import vn_date_short
    from secretary_app.services import follow_up

    directive_id = ctx.directives.resolve(args.id)
    n = f"#{directive_id}"
    if args.action == "done":
        today = date.today()
        follow_up.tick_off(ctx, [directive_id], args.date or today, args.note, today=today)
        print(t["done_ok"].format(n=n))
    elif args.action == "extend":
        extended = ctx.directives.extend(directive_id, args.to, args.reason, args.by)
        first = vn_date_short(extended.original_deadline)
        print(t["extend_ok"].format(n=n, to=vn_date_short(args.to), first=first))
    elif args.action == "cancel":
        ctx.directives.cancel(directive_id, args.reason)
        print(t["cancel_ok"].format(n=n))
    else:
        ctx.directives.reopen(directive_id, args.reason)
        print(t["reopen_ok"].format(n=n))
    return EXIT_OK


def list_records(ctx, today: date, open_only: bool = False) -> list[dict]:
    """Every task as the ``list`` command prints it (LIST_FIELDS; dates ISO, None when absent)."""
    from secretary_app.domain.deadlines import OPEN_STATUSES
    from secretary_app.services.directives_board import BoardFilter, BoardOrder

    filters = BoardFilter(statuses=OPEN_STATUSES if open_only else None, order=BoardOrder.SOURCE)
    records = []
    for row in sorted(ctx.board.rows(filters, today), key=lambda r: r.id):
        first = row.original_deadline or row.deadline
        records.append(
            {
                "number": row.id,
                "uuid": row.uuid,
                "status": str(row.status),
                "status_label": row.status_label,
                "deadline": first.isoformat() if first else None,
                "extended_deadline": row.deadline.isoformat()
                if row.original_deadline and row.deadline
                else None,
                "deadline_text": row.deadline_text,
                "ongoing": row.ongoing,
                "lead_unit": row.lead_unit_name,
                "source": row.source_number,
                "completed_on": row.completed_on.isoformat() if row.completed_on else None,
                "content": row.content,
            }
        )
    return records


def _list(ctx, args: argparse.Namespace, t: dict) -> int:
    records = list_records(ctx, args.today or date.today(), args.open)
    if args.format == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=LIST_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    elif not records:
        print(t["none"])
    else:
        for r in records:
            deadline = r["deadline"] or ("Thường xuyên" if r["ongoing"] else r["deadline_text"] or "—")
            if r["extended_deadline"]:
                deadline += f" → {r['extended_deadline']}"
            words = r["content"] if len(r["content"]) <= 70 else r["content"][:69] + "…"
            print(f"#{r['number']:<6} {r['status_label']:<34} {deadline:<24} {r['lead_unit'] or '—':<28} "
                  f"{r['source'] or '—':<12} {words}")  # fmt: skip
    return EXIT_OK


def _report(ctx, args: argparse.Namespace, t: dict) -> int:
    from secretary_app.domain.periods import current_period
    from secretary_app.fileio import check_output_path
    from secretary_app.services.report_files import NothingToRemind, ReportKind, write_report

    today = args.today or date.today()
    check_output_path(args.output)
    try:
        written = write_report(
            ctx, ReportKind(args.kind), args.period or current_period(today), args.output, today
        )
    except NothingToRemind as exc:
        print(exc.message)
        return EXIT_OK
    pages = t["pages"].format(n=written.pages) if written.pages else ""
    print(t["report_ok"].format(out=written.path, docs=written.documents, pages=pages))
    return EXIT_OK
