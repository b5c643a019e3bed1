"""The ``verify`` subcommand: is FILE.pdf a document we issued (or archived), unaltered? Exit 0 when it is
recognised (each match printed), 1 when it matches nothing, 2 when the file cannot be read."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_NOT_FOUND, EXIT_BAD_INPUT = 0, 1, 2
COMMAND = "verify"
COMMANDS = (COMMAND,)

TEXTS = {
    "vi": {
        "verify": "kiểm tra một tệp PDF có phải văn bản đã phát hành, còn nguyên vẹn "
        "(mã thoát 1 nếu không khớp)",
        "verify_in": "tệp PDF cần kiểm tra",
        "verify_archive": "thư mục hồ sơ năm để đối chiếu thêm (có thể lặp lại)",
        "found": "Tệp {path} khớp với:",
        "not_found": "Tệp {path} không khớp với văn bản nào đã phát hành hoặc lưu hồ sơ "
        "(có thể đã bị sửa, hoặc không do đơn vị phát hành).",
    },
    "en": {
        "verify": "check whether a PDF file is a document we issued, unaltered "
        "(exit code 1 when it matches nothing)",
        "verify_in": "the PDF file to check",
        "verify_archive": "a year-archive folder to compare with as well (repeatable)",
        "found": "{path} matches:",
        "not_found": "{path} matches no issued or archived document (it may have been changed, or was not "
        "issued here).",
    },
}


def add_parsers(sub, t: dict, lang: str, localise, db_option) -> None:
    r = TEXTS[lang]
    parser = localise(sub.add_parser(COMMAND, help=r["verify"], description=r["verify"], add_help=False), t)
    db_option(parser)
    parser.add_argument("file", type=Path, metavar="FILE.pdf", help=r["verify_in"])
    parser.add_argument(
        "--archive", type=Path, action="append", default=[], metavar="DIR", help=r["verify_archive"]
    )


def run(ctx, args: argparse.Namespace, lang: str) -> int:
    from secretary_app.services.verify import VerifyError, verify_file

    r = TEXTS[lang]
    try:
        found = verify_file(ctx, args.file, args.archive)
    except VerifyError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_BAD_INPUT
    if not found:
        print(r["not_found"].format(path=args.file))
        return EXIT_NOT_FOUND
    print(r["found"].format(path=args.file))
    for line in found:
        print(f"- {line}")
    return EXIT_OK
