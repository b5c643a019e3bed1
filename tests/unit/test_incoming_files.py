"""The file store (issue 15 item 3): what is refused, what is kept, and that a kept file is never lost."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from secretary_app.domain.errors import RuleError
from secretary_app.domain.incoming import FileRole, IncomingDocument
from secretary_app.services import file_checks
from secretary_app.services.backups import BackupService
from secretary_app.services.context import open_context
from secretary_app.services.file_checks import FileRefusedError, check_file
from tests.unit.incoming_samples import (
    EXE,
    blank_pdf,
    bomb_pdf,
    docx_bytes,
    encrypted_pdf,
    plain_zip,
    png_bytes,
    received_pdf,
)


@pytest.fixture
def ctx(tmp_path):
    context = open_context(tmp_path / "office.sqlite", create=True)
    yield context
    context.close()


def _doc(**changes) -> IncomingDocument:
    fields = {"received_on": date(2026, 12, 1), "sender": "Tỉnh ủy", "summary": "Về công tác dân vận"}
    return IncomingDocument(**(fields | changes))


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("kl.pdf", received_pdf(), "pdf"),
        ("trang-trang.pdf", blank_pdf(), "pdf"),
        ("cv.docx", docx_bytes(), "docx"),
        ("scan.png", png_bytes(), "png"),
        ("scan.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 64, "jpeg"),
        ("scan.tif", b"II*\x00" + b"\0" * 64, "tiff"),
        ("scan-doi-ten.pdf", png_bytes(), "png"),  # the bytes decide, not the name
    ],
)
def test_accepted_files_by_their_bytes(name, data, kind):
    assert check_file(name, data).file_type == kind


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("rong.pdf", b"", "rỗng (0 byte)"),
        ("co-mat-khau.pdf", encrypted_pdf(), "mật khẩu"),
        ("chuong-trinh.pdf", EXE, "chương trình (EXE)"),
        ("bom.pdf", bomb_pdf(), "phá hoại"),
        ("nen.docx", plain_zip(), "không phải văn bản Word"),
        ("word97.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "Word cũ"),
        ("ghi-chu.txt", "Kết luận".encode(), "không phải là PDF, DOCX"),
        ("hong.pdf", b"%PDF-1.7\n garbage", "không phải là PDF đọc được"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(name, data, words):
    with pytest.raises(FileRefusedError) as refused:
        check_file(name, data)
    assert words in refused.value.message and name in refused.value.message


def test_size_and_page_limits(monkeypatch):
    monkeypatch.setattr(file_checks, "MAX_FILE_BYTES", 1000)
    with pytest.raises(FileRefusedError, match="quá giới hạn"):
        check_file("to.pdf", received_pdf())
    monkeypatch.setattr(file_checks, "MAX_FILE_BYTES", 10**8)
    monkeypatch.setattr(file_checks, "MAX_PDF_PAGES", 3)
    with pytest.raises(FileRefusedError, match="4 trang"):
        check_file("dai.pdf", blank_pdf(4))
    monkeypatch.setattr(file_checks, "MAX_PDF_OBJECTS", 2)
    with pytest.raises(FileRefusedError, match="phá hoại"):
        check_file("nhieu.pdf", blank_pdf(2))


def test_a_refused_file_registers_nothing(ctx):
    with pytest.raises(FileRefusedError):
        ctx.incoming.register(_doc(), [("virus.pdf", EXE)])
    assert ctx.incoming.entries() == [] and ctx.files.totals() == (0, 0)
    # the number the failed attempt would have taken is free: the next record gets 1
    assert ctx.incoming.register(_doc(), [("kl.pdf", blank_pdf())]).number == 1


def test_content_is_kept_once_by_sha256_and_read_back_byte_identical(ctx, tmp_path):
    data = received_pdf()
    first = ctx.incoming.register(_doc(), [("kl.pdf", data)])
    second = ctx.incoming.register(_doc(summary="Bản sao"), [("ban-sao.pdf", data)])
    [kept] = ctx.incoming.files(first.id)
    assert kept.sha256 == hashlib.sha256(data).hexdigest() and kept.role == FileRole.ORIGINAL
    assert ctx.files.totals() == (1, len(data))  # one content for two records
    out = ctx.files.save_out(ctx.incoming.files(second.id)[0], tmp_path / "ra.pdf")
    assert out.read_bytes() == data


def test_editing_or_deleting_a_record_never_loses_its_file(ctx):
    data = received_pdf()
    doc = ctx.incoming.register(_doc(), [("kl.pdf", data)])
    doc.summary = "Trích yếu đã sửa"
    ctx.incoming.update(doc)
    assert ctx.files.content(ctx.incoming.files(doc.id)[0]) == data
    bin_id = ctx.incoming.delete(doc.id)
    assert ctx.incoming.entries() == [] and ctx.files.totals() == (1, len(data))
    _kind, restored = ctx.trash.restore(bin_id)
    assert ctx.files.content(ctx.incoming.files(restored)[0]) == data
    # taking the file off the record goes to the bin too, and comes back
    [kept] = ctx.incoming.files(restored)
    file_bin = ctx.files.detach(kept.id)
    assert ctx.incoming.files(restored) == [] and ctx.files.totals()[0] == 1
    ctx.trash.restore(file_bin)
    assert [f.sha256 for f in ctx.incoming.files(restored)] == [kept.sha256]


def test_backup_and_restore_carry_the_files(ctx, tmp_path):
    data = received_pdf("BẢN GỐC")
    doc = ctx.incoming.register(_doc(), [("kl.pdf", data)])
    service = BackupService(ctx.db_path, tmp_path / "backups")
    (tmp_path / "stick").mkdir()
    copy = service.backup_now(tmp_path / "stick")
    ctx.files.detach(ctx.incoming.files(doc.id)[0].id)
    ctx.incoming.delete(doc.id)
    ctx.close()
    service.restore(copy)
    again = open_context(ctx.db_path)
    try:
        [restored] = again.incoming.entries()
        assert again.files.content(again.incoming.files(restored.id)[0]) == data
    finally:
        again.close()


def test_signed_scan_of_an_issued_document_only(ctx, tmp_path):
    from secretary_app.domain import models as m

    draft = m.StoredDocument(
        kind=m.DocumentKind.LETTER, standard=m.Standard.PARTY, type_code="CV", subject="X"
    )
    ctx.store.save_document(draft)
    scan = tmp_path / "ban-ky.pdf"
    scan.write_bytes(received_pdf("CÓ CHỮ KÝ"))
    with pytest.raises(RuleError, match="đã ban hành"):
        ctx.files.attach_signed_scan(draft.id, scan)
    draft.status, draft.number, draft.doc_date = m.DocumentStatus.ISSUED, 7, date(2026, 12, 2)
    ctx.store.db.execute("UPDATE documents SET status='issued', number=7 WHERE id=?", [draft.id])
    stored = ctx.files.attach_signed_scan(draft.id, scan)
    assert [f.sha256 for f in ctx.files.signed_scans(draft.id)] == [stored.sha256]
    bad = tmp_path / "ban-ky.exe.pdf"
    bad.write_bytes(EXE)
    with pytest.raises(FileRefusedError):
        ctx.files.attach_signed_scan(draft.id, bad)
    assert len(ctx.files.signed_scans(draft.id)) == 1


def test_a_missing_or_huge_path_is_refused_before_reading(ctx, tmp_path, monkeypatch):
    doc = ctx.incoming.register(_doc())
    with pytest.raises(FileRefusedError, match="Không có tệp"):
        ctx.incoming.attach(doc.id, tmp_path / "khong-co.pdf")
    big = tmp_path / "lon.pdf"
    big.write_bytes(received_pdf())
    monkeypatch.setattr("secretary_app.services.stored_files.MAX_FILE_BYTES", 100)
    with pytest.raises(FileRefusedError, match="quá lớn"):
        ctx.incoming.attach(doc.id, Path(big))


def test_year_archive_carries_the_kept_files_and_checks_them(ctx, tmp_path):
    from secretary_app.services.archive import export_year, verify_archive

    data = received_pdf("VĂN BẢN ĐẾN")
    ctx.incoming.register(_doc(), [("Kết luận 445.pdf", data), ("phu-luc.docx", docx_bytes())])
    ctx.incoming.register(_doc(received_on=date(2025, 3, 1)), [("nam-truoc.pdf", blank_pdf())])
    result = export_year(ctx, 2026, tmp_path / "hoso-2026")
    names = [a["file"] for a in result.attachments]
    assert names == ["K001_2026-12-01_den-1-ket-luan-445.pdf", "K002_2026-12-01_den-1-phu-luc.docx"]
    assert (result.folder / names[0]).read_bytes() == data
    assert verify_archive(result.folder) == []
    (result.folder / names[1]).write_bytes(b"PK\x03\x04 changed")
    assert verify_archive(result.folder) == [
        f"Tệp {names[1]} đã bị thay đổi hoặc hỏng (mã SHA-256 không khớp)."
    ]
