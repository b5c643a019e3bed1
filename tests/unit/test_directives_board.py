"""The directive board service: statuses computed in SQL agree with the domain rule, filters, counts,
overdue and due-soon lists, grouping, and one SQL statement per call."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from secretary_app.domain import models as m
from secretary_app.domain.deadlines import OPEN_STATUSES, DeadlineStatus, directive_status
from secretary_app.paths import demo_db_path
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.directives_board import (
    OPEN_ITEMS,
    BoardFilter,
    BoardOrder,
    BoardService,
    GroupKey,
    group_rows,
)

S = DeadlineStatus
BEFORE_DEADLINE = date(2021, 11, 1)
AFTER_DEADLINE = date(2022, 1, 5)


@pytest.fixture
def demo():
    """The demo database (notice 239-TB/ĐU, 18 directives) in the test's own data directory."""
    ctx = open_context(ensure_demo_database(demo_db_path()))
    yield ctx
    ctx.close()


@pytest.fixture
def board(demo):
    return BoardService(demo.store, clock=lambda: BEFORE_DEADLINE)


def _unit_id(ctx, short_name: str) -> int:
    return next(u.id for u in ctx.units.list_units() if u.short_name == short_name)


def test_sql_status_agrees_with_the_domain_rule_on_every_combination(tmp_path):
    ctx = open_context(tmp_path / "combos.sqlite", create=True)
    try:
        deadline = date(2021, 12, 31)
        combos = itertools.product(
            m.DirectiveStatus,
            (False, True),  # ongoing
            (None, deadline),
            (None, date(2021, 12, 20), deadline, date(2022, 1, 3)),  # completed_on
            (False, True),  # progress reported
            (None, date(2021, 11, 30), date(2021, 12, 20)),  # original_deadline (extended to ``deadline``)
        )
        for state, ongoing, dl, completed, progress, original in combos:
            notes = [m.ProgressNote(date(2021, 11, 15), "Đã triển khai")] if progress else []
            ctx.directives.save(
                m.Directive(
                    "Nhiệm vụ",
                    status=state,
                    ongoing=ongoing,
                    deadline=dl,
                    completed_on=completed,
                    notes=notes,
                    original_deadline=original,
                )
            )
        service = BoardService(ctx.store)
        records = {d.id: d for d in ctx.directives.list_directives()}
        seen = set()
        for today in (date(2021, 10, 12), date(2021, 12, 30), deadline, date(2022, 1, 1), date(2025, 6, 1)):
            rows = service.rows(BoardFilter(), today)
            assert len(rows) == len(records) == 3 * 2 * 2 * 4 * 2 * 3
            for row in rows:
                assert row.status is directive_status(records[row.id], today), (records[row.id], today)
            seen |= {r.status for r in rows}
            # filtering and counting in SQL give the same sets as the rule applied row by row
            counts = service.status_counts(today)
            for status in DeadlineStatus:
                expected = {r.id for r in rows if r.status is status}
                assert {
                    r.id for r in service.rows(BoardFilter(statuses=frozenset({status})), today)
                } == expected
                assert counts[status] == len(expected)
            # sets of statuses too: the query adds what some sets imply of the indexed facts
            # (board_queries._where)
            for wanted in [
                *itertools.combinations(DeadlineStatus, 2),
                OPEN_STATUSES,
                (S.OVERDUE, S.NOT_DUE, S.IN_PROGRESS),
            ]:
                filters = BoardFilter(statuses=frozenset(wanted))
                expected = {r.id for r in rows if r.status in wanted}
                assert {r.id for r in service.rows(filters, today)} == expected, wanted
                assert sum(service.status_counts(today, filters).values()) == len(expected), wanted
        assert seen == set(DeadlineStatus)  # every status was exercised
    finally:
        ctx.close()


