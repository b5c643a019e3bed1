"""Report periods: a quarter, a half-year, a year or any range, with the words a report prints for it, and the
period a report opens with (the current quarter)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from secretary_app.domain.text import vn_date_short

_ROMAN = ("I", "II", "III", "IV")
# What the command line accepts: "2026-Q4", "2026-H1", "2026" (case and spaces forgiven).
_SPEC = re.compile(r"^\s*(?P<year>\d{4})(?:\s*-\s*(?P<kind>[QqHh])(?P<n>\d))?\s*$")
FIRST_YEAR, LAST_YEAR = 1945, 2999  # beyond these a year is a typing slip, not a report period


class PeriodError(ValueError):
    """A period that does not exist ("2026-Q5"); ``message`` is Vietnamese."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str  # "quý IV năm 2021", "6 tháng đầu năm 2022", "năm 2021", "từ 01/10/2021 đến 15/11/2021"

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period ends before it starts")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError(quarter)
        start = date(year, 3 * quarter - 2, 1)
        end = (date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)) - timedelta(days=1)
        return cls(start, end, f"quý {_ROMAN[quarter - 1]} năm {year}")

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        if half == 1:
            return cls(date(year, 1, 1), date(year, 6, 30), f"6 tháng đầu năm {year}")
        if half == 2:
            return cls(date(year, 7, 1), date(year, 12, 31), f"6 tháng cuối năm {year}")
        raise ValueError(half)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), f"năm {year}")

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        return cls(start, end, f"từ ngày {vn_date_short(start)} đến ngày {vn_date_short(end)}")

    @classmethod
    def parse(cls, spec: str) -> Period:
        """ "2026-Q4" (a quarter), "2026-H1" (a half-year) or "2026" (a year); PeriodError otherwise."""
        match = _SPEC.match(spec or "")
        hint = "Kỳ báo cáo viết theo dạng 2026-Q4 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm)"
        if not match:
            raise PeriodError(f"“{spec}” không phải kỳ báo cáo. {hint}.")
        year = int(match["year"])
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise PeriodError(f"Năm {year} không hợp lệ cho kỳ báo cáo. {hint}.")
        kind, n = (match["kind"] or "").upper(), int(match["n"] or 0)
        if kind == "Q":
            if not 1 <= n <= 4:
                raise PeriodError(f"Không có quý {n}: một năm có 4 quý (Q1 đến Q4).")
            return cls.quarter(year, n)
        if kind == "H":
            if n not in (1, 2):
                raise PeriodError(f"Không có nửa năm thứ {n}: H1 là 6 tháng đầu năm, H2 là 6 tháng cuối năm.")
            return cls.half(year, n)
        return cls.year(year)


def current_period(today: date) -> Period:
    """The period a report opens with: the quarter ``today`` is in (in December, quý IV)."""
    return Period.quarter(today.year, (today.month - 1) // 3 + 1)
