"""The ``exchange export``, ``exchange import`` and ``exchange status`` actions (issue 16, docs/exchange.md):
the data half of the ``exchange`` command, joined to its ACTIONS table in cli_exchange.py.

``export --to SITE -o PACKET`` writes the next packet for a paired site; ``import PACKET`` applies one (exit 0
applied — a duplicate too, which changes nothing — and 2 refused, with the Vietnamese reason and nothing
changed); ``status [--format json]`` lists the paired sites, what waits to be sent and the open conflicts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_BAD_INPUT = 0, 2

TEXTS = {
    "vi": {
        "export": "xuất gói dữ liệu gửi một đơn vị đã ghép nối",
        "export_to": "tên đơn vị nhận (hoặc tên đơn vị tương ứng trong danh sách)",
        "export_out": "tệp gói sẽ tạo",
        "import": "nhận một gói dữ liệu từ đơn vị đã ghép nối",
        "import_in": "tệp gói nhận được",
        "import_preview": "chỉ xem những gì sẽ thay đổi, không ghi gì",
        "status": "các đơn vị đã ghép nối, dữ liệu chờ gửi và xung đột cần giải quyết",
        "format": "định dạng kết quả",
        "exported": "Đã xuất gói số {seq} gửi “{name}” vào {out} ({size} byte): {changes}.",
        "resent": "Gói gửi kèm lại các phần chưa được xác nhận: {seqs}.",
        "no_changes": "không có thay đổi mới",
        "conflict_line": "Xung đột #{id} ({label} {key}, trường {column}): tại đây “{ours}”, "
        "từ {site} “{theirs}”.",
        "status_line": "{name}{unit}: đã gửi đến gói {last_sent} (đã xác nhận {acked}), đã nhận đến gói "
        "{applied}; chờ gửi: {pending}; xung đột chưa giải quyết: {open_conflicts}.",
        "no_sites": "Chưa ghép nối với đơn vị nào.",
    },
    "en": {
        "export": "write the data packet for a paired site",
        "export_to": "the receiving site's name (or the name of the unit it is)",
        "export_out": "packet file to create",
        "import": "apply a data packet from a paired site",
        "import_in": "the packet file received",
        "import_preview": "only show what would change; write nothing",
        "status": "paired sites, what waits to be sent and the conflicts to resolve",
        "format": "output format",
        "exported": "Wrote packet {seq} for “{name}” to {out} ({size} bytes): {changes}.",
        "resent": "The packet carries again the parts not acknowledged yet: {seqs}.",
        "no_changes": "no new changes",
        "conflict_line": "Conflict #{id} ({label} {key}, field {column}): here “{ours}”, "
        "from {site} “{theirs}”.",
        "status_line": "{name}{unit}: sent up to packet {last_sent} (acknowledged {acked}), received up to "
        "{applied}; waiting: {pending}; open conflicts: {open_conflicts}.",
        "no_sites": "No site paired yet.",
    },
}


def _export_parser(actions, r: dict, t: dict, localise) -> argparse.ArgumentParser:
    parser = localise(
        actions.add_parser("export", help=r["export"], description=r["export"], add_help=False), t
    )
    parser.add_argument("--to", required=True, metavar="SITE", help=r["export_to"])
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="PACKET", help=r["export_out"])
    return parser


def _import_parser(actions, r: dict, t: dict, localise) -> argparse.ArgumentParser:
    parser = localise(
        actions.add_parser("import", help=r["import"], description=r["import"], add_help=False), t
    )
    parser.add_argument("packet", type=Path, metavar="PACKET", help=r["import_in"])
    parser.add_argument("--preview", action="store_true", help=r["import_preview"])
    return parser


def _status_parser(actions, r: dict, t: dict, localise) -> argparse.ArgumentParser:
    parser = localise(
        actions.add_parser("status", help=r["status"], description=r["status"], add_help=False), t
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help=r["format"])
    return parser


def _changes(summary: dict, r: dict) -> str:
    return ", ".join(f"{n} {label}" for label, n in summary.items()) or r["no_changes"]


def _export(ctx, args: argparse.Namespace, r: dict) -> int:
    if args.output.exists():
        print(r["exists"].format(out=args.output), file=sys.stderr)
        return EXIT_BAD_INPUT
    path, out = ctx.exchange.export_packet(args.to, args.output)
    summary = {label: n for label, n in ctx.exchange.history()[0]["summary"].items()}
    name = ctx.sites.by_name(args.to).name
    print(
        r["exported"].format(
            seq=out.seq, name=name, out=path, size=path.stat().st_size, changes=_changes(summary, r)
        )
    )
    if out.resent:
        print(r["resent"].format(seqs=", ".join(map(str, out.resent))))
    return EXIT_OK


def _import(ctx, args: argparse.Namespace, r: dict) -> int:
    result = ctx.exchange.import_packet(args.packet, preview=args.preview)
    for line in result.messages():
        print(line)
    if args.preview:
        shown = [{**c, "id": "—", "site_name": result.sender} for c in result.report.conflicts]
    else:  # the conflicts this packet opened, with the ids `exchange status` and the GUI use
        labels = {f"gói số {seq} từ {result.sender}" for seq in result.applied}
        shown = [c for c in ctx.exchange.list_conflicts() if c["packet"] in labels]
    _print_conflicts(shown, r)
    return EXIT_OK


def _status(ctx, args: argparse.Namespace, r: dict) -> int:
    sites = ctx.exchange.status()
    conflicts = ctx.exchange.list_conflicts()
    if args.format == "json":
        print(json.dumps({"sites": sites, "conflicts": conflicts}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not sites:
        print(r["no_sites"])
    for site in sites:
        unit = f" ({site['unit']})" if site["unit"] else ""
        print(r["status_line"].format(**{**site, "unit": unit, "pending": _changes(site["pending"], r)}))
    _print_conflicts(conflicts, r)
    return EXIT_OK


def _print_conflicts(conflicts: list[dict], r: dict) -> None:
    """Both values side by side (the secretary chooses in Dữ liệu ▸ Trao đổi với đơn vị)."""
    for c in conflicts:
        fields = {k: c[k] for k in ("id", "label", "key", "column", "ours", "theirs")}
        print(r["conflict_line"].format(**fields, site=c["site_name"]))


ACTIONS = {
    "export": (_export_parser, _export),
    "import": (_import_parser, _import),
    "status": (_status_parser, _status),
}
