"""The ``minutes-rules`` subcommand: a meeting against the quorum and majority rules of its kind
(domain/meeting_rules.py), for scripts and checks. cli.py wires it in.

Exit 0 when the rules are met (or the kind has none), 1 when a warning is printed, 2 on bad input (an unknown
meeting), with nothing changed: the command only reads.
"""

from __future__ import annotations

import argparse
import json
import sys

from secretary_app.domain.errors import NotFoundError

EXIT_OK, EXIT_WARNINGS, EXIT_BAD_INPUT = 0, 1, 2
COMMANDS = ("minutes-rules",)

TEXTS = {
    "vi": {
        "rules": "đối chiếu một cuộc họp với quy định về số lượng tham dự và biểu quyết của loại hội nghị",
        "meeting": "số thứ tự cuộc họp",
        "format": "định dạng: text hoặc json",
        "no_rule": "Loại cuộc họp “{kind}” không có quy định về số lượng tham dự, biểu quyết.",
        "ok": "Đạt quy định.",
        "missing": "Không có cuộc họp số {id}.",
    },
    "en": {
        "rules": "check a meeting against the attendance and voting rules of its kind",
        "meeting": "the meeting's number",
        "format": "format: text or json",
        "no_rule": "Meetings of the kind “{kind}” have no attendance or voting rule.",
        "ok": "The rules are met.",
        "missing": "There is no meeting {id}.",
    },
}


def add_parsers(sub, t_main: dict, lang: str, localise, db_option) -> None:
    t = TEXTS[lang]
    parser = localise(
        sub.add_parser("minutes-rules", help=t["rules"], description=t["rules"], add_help=False), t_main
    )
    db_option(parser)
    parser.add_argument("meeting", type=int, metavar="ID", help=t["meeting"])
    parser.add_argument("--format", choices=["text", "json"], default="text", help=t["format"])


def run(ctx, args: argparse.Namespace, lang: str) -> int:
    t = TEXTS[lang]
    try:
        meeting = ctx.meetings.get(args.meeting)
        quorum, warnings = ctx.minutes.rule_check(args.meeting)
    except NotFoundError:
        print(t["missing"].format(id=args.meeting), file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.format == "json":
        rule = quorum.rule if quorum else None
        print(
            json.dumps(
                {
                    "meeting": args.meeting,
                    "kind": meeting.kind,
                    "rule": None
                    if rule is None
                    else {
                        "members": rule.members,
                        "entitled": quorum.entitled if quorum else None,
                        "present": quorum.present if quorum else None,
                        "quorum": rule.quorum.words,
                        "quorum_needed": quorum.needed if quorum else None,
                        "quorum_source": rule.quorum_source,
                        "quorum_confirmed": rule.quorum_confirmed,
                        "majority": rule.majority.words,
                        "majority_source": rule.majority_source,
                        "majority_confirmed": rule.majority_confirmed,
                    },
                    "quorum_sentence": quorum.sentence() if quorum else None,
                    "warnings": warnings,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print(quorum.sentence() if quorum else t["no_rule"].format(kind=meeting.kind))
        for warning in warnings:
            print(f"- {warning}")
        if quorum and not warnings:
            print(t["ok"])
    return EXIT_WARNINGS if warnings else EXIT_OK
