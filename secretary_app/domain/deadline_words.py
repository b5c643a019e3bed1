"""Reading a task's deadline from its words, as a conclusion notice writes it.

A notice states deadlines in a few dozen ways, inside the task line itself: a date ("trước ngày 20/12/2026",
"chậm nhất ngày 20 tháng 12 năm 2026", "20-12-2026"), a period ("trong tháng 12/2026", "Quý I/2027",
"6 tháng đầu năm 2027", "năm 2027"), a count of days ("10 ngày làm việc kể từ ngày ký"), a standing duty
("thường xuyên"), or an event with no date yet ("trước Đại hội"). :func:`read_deadline` returns what the line
says, for the secretary to accept with one key:

* **date** — a day written or counted. "trước ngày 15/12" means before the 15th, so the 14th is the deadline.
* **period** — the notice's words are kept for printing (``words``), and the period's **last working day** is
  the date the board tracks: a task "trong tháng 5/2027" is not overdue on Saturday 29/05 but on Tuesday
  01/06.
* **ongoing** — "thường xuyên", "hằng năm", "định kỳ": never overdue.
* **unresolved** — the line names a deadline that is not on any calendar ("trước Đại hội", "đầu tháng 12",
  "khi có yêu cầu"): the app says so and proposes no date rather than a wrong one.
* **none** — no deadline words at all.

A date that is not a deadline is told apart by what surrounds it: a document reference ("Chỉ thị số 05-CT/TW
ngày 15/5/2016", "ngày 09/3/2021 của Bộ Chính trị"), a term ("nhiệm kỳ 2020-2025") or anything that was over
before the notice was signed is context, not a deadline. The rules are measured on a corpus of real task lines
(tests/fixtures/deadline_corpus.txt; bench/deadline_bench.py prints the hit rate).

Matching runs on the folded text (no diacritics, lower case, one space between words) so that "quy IV/2026"
typed without accents works too; the words returned are cut from the original line at the same offsets.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from secretary_app.domain.deadlines import add_working_days, is_working_day
from secretary_app.domain.i18n import QT_TRANSLATE_NOOP
from secretary_app.domain.text import fold, nfc


class DeadlineKind(StrEnum):
    DATE = "date"
    PERIOD = "period"
    ONGOING = "ongoing"
    UNRESOLVED = "unresolved"
    NONE = "none"


# Why a line gave no date; the GUI translates at display time (context "deadline_status", as the statuses).
UNRESOLVED_NOTE = QT_TRANSLATE_NOOP(
    "deadline_status",
    "Thời hạn gắn với một sự kiện hoặc khoảng thời gian chưa có ngày cụ thể: hãy nhập ngày.",
)
ONGOING_WORDS = QT_TRANSLATE_NOOP("deadline_status", "Thường xuyên")


@dataclass(frozen=True)
class DeadlineSuggestion:
    """What a task line says about its deadline (see the module docstring)."""

    kind: DeadlineKind
    deadline: date | None = None  # the date to track (None for ongoing, unresolved and none)
    words: str = ""  # the phrase as the notice wrote it: "Quý I/2027", "trước ngày 20/12/2026"
    note: str = ""  # unresolved: why no date is proposed (UNRESOLVED_NOTE)

    @property
    def ongoing(self) -> bool:
        return self.kind == DeadlineKind.ONGOING

    @property
    def found(self) -> bool:
        """True when the line says anything about a deadline (even one that has no date yet)."""
        return self.kind != DeadlineKind.NONE


NO_DEADLINE = DeadlineSuggestion(DeadlineKind.NONE)

# -- patterns (on folded text) ----------------------------------------------------------------------------

_NUMBER_WORDS = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
    "muoi": 10,
}  # fmt: skip
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_NUM = r"(?:\d{1,2}|mot|hai|ba|bon|tu|sau|bay|tam|chin|muoi)"

# A day and month, with or without the year: 20/12/2026, 20-12-2026, 20.12.2026, 20 thang 12 nam 2026.
_SEP = r"(?:\s*[/.-]\s*|\s+thang\s+)"
_YSEP = r"(?:\s*[/.-]\s*|\s+nam\s+)"
_DATE = re.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})" + _SEP + r"(?P<m>\d{1,2})(?![\d])(?:" + _YSEP + r"(?P<y>\d{4}))?(?![\d])"
)
# What may stand before a day-month without a year (else "1/3 số đảng viên" would be a date).
_DATE_CUE = re.compile(r"\b(?:ngay|truoc|cham nhat|han|den|het|xong|vao|tu|hoan thanh)\s*:?\s*$")
# Before a date: a document reference ("số 01-NQ/ĐU ngày", "ngày … của"), not a deadline.
_SYMBOL_BEFORE = re.compile(r"(?:\d+[-/][a-z][\w/-]*|\bso\s+\d+[\w/-]*)[,\s]*(?:ngay\s*)?$")
_OF_AFTER = re.compile(r"^\s*,?\s*(?:cua|ve viec|ve)\b")
_BEFORE_CUE = re.compile(r"\btruoc\s*(?:ngay\s*)?:?\s*$")
_FIRM_CUE = re.compile(
    r"(?:cham nhat|thoi han|han chot|\bhan|den het|den|xong|hoan thanh|truoc|ket thuc|vao)\s*(?:la\s*)?"
    r"(?:ngay\s*)?:?\s*$"
)

_WORKING_DAYS = re.compile(r"\b(?:trong\s+(?:vong\s+|thoi gian\s+)?)?(?P<n>\d{1,3})\s*ngay\s+lam\s+viec")
_CALENDAR_DAYS = re.compile(
    r"\b(?:trong\s+(?:vong\s+|thoi gian\s+)?)(?P<n>\d{1,3})\s*(?P<unit>ngay|tuan|thang)(?!\s*(?:\d|dau|cuoi))"
    r"|\b(?P<n2>\d{1,3})\s*(?P<unit2>ngay|tuan)\s+(?:ke tu|sau khi|tu ngay)"
)
_ONGOING = re.compile(
    r"\bthuong xuyen\b|\bhang (?:nam|quy|thang|tuan)\b|\bdinh ky\b|\blien tuc\b(?=[\s,;.)]*$)"
)
# Periods. A quarter: "quy I/2027", "quy 1 nam 2027", "quy IV" (year from the notice), "cac quy I, II/2027".
_YEAR = r"(?:\s*(?:/|-|nam)\s*(?P<year>\d{4}))?"
_QUARTER = re.compile(r"\bquy\s+(?P<q>iv|iii|ii|i|[1-4])\b" + _YEAR)
_MONTHS_OF_YEAR = re.compile(
    r"\b(?P<n>" + _NUM + r")\s+thang\s+(?P<part>dau|cuoi)\s+nam(?:\s*(?P<year>\d{4}))?"
    r"|\bnua\s+(?P<half>dau|cuoi)\s+nam(?:\s*(?P<year2>\d{4}))?"
)
_MONTH = re.compile(r"\bthang\s+(?P<month>\d{1,2})(?![\d])" + _YEAR)
_YEAR_ONLY = re.compile(
    r"\b(?:nam|giai doan\s+\d{4}\s*-)\s*(?P<year>\d{4})\b(?!\s*-\s*\d)|\bcuoi\s+nam\b(?!\s*\d)"
    r"|\btrong\s+nam(?:\s+nay)?\b(?!\s*(?:\d|toi|sau|hoc))|\bnam\s+(?P<next>toi|sau)\b"
)
# Not a deadline: a term or a Party congress' number, whatever year it names.
_TERM = re.compile(r"\b(?:nhiem ky|khoa|nam hoc|nien khoa)\s+\d{4}\s*-\s*\d{4}|\bnhiem ky\s+\d{4}")
# Deadlines no calendar knows: an event ahead, or a vague part of a period.
_EVENT = re.compile(
    r"\b(?:truoc|sau|ngay sau|chuan bi cho|phuc vu|tien toi)\s+(?:khi\s+)?(?:(?:to chuc|dien ra|khai "
    r"mac)\s+)?"
    r"(?:dai hoi|hoi nghi|ky hop|phien hop|cuoc hop|tet|le\b|dot|ngay khai mac|ky niem|bau cu)"
    r"|\bkhi\s+(?:co|duoc)\s+yeu cau\b|\bsau khi (?:co|duoc)\b|\btheo tien do\b|\bkhi co (?:y kien|chi dao)\b"
)
_VAGUE_PART = re.compile(r"(?<!thang )(?<!nua )\b(?:dau|giua|trung tuan|thuong tuan)\s+(?:thang|nam|quy)\b")
_BEFORE_PERIOD = re.compile(r"\btruoc\s+(?:het\s+)?$")
_CLAUSE_END = re.compile(r"[,;.()]")


# -- helpers ----------------------------------------------------------------------------------------------


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def last_working_day(start: date, end: date) -> date:
    """The last working day of [start, end] (``end`` itself if the period has none: never before start)."""
    day = end
    while day >= start:
        if is_working_day(day):
            return day
        day -= timedelta(days=1)
    return end


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


@dataclass
class _Line:
    text: str  # the original, NFC, one space between words
    folded: str  # its fold, same length when offsets can be shared

    def words(self, start: int, end: int, fallback: str) -> str:
        if len(self.text) != len(self.folded):
            return fallback
        return self.text[start:end].strip(" ,;.:()")

    def mask(self, start: int, end: int) -> None:
        """Blank a span (a date, a term) so later, weaker rules do not read it again."""
        self.folded = self.folded[:start] + " " * (end - start) + self.folded[end:]


def _line(text: str) -> _Line:
    original = " ".join(nfc(text).split())
    return _Line(original, fold(original))


# -- the rules ----------------------------------------------------------------------------------------------


def _dates(line: _Line, doc_date: date) -> DeadlineSuggestion | None:
    """Dates in the line that are deadlines (see the module docstring); the latest firm one wins."""
    found: list[tuple[int, date, str]] = []  # (strength, deadline, words)
    for match in list(_DATE.finditer(line.folded)):
        before, after = line.folded[: match.start()], line.folded[match.end() :]
        line.mask(match.start(), match.end())
        day, month = int(match["d"]), int(match["m"])
        if not match["y"] and not _DATE_CUE.search(before):
            continue
        if _SYMBOL_BEFORE.search(before) or _OF_AFTER.search(after):
            continue  # "Nghị quyết số 01-NQ/ĐU ngày 15/9/2016", "ngày 09/3/2021 của Bộ Chính trị"
        year = int(match["y"]) if match["y"] else doc_date.year
        try:
            day_found = date(year, month, day)
        except ValueError:
            continue
        if not match["y"] and day_found < doc_date:  # "trước 15/01" in a December notice: next January
            day_found = day_found.replace(year=year + 1)
        if day_found < doc_date:
            continue  # over before the notice was signed: a reference, not a deadline
        cue = _BEFORE_CUE.search(before)
        start = cue.start() if cue else match.start()
        if cue:
            day_found -= timedelta(days=1)
        firm = _FIRM_CUE.search(before)
        words = line.words(firm.start() if firm else start, match.end(), match.group(0))
        found.append((2 if firm else 1, day_found, words))
    if not found:
        return None
    strength, deadline, words = max(found, key=lambda f: (f[0], f[1]))
    return DeadlineSuggestion(DeadlineKind.DATE, deadline, words)


def _relative(line: _Line, doc_date: date) -> DeadlineSuggestion | None:
    if match := _WORKING_DAYS.search(line.folded):
        words = line.words(match.start(), match.end(), match.group(0))
        return DeadlineSuggestion(DeadlineKind.DATE, add_working_days(doc_date, int(match["n"])), words)
    if match := _CALENDAR_DAYS.search(line.folded):
        n, unit = (match["n"], match["unit"]) if match["n"] else (match["n2"], match["unit2"])
        n = int(n)
        if unit == "ngay":
            deadline = doc_date + timedelta(days=n)
        elif unit == "tuan":
            deadline = doc_date + timedelta(weeks=n)
        else:
            month = doc_date.month - 1 + n
            year, month = doc_date.year + month // 12, month % 12 + 1
            deadline = date(year, month, min(doc_date.day, calendar.monthrange(year, month)[1]))
        words = line.words(match.start(), match.end(), match.group(0))
        return DeadlineSuggestion(DeadlineKind.DATE, deadline, words)
    return None


def _year_of(written: str | None, doc_date: date, last_month: int) -> int:
    """The year written; without one, the notice's year, or the next when the period was already over
    ("quý I" in a notice of October means next year's)."""
    if written:
        return int(written)
    if month_end(doc_date.year, last_month) < doc_date:
        return doc_date.year + 1
    return doc_date.year


# A period the line ties the task to ("hoàn thành trong tháng 4/2027"), not just one it mentions ("sơ kết
# công tác quý I"): the words right before it.
_PERIOD_CUE = re.compile(
    r"(?:trong|den het|den|het|truoc|hoan thanh|cham nhat|xong|vao|thoi gian|thoi han)\s*:?\s*(?:ca\s+)?$"
)


def _spans(line: _Line, doc_date: date) -> list[list[tuple[date, date, int, int]]]:
    """(start, end, match start, match end) of every period named, one list per rule, strongest rule first
    (each rule's matches are blanked before the next rule reads the line: "quý IV năm 2026" is no year)."""
    rules: list[list[tuple[date, date, int, int]]] = []

    def close(spans: list) -> None:
        rules.append(spans)
        for _start, _end, m_start, m_end in spans:
            line.mask(m_start, m_end)

    spans = []
    for match in _MONTHS_OF_YEAR.finditer(line.folded):
        if match["half"]:
            months, part, written = 6, match["half"], match["year2"]
        else:
            months, part, written = _number(match["n"]), match["part"], match["year"]
        if not 1 <= months <= 12:
            continue
        last = 12 if part == "cuoi" else months
        year = _year_of(written, doc_date, last)
        first = 13 - months if part == "cuoi" else 1
        spans.append((date(year, first, 1), month_end(year, last), match.start(), match.end()))
    close(spans)
    quarters = list(_QUARTER.finditer(line.folded))
    written_years = [m["year"] for m in quarters if m["year"]]
    spans = []
    for match in quarters:
        quarter = _ROMAN.get(match["q"]) or int(match["q"])
        # "quý I và quý II/2027": a year written once holds for the quarters listed with it
        written = match["year"] or (written_years[-1] if written_years else None)
        year = _year_of(written, doc_date, 3 * quarter)
        spans.append(
            (date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter), match.start(), match.end())
        )
    close(spans)
    spans = []
    for match in _MONTH.finditer(line.folded):
        month = int(match["month"])
        if 1 <= month <= 12:
            year = _year_of(match["year"], doc_date, month)
            spans.append((date(year, month, 1), month_end(year, month), match.start(), match.end()))
    close(spans)
    spans = []
    for match in _YEAR_ONLY.finditer(line.folded):
        year = int(match["year"]) if match["year"] else doc_date.year + (1 if match["next"] else 0)
        spans.append((date(year, 1, 1), date(year, 12, 31), match.start(), match.end()))
    close(spans)
    return rules


