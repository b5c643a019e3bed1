"""Issue 13: everything recorded is printed, the conclusion is explicit, the notice is drafted as a secretary
drafts it, and quorum and votes follow the rules of the meeting's kind."""

from __future__ import annotations

import io
import re
from datetime import datetime
from fractions import Fraction

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretary_app.domain import models as m
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.meeting_rules import (
    TWO_THIRDS,
    Threshold,
    meeting_quorum,
    meeting_warnings,
    rule_for,
)
from secretary_app.rendering import render_docx
from secretary_app.services.drafting import (
    conclusion_blocks,
    minutes_from_meeting,
    notice_from_meeting,
)
from tests.unit.render_helpers import open_pdf, render_bytes

PROFILE = m.OrganisationProfile(
    issuing_body="ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM",
    parent_body="ĐẢNG BỘ KHỐI CÁC CƠ QUAN TW",
    code="ĐU",
    place="Hà Nội",
    office_name="VPĐU",
    signers=[m.Signer("Hà Thị Mai An", "PHÓ BÍ THƯ", "T/M ĐẢNG ỦY")],
)


def _squash(text: str) -> str:
    """Text without any whitespace: line wraps and justification move spaces, never letters."""
    return re.sub(r"\s+", "", text)


def _pdf_text(content: dict) -> str:
    """The printed text without the page numbers: from page 2 on, a page's first line is its number (HD 36),
    which would otherwise land inside an entry that runs over the page break."""
    data, _ = render_bytes(document_from_dict(content))
    texts = []
    with open_pdf(data) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            text = page.extract_text() or ""
            first, _, rest = text.partition("\n")
            texts.append(rest if number > 1 and first.strip() == str(number) else text)
    return "".join(texts)


def _docx_text(content: dict) -> str:
    out = io.BytesIO()
    render_docx(document_from_dict(content), out)
    out.seek(0)
    d = docx.Document(out)
    texts = [p.text for p in d.paragraphs]
    for table in d.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def _members(n: int, present: int) -> list[m.Attendance]:
    people = [m.Attendance(person_id=i + 1, name=f"Nguyễn Văn {chr(65 + i)}") for i in range(n)]
    for a in people[present:]:
        a.status = m.AttendanceStatus.ABSENT_EXCUSED
        a.reason = "Đi công tác"
    return people


# -- item 1: every entry of every section is printed

_WORDS = st.sampled_from(
    "công tác thông tin đảng viên chi bộ kết quả nhiệm vụ phát triển kinh tế xã hội quốc phòng an ninh "
    "tổ chức kiểm tra giám sát dân vận tuyên giáo báo cáo tháng quý năm".split()
)
_TEXT = st.lists(_WORDS, min_size=3, max_size=40).map(lambda ws: " ".join(ws).capitalize() + ".")
_KIND = st.sampled_from(list(m.MinutesEntryKind))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(
    n_items=st.integers(0, 3),
    entries=st.lists(st.tuples(_KIND, _TEXT, st.integers(-1, 2)), min_size=1, max_size=8),
    kind=st.sampled_from(["Hội nghị Ban Chấp hành", "Giao ban cấp ủy", "Sinh hoạt chi bộ thường kỳ"]),
)
def test_every_recorded_entry_is_printed_in_pdf_and_docx(n_items, entries, kind):
    agenda = [m.AgendaItem(title=f"Nội dung số {i + 1}") for i in range(n_items)]
    minutes = []
    for i, (entry_kind, text, where) in enumerate(entries):
        text = f"Mục {i} {text}"  # unique, so each entry is looked for on its own
        section = (
            agenda[where % len(agenda)].uuid if agenda and where >= 0 else ""
        )  # -1: "Nội dung chung, ý kiến khác"
        vote = m.Vote(for_count=3, against_count=1) if entry_kind == m.MinutesEntryKind.VOTE else None
        speaker = "Nguyễn Văn A" if entry_kind != m.MinutesEntryKind.CONCLUSION else ""
        minutes.append(m.MinutesEntry(entry_kind, text, speaker, section, vote=vote))
    meeting = m.Meeting(
        title="Hội nghị thử",
        kind=kind,
        start=datetime(2026, 12, 1, 8, 0),
        chair="Nguyễn Văn A",
        secretary="Nguyễn Văn B",
        attendance=_members(5, 4),
        agenda=agenda,
        minutes=minutes,
    )
    content = minutes_from_meeting(meeting, PROFILE)
    pdf, word = _squash(_pdf_text(content)), _squash(_docx_text(content))
    for entry in minutes:
        wanted = _squash(entry.text.rstrip("."))
        assert wanted in pdf, entry
        assert wanted in word, entry


