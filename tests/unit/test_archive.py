"""The year archive: one PDF per record, an index, a manifest with SHA-256, and its verification."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

import pdfplumber
import pytest

from secretary_app.domain import models as m
from secretary_app.domain.errors import BackupCancelledError
from secretary_app.services.archive import INDEX_FILE, MANIFEST, ArchiveError, export_year, verify_archive
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "cap-uy.sqlite"))
    yield context
    context.close()


def pdf_text_and_pages(path) -> tuple[str, int]:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages), len(pdf.pages)


def test_archive_of_the_demo_year(ctx, tmp_path):
    steps = []
    result = export_year(
        ctx, 2021, tmp_path / "ho-so-2021", progress=lambda done, total: steps.append((done, total))
    )
    folder = tmp_path / "ho-so-2021"
    assert result.folder == folder and not (tmp_path / "ho-so-2021.part").exists()
    assert steps[-1] == (4, 4)  # two documents, the index, the volume
    kinds = [(e.kind, e.symbol) for e in result.entries]
    assert kinds == [("minutes", ""), ("notice", "239-TB/ĐU")]  # minutes first, then the notice they led to
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["year"] == 2021 and len(manifest["files"]) == 2
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [INDEX_FILE, MANIFEST, "toan-tap-2021.pdf", *(e["file"] for e in manifest["files"])]
    )
    for entry in [manifest["index"], *manifest["files"]]:
        path = folder / entry["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"]
        assert pdf_text_and_pages(path)[1] == entry["pages"] > 0
    assert all(name.isascii() for name in (p.name for p in folder.iterdir()))
    index_text, _ = pdf_text_and_pages(folder / INDEX_FILE)
    assert "MỤC LỤC HỒ SƠ" in index_text and "239-TB/ĐU" in index_text and "12/10/2021" in index_text
    assert f"tổng cộng {sum(e.pages for e in result.entries)} trang" in index_text
    notice_text, _ = pdf_text_and_pages(folder / manifest["files"][1]["file"])
    assert "Hội nghị giao ban cấp ủy" in notice_text
    assert verify_archive(folder) == []


def test_only_the_years_issued_documents_and_meetings_are_archived(ctx, tmp_path):
    meeting = ctx.meetings.create(
        m.Meeting(
            title="Hội nghị tháng 3",
            kind="Hội nghị giao ban cấp ủy",
            start=datetime(2022, 3, 5, 8),
            chair="Nguyễn Văn A",
            secretary="Trần Thị B",
        )  # fmt: skip
    )
    ctx.issuing.draft_notice(meeting.id)  # a draft is not a record: left out
    result = export_year(ctx, 2022, tmp_path / "2022")
    assert [(e.kind, e.title) for e in result.entries] == [("minutes", "Biên bản Hội nghị tháng 3")]
    assert export_year(ctx, 2020, tmp_path / "2020").entries == []
    assert verify_archive(tmp_path / "2020") == []


def test_issued_minutes_document_is_used_instead_of_composing_one(ctx, tmp_path):
    meeting_id = ctx.meetings.list_meetings()[0].id
    issued = ctx.issuing.issue(ctx.issuing.draft_minutes(meeting_id).id)
    result = export_year(ctx, 2021, tmp_path / "out")
    minutes = [e for e in result.entries if e.kind == "minutes"]
    assert [(e.symbol, e.record_uuid) for e in minutes] == [(f"{issued.number:02d}-BB/ĐU", issued.uuid)]


def test_verify_archive_finds_every_kind_of_damage(ctx, tmp_path):
    folder = tmp_path / "out"
    export_year(ctx, 2021, folder)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    first, second = (folder / e["file"] for e in manifest["files"])
    data = bytearray(first.read_bytes())
    data[len(data) // 2] ^= 0xFF
    first.write_bytes(bytes(data))
    second.unlink()
    (folder / "ghi-chu.txt").write_text("x")
    problems = verify_archive(folder)
    assert len(problems) == 3
    assert any(first.name in p and "SHA-256" in p for p in problems)
    assert any(second.name in p and "Thiếu" in p for p in problems)
    assert any("ghi-chu.txt" in p for p in problems)
    (folder / MANIFEST).write_text("{not json", encoding="utf-8")
    assert "bị hỏng" in verify_archive(folder)[0]
    (folder / MANIFEST).unlink()
    assert "Không có tệp manifest.json" in verify_archive(folder)[0]


def test_a_truncated_pdf_with_a_matching_manifest_is_still_caught(ctx, tmp_path):
    folder = tmp_path / "out"
    export_year(ctx, 2021, folder)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    entry = manifest["files"][0]
    path = folder / entry["file"]
    path.write_bytes(path.read_bytes()[:1000])  # a copy cut short, manifest "fixed" to match it
    entry["sha256"], entry["size"] = hashlib.sha256(path.read_bytes()).hexdigest(), 1000
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert verify_archive(folder) == [f"Tệp {entry['file']} không phải là PDF hoàn chỉnh."]


def test_cancel_and_existing_folder_leave_nothing_behind(ctx, tmp_path):
    with pytest.raises(BackupCancelledError):
        export_year(ctx, 2021, tmp_path / "out", cancel=lambda: True)
    assert list(tmp_path.glob("out*")) == []
    (tmp_path / "taken").mkdir()
    with pytest.raises(ArchiveError) as err:
        export_year(ctx, 2021, tmp_path / "taken")
    assert "đã có" in err.value.message