def _period(line: _Line, doc_date: date) -> DeadlineSuggestion | None:
    folded = line.folded  # before _spans blanks what it read
    rules = [s for s in ([s for s in spans if s[1] >= doc_date] for spans in _spans(line, doc_date)) if s]
    # (a period already over when the notice was signed is context, not a deadline)
    if not rules:
        return None
    # The strongest rule the line ties the task to, else the strongest rule; in it, the latest period.
    cued = [spans for spans in rules if any(_PERIOD_CUE.search(folded[: s[2]]) for s in spans)]
    start, end, m_start, m_end = max((cued or rules)[0], key=lambda s: s[1])
    if _BEFORE_PERIOD.search(folded[:m_start]) and not folded.startswith("cuoi", m_start):
        # "trước tháng 12/2026": by the end of November
        end = start - timedelta(days=1)
        start = date(end.year, end.month, 1)
        if end < doc_date:
            return None
    words = line.words(m_start, m_end, "")
    if words:
        words = words[0].upper() + words[1:]
    return DeadlineSuggestion(DeadlineKind.PERIOD, last_working_day(start, end), words)


def _clause(line: _Line, start: int) -> str:
    """The words from ``start`` to the end of their clause (at most ~60 characters)."""
    stop = _CLAUSE_END.search(line.folded, start)
    end = stop.start() if stop else len(line.folded)
    end = min(end, start + 60)
    return line.words(start, end, line.folded[start:end])


