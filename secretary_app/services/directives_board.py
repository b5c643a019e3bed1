"""The directive board and the home screen's figures: filtered lists, counts per status, what is overdue or
due soon. No Qt here: the board page and the home screen are thin views over these calls.

Every call is one SQL statement (db/board_queries.py), so the board stays fast on a ten-year database.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from secretary_app.db import board_queries as q
from secretary_app.db.overview_queries import directive_source_documents
from secretary_app.db.repository import Store
from secretary_app.db.search import query_tokens
from secretary_app.domain.deadlines import OPEN_STATUSES, DeadlineStatus, deadline_display
from secretary_app.domain.models import DocumentKind, label
from secretary_app.domain.numbering import document_symbol
from secretary_app.domain.text import vn_date_short

NO_SOURCE = "Không gắn với văn bản"
NO_HEADING = "Nội dung khác"
NO_LEAD_UNIT = "Chưa giao đơn vị chủ trì"


class BoardOrder(StrEnum):
    SOURCE = "source"  # newest notice first, its items in the notice's order
    DEADLINE = "deadline"  # nearest deadline first


class GroupKey(StrEnum):
    SOURCE = "source"  # by the notice the directive came from
    HEADING = "heading"  # by the sub-heading it stood under ("Về công tác thông tin")


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows. None (or "") means no filter on that field."""

    statuses: frozenset[DeadlineStatus] | None = None
    lead_unit_ids: frozenset[int] | None = None
    document_ids: frozenset[int] | None = None
    deadline_from: date | None = None  # a date range leaves out standing and undated directives
    deadline_to: date | None = None
    text: str = ""  # folded like search: "dang uy" matches "Đảng ủy"
    order: BoardOrder = BoardOrder.SOURCE
    limit: int | None = None
    assigned_from: date | None = None  # assigned (its notice's date) in a range: a report's "giao trong kỳ"
    assigned_to: date | None = None

    def to_query(self) -> q.BoardQuery:
        return q.BoardQuery(
            statuses=None if self.statuses is None else [str(s) for s in self.statuses],
            lead_unit_ids=self.lead_unit_ids,
            document_ids=self.document_ids,
            deadline_from=self.deadline_from,
            deadline_to=self.deadline_to,
            text_tokens=tuple(query_tokens(self.text)),
            order=str(self.order),
            limit=self.limit,
            assigned_from=self.assigned_from,
            assigned_to=self.assigned_to,
        )


# What the board opens with: everything still to follow up, overdue and standing duties included.
OPEN_ITEMS = BoardFilter(statuses=OPEN_STATUSES)


class BoardRow(NamedTuple):
    """One line of the board. A named tuple, not a dataclass: a ten-year board builds tens of thousands."""

    id: int
    content: str
    heading: str
    document_id: int | None
    meeting_id: int | None
    lead_unit_id: int | None
    lead_unit_name: str
    lead_unit_short: str
    deadline: date | None
    ongoing: bool
    deadline_text: str
    completed_on: date | None
    result: str
    order: int
    status: DeadlineStatus
    source_number: str  # "239-TB/ĐU"; "" without a source document or before it has a number
    source_label: str  # "Thông báo số 239-TB/ĐU ngày 12/10/2021"
    original_deadline: date | None = (
        None  # the first deadline, when it was extended (``deadline`` is in force)
    )
    uuid: str = ""
    assigned_on: date | None = None  # its notice's date (else the day it was recorded)
    incoming_id: int | None = None  # the received document it came from (sổ văn bản đến)

    @property
    def extended(self) -> bool:
        return self.original_deadline is not None

    @property
    def status_label(self) -> str:
        return self.status.label

    @property
    def deadline_display(self) -> str:
        return deadline_display(self.deadline, self.ongoing, self.deadline_text)

    @property
    def lead_unit_display(self) -> str:
        return self.lead_unit_name or NO_LEAD_UNIT

    def group_label(self, key: GroupKey) -> str:
        if key == GroupKey.SOURCE:
            return self.source_label
        return self.heading or NO_HEADING


class _SourceLabels:
    """Number and label of each source document, worked out once per document per call (not per row)."""

    def __init__(self, profile_code: str = "") -> None:
        self._cache: dict[int | None, tuple[str, str]] = {None: ("", NO_SOURCE)}
        self._profile_code = profile_code  # only for a document that carries no issuer code of its own
        self._incoming: dict[tuple[str, int], tuple[str, str]] = {}

    def get(self, document_id, kind, standard, number, type_code, doc_date, issuer_code) -> tuple[str, str]:
        found = self._cache.get(document_id)
        if found is None:
            kind_label = label(DocumentKind(kind)) if kind else "Văn bản"
            if number is None:
                found = ("", f"{kind_label} (chưa cấp số)")
            else:
                symbol = document_symbol(standard, number, type_code, issuer_code, self._profile_code)
                dated = f" ngày {vn_date_short(date.fromisoformat(doc_date))}" if doc_date else ""
                found = (symbol, f"{kind_label} số {symbol}{dated}")
            self._cache[document_id] = found
        return found

    def incoming(self, incoming_id, symbol, type_name, doc_date, sender) -> tuple[str, str]:
        """A received document's number and label: "445-KL/TU", "Kết luận số 445-KL/TU ngày 12/10/2026"."""
        key = ("incoming", incoming_id)
        found = self._incoming.get(key)
        if found is None:
            kind = type_name or "Văn bản"
            dated = f" ngày {vn_date_short(date.fromisoformat(doc_date))}" if doc_date else ""
            if symbol:
                found = (symbol, f"{kind} số {symbol}{dated} (văn bản đến)")
            else:
                found = ("", f"{kind}{dated} của {sender or '?'} (văn bản đến)")
            self._incoming[key] = found
        return found


