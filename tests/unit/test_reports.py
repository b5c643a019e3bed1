"""Status reports, reminder slips, CSV export, carry-over and follow-up actions on the demo database.

The demo (notice 239-TB/ĐU of 12/10/2021) has 18 directives: 5 standing duties of the news units (TTN), 13 due
31/12/2021 — VPĐU 3 (1 done 20/12/2021), BTC 10 (3 done 20/12/2021).
"""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from secretary_app.domain.deadlines import DeadlineStatus as S
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.document_writing import document_to_dict
from secretary_app.domain.validation import ValidationError
from secretary_app.services import follow_up
from secretary_app.services.board_csv import board_csv, write_board_csv
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.reports import (
    Period,
    count_statuses,
    counts_by_unit,
    period_rows,
    reminder_slip,
    status_report,
    units_with_overdue,
)
from secretary_app.services.review import CARRY_OVER_PREFIX, carry_over_title

AFTER = date(2022, 1, 15)  # the report date: after the 31/12/2021 deadline


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    yield context
    context.close()


def unit_id(ctx, short: str) -> int:
    return next(u.id for u in ctx.units.list_units() if u.short_name == short)


def test_periods():
    q4 = Period.quarter(2021, 4)
    assert (q4.start, q4.end, q4.label) == (date(2021, 10, 1), date(2021, 12, 31), "quý IV năm 2021")
    assert Period.quarter(2024, 1).end == date(2024, 3, 31)
    assert (Period.half(2022, 1).end, Period.half(2022, 2).start) == (date(2022, 6, 30), date(2022, 7, 1))
    assert Period.year(2021).label == "năm 2021"
    assert (
        Period.custom(date(2021, 10, 1), date(2021, 11, 15)).label == "từ ngày 01/10/2021 đến ngày 15/11/2021"
    )
    with pytest.raises(ValueError):
        Period.custom(date(2022, 1, 2), date(2022, 1, 1))


def test_period_filtering(ctx):
    q4 = period_rows(ctx.board, Period.quarter(2021, 4), AFTER)
    assert len(q4) == 18  # 13 due in the quarter + 5 standing duties carried
    # Q1 2022: nothing is due in it; the 9 still overdue and the 5 standing duties are carried, the done are
    # not.
    q1 = period_rows(ctx.board, Period.quarter(2022, 1), date(2022, 4, 15))
    assert count_statuses(q1) == {**dict.fromkeys(S, 0), S.OVERDUE: 9, S.ONGOING: 5}
    # Q3 2021: the notice of 12/10/2021 was not yet issued, so none of its tasks belongs to that report.
    assert period_rows(ctx.board, Period.quarter(2021, 3), date(2021, 10, 20)) == []
    # One unit only.
    btc = period_rows(ctx.board, Period.quarter(2021, 4), AFTER, [unit_id(ctx, "BTC")])
    assert len(btc) == 10 and {r.lead_unit_short for r in btc} == {"BTC"}


def test_counts_per_unit(ctx):
    rows = period_rows(ctx.board, Period.quarter(2021, 4), AFTER)
    per_unit = {short: counts for short, _name, counts in counts_by_unit(rows)}
    assert [short for short, _n, _c in counts_by_unit(rows)] == ["TTN", "BTC", "VPĐU"]  # by unit name
    assert per_unit["BTC"][S.OVERDUE] == 7 and per_unit["BTC"][S.DONE_ON_TIME] == 3
    assert per_unit["VPĐU"][S.OVERDUE] == 2 and per_unit["VPĐU"][S.DONE_ON_TIME] == 1
    assert per_unit["TTN"][S.ONGOING] == 5


