"""Derived facts have one function each: a document's symbol, the issuer block, the type codes, what starts a
task line, the door that renders a document to a file, the status colours. Each test fails where two answers
existed."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from secretary_app.domain import models as m
from secretary_app.domain.document import (
    TASK_MARKERS,
    Document,
    Issuer,
    Signature,
    issuer_from_profile,
    issuer_to_dict,
    task_text,
)
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.numbering import TYPE_CODES, document_symbol, symbol_of
from secretary_app.rendering.layout import number_text
from secretary_app.rendering.profiles import profile_for
from secretary_app.services.archive import export_year
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.drafting import conclusion_blocks
from secretary_app.services.home import home_summary
from secretary_app.services.register import register_document

PACKAGE = Path(__file__).resolve().parents[2] / "secretary_app"


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    yield context
    context.close()


def _sources(*, skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("gui/forms/") or rel in skip:
            continue
        out.append((rel, path.read_text(encoding="utf-8")))
    return out


# -- the symbol ----------------------------------------------------------------------------------------------


def test_symbol_keeps_the_printed_code_after_the_profile_code_changes(ctx, tmp_path):
    """ĐU -> ĐUK in the profile after the notices were made: every surface keeps the code printed on them."""
    meeting = ctx.meetings.list_meetings()[0]
    draft = ctx.issuing.draft_notice(meeting.id)  # drafted under "ĐU"
    # one task of its own: the demo's 18 are notice 239's, and a second notice makes no duplicates of them
    draft.content["body"].append({"type": "item", "text": "Tổng kết công tác năm 2021.", "ref": "new-item"})
    ctx.issuing.save_draft(draft)
    profile = ctx.organisation.get()
    profile.code = "ĐUK"
    ctx.organisation.save(profile)
    issued = ctx.issuing.issue(draft.id)
    assert issued.number == 240
    old = next(d for d in ctx.documents.list_documents() if d.number == 239)
    expected = {239: "239-TB/ĐU", 240: "240-TB/ĐU"}

    # the service door, and the documents list (which uses the same domain rule with the profile's code)
    assert ctx.issuing.symbol(old) == expected[239] and ctx.issuing.symbol(issued) == expected[240]
    assert symbol_of(issued, "ĐUK") == expected[240]
    # the audit log of the issue
    assert [e.summary for e in ctx.store.audit_entries(issued.uuid) if e.action == "issue"] == [
        "Số 240-TB/ĐU"
    ]
    # the home screen's recently issued list
    recent = {d.number: d.symbol for d in home_summary(ctx, date(2021, 12, 1)).recent_documents}
    assert recent == expected
    # the board's source labels (and its source filter)
    board = {row.document_id: row.source_number for row in ctx.board.rows()}
    assert board[old.id] == expected[239] and board[issued.id] == expected[240]
    from secretary_app.services.follow_up import source_documents

    assert all("/ĐU " in label and "ĐUK" not in label for _id, label in source_documents(ctx))
    # the outgoing register
    register = register_document(ctx.organisation.get(), ctx.issuing.register(2021), 2021)
    table = next(b for b in register.body if b.type == "table")
    assert [row[1] for row in table.rows] == [expected[239], expected[240]]
    # the year archive's index
    result = export_year(ctx, 2021, tmp_path / "ho-so")
    assert [e.symbol for e in result.entries if e.symbol] == [expected[239], expected[240]]
    # the printed document itself
    assert number_text(document_from_dict(issued.content), profile_for("party")) == "Số 240-TB/ĐU"


def test_symbol_format_per_standard():
    assert document_symbol(m.Standard.PARTY, 1, "TB", "ĐU") == "01-TB/ĐU"
    assert document_symbol(m.Standard.STATE, 467, "TB", "VPCP") == "467/TB-VPCP"
    assert document_symbol("state", None, "QĐ", "", "UBND") == "…/QĐ-UBND"  # no printed code: the profile's


@pytest.mark.parametrize(("standard", "code", "prefix"), [("party", "ĐU", "Số "), ("state", "VPCP", "Số: ")])
def test_printed_number_line_is_the_symbol(standard, code, prefix):
    """The renderer's number line and the symbol every list shows are held equal (layout data vs the rule)."""
    doc = Document(
        standard=standard,
        kind="notice",
        issuer=Issuer("X", code),
        type_code="TB",
        place="Hà Nội",
        date=date(2021, 10, 12),
        signature=Signature("A"),
        number=7,
    )
    assert number_text(doc, profile_for(standard)) == prefix + document_symbol(standard, 7, "TB", code)


def test_no_symbol_is_formatted_outside_the_rule():
    pattern = re.compile(r"""f["'][^"']*\{[^}]*\}[-/]\{[^}]*type_code[^}]*\}""")
    offenders = [rel for rel, text in _sources(skip=("domain/numbering.py",)) if pattern.search(text)]
    assert offenders == []


# -- issuer block, type codes, task lines --------------------------------------------------------------------


def test_issuer_block_is_built_in_one_place(ctx):
    profile = ctx.organisation.get()
    block = issuer_to_dict(issuer_from_profile(profile))
    assert block == {"parent": profile.parent_body, "name": profile.issuing_body, "code": profile.code}
    builder = re.compile(r"""(["']name["']\s*:|\bname=)\s*profile\.issuing_body""")
    offenders = [rel for rel, text in _sources(skip=("domain/document.py",)) if builder.search(text)]
    assert offenders == []


def test_type_codes_live_in_one_table():
    assert TYPE_CODES[m.DocumentKind.NOTICE] == "TB" and TYPE_CODES["notice"] == "TB"
    assert all(not re.search(r"[ /-]", code) for code in TYPE_CODES.values())
    literal = re.compile(r"""(_TYPE_CODES?\s*=|"type_code":\s*")""")
    offenders = [rel for rel, text in _sources(skip=("domain/numbering.py",)) if literal.search(text)]
    assert offenders == []


@pytest.mark.parametrize("marker", list(TASK_MARKERS))
def test_one_rule_starts_a_task_line(marker):
    """The minutes' conclusion and the printed item agree on every marker (the editor: tests/gui)."""
    line = f"{marker} Tăng cường thông tin đối ngoại"
    assert task_text(line) == "Tăng cường thông tin đối ngoại"
    (block,) = conclusion_blocks(line)
    assert (block["type"], block["text"]) == ("item", "Tăng cường thông tin đối ngoại")
    assert task_text("Về công tác thông tin:") is None


def test_task_markers_are_not_spelled_elsewhere():
    offenders = [rel for rel, text in _sources(skip=("domain/document.py",)) if re.search(r"-–|–•|•\+", text)]
    assert offenders == []


# -- the render door -----------------------------------------------------------------------------------------


def test_only_the_render_service_imports_rendering():
    imports = re.compile(r"^\s*(from secretary_app\.rendering|import secretary_app\.rendering)", re.M)
    offenders = [
        rel
        for rel, text in _sources(skip=("services/render.py",))
        if not rel.startswith("rendering/") and imports.search(text)
    ]
    assert offenders == []