def _to_rows(raw: Iterable[tuple]) -> list[BoardRow]:
    sources = _SourceLabels()
    statuses = {str(s): s for s in DeadlineStatus}
    day = date.fromisoformat
    rows = []
    for (
        id_, content, heading, document_id, meeting_id, lead_unit_id, unit_name, unit_short, deadline,
        ongoing, deadline_text, completed_on, result, order, kind, standard, number, type_code, doc_date,
        issuer_code, status, original_deadline, uuid, assigned_on,
        incoming_id, inc_symbol, inc_type, inc_date, inc_sender,
    ) in raw:  # fmt: skip
        if incoming_id is not None and document_id is None:
            source_number, source_label = sources.incoming(
                incoming_id, inc_symbol, inc_type, inc_date, inc_sender
            )
        else:
            source_number, source_label = sources.get(
                document_id, kind, standard, number, type_code, doc_date, issuer_code
            )
        rows.append(
            BoardRow(
                id_,
                content,
                heading,
                document_id,
                meeting_id,
                lead_unit_id,
                unit_name or "",
                unit_short or "",
                day(deadline) if deadline else None,
                bool(ongoing),
                deadline_text,
                day(completed_on) if completed_on else None,
                result,
                order,
                statuses[status],
                source_number,
                source_label,
                day(original_deadline) if original_deadline else None,
                uuid,
                day(assigned_on) if assigned_on else None,
                incoming_id,
            )
        )
    return rows


def group_rows(rows: Iterable[BoardRow], key: GroupKey) -> list[tuple[str, list[BoardRow]]]:
    """Rows grouped by source notice or by heading, groups in order of first appearance."""
    groups: dict[str, list[BoardRow]] = {}
    for row in rows:
        groups.setdefault(row.group_label(key), []).append(row)
    return list(groups.items())


class BoardService:
    def __init__(self, store: Store, clock: Callable[[], date] = date.today):
        self._store = store
        self._clock = clock  # tests and the "as of" report date pass their own today

    def _today(self, today: date | None) -> date:
        return today if today is not None else self._clock()

    def rows(self, filters: BoardFilter = OPEN_ITEMS, today: date | None = None) -> list[BoardRow]:
        return _to_rows(q.board_rows(self._store, self._today(today), filters.to_query()))

    def status_counts(
        self, today: date | None = None, filters: BoardFilter | None = None
    ) -> dict[DeadlineStatus, int]:
        """Directives per status (every status present, 0 when none), e.g. for the home screen's tiles."""
        query = (filters or BoardFilter()).to_query()
        counts = q.status_counts(self._store, self._today(today), query)
        return {status: counts.get(str(status), 0) for status in DeadlineStatus}

    def superseded(self, ids: Collection[int]) -> set[int]:
        """Of ``ids``, the cancelled tasks other tasks took over (split, merged, replaced): a report counts
        their successors, not them."""
        from secretary_app.db.directive_queries import superseded_ids

        return superseded_ids(self._store, ids)

    def overdue(
        self, today: date | None = None, lead_unit_ids: Collection[int] | None = None
    ) -> list[BoardRow]:
        """Overdue and not done, the longest overdue first."""
        filters = BoardFilter(
            statuses=frozenset({DeadlineStatus.OVERDUE}),
            lead_unit_ids=None if lead_unit_ids is None else frozenset(lead_unit_ids),
            order=BoardOrder.DEADLINE,
        )
        return self.rows(filters, today)

    def due_within(
        self, days: int, today: date | None = None, lead_unit_ids: Collection[int] | None = None
    ) -> list[BoardRow]:
        """Open directives whose deadline falls from today to ``days`` calendar days ahead, nearest first."""
        day = self._today(today)
        filters = BoardFilter(
            statuses=frozenset({DeadlineStatus.NOT_DUE, DeadlineStatus.IN_PROGRESS}),
            lead_unit_ids=None if lead_unit_ids is None else frozenset(lead_unit_ids),
            deadline_from=day,
            deadline_to=day + timedelta(days=days),
            order=BoardOrder.DEADLINE,
        )
        return self.rows(filters, day)

    def source_documents(self, profile_code: str = "") -> list[tuple[int, str]]:
        """(document id, "Thông báo số 239-TB/ĐU ngày 12/10/2021") of every document directives came from,
        newest first: the board's "source" filter, labelled as the board labels its rows (symbol per standard
        and the issuer code printed on the document, the profile's ``profile_code`` when it printed none)."""
        sources = _SourceLabels(profile_code)
        return [
            (d.id, sources.get(d.id, d.kind, d.standard, d.number, d.type_code, d.doc_date, d.issuer_code)[1])
            for d in directive_source_documents(self._store)
        ]

    def carry_over_candidates(self, today: date | None = None, limit: int | None = None) -> list[BoardRow]:
        """Open directives a meeting should review (agenda "Kiểm điểm việc thực hiện: …"): overdue first, the
        longest overdue first, then the rest by deadline (standing and undated duties last)."""
        rows = self.rows(BoardFilter(statuses=OPEN_STATUSES, order=BoardOrder.DEADLINE), today)
        rows.sort(key=lambda r: r.status != DeadlineStatus.OVERDUE)  # stable: keeps the deadline order within
        return rows[:limit] if limit is not None else rows