def test_status_report_contents(ctx):
    doc = status_report(ctx, Period.quarter(2021, 4), AFTER)  # typed and valid for the renderer
    assert document_from_dict(document_to_dict(doc)) == doc
    assert (doc.kind, doc.unnumbered, doc.title) == ("report", False, "BÁO CÁO")  # "Số …-BC/ĐU" (issue 13)
    assert doc.subject == "Tình hình thực hiện các kết luận, nhiệm vụ quý IV năm 2021"
    texts = [b.text for b in doc.body]
    assert any(
        "Tổng số kết luận, nhiệm vụ theo dõi trong kỳ: 18; đã hoàn thành 4 (22,2%)" in t for t in texts
    )
    assert (
        "thực hiện các kết luận, nhiệm vụ quý IV năm 2021 (từ ngày 01/10/2021 đến ngày 31/12/2021)"
        in texts[0]
    )
    assert "Quá hạn chưa hoàn thành: 9 (50,0%)" in texts

    summary, *details = [b for b in doc.body if b.type == "table"]
    assert summary.columns[:2] == ["Đơn vị chủ trì", "Tổng số"]
    assert summary.rows[-1][:2] == ["Tổng cộng", "18"]
    assert ["Ban Tổ chức Đảng ủy", "10"] == summary.rows[1][:2]
    assert [len(t.rows) for t in details] == [5, 10, 3]  # one detail table per unit
    btc = details[1]
    assert btc.columns == [
        "TT",
        "Kết luận, nhiệm vụ",
        "Văn bản",
        "Thời hạn",
        "Tình hình thực hiện",
        "Kết quả",
    ]
    done = [row for row in btc.rows if row[4] == "Hoàn thành đúng hạn"]
    assert len(done) == 3 and all(row[5].startswith("Hoàn thành ngày 20/12/2021") for row in done)
    assert all(row[2] == "239-TB/ĐU" and row[3] == "31/12/2021" for row in btc.rows)

    (chart,) = [b for b in doc.body if b.type == "chart"]
    assert chart.stacked and chart.categories == ["TTN", "BTC", "VPĐU"]
    by_name = {s.name: s.values for s in chart.series}
    assert by_name == {
        "Thường xuyên": [5, 0, 0],
        "Quá hạn chưa hoàn thành": [0, 7, 2],
        "Hoàn thành đúng hạn": [0, 3, 1],
    }
    colours = {s.name: s.color for s in chart.series}
    assert colours["Quá hạn chưa hoàn thành"] == "#c62828" and colours["Hoàn thành đúng hạn"] == "#2e7d32"


def test_unit_report_names_the_unit(ctx):
    doc = status_report(ctx, Period.year(2021), AFTER, unit_id(ctx, "VPĐU"))
    assert doc.subject.endswith("của Văn phòng Đảng ủy năm 2021")
    details = [b for b in doc.body if b.type == "table"][1:]
    assert [len(t.rows) for t in details] == [3]


def test_reminder_slip(ctx):
    assert units_with_overdue(ctx.board, AFTER) == [
        (unit_id(ctx, "BTC"), "Ban Tổ chức Đảng ủy", 7),
        (unit_id(ctx, "VPĐU"), "Văn phòng Đảng ủy", 2),
    ]
    doc = reminder_slip(ctx, unit_id(ctx, "BTC"), AFTER)
    assert doc.title == "PHIẾU ĐÔN ĐỐC" and doc.addressees == ["Ban Tổ chức Đảng ủy"] and doc.unnumbered
    (table,) = [b for b in doc.body if b.type == "table"]
    assert len(table.rows) == 7 and {row[4] for row in table.rows} == {"15"}  # 15 days after 31/12/2021
    empty = reminder_slip(ctx, unit_id(ctx, "TTN"), AFTER)
    assert not [b for b in empty.body if b.type == "table"]
    assert "không có kết luận, nhiệm vụ nào quá hạn" in empty.body[0].text


def test_csv_is_utf8_with_bom_and_semicolons(ctx, tmp_path):
    rows = ctx.board.rows(today=AFTER)
    path = write_board_csv(rows, tmp_path / "board.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert parsed[0] == [
        "STT",
        "Nội dung",
        "Nhóm",
        "Văn bản",
        "Đơn vị chủ trì",
        "Thời hạn",
        "Trạng thái",
        "Ngày hoàn thành",
        "Kết quả",
    ]
    assert len(parsed) == 1 + len(rows) == 15
    first = parsed[1]
    assert first[1] == rows[0].content and first[4] == "Ban Biên tập Tin Trong nước"
    assert first[3] == "Thông báo số 239-TB/ĐU ngày 12/10/2021"
    # A field holding the separator is quoted, so the columns stay put.
    text = board_csv([rows[0]._replace(content="a; b")])
    assert (
        '"a; b"' in text and next(csv.reader(io.StringIO(text.splitlines()[1]), delimiter=";"))[1] == "a; b"
    )


