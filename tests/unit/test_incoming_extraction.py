"""Reading a received document: header fields and tasks from text, PDF and DOCX; unreadable files refused with
a business error (the real-document corpus is in test_incoming_corpus.py)."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretary_app.domain.deadline_words import DeadlineKind
from secretary_app.domain.errors import RuleError, UnreadableDocumentError
from secretary_app.domain.incoming_reading import IncomingProposal, kind_of_symbol
from secretary_app.domain.incoming_tasks import units_of
from secretary_app.services.incoming_extraction import propose, propose_from_text

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "LiberationSerif-Regular.ttf"

NOTICE = """TỈNH ỦY QUẢNG NAM\tĐẢNG CỘNG SẢN VIỆT NAM
*\tQuảng Nam, ngày  05  tháng 3 năm 2026
Số 445-KL/TU
KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về công tác chuẩn bị
Đại hội đảng bộ các cấp
-----
Ngày 02/3/2026, Ban Thường vụ Tỉnh ủy họp nghe Ban Tổ chức Tỉnh ủy báo cáo tình hình. Sau khi thảo luận, Ban
Thường vụ Tỉnh ủy kết luận như sau:
1. Về công tác cán bộ:
- Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy tham mưu
quy chế bầu cử, hoàn thành trước ngày 30/4/2026.
- Đảng ủy các xã, phường rà soát quy hoạch cấp ủy nhiệm kỳ 2025-2030, xong trong tháng 5/2026.
2. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành bố trí kinh phí, thực hiện thường xuyên.
Nơi nhận:
- Như trên,
- Lưu Văn phòng Tỉnh ủy.
"""


def _check_notice(proposal: IncomingProposal) -> None:
    assert proposal.sender == "TỈNH ỦY QUẢNG NAM"
    assert proposal.symbol == "445-KL/TU"
    assert proposal.issued_on == date(2026, 3, 5)
    assert proposal.kind_code == "KL"
    assert proposal.summary == "của Ban Thường vụ Tỉnh ủy về công tác chuẩn bị Đại hội đảng bộ các cấp"
    assert [t.lead_unit for t in proposal.tasks] == [
        "Ban Tổ chức Tỉnh ủy",
        "Đảng ủy các xã, phường",
        "Ủy ban nhân dân tỉnh",
    ]
    first, second, third = proposal.tasks
    assert first.text.startswith("Giao Ban Tổ chức") and first.text.endswith("trước ngày 30/4/2026.")
    assert first.cooperating_units == ["Văn phòng Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"]
    assert first.deadline.deadline == date(2026, 4, 29)  # "trước ngày 30/4": the 29th
    assert second.deadline.kind == DeadlineKind.PERIOD and second.deadline.deadline == date(2026, 5, 29)
    assert third.deadline.kind == DeadlineKind.ONGOING


def test_a_conclusion_notice_gives_its_header_and_tasks():
    proposal = propose_from_text(NOTICE)
    _check_notice(proposal)
    assert [t.source_line for t in proposal.tasks] == [11, 13, 14]


def test_nfd_text_reads_the_same_as_nfc():
    _check_notice(propose_from_text(unicodedata.normalize("NFD", NOTICE)))


def test_a_header_pasted_one_column_after_the_other():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 12/KH-UBND\nHà Giang, ngày 24 tháng 06 năm 2013\n"
        "KẾ HOẠCH\nTriển khai công tác dân số năm 2013\nCăn cứ Luật Tổ chức HĐND và UBND;\n"
        "II. NHIỆM VỤ\n1. Sở Y tế chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư xây dựng "
        "kế hoạch, hoàn thành trong Quý III/2013.\n"
    )
    proposal = propose_from_text(text)
    assert proposal.sender == "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"
    assert (proposal.symbol, proposal.kind_code) == ("12/KH-UBND", "KH")
    assert proposal.issued_on == date(2013, 6, 24)
    assert proposal.summary == "Triển khai công tác dân số năm 2013"
    [task] = proposal.tasks
    assert task.lead_unit == "Sở Y tế"
    assert task.cooperating_units == ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"]  # "và" inside a name
    assert task.deadline.deadline == date(2013, 9, 30)


def test_a_state_letter_reads_its_v_v_line_as_the_summary():
    text = (
        "UBND TỈNH QUẢNG NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 318/SNV-CCVC\tQuảng Nam, ngày 12/02/2026\n"
        "V/v báo cáo số lượng cán bộ,\ncông chức cấp xã năm 2026\n"
        "Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.\n"
        "Đề nghị Ủy ban nhân dân các huyện báo cáo số lượng cán bộ, công chức về Sở Nội vụ "
        "trước ngày 28/02/2026.\n"
    )
    proposal = propose_from_text(text)
    assert proposal.sender == "UBND TỈNH QUẢNG NAM SỞ NỘI VỤ"
    assert (proposal.symbol, proposal.kind_code) == ("318/SNV-CCVC", "CV")
    assert proposal.issued_on == date(2026, 2, 12)
    assert proposal.summary == "báo cáo số lượng cán bộ, công chức cấp xã năm 2026"
    [task] = proposal.tasks
    assert task.lead_unit == "Ủy ban nhân dân các huyện"
    assert task.deadline.deadline == date(2026, 2, 27)


@pytest.mark.parametrize(
    "symbol, code",
    [("445-KL/TU", "KL"), ("104-CTr/TU", "CTr"), ("12/KH-UBND", "KH"), ("123/UBND-VX", "CV"),
     ("05/2020/TT-BNV", "TT"), ("239-TB/ĐU", "TB"), ("15/QĐ-UBND", "QĐ"), ("not a symbol", "")],
)  # fmt: skip
def test_kind_from_symbol(symbol, code):
    assert kind_of_symbol(symbol) == code


@pytest.mark.parametrize(
    "text, lead, cooperating",
    [
        ("Giao Ban Tuyên giáo Tỉnh ủy chủ trì tham mưu tổng kết.", "Ban Tuyên giáo Tỉnh ủy", []),
        ("Ban Chỉ đạo 35 tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện.",
         "Ban Chỉ đạo 35 tỉnh", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Tăng cường công tác kiểm tra, giám sát.", "", []),
        ("Công tác cán bộ còn hạn chế.", "", []),
        ("Sở Xây dựng rà soát quy hoạch.", "Sở Xây dựng", []),
    ],
)  # fmt: skip
def test_units_of_a_task(text, lead, cooperating):
    assert units_of(text) == (lead, cooperating)


def test_background_and_assessment_are_not_tasks():
    text = (
        "THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY\n-----\n"
        "Căn cứ Quy chế làm việc của Huyện ủy khóa XX, nhiệm kỳ 2025-2030;\n"
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n- Công tác tuyên truyền được quan tâm.\n- Thu ngân sách đạt 80% dự toán.\n"
        "II. NHIỆM VỤ THỜI GIAN TỚI\n- Tập trung thu ngân sách, phấn đấu vượt dự toán.\n"
        "- Công tác chuyển đổi số cần đẩy mạnh hơn.\n"
    )
    proposal = propose_from_text(text, today=date(2026, 1, 5))
    assert [t.text for t in proposal.tasks] == [
        "Tập trung thu ngân sách, phấn đấu vượt dự toán.",
        "Công tác chuyển đổi số cần đẩy mạnh hơn.",
    ]


# -- files ---------------------------------------------------------------------------------------------------


def _pdf(path: Path, lines: list[tuple[float, float, str]], encrypt: bool = False) -> Path:
    """A PDF with ``lines`` (x, y from the top, text) in Liberation Serif 13 pt, made by ReportLab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("TestSerif", str(FONT)))
    kwargs = {}
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kwargs["encrypt"] = StandardEncryption("secret", canPrint=0)
    pdf = canvas.Canvas(str(path), pagesize=A4, **kwargs)
    pdf.setFont("TestSerif", 13)
    for x, y, text in lines:
        pdf.drawString(x, A4[1] - y, text)
    pdf.save()
    return path


