"""State (NĐ 30) notice, minutes and letters, measured with pdfplumber."""

from __future__ import annotations

import pytest
from render_helpers import (
    A4,
    MARGINS,
    TEXT_AXIS,
    find_line,
    letter_dict,
    minutes_dict,
    open_pdf,
    page_text_without_numbers,
    render_bytes,
    state_dict,
    text_lines,
)
from reportlab.pdfbase.pdfmetrics import stringWidth

from secretary_app.domain.document_reading import document_from_dict
from secretary_app.rendering.fonts import registered_name

TOL = 0.5


def rendered(d: dict):
    data, pages = render_bytes(document_from_dict(d))
    pdf = open_pdf(data)
    return pdf, [text_lines(p, i + 1) for i, p in enumerate(pdf.pages)]


def rules_under(page, line, within: float = 8):
    return [
        r
        for r in page.lines
        if abs(r["top"] - r["bottom"]) < 0.1 and line.bottom - 4 < r["top"] < line.bottom + within
    ]


def test_state_notice_header():
    pdf, pages = rendered(state_dict())
    lines, page = pages[0], pdf.pages[0]
    national = find_line(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = find_line(lines, "Độc lập - Tự do - Hạnh phúc")
    assert national.bold and national.size == 12 and motto.bold and motto.size == 13
    assert motto.centre == pytest.approx(national.centre, abs=TOL)
    rule = rules_under(page, motto)
    assert len(rule) == 1
    assert rule[0]["x1"] - rule[0]["x0"] == pytest.approx(
        stringWidth(motto.text, registered_name(True), 13), abs=TOL
    )
    number = find_line(lines, "Số: 467/TB-VPCP")
    date = find_line(lines, "Hà Nội, ngày 20 tháng 11 năm 2023")
    assert number.size == 13 and date.size == 13 and date.italic
    # NĐ 30: the number is on the line of the place and date
    assert number.bottom - number.size == pytest.approx(date.bottom - date.size, abs=1.0)
    issuer = find_line(lines, "VĂN PHÒNG CHÍNH PHỦ")
    assert issuer.bold and issuer.size == 12
    assert number.centre == pytest.approx(issuer.centre, abs=TOL)
    issuer_rule = rules_under(page, issuer)
    assert len(issuer_rule) == 1
    width = issuer_rule[0]["x1"] - issuer_rule[0]["x0"]
    assert (issuer.x1 - issuer.x0) / 3 - TOL <= width <= (issuer.x1 - issuer.x0) / 2 + TOL
    assert (issuer_rule[0]["x0"] + issuer_rule[0]["x1"]) / 2 == pytest.approx(issuer.centre, abs=TOL)
    assert date.centre == pytest.approx(national.centre, abs=TOL)


def test_state_signature_and_recipients():
    pdf, pages = rendered(state_dict())
    lines = pages[-1]
    authority = find_line(lines, "KT. BỘ TRƯỞNG, CHỦ NHIỆM")
    position = find_line(lines, "PHÓ CHỦ NHIỆM")
    assert authority.bold and position.bold  # NĐ 30: both lines bold
    label = find_line(lines, "Nơi nhận:")
    assert label.size == 12 and label.bold and label.italic
    assert find_line(lines, "- Lưu: VT, KGVX (2).").size == 11
    for ln in lines:  # nothing outside the margins
        assert ln.x0 >= MARGINS["left"] - TOL and ln.x1 <= A4[0] - MARGINS["right"] + TOL


def test_minutes_party():
    pdf, pages = rendered(minutes_dict())
    text = page_text_without_numbers(pdf)
    for piece in (
        "BIÊN BẢN",
        "Số 07-BB/CB",
        "Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 05 tháng 3 năm 2024.",
        "Tổng số đảng viên: 25 (chính thức: 23; dự bị: 2).",
        "Vắng có lý do: đồng chí Trần Văn Bình (đi công tác).",
        "Vắng không có lý do: đồng chí Lê Thị Cúc.",
        "Chủ trì: Đồng chí Nguyễn Thị Hoa, Bí thư Chi bộ.",
        "- Đồng chí Vũ Minh Đức: Nhất trí với báo cáo, đề nghị bổ sung số liệu.",
        "tán thành 23/23 đảng viên (100%)",
        "kết thúc vào hồi 16 giờ 30 phút cùng ngày",
    ):
        assert piece in text, piece
    last = pages[-1]
    secretary = find_line(last, "THƯ KÝ")
    chair = find_line(last, "CHỦ TRÌ HỘI NGHỊ")
    assert secretary.bottom == pytest.approx(chair.bottom, abs=TOL)  # two blocks side by side
    assert secretary.centre < TEXT_AXIS < chair.centre
    assert find_line(last, "Đặng Quốc Khánh").bold and find_line(last, "Nguyễn Thị Hoa").bold
    assert find_line(last, "Nơi nhận:").top > find_line(last, "Đặng Quốc Khánh").bottom


def test_minutes_state_has_no_dateline_in_header():
    d = minutes_dict("state")
    d["signature"] = {"position": "CHỦ TỌA", "name": "Nguyễn Thị Hoa"}
    pdf, pages = rendered(d)
    assert find_line(pages[0], "Số: 07/BB-CB")
    assert not any(ln.italic and "ngày 05 tháng 3 năm 2024" in ln.text for ln in pages[0])
    assert "tán thành 23/23 thành viên" in page_text_without_numbers(pdf)


def test_party_letter():
    pdf, pages = rendered(letter_dict())
    lines = pages[0]
    assert not any(ln.text.strip() == "CÔNG VĂN" for ln in lines)  # no type name on a công văn
    number = find_line(lines, "Số 2449-CV/ĐU")
    subject = next(ln for ln in lines if ln.text.startswith("về việc triển khai"))
    assert subject.size == 12 and subject.italic and subject.top > number.bottom
    assert subject.centre == pytest.approx(number.centre, abs=TOL)
    # The first addressee sits on the "Kính gửi:" row, as on real Party letters (issue 13); the next is
    # aligned under it.
    first = find_line(lines, "Kính gửi: - Các chi bộ trực thuộc;")
    assert first.italic
    second = find_line(lines, "- Các đồng chí đảng ủy viên.")
    label_w = second.x0 - first.x0
    assert second.top > first.bottom and label_w > 40
    assert find_line(lines, "- Như trên;") and find_line(lines, "- Lưu VPĐU.")


def test_state_letter_has_vv_subject():
    pdf, pages = rendered(letter_dict("state"))
    subject = next(ln for ln in pages[0] if ln.text.startswith("V/v Triển khai"))
    assert subject.size == 12 and not subject.italic
    assert find_line(pages[0], "- Lưu: VT.")


def test_single_addressee_on_label_line():
    d = letter_dict()
    d["addressees"] = ["Ban Tổ chức Tỉnh ủy."]
    pdf, pages = rendered(d)
    line = find_line(pages[0], "Kính gửi: Ban Tổ chức Tỉnh ủy.")  # one baseline, no doubled "."
    assert line.italic


def test_unnumbered_report_prints_no_number_line():
    base = {
        "standard": "party",
        "kind": "report",
        "issuer": {"parent": "ĐẢNG BỘ TỈNH", "name": "ĐẢNG ỦY SỞ", "code": "ĐU"},
        "type_code": "BC",
        "place": "Huế",
        "date": "2024-05-02",
        "title": "BÁO CÁO",
        "subject": "Tình hình thực hiện kết luận",
        "body": [{"type": "paragraph", "text": "Nội dung báo cáo."}],
        "signature": {"position": "NGƯỜI LẬP", "name": "Lê Văn An"},
    }

    def first_page_text(doc: dict) -> str:
        data, _ = render_bytes(document_from_dict(doc))
        with open_pdf(data) as pdf:
            return pdf.pages[0].extract_text()

    assert "-BC/ĐU" in first_page_text(base)
    assert "-BC/ĐU" not in first_page_text({**base, "unnumbered": True})