def test_the_chairs_conclusion_recorded_outside_the_agenda_prints_as_its_own_part():
    """The Ban Chấp hành case of the issue: no "Kết luận" item; the conclusion under "Nội dung chung"."""
    agenda = [m.AgendaItem(title="Thảo luận")]
    meeting = m.Meeting(
        title="Hội nghị Ban Chấp hành Đảng bộ lần thứ 5",
        kind="Hội nghị Ban Chấp hành",
        start=datetime(2026, 12, 1, 8, 0),
        chair="Nguyễn Văn A",
        secretary="Nguyễn Văn B",
        attendance=_members(15, 15),
        agenda=agenda,
        minutes=[
            m.MinutesEntry(
                m.MinutesEntryKind.OPINION, "Nhất trí với dự thảo.", "Nguyễn Văn C", agenda[0].uuid
            ),
            m.MinutesEntry(
                m.MinutesEntryKind.CONCLUSION, "Về kinh tế:\n- Đẩy mạnh chuyển đổi số.\n+ Hoàn thành quý I."
            ),
        ],
    )
    text = _pdf_text(minutes_from_meeting(meeting, PROFILE))
    conclusion = text.index("Kết luận của đồng chí chủ trì:")
    assert text.index("Nhất trí với dự thảo") < conclusion < text.index("Đẩy mạnh chuyển đổi số")
    assert "+ Hoàn thành quý I." in text  # a "+" sub-point keeps its "+"
    assert conclusion < text.index("Hội nghị kết thúc")


# -- item 2: the conclusion is chosen, not guessed from a title


def test_an_agenda_title_about_conclusions_is_not_the_conclusion_section():
    report = m.AgendaItem(
        title="Tình hình thực hiện các kết luận của kỳ giao ban trước", presenter="Nguyễn Văn A"
    )
    closing = m.AgendaItem(title="Kết luận của đồng chí chủ trì")
    meeting = m.Meeting(
        title="Hội nghị giao ban cấp ủy tháng 11 năm 2026",
        kind="Giao ban cấp ủy",
        start=datetime(2026, 11, 30, 8, 0),
        chair="Nguyễn Văn A",
        attendance=_members(5, 5),
        agenda=[report, closing],
        minutes=[
            m.MinutesEntry(
                m.MinutesEntryKind.REPORT, "Đã hoàn thành 12/15 kết luận.", "Nguyễn Văn B", report.uuid
            ),
            m.MinutesEntry(
                m.MinutesEntryKind.CONCLUSION, "- Hoàn thành 3 kết luận còn lại.", "", closing.uuid
            ),
        ],
    )
    body = notice_from_meeting(meeting, PROFILE, include_speeches=True)["body"]
    headings = [b["text"] for b in body if b["type"] == "heading"]
    assert headings == ["1. Tình hình thực hiện các kết luận của kỳ giao ban trước", "2. Kết luận Hội nghị"]
    texts = [b["text"] for b in body]
    # the report stays under its own item, before the conclusion section
    assert texts.index("Đồng chí Nguyễn Văn B trình bày: Đã hoàn thành 12/15 kết luận.") < texts.index(
        "2. Kết luận Hội nghị"
    )


def test_templates_have_the_chairs_conclusion():
    from secretary_app.domain.meeting_templates import template_for

    for kind in (
        "Hội nghị Ban Chấp hành",
        "Hội nghị Ban Thường vụ",
        "Giao ban cấp ủy",
        "Sinh hoạt chi bộ thường kỳ",
    ):
        template = template_for(kind)
        assert template is not None and any("Kết luận" in t for t in template.agenda), kind


# -- item 3: the notice as a secretary drafts it