def _notice_pdf(path: Path) -> Path:
    left, right, body = 70, 300, 85
    lines = [
        (left + 10, 60, "TỈNH ỦY QUẢNG NAM"), (right + 30, 60, "ĐẢNG CỘNG SẢN VIỆT NAM"),
        (left + 60, 76, "*"), (right + 20, 80, "Quảng Nam, ngày 05 tháng 3 năm 2026"),
        (left + 30, 92, "Số 445-KL/TU"),
        (250, 130, "KẾT LUẬN"), (150, 148, "của Ban Thường vụ Tỉnh ủy về công tác chuẩn bị"),
        (200, 164, "Đại hội đảng bộ các cấp"), (270, 176, "-----"),
        (body + 30, 200, "Ban Thường vụ Tỉnh ủy kết luận như sau:"),
        (body + 30, 218, "1. Về công tác cán bộ:"),
        (body + 30, 236, "- Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy, Ủy ban"),
        (body, 254, "Kiểm tra Tỉnh ủy tham mưu quy chế bầu cử, hoàn thành trước ngày 30/4/2026."),
        (body + 30, 272, "- Đảng ủy các xã, phường rà soát quy hoạch cấp ủy nhiệm kỳ 2025-2030, xong"),
        (body, 290, "trong tháng 5/2026."),
        (body + 30, 308, "2. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành bố trí kinh phí, thực"),
        (body, 326, "hiện thường xuyên."),
        (left, 370, "Nơi nhận:"), (right + 40, 370, "T/M BAN THƯỜNG VỤ"),
    ]  # fmt: skip
    return _pdf(path, lines)