def test_demo_rows_carry_unit_source_number_and_deadline_text(board):
    rows = board.rows(BoardFilter())
    assert len(rows) == 18
    first = rows[0]
    assert first.source_number == "239-TB/ĐU"
    assert first.source_label == "Thông báo số 239-TB/ĐU ngày 12/10/2021"
    assert first.lead_unit_name == "Ban Biên tập Tin Trong nước"
    assert first.status is S.ONGOING and first.status_label == "Thường xuyên"
    assert first.deadline_display == "Thường xuyên"
    dated = next(r for r in rows if not r.ongoing)
    assert dated.deadline_display == "31/12/2021" and dated.deadline_text == "3 tháng cuối năm 2021"
    assert [r.order for r in rows] == sorted(r.order for r in rows)  # the notice's own order


def test_status_counts_before_and_after_the_deadline(board):
    before = board.status_counts()  # the injected clock: 01/11/2021
    assert before[S.ONGOING] == 5 and before[S.NOT_DUE] == 9 and before[S.DONE_ON_TIME] == 4
    assert before[S.OVERDUE] == 0
    assert set(before) == set(DeadlineStatus)
    after = board.status_counts(AFTER_DEADLINE)
    assert after[S.OVERDUE] == 9 and after[S.NOT_DUE] == 0 and after[S.ONGOING] == 5
    assert sum(after.values()) == 18


def test_default_board_shows_what_is_still_to_follow_up(board):
    rows = board.rows()
    assert len(rows) == 14 and all(r.status in OPEN_STATUSES for r in rows)
    assert OPEN_ITEMS.statuses == OPEN_STATUSES


def test_filters(demo, board):
    vpdu, btc = _unit_id(demo, "VPĐU"), _unit_id(demo, "BTC")
    by_unit = board.rows(BoardFilter(lead_unit_ids=frozenset({vpdu})))
    assert len(by_unit) == 3 and {r.lead_unit_name for r in by_unit} == {"Văn phòng Đảng ủy"}
    assert len(board.rows(BoardFilter(lead_unit_ids=frozenset({vpdu, btc})))) == 13
    assert board.rows(BoardFilter(lead_unit_ids=frozenset())) == []  # an empty choice matches nothing

    notice_id = board.rows(BoardFilter())[0].document_id
    assert len(board.rows(BoardFilter(document_ids=frozenset({notice_id})))) == 18
    assert board.rows(BoardFilter(document_ids=frozenset({notice_id + 1}))) == []

    in_december = BoardFilter(deadline_from=date(2021, 12, 1), deadline_to=date(2021, 12, 31))
    assert len(board.rows(in_december)) == 13  # standing duties have no date: out of any date range
    assert board.rows(BoardFilter(deadline_to=date(2021, 12, 30))) == []

    done = board.rows(BoardFilter(statuses=frozenset({S.DONE_ON_TIME})))
    assert len(done) == 4 and all(r.completed_on == date(2021, 12, 20) for r in done)

    # the text filter folds like search: no accents, đ→d, any case
    party = board.rows(BoardFilter(text="xay dung dang"))
    assert len(party) == 10 and {r.heading for r in party} == {"Về công tác xây dựng Đảng"}
    assert board.rows(BoardFilter(text="XÂY DỰNG ĐẢNG")) == party
    combined = BoardFilter(
        text="xay dung dang", statuses=frozenset({S.NOT_DUE}), lead_unit_ids=frozenset({btc})
    )
    assert len(board.rows(combined)) == 7
    assert len(board.rows(BoardFilter(text="   "))) == 18  # no words: no text filter


def test_order_by_deadline_and_limit(board):
    rows = board.rows(BoardFilter(order=BoardOrder.DEADLINE))
    assert [r.ongoing for r in rows] == [False] * 13 + [True] * 5  # undated standing duties last
    assert len(board.rows(BoardFilter(limit=4))) == 4


