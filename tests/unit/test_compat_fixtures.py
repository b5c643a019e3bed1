"""What a user saved stays readable: a database and document JSON written by an earlier version (the files in
tests/fixtures/compat, written by scripts/make_compat_fixtures.py on 2026-12-05) open, migrate and print as
before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pdfplumber
import pytest

from secretary_app.services.context import open_context
from secretary_app.services.render import render_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "compat"
STEM = "main-2026-12-05"


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    target = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / f"{STEM}.sqlite", target)
    return target


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n\f\n".join(page.extract_text() or "" for page in pdf.pages)


def test_old_database_opens_with_every_record(old_db: Path, tmp_path: Path) -> None:
    ctx = open_context(old_db)
    try:
        meetings = ctx.meetings.list_meetings()
        assert len(meetings) == 2
        demo = next(mt for mt in meetings if mt.start.year == 2021)
        full = ctx.meetings.get(demo.id)
        assert len(full.agenda) >= 3 and len(full.attendance) == 8 and full.minutes
        corrected = ctx.meetings.get(next(mt for mt in meetings if mt.start.year == 2026).id)
        assert corrected.minutes_version == 2
        assert "Bổ sung số liệu." in corrected.minutes[0].text
        documents = {d.id: d for d in ctx.documents.list_documents()}
        assert len(documents) == 3
        assert documents[1].number == 239 and str(documents[1].status) == "issued"
        assert len(ctx.directives.list_directives()) == 18
    finally:
        ctx.close()


@pytest.mark.parametrize("doc_id", [1, 2, 3])
def test_old_document_json_prints_the_same_text(doc_id: int, tmp_path: Path) -> None:
    name = f"{STEM}-doc{doc_id}"
    out = tmp_path / f"{name}.pdf"
    render_file(FIXTURES / f"{name}.json", out)
    assert _pdf_text(out) == (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("doc_id", [1, 2, 3])
def test_issue_14_keys_are_optional_and_neutral(doc_id: int, tmp_path: Path) -> None:
    """The keys issue 14 added (enactor, bases, enacting; title optional for the new kinds) are optional: an
    old document reads without them, and giving them empty prints exactly what it printed before."""
    import json

    from secretary_app.domain.document_reading import document_from_dict

    name = f"{STEM}-doc{doc_id}"
    old = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    doc = document_from_dict(old)
    assert (doc.enactor, doc.bases, doc.enacting) == ("", [], "")
    padded = tmp_path / "padded.json"
    padded.write_text(json.dumps({**old, "enactor": "", "bases": [], "enacting": ""}), encoding="utf-8")
    out = tmp_path / "padded.pdf"
    render_file(padded, out)
    assert _pdf_text(out) == (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("doc_id", [1, 2, 3])
def test_old_stored_document_prints_as_its_json(doc_id: int, old_db: Path) -> None:
    """The content kept in the old database is the document it printed then."""
    import json

    ctx = open_context(old_db)
    try:
        stored = ctx.documents.get(doc_id)
    finally:
        ctx.close()
    assert stored.content == json.loads((FIXTURES / f"{STEM}-doc{doc_id}.json").read_text(encoding="utf-8"))


def test_old_database_gets_the_recycle_bin_and_keeps_its_records(old_db: Path) -> None:
    """Migration 0005 adds the bin to a file written before it; the old records obey the new rules."""
    from secretary_app.domain.errors import RuleError

    ctx = open_context(old_db)
    try:
        assert ctx.trash.list() == []
        for meeting in ctx.meetings.list_meetings():  # finalised, or corrected after finalising: kept
            with pytest.raises(RuleError):
                ctx.meetings.delete(meeting.id)
        draft = next(d for d in ctx.documents.list_documents() if str(d.status) == "draft")
        before = ctx.documents.get(draft.id)
        ctx.documents.delete_draft(draft.id)
        [item] = ctx.trash.list()
        ctx.trash.restore(item.id)
        assert ctx.documents.get(draft.id) == before
    finally:
        ctx.close()


def test_old_database_gains_the_directive_life_columns(old_db: Path) -> None:
    """Migration 0007_directive_life on a file of 2026-12-05: every task keeps its facts, none is extended or
    cancelled, and the new operations work on the old tasks."""
    from datetime import date

    from secretary_app.domain.deadlines import DeadlineStatus
    from secretary_app.services.directives_board import BoardFilter

    ctx = open_context(old_db)
    try:
        directives = ctx.directives.list_directives()
        assert len(directives) == 18
        assert all(
            d.original_deadline is None and d.extensions == [] and d.cancel_reason == "" for d in directives
        )
        assert all(d.replaced_by_id is None and d.split_from_id is None for d in directives)
        # 0008_directive_source_items: each remembers its line of notice 239 (items without a ref: the place)
        assert [d.source_item for d in directives] == [f"#{n}" for n in range(1, 19)]
        task = next(d for d in directives if d.deadline and str(d.status) == "open")
        ctx.directives.extend(task.id, date(task.deadline.year + 1, 3, 31), "Gia hạn theo đề nghị của đơn vị")
        rows = {r.id: r for r in ctx.board.rows(BoardFilter(), date(2026, 12, 5))}
        assert rows[task.id].original_deadline == task.deadline
        assert len(rows) == 18 and DeadlineStatus.DONE_EXTENDED not in {r.status for r in rows.values()}
    finally:
        ctx.close()


def test_old_database_passes_the_read_only_check_and_is_copied_raw_before_migrating(
    old_db: Path, isolated_data_dir: Path
) -> None:
    from secretary_app.services.backups import check_database

    before = old_db.read_bytes()
    result = check_database(old_db)
    assert result.ok, result.problems  # every text UTF-8, every status known, foreign keys, integrity
    assert old_db.read_bytes() == before  # the check wrote nothing (no journal-mode switch either)
    ctx = open_context(old_db)  # an existing file of ours: opened without asking to create
    try:
        assert ctx.open_notes == []
    finally:
        ctx.close()
    # Migrations were pending: the raw file was copied aside, byte for byte, before any of them ran.
    (copy,) = (isolated_data_dir / "backups" / "before-open").glob("old.sqlite-*-before-migration")
    assert (copy / "old.sqlite").read_bytes() == before


def test_old_database_becomes_a_site_that_can_pair(old_db: Path, tmp_path: Path) -> None:
    """Migration 0011_exchange_sites on a file of 2026-12-05: the database gets its identity on first use,
    named after its committee, with no site paired yet; it pairs with another site and maps it to one of its
    old units."""
    ctx = open_context(old_db)
    other = open_context(tmp_path / "bureau.sqlite", create=True)
    try:
        site = ctx.sites.this_site()
        assert site.name == ctx.organisation.get().issuing_body and ctx.sites.paired_sites() == []
        unit = ctx.units.list_units()[0]
        paired = ctx.sites.pair(other.sites.write_identity(tmp_path / "bureau.id", "CQTT"), unit=unit.id)
        assert paired.unit_name == unit.name
    finally:
        ctx.close()
        other.close()


def test_old_database_is_exchanged_by_uuid(old_db: Path, tmp_path: Path) -> None:
    """Migration 0012_exchange_changes on a file of 2026-12-05: every task shows in the exchange shape with
    its UUID and its notice's and lead unit's UUIDs (never an integer id), and travels to a new bureau
    database keeping them."""
    from secretary_app.domain import models as m
    from tests.unit.exchange_helpers import open_site, pair

    ctx = open_context(old_db)
    bureau = open_site(tmp_path / "bureau.sqlite", "CQTT")
    try:
        directives = ctx.directives.list_directives()
        rows = {
            row[0]: row
            for row in ctx.store.db.execute("SELECT uuid, document_uuid, lead_unit_uuid FROM x_directives")
        }
        units = {u.id: u.uuid for u in ctx.units.list_units()}
        documents = {d.id: d.uuid for d in ctx.documents.list_documents()}
        assert set(rows) == {d.uuid for d in directives}
        for d in directives:
            assert rows[d.uuid][1] == documents.get(d.document_id)
            assert rows[d.uuid][2] == units.get(d.lead_unit_id)
        led = {}
        for d in directives:
            led.setdefault(d.lead_unit_id, []).append(d)
        unit_id, tasks = max(((k, v) for k, v in led.items() if k is not None), key=lambda kv: len(kv[1]))
        from secretary_app.services.exchange import Peer
        from tests.unit.exchange_helpers import Site

        head = Site(ctx, Peer("site-head", "Văn phòng"), {})
        pair(head, bureau, m.Unit(name="", id=unit_id))
        result = bureau.receive("Văn phòng", head.send("CQTT"))
        assert not result.report.conflicts
        got = {d.uuid: d for d in bureau.ctx.directives.list_directives()}
        assert set(got) >= {d.uuid for d in tasks}
        assert {bureau.ctx.units.get(d.lead_unit_id).uuid for d in got.values()} >= {units[unit_id]}
    finally:
        bureau.ctx.close()
        ctx.close()
