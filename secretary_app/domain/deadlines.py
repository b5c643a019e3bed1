"""Deadline status of a directive, working days, and the period phrases notices use for deadlines.

The status is computed from the stored facts (state, deadline, "thường xuyên", completion date, whether any
progress was reported) and today's date; it is never stored, so it cannot go stale overnight.

The statuses, as a secretary reads them on the board and in the quarterly report:

* **Thường xuyên** — a standing duty ("thường xuyên"): it has no deadline and is never overdue, but it is
  listed in every report until it is closed.
* **Chưa xác định thời hạn** — neither a confirmed date nor "thường xuyên": the notice gave a phrase the
  secretary has not yet turned into a date (see :func:`suggest_deadline`). Never overdue; it asks for action.
* **Chưa đến hạn** — open, the deadline is today or later, and the lead unit has **not reported any progress
  yet** (no progress note).
* **Đang thực hiện (trong hạn)** — open, the deadline is today or later, and **progress has been reported**
  (at least one progress note). Together with "chưa đến hạn" this is the "trong hạn" (in time) group of the
  Government's task-tracking reports; the split only tells the secretary whom to chase first.
* **Quá hạn chưa hoàn thành** — open and the deadline has passed (the deadline day itself is still in time).
* **Hoàn thành đúng hạn** — done on or before the deadline. A standing duty or one without a deadline that is
  closed counts as on time, and so does one ticked off without a completion date: the app does not invent a
  lateness it cannot know.
* **Hoàn thành đúng hạn (có gia hạn)** — done by a deadline that was extended (gia hạn), after the one
  first given: on time, but only thanks to the extension, which Vietnamese task-tracking reports count
  apart. Done by the first deadline despite a later extension is plain on time.
* **Hoàn thành quá hạn** — done after the deadline (the extended one, if any).
* **Đã hủy** — cancelled (superseded by a later conclusion): shown, never counted as done or overdue.

Working days ("10 ngày làm việc kể từ ngày ký") skip Saturdays, Sundays and Vietnam's public holidays,
including the lunar Tết days and the compensatory days off, and count Saturdays the Government declared
working days in a swap (e.g. 04/05/2024), all as the ``holidays`` package knows them. Ad-hoc swaps decided
after a release reach the app with an update of that package.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from secretary_app.domain.i18n import QT_TRANSLATE_NOOP
from secretary_app.domain.models import DirectiveStatus
from secretary_app.domain.text import fold, vn_date_short

if TYPE_CHECKING:
    import holidays

    from secretary_app.domain.deadline_words import DeadlineSuggestion


class DeadlineStatus(StrEnum):
    ONGOING = "ongoing"
    NO_DEADLINE = "no_deadline"
    NOT_DUE = "not_due"
    IN_PROGRESS = "in_progress"
    OVERDUE = "overdue"
    DONE_ON_TIME = "done_on_time"
    DONE_EXTENDED = "done_extended"
    DONE_LATE = "done_late"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


# Vietnamese in reports; the GUI translates them at display time (domain/i18n.py, gui.i18n.status_label).
STATUS_CONTEXT = "deadline_status"  # the QT_TRANSLATE_NOOP context of the labels below and ONGOING_TEXT
STATUS_LABELS: dict[DeadlineStatus, str] = {
    DeadlineStatus.ONGOING: QT_TRANSLATE_NOOP("deadline_status", "Thường xuyên"),
    DeadlineStatus.NO_DEADLINE: QT_TRANSLATE_NOOP("deadline_status", "Chưa xác định thời hạn"),
    DeadlineStatus.NOT_DUE: QT_TRANSLATE_NOOP("deadline_status", "Chưa đến hạn"),
    DeadlineStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("deadline_status", "Đang thực hiện (trong hạn)"),
    DeadlineStatus.OVERDUE: QT_TRANSLATE_NOOP("deadline_status", "Quá hạn chưa hoàn thành"),
    DeadlineStatus.DONE_ON_TIME: QT_TRANSLATE_NOOP("deadline_status", "Hoàn thành đúng hạn"),
    DeadlineStatus.DONE_EXTENDED: QT_TRANSLATE_NOOP("deadline_status", "Hoàn thành đúng hạn (có gia hạn)"),
    DeadlineStatus.DONE_LATE: QT_TRANSLATE_NOOP("deadline_status", "Hoàn thành quá hạn"),
    DeadlineStatus.CANCELLED: QT_TRANSLATE_NOOP("deadline_status", "Đã hủy"),
}

# The one palette of status colours. STATUS_COLOURS: one colour per status, in the printed chart and on the
# home screen's chart alike: red is overdue, greens are done, blues are in time, whatever statuses a report
# contains. STATUS_TEXT_COLOURS: a status written as words on white (the board's status column, the home
# screen's overdue figure and list); the light fills would not read as text. STATUS_ROW_BACKGROUNDS: a whole
# board row's tint.
STATUS_COLOURS = {
    DeadlineStatus.OVERDUE: "#c62828",
    DeadlineStatus.NOT_DUE: "#1565c0",
    DeadlineStatus.IN_PROGRESS: "#42a5f5",
    DeadlineStatus.ONGOING: "#6d4c41",
    DeadlineStatus.NO_DEADLINE: "#ffb300",
    DeadlineStatus.DONE_ON_TIME: "#2e7d32",
    DeadlineStatus.DONE_EXTENDED: "#66bb6a",
    DeadlineStatus.DONE_LATE: "#a5d6a7",
    DeadlineStatus.CANCELLED: "#9e9e9e",
}
STATUS_TEXT_COLOURS = {
    DeadlineStatus.OVERDUE: STATUS_COLOURS[DeadlineStatus.OVERDUE],
    DeadlineStatus.DONE_ON_TIME: STATUS_COLOURS[DeadlineStatus.DONE_ON_TIME],
    DeadlineStatus.DONE_EXTENDED: "#558b2f",  # green (done) but apart from plain on time: it needed more time
    DeadlineStatus.DONE_LATE: STATUS_COLOURS[DeadlineStatus.DONE_ON_TIME],
    DeadlineStatus.CANCELLED: "#6b7785",
}
STATUS_ROW_BACKGROUNDS = {DeadlineStatus.OVERDUE: "#fdecea"}

# Groups the board and the reports use.
OPEN_STATUSES = frozenset(
    {
        DeadlineStatus.ONGOING,
        DeadlineStatus.NO_DEADLINE,
        DeadlineStatus.NOT_DUE,
        DeadlineStatus.IN_PROGRESS,
        DeadlineStatus.OVERDUE,
    }
)
DONE_STATUSES = frozenset(
    {DeadlineStatus.DONE_ON_TIME, DeadlineStatus.DONE_EXTENDED, DeadlineStatus.DONE_LATE}
)


def compute_status(
    *,
    state: DirectiveStatus,
    ongoing: bool,
    deadline: date | None,
    completed_on: date | None,
    has_progress: bool,
    today: date,
    original_deadline: date | None = None,
) -> DeadlineStatus:
    """The rule of the module docstring, from plain facts (for callers holding rows, not records).
    ``deadline`` is the deadline in force; ``original_deadline`` the first one, when it was extended.

    db/board_queries.py evaluates the same rule in SQL for speed; a test checks the two agree.
    """
    if state == DirectiveStatus.CANCELLED:
        return DeadlineStatus.CANCELLED
    if state == DirectiveStatus.DONE:
        if ongoing:
            return DeadlineStatus.DONE_ON_TIME
        if deadline is not None and completed_on is not None and completed_on > deadline:
            return DeadlineStatus.DONE_LATE
        # Extended, and not known to be done by the first deadline (no date: the extension was needed).
        if original_deadline is not None and not (
            completed_on is not None and completed_on <= original_deadline
        ):
            return DeadlineStatus.DONE_EXTENDED
        return DeadlineStatus.DONE_ON_TIME
    if ongoing:
        return DeadlineStatus.ONGOING
    if deadline is None:
        return DeadlineStatus.NO_DEADLINE
    if deadline < today:
        return DeadlineStatus.OVERDUE
    return DeadlineStatus.IN_PROGRESS if has_progress else DeadlineStatus.NOT_DUE


class _DirectiveLike(Protocol):
    status: DirectiveStatus
    ongoing: bool
    deadline: date | None
    completed_on: date | None
    notes: list


def directive_status(directive: _DirectiveLike, today: date) -> DeadlineStatus:
    """The displayed status of a directive (a :class:`~secretary_app.domain.models.Directive`) on
    ``today``."""
    return compute_status(
        state=directive.status,
        ongoing=directive.ongoing,
        deadline=directive.deadline,
        completed_on=directive.completed_on,
        has_progress=bool(directive.notes),
        today=today,
        original_deadline=getattr(directive, "original_deadline", None),
    )


ONGOING_TEXT = QT_TRANSLATE_NOOP("deadline_status", "Thường xuyên")


def deadline_display(deadline: date | None, ongoing: bool, deadline_text: str = "") -> str:
    """What the board shows in the deadline column: "31/12/2021", "Thường xuyên", or the notice's own phrase
    while no date is confirmed."""
    if ongoing:
        return ONGOING_TEXT
    if deadline is not None:
        return vn_date_short(deadline)
    return deadline_text


# -- working days -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _vn_holidays() -> holidays.HolidayBase:
    # One calendar object: it fills in further years by itself (expand=True) when asked about them.
    # Imported on first use (~40 ms): the board and the home screen never count working days.
    import holidays

    return holidays.country_holidays("VN", language="vi")


def is_working_day(day: date) -> bool:
    """Monday–Friday and not a public holiday or compensatory day off; a swapped-in Saturday counts."""
    return _vn_holidays().is_working_day(day)


def holiday_name(day: date) -> str | None:
    """The Vietnamese name of the public holiday on ``day`` (None on an ordinary day)."""
    return _vn_holidays().get(day)


def add_working_days(start: date, count: int) -> date:
    """The ``count``-th working day after ``start`` ("trong 5 ngày làm việc kể từ ngày ký": the day of
    signing is not counted). ``count`` 0 gives ``start`` itself."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = start
    while count:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` <= ``start``)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += is_working_day(day)
    return count


# -- deadlines from words -----------------------------------------------------------------------------


def is_ongoing_phrase(text: str) -> bool:
    """True for "Thường xuyên", "thường xuyên, liên tục"…: no deadline at all."""
    return "thuong xuyen" in fold(text)


def suggest_deadline(text: str, doc_date: date) -> DeadlineSuggestion:
    """What a task line (or its deadline phrase) says about the deadline, for the secretary to confirm: a
    date, a period (its words kept, its last working day tracked), "thường xuyên", an event with no date yet,
    or nothing. The rules and their corpus: domain/deadline_words.py.

    "trước ngày 15/12/2021" → 14/12/2021 ("trước" means before: the 15th is already late); "chậm nhất ngày
    15/12/2021" → 15/12/2021; "Quý I/2027" → 31/03/2027 with the words "Quý I/2027"; "10 ngày làm việc" → 10
    working days after the document date; "trước Đại hội" → unresolved, no date; "Thường xuyên" → ongoing.
    """
    from secretary_app.domain.deadline_words import read_deadline

    return read_deadline(text, doc_date)
