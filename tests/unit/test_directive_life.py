"""Directives through their whole life on the demo database: extend, set a deadline, cancel, edit, split,
merge, reopen — each in the history, each undone by reopening, none deleting anything, each published once.

The demo (notice 239-TB/ĐU of 12/10/2021): 5 standing duties (TTN), 13 tasks due 31/12/2021 (VPĐU 3, BTC 10),
4 of them done on 20/12/2021.
"""

from __future__ import annotations

from datetime import date

import pytest

from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.deadlines import DeadlineStatus as S
from secretary_app.domain.errors import NotFoundError, RuleError
from secretary_app.domain.validation import ValidationError
from secretary_app.services import follow_up
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.directives_board import BoardFilter

DEADLINE = date(2021, 12, 31)
LATER = date(2022, 3, 31)
AFTER = date(2022, 4, 15)


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    yield context
    context.close()


@pytest.fixture
def published(ctx):
    seen = []
    ctx.changes.subscribe(seen.append)
    return seen


def _open_dated(ctx) -> m.Directive:
    return next(
        d for d in ctx.directives.list_directives() if d.status == m.DirectiveStatus.OPEN and d.deadline
    )


def _unit(ctx, short: str) -> int:
    return next(u.id for u in ctx.units.list_units() if u.short_name == short)


def _row(ctx, directive_id: int, today: date = AFTER):
    return next(r for r in ctx.board.rows(BoardFilter(), today) if r.id == directive_id)


def _snapshot(ctx):
    """Every directive as stored, with its children, and the audit log: what "nothing changed" compares."""
    return [(d, ctx.directives.audit_entries(d)) for d in ctx.directives.list_directives()]


def test_extend_keeps_the_first_deadline_and_every_step(ctx, published):
    task = _open_dated(ctx)
    ctx.directives.extend(task.id, date(2022, 2, 28), "Chờ ý kiến của Đảng ủy Khối", "Đồng chí Bí thư")
    ctx.directives.extend(task.id, LATER, "Bổ sung số liệu")
    stored = ctx.directives.get(task.id)
    assert (stored.original_deadline, stored.deadline) == (DEADLINE, LATER)
    assert [(e.previous_deadline, e.new_deadline, e.allowed_by) for e in stored.extensions] == [
        (DEADLINE, date(2022, 2, 28), "Đồng chí Bí thư"),
        (date(2022, 2, 28), LATER, ""),
    ]
    assert _row(ctx, task.id, date(2022, 3, 1)).status is S.NOT_DUE  # no longer overdue on 01/03
    row = _row(ctx, task.id)
    assert row.original_deadline == DEADLINE and row.deadline == LATER and row.extended
    history = follow_up.history(ctx, task.id)
    extended = [e for e in history if e.what == "Gia hạn"]
    assert len(extended) == 2 and "Lý do: Chờ ý kiến của Đảng ủy Khối" in extended[0].text
    assert "Người cho phép: Đồng chí Bí thư" in extended[0].text
    assert not [e for e in history if e.what == "Sửa"]  # the store's own line is not shown twice
    assert [c.kinds for c in published] == [frozenset({Change.DIRECTIVES})] * 2