def read_deadline(text: str, doc_date: date) -> DeadlineSuggestion:
    """What ``text`` (a task line, or just its deadline phrase) says about its deadline, for a notice signed
    on ``doc_date`` (domain.deadlines.suggest_deadline is the public name)."""
    line = _line(text)
    if not line.folded:
        return NO_DEADLINE
    for match in _TERM.finditer(line.folded):
        line.mask(match.start(), match.end())
    if found := _dates(line, doc_date):  # a written date is the firmest deadline, even in a standing duty
        return found
    if _ONGOING.search(line.folded):
        return DeadlineSuggestion(DeadlineKind.ONGOING, None, ONGOING_WORDS)
    if found := _relative(line, doc_date):
        return found
    if vague := _VAGUE_PART.search(line.folded):  # "đầu tháng 12": some day early in December, not the 31st
        return DeadlineSuggestion(
            DeadlineKind.UNRESOLVED, None, _clause(line, vague.start()), UNRESOLVED_NOTE
        )
    if found := _period(line, doc_date):  # "trước Đại hội (dự kiến tháng 6/2027)": the month is a date
        return found
    if event := _EVENT.search(line.folded):
        return DeadlineSuggestion(
            DeadlineKind.UNRESOLVED, None, _clause(line, event.start()), UNRESOLVED_NOTE
        )
    return NO_DEADLINE
