"""The kinds of issue 14 through the register: drafted from a meeting or a template, numbered per kind,
issued, in the register and in the year archive as a notice is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime

import pytest

from secretary_app.domain import models as m
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.validation import ValidationError
from secretary_app.services.archive import export_year
from secretary_app.services.context import open_context
from secretary_app.services.drafting_kinds import FROM_MEETING, TEMPLATE_KINDS

K = m.DocumentKind


def _profile(standard=m.Standard.PARTY) -> m.OrganisationProfile:
    return m.OrganisationProfile(
        issuing_body="ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM",
        parent_body="ĐẢNG BỘ KHỐI CÁC CƠ QUAN TW",
        code="ĐU",
        place="Hà Nội",
        standard=standard,
        office_name="VPĐU",
        term_start=date(2020, 6, 1),
        signers=[m.Signer("Hà Thị Mai An", "PHÓ BÍ THƯ", "T/M ĐẢNG ỦY")],
    )


@pytest.fixture
def ctx(tmp_path):
    ctx = open_context(tmp_path / "k.sqlite", create=True)
    ctx.organisation.save(_profile())
    yield ctx
    ctx.close()


def _meeting(ctx) -> m.Meeting:
    report = m.AgendaItem(title="Báo cáo kết quả công tác năm 2026", presenter="Nguyễn Văn B")
    closing = m.AgendaItem(title="Kết luận Hội nghị", presenter="Hà Thị Mai An")
    meeting = m.Meeting(
        title="Hội nghị Ban Thường vụ Đảng ủy tháng 12 năm 2026",
        kind="Hội nghị Ban Thường vụ",
        start=datetime(2026, 12, 14, 8, 0),
        end=datetime(2026, 12, 14, 11, 30),
        place="Phòng họp tầng 3, số 5 Lý Thường Kiệt, Hà Nội",
        chair="Hà Thị Mai An",
        guests=["Đại diện Đảng ủy Khối"],
        attendance=[m.Attendance(person_id=None, name="Nguyễn Văn B", position="Ủy viên Ban Thường vụ")],
        agenda=[report, closing],
        minutes=[
            m.MinutesEntry(
                m.MinutesEntryKind.CONCLUSION,
                "Về công tác kiểm tra:\n- Hoàn thiện kế hoạch kiểm tra năm 2027.",
                "Hà Thị Mai An",
                closing.uuid,
            )
        ],
    )
    return ctx.meetings.create(meeting)


def test_invitation_from_a_meeting_says_who_when_where_what_and_what_to_prepare(ctx):
    meeting = _meeting(ctx)
    draft = ctx.issuing.draft_kind(K.INVITATION, meeting.id)
    assert draft.kind == K.INVITATION and draft.type_code == "GM" and draft.meeting_id == meeting.id
    text = "\n".join(b.get("text", "") for b in draft.content["body"])
    assert "trân trọng kính mời: đồng chí Nguyễn Văn B, Ủy viên Ban Thường vụ; Đại diện Đảng ủy Khối." in text
    assert "Tới dự Hội nghị Ban Thường vụ Đảng ủy tháng 12 năm 2026." in text
    assert "Thời gian: 08 giờ 00 phút, thứ Hai, ngày 14/12/2026." in text
    assert "Địa điểm: Phòng họp tầng 3, số 5 Lý Thường Kiệt, Hà Nội." in text
    assert "Chủ trì: Đồng chí Hà Thị Mai An." in text and "Đề nghị" in text
    items = [b["text"] for b in draft.content["body"] if b["type"] == "item"]
    assert items == ["Báo cáo kết quả công tác năm 2026;", "Kết luận Hội nghị."]
    assert draft.content["recipients"] == ["Như trên", "Lưu VPĐU"]
    document_from_dict({**draft.content, "date": "2026-12-07"})  # prints once dated


def test_programme_from_a_meeting_is_the_agenda_with_times_and_presenters(ctx):
    draft = ctx.issuing.draft_kind(K.PROGRAMME, _meeting(ctx).id)
    table = next(b for b in draft.content["body"] if b["type"] == "table")
    assert table["columns"] == ["Thời gian", "Nội dung", "Người thực hiện"]
    assert table["rows"][0] == ["08h00", "Báo cáo kết quả công tác năm 2026", "Nguyễn Văn B"]
    assert table["rows"][-1] == ["11h30", "Bế mạc", ""]


@pytest.mark.parametrize("kind,title,lead", [(K.RESOLUTION, "NGHỊ QUYẾT", "quyết nghị:"),
                                              (K.CONCLUSION, "KẾT LUẬN", "kết luận như sau:")])  # fmt: skip
def test_resolution_and_conclusion_are_drafted_from_the_meetings_conclusions(ctx, kind, title, lead):
    draft = ctx.issuing.draft_kind(kind, _meeting(ctx).id)
    body = draft.content["body"]
    assert draft.content["title"] == title
    assert any(b["text"].endswith(lead) for b in body if b["type"] == "paragraph")
    assert {"type": "subheading", "text": "Về công tác kiểm tra:"} in body
    assert {"type": "item", "text": "Hoàn thiện kế hoạch kiểm tra năm 2027."} in body  # no ref: not a task
    assert body[-1]["text"].endswith("./.") and "Trên đây là kết luận" not in body[-1]["text"]


def test_each_kind_numbers_from_01_in_its_own_sequence_and_joins_the_register_and_archive(ctx, tmp_path):
    meeting = _meeting(ctx)
    issued = {}
    for kind in TEMPLATE_KINDS:
        for _ in range(2):
            draft = ctx.issuing.draft_kind(kind, meeting.id if kind in FROM_MEETING else None)
            draft.content["date"] = "2026-12-07"
            ctx.issuing.save_draft(draft)
            issued.setdefault(kind, []).append(ctx.issuing.issue(draft.id))
    for docs in issued.values():
        assert [d.number for d in docs] == [1, 2]  # Party: per type over the term
        assert ctx.issuing.symbol(docs[0]).startswith("01-") and ctx.issuing.symbol(docs[0]).endswith("/ĐU")
    assert ctx.issuing.symbol(issued[K.DECISION][1]) == "02-QĐ/ĐU"
    assert ctx.issuing.symbol(issued[K.SUBMISSION][0]) == "01-TTr/ĐU"
    register = ctx.issuing.register(2026)
    assert {d.kind for d in register} == set(TEMPLATE_KINDS) and len(register) == 14
    assert not ctx.directives.list_directives()  # only a notice turns its items into tracked tasks
    result = export_year(ctx, 2026, tmp_path / "hs2026")
    archived = {e.symbol for e in result.entries}
    assert {"01-GM/ĐU", "02-CTr/ĐU", "01-NQ/ĐU", "02-KL/ĐU", "01-QĐ/ĐU", "02-KH/ĐU", "01-TTr/ĐU"} <= archived


def test_a_template_draft_must_be_completed_before_it_is_issued(ctx):
    draft = ctx.issuing.draft_kind(K.DECISION)  # no meeting: the template
    assert draft.content["enactor"] == "BAN THƯỜNG VỤ ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM"
    assert draft.content["signature"]["name"] == "Hà Thị Mai An" and draft.content["date"] is None
    draft.content["signature"]["name"] = ""
    ctx.issuing.save_draft(draft)
    with pytest.raises(ValidationError):
        ctx.issuing.issue(draft.id)
    assert ctx.documents.get(draft.id).number is None


def test_state_committee_gets_the_state_archive_line_and_numbering(tmp_path):
    ctx = open_context(tmp_path / "s.sqlite", create=True)
    try:
        ctx.organisation.save(_profile(m.Standard.STATE))
        draft = ctx.issuing.draft_kind(K.DECISION)
        assert draft.content["standard"] == "state" and draft.content["recipients"][-1] == "Lưu: VT, VPĐU"
        draft.content["date"] = "2026-12-07"
        draft.content["signature"].update(authority="TM. ỦY BAN NHÂN DÂN", position="CHỦ TỊCH")
        ctx.issuing.save_draft(draft)
        assert ctx.issuing.symbol(ctx.issuing.issue(draft.id)) == "01/QĐ-ĐU"
    finally:
        ctx.close()


def test_cli_drafts_and_issues_each_kind(tmp_path):
    db = tmp_path / "cli.sqlite"
    ctx = open_context(db, create=True)
    ctx.organisation.save(_profile())
    ctx.close()
    env = {**os.environ, "SECRETARY_DATA_DIR": str(tmp_path), "PYTHONUTF8": "1"}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "secretary_app", *args, "--db", str(db)],
                              capture_output=True, text=True, env=env, timeout=120)  # fmt: skip

    made = run("document", "draft", "decision", "--format", "json")
    assert made.returncode == 0, made.stderr
    doc_id = json.loads(made.stdout)["id"]
    issued = run("document", "issue", str(doc_id), "--format", "json")
    assert issued.returncode == 0, issued.stderr
    assert json.loads(issued.stdout)["symbol"] == "01-QĐ/ĐU"
    again = run("document", "issue", str(doc_id))
    assert again.returncode == 2 and "01-QĐ/ĐU" in again.stderr
    unknown = run("document", "draft", "invitation", "--meeting", "99")
    assert unknown.returncode == 2 and "Không có cuộc họp số 99" in unknown.stderr
