"""Numbering, issuing, locking, corrections and the directives a notice creates."""

import threading
from datetime import date, datetime

import pytest

from secretary_app.domain import models as m
from secretary_app.domain.errors import ReadOnlyRecordError
from secretary_app.domain.numbering import document_symbol, numbering_scope
from secretary_app.domain.validation import ValidationError
from secretary_app.services.context import open_context
from secretary_app.services.issuing import DirectivePlan


@pytest.fixture
def ctx(tmp_path):
    ctx = open_context(tmp_path / "c.sqlite", create=True)
    ctx.organisation.save(
        m.OrganisationProfile(
            issuing_body="ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM",
            parent_body="ĐẢNG BỘ KHỐI CÁC CƠ QUAN TW",
            code="ĐU",
            place="Hà Nội",
            term_start=date(2020, 6, 1),
            signers=[m.Signer("Hà Thị Mai An", "PHÓ BÍ THƯ", "T/M ĐẢNG ỦY")],
            default_recipients=["Thường trực Đảng ủy (để b/c)", "Lưu VPĐU"],
        )
    )
    yield ctx
    ctx.close()


def _meeting(ctx, day=date(2021, 10, 12)):
    agenda = m.AgendaItem(title="Kết luận Hội nghị", presenter="Nguyễn Tuấn Hùng")
    conclusion = (
        "Về công tác thông tin:\n- Thông tin kịp thời các sự kiện.\n- Đổi mới nội dung.\nVề xây "
        "dựng Đảng:\n- Kiện toàn cấp ủy."
    )
    meeting = m.Meeting(
        title="Hội nghị giao ban cấp ủy",
        kind="Giao ban cấp ủy",
        start=datetime.combine(day, datetime.min.time()).replace(hour=8),
        chair="Nguyễn Tuấn Hùng",
        secretary="Đỗ Thị Trang",
        agenda=[agenda],
        minutes=[m.MinutesEntry(m.MinutesEntryKind.CONCLUSION, conclusion, "Nguyễn Tuấn Hùng", agenda.uuid)],
    )
    return ctx.meetings.create(meeting)


def _issue_notice(ctx, day):
    meeting = _meeting(ctx, day)
    draft = ctx.issuing.draft_notice(meeting.id)
    return ctx.issuing.issue(draft.id)


def test_symbols():
    assert document_symbol(m.Standard.PARTY, 239, "TB", "ĐU") == "239-TB/ĐU"
    assert document_symbol(m.Standard.PARTY, 7, "TB", "ĐU") == "07-TB/ĐU"
    assert document_symbol(m.Standard.STATE, 467, "TB", "VPCP") == "467/TB-VPCP"


def test_scopes():
    party = numbering_scope(m.Standard.PARTY, "TB", date(2021, 10, 12), date(2020, 6, 1))
    assert (party.start, party.type_code) == (date(2020, 6, 1), "TB")
    state = numbering_scope(m.Standard.STATE, "TB", date(2021, 10, 12), None)
    assert (state.start, state.end, state.type_code) == (date(2021, 1, 1), date(2022, 1, 1), None)


def test_party_numbers_run_per_type_within_the_term_and_restart_with_a_new_term(ctx):
    first = _issue_notice(ctx, date(2021, 10, 12))
    second = _issue_notice(ctx, date(2022, 3, 1))  # a new calendar year does not restart Party numbering
    minutes = ctx.issuing.issue(ctx.issuing.draft_minutes(first.meeting_id).id)
    assert (first.number, second.number, minutes.number) == (1, 2, 1)  # BB has its own sequence
    assert ctx.issuing.symbol(second) == "02-TB/ĐU"
    profile = ctx.organisation.get()
    profile.term_start = date(2025, 9, 1)  # the congress elected a new committee
    ctx.organisation.save(profile)
    assert _issue_notice(ctx, date(2025, 10, 1)).number == 1


def test_state_numbers_run_per_calendar_year_across_types(ctx):
    profile = ctx.organisation.get()
    profile.standard, profile.code = m.Standard.STATE, "VPCP"
    profile.signers = [m.Signer("Trần Văn Sơn", "PHÓ CHỦ NHIỆM", "KT. BỘ TRƯỞNG, CHỦ NHIỆM")]
    ctx.organisation.save(profile)
    a = _issue_notice(ctx, date(2021, 10, 12))
    b = ctx.issuing.issue(ctx.issuing.draft_minutes(a.meeting_id).id)
    c = _issue_notice(ctx, date(2022, 1, 3))
    assert (a.number, b.number, c.number) == (1, 2, 1)
    assert ctx.issuing.symbol(a) == "01/TB-VPCP"


