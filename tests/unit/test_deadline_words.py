"""Deadlines read from a task's words: the corpus of real task lines and the rules it rests on."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from secretary_app.domain.deadline_words import UNRESOLVED_NOTE, DeadlineKind
from secretary_app.domain.deadlines import is_working_day, suggest_deadline

K = DeadlineKind
BENCH = Path(__file__).resolve().parents[2] / "bench" / "deadline_bench.py"
NOTICE = date(2026, 12, 4)  # a Friday


def _bench():
    spec = importlib.util.spec_from_file_location("deadline_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["deadline_bench"] = module  # (its dataclass looks its module up)
    spec.loader.exec_module(module)
    return module


def test_the_corpus_is_read_as_expected_at_least_95_percent_of_the_time():
    bench = _bench()
    corpus = bench.load_corpus()
    assert len(corpus) >= 200
    kinds = {line.kind for line in corpus}
    assert kinds == {"date", "period", "ongoing", "unresolved", "none"}
    wrong = bench.misses(corpus)
    rate = 100.0 * (len(corpus) - len(wrong)) / len(corpus)
    assert rate >= bench.GOAL, [(line.number, line.text[:60], got) for line, got in wrong]


def test_the_seed_notice_tasks_are_in_the_corpus():
    import json

    from secretary_app.paths import resource_path

    notice = json.loads(resource_path("demo", "notice-239-TB-DU.json").read_text(encoding="utf-8"))
    tasks = {b["text"] for b in notice["body"] if b["type"] == "item"}
    assert len(tasks) == 18
    assert tasks <= {line.text for line in _bench().load_corpus()}


@pytest.mark.parametrize(
    ("text", "kind", "deadline", "words"),
    [
        # every way of writing a date; "trước" is the day before
        ("Báo cáo trước ngày 20/12/2026.", K.DATE, date(2026, 12, 19), "trước ngày 20/12/2026"),
        ("Báo cáo trước ngày 20-12-2026.", K.DATE, date(2026, 12, 19), "trước ngày 20-12-2026"),
        ("Báo cáo chậm nhất ngày 20 tháng 12 năm 2026.", K.DATE, date(2026, 12, 20),
         "chậm nhất ngày 20 tháng 12 năm 2026"),
        # a period keeps its words and is tracked at its last working day
        ("Hoàn thành trong tháng 12/2026.", K.PERIOD, date(2026, 12, 31), "Tháng 12/2026"),
        ("Hoàn thành trong Quý I/2027.", K.PERIOD, date(2027, 3, 31), "Quý I/2027"),
        ("Sơ kết 6 tháng đầu năm 2027.", K.PERIOD, date(2027, 6, 30), "6 tháng đầu năm 2027"),
        ("Kết nạp 50 đảng viên trong năm 2027.", K.PERIOD, date(2027, 12, 31), "Năm 2027"),
        ("Hoàn thành trong tháng 01/2027.", K.PERIOD, date(2027, 1, 29), "Tháng 01/2027"),  # 30, 31: weekend
        ("Tổ chức trong tháng 4/2027.", K.PERIOD, date(2027, 4, 29), "Tháng 4/2027"),  # 30/4 is a holiday
        # the period a task is tied to, not one it merely mentions
        ("Sơ kết công tác quý I, tổ chức trong tháng 4/2027.", K.PERIOD, date(2027, 4, 29), "Tháng 4/2027"),
        ("Thường xuyên theo dõi, thực hiện.", K.ONGOING, None, "Thường xuyên"),
        ("Hoàn thành trước Đại hội Đảng bộ.", K.UNRESOLVED, None, "trước Đại hội Đảng bộ"),
        # a document's date is a reference, not a deadline
        ("Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2027 của Bộ Chính trị.", K.NONE, None, ""),
        ("Thực hiện Kết luận ngày 20/12/2026 của Ban Thường vụ.", K.NONE, None, ""),
        ("Kiện toàn cấp ủy nhiệm kỳ 2025-2030.", K.NONE, None, ""),
        ("Giảm 1/3 số đầu mối.", K.NONE, None, ""),
        ("", K.NONE, None, ""),
    ],
)  # fmt: skip
def test_read_deadline(text, kind, deadline, words):
    got = suggest_deadline(text, NOTICE)
    assert (got.kind, got.deadline, got.words) == (kind, deadline, words)


def test_an_unresolved_deadline_says_why_and_proposes_no_date():
    got = suggest_deadline("Chuẩn bị văn kiện trước Đại hội", NOTICE)
    assert got.found and got.deadline is None and got.note == UNRESOLVED_NOTE
    assert not suggest_deadline("Đổi mới phương thức lãnh đạo", NOTICE).found


def test_a_period_deadline_is_always_a_working_day():
    for month in range(1, 13):
        got = suggest_deadline(f"Hoàn thành trong tháng {month}/2027", NOTICE)
        assert got.kind is K.PERIOD and is_working_day(got.deadline)
        assert got.deadline.month == month


def test_a_period_over_before_the_notice_is_context_not_a_deadline():
    assert suggest_deadline("Khắc phục hạn chế qua kiểm điểm năm 2025", NOTICE).kind is K.NONE
    assert suggest_deadline("quý I", NOTICE).deadline == date(2027, 3, 31)  # next year's first quarter


def test_text_typed_without_diacritics():
    assert suggest_deadline("hoan thanh trong quy II/2027", NOTICE).deadline == date(2027, 6, 30)
    assert suggest_deadline("THUONG XUYEN", NOTICE).ongoing
