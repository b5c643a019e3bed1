"""Tasks given as a table, the way plans (kế hoạch) and their annexes (phụ lục phân công) set them out: one
row a task, with columns for the content, the lead unit (chủ trì), the cooperating units (phối hợp) and the
time (thời gian, thời hạn, tiến độ). A table row reaches the reader as one line with its cells separated by
tabs (reading/docx_text.py; a pasted table keeps its tabs too).

The header row names the columns; the rows under it are tasks until a line that is no table row. A row
without content (a group title spanning the table, "I", "Nhiệm vụ chung") gives no task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from secretary_app.domain.deadlines import suggest_deadline
from secretary_app.domain.incoming_reading import ProposedTask
from secretary_app.domain.text import fold

_CONTENT = re.compile(r"\b(?:noi dung|nhiem vu|cong viec|hoat dong|ten (?:nhiem vu|de an))\b")
_LEAD = re.compile(r"\b(?:chu tri|don vi thuc hien|co quan thuc hien|thuc hien|trach nhiem)\b")
_COOPERATING = re.compile(r"\bphoi hop\b")
_TIME = re.compile(r"\b(?:thoi gian|thoi han|tien do|han hoan thanh|hoan thanh)\b")
_UNIT_CUT = re.compile(r"\s*(?:;|,|\n| / )\s*")


@dataclass(frozen=True)
class Columns:
    """Which cell of a row holds what (-1: the table has no such column)."""

    content: int
    lead: int = -1
    cooperating: int = -1
    time: int = -1


def cells_of(line: str) -> list[str] | None:
    """The cells of a table row (a line with two tabs or more), else None."""
    if line.count("\t") < 2:
        return None
    return [" ".join(cell.split()) for cell in line.split("\t")]


def header_columns(cells: list[str]) -> Columns | None:
    """The columns a header row names, when it names the content and the lead unit or the time."""
    folded = [fold(cell) for cell in cells]

    def find(pattern: re.Pattern[str], taken: tuple[int, ...] = ()) -> int:
        return next((i for i, cell in enumerate(folded) if i not in taken and pattern.search(cell)), -1)

    cooperating = find(_COOPERATING)
    lead = find(_LEAD, (cooperating,))
    time = find(_TIME, (cooperating, lead))
    content = find(_CONTENT, (cooperating, lead, time))
    if content < 0 or (lead < 0 and time < 0):
        return None
    return Columns(content, lead, cooperating, time)


def _cell(cells: list[str], index: int) -> str:
    return cells[index].strip() if 0 <= index < len(cells) else ""


def row_task(cells: list[str], columns: Columns, doc_date: date, line: int) -> ProposedTask | None:
    """The task one row gives, or None for a row with no content or a group title."""
    text = _cell(cells, columns.content)
    lead = _cell(cells, columns.lead)
    when = _cell(cells, columns.time)
    if len(text) < 8 or not (lead or when or _cell(cells, columns.cooperating)):
        return None
    cooperating = [u for u in _UNIT_CUT.split(_cell(cells, columns.cooperating)) if u]
    deadline = suggest_deadline(when, doc_date) if when else None
    if deadline is None or not deadline.found:
        deadline = suggest_deadline(text, doc_date)
    return ProposedTask(
        text=text, lead_unit=lead, cooperating_units=cooperating, deadline=deadline, source_line=line
    )