def test_issued_document_is_locked_and_corrected_by_a_new_version(ctx):
    issued = _issue_notice(ctx, date(2021, 10, 12))
    issued.content["subject"] = "sửa lén"
    with pytest.raises(ReadOnlyRecordError):
        ctx.issuing.save_draft(issued)
    with pytest.raises(ReadOnlyRecordError, match="01-TB/ĐU"):
        ctx.issuing.issue(issued.id)
    correction = ctx.issuing.new_version(issued.id)
    assert (correction.version, correction.supersedes_id, correction.number) == (2, issued.id, None)
    assert ctx.documents.get(issued.id).subject == "Hội nghị giao ban cấp ủy"
    reissued = ctx.issuing.issue(correction.id, on_date=date(2021, 10, 20))
    assert reissued.number == 2  # a number is never reused
    actions = [e.action for e in ctx.store.audit_entries(issued.uuid)]
    assert "issue" in actions and "correct" in actions


def test_issuing_a_notice_creates_its_directives_with_the_plans(ctx):
    unit = ctx.units.save(m.Unit(name="Ban Biên tập Tin Trong nước"))
    helper = ctx.units.save(m.Unit(name="Văn phòng Đảng ủy"))
    meeting = _meeting(ctx)
    draft = ctx.issuing.draft_notice(meeting.id)
    items = [b for b in draft.content["body"] if b["type"] == "item"]
    assert [b["text"] for b in items] == [
        "Thông tin kịp thời các sự kiện.",
        "Đổi mới nội dung.",
        "Kiện toàn cấp ủy.",
    ]
    ctx.issuing.set_directive_plan(draft, items[0]["ref"], DirectivePlan(ongoing=True, lead_unit_id=unit.id))
    ctx.issuing.set_directive_plan(
        draft,
        items[2]["ref"],
        DirectivePlan(lead_unit_id=unit.id, cooperating_unit_ids=[helper.id], deadline=date(2021, 12, 31)),
    )
    ctx.issuing.save_draft(draft)
    issued = ctx.issuing.issue(draft.id)
    directives = ctx.directives.list_directives()
    assert [(d.heading, d.ongoing, d.deadline) for d in directives] == [
        ("Về công tác thông tin", True, None),
        ("Về công tác thông tin", False, None),
        ("Về xây dựng Đảng", False, date(2021, 12, 31)),
    ]
    assert directives[2].cooperating_unit_ids == [helper.id]
    assert all(d.document_id == issued.id and d.meeting_id == meeting.id for d in directives)


def test_deadline_before_the_meeting_is_refused_and_nothing_is_issued(ctx):
    meeting = _meeting(ctx)
    draft = ctx.issuing.draft_notice(meeting.id)
    ref = next(b["ref"] for b in draft.content["body"] if b["type"] == "item")
    ctx.issuing.set_directive_plan(draft, ref, DirectivePlan(deadline=date(2021, 9, 30)))
    ctx.issuing.save_draft(draft)
    with pytest.raises(ValidationError, match="trước ngày họp 12/10/2021"):
        ctx.issuing.issue(draft.id)
    assert ctx.documents.get(draft.id).status == m.DocumentStatus.DRAFT
    assert ctx.directives.list_directives() == []


def test_plan_problems_give_the_rule_and_message_issue_gives(ctx):
    """The composer flags a deadline before the meeting with the service's one rule, also for a draft that is
    not complete enough to print yet; issuing refuses the same plan with the same message."""
    meeting = _meeting(ctx)
    draft = ctx.issuing.draft_notice(meeting.id)
    draft.content["signature"]["name"] = ""  # incomplete: the plans are still checked
    items = ctx.issuing.conclusion_items(draft)
    assert items and all(block.type == "item" and block.ref for _heading, block in items)
    ref = items[0][1].ref
    ctx.issuing.set_directive_plan(draft, ref, DirectivePlan(deadline=date(2021, 9, 30)))
    ctx.issuing.set_directive_plan(
        draft, items[1][1].ref, DirectivePlan(deadline=date(2021, 9, 30), ongoing=True)
    )
    (problem,) = ctx.issuing.plan_problems(draft)
    assert problem.field == f"directives[{ref}]" and "trước ngày họp 12/10/2021" in problem.message
    draft.content["signature"]["name"] = "Nguyễn Văn A"
    ctx.issuing.save_draft(draft)
    with pytest.raises(ValidationError) as info:
        ctx.issuing.issue(draft.id)
    assert [(e.field, e.message) for e in info.value.errors] == [(problem.field, problem.message)]