def test_done_by_an_extended_deadline_is_on_time_with_extension(ctx):
    late, extended, early = [
        d for d in ctx.directives.list_directives() if d.status == m.DirectiveStatus.OPEN and d.deadline
    ][:3]
    for task in (extended, early):
        ctx.directives.extend(task.id, LATER, "Khối lượng công việc lớn")
    follow_up.tick_off(ctx, [late.id, extended.id], date(2022, 3, 20), today=AFTER)
    follow_up.tick_off(
        ctx, [early.id], date(2021, 12, 30), today=AFTER
    )  # done by the first deadline after all
    statuses = {i: _row(ctx, i).status for i in (late.id, extended.id, early.id)}
    assert statuses == {late.id: S.DONE_LATE, extended.id: S.DONE_EXTENDED, early.id: S.DONE_ON_TIME}
    assert S.DONE_EXTENDED.label == "Hoàn thành đúng hạn (có gia hạn)"
    counts = ctx.board.status_counts(AFTER)
    assert counts[S.DONE_EXTENDED] == 1 and counts[S.DONE_LATE] == 1


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda ctx, t: ctx.directives.extend(t.id, DEADLINE, "Lý do"), ValidationError),  # not later
        (lambda ctx, t: ctx.directives.extend(t.id, LATER, "  "), ValidationError),  # no reason
        (lambda ctx, t: ctx.directives.cancel(t.id, ""), ValidationError),
        (lambda ctx, t: ctx.directives.edit_text(t.id, "   "), ValidationError),
        (lambda ctx, t: ctx.directives.split(t.id, [t.lead_unit_id]), ValidationError),  # one unit
        (lambda ctx, t: ctx.directives.split(t.id, [t.lead_unit_id, 9999]), ValidationError),  # no such unit
        (lambda ctx, t: ctx.directives.merge(t.id, [t.id]), ValidationError),
        (lambda ctx, t: ctx.directives.set_deadline(t.id, LATER), RuleError),  # has one: extend instead
        (lambda ctx, t: ctx.directives.reopen(t.id, "Lý do"), RuleError),  # open already
    ],
)
def test_bad_input_changes_nothing(ctx, published, change, error):
    task = _open_dated(ctx)
    before = _snapshot(ctx)
    with pytest.raises(error):
        change(ctx, task)
    assert _snapshot(ctx) == before and published == []


def test_rules_of_state(ctx):
    standing = next(d for d in ctx.directives.list_directives() if d.ongoing)
    with pytest.raises(RuleError, match="thường xuyên"):
        ctx.directives.extend(standing.id, LATER, "Lý do")
    done = next(d for d in ctx.directives.list_directives() if d.status == m.DirectiveStatus.DONE)
    for attempt in (
        lambda: ctx.directives.extend(done.id, LATER, "Lý do"),
        lambda: ctx.directives.cancel(done.id, "Lý do"),
        lambda: ctx.directives.split(done.id, [_unit(ctx, "VPĐU"), _unit(ctx, "BTC")]),
    ):
        with pytest.raises(RuleError, match="đã hoàn thành"):
            attempt()


def test_set_deadline_of_a_task_without_one(ctx):
    task = ctx.directives.save(m.Directive("Chuẩn bị văn kiện trước Đại hội", deadline_text="trước Đại hội"))
    assert _row(ctx, task.id).status is S.NO_DEADLINE
    ctx.directives.set_deadline(task.id, date(2022, 6, 30), words="Quý II/2022")
    stored = ctx.directives.get(task.id)
    assert (stored.deadline, stored.deadline_text, stored.original_deadline) == (
        date(2022, 6, 30),
        "Quý II/2022",
        None,
    )
    assert "Đặt thời hạn" in [e.what for e in follow_up.history(ctx, task.id)]


def test_cancel_and_undo_by_reopening(ctx):
    task = _open_dated(ctx)
    ctx.directives.cancel(task.id, "Đã được thay thế bằng Kết luận số 05-KL/ĐU")
    row = _row(ctx, task.id)
    assert row.status is S.CANCELLED
    assert ctx.directives.get(task.id).cancel_reason == "Đã được thay thế bằng Kết luận số 05-KL/ĐU"
    ctx.directives.reopen(task.id, "Hủy nhầm")
    stored = ctx.directives.get(task.id)
    assert stored.status == m.DirectiveStatus.OPEN and stored.cancel_reason == ""
    whats = [e.what for e in follow_up.history(ctx, task.id)]
    assert whats.count("Hủy") == 1 and whats.count("Mở lại") == 1


