"""DOCX output: opens with python-docx, same text, A4 + margins, Times New Roman, page numbers from page 2."""

from __future__ import annotations

import io

import pytest
from docx import Document as open_docx
from render_helpers import fold_ws, letter_dict, minutes_dict, seed_dict, seed_doc, state_dict

from secretary_app.domain.document_reading import document_from_dict
from secretary_app.rendering import render_docx


def docx_of(doc):
    buffer = io.BytesIO()
    render_docx(doc, buffer)
    return open_docx(io.BytesIO(buffer.getvalue()))


def all_text(d) -> str:
    parts = []
    for block in d.element.body.iter():
        if block.tag.endswith("}p"):
            parts.append("".join(t.text or "" for t in block.iter() if t.tag.endswith("}t")))
    return fold_ws("\n".join(parts))


@pytest.fixture(scope="module")
def seed_docx():
    return docx_of(seed_doc())


def test_page_setup(seed_docx):
    s = seed_docx.sections[0]
    # stored in twips (1/20 pt): compare in millimetres
    assert [round(v.mm, 1) for v in (s.page_width, s.page_height)] == [210, 297]
    assert [round(v.mm, 1) for v in (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)] == [
        20,
        20,
        30,
        15,
    ]
    assert s.different_first_page_header_footer
    header_xml = s.header._element.xml
    assert "PAGE" in header_xml and "fldChar" in header_xml
    assert not "".join(p.text for p in s.first_page_header.paragraphs).strip()


def test_same_text_as_input(seed_docx):
    text = all_text(seed_docx)
    d = seed_dict()
    for piece in [
        d["issuer"]["parent"],
        d["issuer"]["name"],
        "Số 239-TB/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hà Nội, ngày 12 tháng 10 năm 2021",
        "THÔNG BÁO",
        "T/M ĐẢNG ỦY",
        "PHÓ BÍ THƯ",
        "Hà Thị Mai An",
        "- Lưu VPĐU.",
    ]:
        assert fold_ws(piece) in text, piece
    for block in d["body"]:
        assert fold_ws(("- " if block["type"] == "item" else "") + block["text"]) in text


def test_named_styles_and_fonts(seed_docx):
    styles = seed_docx.styles
    assert styles["Normal"].font.name == "Times New Roman"
    body = styles["TK Body"]
    assert body.font.size.pt == 14
    assert round(body.paragraph_format.first_line_indent.mm, 1) == 10
    assert body.paragraph_format.line_spacing.pt == 18
    assert styles["TK National Title"].font.bold and styles["TK National Title"].font.size.pt == 15
    assert styles["TK Recipients Label"].font.underline
    used = {p.style.name for p in seed_docx.paragraphs}
    assert {"TK Body", "TK Heading", "TK Item", "TK Subheading"} <= used
    # no direct run formatting: everything comes from the styles
    for p in seed_docx.paragraphs:
        for run in p.runs:
            assert run.bold is None and run.italic is None and run.font.size is None


def test_header_table_is_borderless(seed_docx):
    table = seed_docx.tables[0]
    assert "w:tblBorders" not in table._tbl.xml or 'w:val="single"' not in table._tbl.xml
    assert table.cell(0, 0).paragraphs[0].text == "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TW"
    assert table.cell(0, 1).paragraphs[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"


@pytest.mark.parametrize("make", [state_dict, minutes_dict, letter_dict, lambda: letter_dict("state")])
def test_other_kinds(make, tmp_path):
    doc = document_from_dict(make())
    out = tmp_path / "x.docx"
    render_docx(doc, out)
    text = all_text(open_docx(str(out)))
    assert doc.signature.name in text
    if doc.kind == "letter":
        assert "Kính gửi:" in text
    if doc.standard == "state":
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
