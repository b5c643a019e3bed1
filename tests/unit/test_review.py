"""Issue 12, item 6: the next meeting of the same committee reviews the previous one's conclusions."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from secretary_app.domain import models as m
from secretary_app.domain.meeting_templates import REVIEW_TITLE, is_review_title
from secretary_app.services import review
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database

DEMO_KIND = "Giao ban cấp ủy"  # the demo meeting is a "Hội nghị giao ban cấp ủy"


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    yield context
    context.close()


def next_meeting(ctx, agenda: list[str], kind: str = DEMO_KIND) -> m.Meeting:
    return ctx.meetings.create(
        m.Meeting(
            title="Hội nghị giao ban cấp ủy tháng 1 năm 2022",
            kind=kind,
            start=datetime(2022, 1, 10, 8, 0),
            place="Hà Nội",
            chair="Nguyễn Văn A",
            agenda=[m.AgendaItem(title=t) for t in agenda],
        )
    )


def test_the_previous_meeting_is_the_same_committees_with_an_issued_notice(ctx):
    demo = ctx.meetings.list_meetings()[0]
    assert ctx.meetings.previous_with_conclusions(DEMO_KIND, datetime(2022, 1, 10)).id == demo.id
    assert ctx.meetings.previous_with_conclusions("Hội nghị Ban Thường vụ", datetime(2022, 1, 10)) is None
    assert ctx.meetings.previous_with_conclusions(DEMO_KIND, datetime(2021, 10, 1)) is None  # none before
    assert is_review_title(REVIEW_TITLE)
    assert is_review_title("Tình hình thực hiện các kết luận của kỳ giao ban trước")
    assert not is_review_title("Kết luận Hội nghị")


def test_the_next_notice_gets_the_counts_and_the_overdue_tasks_by_unit(ctx):
    meeting = next_meeting(ctx, [REVIEW_TITLE, "Phương hướng nhiệm vụ tháng 1", "Kết luận Hội nghị"])
    draft = ctx.issuing.draft_notice(meeting.id)
    body = draft.content["body"]
    (at,) = [i for i, b in enumerate(body) if b["type"] == "heading" and REVIEW_TITLE in b["text"]]
    assert body[at + 1]["text"] == f"Hội nghị nghe nội dung {REVIEW_TITLE.lower()}."  # the drafting's line
    paragraph = body[at + 2]["text"]
    assert paragraph.startswith("Thực hiện Thông báo số 239-TB/ĐU")
    assert "tổng số 18 kết luận, nhiệm vụ" in paragraph and "thường xuyên 5" in paragraph
    assert "quá hạn chưa hoàn thành 9 (Ban Tổ chức Đảng ủy: 7; Văn phòng Đảng ủy: 2)" in paragraph
    # The review item is a section of its own, not swallowed as the closing "Kết luận" item.
    assert body[at]["text"].startswith("1. ")


def test_no_review_item_no_paragraph(ctx):
    meeting = next_meeting(ctx, ["Phương hướng nhiệm vụ tháng 1", "Kết luận Hội nghị"])
    body = ctx.issuing.draft_notice(meeting.id).content["body"]
    assert not any("Thực hiện Thông báo số 239" in b.get("text", "") for b in body)
    assert (
        review.review_paragraph(ctx.store, next_meeting(ctx, [], kind="Hội nghị Ban Thường vụ"), date.today())
        == ""
    )
