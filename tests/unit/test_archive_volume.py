"""The year archive's volume: one ordered, page-numbered PDF/A-2b file beside the separate files — the index
first, then every document in the index's order — and what ``verify-archive`` checks of it."""

from __future__ import annotations

import hashlib
import json

import pdfplumber
import pytest

from secretary_app.domain import models as m
from secretary_app.services.archive import INDEX_FILE, MANIFEST, export_year, verify_archive
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.render import pdfa_problems

MM = 72 / 25.4


@pytest.fixture
def archive(tmp_path):
    ctx = open_context(ensure_demo_database(tmp_path / "cap-uy.sqlite"))
    try:
        for kind in (m.DocumentKind.DECISION, m.DocumentKind.PLAN):  # documents of the new kinds join in
            draft = ctx.issuing.draft_kind(kind)
            draft.content["date"] = "2021-11-02"
            ctx.issuing.save_draft(draft)
            ctx.issuing.issue(draft.id)
        result = export_year(ctx, 2021, tmp_path / "ho-so-2021")
    finally:
        ctx.close()
    return result


def _volume(folder):
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    return manifest, folder / manifest["volume"]["file"]


def test_the_volume_is_the_index_then_every_document_in_order_numbered_on_every_page(archive):
    manifest, path = _volume(archive.folder)
    assert path.name == "toan-tap-2021.pdf"
    entries = manifest["files"]
    assert [e["kind"] for e in entries] == ["minutes", "notice", "decision", "plan"]
    expected = manifest["index"]["pages"] + sum(e["pages"] for e in entries)
    assert manifest["volume"]["pages"] == archive.volume_pages == expected
    assert hashlib.sha256(path.read_bytes()).hexdigest() == manifest["volume"]["sha256"]
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == expected
        texts = [page.extract_text() or "" for page in pdf.pages]
        for number, page in enumerate(pdf.pages, start=1):  # the running number, top right, every page
            corner = [c for c in page.chars if c["top"] < 12 * MM and c["x0"] > page.width - 40 * MM]
            assert "".join(c["text"] for c in corner) == str(number)
            assert corner[-1]["x1"] == pytest.approx(page.width - 10 * MM, abs=0.5)
            assert all(round(c["size"]) == 11 for c in corner)
    assert "MỤC LỤC HỒ SƠ" in texts[0]
    first = manifest["index"]["pages"]  # the first page of each document, in the index's order
    starts = []
    for entry in entries:
        starts.append(first)
        first += entry["pages"]
    assert "BIÊN BẢN" in texts[starts[0]]
    assert "THÔNG BÁO" in texts[starts[1]] and "239-TB/ĐU" in texts[starts[1]].replace(" ", "")
    assert "QUYẾT ĐỊNH" in texts[starts[2]] and "01-QĐ/ĐU" in texts[starts[2]].replace(" ", "")
    assert "KẾ HOẠCH" in texts[starts[3]] and "01-KH/ĐU" in texts[starts[3]].replace(" ", "")


def test_the_volume_is_pdfa_2b_and_verify_archive_accepts_it(archive):
    _manifest, path = _volume(archive.folder)
    assert pdfa_problems(path) == []
    assert verify_archive(archive.folder) == []


def test_verify_archive_catches_a_changed_volume_and_one_whose_pages_do_not_add_up(archive):
    manifest, path = _volume(archive.folder)
    original = path.read_bytes()
    path.write_bytes(original[:-200] + b" " * 200)
    assert any("toan-tap-2021.pdf" in p and "SHA-256" in p for p in verify_archive(archive.folder))
    # A volume rebuilt without one document, its hash written into the manifest: the pages no longer add up.
    short = (archive.folder / INDEX_FILE).read_bytes()
    path.write_bytes(short)
    manifest["volume"].update(sha256=hashlib.sha256(short).hexdigest(), size=len(short))
    (archive.folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    problems = verify_archive(archive.folder)
    assert problems and "khác tổng số trang" in problems[0]


def test_an_archive_written_before_the_volume_still_verifies(archive):
    manifest, path = _volume(archive.folder)
    path.unlink()
    del manifest["volume"]
    (archive.folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert verify_archive(archive.folder) == []


def test_verify_names_the_volume(archive, tmp_path):
    from secretary_app.services.verify import verify_file

    _manifest, path = _volume(archive.folder)
    ctx = open_context(tmp_path / "cap-uy.sqlite")
    try:
        found = verify_file(ctx, path)
    finally:
        ctx.close()
    assert found == [f"toàn tập hồ sơ năm 2021 ({path})"]
