"""Directives through their whole life: extend (gia hạn), set a deadline, cancel (hủy), edit, split,
merge, reopen. No Qt.

The rules every operation keeps:

* **Nothing is deleted.** Cancelling, splitting and merging set the task's state to cancelled with a
  reason; its progress notes, results and history stay, and the links (``split_from_id``,
  ``replaced_by_id``) say where the work went. An extension keeps the first deadline
  (``original_deadline``) and every step (``extensions``: the earlier date, the new one, the reason, who
  allowed it).
* **Everything is in the history.** Each operation writes one audit line in the secretary's words ("Gia
  hạn đến 31/03/2027. Lý do: …") beside the store's own line of changed fields, in the same transaction.
* **Everything is undone by reopening.** Reopening a cancelled or merged task brings it back as it was;
  reopening a split task takes back the split (the parts nobody has worked on yet are cancelled again).
* Each operation is all or nothing, raises ValidationError (bad input) or RuleError (the record's state
  forbids it) with nothing written, and publishes ``Change.DIRECTIVES`` on the context's hub once it
  committed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date

from secretary_app.db import directive_queries as dq
from secretary_app.db.records import DIRECTIVE
from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.deadline_words import DeadlineSuggestion
from secretary_app.domain.deadlines import suggest_deadline
from secretary_app.domain.errors import NotFoundError, RuleError
from secretary_app.domain.text import clean_line, normalise_record, vn_date_short
from secretary_app.domain.validation import FieldError, ValidationError, validate_directive

DIRECTIVE_TABLE = DIRECTIVE.table
OPEN, DONE, CANCELLED = m.DirectiveStatus.OPEN, m.DirectiveStatus.DONE, m.DirectiveStatus.CANCELLED


def _error(field: str, message: str) -> ValidationError:
    return ValidationError([FieldError(field, message)])


def _reason(reason: str, message: str) -> str:
    reason = clean_line(reason)
    if not reason:
        raise _error("reason", message)
    return reason


def number(directive: m.Directive) -> str:
    """The short number a task is shown and asked for by ("#12"): its local id."""
    return f"#{directive.id}"


class DirectiveService:
    def __init__(self, store: Store, clock: Callable[[], date] = date.today):
        self._store = store
        self._clock = clock  # the day an extension is recorded (tests pass their own)

    # -- reading ----------------------------------------------------------------------------------------
    def list_directives(self) -> list[m.Directive]:
        return self._store.directives()

    def get(self, directive_id: int) -> m.Directive:
        return self._store.directive(directive_id)

    def resolve(self, ref: str) -> int:
        """The id of the task ``ref`` names: its number as lists show it ("12", "#12") or its UUID.
        Raises NotFoundError with a Vietnamese message."""
        text = ref.strip().removeprefix("#")
        found: int | None = None
        if text.isdigit():
            try:
                found = self._store.directive(int(text)).id
            except NotFoundError:
                found = None
        elif text:
            found = dq.directive_id_by_uuid(self._store, text.lower())
        if found is None:
            raise NotFoundError(
                f"Không có nhiệm vụ “{ref}” (nhập số thứ tự như danh sách hiện, hoặc mã UUID)."
            )
        return found

    def audit_entries(self, directive: m.Directive) -> list[m.AuditEntry]:
        """The directive's audit log, oldest first."""
        return self._store.audit_entries(directive.uuid)

    def deadline_suggestion(self, directive_id: int) -> DeadlineSuggestion:
        """What the task's own words say about its deadline (domain/deadline_words.py), counted from its
        notice's date (else today)."""
        directive = self.get(directive_id)
        doc_date = None
        if directive.document_id is not None:
            doc_date = self._store.document(directive.document_id).doc_date
        return suggest_deadline(directive.content, doc_date or self._clock())

    # -- plain saving (the issuing and follow-up services build on these) -------------------------------
    def save(self, directive: m.Directive) -> m.Directive:
        normalise_record(directive)
        errors = validate_directive(directive)
        if errors:
            raise ValidationError(errors)
        self._store.save_directive(directive)
        self._store.changed(Change.DIRECTIVES)  # published when the outermost transaction commits
        return directive

    def save_audited(self, directives: list[m.Directive], action: str, summary: str) -> list[m.Directive]:
        """Save the directives in one transaction (all or none), each with an audit line
        ``action``/``summary`` in the secretary's words beside the store's own "update" line
        (services/follow_up.py)."""
        self._write((directive, action, summary) for directive in directives)
        return directives

    @contextmanager
    def _operation(self) -> Iterator[None]:
        """One operation: all its saves in one transaction; the change is published once it commits."""
        with self._store.transaction():
            yield

    def _record(self, directive: m.Directive, action: str, summary: str) -> None:
        """Save a directive with the audit line of what the secretary did, in the secretary's words."""
        self.save(directive)
        self._store.audit(action, DIRECTIVE_TABLE, directive.uuid, summary)

    def _write(self, steps: Iterable[tuple[m.Directive, str, str]]) -> None:
        with self._operation():
            for directive, action, summary in steps:
                self._record(directive, action, summary)

    def _open(self, directive_id: int, doing: str) -> m.Directive:
        directive = self.get(directive_id)
        if directive.status == DONE:
            raise RuleError(f"Nhiệm vụ {number(directive)} đã hoàn thành; hãy mở lại trước khi {doing}.")
        if directive.status == CANCELLED:
            raise RuleError(f"Nhiệm vụ {number(directive)} đã hủy; hãy mở lại trước khi {doing}.")
        return directive

    # -- deadlines --------------------------------------------------------------------------------------
    def extend(self, directive_id: int, to: date, reason: str, allowed_by: str = "") -> m.Directive:
        """Extend the deadline of an open task to ``to``; the first deadline and this step stay on record."""
        directive = self._open(directive_id, "gia hạn")
        if directive.ongoing:
            raise RuleError(
                f"Nhiệm vụ {number(directive)} thực hiện thường xuyên, không có thời hạn để gia hạn."
            )
        if directive.deadline is None:
            raise RuleError(
                f"Nhiệm vụ {number(directive)} chưa có thời hạn: "
                "hãy đặt thời hạn cho nhiệm vụ, không phải gia hạn."
            )
        if to <= directive.deadline:
            raise _error("deadline", f"Hạn mới phải sau hạn hiện tại ({vn_date_short(directive.deadline)}).")
        reason = _reason(reason, "Hãy nêu lý do gia hạn.")
        allowed_by = clean_line(allowed_by)
        previous = directive.deadline
        if directive.original_deadline is None:
            directive.original_deadline = previous
        directive.deadline = to
        directive.extensions.append(
            m.DeadlineExtension(previous, to, reason, allowed_by, decided_on=self._clock())
        )
        summary = f"Gia hạn từ {vn_date_short(previous)} đến {vn_date_short(to)}. Lý do: {reason}"
        if allowed_by:
            summary += f". Người cho phép: {allowed_by}"
        self._write([(directive, "extend", summary)])
        return directive

    def set_deadline(
        self, directive_id: int, deadline: date | None, *, ongoing: bool = False, words: str = ""
    ) -> m.Directive:
        """Give a task that has none ("Chưa xác định thời hạn", or a standing duty) a deadline, or make it a
        standing duty. A deadline already set is changed only by :meth:`extend`, which keeps the first one."""
        directive = self._open(directive_id, "đặt thời hạn")
        if directive.deadline is not None:
            raise RuleError(
                f"Nhiệm vụ {number(directive)} đã có thời hạn {vn_date_short(directive.deadline)}; "
                "muốn đổi hạn thì gia hạn (hạn cũ được giữ lại)."
            )
        if not ongoing and deadline is None:
            raise _error("deadline", "Hãy nhập thời hạn hoặc chọn “Thường xuyên”.")
        directive.ongoing = ongoing
        directive.deadline = None if ongoing else deadline
        directive.deadline_text = (
            "Thường xuyên" if ongoing else (clean_line(words) or directive.deadline_text)
        )
        summary = f"Thời hạn {vn_date_short(deadline)}" if deadline and not ongoing else "Thường xuyên"
        self._write([(directive, "set_deadline", summary)])
        return directive

    # -- cancel, edit -----------------------------------------------------------------------------------
    def cancel(self, directive_id: int, reason: str) -> m.Directive:
        """Cancel an open task (hủy): it stays listed as "Đã hủy" with its reason and its history."""
        directive = self._open(directive_id, "hủy")
        directive.cancel_reason = _reason(reason, "Hãy nêu lý do hủy nhiệm vụ.")
        directive.status = CANCELLED
        self._write([(directive, "cancel", directive.cancel_reason)])
        return directive

    def edit_text(self, directive_id: int, text: str, reason: str = "") -> m.Directive:
        """Correct a task's wording; the wording before stays in the history."""
        directive = self.get(directive_id)
        text = clean_line(text)
        if not text:
            raise _error("content", "Nội dung nhiệm vụ không được để trống.")
        if text == directive.content:
            return directive
        summary = f"Nội dung trước khi sửa: “{directive.content}”"
        if clean_line(reason):
            summary += f". Lý do: {clean_line(reason)}"
        directive.content = text
        self._write([(directive, "edit", summary)])
        return directive

    # -- split, merge -----------------------------------------------------------------------------------
    def split(self, directive_id: int, lead_unit_ids: list[int], reason: str = "") -> list[m.Directive]:
        """One task per lead unit, in place of a task given to several: the parts keep its words, deadline and
        source line; the task itself is cancelled ("tách") with links to its parts."""
        directive = self._open(directive_id, "tách")
        units = {u.id: u for u in self._store.units()}
        wanted = list(dict.fromkeys(lead_unit_ids))
        if len(wanted) < 2:
            raise _error("lead_unit_ids", "Hãy chọn ít nhất hai đơn vị chủ trì để tách nhiệm vụ.")
        if missing := [u for u in wanted if u not in units]:
            raise _error("lead_unit_ids", f"Không có đơn vị số {missing[0]} trong danh sách đơn vị.")
        parts = [
            m.Directive(
                content=directive.content,
                heading=directive.heading,
                document_id=directive.document_id,
                meeting_id=directive.meeting_id,
                lead_unit_id=unit_id,
                cooperating_unit_ids=[u for u in directive.cooperating_unit_ids if u != unit_id],
                deadline=directive.deadline,
                ongoing=directive.ongoing,
                deadline_text=directive.deadline_text,
                original_deadline=directive.original_deadline,
                order=directive.order,
                source_item=directive.source_item,
                split_from_id=directive.id,
                incoming_id=directive.incoming_id,
            )
            for unit_id in wanted
        ]
        why = f". Lý do: {clean_line(reason)}" if clean_line(reason) else ""
        with self._operation():
            for part in parts:
                self._record(part, "split", f"Tách từ nhiệm vụ {number(directive)}{why}")
            names = ", ".join(
                f"{number(p)} ({units[p.lead_unit_id].short_name or units[p.lead_unit_id].name})"
                for p in parts
            )
            directive.status = CANCELLED
            directive.cancel_reason = f"Tách thành {len(parts)} nhiệm vụ theo đơn vị chủ trì: {names}{why}"
            self._record(directive, "split", directive.cancel_reason)
        return parts

    def merge(self, keep_id: int, duplicate_ids: Iterable[int], reason: str = "") -> m.Directive:
        """Merge duplicates into the task ``keep_id``: each duplicate is cancelled as "trùng" and points at
        the kept one; its notes and history stay where they were."""
        duplicate_ids = list(dict.fromkeys(i for i in duplicate_ids if i != keep_id))
        if not duplicate_ids:
            raise _error("duplicate_ids", "Hãy chọn nhiệm vụ trùng để gộp (khác nhiệm vụ được giữ lại).")
        keep = self.get(keep_id)
        if keep.status == CANCELLED:
            raise RuleError(f"Nhiệm vụ {number(keep)} đã hủy; hãy giữ lại một nhiệm vụ đang theo dõi.")
        duplicates = [self._open(i, "gộp") for i in duplicate_ids]
        why = f". Lý do: {clean_line(reason)}" if clean_line(reason) else ""
        steps = []
        for duplicate in duplicates:
            duplicate.status = CANCELLED
            duplicate.replaced_by_id = keep.id
            duplicate.cancel_reason = f"Trùng với nhiệm vụ {number(keep)}, đã gộp vào nhiệm vụ đó{why}"
            steps.append((duplicate, "merge", duplicate.cancel_reason))
        merged = ", ".join(number(d) for d in duplicates)
        steps.append((keep, "merge", f"Gộp các nhiệm vụ trùng {merged} vào nhiệm vụ này{why}"))
        self._write(steps)
        return keep

    # -- reopen -----------------------------------------------------------------------------------------
    def reopen(self, directive_id: int, reason: str) -> m.Directive:
        """Reopen a done or cancelled task; the reason is required and kept in the history. Reopening a split
        task takes the split back: its parts nobody has worked on (open, no progress) are cancelled again."""
        reason = _reason(reason, "Hãy nêu lý do mở lại.")
        directive = self.get(directive_id)
        if directive.status == OPEN:
            raise RuleError(f"Nhiệm vụ {number(directive)} đang được theo dõi; không cần mở lại.")
        steps = []
        if directive.status == CANCELLED:
            for part in dq.split_children(self._store, m.stored_id(directive)):
                if part.status == OPEN and not part.notes:
                    part.status = CANCELLED
                    part.cancel_reason = f"Hoàn tác việc tách: nhiệm vụ {number(directive)} được mở lại"
                    steps.append((part, "cancel", part.cancel_reason))
        directive.status = OPEN
        directive.completed_on = None
        directive.cancel_reason = ""
        directive.replaced_by_id = None
        self._write([(directive, "reopen", reason), *steps])
        return directive
