"""``secretary-app verify FILE.pdf``: the issued file's SHA-256 is recorded at issue time and recognised
later; a single changed byte is not (issue 14, item 3)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from secretary_app.domain.document_reading import document_from_dict
from secretary_app.services.archive import export_year
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.render import render_to_file
from secretary_app.services.verify import verify_file

ROOT = Path(__file__).resolve().parents[2]
COMPAT = ROOT / "tests" / "fixtures" / "compat" / "main-2026-12-05.sqlite"


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "cap-uy.sqlite"))
    yield context
    context.close()


def issue_a_notice(ctx):
    meeting = ctx.meetings.list_meetings()[0]
    draft = ctx.issuing.draft_notice(meeting.id)
    return ctx.issuing.issue(draft.id)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "secretary_app", *args], capture_output=True, text=True, cwd=ROOT
    )


def test_an_issued_pdf_is_found_and_one_changed_byte_is_not(ctx, tmp_path):
    issued = issue_a_notice(ctx)
    symbol = ctx.issuing.symbol(issued)
    (tmp_path / "out").mkdir()
    archived, plain = tmp_path / "out" / "tb-a.pdf", tmp_path / "out" / "tb.pdf"
    render_to_file(document_from_dict(issued.content), archived, pdfa=True)  # exported later, as the GUI does
    render_to_file(document_from_dict(issued.content), plain)
    day = issued.doc_date.strftime("%d/%m/%Y")
    assert verify_file(ctx, archived) == [f"{symbol} ngày {day}, bản phát hành"]
    assert verify_file(ctx, plain) == [f"{symbol} ngày {day}, bản phát hành (PDF thường)"]
    data = bytearray(archived.read_bytes())
    data[len(data) // 2] ^= 0x01
    changed = tmp_path / "out" / "changed.pdf"
    changed.write_bytes(bytes(data))
    assert verify_file(ctx, changed) == []


def test_a_draft_printed_before_issue_is_not_the_issued_file(ctx, tmp_path):
    meeting = ctx.meetings.list_meetings()[0]
    draft = ctx.issuing.draft_notice(meeting.id)
    before = tmp_path / "draft.pdf"
    render_to_file(document_from_dict(draft.content), before, pdfa=True)
    ctx.issuing.issue(draft.id)
    assert verify_file(ctx, before) == []


def test_cli_verify_exit_codes_and_archive_manifests(tmp_path):
    db = ensure_demo_database(tmp_path / "cap-uy.sqlite")
    ctx = open_context(db)
    try:
        issued = issue_a_notice(ctx)
        symbol = ctx.issuing.symbol(issued)
        out = tmp_path / "tb.pdf"
        render_to_file(document_from_dict(issued.content), out, pdfa=True)
        export_year(ctx, 2021, tmp_path / "ho-so")
    finally:
        ctx.close()
    found = run_cli("--db", str(db), "verify", str(out))
    assert found.returncode == 0, found.stderr
    assert symbol in found.stdout and "bản phát hành" in found.stdout
    stranger = tmp_path / "la.pdf"
    stranger.write_bytes(out.read_bytes() + b"\n")
    missed = run_cli("--db", str(db), "verify", str(stranger))
    assert missed.returncode == 1 and "không khớp" in missed.stdout
    # A file of a year archive is recognised from its folder's manifest (the seed notice 239-TB/ĐU).
    archived = sorted((tmp_path / "ho-so").glob("0*_2021-10-12_239*.pdf"))[0]
    copy = tmp_path / "ban-sao"
    copy.mkdir()
    shutil.copy(archived, copy / archived.name)
    in_archive = run_cli("--db", str(db), "verify", str(archived))
    assert in_archive.returncode == 0 and "239-TB/ĐU ngày 12/10/2021" in in_archive.stdout
    named = run_cli(
        "--db", str(db), "verify", str(copy / archived.name), "--archive", str(tmp_path / "ho-so")
    )
    assert named.returncode == 0 and "hồ sơ năm 2021" in named.stdout
    assert run_cli("--db", str(db), "verify", str(tmp_path / "khong-co.pdf")).returncode == 2


def test_the_old_database_migrates_and_records_hashes_from_then_on(tmp_path):
    old = tmp_path / "old.sqlite"
    shutil.copyfile(COMPAT, old)
    ctx = open_context(old)
    try:
        issued_before = [d for d in ctx.documents.list_documents() if str(d.status) == "issued"]
        assert issued_before
        pdf = tmp_path / "old.pdf"
        render_to_file(document_from_dict(issued_before[0].content), pdf, pdfa=True)
        assert verify_file(ctx, pdf) == []  # issued before hashes were recorded: not claimed
        issued = issue_a_notice(ctx)
        fresh = tmp_path / "new.pdf"
        render_to_file(document_from_dict(issued.content), fresh, pdfa=True)
        assert verify_file(ctx, fresh) and ctx.issuing.symbol(issued) in verify_file(ctx, fresh)[0]
    finally:
        ctx.close()
