"""The seed notice as PDF, measured with pdfplumber against the party profile (HD 36)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from render_helpers import (
    A4,
    MARGINS,
    MM,
    TEXT_AXIS,
    TEXT_LEFT,
    find_line,
    fold_ws,
    open_pdf,
    page_text_without_numbers,
    render_bytes,
    seed_dict,
    seed_doc,
    text_lines,
    variant,
)
from reportlab.pdfbase.pdfmetrics import stringWidth

from secretary_app.domain.document import DocumentError
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.rendering import render_pdf
from secretary_app.rendering.fonts import registered_name
from secretary_app.rendering.profiles import profile_for

TOL = 0.5


@pytest.fixture(scope="module")
def seed_pdf():
    data, pages = render_bytes(seed_doc())
    pdf = open_pdf(data)
    yield data, pages, pdf
    pdf.close()


@pytest.fixture(scope="module")
def page1(seed_pdf):
    return text_lines(seed_pdf[2].pages[0], 1)


def test_page_size_and_count(seed_pdf):
    data, pages, pdf = seed_pdf
    assert pages == len(pdf.pages) >= 3
    for page in pdf.pages:
        assert page.width == pytest.approx(A4[0], abs=0.01) and page.height == pytest.approx(A4[1], abs=0.01)


def test_nothing_outside_the_margins(seed_pdf):
    _, _, pdf = seed_pdf
    for page in pdf.pages:
        for ch in page.chars:
            if ch["text"].isspace():
                continue
            assert ch["x0"] >= MARGINS["left"] - TOL and ch["x1"] <= A4[0] - MARGINS["right"] + TOL, ch
            assert ch["bottom"] <= A4[1] - MARGINS["bottom"] + TOL, ch
            if ch["top"] < MARGINS["top"] - TOL:  # only the page number lives in the top margin
                assert page.page_number >= 2 and ch["text"].isdigit(), ch


def test_party_header(page1):
    parent = find_line(page1, "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TW")
    issuer = find_line(page1, "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM")
    star = find_line(page1, "*")
    number = find_line(page1, "Số 239-TB/ĐU")
    assert (parent.size, parent.bold) == (14, False)
    assert (issuer.size, issuer.bold) == (14, True)
    assert number.size == 14 and not number.bold and not number.italic
    for line in (issuer, star, number):  # every left-block line centred on the block's axis
        assert line.centre == pytest.approx(parent.centre, abs=TOL)
    title = find_line(page1, "ĐẢNG CỘNG SẢN VIỆT NAM")
    date = find_line(page1, "Hà Nội, ngày 12 tháng 10 năm 2021")
    assert (title.size, title.bold) == (15, True)
    assert date.size == 14 and date.italic and not date.bold
    assert date.centre == pytest.approx(title.centre, abs=TOL)
    assert title.top == pytest.approx(parent.top, abs=1.5)  # both blocks start on the top line
    assert parent.x1 < title.x0  # the columns do not overlap
    assert title.x1 <= A4[0] - MARGINS["right"] + TOL and parent.x0 >= TEXT_LEFT - TOL


def test_rule_under_national_title_is_as_wide_as_the_title(seed_pdf, page1):
    title = find_line(page1, "ĐẢNG CỘNG SẢN VIỆT NAM")
    expected = stringWidth("ĐẢNG CỘNG SẢN VIỆT NAM", registered_name(bold=True), 15)
    rules = [
        ln
        for ln in seed_pdf[2].pages[0].lines
        if abs(ln["top"] - ln["bottom"]) < 0.1 and title.bottom < ln["top"] < title.bottom + 8
    ]
    assert len(rules) == 1
    rule = rules[0]
    assert rule["x1"] - rule["x0"] == pytest.approx(expected, abs=TOL)
    assert (rule["x0"] + rule["x1"]) / 2 == pytest.approx(title.centre, abs=TOL)


def test_title_block_centred_on_text_block(page1):
    doc_type = find_line(page1, "THÔNG BÁO")
    assert (doc_type.size, doc_type.bold) == (16, True)
    subject1 = find_line(page1, "Hội nghị giao ban cấp ủy sơ kết công tác 9 tháng")
    subject2 = find_line(page1, "và triển khai nhiệm vụ công tác 3 tháng cuối năm 2021")
    separator = find_line(page1, "-----")
    for line in (doc_type, subject1, subject2, separator):
        assert line.centre == pytest.approx(TEXT_AXIS, abs=TOL)
    assert subject1.size == 14 and subject1.bold
    assert doc_type.top < subject1.top < subject2.top < separator.top


def test_body_first_line_indent_and_leading(page1):
    first = next(ln for ln in page1 if ln.text.startswith("Ngày 12/10/2021"))
    second = next(ln for ln in page1 if ln.text.startswith("Thường trực Đảng ủy, Ban Chấp hành"))
    assert first.x0 == pytest.approx(TEXT_LEFT + 10 * MM, abs=TOL)
    assert second.x0 == pytest.approx(TEXT_LEFT, abs=TOL)
    assert second.bottom - first.bottom == pytest.approx(18, abs=0.1)  # exactly 18 pt
    assert (first.size, first.bold) == (14, False)
    heading = next(ln for ln in page1 if ln.text.startswith("1. Đánh giá kết quả"))
    assert heading.bold and heading.x0 == pytest.approx(TEXT_LEFT + 10 * MM, abs=TOL)
    # justified: a full line reaches the right margin
    assert first.x1 == pytest.approx(A4[0] - MARGINS["right"], abs=1.0)


def test_page_numbers(seed_pdf):
    _, _, pdf = seed_pdf
    top_chars = [c for c in pdf.pages[0].chars if c["top"] < MARGINS["top"]]
    assert top_chars == []
    for index in (1, len(pdf.pages) - 1):
        page = pdf.pages[index]
        number = [c for c in page.chars if c["top"] < MARGINS["top"]]
        assert "".join(c["text"] for c in number) == str(index + 1)
        centre = (number[0]["x0"] + number[-1]["x1"]) / 2
        assert centre == pytest.approx(TEXT_AXIS, abs=TOL)
        assert number[0]["size"] == 14
        assert 8 * MM < number[0]["top"] < 13 * MM  # ~10 mm from the top edge


def test_signature_and_recipients(seed_pdf):
    _, _, pdf = seed_pdf
    last = text_lines(pdf.pages[-1], len(pdf.pages))
    authority = find_line(last, "T/M ĐẢNG ỦY")
    position = find_line(last, "PHÓ BÍ THƯ")
    name = find_line(last, "Hà Thị Mai An")
    assert authority.bold and authority.size == 14
    assert not position.bold and position.size == 14
    assert name.bold and name.size == 14
    assert position.centre == pytest.approx(authority.centre, abs=TOL)
    assert name.centre == pytest.approx(authority.centre, abs=TOL)
    assert name.top - position.bottom > 3 * 14  # room for the signature and the seal
    label = find_line(last, "Nơi nhận:")
    assert label.size == 14 and not label.bold and not label.italic
    assert label.bottom == pytest.approx(authority.bottom, abs=TOL)  # level with the authority line
    assert label.x0 == pytest.approx(TEXT_LEFT, abs=1.5)
    underline = [
        ln
        for ln in pdf.pages[-1].lines
        if label.x0 - 1 < ln["x0"] < label.x0 + 1
        and label.top + label.size * 0.6 < ln["top"] < label.bottom + 2
    ]
    assert underline and underline[0]["x1"] - underline[0]["x0"] == pytest.approx(label.x1 - label.x0, abs=1)
    items = [ln for ln in last if ln.text.startswith("- ") and ln.size == 12]
    assert [i.text for i in items] == [
        "- Thường trực Đảng ủy (để b/c);",
        "- Ban Lãnh đạo TTXVN;",
        "- Các đ/c ủy viên BCH Đảng bộ TTXVN;",
        "- Các tổ chức đảng trực thuộc;",
        "- Lưu VPĐU.",
    ]
    # never alone on a page: the closing paragraph is on the same page, above it
    closing = [ln for ln in last if ln.size == 14 and "thực hiện./." in ln.text]
    assert closing and closing[0].bottom < authority.top


def test_extracted_text_equals_input(seed_pdf):
    _, _, pdf = seed_pdf
    text = page_text_without_numbers(pdf)
    d = seed_dict()
    expected = [
        d["issuer"]["parent"],
        d["issuer"]["name"],
        "Số 239-TB/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hà Nội, ngày 12 tháng 10 năm 2021",
        "THÔNG BÁO",
        fold_ws(d["subject"]),
    ]
    for block in d["body"]:
        expected.append(("- " if block["type"] == "item" else "") + block["text"])
    pos = 0
    for piece in expected:  # in order, with no lost diacritic
        found = text.find(fold_ws(piece), pos)
        if found < 0:  # the two header columns interleave in reading order: look from the start
            found = text.find(fold_ws(piece))
        assert found >= 0, piece
        pos = max(pos, found) if piece in expected[:5] else found + len(fold_ws(piece))
    for piece in ("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Hà Thị Mai An", "- Lưu VPĐU."):
        assert piece in text


def test_fonts_embedded_and_no_helvetica(tmp_path, seed_pdf):
    path = tmp_path / "seed.pdf"
    path.write_bytes(seed_pdf[0])
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.strip().splitlines()[2:]
    assert rows
    for row in rows:
        cols = row.split()
        assert cols[-5:-2] == ["yes", "yes", "yes"], row  # emb sub uni
    assert "Helvetica" not in out


def test_reproducible_bytes():
    assert render_bytes(seed_doc())[0] == render_bytes(seed_doc())[0]


def test_atomic_write_leaves_no_file_on_failure(tmp_path, monkeypatch):
    import secretary_app.rendering.pdf as pdf_module

    out = tmp_path / "out.pdf"

    def boom(*args, **kwargs):
        raise RuntimeError("render failed")

    monkeypatch.setattr(pdf_module, "build_pdf", boom)
    with pytest.raises(RuntimeError):
        render_pdf(seed_doc(), out)
    assert list(tmp_path.iterdir()) == []


def test_write_to_path(tmp_path):
    out = tmp_path / "thông báo.pdf"
    assert render_pdf(seed_doc(), out) >= 3
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["thông báo.pdf"]


def test_blank_number_draft(tmp_path):
    doc = document_from_dict(variant(seed_dict(), number=None, draft=True, draft_label="Dự thảo lần 2"))
    data, _ = render_bytes(doc)
    with open_pdf(data) as pdf:
        lines = text_lines(pdf.pages[0])
    number = next(ln for ln in lines if ln.text.startswith("Số") and ln.text.endswith("-TB/ĐU"))
    assert number.text.replace("\u00a0", " ").startswith("Số      ")  # blanks to fill in by hand
    draft = find_line(lines, "Dự thảo lần 2")
    assert draft.italic and draft.x1 <= A4[0] - MARGINS["right"]


def test_number_below_ten_is_zero_padded():
    data, _ = render_bytes(document_from_dict(variant(seed_dict(), number=5)))
    with open_pdf(data) as pdf:
        find_line(text_lines(pdf.pages[0]), "Số 05-TB/ĐU")


def test_marks_printed():
    d = variant(seed_dict(), marks={"secrecy": "MẬT", "urgency": "KHẨN"})
    data, _ = render_bytes(document_from_dict(d))
    with open_pdf(data) as pdf:
        lines = text_lines(pdf.pages[0])
    assert find_line(lines, "MẬT").bold and find_line(lines, "KHẨN").bold


def test_profile_overrides():
    doc = seed_doc()
    data, _ = render_bytes(doc, {"margins_mm": {"left": 35}, "styles": {"doc_type": {"size": 15}}})
    with open_pdf(data) as pdf:
        lines = text_lines(pdf.pages[0])
    assert find_line(lines, "THÔNG BÁO").size == 15
    first = next(ln for ln in lines if ln.text.startswith("Ngày 12/10/2021"))
    assert first.x0 == pytest.approx(35 * MM + 10 * MM, abs=TOL)
    with pytest.raises(DocumentError) as info:
        profile_for("party", {"margins_mm": {"lft": 3}})
    assert info.value.key == "profile.margins_mm.lft"


def test_table_block_renders(tmp_path):
    d = variant(
        seed_dict(),
        kind="report",
        title="BÁO CÁO",
        body=[
            {"type": "paragraph", "text": "Tình hình thực hiện kết luận:"},
            {
                "type": "table",
                "columns": ["STT", "Nội dung", "Tình trạng"],
                "rows": [["1", "Kiện toàn cấp ủy", "Đã xong"]],
                "widths": [1, 6, 2],
            },
            {"type": "paragraph", "text": "Đảng ủy báo cáo./."},
        ],
    )
    data, _ = render_bytes(document_from_dict(d))
    with open_pdf(data) as pdf:
        text = page_text_without_numbers(pdf)
    assert "Kiện toàn cấp ủy" in text and "Tình trạng" in text


def test_seed_json_file_is_what_the_cli_reads(tmp_path):
    from secretary_app.services.render import render_file

    out = tmp_path / "seed.pdf"
    render_file(Path(__file__).resolve().parents[2] / "resources/demo/notice-239-TB-DU.json", out)
    assert out.stat().st_size > 10_000
