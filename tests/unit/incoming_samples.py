"""Files a secretary may be handed, good and bad, made on the fly for the incoming-register tests."""

from __future__ import annotations

import io
import zipfile
import zlib

import pikepdf


def received_pdf(text: str = "KẾT LUẬN", pages: int = 1) -> bytes:
    """A real PDF with a text layer (ReportLab), as another program would have printed it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from secretary_app.rendering.fonts import font_set, registered_name

    font_set()  # registers the family
    font = registered_name()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for n in range(pages):
        page.setFont(font, 13)
        for i, line in enumerate(text.splitlines() or [text]):
            page.drawString(60, 780 - 18 * i, line)
        page.drawString(60, 40, str(n + 1))
        page.showPage()
    page.save()
    return buffer.getvalue()


def blank_pdf(pages: int = 1) -> bytes:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def encrypted_pdf(user_password: str = "matkhau") -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out, encryption=pikepdf.Encryption(user=user_password, owner="chu-so-huu"))
    return out.getvalue()


def bomb_pdf(inflated_mb: int = 24) -> bytes:
    """A small PDF whose one stream inflates ~1000 times (a decompression bomb)."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    packed = zlib.compress(b"\0" * (inflated_mb * 1024 * 1024), 9)
    stream = pikepdf.Stream(pdf, packed)
    stream["/Filter"] = pikepdf.Name("/FlateDecode")
    pdf.pages[0].obj["/Contents"] = pdf.make_indirect(stream)
    out = io.BytesIO()
    pdf.save(out, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()


def docx_bytes() -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph("TỈNH ỦY")
    document.add_paragraph("Số 445-KL/TU")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "not a document")
    return out.getvalue()


def png_bytes() -> bytes:
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0\0"))
        + chunk(b"IEND", b"")
    )


EXE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
    + b"\0" * 200
    + b"This program cannot be run in DOS mode"
)
