"""Following up directives: tick off, record progress, reopen, reassign, and each directive's history. No Qt.

Each action loads the directive aggregate, changes it, and saves it through the store in one transaction, so
the store's audit log records what changed ("update: completed_on, result, status"); the actions that carry a
reason or a reference (tick-off, reopen, reassign) also write one audit line in the secretary's words, so the
history answers "why" as well as "what". Several directives ticked off or reassigned together are one
transaction: all or none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from secretary_app.domain import models as m
from secretary_app.domain.i18n import QT_TRANSLATE_NOOP
from secretary_app.domain.text import clean_line, vn_date_short
from secretary_app.domain.validation import FieldError, ValidationError

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

# Vietnamese words for the audit actions a secretary sees in the history; the GUI translates them at display
# time (domain/i18n.py, gui.i18n.history_label).
HISTORY_CONTEXT = "history"  # the QT_TRANSLATE_NOOP context of the labels below and PROGRESS_LABEL
ACTION_LABELS = {
    "insert": QT_TRANSLATE_NOOP("history", "Tạo mới"),
    "update": QT_TRANSLATE_NOOP("history", "Sửa"),
    "delete": QT_TRANSLATE_NOOP("history", "Xóa"),
    "complete": QT_TRANSLATE_NOOP("history", "Đánh dấu hoàn thành"),
    "reopen": QT_TRANSLATE_NOOP("history", "Mở lại"),
    "reassign": QT_TRANSLATE_NOOP("history", "Giao lại đơn vị chủ trì"),
    "progress": QT_TRANSLATE_NOOP("history", "Ghi tiến độ"),
    "extend": QT_TRANSLATE_NOOP("history", "Gia hạn"),
    "set_deadline": QT_TRANSLATE_NOOP("history", "Đặt thời hạn"),
    "cancel": QT_TRANSLATE_NOOP("history", "Hủy"),
    "edit": QT_TRANSLATE_NOOP("history", "Sửa nội dung"),
    "split": QT_TRANSLATE_NOOP("history", "Tách theo đơn vị chủ trì"),
    "merge": QT_TRANSLATE_NOOP("history", "Gộp nhiệm vụ trùng"),
    "replace": QT_TRANSLATE_NOOP("history", "Thay thế theo thông báo mới"),
}
# The actions above that also leave the store's own "update" line in the same moment (hidden in the history).
ACTIONS_WITH_UPDATE = frozenset(ACTION_LABELS) - {"insert", "update", "delete", "progress"}
FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("history", "trạng thái"),
    "completed_on": QT_TRANSLATE_NOOP("history", "ngày hoàn thành"),
    "result": QT_TRANSLATE_NOOP("history", "kết quả"),
    "lead_unit_id": QT_TRANSLATE_NOOP("history", "đơn vị chủ trì"),
    "deadline": QT_TRANSLATE_NOOP("history", "thời hạn"),
    "deadline_text": QT_TRANSLATE_NOOP("history", "thời hạn (chữ)"),
    "ongoing": QT_TRANSLATE_NOOP("history", "thường xuyên"),
    "content": QT_TRANSLATE_NOOP("history", "nội dung"),
    "heading": QT_TRANSLATE_NOOP("history", "nhóm"),
    "cooperating_units": QT_TRANSLATE_NOOP("history", "đơn vị phối hợp"),
    "original_deadline": QT_TRANSLATE_NOOP("history", "thời hạn ban đầu"),
    "cancel_reason": QT_TRANSLATE_NOOP("history", "lý do hủy"),
    "replaced_by_id": QT_TRANSLATE_NOOP("history", "nhiệm vụ thay thế"),
}

PROGRESS_LABEL = QT_TRANSLATE_NOOP("history", "Tiến độ")  # a progress note in the history


def _error(field: str, message: str) -> ValidationError:
    return ValidationError([FieldError(field, message)])


def tick_off(
    ctx: AppContext,
    directive_ids: Iterable[int],
    done_on: date,
    note: str = "",
    reference: str = "",
    today: date | None = None,
) -> list[m.Directive]:
    """Mark directives done on ``done_on`` with the result ``note`` and an optional report reference
    ("Báo cáo số 12-BC/BTC"). Raises ValidationError for a date in the future (nothing written)."""
    if done_on > (today or date.today()):
        raise _error("done_on", "Ngày hoàn thành không được sau ngày hôm nay.")
    note, reference = clean_line(note), clean_line(reference)
    result = note
    if reference:
        result = f"{note} (Văn bản báo cáo: {reference})" if note else f"Văn bản báo cáo: {reference}"
    summary = f"Hoàn thành ngày {vn_date_short(done_on)}" + (f". {result}" if result else "")
    return _each(ctx, directive_ids, "complete", summary, lambda d: _complete(d, done_on, result))


def _complete(directive: m.Directive, done_on: date, result: str) -> None:
    directive.status = m.DirectiveStatus.DONE
    directive.completed_on = done_on
    if result:
        directive.result = result


def add_progress(ctx: AppContext, directive_id: int, note_date: date, text: str) -> m.Directive:
    """Record a progress note (an open directive with progress counts as "đang thực hiện")."""
    text = clean_line(text)
    if not text:
        raise _error("text", "Hãy nhập nội dung tiến độ.")
    directive = ctx.directives.get(directive_id)
    directive.notes.append(m.ProgressNote(note_date=note_date, text=text))
    ctx.directives.save_audited([directive], "progress", f"{vn_date_short(note_date)}: {text}")
    return directive


def reopen(ctx: AppContext, directive_id: int, reason: str) -> m.Directive:
    """Reopen a done or cancelled directive (services/directives.py: a split one takes its split back)."""
    return ctx.directives.reopen(directive_id, reason)


def reassign(
    ctx: AppContext, directive_ids: Iterable[int], lead_unit_id: int | None, reason: str = ""
) -> list[m.Directive]:
    """Give directives a new lead unit. Refused without one: "Giao lại" to nobody would save silently and
    write "Giao chưa giao đơn vị" in the history; a unit that is no longer used is refused too."""
    units = {u.id: u for u in ctx.units.list_units()}
    if lead_unit_id is None:
        raise _error(
            "lead_unit_id",
            "Chưa chọn đơn vị chủ trì mới. Nếu danh sách trống, hãy thêm đơn vị ở trang “Đơn vị” trước.",
        )
    if lead_unit_id not in units or not units[lead_unit_id].active:
        raise _error("lead_unit_id", "Đơn vị được chọn không còn trong danh sách.")
    summary = f"Giao {units[lead_unit_id].name}" + (f". {clean_line(reason)}" if reason.strip() else "")

    def change(directive: m.Directive) -> None:
        directive.lead_unit_id = lead_unit_id
        directive.cooperating_unit_ids = [u for u in directive.cooperating_unit_ids if u != lead_unit_id]

    return _each(ctx, directive_ids, "reassign", summary, change)


def _each(
    ctx: AppContext, directive_ids: Iterable[int], action: str, summary: str, change
) -> list[m.Directive]:
    """Apply ``change`` to every directive and save them all in one transaction, auditing ``action``."""
    directives = [ctx.directives.get(i) for i in directive_ids]
    for directive in directives:
        change(directive)
    return ctx.directives.save_audited(directives, action, summary)


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    what: str  # "Ghi tiến độ", "Mở lại", … (ACTION_LABELS, PROGRESS_LABEL)
    text: str
    actor: str = ""
    fields: tuple[
        str, ...
    ] = ()  # an "update": the changed fields' labels (FIELD_LABELS), which ``text`` lists


def history(ctx: AppContext, directive_id: int) -> list[HistoryEntry]:
    """The directive's progress notes and audit entries, oldest first. A progress note's own "progress" audit
    line is left out: the note itself (with its date) says the same."""
    directive = ctx.directives.get(directive_id)
    entries = [
        HistoryEntry(datetime.combine(n.note_date, datetime.min.time()), PROGRESS_LABEL, n.text)
        for n in directive.notes
    ]
    audit = ctx.directives.audit_entries(directive)
    # A tick-off, reopen or reassignment also leaves the store's own "update" line (which fields changed) in
    # the same moment: the action line says it better, so that "update" is not shown twice.
    acted = {e.at.replace(microsecond=0) for e in audit if e.action in ACTIONS_WITH_UPDATE}
    for entry in audit:
        if entry.action == "progress" or (
            entry.action == "update" and entry.at.replace(microsecond=0) in acted
        ):
            continue
        text, fields = entry.summary, tuple[str, ...]()
        if entry.action == "update":
            fields = tuple(
                FIELD_LABELS.get(f.strip(), f.strip()) for f in entry.summary.split(",") if f.strip()
            )
            text = "Thay đổi " + ", ".join(fields) if fields else ""
        what = ACTION_LABELS.get(entry.action, entry.action)
        entries.append(HistoryEntry(entry.at, what, text, entry.actor, fields))
    entries.sort(key=lambda e: e.at)
    return entries


def source_documents(ctx: AppContext) -> list[tuple[int, str]]:
    """(document id, "Thông báo số 239-TB/ĐU ngày 12/10/2021") of every document directives came from, newest
    first — the board's "source" filter. One query over the directives' distinct sources; the labels are made
    as the board makes them (symbol per standard and the issuer code printed on the document)."""
    profile = ctx.organisation.get()
    return ctx.board.source_documents(profile.code if profile else "")
