"""Received documents (sổ văn bản đến) and the files kept with records. Pure Python.

An incoming document is numbered per calendar year in the order it is registered (số đến 1, 2, … from
1 January); a number once given is never given again, even when the record goes to the recycle bin. Its
marks are the ones NĐ 30/2020 names: urgency ("Khẩn", "Thượng khẩn", "Hỏa tốc") and secrecy ("Mật",
"Tối mật", "Tuyệt mật").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from secretary_app.domain.i18n import QT_TRANSLATE_NOOP
from secretary_app.domain.models import new_uuid
from secretary_app.domain.validation import MAX_LINE, MAX_NOTE, FieldError

# The marks as printed on a document and in the register (empty: none).
URGENCY_MARKS = ("", "Khẩn", "Thượng khẩn", "Hỏa tốc")
SECRECY_MARKS = ("", "Mật", "Tối mật", "Tuyệt mật")

# Document types a secretary picks from (free text is allowed too: the sender's own name of it).
INCOMING_TYPES = (
    "Kết luận",
    "Thông báo",
    "Chỉ thị",
    "Nghị quyết",
    "Quyết định",
    "Chương trình",
    "Kế hoạch",
    "Hướng dẫn",
    "Công văn",
    "Báo cáo",
    "Giấy mời",
    "Tờ trình",
)

# The type names by the code in a symbol ("445-KL/TU" → KL): what a proposal's kind_code becomes.
TYPE_BY_CODE = {
    "KL": "Kết luận",
    "TB": "Thông báo",
    "CT": "Chỉ thị",
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "HD": "Hướng dẫn",
    "CV": "Công văn",
    "BC": "Báo cáo",
    "GM": "Giấy mời",
    "TTr": "Tờ trình",
}


class FileRole(StrEnum):
    """Why a file is kept with a record."""

    ORIGINAL = "original"  # the received document itself (PDF, DOCX, a scan)
    ATTACHMENT = "attachment"  # anything sent with it (phụ lục)
    SIGNED_SCAN = "signed_scan"  # an issued document's signed and stamped copy (bản có chữ ký, đóng dấu)


FILE_ROLE_LABELS = {
    FileRole.ORIGINAL: QT_TRANSLATE_NOOP("labels", "Bản gốc"),
    FileRole.ATTACHMENT: QT_TRANSLATE_NOOP("labels", "Tài liệu kèm theo"),
    FileRole.SIGNED_SCAN: QT_TRANSLATE_NOOP("labels", "Bản có chữ ký, đóng dấu"),
}


@dataclass
class StoredFile:
    """One file kept with a record: its bytes live once in the store under their SHA-256."""

    owner_table: str  # "incoming_documents" | "documents"
    owner_uuid: str  # by UUID: the record may go to the recycle bin and come back with a new id
    role: FileRole
    file_name: str  # as it was chosen (shown, and used when the file is saved out again)
    sha256: str
    size: int
    file_type: str  # pdf | docx | png | jpeg | tiff (what its bytes are, not its name)
    order: int = 0
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class IncomingDocument:
    """A received document as the register records it."""

    received_on: date
    sender: str  # cơ quan, tổ chức ban hành
    summary: str  # trích yếu nội dung
    symbol: str = ""  # số, ký hiệu: "445-KL/TU"
    doc_date: date | None = None  # ngày tháng của văn bản
    type_name: str = ""  # tên loại: "Kết luận"
    urgency: str = ""  # URGENCY_MARKS
    secrecy: str = ""  # SECRECY_MARKS
    handling_deadline: date | None = None  # hạn giải quyết
    handler: str = ""  # đơn vị, người nhận (xử lý)
    handled_on: date | None = None  # the day it was dealt with (None: still to handle)
    notes: str = ""  # ghi chú
    year: int = 0  # the register's year (of received_on); set with the number
    number: int | None = None  # số đến; given when registered
    report_document_id: int | None = None  # the báo cáo kết quả thực hiện drafted in answer
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    @property
    def number_label(self) -> str:
        return str(self.number) if self.number is not None else ""

    @property
    def source_label(self) -> str:
        """How a task names it on the board: "Kết luận số 445-KL/TU ngày 12/10/2026 (văn bản đến)"."""
        kind = self.type_name or "Văn bản"
        symbol = f" số {self.symbol}" if self.symbol else ""
        dated = f" ngày {self.doc_date.strftime('%d/%m/%Y')}" if self.doc_date else ""
        sender = "" if symbol else f" của {self.sender}"  # without a symbol the sender tells it apart
        return f"{kind}{symbol}{dated}{sender}"


def validate_incoming(doc: IncomingDocument) -> list[FieldError]:
    errors: list[FieldError] = []
    for name, label in (("sender", "cơ quan gửi"), ("summary", "trích yếu")):
        value = getattr(doc, name)
        if not value.strip():
            errors.append(FieldError(name, f"Chưa nhập {label}."))
    for name, label, limit in (
        ("sender", "Cơ quan gửi", MAX_LINE),
        ("symbol", "Số, ký hiệu", 60),
        ("type_name", "Tên loại", 60),
        ("handler", "Người, đơn vị xử lý", MAX_LINE),
        ("summary", "Trích yếu", 2_000),
        ("notes", "Ghi chú", MAX_NOTE),
    ):
        if len(getattr(doc, name)) > limit:
            errors.append(FieldError(name, f"{label} quá dài (tối đa {limit} ký tự)."))
    if doc.urgency not in URGENCY_MARKS:
        errors.append(
            FieldError("urgency", f"Độ khẩn “{doc.urgency}” không có (Khẩn, Thượng khẩn, Hỏa tốc).")
        )
    if doc.secrecy not in SECRECY_MARKS:
        errors.append(FieldError("secrecy", f"Độ mật “{doc.secrecy}” không có (Mật, Tối mật, Tuyệt mật)."))
    if doc.doc_date is not None and doc.doc_date > doc.received_on:
        errors.append(FieldError("doc_date", "Ngày của văn bản sau ngày đến: hãy kiểm tra lại ngày tháng."))
    if doc.handling_deadline is not None and doc.handling_deadline < doc.received_on:
        errors.append(FieldError("handling_deadline", "Hạn giải quyết trước ngày văn bản đến."))
    return errors
