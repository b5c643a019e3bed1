"""Command line: ``secretary-app`` opens the window; subcommands do headless work.

Exit codes: 0 success, 1 the check found a problem, 2 bad input (arguments, document JSON),
3 the database could not be opened. Qt is imported only when the window is opened, so the subcommands
run on machines without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from secretary_app import (
    APP_NAME,
    __version__,
    cli_directives,
    cli_documents,
    cli_exchange,
    cli_incoming,
    cli_minutes,
    cli_print_batch,
    cli_roster,
    cli_verify,
)
from secretary_app.domain.errors import DatabaseOpenError

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT, EXIT_DB_ERROR = 0, 1, 2, 3

# Each feature's subcommands live in their own module with the same three names: COMMANDS (the subcommand
# names), add_parsers(sub, t, lang, localise, db_option) and run(ctx, args, lang) on the opened database.
# A new feature adds its module here and nowhere else in this file.
FEATURE_COMMANDS = (
    cli_roster,
    cli_minutes,
    cli_verify,
    cli_directives,
    cli_exchange,
    cli_print_batch,
    cli_documents,
    cli_incoming,
)

# Help text in both languages; Vietnamese is the default, English with --lang en or SECRETARY_LANG=en.
TEXTS = {
    "vi": {
        "description": "Thư ký cấp ủy — ghi biên bản, theo dõi kết luận, in văn bản đúng thể thức. "
        "Không có lệnh con: mở cửa sổ ứng dụng.",
        "db": "tệp cơ sở dữ liệu (mặc định: trong thư mục dữ liệu của người dùng)",
        "demo": "mở cơ sở dữ liệu mẫu (tạo nếu chưa có)",
        "new": "tạo cơ sở dữ liệu mới tại --db nếu chưa có tệp (không có cờ này, tệp thiếu là lỗi)",
        "lang": "ngôn ngữ giao diện và trợ giúp: vi hoặc en",
        "version": "in số phiên bản",
        "self_test": "tự kiểm tra bản cài đặt (không cần màn hình) rồi thoát",
        "check": "kiểm tra tính toàn vẹn của cơ sở dữ liệu (mã thoát 1 nếu có lỗi)",
        "backup": "sao lưu cơ sở dữ liệu ra một tệp (sao lưu trực tuyến của SQLite)",
        "backup_out": "tệp sao lưu sẽ tạo",
        "render": "in văn bản từ tệp JSON ra PDF hoặc DOCX",
        "render_in": "tệp JSON mô tả văn bản (xem docs/document-schema.md)",
        "render_out": "tệp kết quả (.pdf hoặc .docx)",
        "render_pdfa": "xuất PDF/A-2b (bản lưu trữ lâu dài) thay cho PDF thường",
        "check_ok": "Cơ sở dữ liệu {path} toàn vẹn.",
        "check_bad": "Cơ sở dữ liệu {path} có lỗi:",
        "backup_ok": "Đã sao lưu {path} vào {out}.",
        "backup_exists": "Tệp {out} đã tồn tại; chọn tên khác để không ghi đè.",
        "backup_failed": "Không sao lưu được vào {out}: {error}",
        "backup_refused": "Không sao lưu {path}: tệp dữ liệu có lỗi, một bản sao của nó không được phép "
        "đè lên các bản sao lưu tốt. Hãy chạy lệnh check để xem chi tiết.",
        "check_readonly": "(Tệp nằm ở nơi chỉ đọc; đây không phải là lỗi của tệp.)",
        "new_exists": "Tệp {path} đã có; --new chỉ tạo cơ sở dữ liệu ở chỗ chưa có tệp.",
        "render_ok": "Đã tạo {out}.",
        "render_suffix": "Tệp kết quả phải có đuôi .pdf hoặc .docx: {out}",
        "missing_db": "Không tìm thấy tệp cơ sở dữ liệu {path}.",
        "doc_error": "Lỗi trong {path}: {message}",  # the message names the key itself
        "print": "in văn bản từ tệp JSON trên máy in (như nút In)",
        "print_printer": "tên máy in (hàng đợi in)",
        "print_copies": "số bản (mặc định 1)",
        "print_pages": "chỉ in các trang A đến B, ví dụ 2-3",
        "print_fit": "máy in để khổ giấy khác: thu nhỏ đều cho vừa giấy (không có tùy chọn này thì không in)",
        "print_ok": "Đã gửi {pages} trang tới máy in {printer}{job}.",
        "print_job": " (lệnh in {job})",
        "print_unknown": "Không có máy in “{printer}”. Các máy in có: {known}.",
        "print_none": "không có",
        "print_paper": "Máy in {printer} đang để khổ giấy {paper}, văn bản trình bày trên khổ {sheet}: "
        "không in. "
        "Đặt khổ {sheet_name} cho máy in, hoặc thêm --fit để thu nhỏ đều cho vừa giấy {paper_name}.",
        "print_bad_pages": "--pages phải có dạng A-B với 1 ≤ A ≤ B (ví dụ 2-3): {value}",
        "print_bad_copies": "--copies phải từ 1 đến 999: {value}",
        "print_failed": "Không in được: {error}",
        "archive": "xuất hồ sơ một năm (PDF, mục lục, manifest.json)",
        "archive_year": "năm cần xuất",
        "archive_out": "thư mục hồ sơ",
        "verify_archive": "kiểm tra hồ sơ đã xuất (mã thoát 1 nếu có lỗi)",
        "archive_ok": "Hồ sơ {path} nguyên vẹn.",
        "archive_ok_pdfa": "Hồ sơ {path} nguyên vẹn; mọi tệp PDF đạt chuẩn PDF/A-2b.",
        "archive_done": "Đã xuất {n} tài liệu vào {out}.",
        "trash": "thùng rác: xem (list) hoặc khôi phục (restore ID) bản ghi đã xóa",
        "trash_list": "liệt kê bản ghi trong thùng rác",
        "trash_restore": "khôi phục một bản ghi từ thùng rác",
        "trash_id": "số thứ tự của bản ghi trong thùng rác (cột ID của lệnh list)",
        "format": "định dạng kết quả: text hoặc json",
        "trash_empty": "Thùng rác trống.",
        "trash_header": "ID\tLoại\tXóa lúc\tNgười xóa\tTên",
        "trash_restored": "Đã khôi phục {kind} #{id} từ thùng rác.",
        "trash_missing": "Không có bản ghi số {id} trong thùng rác (xem: trash list). Không có gì thay đổi.",
        "kind_meeting": "cuộc họp",
        "kind_document": "văn bản",
        "positionals": "lệnh và tham số",
        "optionals": "tùy chọn",
        "help": "hiện trợ giúp này rồi thoát",
    },
    "en": {
        "description": "Committee Secretary — minutes, directive follow-up and official documents. "
        "Without a subcommand: open the application window.",
        "db": "database file (default: in the user's data directory)",
        "demo": "open the demo database (created when missing)",
        "new": "create a new database at --db when there is no file (without it a missing file is an error)",
        "lang": "language of the interface and help: vi or en",
        "version": "print the version",
        "self_test": "check this installation end to end (no display needed) and exit",
        "check": "check the database's integrity (exit code 1 on failure)",
        "backup": "back the database up to a file (SQLite online backup)",
        "backup_out": "backup file to create",
        "render": "render a document JSON file to PDF or DOCX",
        "render_in": "document JSON file (see docs/document-schema.md)",
        "render_out": "output file (.pdf or .docx)",
        "render_pdfa": "write PDF/A-2b (the long-term archive copy) instead of plain PDF",
        "check_ok": "Database {path} is sound.",
        "check_bad": "Database {path} has errors:",
        "backup_ok": "Backed {path} up to {out}.",
        "backup_exists": "{out} exists already; choose another name so nothing is overwritten.",
        "backup_failed": "Could not back up to {out}: {error}",
        "backup_refused": "Not backing up {path}: the database has errors, and a copy of it must not replace "
        "good backups. Run the check command for details.",
        "check_readonly": "(The file is in a read-only location; that is not a defect of the file.)",
        "new_exists": "{path} exists already; --new only creates a database where there is no file.",
        "render_ok": "Wrote {out}.",
        "render_suffix": "The output file must end in .pdf or .docx: {out}",
        "missing_db": "Database file {path} not found.",
        "doc_error": "Error in {path}: {message}",
        "print": "print a document JSON file on a printer (as the Print button does)",
        "print_printer": "printer (print queue) name",
        "print_copies": "number of copies (default 1)",
        "print_pages": "print only pages A to B, e.g. 2-3",
        "print_fit": "the printer holds other paper: shrink uniformly to fit it "
        "(without this, nothing is printed)",
        "print_ok": "Sent {pages} pages to printer {printer}{job}.",
        "print_job": " (job {job})",
        "print_unknown": "No printer “{printer}”. Printers: {known}.",
        "print_none": "none",
        "print_paper": "Printer {printer} holds {paper} paper; the document is laid out on {sheet}: "
        "not printed. "
        "Set the printer to {sheet_name}, or add --fit to shrink the page uniformly to {paper_name}.",
        "print_bad_pages": "--pages must read A-B with 1 ≤ A ≤ B (e.g. 2-3): {value}",
        "print_bad_copies": "--copies must be 1 to 999: {value}",
        "print_failed": "Could not print: {error}",
        "archive": "export a year's archive (PDFs, index, manifest.json)",
        "archive_year": "the year to export",
        "archive_out": "archive folder",
        "verify_archive": "verify an exported archive (exit code 1 on problems)",
        "archive_ok": "Archive {path} is intact.",
        "archive_ok_pdfa": "Archive {path} is intact; every PDF conforms to PDF/A-2b.",
        "archive_done": "Exported {n} files to {out}.",
        "trash": "recycle bin: list, or restore ID a deleted record",
        "trash_list": "list the records in the recycle bin",
        "trash_restore": "restore a record from the recycle bin",
        "trash_id": "the record's number in the bin (the ID column of list)",
        "format": "output format: text or json",
        "trash_empty": "The recycle bin is empty.",
        "trash_header": "ID\tKind\tDeleted at\tDeleted by\tTitle",
        "trash_restored": "Restored {kind} #{id} from the recycle bin.",
        "trash_missing": "There is no record {id} in the recycle bin (see: trash list). Nothing changed.",
        "kind_meeting": "meeting",
        "kind_document": "document",
        "positionals": "commands and arguments",
        "optionals": "options",
        "help": "show this help and exit",
    },
}


def language(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "vi"
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "vi"
    return "en" if os.environ.get("SECRETARY_LANG") == "en" else "vi"


def build_parser(lang: str) -> argparse.ArgumentParser:
    t = TEXTS[lang]
    parser = argparse.ArgumentParser(prog=APP_NAME, description=t["description"], add_help=False)
    _localise(parser, t)
    parser.add_argument("--db", type=Path, metavar="PATH", help=t["db"])
    parser.add_argument("--demo", action="store_true", help=t["demo"])
    parser.add_argument("--new", action="store_true", help=t["new"])
    parser.add_argument("--lang", choices=["vi", "en"], default=lang, help=t["lang"])
    parser.add_argument("--self-test", action="store_true", help=t["self_test"])
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}", help=t["version"])
    sub = parser.add_subparsers(
        dest="command",
        metavar="{check,backup,render,print,print-batch,archive,verify-archive,verify,trash,people,units,directives,report}",
    )

    def db_option(subparser: argparse.ArgumentParser) -> None:
        # "secretary-app check --db FILE" works too; SUPPRESS keeps a --db given before the command.
        subparser.add_argument("--db", type=Path, metavar="PATH", default=argparse.SUPPRESS, help=t["db"])

    db_option(_localise(sub.add_parser("check", help=t["check"], description=t["check"], add_help=False), t))
    backup = _localise(sub.add_parser("backup", help=t["backup"], description=t["backup"], add_help=False), t)
    db_option(backup)
    backup.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help=t["backup_out"])
    render = _localise(sub.add_parser("render", help=t["render"], description=t["render"], add_help=False), t)
    render.add_argument("document", type=Path, metavar="DOC.json", help=t["render_in"])
    render.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help=t["render_out"])
    render.add_argument("--pdfa", action="store_true", help=t["render_pdfa"])
    printing = _localise(sub.add_parser("print", help=t["print"], description=t["print"], add_help=False), t)
    printing.add_argument("document", type=Path, metavar="DOC.json", help=t["render_in"])
    printing.add_argument("--printer", required=True, metavar="NAME", help=t["print_printer"])
    printing.add_argument("--copies", default="1", metavar="N", help=t["print_copies"])
    printing.add_argument("--pages", metavar="A-B", help=t["print_pages"])
    printing.add_argument("--fit", action="store_true", help=t["print_fit"])
    cli_print_batch.add_duplex(printing, lang)
    archive = _localise(
        sub.add_parser("archive", help=t["archive"], description=t["archive"], add_help=False), t
    )
    db_option(archive)
    archive.add_argument("--year", type=int, required=True, help=t["archive_year"])
    archive.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help=t["archive_out"])
    verify = sub.add_parser(
        "verify-archive", help=t["verify_archive"], description=t["verify_archive"], add_help=False
    )
    _localise(verify, t).add_argument("folder", type=Path, metavar="DIR", help=t["archive_out"])
    trash = _localise(sub.add_parser("trash", help=t["trash"], description=t["trash"], add_help=False), t)
    trash_sub = trash.add_subparsers(dest="trash_command", metavar="{list,restore}", required=True)
    trash_list = _localise(
        trash_sub.add_parser("list", help=t["trash_list"], description=t["trash_list"], add_help=False), t
    )
    trash_list.add_argument("--format", choices=["text", "json"], default="text", help=t["format"])
    trash_restore = _localise(
        trash_sub.add_parser(
            "restore", help=t["trash_restore"], description=t["trash_restore"], add_help=False
        ),
        t,
    )
    trash_restore.add_argument("id", type=int, metavar="ID", help=t["trash_id"])
    for leaf in (trash, trash_list, trash_restore):
        db_option(leaf)
    for module in FEATURE_COMMANDS:
        module.add_parsers(sub, t, lang, _localise, db_option)
    return parser


def _localise(parser: argparse.ArgumentParser, t: dict) -> argparse.ArgumentParser:
    """argparse's own words ("options", "show this help message") follow the chosen language too."""
    parser._positionals.title = t["positionals"]
    parser._optionals.title = t["optionals"]
    parser.add_argument("-h", "--help", action="help", help=t["help"])
    return parser


