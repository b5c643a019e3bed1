"""The ``incoming`` subcommands (sổ văn bản đến) and ``signed-scan``.

``incoming add FILE`` registers a received file: the fields read from it (services/incoming_extraction.py) are
the defaults, options given win; ``--extract-tasks`` also turns every task read from it into a tracked
directive linked to it (the GUI's confirm step is where a secretary edits them one by one). ``incoming list``
prints the register (text, CSV or JSON), ``incoming book -o`` writes it as the paper book (.pdf/.docx) or
.xlsx, ``incoming report`` drafts the report back. Bad input: exit 2, nothing written, a Vietnamese message.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import date
from pathlib import Path

from secretary_app.domain.errors import NotFoundError, RuleError, StorageError
from secretary_app.domain.incoming import SECRECY_MARKS, URGENCY_MARKS
from secretary_app.domain.text import DateParseError, parse_vn_date
from secretary_app.domain.validation import ValidationError

EXIT_OK, EXIT_BAD_INPUT = 0, 2
COMMANDS = ("incoming", "signed-scan")

TEXTS = {
    "vi": {
        "incoming": "sổ văn bản đến: vào sổ văn bản nhận được, liệt kê, in sổ, soạn báo cáo kết quả",
        "add": "vào sổ một văn bản đến (tệp PDF, DOCX hoặc ảnh quét)",
        "add_in": "tệp văn bản đến",
        "extract": "theo dõi luôn các nhiệm vụ đọc được trong văn bản",
        "sender": "cơ quan ban hành (tác giả)",
        "symbol": "số, ký hiệu, ví dụ 445-KL/TU",
        "doc_date": "ngày của văn bản (ngày/tháng/năm)",
        "received": "ngày đến (mặc định: hôm nay)",
        "type": "tên loại, ví dụ Kết luận",
        "summary": "trích yếu nội dung",
        "urgency": "độ khẩn: Khẩn, Thượng khẩn, Hỏa tốc",
        "secrecy": "độ mật: Mật, Tối mật, Tuyệt mật",
        "deadline": "hạn giải quyết (ngày/tháng/năm)",
        "handler": "đơn vị hoặc người nhận xử lý",
        "list": "liệt kê sổ văn bản đến",
        "year": "chỉ năm này",
        "format": "định dạng: text, csv hoặc json",
        "book": "in sổ đăng ký văn bản đến ra tệp .pdf, .docx hoặc .xlsx",
        "book_out": "tệp sẽ tạo",
        "report": "soạn dự thảo báo cáo kết quả thực hiện gửi cơ quan đã ban hành văn bản đến",
        "ref": "số đến (12/2026, hoặc 12 của năm nay) hoặc số ký hiệu",
        "signed": "lưu bản có chữ ký, đóng dấu (bản quét) của một văn bản đã ban hành",
        "signed_id": "mã số văn bản đi (như trong danh sách văn bản)",
        "signed_in": "tệp bản quét (PDF hoặc ảnh)",
        "added": "Đã vào sổ văn bản đến số {number}/{year}: {symbol} — {summary}",
        "tasks": "Đã theo dõi {n} nhiệm vụ từ văn bản này.",
        "read_note": "Lưu ý: {note}",
        "bad_date": "{option}: {message}",
        "bad_mark": "{option}: “{value}” không có; chọn một trong: {choices}.",
        "written": "Đã ghi {out}.",
        "exists": "Tệp {out} đã tồn tại; chọn tên khác để không ghi đè.",
        "drafted": "Đã soạn dự thảo báo cáo (văn bản số {id}): {subject}",
        "scanned": "Đã lưu bản có chữ ký của văn bản số {id}: {name} (SHA-256 {sha}).",
        "none": "Chưa có văn bản đến nào.",
    },
    "en": {
        "incoming": "incoming register: register received documents, list, print the book, draft the report",
        "add": "register a received document (a PDF, DOCX or scanned image file)",
        "add_in": "the received file",
        "extract": "also track every task read from the document",
        "sender": "issuing body (author)",
        "symbol": "number and symbol, e.g. 445-KL/TU",
        "doc_date": "the document's date (day/month/year)",
        "received": "date received (default: today)",
        "type": "document type, e.g. Kết luận",
        "summary": "summary (trích yếu)",
        "urgency": "urgency: Khẩn, Thượng khẩn, Hỏa tốc",
        "secrecy": "secrecy: Mật, Tối mật, Tuyệt mật",
        "deadline": "handling deadline (day/month/year)",
        "handler": "unit or person handling it",
        "list": "list the incoming register",
        "year": "only this year",
        "format": "format: text, csv or json",
        "book": "write the incoming register book to a .pdf, .docx or .xlsx file",
        "book_out": "file to create",
        "report": "draft the report back (báo cáo kết quả thực hiện) to the document's sender",
        "ref": "incoming number (12/2026, or 12 of this year) or the symbol",
        "signed": "keep the signed and stamped scan of an issued document",
        "signed_id": "the outgoing document's id (as the document list shows it)",
        "signed_in": "the scan (PDF or image)",
        "added": "Registered incoming document {number}/{year}: {symbol} — {summary}",
        "tasks": "Tracking {n} tasks from this document.",
        "read_note": "Note: {note}",
        "bad_date": "{option}: {message}",
        "bad_mark": "{option}: “{value}” is not a mark; choose one of: {choices}.",
        "written": "Wrote {out}.",
        "exists": "{out} exists already; choose another name so nothing is overwritten.",
        "drafted": "Drafted the report (document {id}): {subject}",
        "scanned": "Kept the signed scan of document {id}: {name} (SHA-256 {sha}).",
        "none": "No incoming documents yet.",
    },
}
_FIELDS = ("id", "year", "number", "received_on", "sender", "symbol", "doc_date", "type_name", "summary",
           "urgency", "secrecy", "handling_deadline", "handler", "handled_on", "tasks", "uuid")  # fmt: skip


def add_parsers(sub, t: dict, lang: str, localise, db_option) -> None:
    r = TEXTS[lang]

    def leaf(parent, name: str, key: str):
        parser = localise(parent.add_parser(name, help=r[key], description=r[key], add_help=False), t)
        db_option(parser)
        return parser

    parser = leaf(sub, "incoming", "incoming")
    actions = parser.add_subparsers(dest="action", metavar="{add,list,book,report}", required=True)
    add = leaf(actions, "add", "add")
    add.add_argument("file", type=Path, metavar="FILE", help=r["add_in"])
    add.add_argument("--extract-tasks", action="store_true", help=r["extract"])
    for option, key in (("--sender", "sender"), ("--symbol", "symbol"), ("--type", "type"),
                        ("--summary", "summary"), ("--handler", "handler")):  # fmt: skip
        add.add_argument(option, help=r[key])
    for option, key in (("--date", "doc_date"), ("--received", "received"), ("--deadline", "deadline")):
        add.add_argument(option, metavar="DD/MM/YYYY", help=r[key])
    add.add_argument("--urgency", default="", help=r["urgency"])
    add.add_argument("--secrecy", default="", help=r["secrecy"])
    add.add_argument("--format", choices=["text", "json"], default="text", help=r["format"])
    listing = leaf(actions, "list", "list")
    listing.add_argument("--year", type=int, help=r["year"])
    listing.add_argument("--format", choices=["text", "csv", "json"], default="text", help=r["format"])
    book = leaf(actions, "book", "book")
    book.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help=r["book_out"])
    book.add_argument("--year", type=int, help=r["year"])
    report = leaf(actions, "report", "report")
    report.add_argument("ref", metavar="REF", help=r["ref"])
    signed = leaf(sub, "signed-scan", "signed")
    signed.add_argument("document_id", type=int, metavar="ID", help=r["signed_id"])
    signed.add_argument("file", type=Path, metavar="FILE", help=r["signed_in"])


class _BadInput(Exception):
    pass


def _date(value: str | None, option: str, r: dict) -> date | None:
    if value is None:
        return None
    try:
        return parse_vn_date(value)
    except DateParseError as exc:
        raise _BadInput(r["bad_date"].format(option=option, message=exc.message)) from None


def _mark(value: str, option: str, marks: tuple[str, ...], r: dict) -> str:
    from secretary_app.domain.text import fold

    found = next((mark for mark in marks if fold(mark) == fold(value)), None)
    if found is None:
        raise _BadInput(r["bad_mark"].format(option=option, value=value, choices=", ".join(marks[1:])))
    return found


def run(ctx, args: argparse.Namespace, lang: str) -> int:
    r = TEXTS[lang]
    try:
        if args.command == "signed-scan":
            stored = ctx.files.attach_signed_scan(args.document_id, args.file)
            print(r["scanned"].format(id=args.document_id, name=stored.file_name, sha=stored.sha256))
            return EXIT_OK
        if args.action == "add":
            return _add(ctx, args, r)
        if args.action == "list":
            return _list(ctx, args)
        if args.action == "book":
            return _book(ctx, args, r)
        report = ctx.incoming.draft_report(ctx.incoming.resolve(args.ref))
        print(r["drafted"].format(id=report.id, subject=report.subject))
        return EXIT_OK
    except _BadInput as exc:
        print(str(exc), file=sys.stderr)
    except ValidationError as exc:
        print("\n".join(e.message for e in exc.errors), file=sys.stderr)
    except (RuleError, StorageError) as exc:
        print(exc.message, file=sys.stderr)
    except NotFoundError as exc:
        print(str(exc), file=sys.stderr)
    return EXIT_BAD_INPUT


def _add(ctx, args: argparse.Namespace, r: dict) -> int:
    received = _date(args.received, "--received", r) or date.today()
    doc_date, deadline = _date(args.date, "--date", r), _date(args.deadline, "--deadline", r)
    urgency = _mark(args.urgency, "--urgency", URGENCY_MARKS, r)
    secrecy = _mark(args.secrecy, "--secrecy", SECRECY_MARKS, r)
    from secretary_app.services.stored_files import read_file

    data = read_file(args.file)  # refused before anything is read from it or written
    proposal = ctx.incoming.propose(args.file, received)
    doc = proposal.document
    for name, value in (("sender", args.sender), ("symbol", args.symbol), ("type_name", args.type),
                        ("summary", args.summary), ("handler", args.handler)):  # fmt: skip
        if value is not None:
            setattr(doc, name, value)
    doc.doc_date = doc_date or doc.doc_date
    doc.handling_deadline, doc.urgency, doc.secrecy = deadline, urgency, secrecy
    if proposal.note:
        print(r["read_note"].format(note=proposal.note), file=sys.stderr)
    tasks = proposal.tasks if args.extract_tasks else []
    doc = ctx.incoming.register(doc, [(args.file.name, data)], tasks=tasks)
    if args.format == "json":
        print(json.dumps(_record(doc, len(tasks)), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(r["added"].format(number=doc.number, year=doc.year, symbol=doc.symbol or "—", summary=doc.summary))
    if tasks:
        print(r["tasks"].format(n=len(tasks)))
    return EXIT_OK


def _record(doc, tasks: int) -> dict:
    values = {name: getattr(doc, name, None) for name in _FIELDS if name != "tasks"}
    values["tasks"] = tasks
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}


def _list(ctx, args: argparse.Namespace) -> int:
    counts = ctx.incoming.task_counts()
    records = [_record(d, counts.get(d.id, 0)) for d in ctx.incoming.entries(args.year)]
    if args.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(_FIELDS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        sys.stdout.write(out.getvalue())
    else:
        if not records:
            print(TEXTS["vi" if args.lang == "vi" else "en"]["none"])
        for rec in records:
            marks = " ".join(f"[{m}]" for m in (rec["urgency"], rec["secrecy"]) if m)
            print(f"{rec['number']}/{rec['year']}\t{rec['received_on']}\t{rec['symbol'] or '—'}\t"
                  f"{rec['sender']}\t{rec['summary']} {marks}".rstrip())  # fmt: skip
    return EXIT_OK


def _book(ctx, args: argparse.Namespace, r: dict) -> int:
    from secretary_app.services.incoming_register import write_register

    if args.output.suffix.lower() not in (".pdf", ".docx", ".xlsx"):
        raise _BadInput(f"{args.output}: chỉ ghi được tệp .pdf, .docx hoặc .xlsx.")
    if args.output.exists():
        raise _BadInput(r["exists"].format(out=args.output))
    write_register(ctx, args.output, args.year)
    print(r["written"].format(out=args.output))
    return EXIT_OK
