"""The ``people`` and ``units`` subcommands: list (text, CSV or JSON), import from .xlsx/.csv, export to
.xlsx/.csv.

An import with any bad row, unknown header or duplicate is refused as a whole (exit 2, nothing written) with
the rows and reasons listed; the GUI's import dialog is where a secretary corrects the column mapping or skips
rows."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from secretary_app.domain.errors import RuleError
from secretary_app.domain.legacy_text import LABELS as LEGACY_LABELS
from secretary_app.domain.models import label
from secretary_app.domain.validation import ValidationError

EXIT_OK, EXIT_BAD_INPUT = 0, 2

TEXTS = {
    "vi": {
        "people": "danh sách người (đảng viên, ủy viên): liệt kê, nhập từ Excel/CSV, xuất",
        "units": "danh sách đơn vị: liệt kê, nhập từ Excel/CSV, xuất",
        "list": "liệt kê",
        "format": "định dạng: text, csv hoặc json",
        "import": "nhập từ tệp .xlsx hoặc .csv (từ chối cả tệp nếu có dòng lỗi)",
        "import_in": "tệp .xlsx hoặc .csv có dòng tiêu đề (Họ và tên, Chức vụ, Đơn vị…)",
        "no_convert": "không chuyển chữ TCVN3/VNI sang Unicode",
        "export": "xuất ra tệp .xlsx hoặc .csv",
        "export_out": "tệp sẽ tạo",
        "imported": "Đã nhập {n} dòng từ {path}.",
        "converted": "Đã chuyển chữ từ {encoding} sang Unicode.",
        "new_units": "Đã tạo thêm đơn vị: {names}.",
        "exported": "Đã xuất {n} dòng vào {out}.",
        "exists": "Tệp {out} đã tồn tại; chọn tên khác để không ghi đè.",
        "refused": "Chưa nhập gì từ {path}.",
    },
    "en": {
        "people": "people (Party members, committee members): list, import from Excel/CSV, export",
        "units": "units: list, import from Excel/CSV, export",
        "list": "list them",
        "format": "format: text, csv or json",
        "import": "import from an .xlsx or .csv file (the whole file is refused on any bad row)",
        "import_in": ".xlsx or .csv file with a header row (Họ và tên, Chức vụ, Đơn vị…)",
        "no_convert": "do not convert TCVN3/VNI text to Unicode",
        "export": "export to an .xlsx or .csv file",
        "export_out": "file to create",
        "imported": "Imported {n} rows from {path}.",
        "converted": "Converted the text from {encoding} to Unicode.",
        "new_units": "Created the units: {names}.",
        "exported": "Exported {n} rows to {out}.",
        "exists": "{out} exists already; choose another name so nothing is overwritten.",
        "refused": "Nothing was imported from {path}.",
    },
}
COMMANDS = ("people", "units")


def add_parsers(sub, t: dict, lang: str, localise, db_option) -> None:
    r = TEXTS[lang]
    for command in COMMANDS:
        parser = localise(sub.add_parser(command, help=r[command], description=r[command], add_help=False), t)
        db_option(parser)
        actions = parser.add_subparsers(dest="action", metavar="{list,import,export}", required=True)
        listing = localise(
            actions.add_parser("list", help=r["list"], description=r["list"], add_help=False), t
        )
        listing.add_argument("--format", choices=["text", "csv", "json"], default="text", help=r["format"])
        importing = localise(
            actions.add_parser("import", help=r["import"], description=r["import"], add_help=False), t
        )
        importing.add_argument("file", type=Path, metavar="FILE", help=r["import_in"])
        importing.add_argument("--no-convert", action="store_true", help=r["no_convert"])
        exporting = localise(
            actions.add_parser("export", help=r["export"], description=r["export"], add_help=False), t
        )
        exporting.add_argument(
            "-o", "--output", type=Path, required=True, metavar="FILE", help=r["export_out"]
        )
        for leaf in (listing, importing, exporting):
            db_option(leaf)


def run(ctx, args: argparse.Namespace, lang: str) -> int:
    r = TEXTS[lang]
    service = ctx.people if args.command == "people" else ctx.units
    if args.action == "list":
        return _list(ctx, service, args.command, args.format)
    if args.action == "export":
        if args.output.exists():
            print(r["exists"].format(out=args.output), file=sys.stderr)
            return EXIT_BAD_INPUT
        try:
            service.export(args.output)
        except ValidationError as exc:
            print("\n".join(e.message for e in exc.errors), file=sys.stderr)
            return EXIT_BAD_INPUT
        print(r["exported"].format(n=len(service.table()[1]), out=args.output))
        return EXIT_OK
    try:
        count, plan = service.import_file(args.file, convert_legacy=not args.no_convert)
    except ValidationError as exc:
        print(
            "\n".join(e.message for e in exc.errors),
            r["refused"].format(path=args.file),
            sep="\n",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except RuleError as exc:
        print(exc.message, r["refused"].format(path=args.file), sep="\n", file=sys.stderr)
        return EXIT_BAD_INPUT
    if plan.legacy and not args.no_convert:
        print(r["converted"].format(encoding=LEGACY_LABELS[plan.legacy]))
    if plan.new_unit_names:
        print(r["new_units"].format(names=", ".join(plan.new_unit_names)))
    print(r["imported"].format(n=count, path=args.file))
    return EXIT_OK


def _list(ctx, service, command: str, fmt: str) -> int:
    if fmt == "csv":
        from secretary_app.services.roster_files import csv_text

        sys.stdout.write(csv_text(*service.table()))
        return EXIT_OK
    if command == "people":
        units = {u.id: u.name for u in ctx.units.list_units()}
        records = [
            {
                "id": p.id,
                "uuid": p.uuid,
                "order": p.order,
                "name": p.name,
                "position": p.position,
                "unit": units.get(p.unit_id, ""),
                "membership": str(p.membership),
                "committee_role": str(p.committee_role),
                "active": p.active,
            }
            for p in service.list_people()
        ]
    else:
        records = [
            {
                "id": u.id,
                "uuid": u.uuid,
                "order": u.order,
                "name": u.name,
                "short_name": u.short_name,
                "kind": str(u.kind),
                "active": u.active,
            }
            for u in service.list_units()
        ]
    if fmt == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return EXIT_OK
    for record in records:
        extra = (
            [record["position"], record["unit"], label_of(record, "committee_role")]
            if command == "people"
            else [record["short_name"], label_of(record, "kind")]
        )
        inactive = "" if record["active"] else " (ngừng)"
        print(f"{record['order']:>4}. {record['name']}{inactive}", *[x for x in extra if x], sep=" | ")
    return EXIT_OK


def label_of(record: dict, key: str) -> str:
    from secretary_app.domain import models as m

    value = m.CommitteeRole(record[key]) if key == "committee_role" else m.UnitKind(record[key])
    return "" if value == m.CommitteeRole.NONE else label(value)