def resolve_db_path(args: argparse.Namespace) -> Path:
    from secretary_app.paths import default_db_path, demo_db_path

    if args.db:
        return args.db
    return demo_db_path() if args.demo else default_db_path()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = language(argv)
    args = build_parser(lang).parse_args(argv)
    t = TEXTS[args.lang]
    if args.self_test:
        from secretary_app.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from secretary_app.app import run_gui  # Qt only from here on

        os.environ["SECRETARY_LANG"] = args.lang  # the window follows --lang too

        path = resolve_db_path(args)
        if args.new and path.exists():
            print(t["new_exists"].format(path=path), file=sys.stderr)
            return EXIT_BAD_INPUT
        # Creating is explicit: --new, or the very first start at the default location (no --db).
        return run_gui(path, demo=args.demo, create=args.new or (args.db is None and not args.demo))
    if args.command == "render":
        return _render(args, t)
    if args.command == "print":
        return _print(args, t)
    if args.command == "verify-archive":
        return _verify_archive(args, t)
    return _database_command(args, t)


def _render(args: argparse.Namespace, t: dict) -> int:
    from secretary_app.domain.document import DocumentError
    from secretary_app.domain.errors import StorageError
    from secretary_app.services.render import render_file

    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".docx") or (args.pdfa and suffix != ".pdf"):
        print(t["render_suffix"].format(out=args.output), file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        render_file(args.document, args.output, pdfa=args.pdfa)
    except DocumentError as exc:
        print(t["doc_error"].format(path=args.document, message=exc.message), file=sys.stderr)
        return EXIT_BAD_INPUT
    except StorageError as exc:  # the output cannot be written there: nothing was written
        print(exc.message, file=sys.stderr)
        return EXIT_BAD_INPUT
    print(t["render_ok"].format(out=args.output))
    return EXIT_OK


def page_range(text: str | None) -> tuple[int, int] | None:
    """ "2-3" -> (2, 3), "4" -> (4, 4); raises ValueError on anything else."""
    if text is None:
        return None
    first, dash, last = text.strip().partition("-")
    lo, hi = int(first), int(last) if dash else int(first)
    if not 1 <= lo <= hi:
        raise ValueError(text)
    return lo, hi


def _print(args: argparse.Namespace, t: dict) -> int:
    from secretary_app.domain.document import DocumentError
    from secretary_app.services.render import load_document

    try:
        pages = page_range(args.pages)
    except ValueError:
        print(t["print_bad_pages"].format(value=args.pages), file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        doc = load_document(args.document)
    except DocumentError as exc:
        print(t["doc_error"].format(path=args.document, message=exc.message), file=sys.stderr)
        return EXIT_BAD_INPUT
    return cli_print_batch.send(doc, args, args.lang, pages=pages, source=args.document)


def _verify_archive(args: argparse.Namespace, t: dict) -> int:
    from secretary_app.services.archive import archive_is_pdfa, verify_archive

    problems = verify_archive(args.folder)
    if problems:
        print(*problems, sep="\n", file=sys.stderr)
        return EXIT_CHECK_FAILED
    ok = "archive_ok_pdfa" if archive_is_pdfa(args.folder) else "archive_ok"
    print(t[ok].format(path=args.folder))
    return EXIT_OK


def _archive(ctx, args: argparse.Namespace, t: dict) -> int:
    from secretary_app.domain.errors import StorageError
    from secretary_app.services.archive import export_year

    try:
        result = export_year(ctx, args.year, args.output)
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_BAD_INPUT
    print(t["archive_done"].format(n=len(result.entries), out=args.output))
    return EXIT_OK


def _trash(ctx, args: argparse.Namespace, t: dict) -> int:
    import json

    from secretary_app.domain.errors import NotFoundError

    if args.trash_command == "restore":
        try:
            kind, record_id = ctx.trash.restore(args.id)
        except NotFoundError:
            print(t["trash_missing"].format(id=args.id), file=sys.stderr)
            return EXIT_BAD_INPUT
        print(t["trash_restored"].format(kind=t.get(f"kind_{kind}", kind), id=record_id))
        return EXIT_OK
    items = ctx.trash.list()
    if args.format == "json":
        rows = [
            {
                "id": item.id,
                "kind": item.kind,
                "title": item.title,
                "deleted_at": item.deleted_at.isoformat(),
                "deleted_by": item.deleted_by,
                "record_uuid": item.record_uuid,
            }
            for item in items
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return EXIT_OK
    if not items:
        print(t["trash_empty"])
        return EXIT_OK
    print(t["trash_header"])
    for item in items:
        when = item.deleted_at.strftime("%d/%m/%Y %H:%M")
        print(f"{item.id}\t{t.get(f'kind_{item.kind}', item.kind)}\t{when}\t{item.deleted_by}\t{item.title}")
    return EXIT_OK


def _database_command(args: argparse.Namespace, t: dict) -> int:
    from secretary_app.services.context import open_context

    problem = cli_directives.check_before_opening(args, args.lang)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    path = resolve_db_path(args)
    # Creating a database is explicit: --new, or a roster import (the first day: the committee's list before
    # anything else, so importing it is asking for the database).
    starts_roster = args.command in cli_roster.COMMANDS and args.action == "import"
    if args.demo:
        from secretary_app.services.demo import ensure_demo_database

        ensure_demo_database(path)
    elif args.new and path.exists():
        print(t["new_exists"].format(path=path), file=sys.stderr)
        return EXIT_BAD_INPUT
    elif not path.exists() and not (args.new or starts_roster):
        print(t["missing_db"].format(path=path), file=sys.stderr)
        return EXIT_DB_ERROR
    if args.command == "check" and path.exists():
        return _check(path, t)
    if args.command == "backup" and path.exists():
        return _backup(path, args, t)
    try:
        ctx = open_context(path, create=args.new or starts_roster)
    except DatabaseOpenError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_DB_ERROR if args.command != "check" else EXIT_CHECK_FAILED
    try:
        for note in ctx.open_notes:  # a foreign -wal set aside, where the untouched copies are
            print(note, file=sys.stderr)
        if args.command == "archive":
            return _archive(ctx, args, t)
        if args.command == "trash":
            return _trash(ctx, args, t)
        for module in FEATURE_COMMANDS:
            if args.command in module.COMMANDS:
                return module.run(ctx, args, args.lang)
        if args.command == "check":  # a database just made by --new: nothing to find in it
            print(t["check_ok"].format(path=path))
            return EXIT_OK
    finally:
        ctx.close()
    return _backup(path, args, t)  # a database just made by --new, closed again: copied like any other


def _check(path: Path, t: dict) -> int:
    """Read-only: never opens the file for writing, never changes its journal mode, never applies a -wal."""
    from secretary_app.services.backups import check_database

    result = check_database(path)
    if result.problems:
        print(t["check_bad"].format(path=path), *result.problems, sep="\n", file=sys.stderr)
        if result.readonly_location:
            print(t["check_readonly"], file=sys.stderr)
        return EXIT_CHECK_FAILED
    print(t["check_ok"].format(path=path))
    for note in result.notes:
        print(note)
    if result.readonly_location:
        print(t["check_readonly"])
    return EXIT_OK


def _backup(path: Path, args: argparse.Namespace, t: dict) -> int:
    """Copies from a read-only connection after a full integrity check: a damaged source is refused (exit 1),
    a full disk or a write-protected stick gives its Vietnamese message (exit 1), never a traceback."""
    from secretary_app.domain.errors import BackupError, StorageError
    from secretary_app.services.backups import DamagedSourceError, backup_file

    if args.output.exists():
        print(t["backup_exists"].format(out=args.output), file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        backup_file(path, args.output)
    except DamagedSourceError as exc:
        print(t["backup_refused"].format(path=path), *exc.problems[:5], sep="\n", file=sys.stderr)
        return EXIT_CHECK_FAILED
    except (StorageError, BackupError) as exc:
        print(t["backup_failed"].format(out=args.output, error=exc.message), file=sys.stderr)
        return EXIT_CHECK_FAILED
    print(t["backup_ok"].format(path=path, out=args.output))
    return EXIT_OK
