"""The ``exchange`` subcommands (issue 16, docs/exchange.md): this site's identity file and pairing with
another site. Each action is one entry of ACTIONS (its parser and its handler), so the export, import and
status actions join the same table.

Exit 0 when done, 2 on bad input (a file that is not an identity file, a wrong fingerprint, an unknown unit)
with a Vietnamese message and nothing changed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from secretary_app import cli_exchange_data
from secretary_app.domain.errors import RuleError

EXIT_OK, EXIT_BAD_INPUT = 0, 2
COMMAND = "exchange"
COMMANDS = (COMMAND,)

TEXTS = {
    "vi": {
        "exchange": "trao đổi dữ liệu với đơn vị khác (cơ quan thường trú, văn phòng) bằng gói tệp",
        "identity": "xuất tệp định danh của đơn vị này để đơn vị kia ghép nối",
        "identity_name": "tên đơn vị này như đơn vị kia sẽ thấy (ví dụ “CQTT miền Trung”)",
        "identity_out": "tệp định danh sẽ tạo",
        "pair": "ghép nối với một đơn vị từ tệp định danh của đơn vị đó",
        "pair_in": "tệp định danh do đơn vị kia xuất",
        "pair_unit": "đơn vị (trong danh sách đơn vị) mà đơn vị kia là, ở phía cơ quan cấp trên",
        "pair_fingerprint": "mã nhận dạng đơn vị kia đọc qua điện thoại, để đối chiếu (ABCD-EFGH-JKLM-NPQR)",
        "identity_written": "Đã ghi tệp định danh của “{name}” vào {out}.\nMã nhận dạng: {fingerprint}",
        "exists": "Tệp {out} đã tồn tại; chọn tên khác để không ghi đè.",
        "paired": "Đã ghép nối với “{name}” (mã nhận dạng {fingerprint}).",
        "paired_unit": "Đơn vị tương ứng: {unit}.",
        "not_paired": "Chưa ghép nối.",
    },
    "en": {
        "exchange": "exchange records with another site (regional bureau, head office) by packet file",
        "identity": "write this site's identity file for the other site to pair with",
        "identity_name": "this site's name as the other site will see it (e.g. “CQTT miền Trung”)",
        "identity_out": "identity file to create",
        "pair": "pair with a site from its identity file",
        "pair_in": "the identity file the other site wrote",
        "pair_unit": "the unit (from the units list) that site is, on the head office's side",
        "pair_fingerprint": "the fingerprint the other site read out over the phone, to compare "
        "(ABCD-EFGH-JKLM-NPQR)",
        "identity_written": "Wrote the identity file of “{name}” to {out}.\nFingerprint: {fingerprint}",
        "exists": "{out} exists already; choose another name so nothing is overwritten.",
        "paired": "Paired with “{name}” (fingerprint {fingerprint}).",
        "paired_unit": "Its unit: {unit}.",
        "not_paired": "Not paired.",
    },
}


def _identity_parser(actions, r: dict, t: dict, localise) -> argparse.ArgumentParser:
    parser = localise(
        actions.add_parser("identity", help=r["identity"], description=r["identity"], add_help=False), t
    )
    parser.add_argument("--name", metavar="NAME", help=r["identity_name"])
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help=r["identity_out"])
    return parser


def _pair_parser(actions, r: dict, t: dict, localise) -> argparse.ArgumentParser:
    parser = localise(actions.add_parser("pair", help=r["pair"], description=r["pair"], add_help=False), t)
    parser.add_argument("file", type=Path, metavar="FILE", help=r["pair_in"])
    parser.add_argument("--unit", metavar="UNIT", help=r["pair_unit"])
    parser.add_argument("--fingerprint", metavar="CODE", help=r["pair_fingerprint"])
    return parser


def _identity(ctx, args: argparse.Namespace, r: dict) -> int:
    if args.output.exists():
        print(r["exists"].format(out=args.output), file=sys.stderr)
        return EXIT_BAD_INPUT
    site = ctx.sites.this_site(args.name)
    ctx.sites.write_identity(args.output)
    print(r["identity_written"].format(name=site.name, out=args.output, fingerprint=site.fingerprint))
    return EXIT_OK


def _pair(ctx, args: argparse.Namespace, r: dict) -> int:
    site = ctx.sites.pair(args.file, unit=args.unit, fingerprint=args.fingerprint)
    print(r["paired"].format(name=site.name, fingerprint=site.fingerprint))
    if site.unit_name:
        print(r["paired_unit"].format(unit=site.unit_name))
    return EXIT_OK


# action name -> (add its parser and return it, run it). Other exchange actions add their entries here.
ACTIONS = {
    "identity": (_identity_parser, _identity),
    "pair": (_pair_parser, _pair),
    **cli_exchange_data.ACTIONS,  # export, import, status: the data half
}
for _lang, _texts in cli_exchange_data.TEXTS.items():
    TEXTS[_lang].update(_texts)


def add_parsers(sub, t: dict, lang: str, localise, db_option) -> None:
    r = TEXTS[lang]
    parser = localise(
        sub.add_parser(COMMAND, help=r["exchange"], description=r["exchange"], add_help=False), t
    )
    db_option(parser)
    actions = parser.add_subparsers(dest="action", metavar="{" + ",".join(ACTIONS) + "}", required=True)
    for add_parser, _run in ACTIONS.values():
        db_option(add_parser(actions, r, t, localise))  # --db after the action too


def run(ctx, args: argparse.Namespace, lang: str) -> int:
    r = TEXTS[lang]
    _add_parser, handler = ACTIONS[args.action]
    try:
        return handler(ctx, args, r)
    except RuleError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_BAD_INPUT
