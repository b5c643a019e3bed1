"""The demo database: the meeting behind the real notice 239-TB/ĐU of 12/10/2021 (Đảng ủy TTXVN).

The notice text is the real one (resources/demo/notice-239-TB-DU.json). What the notice does not say is
invented for the demo and kept plausible: the closing time, the minutes secretary, the people list, units,
and the follow-up state of the directives.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from secretary_app.domain import models as m
from secretary_app.domain.document import conclusion_groups
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.roster import guess_unit_kind
from secretary_app.paths import resource_path
from secretary_app.services.context import AppContext, open_context

SEED_NOTICE = "notice-239-TB-DU.json"


def seed_notice() -> dict:
    return json.loads(resource_path("demo", SEED_NOTICE).read_text(encoding="utf-8"))


def ensure_demo_database(path: Path) -> Path:
    """Create the demo database at ``path`` unless it already holds the demo; returns ``path``.
    (Asking for the demo is the explicit act that may create its file.)"""
    ctx = open_context(path, create=True)
    try:
        if ctx.organisation.get() is None:
            populate_demo(ctx)
    finally:
        ctx.close()
    return path


def populate_demo(ctx: AppContext) -> None:
    notice = seed_notice()
    issuer, signature = notice["issuer"], notice["signature"]
    ctx.organisation.save(
        m.OrganisationProfile(
            issuing_body=issuer["name"],
            parent_body=issuer["parent"],
            code=issuer["code"],
            place=notice["place"],
            standard=m.Standard.PARTY,
            term_start=date(2020, 6, 1),
            term_label="2020-2025",
            office_name="VPĐU",
            default_recipients=notice["recipients"],
            signers=[
                m.Signer(
                    name=signature["name"], position=signature["position"], authority=signature["authority"]
                ),
                m.Signer(name="Nguyễn Tuấn Hùng", position="PHÓ BÍ THƯ", authority="T/M ĐẢNG ỦY"),
            ],
        )
    )
    units = {
        name: ctx.units.save(m.Unit(name=name, short_name=short, kind=guess_unit_kind(name)))
        for name, short in [
            ("Văn phòng Đảng ủy", "VPĐU"),
            ("Ban Tuyên giáo Đảng ủy", "BTG"),
            ("Ban Tổ chức Đảng ủy", "BTC"),
            ("Ủy ban Kiểm tra Đảng ủy", "UBKT"),
            ("Ban Biên tập Tin Trong nước", "TTN"),
            ("Ban Biên tập Tin Đối ngoại", "TĐN"),
            ("Đoàn Thanh niên TTXVN", "ĐTN"),
        ]
    }
    people = [
        ("Nguyễn Tuấn Hùng", "Phó Bí thư Đảng ủy, Phó Tổng Giám đốc"),
        ("Hà Thị Mai An", "Phó Bí thư Đảng ủy"),
        ("Đỗ Thị Trang", "Ủy viên Ban Thường vụ, Chánh Văn phòng Đảng ủy"),
        ("Trần Văn Bình", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo"),
        ("Lê Thị Hoa", "Ủy viên Ban Chấp hành"),
        ("Phạm Quốc Dũng", "Ủy viên Ban Chấp hành"),
        ("Vũ Minh Đức", "Ủy viên Ban Chấp hành"),
        ("Đặng Thu Hà", "Ủy viên Ban Chấp hành"),
    ]
    for name, position in people:
        role = m.CommitteeRole.STANDING if "Thường vụ" in position or "Bí thư" in position else None
        ctx.people.save(
            m.Person(name=name, position=position, committee_role=role or m.CommitteeRole.EXECUTIVE)
        )

    meeting = ctx.meetings.create(_demo_meeting(notice, ctx.people.list_people()))
    ctx.minutes.finalise(m.stored_id(meeting))

    doc_date = date.fromisoformat(notice["date"])
    document = ctx.issuing.register_issued(
        m.StoredDocument(
            kind=m.DocumentKind.NOTICE,
            standard=m.Standard.PARTY,
            type_code=notice["type_code"],
            subject=" ".join(notice["subject"].split()),
            doc_date=doc_date,
            number=notice["number"],
            status=m.DocumentStatus.ISSUED,
            signer_name=signature["name"],
            meeting_id=meeting.id,
            content=notice,
            issued_at=datetime(2021, 10, 12, 16, 0),
        )
    )
    lead_by_heading = {
        "Về công tác thông tin": units["Ban Biên tập Tin Trong nước"].id,
        "Về các lĩnh vực công tác của ngành": units["Văn phòng Đảng ủy"].id,
        "Về công tác xây dựng Đảng": units["Ban Tổ chức Đảng ủy"].id,
    }
    items = [
        (heading.rstrip(":").strip(), block.text)
        for heading, blocks in conclusion_groups(document_from_dict(notice))
        for block in blocks
    ]
    for order, (heading, text) in enumerate(items):
        ongoing = heading == "Về công tác thông tin"  # standing duties of the news units
        directive = m.Directive(
            content=text,
            heading=heading,
            document_id=document.id,
            meeting_id=meeting.id,
            lead_unit_id=lead_by_heading.get(heading),
            deadline=None if ongoing else date(2021, 12, 31),
            ongoing=ongoing,
            deadline_text="Thường xuyên" if ongoing else "3 tháng cuối năm 2021",
            order=order,
            source_item=f"#{order + 1}",  # the notice's items carry no ref: their place
        )
        if order % 4 == 1 and not ongoing:  # some were done, as in any real follow-up
            directive.status = m.DirectiveStatus.DONE
            directive.completed_on = date(2021, 12, 20)
            directive.result = "Đã hoàn thành, có báo cáo kết quả."
        ctx.directives.save(directive)


def _demo_meeting(notice: dict, people: list[m.Person]) -> m.Meeting:
    agenda = [
        m.AgendaItem(title=block["text"].split(". ", 1)[-1], presenter=presenter)
        for block, presenter in zip(
            [b for b in notice["body"] if b["type"] == "heading"][:2],
            ["Nguyễn Tuấn Hùng", "Đỗ Thị Trang"],
            strict=True,
        )
    ]
    agenda.append(m.AgendaItem(title="Thảo luận, tham luận của các tổ chức đảng"))
    agenda.append(m.AgendaItem(title="Kết luận Hội nghị", presenter="Nguyễn Tuấn Hùng"))
    attendance = [
        m.Attendance(person_id=p.id, name=p.name, position=p.position, membership=p.membership)
        for p in people
    ]
    attendance[-1].status = m.AttendanceStatus.ABSENT_EXCUSED
    attendance[-1].reason = "Đi công tác nước ngoài"
    attendance[-2].status = m.AttendanceStatus.ONLINE
    attendance[-2].online_site = "Đảng ủy Cơ quan TTXVN khu vực phía Nam"
    paragraphs = [b["text"] for b in notice["body"] if b["type"] == "paragraph"]
    minutes = [
        m.MinutesEntry(m.MinutesEntryKind.REPORT, paragraphs[3], "Nguyễn Tuấn Hùng", agenda[0].uuid),
        m.MinutesEntry(m.MinutesEntryKind.REPORT, paragraphs[9], "Đỗ Thị Trang", agenda[1].uuid),
        m.MinutesEntry(m.MinutesEntryKind.OPINION, paragraphs[13], "Đại diện 5 tổ chức đảng", agenda[2].uuid),
        m.MinutesEntry(
            m.MinutesEntryKind.CONCLUSION, _typed_conclusion(notice), "Nguyễn Tuấn Hùng", agenda[3].uuid
        ),
        m.MinutesEntry(
            m.MinutesEntryKind.VOTE,
            "Biểu quyết thông qua kết luận Hội nghị",
            agenda_item_uuid=agenda[3].uuid,
            vote=m.Vote(for_count=len(attendance) - 1),
        ),
    ]
    return m.Meeting(
        title="Hội nghị giao ban cấp ủy sơ kết công tác 9 tháng và triển khai nhiệm vụ công tác 3 tháng cuối "
        "năm 2021",
        kind="Hội nghị giao ban cấp ủy",
        start=datetime(2021, 10, 12, 8, 0),
        end=datetime(2021, 10, 12, 11, 30),
        place="Số 5 Lý Thường Kiệt, Hà Nội",
        online_sites=[
            "Đảng ủy Cơ quan TTXVN khu vực miền Trung-Tây Nguyên",
            "Đảng ủy Cơ quan TTXVN khu vực phía Nam",
            "Đảng ủy Công ty TNHH MTV ITAXA",
            "Các chi bộ cụm trong nước",
        ],
        chair="Nguyễn Tuấn Hùng",
        secretary="Đỗ Thị Trang",
        guests=["Đại diện lãnh đạo các tổ chức đoàn thể"],
        status=m.MeetingStatus.FINISHED,  # finalised by populate_demo, as a secretary would
        attendance=attendance,
        agenda=agenda,
        minutes=minutes,
    )


def _typed_conclusion(notice: dict) -> str:
    """The notice's conclusion section as a secretary types it in the minutes: paragraphs as lines, groups as
    "Về …:" lines, tasks as "- …" lines (the convention services.drafting reads back)."""
    body = notice["body"]
    start = next(i for i, b in enumerate(body) if b["type"] == "heading" and "Kết luận" in b["text"]) + 1
    lines = []
    for block in body[start:-1]:  # the last paragraph is the notice's closing sentence, not the chair's words
        lines.append(f"- {block['text']}" if block["type"] == "item" else block["text"])
    return "\n".join(lines)
