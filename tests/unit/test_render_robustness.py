"""Issue 17, render half: every cause of a render traceback or hang found by the fuzz, each refused with a
Vietnamese message or printed; linear layout of very long paragraphs; the bounds on what a record may hold."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from datetime import date, datetime

import pdfplumber
import pytest
from render_helpers import seed_dict

from secretary_app.domain import models as m
from secretary_app.domain.document import Document, DocumentError
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.validation import ValidationError
from secretary_app.rendering import render_docx, render_pdf
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.render import load_document, render_file

PARAGRAPH = seed_dict()["body"][4]["text"]  # ~480 characters of real notice prose


def with_body(body: list, **changes) -> dict:
    d = seed_dict()
    d["body"] = body
    d.update(changes)
    return d


def pdf_pages(data: dict | Document) -> int:
    return render_pdf(data if isinstance(data, Document) else document_from_dict(data), io.BytesIO())


def docx_xml(data: dict) -> str:
    buffer = io.BytesIO()
    render_docx(document_from_dict(data), buffer)
    with zipfile.ZipFile(buffer) as z:
        return z.read("word/document.xml").decode() + z.read("docProps/core.xml").decode()


# -- JSON: bounded before the work explodes ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ('{"a":' * 1000 + "1" + "}" * 1000, "lồng nhau quá sâu"),  # RecursionError before
        ('{"meta": ' + "[" * 40 + "]" * 40 + "}", "lồng nhau quá sâu"),  # parses, but deepcopy would not
        ('{"number": ' + "9" * 5000 + "}", "số nguyên quá lớn"),  # ValueError (4,300 digits) before
        ('{"number": 1e999}', "vượt quá giới hạn"),
        ('{"number": NaN}', "không phải là số hợp lệ"),
    ],
)
def test_hostile_json_is_refused_with_a_message(tmp_path, text, words):
    src = tmp_path / "doc.json"
    src.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        render_file(src, tmp_path / "out.pdf")
    assert words in info.value.message and info.value.key == "(json)"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]


def test_a_directory_as_input_is_a_message(tmp_path):
    with pytest.raises(DocumentError) as info:
        load_document(tmp_path)
    assert info.value.key == "(file)"


# -- layout: printed, not a LayoutError --------------------------------------------------------------------


def test_a_table_cell_taller_than_a_page_splits_inside_the_row():
    cell = "chữ " * 1249  # 4,996 characters in a narrow column: ~4 pages tall
    data = with_body([{"type": "table", "columns": ["Nội dung", "b"], "rows": [[cell, "b"], ["x", "y"]],
                       "widths": [1, 5]}])  # fmt: skip
    buffer = io.BytesIO()
    pages = render_pdf(document_from_dict(data), buffer)
    with pdfplumber.open(buffer) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert pages >= 4 and text.count("chữ") == 1249
    assert text.count("Nội dung") >= pages - 1  # the header row repeats on every page the table spans


def test_an_ordinary_table_is_not_split_inside_rows():
    from reportlab.platypus import Table

    from secretary_app.rendering import tables
    from secretary_app.rendering.pdf import BodyStyles
    from secretary_app.rendering.profiles import profile_for

    block = document_from_dict(with_body([{"type": "table", "rows": [["a " * 100, "b"]] * 80}])).body[0]
    profile = profile_for("party")
    _spacer, table = tables.table_flowables(block, profile, 450, BodyStyles(profile))
    assert isinstance(table, Table) and not table.splitInRow  # exactly as tables printed before


def test_many_page_breaks_in_a_row_print():
    assert pdf_pages(with_body([{"type": "page_break"}] * 12 + [{"type": "paragraph", "text": "a"}])) <= 5
    assert pdf_pages(with_body([{"type": "paragraph", "text": "a"}] + [{"type": "page_break"}] * 30)) <= 5
    # two breaks still give the blank page they gave before
    two = with_body([{"type": "paragraph", "text": "a"}, {"type": "page_break"}, {"type": "page_break"},
                     {"type": "paragraph", "text": "b"}])  # fmt: skip
    assert pdf_pages(two) == 3


def test_extreme_columns_are_refused_in_json_and_printable_when_built_in_code():
    for block in (
        {"type": "table", "columns": ["a", "b"], "rows": [["x", "y"]], "widths": [1e-9, 1e9]},
        {"type": "table", "columns": [str(i) for i in range(130)], "rows": [[str(i) for i in range(130)]]},
    ):
        with pytest.raises(DocumentError):
            document_from_dict(with_body([block]))
    doc = document_from_dict(
        with_body([{"type": "table", "columns": ["a", "b"], "rows": [["xin chào", "y"]]}])
    )
    doc.body[0].widths = [1e-9, 1e9]
    assert render_pdf(doc, io.BytesIO()) == 1
    doc.body[0].columns = [f"Ữ{i}" for i in range(130)]
    doc.body[0].rows = [[f"W{i}" for i in range(130)]]
    doc.body[0].widths = []
    assert render_pdf(doc, io.BytesIO()) >= 1
    thirty = with_body([{"type": "table", "columns": ["ỮỮỮỮ"] * 30, "rows": [["WWWWWW ỮỮ"] * 30] * 3}])
    assert pdf_pages(thirty) == 1


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 1e308])
def test_chart_values_that_cannot_be_plotted(value):
    block = {"type": "chart", "categories": ["a", "b"], "series": [{"name": "s", "values": [1, 2]}]}
    bad = copy.deepcopy(block)
    bad["series"][0]["values"][0] = value
    with pytest.raises(DocumentError):
        document_from_dict(with_body([bad]))
    doc = document_from_dict(with_body([block]))
    doc.body[0].series[0].values[0] = value  # built in code, past the parser
    assert render_pdf(doc, io.BytesIO()) == 1
    render_docx(doc, io.BytesIO())


def test_chart_caption_is_text_not_markup():
    block = {
        "type": "chart",
        "text": "Tỷ lệ < 50% & <b>",
        "categories": ["a"],
        "series": [{"name": "s", "values": [3]}],
    }
    assert pdf_pages(with_body([block])) == 1


# -- DOCX and PDF text: sanitised --------------------------------------------------------------------------


def test_a_long_title_and_subject_fit_words_core_properties():
    xml = docx_xml(dict(seed_dict(), subject="Hội nghị " * 60))  # 540 characters; python-docx allows 255
    title = xml.split("<dc:title>")[1].split("</dc:title>")[0]
    assert len(title) <= 255 and title.endswith("…") and title.startswith("THÔNG BÁO — Hội nghị")


@pytest.mark.parametrize("bad", ["\ufffe", "\uffff", "\ud800", "\udfff", "\x01"])
def test_characters_no_file_can_hold_are_removed(bad):
    data = with_body([{"type": "paragraph", "text": f"Đoạn{bad} văn"}], subject=f"Trích{bad} yếu")
    assert "Đoạn văn" in docx_xml(data) and "Trích yếu" in docx_xml(data)
    buffer = io.BytesIO()
    render_pdf(document_from_dict(data), buffer)
    with pdfplumber.open(buffer) as pdf:
        assert "Đoạn văn" in pdf.pages[0].extract_text()


# -- long paragraphs: linear, and still one paragraph --------------------------------------------------------


def _words_placed(data: dict) -> list[tuple]:
    buffer = io.BytesIO()
    render_pdf(document_from_dict(data), buffer)
    with pdfplumber.open(buffer) as pdf:
        return [(i, round(w["x0"], 1), round(w["top"], 1), w["text"]) for i, p in enumerate(pdf.pages)
                for w in p.extract_words()]  # fmt: skip


@pytest.mark.parametrize("sizes", [(30_000,), (7_000, 5_000)])
def test_a_long_paragraph_prints_exactly_as_one_paragraph(monkeypatch, sizes):
    """Every word where ReportLab puts it for one Paragraph: same lines, justification and page breaks.
    (Where a page ends exactly at a "\n", ReportLab starts the next page with an empty line; pieces don't.)"""
    from secretary_app.rendering import long_text

    text = "\n".join(((PARAGRAPH + " ") * (n // len(PARAGRAPH) + 1))[:n] for n in sizes)
    data = with_body([seed_dict()["body"][0], {"type": "paragraph", "text": text}, seed_dict()["body"][1]])
    pieces = _words_placed(data)
    monkeypatch.setattr(long_text, "LONG_PARAGRAPH", 10**9)  # ReportLab's own single paragraph
    assert pieces == _words_placed(data)


def test_layout_work_grows_linearly_with_a_paragraphs_length(monkeypatch):
    """Counts the words ReportLab's line breaker handles: with one Paragraph it re-breaks the whole rest at
    every page (quadratic; 400 KB took 112 s), with pieces every word is broken about once."""
    from reportlab.platypus import paragraph

    handled = []
    original = paragraph.Paragraph.breakLines

    def counting(self, width):
        handled.append(sum(len(f.words) if hasattr(f, "words") else len(f.text.split()) for f in self.frags))
        return original(self, width)

    monkeypatch.setattr(paragraph.Paragraph, "breakLines", counting)
    work = {}
    for size in (50_000, 200_000):
        handled.clear()
        text = ((PARAGRAPH + " ") * (size // len(PARAGRAPH) + 1))[:size]
        pdf_pages(with_body([{"type": "paragraph", "text": text}]))
        work[size] = sum(handled) / len(text.split())
    assert work[200_000] < 3 and work[200_000] < 1.5 * work[50_000]


# -- bounded input -----------------------------------------------------------------------------------------


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    yield context
    context.close()


def test_a_minutes_entry_is_bounded_with_a_clear_message(ctx):
    meeting = ctx.meetings.create(
        m.Meeting(title="Họp chi bộ", kind="Sinh hoạt", start=datetime(2021, 11, 2, 8))
    )
    entry = m.MinutesEntry(kind=m.MinutesEntryKind.REPORT, text="chữ " * 325_000)  # 1,300,000 characters
    with pytest.raises(ValidationError) as info:
        ctx.minutes.save_entries(meeting.id, [entry])
    assert "tối đa 1.200.000 ký tự" in info.value.errors[0].message
    entries = [m.MinutesEntry(kind=m.MinutesEntryKind.REPORT, text="chữ " * 175_000) for _ in range(3)]
    with pytest.raises(ValidationError) as info:  # 3 × 700,000: each allowed, together over 2,000,000
        ctx.minutes.save_entries(meeting.id, entries)
    assert "tối đa 2.000.000 ký tự" in info.value.errors[0].message
    ctx.minutes.save_entries(meeting.id, entries[:2])


def test_a_directive_is_bounded_but_1500_characters_print_in_the_status_report(ctx):
    from secretary_app.services.reports import Period, status_report

    directive = ctx.directives.list_directives()[0]
    directive.content = "Tiếp tục triển khai " * 250  # 5,000 characters
    with pytest.raises(ValidationError) as info:
        ctx.directives.save(directive)
    assert "tối đa 4.000 ký tự" in info.value.errors[0].message
    directive.content = ("Tiếp tục triển khai thực hiện nghiêm túc các nội dung đã kết luận. " * 25)[:1500]
    ctx.directives.save(directive)
    content = status_report(ctx, Period.year(2021), date(2022, 1, 15))
    assert pdf_pages(content) >= 2  # LayoutError before: the row was taller than a page


def test_a_300_character_meeting_title_exports_to_word(ctx):
    from secretary_app.services.drafting import minutes_from_meeting

    title = ("Hội nghị Ban Chấp hành Đảng bộ mở rộng sơ kết công tác " * 6)[:300]
    meeting = ctx.meetings.create(
        m.Meeting(
            title=title,
            kind="Hội nghị",
            start=datetime(2021, 11, 2, 8, 0),
            chair="Nguyễn Văn A",
            secretary="Trần Thị B",
        )  # fmt: skip
    )
    content = minutes_from_meeting(ctx.meetings.get(meeting.id), ctx.organisation.get())
    assert title in json.dumps(content, ensure_ascii=False)
    render_docx(document_from_dict(content), io.BytesIO())  # ValueError (255-character core property) before
    assert pdf_pages(content) >= 1


def test_recipient_lists_are_bounded():
    """600 long addressees took 35 s to lay out (the header block splits in quadratic time): bounded."""
    with pytest.raises(DocumentError) as info:
        document_from_dict(with_body([], addressees=["Ban Tổ chức Tỉnh ủy"] * 101))
    assert "quá giới hạn 100" in info.value.message
    with pytest.raises(DocumentError):
        document_from_dict(with_body([], recipients=["Lưu " * 300]))
    assert pdf_pages(with_body([], recipients=["Ban Tổ chức Tỉnh ủy"] * 100)) >= 2
