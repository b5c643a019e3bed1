"""``print-batch``: a batch of records printed as ONE job — every document of a meeting (``--meeting ID``),
a year's minutes (``--minutes-year YEAR``) or the register's documents (``--register-year YEAR``) — through
the same job as the Print button (gui/shared/print_cli.py). :func:`send` is also ``print``'s door to the
printer, so both commands answer a missing printer, other paper or no duplex the same way (exit 2, nothing
printed)."""

from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
COMMAND = "print-batch"
COMMANDS = (COMMAND,)

TEXTS = {
    "vi": {
        "print_batch": "in một loạt văn bản thành một lệnh in: mọi văn bản của một cuộc họp, "
        "biên bản cả năm, hoặc văn bản trong sổ văn bản đi của một năm",
        "meeting": "mọi văn bản của cuộc họp số ID (biên bản, giấy mời, thông báo…)",
        "minutes_year": "biên bản mọi cuộc họp trong năm",
        "register_year": "mọi văn bản trong sổ văn bản đi của năm",
        "duplex": "in hai mặt (lật theo cạnh dài), nếu máy in in được hai mặt",
        "pages": "chỉ in các trang A đến B của cả loạt (đánh số liền qua các văn bản), ví dụ 3-7",
        "no_duplex": "Máy in {printer} không in được hai mặt: không in. Bỏ --duplex để in một mặt.",
        "no_meeting": "Không có cuộc họp số {id}.",
        "empty": "Không có văn bản nào để in trong “{title}”.",
        "listing": "Lệnh in “{title}”: {n} văn bản",
    },
    "en": {
        "print_batch": "print several documents as one print job: every document of a meeting, a year's "
        "minutes, or the documents of a year's outgoing register",
        "meeting": "every document of meeting ID (minutes, invitation, notice…)",
        "minutes_year": "the minutes of every meeting of the year",
        "register_year": "every document of the year's outgoing register",
        "duplex": "print on both sides (long-edge binding), where the printer can",
        "pages": "print only pages A to B of the whole batch (numbered through its documents), e.g. 3-7",
        "no_duplex": "Printer {printer} prints on one side only: not printed. Leave out --duplex.",
        "no_meeting": "No meeting number {id}.",
        "empty": "Nothing to print in “{title}”.",
        "listing": "Print job “{title}”: {n} documents",
    },
}


def add_parsers(sub, t: dict, lang: str, localise, db_option) -> None:
    r = TEXTS[lang]
    parser = localise(
        sub.add_parser(COMMAND, help=r["print_batch"], description=r["print_batch"], add_help=False), t
    )
    db_option(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", type=int, metavar="ID", help=r["meeting"])
    which.add_argument("--minutes-year", type=int, metavar="YEAR", help=r["minutes_year"])
    which.add_argument("--register-year", type=int, metavar="YEAR", help=r["register_year"])
    parser.add_argument("--printer", required=True, metavar="NAME", help=t["print_printer"])
    parser.add_argument("--copies", default="1", metavar="N", help=t["print_copies"])
    parser.add_argument("--pages", metavar="A-B", help=r["pages"])
    parser.add_argument("--fit", action="store_true", help=t["print_fit"])
    parser.add_argument("--duplex", action="store_true", help=r["duplex"])


def add_duplex(parser: argparse.ArgumentParser, lang: str) -> None:
    """``--duplex`` for ``print`` too (the same words as here)."""
    parser.add_argument("--duplex", action="store_true", help=TEXTS[lang]["duplex"])


def run(ctx, args: argparse.Namespace, lang: str) -> int:
    from secretary_app.cli import TEXTS as CLI_TEXTS
    from secretary_app.domain.errors import NotFoundError, RuleError
    from secretary_app.services.print_batches import meeting_batch, minutes_batch, register_batch

    r, t = TEXTS[lang], CLI_TEXTS[lang]
    if not _copies_ok(args, t):
        return EXIT_BAD_INPUT
    from secretary_app.cli import page_range

    try:
        pages = page_range(args.pages)
    except ValueError:
        print(t["print_bad_pages"].format(value=args.pages), file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        if args.meeting is not None:
            batch = meeting_batch(ctx, args.meeting)
        elif args.minutes_year is not None:
            batch = minutes_batch(ctx, args.minutes_year)
        else:
            batch = register_batch(ctx, args.register_year)
    except NotFoundError:
        print(r["no_meeting"].format(id=args.meeting), file=sys.stderr)
        return EXIT_BAD_INPUT
    except RuleError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_BAD_INPUT
    if not batch.documents:
        print(r["empty"].format(title=batch.title), file=sys.stderr)
        return EXIT_BAD_INPUT
    print(r["listing"].format(title=batch.title, n=len(batch)))
    for label in batch.labels:
        print(f"- {label}")
    return send(batch.documents, args, lang, title=batch.title, pages=pages)


def _copies_ok(args: argparse.Namespace, t: dict) -> bool:
    if args.copies.isdigit() and 1 <= int(args.copies) <= 999:
        return True
    print(t["print_bad_copies"].format(value=args.copies), file=sys.stderr)
    return False


def send(
    docs, args: argparse.Namespace, lang: str, *, title: str | None = None, pages=None, source=None
) -> int:
    """Print ``docs`` (one Document or a batch) on ``args.printer`` and say what happened; the exit code.
    ``source``: the JSON file the document came from, named in a document error."""
    from secretary_app.cli import TEXTS as CLI_TEXTS
    from secretary_app.domain.document import DocumentError

    r, t = TEXTS[lang], CLI_TEXTS[lang]
    if not _copies_ok(args, t):
        return EXIT_BAD_INPUT
    from secretary_app.gui.shared.print_cli import (  # Qt from here
        NoDuplex,
        PaperRefused,
        UnknownPrinter,
        print_headless,
    )

    try:
        sent, job = print_headless(
            docs,
            args.printer,
            title=title,
            copies=int(args.copies),
            pages=pages,
            fit=args.fit,
            duplex=getattr(args, "duplex", False),
        )
    except UnknownPrinter as exc:
        known = ", ".join(exc.known) or t["print_none"]
        print(t["print_unknown"].format(printer=exc.name, known=known), file=sys.stderr)
        return EXIT_BAD_INPUT
    except PaperRefused as exc:
        sizes = {"sheet": exc.sheet.label(), "paper": exc.paper.label()}
        names = {
            "sheet_name": exc.sheet.name or sizes["sheet"],
            "paper_name": exc.paper.name or sizes["paper"],
        }
        print(t["print_paper"].format(printer=args.printer, **sizes, **names), file=sys.stderr)
        return EXIT_BAD_INPUT
    except NoDuplex:
        print(r["no_duplex"].format(printer=args.printer), file=sys.stderr)
        return EXIT_BAD_INPUT
    except DocumentError as exc:
        print(t["doc_error"].format(path=source or title, message=exc.message), file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(t["print_failed"].format(error=exc), file=sys.stderr)
        return EXIT_FAILED
    job_text = t["print_job"].format(job=job) if job else ""
    print(t["print_ok"].format(pages=sent, printer=args.printer, job=job_text))
    return EXIT_OK