def test_a_pdf_keeps_the_header_columns_apart_and_joins_wrapped_lines(tmp_path):
    proposal = propose(_notice_pdf(tmp_path / "445-KL.pdf"))
    _check_notice(proposal)


def test_a_docx_with_a_header_table(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "TỈNH ỦY QUẢNG NAM"
    table.cell(0, 0).add_paragraph("*")
    table.cell(0, 0).add_paragraph("Số 445-KL/TU")
    table.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    table.cell(0, 1).add_paragraph("Quảng Nam, ngày 05 tháng 3 năm 2026")
    document.add_paragraph("KẾT LUẬN")
    document.add_paragraph("của Ban Thường vụ Tỉnh ủy về công tác chuẩn bị Đại hội đảng bộ các cấp")
    document.add_paragraph("-----")
    for text in [
        "Ban Thường vụ Tỉnh ủy kết luận như sau:",
        "1. Về công tác cán bộ:",
        "- Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy "
        "tham mưu quy chế bầu cử, hoàn thành trước ngày 30/4/2026.",
        "- Đảng ủy các xã, phường rà soát quy hoạch cấp ủy nhiệm kỳ 2025-2030, xong trong tháng 5/2026.",
        "2. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành bố trí kinh phí, thực hiện thường xuyên.",
        "Nơi nhận:",
    ]:
        document.add_paragraph(text)
    path = tmp_path / "445-KL.docx"
    document.save(str(path))
    _check_notice(propose(path))


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: p.write_bytes(b""), "rỗng"),
        (lambda p: p.write_bytes(b"MZ\x90\x00" + b"\x00" * 200), "không phải PDF hay DOCX"),
        (lambda p: p.write_bytes(b"%PDF-1.7\n garbage that is no PDF"), "hỏng"),
        (lambda p: p.write_bytes(b"PK\x03\x04 not a zip"), "không phải tệp Word"),
    ],
)
def test_bad_files_are_refused_with_a_business_error(tmp_path, make, words):
    path = tmp_path / "den.pdf"
    make(path)
    with pytest.raises(UnreadableDocumentError) as caught:
        propose(path)
    assert isinstance(caught.value, RuleError)
    assert words in caught.value.message


def test_an_encrypted_pdf_is_refused(tmp_path):
    path = _pdf(tmp_path / "khoa.pdf", [(70, 60, "TỈNH ỦY QUẢNG NAM")], encrypt=True)
    with pytest.raises(UnreadableDocumentError, match="mã hóa"):
        propose(path)


def test_a_scan_without_text_says_the_fields_must_be_typed(tmp_path):
    path = _pdf(tmp_path / "scan.pdf", [])
    with pytest.raises(UnreadableDocumentError) as caught:
        propose(path)
    assert "bản quét" in caught.value.message and "nhập" in caught.value.message


