"""The rules of the records, owned by the application API (ctx.meetings, ctx.minutes, ctx.documents,
ctx.issuing, ctx.trash) and holding whatever path a caller takes: finalised minutes and issued documents are
never edited, saving a meeting's details never deletes its children, records with consequences are never
deleted, and a deleted draft goes to the recycle bin and comes back whole."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from secretary_app.domain import models as m
from secretary_app.domain.changes import Change, OpChanges
from secretary_app.domain.errors import NotFoundError, ReadOnlyRecordError, RuleError
from secretary_app.services.context import open_context


@pytest.fixture
def ctx(tmp_path):
    ctx = open_context(tmp_path / "rules.sqlite", create=True)
    ctx.organisation.save(
        m.OrganisationProfile(
            issuing_body="ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM",
            code="ĐU",
            place="Hà Nội",
            term_start=date(2020, 6, 1),
            signers=[m.Signer("Hà Thị Mai An", "PHÓ BÍ THƯ", "T/M ĐẢNG ỦY")],
        )
    )
    yield ctx
    ctx.close()


def _meeting(ctx, title="Hội nghị giao ban cấp ủy tháng 10") -> m.Meeting:
    agenda = m.AgendaItem(title="Kết luận Hội nghị", presenter="Nguyễn Tuấn Hùng")
    return ctx.meetings.create(
        m.Meeting(
            title=title,
            kind="Giao ban cấp ủy",
            start=datetime(2021, 10, 12, 8),
            chair="Nguyễn Tuấn Hùng",
            agenda=[agenda],
            attendance=[m.Attendance(None, "Nguyễn Tuấn Hùng"), m.Attendance(None, "Đỗ Thị Trang")],
            minutes=[
                m.MinutesEntry(
                    m.MinutesEntryKind.CONCLUSION,
                    "Về công tác thông tin:\n- Thông tin kịp thời các sự kiện.",
                    agenda_item_uuid=agenda.uuid,
                )
            ],
        )
    )


def _children(ctx, meeting_id: int) -> tuple[int, int, int]:
    full = ctx.meetings.get(meeting_id)
    return len(full.agenda), len(full.attendance), len(full.minutes)


# -- finalised minutes --------------------------------------------------------------------------------------
def test_finalised_minutes_cannot_be_changed_by_any_path(ctx):
    meeting = _meeting(ctx)
    ctx.minutes.finalise(meeting.id)
    full = ctx.meetings.get(meeting.id)
    full.minutes[0].text = "sửa lén"
    full.title = "Tên khác"
    with pytest.raises(ReadOnlyRecordError, match="Đính chính"):
        ctx.minutes.save_entries(meeting.id, full.minutes)
    with pytest.raises(ReadOnlyRecordError, match="đã chốt"):
        ctx.meetings.save_details(full)
    with pytest.raises(ReadOnlyRecordError):
        ctx.meetings.set_agenda(meeting.id, [])
    with pytest.raises(ReadOnlyRecordError):
        ctx.meetings.set_attendance(meeting.id, [])
    with pytest.raises(ReadOnlyRecordError):  # the store itself refuses, whoever asks
        ctx.store.set_minutes_entries(meeting.id, full.minutes)
    with pytest.raises(RuleError):  # finalising is an operation of its own, never a status to save
        ctx.meetings.save_details(
            m.Meeting("X", "Họp", datetime(2021, 1, 1), status=m.MeetingStatus.MINUTES_FINAL, id=meeting.id)
        )
    stored = ctx.meetings.get(meeting.id)
    assert stored.title == "Hội nghị giao ban cấp ủy tháng 10"
    assert stored.minutes[0].text.startswith("Về công tác thông tin")
    assert _children(ctx, meeting.id) == (1, 2, 1)
    assert stored.status == m.MeetingStatus.MINUTES_FINAL


def test_a_correction_is_a_new_version_with_an_audit_entry(ctx):
    meeting = _meeting(ctx)
    ctx.minutes.finalise(meeting.id)
    corrected = ctx.minutes.start_correction(meeting.id)
    assert corrected.minutes_version == 2
    corrected.minutes[0].text = "Nội dung đính chính"
    ctx.minutes.save_entries(meeting.id, corrected.minutes)
    ctx.minutes.finalise(meeting.id)
    versions = ctx.minutes.versions(meeting.id)
    assert [v for v, _, _ in versions] == [1, 2]
    assert "Thông tin kịp thời" in versions[0][2] and "Nội dung đính chính" in versions[1][2]
    assert "correct" in [e.action for e in ctx.store.audit_entries(meeting.uuid)]


def test_typing_minutes_starts_a_planned_meeting(ctx):
    meeting = ctx.meetings.create(m.Meeting("Họp chi bộ", "Sinh hoạt chi bộ", datetime(2024, 5, 2, 14)))
    assert ctx.meetings.get(meeting.id).status == m.MeetingStatus.PLANNED
    entry = m.MinutesEntry(m.MinutesEntryKind.OPINION, "Thống nhất.", "Lê Thị Hoa")
    saved = ctx.minutes.save_entries(meeting.id, [entry])
    assert saved.status == m.MeetingStatus.IN_PROGRESS
    assert [e.text for e in ctx.meetings.get(meeting.id).minutes] == ["Thống nhất."]


# -- issued documents ---------------------------------------------------------------------------------------
def test_issued_document_cannot_be_changed_by_any_path(ctx):
    meeting = _meeting(ctx)
    draft = ctx.issuing.draft_notice(meeting.id)
    issued = ctx.issuing.issue(draft.id)
    assert issued.number == 1
    assert not hasattr(ctx.documents, "save")  # no generic "save anything" on a record with rules
    changed = ctx.documents.get(issued.id)
    changed.number, changed.doc_date = 99, date(2022, 1, 1)
    changed.content = {**changed.content, "subject": "Nội dung khác", "number": 99}
    with pytest.raises(ReadOnlyRecordError, match="đã ban hành"):
        ctx.issuing.save_draft(changed)
    with pytest.raises(ReadOnlyRecordError, match="đã ban hành"):  # the store itself refuses too
        ctx.store.save_document(changed)
    with pytest.raises(ReadOnlyRecordError):
        ctx.documents.delete_draft(issued.id)
    stored = ctx.documents.get(issued.id)
    assert (stored.number, stored.doc_date, stored.status) == (1, issued.doc_date, m.DocumentStatus.ISSUED)
    assert stored.content == issued.content
    correction = ctx.issuing.new_version(issued.id)  # the way to correct it: a new version
    assert correction.supersedes_id == issued.id and correction.status == m.DocumentStatus.DRAFT


def test_a_draft_cannot_be_saved_as_issued(ctx):
    draft = ctx.issuing.draft_notice(_meeting(ctx).id)
    draft.status, draft.number = m.DocumentStatus.ISSUED, 5
    saved = ctx.issuing.save_draft(draft)
    assert (saved.status, saved.number) == (m.DocumentStatus.DRAFT, None)  # only issue() issues


# -- details vs children ------------------------------------------------------------------------------------
def test_saving_details_never_deletes_children(ctx):
    meeting = _meeting(ctx)
    [summary] = ctx.meetings.list_meetings()
    assert isinstance(summary, m.MeetingSummary) and not hasattr(summary, "minutes")
    with pytest.raises(RuleError, match="một phần"):
        ctx.meetings.save_details(summary)
    details = ctx.meetings.get(meeting.id)
    details.title, details.agenda, details.attendance, details.minutes = "Tên mới", [], [], []
    ctx.meetings.save_details(details)  # a record whose lists were emptied: its details only are saved
    assert ctx.meetings.get(meeting.id).title == "Tên mới"
    assert _children(ctx, meeting.id) == (1, 2, 1)
    ctx.meetings.set_attendance(meeting.id, [m.Attendance(None, "Lê Thị Hoa")])
    assert _children(ctx, meeting.id) == (1, 1, 1)  # each part by its own operation


# -- deletion and the recycle bin ---------------------------------------------------------------------------
def test_meeting_with_finalised_minutes_cannot_be_deleted(ctx):
    meeting = _meeting(ctx)
    ctx.minutes.finalise(meeting.id)
    with pytest.raises(RuleError, match="biên bản của cuộc họp đã chốt"):
        ctx.meetings.delete(meeting.id)
    ctx.minutes.start_correction(meeting.id)  # a corrected meeting still holds finalised version 1
    with pytest.raises(RuleError, match=r"phiên bản 1"):
        ctx.meetings.delete(meeting.id)
    assert _children(ctx, meeting.id) == (1, 2, 1) and ctx.trash.list() == []


def test_meeting_with_an_issued_document_cannot_be_deleted(ctx):
    meeting = _meeting(ctx)
    ctx.issuing.issue(ctx.issuing.draft_notice(meeting.id).id)
    assert ctx.meetings.deletion_refusal(meeting.id) is not None
    with pytest.raises(RuleError, match="01-TB/ĐU"):
        ctx.meetings.delete(meeting.id)
    assert len(ctx.meetings.list_meetings()) == 1 and ctx.trash.list() == []


def test_draft_meeting_goes_to_the_bin_and_comes_back_whole(ctx):
    meeting = _meeting(ctx, "Họp nháp sẽ xóa")
    before = ctx.meetings.get(meeting.id)
    draft_notice = ctx.issuing.draft_notice(meeting.id)
    assert ctx.meetings.deletion_refusal(meeting.id) is None
    bin_id = ctx.meetings.delete(meeting.id)
    assert ctx.meetings.list_meetings() == []
    assert ctx.documents.get(draft_notice.id).meeting_id is None  # unlinked while the meeting is away
    assert ctx.search.search("hop nhap", kinds={"meeting"}) == []
    [item] = ctx.trash.list()
    assert (item.id, item.kind, item.record_uuid) == (bin_id, "meeting", meeting.uuid)
    assert "Họp nháp sẽ xóa" in item.title and item.deleted_by and item.deleted_at

    kind, restored_id = ctx.trash.restore(bin_id)
    assert kind == "meeting" and ctx.trash.list() == []
    restored = ctx.meetings.get(restored_id)
    assert restored == before  # same ids, uuids, children and their order
    assert ctx.documents.get(draft_notice.id).meeting_id == restored_id  # relinked
    assert [h.record_id for h in ctx.search.search("hop nhap", kinds={"meeting"})] == [restored_id]
    assert [e.action for e in ctx.store.audit_entries(meeting.uuid)][-2:] == ["delete", "restore"]
    with pytest.raises(NotFoundError):
        ctx.trash.restore(bin_id)  # gone from the bin once restored


def test_restored_meeting_gets_a_new_id_when_its_old_one_was_taken(ctx):
    first = _meeting(ctx, "Cuộc họp thứ nhất")
    bin_id = ctx.meetings.delete(first.id)
    second = _meeting(ctx, "Cuộc họp thứ hai")  # SQLite may give it the freed id
    _, restored_id = ctx.trash.restore(bin_id)
    assert sorted(s.title for s in ctx.meetings.list_meetings()) == ["Cuộc họp thứ hai", "Cuộc họp thứ nhất"]
    assert _children(ctx, restored_id) == (1, 2, 1) and _children(ctx, second.id) == (1, 2, 1)


def test_draft_document_goes_to_the_bin_and_back(ctx):
    meeting = _meeting(ctx)
    draft = ctx.issuing.draft_notice(meeting.id)
    ctx.documents.delete_draft(draft.id)
    assert ctx.documents.list_documents() == []
    [item] = ctx.trash.list()
    assert item.kind == "document" and "dự thảo" in item.title
    ctx.trash.restore(item.id)
    back = ctx.documents.get(draft.id)
    assert back.content == draft.content and back.meeting_id == meeting.id


# -- one change signal --------------------------------------------------------------------------------------
def test_every_write_publishes_what_it_changed_after_commit(ctx):
    seen: list[OpChanges] = []
    ctx.changes.subscribe(seen.append)
    meeting = _meeting(ctx)
    assert seen[-1].touches(Change.MEETINGS) and len(seen) == 1  # one notification per operation
    ctx.minutes.save_entries(meeting.id, [])
    assert seen[-1].touches(Change.MINUTES)
    ctx.issuing.issue(ctx.issuing.draft_notice(meeting.id).id)
    assert seen[-1].touches(Change.DOCUMENTS, Change.DIRECTIVES)
    other = ctx.meetings.create(m.Meeting("Họp", "Họp", datetime(2024, 1, 1)))
    ctx.meetings.delete(other.id)
    assert seen[-1].touches(Change.RECYCLE_BIN)
    count = len(seen)
    with pytest.raises(RuleError):
        ctx.meetings.delete(meeting.id)  # refused: nothing written, nothing published
    assert len(seen) == count
    with pytest.raises(RuntimeError), ctx.store.transaction():
        ctx.directives.save(m.Directive("Rà soát"))
        raise RuntimeError  # rolled back: never announced
    assert len(seen) == count
