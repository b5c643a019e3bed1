"""The incoming register as the paper book (sổ đăng ký văn bản đến) prints it, and as an .xlsx workbook.

The columns are the book's (NĐ 30/2020, Phụ lục IV, mẫu sổ đăng ký văn bản đến): ngày đến, số đến, tác giả,
số và ký hiệu, ngày tháng, tên loại và trích yếu nội dung, đơn vị hoặc người nhận, ký nhận, ghi chú. The
"Ký nhận" column stays empty: the handler signs the printed book by hand. Urgency and secrecy marks, the
handling deadline and the tasks taken from the document go in "Ghi chú".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from secretary_app.domain import models as m
from secretary_app.domain.document import Document, issuer_from_profile, issuer_to_dict
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.incoming import IncomingDocument
from secretary_app.domain.numbering import TYPE_CODES
from secretary_app.domain.text import vn_date_short
from secretary_app.services.render import render_to_file, write_tables

COLUMNS = [
    "Ngày đến",
    "Số đến",
    "Tác giả",
    "Số, ký hiệu",
    "Ngày tháng",
    "Tên loại và trích yếu nội dung",
    "Đơn vị hoặc người nhận",
    "Ký nhận",
    "Ghi chú",
]
WIDTHS = [2.8, 1.1, 1.6, 1.9, 2.8, 3.0, 1.6, 0.9, 2.8]


def _day(value: date | None) -> str:
    return vn_date_short(value) if value else ""


def _notes(doc: IncomingDocument, task_count: int) -> str:
    parts = [mark for mark in (doc.urgency, doc.secrecy) if mark]
    if doc.handling_deadline:
        parts.append(f"Hạn giải quyết {_day(doc.handling_deadline)}")
    if doc.handled_on:
        parts.append(f"Đã giải quyết {_day(doc.handled_on)}")
    if task_count:
        parts.append(f"{task_count} nhiệm vụ theo dõi")
    if doc.notes:
        parts.append(doc.notes)
    return "; ".join(parts)


def register_rows(
    docs: Sequence[IncomingDocument], task_counts: dict[int, int] | None = None
) -> list[list[str]]:
    """One row per received document, in number order, with the book's columns."""
    counts = task_counts or {}
    ordered = sorted(docs, key=lambda d: (d.year, d.number or 0))
    return [
        [
            _day(d.received_on),
            str(d.number or ""),
            d.sender,
            d.symbol,
            _day(d.doc_date),
            f"{d.type_name}: {d.summary}" if d.type_name else d.summary,
            d.handler,
            "",
            _notes(d, counts.get(d.id or 0, 0)),
        ]
        for d in ordered
    ]


def register_document(
    profile: m.OrganisationProfile | None,
    docs: Sequence[IncomingDocument],
    year: int | None,
    today: date,
    task_counts: dict[int, int] | None = None,
) -> Document:
    rows = register_rows(docs, task_counts)
    period = f"Năm {year}" if year else "Tất cả các năm"
    content: dict[str, Any] = {
        "standard": str(profile.standard) if profile else "party",
        "kind": "report",
        "issuer": issuer_to_dict(issuer_from_profile(profile)),
        "type_code": TYPE_CODES["register"],
        "unnumbered": True,  # a book kept by the office, not an issued document
        "place": profile.place if profile and profile.place else "Hà Nội",
        "date": today.isoformat(),
        "title": "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
        "subject": period,
        "body": [
            {"type": "paragraph", "text": f"Tổng số: {len(rows)} văn bản đến."},
            {"type": "table", "columns": COLUMNS, "rows": rows, "widths": WIDTHS},
        ]
        if rows
        else [{"type": "paragraph", "text": f"Chưa có văn bản đến nào ({period.lower()})."}],
        "signature": {"position": "NGƯỜI LẬP SỔ", "name": "-"},
        "recipients": [f"Lưu {profile.office_name}" if profile and profile.office_name else "Lưu hồ sơ"],
    }
    doc = document_from_dict(content)
    doc.signature.name = ""  # signed by hand by whoever keeps the book
    return doc


def write_register(ctx, out: Path | str, year: int | None = None, today: date | None = None) -> int:
    """The register of ``year`` (every year when None) to ``out``: PDF or DOCX (the book, returns its pages)
    or .xlsx (the table, returns 0), atomically. Call on a worker thread's own context for long books."""
    out = Path(out)
    docs = ctx.incoming.entries(year)
    counts = ctx.incoming.task_counts()
    if out.suffix.lower() == ".xlsx":
        title = f"Sổ văn bản đến {year}" if year else "Sổ văn bản đến"
        write_tables([(title, COLUMNS, register_rows(docs, counts))], out)
        return 0
    book = register_document(ctx.organisation.get(), docs, year, today or date.today(), counts)
    return render_to_file(book, out)