def test_overdue_and_due_within(demo, board):
    assert board.overdue() == []
    overdue = board.overdue(AFTER_DEADLINE)
    assert len(overdue) == 9 and all(r.status is S.OVERDUE for r in overdue)
    assert len(board.overdue(AFTER_DEADLINE, lead_unit_ids=[_unit_id(demo, "VPĐU")])) == 2

    assert board.due_within(30, date(2021, 11, 30)) == []  # 31/12 is 31 days away
    assert len(board.due_within(31, date(2021, 11, 30))) == 9  # the last day of the window counts
    assert len(board.due_within(0, date(2021, 12, 31))) == 9  # due today
    assert board.due_within(30, date(2022, 1, 1)) == []  # already overdue: not "due soon"


def test_overdue_lists_the_longest_overdue_first(tmp_path):
    ctx = open_context(tmp_path / "overdue.sqlite", create=True)
    try:
        for day in (date(2022, 3, 1), date(2022, 1, 15), date(2022, 2, 1)):
            ctx.directives.save(m.Directive(f"Báo cáo trước {day:%d/%m}", deadline=day))
        deadlines = [r.deadline for r in BoardService(ctx.store).overdue(date(2022, 6, 1))]
        assert deadlines == [date(2022, 1, 15), date(2022, 2, 1), date(2022, 3, 1)]
        row = BoardService(ctx.store).rows(BoardFilter(), date(2022, 6, 1))[0]
        assert row.source_number == "" and row.source_label == "Không gắn với văn bản"
        assert row.lead_unit_display == "Chưa giao đơn vị chủ trì"
    finally:
        ctx.close()


def test_in_progress_needs_a_progress_note(demo, board):
    row = board.rows(BoardFilter(statuses=frozenset({S.NOT_DUE})))[0]
    directive = demo.directives.get(row.id)
    directive.notes.append(m.ProgressNote(date(2021, 10, 25), "Đã xây dựng kế hoạch triển khai"))
    demo.directives.save(directive)
    assert board.status_counts()[S.IN_PROGRESS] == 1
    assert board.rows(BoardFilter(statuses=frozenset({S.IN_PROGRESS})))[0].id == row.id


def test_state_documents_number_as_nd30(tmp_path):
    ctx = open_context(tmp_path / "state.sqlite", create=True)
    try:
        ctx.organisation.save(
            m.OrganisationProfile("ỦY BAN NHÂN DÂN HUYỆN A", "UBND", "Huyện A", standard=m.Standard.STATE)
        )
        doc = ctx.issuing.register_issued(
            m.StoredDocument(
                m.DocumentKind.NOTICE,
                m.Standard.STATE,
                "TB",
                "Kết luận giao ban",
                date(2024, 3, 4),
                number=7,
                status=m.DocumentStatus.ISSUED,
            )
        )
        ctx.directives.save(
            m.Directive("Rà soát hồ sơ đất đai", document_id=doc.id, deadline=date(2024, 6, 30))
        )
        row = BoardService(ctx.store).rows(BoardFilter(), date(2024, 3, 5))[0]
        assert row.source_number == "07/TB-UBND"  # the profile's code: the document model holds no issuer
        assert row.source_label == "Thông báo số 07/TB-UBND ngày 04/03/2024"
    finally:
        ctx.close()


def test_grouping(board):
    rows = board.rows(BoardFilter())
    by_heading = group_rows(rows, GroupKey.HEADING)
    assert [(name, len(items)) for name, items in by_heading] == [
        ("Về công tác thông tin", 5),
        ("Về các lĩnh vực công tác của ngành", 3),
        ("Về công tác xây dựng Đảng", 10),
    ]
    assert [(name, len(items)) for name, items in group_rows(rows, GroupKey.SOURCE)] == [
        ("Thông báo số 239-TB/ĐU ngày 12/10/2021", 18)
    ]


