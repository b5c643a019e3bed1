"""Tables to an Excel workbook (openpyxl): a report's figures for the office to sort, filter and total.

One sheet per table: a bold header row frozen at the top, an autofilter, wrapped text, column widths from
the longest line of each column (capped), dates as text in the Vietnamese form they print in (dd/mm/yyyy).
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import BinaryIO, NamedTuple

MAX_WIDTH = 80  # characters: a long task text wraps instead of making a column a screen wide


class Sheet(NamedTuple):
    title: str  # at most 31 characters (Excel's limit), no []:*?/\
    columns: list[str]
    rows: list[list]


def build_xlsx(sheets: list[Sheet]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        ws = book.create_sheet(_safe_title(sheet.title))
        ws.append(sheet.columns)
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in sheet.rows:
            ws.append(row)
        for line in ws.iter_rows(min_row=2):
            for cell in line:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for index, column in enumerate(sheet.columns, start=1):
            longest = max(
                [len(str(column))] + [len(str(r[index - 1])) for r in sheet.rows if len(r) >= index]
            )
            ws.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, longest + 2)
        ws.freeze_panes = "A2"
        if sheet.rows:
            ws.auto_filter.ref = ws.dimensions
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _safe_title(title: str) -> str:
    for bad in "[]:*?/\\":
        title = title.replace(bad, "-")
    return title[:31] or "Sheet"


def render_xlsx(sheets: list[Sheet], out: Path | str | BinaryIO) -> None:
    from secretary_app.rendering import _write

    _write(build_xlsx(sheets), out)
