"""The outgoing register (sổ văn bản đi) as a printable report: a title, a count and one table."""

from __future__ import annotations

from datetime import date
from typing import Any

from secretary_app.domain import models as m
from secretary_app.domain.document import Document, issuer_from_profile, issuer_to_dict
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.numbering import TYPE_CODES, symbol_of
from secretary_app.domain.text import vn_date_short


def register_document(
    profile: m.OrganisationProfile,
    documents: list[m.StoredDocument],
    year: int | None,
    today: date | None = None,
) -> Document:
    rows = [
        [
            str(i),
            symbol_of(d, profile.code),
            vn_date_short(d.doc_date) if d.doc_date else "",
            m.label(d.kind),
            d.subject,
            d.signer_name,
        ]
        for i, d in enumerate(documents, start=1)
    ]
    period = f"Năm {year}" if year else "Tất cả các năm"
    content: dict[str, Any] = {
        "standard": str(profile.standard),
        "kind": "report",
        "issuer": issuer_to_dict(issuer_from_profile(profile)),
        "type_code": TYPE_CODES["register"],
        "unnumbered": True,  # the register is a book kept by the office, not an issued document
        "place": profile.place,
        "date": (today or date.today()).isoformat(),
        "title": "SỔ VĂN BẢN ĐI",
        "subject": period,
        "body": [
            {"type": "paragraph", "text": f"Tổng số: {len(rows)} văn bản đã ban hành."},
            {
                "type": "table",
                "columns": ["STT", "Số, ký hiệu", "Ngày", "Loại", "Trích yếu", "Người ký"],
                "rows": rows,
                "widths": [0.8, 2.0, 1.9, 1.4, 3.2, 1.8],
            },
        ]
        if rows
        else [{"type": "paragraph", "text": f"Chưa có văn bản nào được ban hành ({period.lower()})."}],
        "signature": {"position": "NGƯỜI LẬP SỔ", "name": "-"},
        "recipients": [f"Lưu {profile.office_name}" if profile.office_name else "Lưu hồ sơ"],
    }
    doc = document_from_dict(content)
    # The register is signed by hand by whoever keeps it: leave the name line empty under the position.
    doc.signature.name = ""
    return doc