def test_a_missing_file_is_a_business_error(tmp_path):
    with pytest.raises(UnreadableDocumentError, match="Không mở được"):
        propose(tmp_path / "none.pdf")


# -- fuzz ----------------------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    ["\n", "\t", " ", "-", "- ", "1. ", "Số ", "445-KL/TU", "ngày 5 tháng 3 năm 2026", "KẾT LUẬN", "Giao ",
     "Ban Tổ chức ", "chủ trì", ", phối hợp với ", "Sở ", "đề nghị", ":", ".", "Nơi nhận:", "Quý I/2027",
     "\u0301", "\x00", "\ufffe", "|", "*", "V/v ", "Ủy ban ", "các ", "ngày 31/02/2026", "ngày 99 tháng 99"]
)  # fmt: skip


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), st.lists(_PIECES, max_size=120).map("".join)))
def test_any_text_gives_a_proposal(text):
    proposal = propose_from_text(text, today=date(2026, 1, 5))
    assert isinstance(proposal, IncomingProposal)
    for task in proposal.tasks:
        assert task.text and task.source_line >= 1


def test_huge_text_is_read_in_bounded_time():
    import time

    line = "- Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ thực hiện trong Quý I/2027.\n"
    started = time.perf_counter()
    proposal = propose_from_text("KẾT LUẬN\n" + line * 60_000, today=date(2026, 1, 5))
    assert time.perf_counter() - started < 60
    assert 0 < len(proposal.tasks) <= 500


# -- tables and images ---------------------------------------------------------------------------------------


def test_a_plan_table_gives_one_task_a_row(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    rows = [
        ("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
        ("I", "Nhiệm vụ chung", "", "", ""),
        ("1", "Xây dựng kế hoạch chuyển đổi số", "Sở Nội vụ", "Sở Tài chính, Văn phòng UBND tỉnh",
         "Quý I/2027"),
        ("2", "Tổ chức hội nghị sơ kết", "Văn phòng UBND tỉnh", "", "Thường xuyên"),
    ]  # fmt: skip
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("Nơi nhận:")
    path = tmp_path / "ke-hoach.docx"
    document.save(str(path))
    proposal = propose(path, today=date(2026, 10, 1))
    assert [(t.text, t.lead_unit, t.cooperating_units) for t in proposal.tasks] == [
        ("Xây dựng kế hoạch chuyển đổi số", "Sở Nội vụ", ["Sở Tài chính", "Văn phòng UBND tỉnh"]),
        ("Tổ chức hội nghị sơ kết", "Văn phòng UBND tỉnh", []),
    ]
    assert proposal.tasks[0].deadline.deadline == date(2027, 3, 31)
    assert proposal.tasks[1].deadline.kind == DeadlineKind.ONGOING


def test_an_image_says_it_is_a_scan_to_type(tmp_path):
    path = tmp_path / "scan.pdf"  # a renamed PNG
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(UnreadableDocumentError) as caught:
        propose(path)
    assert "ảnh" in caught.value.message and "nhập" in caught.value.message


def test_prose_conclusions_give_one_task_per_order():
    text = (
        "Kết luận phiên họp, đồng chí Chủ tịch UBND huyện yêu cầu các ngành thực hiện tốt nhiệm vụ tháng 7. "
        "Trong đó, tổ chức tốt hội nghị sơ kết. Yêu cầu UBND các xã, thị trấn phối hợp thực hiện. "
        "Nếu có khó khăn, vướng mắc, báo cáo về Văn phòng.\n"
        "Theo đánh giá, các đơn vị đã bám sát kế hoạch. Tiếp tục được quan tâm.\n"
    )
    proposal = propose_from_text(text, today=date(2026, 7, 1))
    assert [(t.text, t.lead_unit) for t in proposal.tasks] == [
        (
            "Kết luận phiên họp, đồng chí Chủ tịch UBND huyện yêu cầu các ngành thực hiện tốt nhiệm vụ "
            "tháng 7.",
            "các ngành",
        ),
        ("Trong đó, tổ chức tốt hội nghị sơ kết.", ""),
        ("Yêu cầu UBND các xã, thị trấn phối hợp thực hiện.", "UBND các xã, thị trấn"),
    ]
