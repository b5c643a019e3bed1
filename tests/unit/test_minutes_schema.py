"""Issue 13 item 6: minutes as real ones are — signature blocks two to a row, no chair or secretary, the
minutes' own opening words, a dateline for state minutes, "+" sub-points."""

from __future__ import annotations

import io

import docx

from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.document_writing import document_to_dict
from secretary_app.rendering import render_docx
from tests.unit.render_helpers import open_pdf, render_bytes, text_lines

BODIES = [
    ("ĐẠI DIỆN SỞ CÔNG THƯƠNG", ["Nguyễn Văn An"]),
    ("ĐẠI DIỆN SỞ XÂY DỰNG", ["Trần Thị Bình", "Lê Văn Cường"]),
    ("ĐẠI DIỆN SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ["Phạm Thị Dung"]),
    ("ĐẠI DIỆN SỞ TÀI CHÍNH", ["Hoàng Văn Em"]),
    ("ĐẠI DIỆN CÔNG AN TỈNH", ["Vũ Thị Giang"]),
    ("ĐẠI DIỆN CÔNG TY TNHH MỘT THÀNH VIÊN", ["Đỗ Văn Hải"]),
]


def inspection_minutes() -> dict:
    return {
        "standard": "state",
        "kind": "minutes",
        "issuer": {"parent": "UBND TỈNH LÀO CAI", "name": "SỞ CÔNG THƯƠNG", "code": "SCT"},
        "type_code": "BB",
        "place": "Lào Cai",
        "date": "2026-11-20",
        "title": "BIÊN BẢN",
        "subject": "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường",
        "minutes": {
            "opening": "Hôm nay, hồi 08 giờ 30 phút, tại trụ sở Công ty, Đoàn kiểm tra liên ngành tiến hành "
            "kiểm tra theo Quyết định số 15/QĐ-SCT.",
            "dateline": True,
            "start": "08:30",
            "items": [
                {
                    "title": "Kết quả kiểm tra",
                    "content": [
                        {"type": "item", "text": "Hồ sơ môi trường đầy đủ."},
                        {"type": "item", "text": "+ Giấy phép môi trường còn hiệu lực."},
                    ],
                }
            ],
            "closing": "Biên bản lập xong hồi 11 giờ 00 phút cùng ngày, đã đọc lại cho các thành viên cùng "
            "nghe và nhất trí ký tên./.",
        },
        "signature_blocks": [
            {"title": title, "signers": [{"name": name} for name in names]} for title, names in BODIES
        ],
    }


def test_inspection_minutes_without_chair_print_every_block_two_to_a_row():
    doc = document_from_dict(inspection_minutes())
    assert document_from_dict(document_to_dict(doc)) == doc  # the JSON form round-trips
    data, _ = render_bytes(doc)
    with open_pdf(data) as pdf:
        lines = [ln for page_no, page in enumerate(pdf.pages, 1) for ln in text_lines(page, page_no)]
        text = " ".join(ln.text for ln in lines)
    assert "Chủ trì" not in text and "Thư ký" not in text
    assert text.index("Hôm nay, hồi 08 giờ 30 phút") < text.index("Thời gian")  # the minutes' own words
    assert "Lào Cai, ngày 20 tháng 11 năm 2026" in text  # the dateline asked for
    assert "+ Giấy phép môi trường còn hiệu lực." in text and "- Hồ sơ môi trường đầy đủ." in text

    def find(name: str):
        return next(ln for ln in lines if ln.text == name)

    for first, second in zip(BODIES[0::2], BODIES[1::2], strict=True):
        left, right = find(first[1][0]), find(second[1][0])
        assert left.page == right.page and abs(left.bottom - right.bottom) < 0.5  # level names
        assert left.x1 < right.x0  # side by side
    # the second signer of a block is under the first, in the same column
    first, second = find("Trần Thị Bình"), find("Lê Văn Cường")
    assert abs(first.centre - second.centre) < 1 and (second.page, second.top) > (first.page, first.bottom)
    titles = [ln for ln in lines if ln.text.startswith("ĐẠI DIỆN")]
    assert len(titles) >= len(BODIES)  # a long one may wrap, balanced


def test_inspection_minutes_in_docx_have_a_row_of_names_per_signer():
    out = io.BytesIO()
    render_docx(document_from_dict(inspection_minutes()), out)
    out.seek(0)
    table = docx.Document(out).tables[-1]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert ["Nguyễn Văn An", "Trần Thị Bình"] in rows
    assert ["", "Lê Văn Cường"] in rows
    assert ["Phạm Thị Dung", "Hoàng Văn Em"] in rows and ["Vũ Thị Giang", "Đỗ Văn Hải"] in rows


def test_minutes_still_need_a_signature_without_blocks():
    import pytest

    from secretary_app.domain.document import DocumentError

    d = inspection_minutes()
    del d["signature_blocks"]
    with pytest.raises(DocumentError) as err:
        document_from_dict(d)
    assert err.value.key == "signature"


def test_a_sub_point_is_printed_but_not_tracked_as_a_task():
    from secretary_app.domain.document import BodyBlock, group_conclusions

    blocks = [
        BodyBlock("subheading", "Về kinh tế:"),
        BodyBlock("item", "Hoàn thành kế hoạch."),
        BodyBlock("item", "+ Trước quý II."),
    ]
    assert [(h, [b.text for b in items]) for h, items in group_conclusions(blocks)] == [
        ("Về kinh tế:", ["Hoàn thành kế hoạch."])
    ]