def test_each_call_is_one_sql_statement(demo, board):
    statements: list[str] = []
    demo.store.db.conn.set_trace_callback(statements.append)
    try:
        calls = [
            lambda: board.rows(BoardFilter(text="dang", lead_unit_ids=frozenset({1, 2}))),
            board.rows,
            board.status_counts,
            lambda: board.overdue(AFTER_DEADLINE),
            lambda: board.due_within(60),
        ]
        for call in calls:
            statements.clear()
            call()
            # FTS5 reads its own shadow tables ('main'.'search_index_…') and SQLite checks the data version:
            # internals of the one statement, not extra queries.
            ours = [s for s in statements if not s.startswith(("PRAGMA", "--")) and "'main'." not in s]
            assert len(ours) == 1, ours
    finally:
        demo.store.db.conn.set_trace_callback(None)


@pytest.mark.parametrize(
    "text", ["cong tac", "dang", "Đảng ủy", "thong tin", "bao c", "d", "vè", "khong co chu nay"]
)
@pytest.mark.parametrize("order", list(BoardOrder))
def test_a_page_of_a_common_word_is_walked_with_the_same_result(demo, board, monkeypatch, text, order):
    """One page of a text filter on a very common word is found by walking the board in order and testing the
    words row by row (db/board_queries.py); it must give exactly what the FTS sub-select gives."""
    from secretary_app.db import board_queries

    for limit in (1, 3, 10, 100):
        for statuses in (None, OPEN_STATUSES):
            filters = BoardFilter(statuses=statuses, text=text, order=order, limit=limit)
            expected = board.rows(filters, AFTER_DEADLINE)  # the demo's words are all "rare": sub-select
            monkeypatch.setattr(board_queries, "COMMON_TEXT", 0)
            monkeypatch.setattr(board_queries, "WALK_CHUNK", 4)
            walked = board.rows(filters, AFTER_DEADLINE)
            monkeypatch.setattr(board_queries, "WALK_MAX", 8)  # a walk cut short falls back to the sub-select
            bounded = board.rows(filters, AFTER_DEADLINE)
            monkeypatch.undo()
            assert walked == expected and bounded == expected, (text, limit, statuses)


@pytest.mark.parametrize("today", [BEFORE_DEADLINE, AFTER_DEADLINE])
def test_status_counts_agree_with_the_rows_under_every_filter(demo, board, today):
    from collections import Counter

    units = frozenset({_unit_id(demo, "VPĐU"), _unit_id(demo, "BTG")})
    for filters in (
        BoardFilter(),
        BoardFilter(statuses=OPEN_STATUSES),
        BoardFilter(statuses=frozenset({S.OVERDUE, S.DONE_LATE})),
        BoardFilter(lead_unit_ids=units),
        BoardFilter(deadline_from=date(2021, 12, 1), deadline_to=date(2021, 12, 31)),
        BoardFilter(text="cong tac", lead_unit_ids=units),
    ):
        expected = Counter(r.status for r in board.rows(filters, today))
        counts = board.status_counts(today, filters)
        assert {s: n for s, n in counts.items() if n} == dict(expected), filters


@pytest.mark.parametrize("today", [BEFORE_DEADLINE, AFTER_DEADLINE, date(2021, 12, 31)])
def test_a_first_page_by_deadline_is_the_start_of_the_whole_list(demo, board, today):
    """A page by deadline of dated items reads only up to its last row's deadline (db/board_queries.py): ties
    on that deadline (the demo's items are mostly due 31/12) must still come in the full list's order."""
    units = frozenset({_unit_id(demo, "VPĐU"), _unit_id(demo, "BTG")})
    for statuses in (
        {S.OVERDUE},
        {S.NOT_DUE, S.IN_PROGRESS},
        {S.OVERDUE, S.NOT_DUE, S.IN_PROGRESS},
        OPEN_STATUSES,
    ):
        for lead_unit_ids in (None, units):
            filters = BoardFilter(
                statuses=frozenset(statuses), lead_unit_ids=lead_unit_ids, order=BoardOrder.DEADLINE
            )
            everything = board.rows(filters, today)
            for limit in range(1, len(everything) + 2):
                page = board.rows(BoardFilter(**{**filters.__dict__, "limit": limit}), today)
                assert page == everything[:limit], (statuses, limit)
