"""“Cập nhật từ biên bản”: a draft notice refreshed from minutes that changed after it was drafted — the
changes listed (added, removed, reworded), applied as chosen, and nothing typed by hand lost silently."""

from __future__ import annotations

from datetime import datetime

import pytest

from secretary_app.domain import models as m
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.draft_refresh import ChangeKind, apply_changes, minutes_changes

FIRST = """Hội nghị thống nhất giao nhiệm vụ như sau:
- Văn phòng Đảng ủy rà soát quy chế làm việc, trình Thường trực trước ngày 20/12/2026.
- Ban Tổ chức hoàn thành hồ sơ kết nạp đảng viên mới trong tháng 12/2026.
- Ban Tuyên giáo tổ chức học tập nghị quyết thường xuyên."""

SECOND = """Hội nghị thống nhất giao nhiệm vụ như sau:
- Văn phòng Đảng ủy rà soát quy chế làm việc, trình Thường trực trước ngày 25/12/2026.
- Ban Tuyên giáo tổ chức học tập nghị quyết thường xuyên.
- Ủy ban Kiểm tra xây dựng chương trình kiểm tra năm 2027 trong Quý I/2027."""


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    yield context
    context.close()


def _meeting(ctx, conclusion: str) -> int:
    meeting = ctx.meetings.create(
        m.Meeting(
            title="Hội nghị Ban Thường vụ tháng 12",
            kind="Hội nghị giao ban cấp ủy",
            start=datetime(2026, 12, 3, 8),
        )  # fmt: skip
    )
    _conclude(ctx, meeting.id, conclusion)
    return meeting.id


def _conclude(ctx, meeting_id: int, conclusion: str) -> None:
    entry = m.MinutesEntry(kind=m.MinutesEntryKind.CONCLUSION, text=conclusion, speaker="")
    ctx.minutes.save_entries(meeting_id, [entry])


def _texts(content: dict, kind: str = "item") -> list[str]:
    return [b["text"] for b in content["body"] if b["type"] == kind]


def test_unchanged_minutes_give_no_changes(ctx):
    meeting_id = _meeting(ctx, FIRST)
    draft = ctx.issuing.draft_notice(meeting_id)
    assert minutes_changes(draft.content, ctx.meetings.get(meeting_id)) == []


def test_changes_are_listed_and_applied_keeping_what_was_typed_by_hand(ctx):
    meeting_id = _meeting(ctx, FIRST)
    draft = ctx.issuing.draft_notice(meeting_id)
    content = draft.content
    refs = {b["text"]: b.get("ref") for b in content["body"] if b["type"] == "item"}
    # the secretary adds a paragraph of their own and a task of their own
    closing = len(content["body"]) - 1
    content["body"].insert(closing, {"type": "paragraph", "text": "Giao Văn phòng theo dõi, đôn đốc."})
    content["body"].insert(closing, {"type": "item", "text": "Văn phòng chuẩn bị hội trường.", "ref": "own"})
    _conclude(ctx, meeting_id, SECOND)  # then the minutes change

    changes = minutes_changes(content, ctx.meetings.get(meeting_id))
    kinds = sorted((c.kind, c.block_type) for c in changes)
    assert kinds == [(ChangeKind.ADDED, "item"), (ChangeKind.CHANGED, "item"), (ChangeKind.REMOVED, "item")]
    changed = next(c for c in changes if c.kind == ChangeKind.CHANGED)
    assert "20/12/2026" in changed.old and "25/12/2026" in changed.new and changed.proposed

    refreshed = apply_changes(content, ctx.meetings.get(meeting_id), changes)
    items = _texts(refreshed)
    assert items[:3] == [line[2:] for line in SECOND.splitlines()[1:]]
    assert not any("kết nạp" in t for t in items)
    assert items.index("Ủy ban Kiểm tra xây dựng chương trình kiểm tra năm 2027 trong Quý I/2027.") == 2
    assert "Văn phòng chuẩn bị hội trường." in items  # typed by hand: kept
    assert "Giao Văn phòng theo dõi, đôn đốc." in _texts(refreshed, "paragraph")
    reworded = next(b for b in refreshed["body"] if "25/12/2026" in b["text"])
    old = "Văn phòng Đảng ủy rà soát quy chế làm việc, trình Thường trực trước ngày 20/12/2026."
    assert reworded["ref"] == refs[old]  # the task keeps its plan (unit, deadline)
    assert minutes_changes(refreshed, ctx.meetings.get(meeting_id)) == []  # now up to date


def test_a_block_edited_by_hand_is_shown_and_not_overwritten_by_default(ctx):
    meeting_id = _meeting(ctx, FIRST)
    content = ctx.issuing.draft_notice(meeting_id).content
    hand = "Văn phòng Đảng ủy rà soát, sửa đổi quy chế làm việc, trình Thường trực trước ngày 20/12/2026."
    for block in content["body"]:
        if block["type"] == "item" and block["text"].startswith("Văn phòng Đảng ủy rà soát"):
            block["text"] = hand
    _conclude(ctx, meeting_id, SECOND)
    changes = minutes_changes(content, ctx.meetings.get(meeting_id))
    changed = next(c for c in changes if c.kind == ChangeKind.CHANGED)
    assert changed.edited and not changed.proposed and changed.draft_text == hand
    chosen = [c for c in changes if c.proposed]
    refreshed = apply_changes(content, ctx.meetings.get(meeting_id), chosen)
    assert hand in _texts(refreshed)  # the hand-edited words stay unless the secretary picks the change
    assert len(_texts(refreshed)) == 3  # one removed, one added


def test_a_draft_without_snapshot_lists_every_difference(ctx):
    meeting_id = _meeting(ctx, FIRST)
    content = ctx.issuing.draft_notice(meeting_id).content
    del content["meta"]["from_minutes"]  # drafted by an earlier version
    _conclude(ctx, meeting_id, SECOND)
    kinds = {c.kind for c in minutes_changes(content, ctx.meetings.get(meeting_id))}
    assert kinds == {ChangeKind.ADDED, ChangeKind.CHANGED, ChangeKind.REMOVED}
