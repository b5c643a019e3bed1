"""The kinds of issue 14 (giấy mời, chương trình, nghị quyết, kết luận, quyết định, kế hoạch, tờ trình),
rendered from their composer templates (resources/templates) and measured with pdfplumber against the
numbers of /work/shared/reference/document-format.md: Party = HD 36, state = NĐ 30 Phụ lục III."""

from __future__ import annotations

import json

import pytest
from render_helpers import (
    MM,
    ROOT,
    TEXT_AXIS,
    TEXT_LEFT,
    find_line,
    open_pdf,
    render_bytes,
    text_lines,
)

from secretary_app.domain.document import KIND_TITLES
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.numbering import TYPE_CODES

TEMPLATES = ROOT / "resources" / "templates"
NEW_KINDS = ("invitation", "programme", "resolution", "conclusion", "decision", "plan", "submission")
TOL = 0.6
INDENT = 10 * MM  # first-line indent of body paragraphs [I]


def template(kind: str) -> dict:
    return json.loads((TEMPLATES / f"{kind}.json").read_text(encoding="utf-8"))


def numbered(kind: str, number: int = 5) -> dict:
    return {**template(kind), "number": number}


def state(d: dict) -> dict:
    """The same document as a state (NĐ 30) one: a people's committee of a ward."""
    return {
        **d,
        "standard": "state",
        "issuer": {
            "parent": "ỦY BAN NHÂN DÂN QUẬN HOÀN KIẾM",
            "name": "ỦY BAN NHÂN DÂN PHƯỜNG HÀNG BẠC",
            "code": "UBND",
        },
        "enactor": "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HÀNG BẠC" if d.get("enactor") else "",
        "signature": {"authority": "TM. ỦY BAN NHÂN DÂN", "position": "CHỦ TỊCH", "name": "Nguyễn Văn A"},
        "recipients": ["Như Điều 3", "Lưu: VT, VP"],
    }


def rendered(d: dict):
    data, pages = render_bytes(document_from_dict(d))
    pdf = open_pdf(data)
    return pdf, [line for i, p in enumerate(pdf.pages) for line in text_lines(p, i + 1)]