def test_carry_over_candidates_put_overdue_first(ctx):
    rows = ctx.board.carry_over_candidates(AFTER)
    assert len(rows) == 14
    assert [r.status for r in rows[:9]] == [S.OVERDUE] * 9 and {r.status for r in rows[9:]} == {S.ONGOING}
    title = carry_over_title(rows[0])
    assert title.startswith(CARRY_OVER_PREFIX) and len(title) <= len(CARRY_OVER_PREFIX) + 161
    long = carry_over_title(rows[0]._replace(content="rất dài " * 60))
    assert long.endswith("…") and " " not in long[-2:]
    assert ctx.board.carry_over_candidates(AFTER, limit=3) == rows[:3]


def test_tick_off_reopen_and_history(ctx):
    row = ctx.board.overdue(AFTER)[0]
    with pytest.raises(ValidationError):
        follow_up.tick_off(ctx, [row.id], date(2022, 2, 1), today=AFTER)  # the future
    follow_up.tick_off(ctx, [row.id], date(2022, 1, 10), "Đã xong", "Báo cáo số 12-BC/BTC", today=AFTER)
    directive = ctx.directives.get(row.id)
    assert directive.completed_on == date(2022, 1, 10)
    assert directive.result == "Đã xong (Văn bản báo cáo: Báo cáo số 12-BC/BTC)"
    assert [r.status for r in ctx.board.rows(today=AFTER) if r.id == row.id] == []  # no longer open
    with pytest.raises(ValidationError):
        follow_up.reopen(ctx, row.id, "  ")
    follow_up.reopen(ctx, row.id, "Báo cáo chưa đạt yêu cầu")
    follow_up.add_progress(ctx, row.id, date(2022, 1, 12), "Đang bổ sung")
    entries = follow_up.history(ctx, row.id)
    whats = [e.what for e in entries]
    assert "Đánh dấu hoàn thành" in whats and "Mở lại" in whats and "Tiến độ" in whats
    assert next(e for e in entries if e.what == "Mở lại").text == "Báo cáo chưa đạt yêu cầu"
    actions = [e.action for e in ctx.store.audit_entries(directive.uuid)]
    assert actions.count("complete") == 1 and actions.count("reopen") == 1 and "progress" in actions


def test_reassign_several_in_one_go(ctx):
    rows = ctx.board.overdue(AFTER)[:3]
    vpdu = unit_id(ctx, "VPĐU")
    follow_up.reassign(ctx, [r.id for r in rows], vpdu, "Theo phân công mới")
    assert {ctx.directives.get(r.id).lead_unit_id for r in rows} == {vpdu}
    audit = ctx.store.audit_entries(ctx.directives.get(rows[0].id).uuid)
    assert (
        audit[-1].action == "reassign" and audit[-1].summary == "Giao Văn phòng Đảng ủy. Theo phân công mới"
    )


