"""Reading the text of received files (PDF with a text layer, DOCX): the only package that opens them with
pdfplumber or python-docx for reading. Output is plain text as domain/incoming_reading.py expects it: one
printed line (PDF) or paragraph (DOCX) a line, the header's two columns separated by a tab."""

from __future__ import annotations

from pathlib import Path

from secretary_app.domain.errors import UnreadableDocumentError

_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8", b"BM")  # PNG JPEG TIFF GIF BMP
MAX_FILE_BYTES = 50 * 1024 * 1024  # a received document is a few MB at most; beyond this it is not one


def _refuse(message: str) -> UnreadableDocumentError:
    return UnreadableDocumentError(message)


def document_text(path: Path) -> tuple[str, bool]:
    """(text, wrapped) of the file at ``path``: ``wrapped`` is True when a paragraph may run over several
    lines (PDF), False when each line is one paragraph (DOCX, plain text). Raises UnreadableDocumentError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as error:
        raise _refuse(f"Không mở được tệp {path.name}: {error.strerror or error}.") from error
    if size == 0:
        raise _refuse(f"Tệp {path.name} rỗng (0 byte): không có gì để đọc.")
    if size > MAX_FILE_BYTES:
        raise _refuse(f"Tệp {path.name} quá lớn ({size // (1024 * 1024)} MB): hãy nhập các trường bằng tay.")
    if magic.startswith(b"%PDF"):
        from secretary_app.reading.pdf_text import pdf_text

        return pdf_text(path), True
    if magic.startswith(b"PK"):
        from secretary_app.reading.docx_text import docx_text

        return docx_text(path), False
    if magic.startswith(_IMAGE_MAGIC):
        raise _refuse(
            f"Tệp {path.name} là ảnh (bản quét hoặc ảnh chụp) không có lớp chữ: chương trình không đọc được "
            "nội dung, hãy nhập số, ký hiệu, ngày, trích yếu và các nhiệm vụ bằng tay."
        )
    if path.suffix.lower() in (".txt", ".text"):
        return _plain_text(path), True
    raise _refuse(
        f"Tệp {path.name} không phải PDF hay DOCX: chương trình chỉ đọc được văn bản PDF có lớp chữ và DOCX; "
        "hãy nhập các trường bằng tay."
    )


def _plain_text(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _refuse(f"Tệp {path.name} không phải văn bản UTF-8: hãy nhập các trường bằng tay.")