def starting(lines, prefix: str):
    return [ln for ln in lines if ln.text.startswith(prefix)]


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_each_new_kind_prints_the_party_header_title_and_signing_area(kind):
    pdf, lines = rendered(numbered(kind))
    code = TYPE_CODES[kind]
    number = find_line(lines, f"Số 05-{code}/ĐU")  # no colon, leading zero, hyphen, slash [Q]
    assert number.size == pytest.approx(14, abs=0.01) and not number.bold
    issuer = find_line(lines, "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM")
    assert number.centre == pytest.approx(issuer.centre, abs=TOL)
    national = find_line(lines, "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert national.bold and national.size == pytest.approx(15, abs=0.01)
    title = find_line(lines, KIND_TITLES[kind])  # the type name, from the kind when the JSON gives none
    assert (
        title.bold
        and title.size == pytest.approx(16, abs=0.01)
        and title.centre == pytest.approx(TEXT_AXIS, abs=TOL)
    )
    assert find_line(lines, "-----").centre == pytest.approx(TEXT_AXIS, abs=TOL)
    authority = find_line(lines, template(kind)["signature"]["authority"])
    position = find_line(lines, template(kind)["signature"]["position"])
    assert (
        authority.bold
        and authority.size == pytest.approx(14, abs=0.01)
        and not position.bold
        and position.size == pytest.approx(14, abs=0.01)
    )
    assert position.centre == pytest.approx(authority.centre, abs=TOL)
    label = find_line(lines, "Nơi nhận:")
    assert (
        label.size == pytest.approx(14, abs=0.01)
        and not label.bold
        and label.bottom == pytest.approx(authority.bottom, abs=TOL)
    )
    assert label.x0 == pytest.approx(TEXT_LEFT, abs=1.5)
    recipients = [ln for ln in lines if ln.text.startswith("- ") and ln.size == pytest.approx(12, abs=0.01)]
    assert (
        recipients
        and recipients[-1].text.endswith(".")
        and all(r.text.endswith(";") for r in recipients[:-1])
    )


def test_decision_party_enactor_bases_enacting_line_and_articles():
    pdf, lines = rendered(numbered("decision"))
    enactor = find_line(lines, "BAN THƯỜNG VỤ ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM")
    assert (
        enactor.bold
        and enactor.size == pytest.approx(14, abs=0.01)
        and enactor.centre == pytest.approx(TEXT_AXIS, abs=TOL)
    )
    bases = starting(lines, "- Căn cứ") + starting(lines, "- Xét đề nghị")
    assert [b.text for b in bases] == [
        "- Căn cứ Điều lệ Đảng;",
        bases[1].text,
        "- Xét đề nghị của Văn phòng Đảng ủy,",
    ]
    for basis in bases:  # upright 14, indented as a paragraph [R] QĐ 399 / [I]
        assert basis.size == pytest.approx(14, abs=0.01) and not basis.bold and not basis.italic
        assert basis.x0 == pytest.approx(TEXT_LEFT + INDENT, abs=TOL)
        assert basis.top > enactor.bottom
    enacting = find_line(lines, "QUYẾT ĐỊNH:")  # centred bold [P]
    assert (
        enacting.bold
        and enacting.size == pytest.approx(14, abs=0.01)
        and enacting.centre == pytest.approx(TEXT_AXIS, abs=TOL)
    )
    assert enacting.top > bases[-1].bottom
    labels = [ln for ln in lines if ln.text.startswith("Điều ") and ln.bold]
    assert [ln.text for ln in labels] == ["Điều 1.", "Điều 2.", "Điều 3."]  # numbered in order
    for label in labels:
        assert label.size == pytest.approx(14, abs=0.01) and label.x0 == pytest.approx(
            TEXT_LEFT + INDENT, abs=TOL
        )
        rest = [
            ln
            for ln in lines
            if ln.page == label.page and abs(ln.bottom - label.bottom) < 0.5 and ln.x0 >= label.x1 - 0.5
        ]
        assert rest and not rest[0].bold  # the article's text goes on, upright, on the same line
    assert labels[0].top > enacting.bottom
    assert find_line(lines, "- Như Điều 3;").size == pytest.approx(
        12, abs=0.01
    )  # the implementation article's recipients


def test_decision_state_follows_nd30_forms():
    pdf, lines = rendered(state(numbered("decision")))
    assert find_line(lines, "Số: 05/QĐ-UBND").size == pytest.approx(13, abs=0.01)
    enactor = find_line(lines, "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HÀNG BẠC")
    assert enactor.bold and enactor.centre == pytest.approx(TEXT_AXIS, abs=TOL)
    bases = starting(lines, "Căn cứ") + starting(lines, "Xét đề nghị")
    assert bases[0].text == "Căn cứ Điều lệ Đảng;" and bases[-1].text == "Xét đề nghị của Văn phòng Đảng ủy."
    assert all(
        b.italic and b.size == pytest.approx(14, abs=0.01) for b in bases
    )  # Căn cứ 13–14 nghiêng, ";" … "." [P]
    enacting = find_line(lines, "QUYẾT ĐỊNH:")
    assert enacting.bold and enacting.centre == pytest.approx(TEXT_AXIS, abs=TOL)
    label = find_line(lines, "Nơi nhận:")
    assert label.size == pytest.approx(12, abs=0.01) and label.bold and label.italic  # NĐ 30 [P]
    assert find_line(lines, "TM. ỦY BAN NHÂN DÂN").bold and find_line(lines, "CHỦ TỊCH").bold


def test_resolution_enacts_with_quyet_nghi_only_in_the_state_form():
    _pdf, party = rendered(numbered("resolution"))
    assert not starting(party, "QUYẾT NGHỊ")  # a Party resolution is written in parts ("I- …") [R]
    _pdf, lines = rendered(state(numbered("resolution")))
    enacting = find_line(lines, "QUYẾT NGHỊ:")  # NĐ 30 Mẫu 1.1 [P]
    assert enacting.bold and enacting.centre == pytest.approx(TEXT_AXIS, abs=TOL)


def test_the_enacting_line_may_be_given_by_the_document():
    _pdf, lines = rendered({**numbered("decision"), "enacting": "BAN THƯỜNG VỤ QUYẾT ĐỊNH:"})
    assert find_line(lines, "BAN THƯỜNG VỤ QUYẾT ĐỊNH:").bold
    assert not [ln for ln in lines if ln.text == "QUYẾT ĐỊNH:"]


def test_submission_prints_kinh_gui_after_the_title():
    _pdf, lines = rendered(numbered("submission"))
    # one addressee prints on the label's row (both italic, so one run here)
    label = find_line(lines, "Kính gửi: Ban Thường vụ Đảng ủy Khối.")
    title = find_line(lines, "TỜ TRÌNH")
    assert label.top > title.bottom and label.size == pytest.approx(14, abs=0.01) and label.italic


def test_programme_prints_the_agenda_as_a_table_of_times_and_presenters():
    pdf, lines = rendered(numbered("programme"))
    heads = [find_line(lines, t) for t in ("Thời gian", "Nội dung", "Người thực hiện")]
    assert all(h.bold for h in heads) and heads[0].x0 < heads[1].x0 < heads[2].x0
    assert len(pdf.pages[0].rects) + len(pdf.pages[0].lines) > 6  # the table is ruled


def test_invitation_lists_time_place_and_what_to_prepare():
    pdf, lines = rendered(numbered("invitation"))
    text = " ".join(ln.text for ln in lines)
    for words in ("trân trọng kính mời", "Thời gian:", "Địa điểm:", "Chủ trì:", "Đề nghị"):
        assert words in text


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_new_keys_and_title_are_optional(kind):
    d = numbered(kind)
    for key in ("enactor", "bases", "enacting", "title"):
        d.pop(key, None)
    doc = document_from_dict(d)
    assert doc.bases == [] and doc.enactor == "" and doc.enacting == "" and doc.title == ""
    _pdf, lines = rendered(d)
    assert find_line(lines, KIND_TITLES[kind]).bold


@pytest.mark.parametrize("kind", ("notice", "minutes", "report"))
def test_older_kinds_still_require_their_title(kind):
    from secretary_app.domain.document import DocumentError

    d = {
        **json.loads((ROOT / "resources" / "demo" / "notice-239-TB-DU.json").read_text(encoding="utf-8")),
        "kind": kind,
        "title": "",
    }
    with pytest.raises(DocumentError) as info:
        document_from_dict(d)
    assert info.value.key == "title"


def test_every_new_kind_renders_from_the_cli_to_pdf_and_docx(tmp_path):
    import os
    import subprocess
    import sys

    import docx

    env = {**os.environ, "SECRETARY_DATA_DIR": str(tmp_path), "PYTHONUTF8": "1"}
    for kind in NEW_KINDS:
        for suffix in (".pdf", ".docx"):
            out = tmp_path / f"{kind}{suffix}"
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "secretary_app",
                    "render",
                    str(TEMPLATES / f"{kind}.json"),
                    "-o",
                    str(out),
                ],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            assert result.returncode == 0, result.stderr
            assert out.stat().st_size > 1000
        texts = [p.text for p in docx.Document(str(tmp_path / f"{kind}.docx")).paragraphs]
        assert KIND_TITLES[kind] in texts
    texts = [p for p in docx.Document(str(tmp_path / "decision.docx")).paragraphs]
    article = next(p for p in texts if p.text.startswith("Điều 1."))
    assert article.runs[0].text == "Điều 1." and article.runs[0].bold and not article.runs[1].bold
    assert "QUYẾT ĐỊNH:" in [p.text for p in texts] and "- Căn cứ Điều lệ Đảng;" in [p.text for p in texts]
