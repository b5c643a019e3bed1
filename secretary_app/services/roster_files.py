"""Spreadsheet files of people and units: read .xlsx (openpyxl) and .csv (UTF-8 with or without BOM, ``;`` or
``,``) into text cells, write .xlsx and .csv. The rules about what the cells mean are in
domain/roster_import.py."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from secretary_app.domain.roster_import import SheetData
from secretary_app.domain.text import vn_date_short
from secretary_app.domain.validation import FieldError, ValidationError

SUFFIXES = (".xlsx", ".csv")


def _bad_file(message: str) -> ValidationError:
    return ValidationError([FieldError("file", message)])


def read_sheet(path: Path) -> SheetData:
    """The cells of the first sheet (.xlsx) or of the file (.csv) as text; ValidationError when unreadable."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise _bad_file(f"Chỉ nhập được tệp Excel (.xlsx) hoặc CSV (.csv): {path.name}")
    if not path.is_file():
        raise _bad_file(f"Không tìm thấy tệp {path}.")
    rows = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    return SheetData.of(rows)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return vn_date_short(value.date())
    if isinstance(value, date):
        return vn_date_short(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path) -> list[list[str]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise _bad_file(
            f"Không đọc được tệp Excel {path.name}: tệp hỏng hoặc không phải .xlsx ({exc})."
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            # Not UTF-8: a list saved from an old Excel in a TCVN3/VNI font comes as Windows-1252 bytes, which
            # is exactly what the legacy-encoding detection reads (domain/legacy_text.py).
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise _bad_file(f"Tệp {path.name} không phải văn bản UTF-8: lưu lại bằng “CSV UTF-8”.") from None
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def write_sheet(path: Path, headers: list[str], rows: list[list[str]], title: str) -> Path:
    """Write .xlsx (one sheet named ``title``) or .csv (UTF-8 with BOM, so Excel reads the diacritics)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise _bad_file(f"Tệp xuất phải có đuôi .xlsx hoặc .csv: {path.name}")
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=",")
            writer.writerow(headers)
            writer.writerows(rows)
        return path
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for column, header in zip(sheet.columns, headers, strict=False):
        width = max([len(header), *(len(str(c.value or "")) for c in column)])
        sheet.column_dimensions[column[0].column_letter].width = min(60, width + 2)
    workbook.save(path)
    return path


def csv_text(headers: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue()
