"""The directive board's rows as a CSV file for Excel. No Qt.

**CSV.** UTF-8 with a byte-order mark and ";" between fields: Excel opens a file with a BOM as UTF-8
(Vietnamese letters intact) and, on Vietnamese Windows, whose list separator is ";" (the decimal mark is ","),
splits ";" into columns on a double click. No "sep=;" line: Excel ignores the BOM when one is present. Dates
dd/mm/yyyy.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from secretary_app.domain.text import vn_date_short
from secretary_app.fileio import atomic_write_bytes
from secretary_app.services.directives_board import BoardRow

CSV_SEPARATOR = ";"

CSV_COLUMNS = [
    "STT",
    "Nội dung",
    "Nhóm",
    "Văn bản",
    "Đơn vị chủ trì",
    "Thời hạn",
    "Trạng thái",
    "Ngày hoàn thành",
    "Kết quả",
]


def board_csv(rows: Iterable[BoardRow]) -> str:
    """The rows as CSV text (without the BOM; :func:`write_board_csv` adds it)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_SEPARATOR, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for i, row in enumerate(rows, start=1):
        writer.writerow(
            [
                i,
                row.content,
                row.heading,
                row.source_label,
                row.lead_unit_display,
                row.deadline_display,
                row.status_label,
                vn_date_short(row.completed_on) if row.completed_on else "",
                row.result,
            ]
        )
    return out.getvalue()


def write_board_csv(rows: Iterable[BoardRow], path: Path | str) -> Path:
    """Write the CSV (UTF-8 with BOM) to ``path`` atomically: a failure leaves no half file."""
    return atomic_write_bytes(path, board_csv(rows).encode("utf-8-sig"))
