"""No duplicate tasks: each task remembers its notice line; a second or supplementary notice of a meeting that
has an issued one creates only the tasks that are new and marks the ones it revises as replaced."""

from __future__ import annotations

from datetime import date

import pytest

from secretary_app.domain import models as m
from secretary_app.domain.errors import RuleError
from secretary_app.services import follow_up
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.issuing import DirectivePlan
from secretary_app.services.supplements import Decision, match_items


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    yield context
    context.close()


def _meeting_id(ctx) -> int:
    return next(mt.id for mt in ctx.meetings.list_meetings() if mt.start.year == 2021)


def _items(document: m.StoredDocument) -> list[dict]:
    return [b for b in document.content["body"] if b["type"] == "item"]


def test_every_task_remembers_its_notice_line(ctx):
    tasks = ctx.directives.list_directives()
    assert [t.source_item for t in tasks] == [f"#{n}" for n in range(1, 19)]
    assert {t.document_id for t in tasks} == {tasks[0].document_id}


def test_a_second_notice_of_the_demo_meeting_creates_no_duplicates(ctx):
    """Issue 12: a second "Soạn thông báo kết luận" on the demo meeting issued 240-TB/ĐU and 18 more tasks."""
    draft = ctx.issuing.draft_notice(_meeting_id(ctx))
    assert {match.decision for _block, match in ctx.issuing.item_matches(draft)} == {Decision.SAME}
    issued = ctx.issuing.issue(draft.id, on_date=date(2021, 10, 20))
    assert issued.number == 240
    assert len(ctx.directives.list_directives()) == 18


def test_a_supplementary_notice_adds_the_new_tasks_and_replaces_the_revised_one(ctx):
    meeting_id = _meeting_id(ctx)
    before = {t.id: t for t in ctx.directives.list_directives()}
    draft = ctx.issuing.draft_supplement(meeting_id)
    assert draft.content["subject"] == "Bổ sung, điều chỉnh Thông báo số 239-TB/ĐU ngày 12/10/2021"
    assert draft.content["date"] == date.today().isoformat()  # made now, not on the 2021 meeting's day
    assert draft.content["meta"]["supplements"] == [next(iter(before.values())).document_id]
    items = _items(draft)
    # the secretary revises one task's words, adds a new task and drops nothing else
    revised = next(b for b in items if b["text"].startswith("Triển khai phần mềm cơ sở dữ liệu đảng viên"))
    old_task = next(t for t in before.values() if t.content == revised["text"])
    revised["text"] = "Triển khai phần mềm cơ sở dữ liệu đảng viên 3.0 đến tất cả các chi bộ."
    body = draft.content["body"]
    body.insert(
        body.index(revised) + 1, {"type": "item", "text": "Tổng kết công tác năm 2021.", "ref": "new-1"}
    )
    ctx.issuing.save_draft(draft)
    plan = ctx.issuing.directive_plan(draft, revised["ref"])  # prefilled with the task's unit and date
    assert (plan.decision, plan.lead_unit_id, plan.deadline) == ("", old_task.lead_unit_id, old_task.deadline)
    matches = {b.text: (mt.decision, mt.directive_id) for b, mt in ctx.issuing.item_matches(draft)}
    assert matches["Tổng kết công tác năm 2021."] == (Decision.NEW, None)
    assert matches[revised["text"]] == (Decision.REPLACES, old_task.id)
    assert sum(d == Decision.SAME for d, _ in matches.values()) == 17
    issued = ctx.issuing.issue(draft.id, on_date=date(2021, 11, 2))

    after = {t.id: t for t in ctx.directives.list_directives()}
    new = [t for i, t in after.items() if i not in before]
    assert sorted(t.content for t in new) == sorted([revised["text"], "Tổng kết công tác năm 2021."])
    assert all(t.document_id == issued.id for t in new)
    assert {t.source_item for t in new} == {revised["ref"], "new-1"}
    replacement = next(t for t in new if t.content == revised["text"])
    replaced = after[old_task.id]
    assert replaced.status == m.DirectiveStatus.CANCELLED and replaced.replaced_by_id == replacement.id
    assert replaced.cancel_reason.startswith(
        f"Được thay thế bởi nhiệm vụ #{replacement.id} theo Thông báo số"
    )
    assert replacement.lead_unit_id == old_task.lead_unit_id
    assert "Thay thế theo thông báo mới" in [e.what for e in follow_up.history(ctx, old_task.id)]


def test_the_secretary_decides_over_the_proposal_until_the_item_is_reworded(ctx):
    draft = ctx.issuing.draft_notice(_meeting_id(ctx))
    first, second = _items(draft)[:2]
    ctx.issuing.set_directive_plan(draft, first["ref"], DirectivePlan(decision="new"))
    # a "same" decision taken before the item was reworded no longer holds: the reworded item is a revision
    ctx.issuing.set_directive_plan(draft, second["ref"], DirectivePlan(decision="same"))
    second["text"] += " Chú trọng thông tin đối ngoại."
    ctx.issuing.save_draft(draft)
    ctx.issuing.issue(draft.id, on_date=date(2021, 10, 20))
    tasks = ctx.directives.list_directives()
    assert len(tasks) == 20 and [t.content for t in tasks].count(first["text"]) == 2
    assert second["text"] in [t.content for t in tasks]


def test_matching_rules():
    def task(i, text, status=m.DirectiveStatus.OPEN):
        return m.Directive(text, status=status, id=i)

    earlier = [
        task(1, "Kiện toàn cấp ủy nhiệm kỳ 2020-2025."),
        task(2, "Tổ chức hội nghị tập huấn nghiệp vụ công tác đảng năm 2021."),
        task(3, "Hoàn thành Chương trình kiểm tra, giám sát năm 2021.", m.DirectiveStatus.DONE),
        task(4, "Ban hành nghị quyết chuyên đề.", m.DirectiveStatus.CANCELLED),
    ]
    texts = [
        "KIỆN TOÀN CẤP ỦY NHIỆM KỲ 2020-2025",  # the same words, other case and punctuation
        "Tổ chức hội nghị tập huấn nghiệp vụ công tác đảng năm 2021 cho cán bộ cấp ủy.",  # revised
        "Hoàn thành Chương trình kiểm tra, giám sát năm 2021 của các cấp ủy.",  # revises a done task: new
        "Ban hành nghị quyết chuyên đề.",  # the cancelled one: not brought back by its copied words
        "Một nhiệm vụ hoàn toàn mới.",
    ]
    got = [(mt.decision, mt.directive_id) for mt in match_items(texts, earlier)]
    assert got == [
        (Decision.SAME, 1),
        (Decision.REPLACES, 2),
        (Decision.NEW, None),
        (Decision.SAME, 4),
        (Decision.NEW, None),
    ]


def test_a_supplement_needs_an_issued_notice(ctx):
    meeting = ctx.meetings.create(
        m.Meeting(title="Họp chi bộ", kind="Sinh hoạt chi bộ", start=ctx.meetings.list_meetings()[0].start)
    )
    with pytest.raises(RuleError, match="chưa có thông báo kết luận đã ban hành"):
        ctx.issuing.draft_supplement(meeting.id)
