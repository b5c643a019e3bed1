"""The loop closes at the next meeting (issue 12, item 6): the next meeting of the same committee reviews how
the previous one's conclusions were carried out. No Qt.

* :func:`previous_meeting`: the latest earlier meeting of the same kind (the same committee's: "Hội nghị Ban
  Thường vụ" follows "Hội nghị Ban Thường vụ") that issued a conclusion notice — the meeting dialog offers
  the agenda item :data:`REVIEW_TITLE` when there is one.
* :func:`review_paragraph`: the drafted paragraph for that agenda item, from the board (the statuses as the
  board computes them for ``today``): how many tasks, how many done (on time, with an extension, late), in
  time, standing, undated, and the overdue ones by lead unit.
* :func:`add_review`: puts the paragraph under the item's heading in a drafted notice.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from secretary_app.db import document_queries as q
from secretary_app.domain import models as m
from secretary_app.domain.deadlines import DeadlineStatus as S
from secretary_app.domain.meeting_templates import REVIEW_TITLE, is_review_title
from secretary_app.domain.text import fold, vn_date_short
from secretary_app.services.directives_board import BoardFilter, BoardService
from secretary_app.services.reports import count_statuses

if TYPE_CHECKING:
    from secretary_app.db.repository import Store
    from secretary_app.services.directives_board import BoardRow


def same_committee(kind: str, other: str) -> bool:
    """Two meeting kinds of the same body: "Hội nghị giao ban cấp ủy" and "Giao ban cấp ủy" alike."""

    def key(text: str) -> str:
        return fold(text).strip().removeprefix("hoi nghi ").strip()

    return key(kind) == key(other)


def previous_meeting(
    store: Store, kind: str, before: datetime, exclude_id: int | None = None
) -> m.MeetingSummary | None:
    """The latest meeting of the same committee (``kind``) before ``before`` that has an issued conclusion
    notice (None if none)."""
    earlier = [
        s
        for s in store.meetings()
        if same_committee(s.kind, kind) and s.start < before and s.id is not None and s.id != exclude_id
    ]
    for summary in sorted(earlier, key=lambda s: s.start, reverse=True):
        if _notices(store, summary.id):
            return summary
    return None


def _notices(store: Store, meeting_id: int) -> list[m.StoredDocument]:
    return q.meeting_documents(store, meeting_id, m.DocumentKind.NOTICE, m.DocumentStatus.ISSUED)


def review_paragraph(store: Store, meeting: m.Meeting, today: date) -> str:
    """The paragraph reviewing the previous meeting's conclusions ("" when there is no previous meeting)."""
    previous = previous_meeting(store, meeting.kind, meeting.start, meeting.id)
    if previous is None:
        return ""
    notices = sorted(_notices(store, previous.id), key=lambda d: d.id or 0)
    rows = BoardService(store).rows(BoardFilter(document_ids=frozenset(d.id for d in notices if d.id)), today)
    counts = count_statuses(rows)
    symbols = ", ".join(_symbol(store, d) for d in notices)
    done = counts[S.DONE_ON_TIME] + counts[S.DONE_EXTENDED] + counts[S.DONE_LATE]
    total = len(rows) - counts[S.CANCELLED]
    text = (
        f"Thực hiện Thông báo số {symbols} về kết luận của {previous.title} (ngày "
        f"{vn_date_short(previous.start.date())}), tính đến ngày {vn_date_short(today)}: tổng số {total} "
        f"kết luận, nhiệm vụ; đã hoàn thành {done} ({counts[S.DONE_ON_TIME]} đúng hạn, "
        f"{counts[S.DONE_EXTENDED]} đúng hạn có gia hạn, {counts[S.DONE_LATE]} quá hạn); đang thực hiện "
        f"trong hạn {counts[S.NOT_DUE] + counts[S.IN_PROGRESS]}; thường xuyên {counts[S.ONGOING]}; "
        f"chưa xác định thời hạn {counts[S.NO_DEADLINE]}; quá hạn chưa hoàn thành {counts[S.OVERDUE]}"
    )
    overdue: dict[str, int] = {}
    for row in rows:
        if row.status == S.OVERDUE:
            overdue[row.lead_unit_display] = overdue.get(row.lead_unit_display, 0) + 1
    if overdue:
        ranked = sorted(overdue.items(), key=lambda p: (-p[1], p[0]))
        by_unit = "; ".join(f"{unit}: {n}" for unit, n in ranked)
        text += f" ({by_unit})"
    return text + "."


def _symbol(store: Store, document: m.StoredDocument) -> str:
    from secretary_app.services.issuing import IssuingService

    return IssuingService(store).symbol(document)


def add_review(store: Store, meeting: m.Meeting, content: dict, today: date) -> None:
    """Under the heading of the agenda item :data:`REVIEW_TITLE` in a drafted notice ``content``, the
    :func:`review_paragraph` (nothing when the meeting has no such item or no previous meeting)."""
    body = content.get("body") or []
    at = next(
        (i for i, b in enumerate(body) if b.get("type") == "heading" and is_review_title(b.get("text", ""))),
        None,
    )
    if at is None:
        return
    text = review_paragraph(store, meeting, today)
    if text:  # after what the drafting already says under the heading ("Hội nghị nghe nội dung …")
        end = next((i for i in range(at + 1, len(body)) if body[i].get("type") == "heading"), len(body))
        body.insert(end, {"type": "paragraph", "text": text})


__all__ = ["REVIEW_TITLE", "add_review", "is_review_title", "previous_meeting", "review_paragraph"]


CARRY_OVER_PREFIX = "Kiểm điểm việc thực hiện: "
AGENDA_TITLE_CHARS = 160  # an agenda line, not the whole directive: the meeting pack has the full text


def carry_over_title(row: BoardRow) -> str:
    """The agenda item title for reviewing ``row``: "Kiểm điểm việc thực hiện: …" (shortened at a word)."""
    text = " ".join(row.content.split()).rstrip(" .;")
    if len(text) > AGENDA_TITLE_CHARS:
        cut = text.rfind(" ", 0, AGENDA_TITLE_CHARS)
        text = text[: cut if cut > 0 else AGENDA_TITLE_CHARS].rstrip(" ,;") + "…"
    return CARRY_OVER_PREFIX + text
