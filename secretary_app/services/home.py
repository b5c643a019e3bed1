"""The home screen's figures in a handful of small queries. No Qt.

The home screen is the first thing the window shows, so nothing here may load whole tables: the directive
figures come from the board's counting queries, the lists are limited in SQL, and a document's large JSON body
is never read for the "recently issued" list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from secretary_app.db import records as r
from secretary_app.domain import models as m
from secretary_app.domain.deadlines import OPEN_STATUSES, DeadlineStatus
from secretary_app.services.directives_board import BoardFilter, BoardOrder, BoardRow

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

LIST_LIMIT = 8  # rows per home list; the board shows the rest
DUE_SOON_DAYS = 7


@dataclass(frozen=True)
class RecentDocument:
    id: int
    kind: m.DocumentKind
    standard: m.Standard
    subject: str
    doc_date: date | None
    number: int | None
    type_code: str


@dataclass
class HomeSummary:
    status_counts: dict[DeadlineStatus, int]
    overdue: list[BoardRow]  # the longest overdue first, at most LIST_LIMIT
    due_soon: list[BoardRow]  # due today … today + DUE_SOON_DAYS
    meetings_this_week: list[m.Meeting]
    recent_documents: list[RecentDocument]
    meetings_total: int = 0
    documents_total: int = 0
    week: tuple[date, date] = field(default_factory=lambda: (date.min, date.min))

    @property
    def overdue_total(self) -> int:
        return self.status_counts[DeadlineStatus.OVERDUE]

    @property
    def open_total(self) -> int:
        return sum(self.status_counts[s] for s in OPEN_STATUSES)


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of ``day``'s week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def home_summary(ctx: AppContext, today: date) -> HomeSummary:
    board = ctx.board
    overdue = board.rows(
        BoardFilter(
            statuses=frozenset({DeadlineStatus.OVERDUE}), order=BoardOrder.DEADLINE, limit=LIST_LIMIT
        ),
        today,
    )
    monday, sunday = week_of(today)
    meetings = ctx.store.list(
        r.MEETING,
        "start >= ? AND start < ?",
        [
            datetime.combine(monday, datetime.min.time()).isoformat(),
            datetime.combine(sunday + timedelta(days=1), datetime.min.time()).isoformat(),
        ],
        order_by="start",
    )
    db = ctx.store.db
    recent = [
        RecentDocument(
            id_,
            m.DocumentKind(kind),
            m.Standard(standard),
            subject,
            date.fromisoformat(doc_date) if doc_date else None,
            number,
            type_code,
        )
        for id_, kind, standard, subject, doc_date, number, type_code in db.execute(
            "SELECT id, kind, standard, subject, doc_date, number, type_code FROM documents WHERE status = 'issued' "
            "ORDER BY doc_date DESC, id DESC LIMIT ?",
            [LIST_LIMIT],
        ).fetchall()
    ]
    meetings_total, documents_total = db.execute(
        "SELECT (SELECT count(*) FROM meetings), (SELECT count(*) FROM documents)"
    ).fetchone()
    return HomeSummary(
        status_counts=board.status_counts(today),
        overdue=overdue,
        due_soon=board.due_within(DUE_SOON_DAYS, today),
        meetings_this_week=meetings,
        recent_documents=recent,
        meetings_total=meetings_total,
        documents_total=documents_total,
        week=(monday, sunday),
    )
