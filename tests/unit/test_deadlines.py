"""Deadline status, working days and period phrases.

The calendar facts below were checked against the Government's announcements of each year's days off (not
only against the ``holidays`` package the code uses):
* Tết Nhâm Dần 2022: days off Sat 29/01 – Sun 06/02/2022; the five Tết days 31/01–04/02 are all weekdays,
  so there is no compensatory day. Last working day before: Fri 28/01; first after: Mon 07/02.
* Tết Tân Sửu 2021: off Wed 10/02 – Tue 16/02/2021 (Sat 13 and Sun 14 compensated on Mon 15 and Tue 16).
* Tết Quý Mão 2023: off Fri 20/01 – Thu 26/01/2023; back to work Fri 27/01.
* 30/4–1/5/2022 fell on Sat–Sun: compensatory days Mon 02/05 and Tue 03/05/2022.
* Giỗ Tổ 10/3 âm lịch 2022 = Sun 10/04/2022: compensatory day Mon 11/04/2022.
* 2024: off Sat 27/04 – Wed 01/05, Mon 29/04 swapped for a working Saturday 04/05/2024.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest

from secretary_app.domain.deadlines import (
    DONE_STATUSES,
    OPEN_STATUSES,
    STATUS_LABELS,
    DeadlineStatus,
    add_working_days,
    deadline_display,
    directive_status,
    holiday_name,
    is_ongoing_phrase,
    is_working_day,
    suggest_deadline,
    working_days_between,
)
from secretary_app.domain.models import Directive, DirectiveStatus, ProgressNote

S = DeadlineStatus
DEADLINE = date(2021, 12, 31)


def _directive(**kw) -> Directive:
    return Directive(content="Triển khai nhiệm vụ", **kw)


@pytest.mark.parametrize(
    ("fields", "today", "expected"),
    [
        # open, in time: the deadline day itself is still in time
        ({"deadline": DEADLINE}, date(2021, 10, 12), S.NOT_DUE),
        ({"deadline": DEADLINE}, DEADLINE, S.NOT_DUE),
        ({"deadline": DEADLINE}, DEADLINE + timedelta(days=1), S.OVERDUE),
        ({"deadline": DEADLINE, "notes": [ProgressNote(date(2021, 11, 1), "Đã xây dựng kế hoạch")]},
         date(2021, 11, 2), S.IN_PROGRESS),
        ({"deadline": DEADLINE, "notes": [ProgressNote(date(2021, 11, 1), "Đang triển khai")]},
         date(2022, 1, 1), S.OVERDUE),
        # standing duties are never overdue, however late it is
        ({"ongoing": True}, date(2030, 1, 1), S.ONGOING),
        ({"ongoing": True, "deadline": DEADLINE}, date(2030, 1, 1), S.ONGOING),
        ({}, date(2030, 1, 1), S.NO_DEADLINE),
        # done
        ({"deadline": DEADLINE, "status": DirectiveStatus.DONE, "completed_on": date(2021, 12, 20)},
         date(2022, 6, 1), S.DONE_ON_TIME),
        ({"deadline": DEADLINE, "status": DirectiveStatus.DONE, "completed_on": DEADLINE},
         date(2022, 6, 1), S.DONE_ON_TIME),
        ({"deadline": DEADLINE, "status": DirectiveStatus.DONE, "completed_on": date(2022, 1, 5)},
         date(2022, 1, 5), S.DONE_LATE),
        ({"deadline": DEADLINE, "status": DirectiveStatus.DONE}, date(2022, 6, 1), S.DONE_ON_TIME),
        ({"ongoing": True, "status": DirectiveStatus.DONE, "completed_on": date(2023, 1, 1)},
         date(2023, 1, 1), S.DONE_ON_TIME),
        ({"deadline": DEADLINE, "status": DirectiveStatus.CANCELLED}, date(2022, 6, 1), S.CANCELLED),
    ],
)  # fmt: skip
def test_directive_status(fields, today, expected):
    assert directive_status(_directive(**fields), today) is expected


def test_every_status_has_a_vietnamese_label_and_one_group():
    assert set(STATUS_LABELS) == set(DeadlineStatus)
    assert S.OVERDUE.label == "Quá hạn chưa hoàn thành"
    assert S.DONE_LATE.label == "Hoàn thành quá hạn"
    assert S.IN_PROGRESS.label == "Đang thực hiện (trong hạn)"
    assert not OPEN_STATUSES & DONE_STATUSES
    assert set(DeadlineStatus) - OPEN_STATUSES - DONE_STATUSES == {S.CANCELLED}


def test_status_works_for_any_object_with_the_fields():
    @dataclass
    class Row:
        status: DirectiveStatus = DirectiveStatus.OPEN
        ongoing: bool = False
        deadline: date | None = DEADLINE
        completed_on: date | None = None
        notes: list = field(default_factory=list)

    assert directive_status(Row(), date(2022, 1, 1)) is S.OVERDUE


def test_deadline_display():
    assert deadline_display(DEADLINE, False, "3 tháng cuối năm 2021") == "31/12/2021"
    assert deadline_display(None, True, "") == "Thường xuyên"
    assert deadline_display(None, False, "quý IV/2021") == "quý IV/2021"


# -- working days ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    [
        date(2022, 1, 31), date(2022, 2, 1), date(2022, 2, 4),  # Tết 2022
        date(2021, 2, 10), date(2021, 2, 15), date(2021, 2, 16),  # Tết 2021 incl. compensatory days
        date(2023, 1, 20), date(2023, 1, 26),  # Tết 2023
        date(2022, 5, 2), date(2022, 5, 3), date(2022, 4, 11),  # compensatory days 2022
        date(2024, 4, 29),  # swapped day off 2024
        date(2021, 9, 2), date(2021, 9, 3),  # Quốc khánh 2021 (two days from 2021 on)
        date(2022, 1, 8), date(2022, 1, 9),  # an ordinary weekend
    ],
)  # fmt: skip
def test_days_off(day):
    assert not is_working_day(day)


@pytest.mark.parametrize(
    "day",
    [
        date(2022, 1, 28),
        date(2022, 2, 7),
        date(2021, 2, 17),
        date(2023, 1, 27),
        date(2024, 5, 4),
        date(2021, 10, 12),
    ],
)
def test_working_days(day):
    assert is_working_day(day)  # 04/05/2024 is a Saturday worked in exchange for 29/04


def test_holiday_names_are_vietnamese():
    assert "Tết" in holiday_name(date(2022, 2, 1))
    assert holiday_name(date(2021, 10, 12)) is None


def test_add_working_days_skips_weekends_and_tet():
    # Fri 28/01/2022 + 1 working day: the whole Tết break (29/01–06/02) is skipped.
    assert add_working_days(date(2022, 1, 28), 1) == date(2022, 2, 7)
    # Notice 239 of Tue 12/10/2021, "10 ngày làm việc": 13–15, 18–22, 25, 26 October.
    assert add_working_days(date(2021, 10, 12), 10) == date(2021, 10, 26)
    # Over the compensatory Labour-day break of 2022 (Sat 30/04 – Tue 03/05).
    assert add_working_days(date(2022, 4, 29), 1) == date(2022, 5, 4)
    # Over the 2024 swap: Fri 26/04 → (27/04–01/05 off) → Thu 02, Fri 03, Sat 04/05 worked.
    assert add_working_days(date(2024, 4, 26), 3) == date(2024, 5, 4)
    assert add_working_days(date(2022, 1, 8), 0) == date(2022, 1, 8)
    with pytest.raises(ValueError):
        add_working_days(date(2022, 1, 8), -1)


def test_working_days_between():
    assert working_days_between(date(2022, 1, 28), date(2022, 2, 7)) == 1
    assert working_days_between(date(2021, 10, 12), date(2021, 10, 26)) == 10
    assert working_days_between(date(2021, 10, 26), date(2021, 10, 12)) == 0


# -- period phrases ---------------------------------------------------------------------------------------

NOTICE_DATE = date(2021, 10, 12)  # notice 239-TB/ĐU


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 tháng cuối năm 2021", date(2021, 12, 31)),
        ("Trong 3 tháng cuối năm", date(2021, 12, 31)),
        ("6 tháng đầu năm 2022", date(2022, 6, 30)),
        ("9 tháng đầu năm 2022", date(2022, 9, 30)),
        ("quý IV/2021", date(2021, 12, 31)),
        ("Quý IV năm 2021", date(2021, 12, 31)),
        ("quy 1/2022", date(2022, 3, 31)),
        ("quý I", date(2022, 3, 31)),  # Q1 of 2021 was over when the notice was signed
        ("quý IV", date(2021, 12, 31)),
        ("tháng 11/2021", date(2021, 11, 30)),
        ("Trong tháng 2 năm 2024", date(2024, 2, 29)),
        ("tháng 3", date(2022, 3, 31)),
        ("năm 2022", date(2022, 12, 30)),  # the 31st is a Saturday: the last working day is tracked
        ("cuối năm", date(2021, 12, 31)),
        ("trước ngày 15/12/2021", date(2021, 12, 14)),
        ("Trước 15/01", date(2022, 1, 14)),
        ("chậm nhất ngày 15/12/2021", date(2021, 12, 15)),
        ("15/12/2021", date(2021, 12, 15)),
        ("10 ngày làm việc kể từ ngày ký", date(2021, 10, 26)),
        ("trong 15 ngày", date(2021, 10, 27)),
        ("Thường xuyên", None),
        ("đầu tháng 12", None),
        ("tháng 13/2021", None),
        ("khi có yêu cầu", None),
        ("", None),
    ],
)
def test_suggest_deadline(text, expected):
    assert suggest_deadline(text, NOTICE_DATE).deadline == expected


def test_working_day_phrase_across_tet():
    assert suggest_deadline("05 ngày làm việc", date(2022, 1, 26)).deadline == date(
        2022, 2, 9
    )  # 27, 28/01, 7, 8, 9/02


def test_ongoing_phrase():
    assert is_ongoing_phrase("Thường xuyên, liên tục")
    assert is_ongoing_phrase("THUONG XUYEN")
    assert not is_ongoing_phrase("quý IV/2021")
