"""What a file must be before the store keeps it: a PDF, DOCX, PNG, JPEG or TIFF by its own bytes (not its
name), not empty, not too large, not encrypted, and not built to blow up whoever opens it.

Every refusal is a :class:`FileRefusedError` whose ``message`` tells the secretary, in Vietnamese, what is
wrong and what to do. The checks read a bounded amount: a "PDF bomb" (a few kB that inflate to gigabytes, or
millions of objects or pages) is measured with capped decompression and refused long before it is unpacked.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from secretary_app.domain.errors import RuleError

MAX_FILE_BYTES = 50 * 1024 * 1024  # a 200-page scan at office quality is ~30 MB
MAX_PDF_PAGES = 2_000
MAX_PDF_OBJECTS = 500_000
MAX_INFLATED_BYTES = 512 * 1024 * 1024  # all streams of a PDF, or all members of a DOCX, unpacked
MAX_RATIO = 200  # unpacked / packed, past a few MB: real documents compress 2-20x, bombs 1000x
RATIO_FLOOR = 8 * 1024 * 1024  # below this many unpacked bytes any ratio is harmless
MAX_ZIP_MEMBERS = 5_000
MAX_IMAGE_PIXELS = 200_000_000  # ~A0 at 600 dpi

ACCEPTED = "PDF, DOCX, PNG, JPEG hoặc TIFF"


class FileRefusedError(RuleError):
    """The file was not stored; ``message`` says why (Vietnamese)."""


@dataclass(frozen=True)
class CheckedFile:
    file_type: str  # pdf | docx | png | jpeg | tiff
    size: int


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def sniff(data: bytes) -> str | None:
    """The file's type from its first bytes; None for anything not accepted."""
    if data.startswith(b"%PDF-") or (b"%PDF-" in data[:1024] and data.lstrip()[:5] == b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    return None


def check_file(name: str, data: bytes) -> CheckedFile:
    """The checked file's type and size, or FileRefusedError."""
    if len(data) == 0:
        raise FileRefusedError(f"Tệp “{name}” rỗng (0 byte): hãy chọn lại tệp gốc.")
    if len(data) > MAX_FILE_BYTES:
        raise FileRefusedError(
            f"Tệp “{name}” dài {_mb(len(data))}, quá giới hạn {_mb(MAX_FILE_BYTES)}: hãy quét lại ở độ phân "
            "giải thấp hơn (200 dpi là đủ) hoặc tách thành nhiều tệp."
        )
    kind = sniff(data)
    if kind is None:
        if data.startswith(
            b"\xd0\xcf\x11\xe0"
        ):  # OLE: a Word 97-2003 .doc, or an Office file with a password
            raise FileRefusedError(
                f"Tệp “{name}” là văn bản Word cũ (.doc) hoặc tệp Office có mật khẩu: hãy lưu lại thành DOCX "
                "hoặc PDF không đặt mật khẩu rồi chọn lại."
            )
        if data.startswith(b"MZ"):
            raise FileRefusedError(
                f"Tệp “{name}” là một chương trình (EXE) được đặt tên như tài liệu: không lưu. "
                "Hãy kiểm tra virus và xin lại tệp văn bản."
            )
        raise FileRefusedError(
            f"Tệp “{name}” không phải là {ACCEPTED} (xét theo nội dung tệp, không theo tên)."
        )
    if kind == "pdf":
        _check_pdf(name, data)
    elif kind == "zip":
        _check_docx(name, data)
        kind = "docx"
    elif kind == "png":
        _check_png(name, data)
    return CheckedFile(kind, len(data))


def _bomb(name: str) -> FileRefusedError:
    return FileRefusedError(
        f"Tệp “{name}” có cấu trúc bất thường (nén quá mức hoặc quá nhiều đối tượng), "
        "có thể là tệp phá hoại: "
        "không lưu. Hãy xin lại bản PDF khác hoặc quét từ bản giấy."
    )


def _check_pdf(name: str, data: bytes) -> None:
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise FileRefusedError(
            f"Tệp “{name}” là PDF có mật khẩu (mã hóa): không đọc và lưu trữ được. "
            "Hãy xin bản không đặt mật khẩu, hoặc in ra một PDF mới."
        ) from None
    except (pikepdf.PdfError, RecursionError, ValueError) as exc:
        raise FileRefusedError(f"Tệp “{name}” không phải là PDF đọc được ({str(exc)[:120]}).") from None
    with pdf:
        if pdf.is_encrypted:
            raise FileRefusedError(
                f"Tệp “{name}” là PDF được mã hóa (giới hạn quyền): không lưu trữ lâu dài được. "
                "Hãy xin bản không mã hóa, hoặc in ra một PDF mới."
            )
        objects = pdf.objects
        if len(objects) > MAX_PDF_OBJECTS:
            raise _bomb(name)
        try:
            pages = len(pdf.pages)
        except (pikepdf.PdfError, RecursionError):
            raise _bomb(name) from None
        if pages == 0:
            raise FileRefusedError(f"Tệp “{name}” là PDF không có trang nào.")
        if pages > MAX_PDF_PAGES:
            raise FileRefusedError(f"Tệp “{name}” có {pages} trang, quá giới hạn {MAX_PDF_PAGES} trang.")
        _check_streams(name, objects)


def _check_streams(name: str, objects) -> None:
    """Unpack each Flate stream with a cap on the output: the total and the ratio stay bounded."""
    import pikepdf

    inflated = packed = 0
    for obj in objects:
        if not isinstance(obj, pikepdf.Stream):
            continue
        filters = obj.get("/Filter")
        names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else [str(filters)]
        try:
            raw = obj.read_raw_bytes()
        except (pikepdf.PdfError, RecursionError):
            continue  # a broken stream is the reader's problem, not a bomb
        packed += len(raw)
        if filters is None or names[0] != "/FlateDecode":
            inflated += len(raw)
        else:
            # Never unpack further than the ratio allows: a bomb stops at MAX_RATIO times its packed size.
            allowed = max(RATIO_FLOOR, MAX_RATIO * packed) - inflated
            budget = max(0, min(MAX_INFLATED_BYTES - inflated, allowed)) + 1
            try:
                out = zlib.decompressobj().decompress(raw, budget)
            except zlib.error:
                continue
            inflated += len(out)
            if len(names) > 1 and names[1] == "/FlateDecode":  # nested compression: a classic bomb
                inflated += len(zlib.decompressobj().decompress(out[:budget], budget))
        if inflated > MAX_INFLATED_BYTES or (
            inflated > RATIO_FLOOR and inflated > MAX_RATIO * max(packed, 1)
        ):
            raise _bomb(name)


def _check_docx(name: str, data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        raise FileRefusedError(f"Tệp “{name}” là tệp nén hỏng, không phải DOCX đọc được.") from None
    with archive:
        members = archive.infolist()
        names = {m.filename for m in members}
        if "[Content_Types].xml" not in names or "word/document.xml" not in names:
            raise FileRefusedError(
                f"Tệp “{name}” là tệp nén (ZIP) nhưng không phải văn bản Word (DOCX): chỉ nhận {ACCEPTED}."
            )
        if any(m.flag_bits & 0x1 for m in members):
            raise FileRefusedError(
                f"Tệp “{name}” là DOCX có mật khẩu (mã hóa): hãy xin bản không đặt mật khẩu."
            )
        unpacked = sum(m.file_size for m in members)
        if (
            len(members) > MAX_ZIP_MEMBERS
            or unpacked > MAX_INFLATED_BYTES
            or (unpacked > RATIO_FLOOR and unpacked > MAX_RATIO * len(data))
        ):
            raise _bomb(name)


def _check_png(name: str, data: bytes) -> None:
    if len(data) < 24:
        raise FileRefusedError(f"Tệp “{name}” là ảnh PNG hỏng.")
    width, height = struct.unpack(">II", data[16:24])
    if width * height > MAX_IMAGE_PIXELS:
        raise FileRefusedError(
            f"Ảnh “{name}” quá lớn ({width}×{height} điểm ảnh): hãy quét ở độ phân giải thấp hơn."
        )