def _giao_ban(**changes) -> m.Meeting:
    report = m.AgendaItem(title="Báo cáo kết quả tháng 11")
    discussion = m.AgendaItem(title="Thảo luận")
    closing = m.AgendaItem(title="Kết luận của đồng chí chủ trì")
    fields = dict(
        title="Hội nghị giao ban cấp ủy tháng 11 năm 2026",
        kind="Giao ban cấp ủy",
        start=datetime(2026, 11, 30, 8, 0),
        place="Hội trường tầng 3",
        chair="Vàng A Sình",
        attendance=[
            m.Attendance(1, "Vàng A Sình"),
            m.Attendance(2, "Lò Thị Mai"),
            m.Attendance(3, "Hà Văn Tú"),
        ],
        agenda=[report, discussion, closing],
        minutes=[
            m.MinutesEntry(
                m.MinutesEntryKind.REPORT,
                "Đồng chí Vàng A Sình, Phó Bí thư, trình bày báo cáo kết quả tháng 11.",
                "Vàng A Sình",
                report.uuid,
            ),
            m.MinutesEntry(
                m.MinutesEntryKind.OPINION, "Đề nghị bổ sung số liệu.", "Lò Thị Mai", discussion.uuid
            ),
            m.MinutesEntry(m.MinutesEntryKind.OPINION, "Nhất trí với báo cáo.", "Hà Văn Tú", discussion.uuid),
            m.MinutesEntry(
                m.MinutesEntryKind.CONCLUSION,
                "Về phát triển kinh tế:\n- Hoàn thành kế hoạch năm 2026.\n"
                "Hội nghị thống nhất giao các đơn vị:\n- Rà soát số liệu.",
                "",
                closing.uuid,
            ),
            m.MinutesEntry(
                m.MinutesEntryKind.VOTE,
                "Thông qua kế hoạch năm 2027.",
                agenda_item_uuid=closing.uuid,
                vote=m.Vote(for_count=3),
            ),
        ],
    )
    fields.update(changes)
    return m.Meeting(**fields)


def test_notice_summarises_speeches_and_leads_into_the_conclusions():
    body = notice_from_meeting(_giao_ban(), PROFILE)["body"]
    texts = [b["text"] for b in body]
    joined = " ".join(texts)
    assert texts[0].startswith(
        "Ngày 30/11/2026 tại Hội trường tầng 3, dưới sự chủ trì của đồng chí Vàng A Sình"
    )
    assert "Đề nghị bổ sung số liệu" not in joined and "Nhất trí với báo cáo" not in joined  # not verbatim
    lead = texts.index(
        "Sau khi nghe các nội dung trình bày tại Hội nghị, ý kiến thảo luận của các đồng chí Lò Thị Mai, "
        "Hà Văn Tú, Hội nghị kết luận như sau:"
    )
    assert texts.index("Về phát triển kinh tế:") > lead


def test_notice_fixes_the_doubled_speaker_the_vote_punctuation_and_the_lead_in_heading():
    body = notice_from_meeting(_giao_ban(), PROFILE, include_speeches=True)["body"]
    texts = [b["text"] for b in body]
    joined = " ".join(texts)
    assert "Đồng chí Vàng A Sình, Phó Bí thư, trình bày báo cáo kết quả tháng 11." in texts
    assert "trình bày: Đồng chí Vàng A Sình" not in joined
    assert "Đồng chí Lò Thị Mai phát biểu: Đề nghị bổ sung số liệu." in texts  # verbatim when asked for
    assert ".:" not in joined and "Thông qua kế hoạch năm 2027: 3/3 ý kiến tán thành (100%)" in joined
    subheadings = [b["text"] for b in body if b["type"] == "subheading"]
    assert subheadings == ["Về phát triển kinh tế:"]
    assert {"type": "paragraph", "text": "Hội nghị thống nhất giao các đơn vị:"} in body


