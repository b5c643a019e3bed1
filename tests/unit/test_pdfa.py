"""PDF/A-2b archive copies (rendering/pdfa.py): conformance by pikepdf's own validator, fonts, XMP, the
render door and CLI option, and the year archive's conformance check."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pikepdf
import pytest

from secretary_app.domain.document_reading import document_from_dict
from secretary_app.services.archive import MANIFEST, export_year, verify_archive
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database, seed_notice
from secretary_app.services.render import pdfa_problems, render_pdf_bytes

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "demo" / "notice-239-TB-DU.json"
BASE14 = {"Times-Roman", "Helvetica", "Courier", "Symbol", "ZapfDingbats"}


@pytest.fixture(scope="module")
def seed_pdfs():
    """(plain, PDF/A) bytes of the seed notice."""
    doc = document_from_dict(seed_notice())
    return render_pdf_bytes(doc)[0], render_pdf_bytes(doc, pdfa=True)[0]


def fonts_of(data: bytes) -> list[dict]:
    fonts = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for _name, font in page.resources.get("/Font", {}).items():
                fonts.append(font)
        return [
            {"base": str(f.BaseFont), "embedded": "/FontFile2" in f.get("/FontDescriptor", {})} for f in fonts
        ]


def test_the_seed_notice_as_pdfa_passes_the_validator_and_plain_pdf_does_not(seed_pdfs):
    plain, archived = seed_pdfs
    assert pdfa_problems(archived) == []
    problems = pdfa_problems(plain)  # the check can fail: ReportLab's own output is no PDF/A
    assert problems and any("OutputIntents" in p for p in problems)


def test_every_font_is_embedded_and_none_is_base14(seed_pdfs):
    _plain, archived = seed_pdfs
    fonts = fonts_of(archived)
    assert fonts and all(f["embedded"] for f in fonts)
    assert not any(f["base"].lstrip("/").split("+")[-1].split("-")[0] in BASE14 for f in fonts)


def test_a_report_with_a_table_and_a_chart_leaves_no_base14_font():
    # ReportLab's Table and graphics each start in Helvetica of their own accord (fonts.py and the table
    # style switch both to ours): without that the archive copy of a report is refused.
    content = dict(seed_notice(), kind="report", title="BÁO CÁO")
    content["body"] = content["body"][:2] + [
        {"type": "table", "columns": ["STT", "Nội dung"], "rows": [["1", "Hoàn thành"]]},
        {"type": "chart", "text": "Biểu đồ", "stacked": True, "categories": ["Ban Tổ chức", "Văn phòng"],
         "series": [{"name": "Đã xong", "values": [3, 1]}, {"name": "Chưa xong", "values": [1, 2]}]},
    ]  # fmt: skip
    archived = render_pdf_bytes(content, pdfa=True)[0]
    assert pdfa_problems(archived) == []
    assert all(f["embedded"] for f in fonts_of(archived))


def test_xmp_says_title_subject_symbol_date_and_issuer(seed_pdfs):
    _plain, archived = seed_pdfs
    with pikepdf.open(io.BytesIO(archived)) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == "THÔNG BÁO"
        assert meta["dc:description"].startswith("Hội nghị giao ban cấp ủy sơ kết công tác 9 tháng")
        assert meta["dc:identifier"] == "239-TB/ĐU"
        assert meta["dc:date"] == ["2021-10-12"]
        assert set(meta["dc:publisher"]) == {"ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM"}
        assert meta["xmp:CreateDate"].startswith("2021-10-12")
        assert "/OutputIntents" in pdf.Root


def test_the_archive_copy_looks_the_same_and_is_deterministic(seed_pdfs):
    plain, archived = seed_pdfs
    texts = []
    for data in (plain, archived):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            texts.append([(len(pdf.pages), p.extract_text()) for p in pdf.pages])
    assert texts[0] == texts[1]
    again = render_pdf_bytes(document_from_dict(seed_notice()), pdfa=True)[0]
    assert hashlib.sha256(again).digest() == hashlib.sha256(archived).digest()  # verify relies on it


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "secretary_app", *args], capture_output=True, text=True, cwd=ROOT
    )


def test_cli_render_pdfa(tmp_path):
    out = tmp_path / "tb.pdf"
    result = run_cli("render", str(SEED), "-o", str(out), "--pdfa")
    assert result.returncode == 0, result.stderr
    assert pdfa_problems(out) == []
    plain = tmp_path / "plain.pdf"
    assert run_cli("render", str(SEED), "-o", str(plain)).returncode == 0
    assert pdfa_problems(plain) != []  # ordinary exports stay as they are
    bad = run_cli("render", str(SEED), "-o", str(tmp_path / "tb.docx"), "--pdfa")
    assert bad.returncode == 2 and not (tmp_path / "tb.docx").exists()


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "cap-uy.sqlite"))
    yield context
    context.close()


def test_the_year_archive_is_pdfa_and_verify_archive_checks_it(ctx, tmp_path):
    folder = tmp_path / "ho-so-2021"
    export_year(ctx, 2021, folder)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["pdfa"] == "2b"
    for entry in [manifest["index"], *manifest["files"]]:
        assert pdfa_problems(folder / entry["file"]) == [], entry["file"]
    assert verify_archive(folder) == []
    result = run_cli("verify-archive", str(folder))
    assert result.returncode == 0 and "PDF/A-2b" in result.stdout
    # A plain PDF slipped in with a manifest to match: intact by its hash, but not PDF/A.
    target = folder / manifest["files"][1]["file"]
    target.write_bytes(render_pdf_bytes(document_from_dict(seed_notice()))[0])
    manifest["files"][1].update(
        sha256=hashlib.sha256(target.read_bytes()).hexdigest(), size=target.stat().st_size
    )
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    problems = verify_archive(folder)
    assert len(problems) == 1 and "không đạt chuẩn PDF/A-2b" in problems[0]
    assert run_cli("verify-archive", str(folder)).returncode == 1


def test_an_archive_written_before_pdfa_is_still_verified_as_plain_pdf(ctx, tmp_path):
    folder = tmp_path / "old"
    export_year(ctx, 2021, folder)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    del manifest["pdfa"]
    target = folder / manifest["files"][1]["file"]
    target.write_bytes(render_pdf_bytes(document_from_dict(seed_notice()))[0])
    manifest["files"][1].update(
        sha256=hashlib.sha256(target.read_bytes()).hexdigest(), size=target.stat().st_size
    )
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    assert verify_archive(folder) == []
