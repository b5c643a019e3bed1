"""The ``document`` subcommands: draft a document of one of the kinds of issue 14 (from a meeting or from the
kind's template) and issue a draft (take its number). cli.py wires them in.

Exit 0 on success, 2 on bad input (an unknown kind, meeting or document, an incomplete draft, a document
already issued), with nothing changed.
"""

from __future__ import annotations

import argparse
import json
import sys

from secretary_app.domain.errors import NotFoundError, ReadOnlyRecordError, RuleError
from secretary_app.domain.validation import ValidationError

EXIT_OK, EXIT_BAD_INPUT = 0, 2
COMMANDS = ("document",)
KINDS = ("invitation", "programme", "resolution", "conclusion", "decision", "plan", "submission")

TEXTS = {
    "vi": {
        "document": "soạn dự thảo các loại văn bản (giấy mời, chương trình, nghị quyết, kết luận, "
        "quyết định, kế hoạch, tờ trình) và cấp số",
        "draft": "tạo dự thảo một loại văn bản: từ cuộc họp (giấy mời, chương trình, nghị quyết, "
        "kết luận) hoặc từ mẫu",
        "kind": "loại văn bản: " + ", ".join(KINDS),
        "meeting": "số thứ tự cuộc họp để soạn từ đó",
        "issue": "cấp số và ban hành một dự thảo",
        "id": "số thứ tự văn bản",
        "format": "định dạng: text hoặc json",
        "drafted": "Đã tạo dự thảo {label} (văn bản số {id}): {subject}",
        "issued": "Đã cấp số {symbol} ngày {date}.",
        "missing": "Không có {what} số {id}.",
    },
    "en": {
        "document": "draft documents of the other kinds (invitation, programme, resolution, conclusion, "
        "decision, plan, submission) and issue them",
        "draft": "create a draft of one kind: from a meeting (invitation, programme, resolution, "
        "conclusion) or from its template",
        "kind": "the kind: " + ", ".join(KINDS),
        "meeting": "the meeting's number to draft from",
        "issue": "take the next number and issue a draft",
        "id": "the document's number",
        "format": "format: text or json",
        "drafted": "Drafted a {label} (document {id}): {subject}",
        "issued": "Issued as {symbol} on {date}.",
        "missing": "There is no {what} {id}.",
    },
}


def add_parsers(sub, t_main: dict, lang: str, localise, db_option) -> None:
    t = TEXTS[lang]
    parser = localise(
        sub.add_parser("document", help=t["document"], description=t["document"], add_help=False), t_main
    )
    actions = parser.add_subparsers(dest="document_action", required=True)
    draft = localise(
        actions.add_parser("draft", help=t["draft"], description=t["draft"], add_help=False), t_main
    )
    db_option(draft)
    draft.add_argument("kind", choices=KINDS, metavar="KIND", help=t["kind"])
    draft.add_argument("--meeting", type=int, metavar="ID", help=t["meeting"])
    draft.add_argument("--format", choices=["text", "json"], default="text", help=t["format"])
    issue = localise(
        actions.add_parser("issue", help=t["issue"], description=t["issue"], add_help=False), t_main
    )
    db_option(issue)
    issue.add_argument("id", type=int, metavar="ID", help=t["id"])
    issue.add_argument("--format", choices=["text", "json"], default="text", help=t["format"])


def run(ctx, args: argparse.Namespace, lang: str) -> int:
    from secretary_app.domain import models as m
    from secretary_app.domain.text import vn_date_short

    t = TEXTS[lang]
    try:
        if args.document_action == "draft":
            if args.meeting is not None:
                ctx.meetings.get(args.meeting)  # an unknown meeting is bad input, named as such
            document = ctx.issuing.draft_kind(args.kind, args.meeting)
            if args.format == "json":
                print(json.dumps({"id": document.id, "kind": str(document.kind), "content": document.content},
                                 ensure_ascii=False))  # fmt: skip
            else:
                label = m.label(document.kind).lower()
                print(t["drafted"].format(label=label, id=document.id, subject=document.subject))
            return EXIT_OK
        ctx.documents.get(args.id)
        document = ctx.issuing.issue(args.id)
    except NotFoundError:
        what = ("cuộc họp" if lang == "vi" else "meeting") if args.document_action == "draft" else (
            "văn bản" if lang == "vi" else "document")  # fmt: skip
        number = args.meeting if args.document_action == "draft" else args.id
        print(t["missing"].format(what=what, id=number), file=sys.stderr)
        return EXIT_BAD_INPUT
    except (RuleError, ReadOnlyRecordError) as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValidationError as exc:
        for error in exc.errors:
            print(f"{error.field}: {error.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    symbol = ctx.issuing.symbol(document)
    if args.format == "json":
        print(json.dumps({"id": document.id, "symbol": symbol, "number": document.number,
                          "date": document.doc_date.isoformat()}, ensure_ascii=False))  # fmt: skip
    else:
        print(t["issued"].format(symbol=symbol, date=vn_date_short(document.doc_date)))
    return EXIT_OK