def test_edit_text_keeps_the_words_before(ctx):
    task = _open_dated(ctx)
    old = task.content
    ctx.directives.edit_text(task.id, "  Nội dung   đã chỉnh sửa ", "Sai chính tả")
    assert ctx.directives.get(task.id).content == "Nội dung đã chỉnh sửa"
    edit = next(e for e in follow_up.history(ctx, task.id) if e.what == "Sửa nội dung")
    assert f"“{old}”" in edit.text and edit.text.endswith("Lý do: Sai chính tả")


def test_split_one_task_per_lead_unit_and_undo(ctx, published):
    task = _open_dated(ctx)
    total = len(ctx.board.rows(BoardFilter(), AFTER))
    units = [_unit(ctx, "VPĐU"), _unit(ctx, "BTC"), _unit(ctx, "BTG")]
    parts = ctx.directives.split(task.id, units, "Mỗi ban một phần việc")
    assert [p.lead_unit_id for p in parts] == units
    assert all(p.content == task.content and p.deadline == task.deadline for p in parts)
    assert all(p.split_from_id == task.id and p.document_id == task.document_id for p in parts)
    original = ctx.directives.get(task.id)
    assert original.status == m.DirectiveStatus.CANCELLED
    assert original.cancel_reason.startswith("Tách thành 3 nhiệm vụ theo đơn vị chủ trì: #")
    assert len(ctx.board.rows(BoardFilter(), AFTER)) == total + 3  # nothing deleted
    assert len(published) == 1
    # one part has been worked on: reopening the original takes back only the untouched parts
    follow_up.add_progress(ctx, parts[0].id, date(2022, 1, 5), "Đã triển khai")
    ctx.directives.reopen(task.id, "Tách nhầm")
    assert ctx.directives.get(task.id).status == m.DirectiveStatus.OPEN
    states = [ctx.directives.get(p.id).status for p in parts]
    assert states == [m.DirectiveStatus.OPEN, m.DirectiveStatus.CANCELLED, m.DirectiveStatus.CANCELLED]
    assert "Tách theo đơn vị chủ trì" in [e.what for e in follow_up.history(ctx, parts[1].id)]


def test_merge_duplicates_and_undo(ctx):
    keep, dup1, dup2 = [
        d for d in ctx.directives.list_directives() if d.status == m.DirectiveStatus.OPEN and d.deadline
    ][:3]
    follow_up.add_progress(ctx, dup1.id, date(2021, 12, 1), "Đã họp bàn")
    ctx.directives.merge(keep.id, [dup1.id, dup2.id], "Trùng nội dung")
    for dup in (dup1, dup2):
        stored = ctx.directives.get(dup.id)
        assert stored.status == m.DirectiveStatus.CANCELLED and stored.replaced_by_id == keep.id
    assert ctx.directives.get(dup1.id).notes[0].text == "Đã họp bàn"  # its evidence stays with it
    assert any(f"#{dup1.id}, #{dup2.id}" in e.text for e in follow_up.history(ctx, keep.id))
    ctx.directives.reopen(dup2.id, "Không trùng")
    stored = ctx.directives.get(dup2.id)
    assert stored.status == m.DirectiveStatus.OPEN and stored.replaced_by_id is None


def test_resolve_by_number_or_uuid(ctx):
    task = _open_dated(ctx)
    assert ctx.directives.resolve(str(task.id)) == task.id
    assert ctx.directives.resolve(f"#{task.id}") == task.id
    assert ctx.directives.resolve(task.uuid.upper()) == task.id
    for bad in ("99999", "không-có", ""):
        with pytest.raises(NotFoundError):
            ctx.directives.resolve(bad)


def test_deadline_suggestion_reads_the_task_against_its_notice_date(ctx):
    first = ctx.directives.list_directives()[0]  # "… trong 3 tháng cuối năm 2021."
    suggestion = ctx.directives.deadline_suggestion(first.id)
    assert suggestion.deadline == DEADLINE and suggestion.words == "3 tháng cuối năm 2021"
