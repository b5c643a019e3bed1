"""The incoming register (issue 15): numbering, rules, tasks linked to their source, the report back, search,
the home screen, and an old database migrating to it."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.deadline_words import DeadlineKind, DeadlineSuggestion
from secretary_app.domain.errors import RuleError
from secretary_app.domain.incoming import IncomingDocument
from secretary_app.domain.validation import ValidationError
from secretary_app.services.context import open_context
from secretary_app.services.directives_board import BoardFilter
from secretary_app.services.incoming import TaskDraft, task_drafts
from tests.unit.incoming_samples import received_pdf

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "compat"
TODAY = date(2026, 12, 5)


@pytest.fixture
def ctx(tmp_path):
    context = open_context(tmp_path / "office.sqlite", create=True)
    context.incoming._clock = lambda: TODAY
    yield context
    context.close()


@pytest.fixture
def published(ctx):
    seen = []
    ctx.changes.subscribe(seen.append)
    return seen


def _doc(**changes) -> IncomingDocument:
    fields = {
        "received_on": date(2026, 12, 1),
        "sender": "Tỉnh ủy Bắc Ninh",
        "summary": "Về tăng cường công tác dân vận",
        "symbol": "445-KL/TU",
        "type_name": "Kết luận",
        "doc_date": date(2026, 11, 28),
    }
    return IncomingDocument(**(fields | changes))


def _units(ctx) -> dict[str, int]:
    for name, short in (("Ban Tuyên giáo", "BTG"), ("Văn phòng Đảng ủy", "VP")):
        ctx.units.save(m.Unit(name=name, short_name=short))
    return {u.short_name: u.id for u in ctx.units.list_units()}


def test_numbers_run_per_year_and_are_never_given_twice(ctx, published):
    first = ctx.incoming.register(_doc())
    second = ctx.incoming.register(_doc(symbol="12-CV/TU"))
    assert (first.number, second.number, first.year) == (1, 2, 2026)
    assert published[-1].touches(Change.INCOMING)
    ctx.incoming.delete(second.id)  # in the recycle bin: its number stays taken
    assert ctx.incoming.register(_doc(symbol="13-CV/TU")).number == 3
    next_year = ctx.incoming.register(_doc(received_on=date(2027, 1, 2), doc_date=date(2026, 12, 30)))
    assert (next_year.number, next_year.year) == (1, 2027)
    assert [d.number for d in ctx.incoming.entries(2026)] == [3, 1]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sender": "  "}, "sender"),
        ({"summary": ""}, "summary"),
        ({"urgency": "Rất khẩn"}, "urgency"),
        ({"secrecy": "Bí mật"}, "secrecy"),
        ({"doc_date": date(2026, 12, 9)}, "doc_date"),
        ({"handling_deadline": date(2026, 11, 1)}, "handling_deadline"),
        ({"symbol": "X" * 61}, "symbol"),
    ],
)
def test_bad_input_is_refused_with_nothing_written(ctx, published, changes, field):
    with pytest.raises(ValidationError) as refused:
        ctx.incoming.register(_doc(**changes))
    assert refused.value.for_field(field)
    assert ctx.incoming.entries() == [] and published == []
    assert ctx.incoming.register(_doc()).number == 1


def test_editing_keeps_number_year_and_marks(ctx):
    doc = ctx.incoming.register(_doc(urgency="Hỏa tốc", secrecy="Mật"))
    doc.summary, doc.number = "Trích yếu sửa", 99
    ctx.incoming.update(doc)
    stored = ctx.incoming.get(doc.id)
    assert (stored.number, stored.summary, stored.urgency, stored.secrecy) == (
        1,
        "Trích yếu sửa",
        "Hỏa tốc",
        "Mật",
    )
    doc.received_on = date(2027, 1, 3)
    with pytest.raises(ValidationError):
        ctx.incoming.update(doc)


def test_confirmed_tasks_become_directives_linked_to_the_document(ctx, published):
    units = _units(ctx)
    doc = ctx.incoming.register(_doc())
    drafts = [
        TaskDraft(
            "Quán triệt Kết luận đến toàn thể đảng viên", units["BTG"], [units["VP"]], date(2026, 12, 31)
        ),
        TaskDraft(
            "Theo dõi, đôn đốc việc thực hiện", units["VP"], ongoing=True, deadline_words="Thường xuyên"
        ),
    ]
    made = ctx.incoming.confirm_tasks(doc.id, drafts)
    assert all(d.incoming_id == doc.id for d in made)
    assert published[-1].touches(Change.DIRECTIVES)
    assert [t.content for t in ctx.incoming.tasks(doc.id)] == [d.text for d in drafts]
    rows = ctx.board.rows(BoardFilter(), today=TODAY)
    assert {r.source_number for r in rows} == {"445-KL/TU"}
    assert rows[0].source_label == "Kết luận số 445-KL/TU ngày 28/11/2026 (văn bản đến)"
    assert rows[0].assigned_on == date(2026, 12, 1)  # the day it was received
    assert ctx.directives.get(made[0].id).cooperating_unit_ids == [units["VP"]]
    with pytest.raises(ValidationError):
        ctx.incoming.confirm_tasks(doc.id, [TaskDraft("  ")])
    assert len(ctx.incoming.tasks(doc.id)) == 2


def test_deleting_the_document_unlinks_its_tasks_and_restoring_links_them(ctx):
    doc = ctx.incoming.register(_doc())
    [task] = ctx.incoming.confirm_tasks(doc.id, [TaskDraft("Một nhiệm vụ")])
    bin_id = ctx.incoming.delete(doc.id)
    assert ctx.directives.get(task.id).incoming_id is None  # the task and its history stay
    _, restored = ctx.trash.restore(bin_id)
    assert ctx.directives.get(task.id).incoming_id == restored


@dataclass
class _Proposed:
    text: str
    lead_unit: str = ""
    cooperating_units: list[str] = field(default_factory=list)
    deadline: DeadlineSuggestion | None = None
    source_line: str = ""


def test_proposed_tasks_get_their_units_and_deadlines(ctx):
    units = _units(ctx)
    proposed = [
        _Proposed("Tổ chức quán triệt trước ngày 20/12/2026", "Ban Tuyên giáo", ["văn phòng đảng ủy"]),
        _Proposed(
            "Sơ kết",
            "Ban Không Có",
            deadline=DeadlineSuggestion(DeadlineKind.PERIOD, date(2027, 3, 31), "Quý I/2027"),
        ),
        _Proposed("   "),
    ]
    drafts = task_drafts(proposed, ctx.units.list_units(), date(2026, 11, 28))
    assert len(drafts) == 2
    assert (drafts[0].lead_unit_id, drafts[0].cooperating_unit_ids) == (units["BTG"], [units["VP"]])
    assert drafts[0].deadline == date(2026, 12, 19)  # the composer's parser: "trước ngày 20" is the 19th
    assert (drafts[1].lead_unit_id, drafts[1].lead_unit_text) == (None, "Ban Không Có")
    assert (drafts[1].deadline, drafts[1].deadline_words) == (date(2027, 3, 31), "Quý I/2027")


def _install_reader(monkeypatch, reader) -> None:
    import sys

    import secretary_app.services as services

    monkeypatch.setitem(sys.modules, "secretary_app.services.incoming_extraction", reader)
    monkeypatch.setattr(services, "incoming_extraction", reader, raising=False)


def test_proposal_uses_the_reader_and_survives_its_failure(ctx, tmp_path, monkeypatch):
    path = tmp_path / "kl.pdf"
    path.write_bytes(received_pdf())

    class Reader:
        @staticmethod
        def propose(_path):
            return type(
                "P",
                (),
                {
                    "sender": "TỈNH ỦY BẮC NINH",
                    "symbol": "445-KL/TU",
                    "issued_on": date(2026, 11, 28),
                    "kind_code": "KL",
                    "summary": "về công tác dân vận",
                    "tasks": [_Proposed("Quán triệt kết luận")],
                },
            )()

    _install_reader(monkeypatch, Reader)
    proposal = ctx.incoming.propose(path, date(2026, 12, 1))
    assert (proposal.document.symbol, proposal.document.type_name) == ("445-KL/TU", "Kết luận")
    assert [t.text for t in proposal.tasks] == ["Quán triệt kết luận"]

    class Broken:
        @staticmethod
        def propose(_path):
            raise ValueError("hỏng")

    _install_reader(monkeypatch, Broken)
    proposal = ctx.incoming.propose(path, date(2026, 12, 1))
    assert proposal.tasks == [] and "hỏng" in proposal.note


def test_report_back_drafted_from_statuses_and_progress_and_linked_both_ways(ctx):
    units = _units(ctx)
    doc = ctx.incoming.register(_doc())
    with pytest.raises(RuleError, match="chưa có nhiệm vụ"):
        ctx.incoming.draft_report(doc.id)
    done, late = ctx.incoming.confirm_tasks(
        doc.id,
        [
            TaskDraft("Quán triệt Kết luận", units["BTG"], deadline=date(2026, 12, 3)),
            TaskDraft("Xây dựng kế hoạch", units["VP"], deadline=date(2026, 12, 2)),
        ],
    )
    task = ctx.directives.get(done.id)
    task.status, task.completed_on = m.DirectiveStatus.DONE, date(2026, 12, 3)
    task.notes.append(m.ProgressNote(date(2026, 12, 2), "Đã tổ chức hội nghị quán triệt cho 120 đảng viên"))
    ctx.directives.save(task)
    report = ctx.incoming.draft_report(doc.id, today=TODAY)
    assert report.kind == m.DocumentKind.REPORT and report.status == m.DocumentStatus.DRAFT
    assert ctx.incoming.get(doc.id).report_document_id == report.id
    assert [d.id for d in ctx.incoming.answering(report.id)] == [doc.id]
    content = report.content
    assert content["meta"]["answers_incoming"] == doc.uuid
    assert content["recipients"][0] == "Tỉnh ủy Bắc Ninh (để b/c)"
    text = "\n".join(b.get("text", "") for b in content["body"])
    assert "Kết luận số 445-KL/TU ngày 28/11/2026 của Tỉnh ủy Bắc Ninh về tăng cường" in text
    doc = ctx.incoming.get(doc.id)
    doc.summary = "của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận"  # as a header reads it
    ctx.incoming.update(doc)
    again = "\n".join(
        b.get("text", "") for b in ctx.incoming.draft_report(doc.id, today=TODAY).content["body"]
    )
    assert "của Tỉnh ủy Bắc Ninh của Ban Thường vụ Tỉnh ủy về tăng cường" in again and "về của" not in again
    assert "120 đảng viên" in text and "hoàn thành ngày 03/12/2026" in text
    assert "1 nhiệm vụ quá hạn" in text
    from secretary_app.services.render import render_pdf_bytes  # the drafted report prints

    pdf, pages = render_pdf_bytes(content)
    assert pdf[:5] == b"%PDF-" and pages >= 1


def test_search_finds_incoming_documents_folded(ctx):
    ctx.incoming.register(_doc())
    hits = ctx.search.search("dan van")
    assert [(h.kind, h.kind_label) for h in hits] == [("incoming", "Văn bản đến")]
    assert ctx.search.search("445-KL")[0].kind == "incoming"


def test_home_lists_handling_deadlines_not_yet_handled(ctx):
    soon = ctx.incoming.register(_doc(handling_deadline=date(2026, 12, 8)))
    ctx.incoming.register(_doc(handling_deadline=date(2027, 2, 1)))
    handled = ctx.incoming.register(_doc(handling_deadline=date(2026, 12, 4)))
    ctx.incoming.set_handled(handled.id, date(2026, 12, 4))
    summary = ctx.home.summary(TODAY)
    assert [d.id for d in summary.incoming_due] == [soon.id]


def test_old_database_migrates_to_the_register_and_its_search_still_works(tmp_path):
    db = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "main-2026-12-05.sqlite", db)
    old = open_context(db)
    try:
        assert old.incoming.entries() == []
        assert all(d.incoming_id is None for d in old.directives.list_directives())
        kinds = {h.kind for h in old.search.search("thông tin", limit=200)}
        assert {"directive", "document"} <= kinds  # the index was rebuilt with the new row ids
        doc = old.incoming.register(_doc(), [("kl.pdf", received_pdf())])
        assert doc.number == 1 and len(old.incoming.files(doc.id)) == 1
    finally:
        old.close()


def test_register_book_prints_the_paper_columns_in_number_order(ctx, tmp_path):
    import pdfplumber

    from secretary_app.services.incoming_register import COLUMNS, write_register

    ctx.incoming.register(_doc(urgency="Hỏa tốc"))
    ctx.incoming.register(_doc(symbol="12-CV/TU", summary="Về việc báo cáo sơ kết"))
    pages = write_register(ctx, tmp_path / "so.pdf", 2026, today=TODAY)
    assert pages == 1
    with pdfplumber.open(tmp_path / "so.pdf") as pdf:
        [table] = pdf.pages[0].extract_tables()
        text = pdf.pages[0].extract_text()
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" in text
    header = [" ".join((c or "").split()) for c in table[0]]
    assert [h.replace("- ", "").replace(" ", "") for h in header] == [c.replace(" ", "") for c in COLUMNS]
    assert [row[1] for row in table[1:]] == ["1", "2"]
    assert "Hỏa tốc" in " ".join(table[1][8].split())