def test_a_meetings_draft_and_a_notices_directives_are_found_directly(ctx):
    meeting, other = _meeting(ctx), _meeting(ctx, date(2021, 11, 2))
    assert ctx.issuing.notice_draft_for(meeting.id) is None
    ctx.issuing.draft_notice(other.id)
    older = ctx.issuing.draft_notice(meeting.id)
    ctx.issuing.draft_minutes(meeting.id)  # not a notice
    newer = ctx.issuing.draft_notice(meeting.id)
    assert ctx.issuing.notice_draft_for(meeting.id).id == newer.id != older.id
    assert ctx.issuing.meeting_date(newer) == date(2021, 10, 12)
    issued = ctx.issuing.issue(newer.id)
    assert ctx.issuing.notice_draft_for(meeting.id).id == older.id
    created = ctx.issuing.directives_created_by(issued.id)
    assert created and [d.id for d in created] == [
        d.id for d in ctx.directives.list_directives() if d.document_id == issued.id
    ]
    assert ctx.issuing.directives_created_by(older.id) == []


def test_incomplete_draft_is_refused_naming_the_field(ctx):
    draft = ctx.issuing.draft_notice(_meeting(ctx).id)
    draft.content["signature"]["name"] = ""
    ctx.issuing.save_draft(draft)
    with pytest.raises(ValidationError) as info:
        ctx.issuing.issue(draft.id)
    assert info.value.errors[0].field == "signature.name"


def test_concurrent_issuing_from_two_connections_never_duplicates(tmp_path, ctx):
    drafts = [ctx.issuing.draft_notice(_meeting(ctx).id).id for _ in range(20)]
    numbers, errors = [], []

    def worker(ids):
        other = open_context(ctx.db_path, create=True)  # its own connection, like a second window
        try:
            for document_id in ids:
                numbers.append(other.issuing.issue(document_id).number)
        except Exception as exc:  # surfaced below: the assertion shows what failed
            errors.append(exc)
        finally:
            other.close()

    threads = [threading.Thread(target=worker, args=(drafts[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == list(range(1, 21))


def test_minutes_finalise_lock_and_correction(ctx):
    meeting = _meeting(ctx)
    ctx.minutes.finalise(meeting.id)
    locked = ctx.meetings.get(meeting.id)
    locked.minutes[0].text = "sửa lén"
    with pytest.raises(ReadOnlyRecordError, match="Đính chính"):
        ctx.minutes.save_entries(meeting.id, locked.minutes)
    corrected = ctx.minutes.start_correction(meeting.id)
    assert corrected.minutes_version == 2
    corrected.minutes[0].text = "Nội dung đính chính"
    ctx.minutes.save_entries(meeting.id, corrected.minutes)
    ctx.minutes.finalise(meeting.id)
    versions = ctx.minutes.versions(meeting.id)
    assert [v for v, _, _ in versions] == [1, 2]
    assert "Về công tác thông tin" in versions[0][2] and "Nội dung đính chính" in versions[1][2]


def test_next_number_previews_without_taking_it(tmp_path):
    from secretary_app.services.context import open_context
    from secretary_app.services.demo import ensure_demo_database

    ctx = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    try:
        meeting = ctx.meetings.list_meetings()[0]
        draft = ctx.issuing.draft_notice(meeting.id)
        assert ctx.issuing.next_number(draft) == 240
        assert ctx.issuing.next_number(draft) == 240  # a preview takes nothing
        assert ctx.issuing.issue(draft.id).number == 240
    finally:
        ctx.close()


def test_notice_drafted_from_the_demo_meeting_has_one_conclusion_section_and_all_tasks(tmp_path):
    from secretary_app.services.demo import ensure_demo_database

    demo = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    try:
        meeting = demo.meetings.list_meetings()[0]
        draft = demo.issuing.draft_notice(meeting.id)
    finally:
        demo.close()
    body = draft.content["body"]
    headings = [b["text"] for b in body if b["type"] == "heading"]
    assert sum("Kết luận" in h for h in headings) == 1
    assert headings[-1].endswith("Kết luận Hội nghị")
    assert [b["text"] for b in body if b["type"] == "subheading"] == [
        "Về công tác thông tin:",
        "Về các lĩnh vực công tác của ngành:",
        "Về công tác xây dựng Đảng:",
    ]
    assert sum(b["type"] == "item" for b in body) == 18
    texts = " ".join(b["text"] for b in body)
    # speeches are summarised, not pasted (issue 13); the speakers are named in the lead-in
    assert "Đồng chí Nguyễn Tuấn Hùng trình bày nội dung" in texts
    assert "Đại diện 5 tổ chức đảng phát biểu:" not in texts
    assert "Tại Hội nghị, đại diện 5 tổ chức đảng đã phát biểu ý kiến thảo luận." in texts
    assert "Đồng chí Đại diện" not in texts
    assert "Biểu quyết thông qua kết luận Hội nghị: 7/7 ý kiến tán thành (100%)" in texts