def test_a_quarter_covers_what_was_due_assigned_or_still_open_in_it(ctx):
    """Issue 12: the Q4/2026 report left out the tasks assigned in the quarter but due in January."""
    from secretary_app.domain import models as m
    from secretary_app.services.reports import coverage

    notice = ctx.issuing.register_issued(
        m.StoredDocument(
            kind=m.DocumentKind.NOTICE, standard=m.Standard.PARTY, type_code="TB",
            subject="Giao ban tháng 11",
            doc_date=date(2026, 11, 10), number=240, status=m.DocumentStatus.ISSUED,
        )
    )  # fmt: skip
    due = [date(2026, 12, 15), date(2026, 12, 31), date(2027, 1, 15), date(2027, 1, 29)]
    tasks = [
        ctx.directives.save(m.Directive(f"Nhiệm vụ {i}", document_id=notice.id, deadline=d))
        for i, d in enumerate(due, start=1)
    ]
    follow_up.add_progress(ctx, tasks[3].id, date(2026, 12, 1), "Đã xây dựng dự thảo")
    today = date(2026, 12, 20)
    q4 = Period.quarter(2026, 4)
    rows = [r for r in period_rows(ctx.board, q4, today) if r.document_id == notice.id]
    assert sorted(r.content for r in rows) == ["Nhiệm vụ 1", "Nhiệm vụ 2", "Nhiệm vụ 3", "Nhiệm vụ 4"]
    assert coverage(rows, q4) == (2, 2, 0)
    report = status_report(ctx, q4, today)
    legend = report.body[1].text
    assert legend.startswith("Phạm vi báo cáo: các kết luận, nhiệm vụ có thời hạn trong kỳ (2);")
    assert "được giao trong kỳ nhưng có thời hạn sau kỳ hoặc chưa xác định thời hạn (2)" in legend
    assert (
        "từ trước, đến ngày báo cáo chưa hoàn thành, kể cả nhiệm vụ thường xuyên (14)" in legend
    )  # the demo's
    # the next quarter carries the two still open, with the one due in January
    q1 = [
        r
        for r in period_rows(ctx.board, Period.quarter(2027, 1), date(2027, 2, 1))
        if r.document_id == notice.id
    ]
    assert len(q1) == 4  # nothing was ticked off: all four still open on 01/02/2027


def test_an_extended_deadline_prints_with_the_first_one(ctx):
    row = ctx.board.overdue(AFTER)[0]
    ctx.directives.extend(row.id, date(2022, 3, 31), "Chờ ý kiến chỉ đạo")
    report = status_report(ctx, Period.quarter(2022, 1), AFTER)
    cells = [cell for b in report.body if b.type == "table" for line in b.rows for cell in line]
    assert "31/03/2022 (gia hạn; hạn ban đầu 31/12/2021)" in cells


def test_period_parse_and_the_current_period():
    from secretary_app.domain.periods import PeriodError, current_period

    assert Period.parse("2026-Q4") == Period.quarter(2026, 4)
    assert Period.parse(" 2027-h1 ") == Period.half(2027, 1)
    assert Period.parse("2026") == Period.year(2026)
    for bad in ("2026-Q5", "2026-Q0", "2026-H3", "26-Q1", "0999", "quý 4", "", "2026-M12"):
        with pytest.raises(PeriodError):
            Period.parse(bad)
    assert current_period(date(2026, 12, 5)) == Period.quarter(2026, 4)  # not quý III in December
    assert current_period(date(2027, 1, 1)) == Period.quarter(2027, 1)


def test_a_split_or_merged_task_is_reported_through_its_successors_not_as_cancelled(ctx):
    """Walkthrough (issue 12): the Q4 report counted a task split into two units as one more task, "Đã hủy"
    (2 of 8 cancelled when one was)."""
    from secretary_app.domain import models as m

    notice = ctx.issuing.register_issued(
        m.StoredDocument(
            kind=m.DocumentKind.NOTICE, standard=m.Standard.PARTY, type_code="TB",
            subject="Giao ban tháng 11", doc_date=date(2026, 11, 10), number=240,
            status=m.DocumentStatus.ISSUED,
        )
    )  # fmt: skip
    save = ctx.directives.save
    split, gone, kept, dup = (
        save(m.Directive(f"Nhiệm vụ {i}", document_id=notice.id, deadline=date(2026, 12, 31)))
        for i in range(4)
    )
    parts = ctx.directives.split(split.id, [unit_id(ctx, "BTC"), unit_id(ctx, "VPĐU")], "Mỗi đơn vị một phần")
    ctx.directives.cancel(gone.id, "Không còn phù hợp")
    ctx.directives.merge(kept.id, [dup.id], "Trùng")
    rows = [r for r in period_rows(ctx.board, Period.quarter(2026, 4), date(2026, 12, 20)) if r.document_id]
    ids = {r.id for r in rows if r.document_id == notice.id}
    assert ids == {parts[0].id, parts[1].id, gone.id, kept.id}  # a real cancellation stays in the report
    assert count_statuses(r for r in rows if r.id in ids)[S.CANCELLED] == 1