def test_conclusion_lines_ending_with_a_colon():
    kinds = [b["type"] for b in conclusion_blocks("Đồng chí Bí thư lưu ý các cấp ủy như sau:\n- Một việc.")]
    assert kinds == ["paragraph", "item"]
    kinds = [b["type"] for b in conclusion_blocks("2. Đối với các chi bộ, tổ đảng:\n- Một việc.")]
    assert kinds == ["subheading", "item"]
    kinds = [b["type"] for b in conclusion_blocks("Về công tác cán bộ:\nHội nghị thống nhất.")]
    assert kinds == ["paragraph", "paragraph"]  # no task follows: not a group of tasks
    assert conclusion_blocks("- Việc chính.\n+ Ý phụ.")[1] == {"type": "item", "text": "+ Ý phụ."}


# -- item 4: quorum and votes by the rules


def test_thresholds():
    assert TWO_THIRDS.needed(15) == 10 and TWO_THIRDS.needed(9) == 6 and TWO_THIRDS.needed(10) == 7
    half = Threshold(Fraction(1, 2), strict=True)
    assert half.needed(15) == 8 and half.needed(14) == 8 and half.needed(3) == 2
    rule = rule_for("Hội nghị Ban Chấp hành")
    assert rule is not None and rule.noun == "ủy viên" and "Điều 10" in rule.majority_source
    assert rule_for("Giao ban cấp ủy") is None and rule_for("Cuộc họp khác") is None


def _bch(present: int, for_count: int) -> m.Meeting:
    agenda = [m.AgendaItem(title="Biểu quyết thông qua nghị quyết")]
    return m.Meeting(
        title="Hội nghị Ban Chấp hành Đảng bộ lần thứ 5",
        kind="Hội nghị Ban Chấp hành",
        start=datetime(2026, 12, 1, 8, 0),
        end=datetime(2026, 12, 1, 11, 0),
        chair="Nguyễn Văn A",
        secretary="Nguyễn Văn B",
        attendance=_members(15, present) + [m.Attendance(None, "Khách mời", is_guest=True)],
        agenda=agenda,
        minutes=[
            m.MinutesEntry(
                m.MinutesEntryKind.VOTE,
                "Thông qua Nghị quyết về phát triển kinh tế năm 2027.",
                agenda_item_uuid=agenda[0].uuid,
                vote=m.Vote(for_count=for_count),
            )
        ],
    )


def test_executive_committee_minutes_count_members_and_vote_over_those_entitled():
    text = " ".join(_pdf_text(minutes_from_meeting(_bch(13, 13), PROFILE)).split())
    assert "Tổng số ủy viên: 15" in text and "Tổng số đảng viên" not in text
    assert "Có mặt 13/15 ủy viên Ban Chấp hành, đạt 86,7%. Hội nghị đủ số lượng ủy viên Ban Chấp hành" in text
    assert "năm 2027: tán thành 13/15 đồng chí, đạt 86,7%" in text and ".:" not in text
    assert "Biên bản đã được đọc lại trước Hội nghị và được các đồng chí ủy viên Ban Chấp hành" in text
    assert meeting_warnings(_bch(13, 13)) == []


def test_missing_quorum_and_majority_are_warned_and_printed():
    meeting = _bch(9, 7)  # 9 < 10 (two thirds of 15); 7 < 8 (more than half of 15)
    warnings = meeting_warnings(meeting)
    assert len(warnings) == 2
    assert "không đủ số lượng" in warnings[0] and "cần ít nhất hai phần ba (10)" in warnings[0]
    assert "chưa đạt" in warnings[1] and "7/15" in warnings[1] and "(8)" in warnings[1]
    text = " ".join(_pdf_text(minutes_from_meeting(meeting, PROFILE)).split())
    assert "Hội nghị không đủ số lượng ủy viên Ban Chấp hành tham dự theo quy định" in text


def test_a_chi_bo_counts_official_members_only():
    attendance = _members(6, 5)
    attendance[0].membership = m.MembershipKind.PROBATIONARY
    meeting = m.Meeting(
        title="Sinh hoạt chi bộ",
        kind="Sinh hoạt chi bộ thường kỳ",
        start=datetime(2026, 12, 1, 8, 0),
        attendance=attendance,
    )
    quorum = meeting_quorum(meeting)
    assert quorum is not None and (quorum.entitled, quorum.present) == (5, 4)
    assert minutes_from_meeting(meeting, PROFILE)["minutes"]["noun"] == "đảng viên"
