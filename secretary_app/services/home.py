"""The home screen's figures in a handful of small queries. No Qt.

The home screen is the first thing the window shows, so nothing here may load whole tables: the directive
figures come from the board's counting queries, the lists are limited in SQL, and a document's large JSON body
is never read for the "recently issued" list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from secretary_app.db import incoming as incoming_queries
from secretary_app.db import overview_queries as q
from secretary_app.domain import models as m
from secretary_app.domain.deadlines import OPEN_STATUSES, DeadlineStatus
from secretary_app.domain.incoming import IncomingDocument
from secretary_app.domain.numbering import document_symbol
from secretary_app.services.directives_board import BoardFilter, BoardOrder, BoardRow

if TYPE_CHECKING:
    from secretary_app.db.repository import Store
    from secretary_app.services.context import AppContext
    from secretary_app.services.directives_board import BoardService

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
    symbol: str  # "239-TB/ĐU" as printed on it (domain.numbering.document_symbol); "" before it has a number


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
    # received documents not yet handled whose handling deadline is past or within DUE_SOON_DAYS
    incoming_due: list[IncomingDocument] = field(default_factory=list)

    @property
    def overdue_total(self) -> int:
        return self.status_counts[DeadlineStatus.OVERDUE]

    @property
    def open_total(self) -> int:
        return sum(self.status_counts[s] for s in OPEN_STATUSES)


@dataclass(frozen=True)
class FirstDaySteps:
    """What a secretary has set up in a new database: the home screen's checklist ticks each step and goes
    away once all are done (issue 11 item 5)."""

    profile: bool  # the organisation profile saved, with the issuing body's name
    people: bool  # anyone in the roster
    units: bool  # any unit
    meeting: bool  # any meeting

    @property
    def done(self) -> bool:
        return self.profile and self.people and self.units and self.meeting


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of ``day``'s week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def home_summary(ctx: AppContext, today: date) -> HomeSummary:
    return ctx.home.summary(today)


class HomeService:
    def __init__(self, store: Store, board: BoardService):
        self._store = store
        self._board = board

    def summary(self, today: date) -> HomeSummary:
        return _summary(self._store, self._board, today)

    def first_day(self) -> FirstDaySteps:
        profile = self._store.organisation()
        people, units, meetings = q.first_day_facts(self._store)
        return FirstDaySteps(bool(profile and profile.issuing_body.strip()), people, units, meetings)


def _summary(store: Store, board: BoardService, today: date) -> HomeSummary:
    overdue = board.rows(
        BoardFilter(
            statuses=frozenset({DeadlineStatus.OVERDUE}), order=BoardOrder.DEADLINE, limit=LIST_LIMIT
        ),
        today,
    )
    monday, sunday = week_of(today)
    meetings = q.meetings_starting_between(
        store,
        datetime.combine(monday, datetime.min.time()),
        datetime.combine(sunday + timedelta(days=1), datetime.min.time()),
    )
    profile = store.organisation()
    profile_code = profile.code if profile else ""
    recent = [
        RecentDocument(
            d.id,
            m.DocumentKind(d.kind),
            m.Standard(d.standard),
            d.subject,
            date.fromisoformat(d.doc_date) if d.doc_date else None,
            d.number,
            d.type_code,
            document_symbol(d.standard, d.number, d.type_code, d.issuer_code, profile_code)
            if d.number
            else "",
        )
        for d in q.recent_issued_documents(store, LIST_LIMIT)
    ]
    meetings_total, documents_total = q.record_totals(store)
    return HomeSummary(
        status_counts=board.status_counts(today),
        overdue=overdue,
        due_soon=board.due_within(DUE_SOON_DAYS, today),
        meetings_this_week=meetings,
        recent_documents=recent,
        meetings_total=meetings_total,
        documents_total=documents_total,
        week=(monday, sunday),
        incoming_due=incoming_queries.to_handle(store, today + timedelta(days=DUE_SOON_DAYS), LIST_LIMIT),
    )
