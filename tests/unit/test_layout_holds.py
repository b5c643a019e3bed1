"""Issue 13 item 5: layouts that hold on real documents, measured with pdfplumber (and python-docx)."""

from __future__ import annotations

import io

import docx
import pytest

from secretary_app.domain.document_reading import document_from_dict
from secretary_app.rendering import render_docx
from tests.unit.render_helpers import minutes_dict, open_pdf, render_bytes, seed_dict, text_lines, variant

FILLER = (
    "Các đơn vị bám sát tình hình, thông tin kịp thời, chuẩn xác, đúng định hướng các sự kiện, vấn đề "
    "nổi bật trong nước và quốc tế; nâng cao chất lượng, hiệu quả, sức cạnh tranh của sản phẩm thông tin."
)


def _body_with_heading_at(n_filler: int) -> list[dict]:
    body: list[dict] = [{"type": "paragraph", "text": FILLER} for _ in range(n_filler)]
    body += [
        {"type": "heading", "text": "2. Về phát triển kinh tế"},
        {"type": "subheading", "text": "Về nông nghiệp:"},
        {"type": "item", "text": FILLER},
        {"type": "item", "text": FILLER},
    ]
    return body


@pytest.mark.parametrize("n_filler", range(7, 15))
def test_a_heading_is_never_the_last_line_of_a_page(n_filler):
    """Whatever the text before them, the titles start a page or keep two lines of their block below them."""
    doc = document_from_dict(variant(seed_dict(), body=_body_with_heading_at(n_filler)))
    data, pages = render_bytes(doc)
    with open_pdf(data) as pdf:
        for page_no, page in enumerate(pdf.pages, 1):
            lines = [ln for ln in text_lines(page, page_no) if not ln.text.strip().isdigit()]
            body_lines = [ln for ln in lines if ln.size >= 13]
            for title in ("2. Về phát triển kinh tế", "Về nông nghiệp:"):
                hits = [i for i, ln in enumerate(body_lines) if ln.text.startswith(title)]
                for i in hits:
                    after = body_lines[i + 1 :]
                    assert len(after) >= 2, (n_filler, page_no, title)  # not stranded at the foot


def test_docx_titles_keep_with_next():
    doc = document_from_dict(variant(seed_dict(), body=_body_with_heading_at(1)))
    out = io.BytesIO()
    render_docx(doc, out)
    out.seek(0)
    paragraphs = {p.text: p for p in docx.Document(out).paragraphs}
    assert paragraphs["2. Về phát triển kinh tế"].paragraph_format.keep_with_next
    assert paragraphs["Về nông nghiệp:"].paragraph_format.keep_with_next
    assert not paragraphs[FILLER].paragraph_format.keep_with_next


def test_side_by_side_signature_names_print_on_one_row():
    """The secretary's block has one line, the chair's three: the names are still level."""
    d = minutes_dict()
    d["signature"] = {
        "authority": "T/M CHI BỘ",
        "position": "BÍ THƯ\nCHỦ TRÌ HỘI NGHỊ",
        "name": "Nguyễn Thị Hoa",
    }
    d["signature_left"] = {"position": "THƯ KÝ", "name": "Đặng Quốc Khánh"}
    data, _ = render_bytes(document_from_dict(d))
    with open_pdf(data) as pdf:
        page = pdf.pages[-1]
        lines = text_lines(page, len(pdf.pages))
        left = next(ln for ln in lines if ln.text == "Đặng Quốc Khánh")
        right = next(ln for ln in lines if ln.text == "Nguyễn Thị Hoa")
        assert abs(left.bottom - right.bottom) < 0.5
    out = io.BytesIO()
    render_docx(document_from_dict(d), out)
    out.seek(0)
    table = docx.Document(out).tables[-1]
    assert [c.text for c in table.rows[-1].cells] == ["Đặng Quốc Khánh", "Nguyễn Thị Hoa"]


def test_header_and_signature_lines_wrap_without_a_word_alone():
    from secretary_app.rendering.fonts import font_set
    from secretary_app.rendering.pdf_ops import balanced_wrap, wrap_text
    from secretary_app.rendering.profiles import profile_for

    font_set()  # registers the fonts the widths are measured with

    style = profile_for("state").styles["issuer"]
    text = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    greedy = wrap_text(text, style, 190)
    assert greedy[-1] == "TRƯỜNG"  # what the issue saw: one word alone
    balanced = balanced_wrap(text, style, 190)
    assert len(balanced) == len(greedy) and all(len(line.split()) >= 2 for line in balanced)


def _subject_lines(subject: str) -> list[str]:
    from tests.unit.render_helpers import letter_dict

    d = letter_dict()
    d["subject"] = subject
    data, _ = render_bytes(document_from_dict(d))
    with open_pdf(data) as pdf:
        return [ln.text for ln in text_lines(pdf.pages[0]) if ln.size == 12 and ln.italic]


SUBJECT = (
    "về việc tăng cường công tác bảo vệ môi trường trong hoạt động sản xuất, kinh doanh\n"
    "sản xuất công nghiệp trên địa bàn tỉnh Lào Cai"
)


def test_a_letters_subject_keeps_the_typed_line_breaks_without_orphans(monkeypatch):
    lines = _subject_lines(SUBJECT)
    assert all(len(line.split()) >= 2 for line in lines), lines
    assert lines[2].endswith("kinh doanh") and lines[3].startswith("sản xuất")  # the typed break is kept
    import secretary_app.rendering.pdf_ops as pdf_ops

    monkeypatch.setattr(pdf_ops, "balanced_wrap", pdf_ops.wrap_text)  # greedy wrapping: what the issue saw
    assert [line for line in _subject_lines(SUBJECT) if len(line.split()) == 1] == ["doanh", "Cai"]


def test_a_report_is_numbered_like_the_others_unless_marked_unnumbered():
    d = variant(seed_dict(), kind="report", title="BÁO CÁO", type_code="BC", number=5)
    data, _ = render_bytes(document_from_dict(d))
    with open_pdf(data) as pdf:
        assert "Số 05-BC/ĐU" in pdf.pages[0].extract_text()


def test_docx_header_lines_break_where_the_pdf_does():
    d = variant(
        seed_dict(),
        issuer={
            "parent": "UBND TỈNH LÀO CAI",
            "name": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÀO CAI",
            "code": "SNNMT",
        },
    )
    d["standard"] = "state"
    d["signature"] = {"authority": "TM. ỦY BAN NHÂN DÂN", "position": "CHỦ TỊCH", "name": "Nguyễn Văn A"}
    out = io.BytesIO()
    render_docx(document_from_dict(d), out)
    out.seek(0)
    cell = docx.Document(out).tables[0].cell(0, 0)
    issuer = next(p for p in cell.paragraphs if "SỞ NÔNG NGHIỆP" in p.text)
    lines = issuer.text.split("\n")
    assert len(lines) >= 2 and all(len(line.split()) >= 2 for line in lines), lines
