"""From a draft to an issued, numbered document, and the directives a notice creates.

"Cấp số" takes the next number of the document's sequence (domain.numbering) inside one write
transaction that holds SQLite's write lock from its first read (BEGIN IMMEDIATE), so two windows — or two
PCs on a shared folder — can never take the same number. An issued document is locked: a correction is a
new draft version that points at the original, and every step is in the audit log.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from secretary_app.db import directive_queries as dq
from secretary_app.db import document_queries as q
from secretary_app.db import issued_files
from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.document import BodyBlock, DocumentError, group_conclusions
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.errors import ReadOnlyRecordError, RuleError
from secretary_app.domain.numbering import numbering_scope, symbol_of
from secretary_app.domain.text import normalise_record, vn_date_short
from secretary_app.domain.validation import FieldError, ValidationError
from secretary_app.services.drafting import minutes_from_meeting, notice_from_meeting
from secretary_app.services.supplements import Decision, Match, match_items, same_words, source_item


@dataclass
class DirectivePlan:
    """What the secretary set for one conclusion item before issuing (stored in the draft's meta)."""

    lead_unit_id: int | None = None
    cooperating_unit_ids: list[int] = field(default_factory=list)
    deadline: date | None = None
    ongoing: bool = False
    deadline_text: str = ""
    # A later notice of the same meeting: is this item an earlier task again ("same"), a revision of one
    # ("replaces"), or "new"? "" lets issuing decide (services/supplements.py); existing_id names the task.
    # A decision holds for the words it was taken on (decided_for): once the item is reworded, issuing
    # decides afresh.
    decision: str = ""
    existing_id: int | None = None
    decided_for: str = ""

    def to_dict(self) -> dict:
        return {
            "lead_unit_id": self.lead_unit_id,
            "cooperating_unit_ids": self.cooperating_unit_ids,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "ongoing": self.ongoing,
            "deadline_text": self.deadline_text,
            "decision": self.decision,
            "existing_id": self.existing_id,
            "decided_for": self.decided_for,
        }

    @classmethod
    def from_dict(cls, d: dict) -> DirectivePlan:
        return cls(
            lead_unit_id=d.get("lead_unit_id"),
            cooperating_unit_ids=list(d.get("cooperating_unit_ids") or []),
            deadline=date.fromisoformat(d["deadline"]) if d.get("deadline") else None,
            ongoing=bool(d.get("ongoing")),
            deadline_text=d.get("deadline_text") or "",
            decision=str(d.get("decision") or ""),
            existing_id=d.get("existing_id"),
            decided_for=str(d.get("decided_for") or ""),
        )


class IssuingService:
    def __init__(self, store: Store):
        self._store = store

    # -- drafts --------------------------------------------------------------------------------------
    def draft_notice(
        self, meeting_id: int, signer: m.Signer | None = None, include_speeches: bool = False
    ) -> m.StoredDocument:
        """Create a draft conclusion notice prefilled from the meeting and its minutes; the reports and
        speeches are pasted verbatim only with ``include_speeches`` (a notice summarises them)."""
        from secretary_app.services.review import add_review  # it reads the board, which reads documents

        meeting = self._store.meeting(meeting_id)
        content = notice_from_meeting(meeting, self._profile(), signer, include_speeches=include_speeches)
        add_review(self._store, meeting, content, date.today())  # "Tình hình thực hiện kết luận kỳ trước"
        return self._new_draft(m.DocumentKind.NOTICE, content, meeting)

    def draft_minutes(self, meeting_id: int) -> m.StoredDocument:
        meeting = self._store.meeting(meeting_id)
        return self._new_draft(
            m.DocumentKind.MINUTES, minutes_from_meeting(meeting, self._profile()), meeting
        )

    def draft_kind(
        self, kind: m.DocumentKind | str, meeting_id: int | None = None, signer: m.Signer | None = None
    ) -> m.StoredDocument:
        """A draft of one of the kinds of issue 14 (giấy mời, chương trình, nghị quyết, kết luận, quyết định,
        kế hoạch, tờ trình): from the meeting for those a meeting drafts, else from the kind's template
        (services/drafting_kinds.py). Numbered, registered and archived as a notice is."""
        from secretary_app.services.drafting_kinds import draft_content

        meeting = self._store.meeting(meeting_id) if meeting_id is not None else None
        content = draft_content(kind, self._profile(), meeting, signer)
        return self._new_draft(m.DocumentKind(kind), content, meeting)

    def _new_draft(self, kind: m.DocumentKind, content: dict, meeting: m.Meeting | None) -> m.StoredDocument:
        document = m.StoredDocument(
            kind=kind,
            standard=m.Standard(content["standard"]),
            type_code=content["type_code"],
            subject=" ".join(content.get("subject", "").split()),
            doc_date=date.fromisoformat(content["date"]) if content.get("date") else None,
            signer_name=content["signature"].get("name", ""),
            meeting_id=meeting.id if meeting is not None else None,
            content=content,
        )
        normalise_record(document)
        self._store.save_document(document)
        self._store.changed(Change.DOCUMENTS)
        return document

    def save_draft(self, document: m.StoredDocument) -> m.StoredDocument:
        """Save an edited draft; the document's fields follow its content. Issued documents are locked."""
        stored = self._store.document(document.id) if document.id is not None else None
        if stored is not None and stored.status == m.DocumentStatus.ISSUED:
            raise ReadOnlyRecordError(
                "Văn bản đã ban hành thì không sửa được. Hãy tạo bản đính chính (phiên bản mới)."
            )
        content = document.content
        document.subject = " ".join(content.get("subject", "").split())
        document.type_code = content.get("type_code", document.type_code)
        document.signer_name = (content.get("signature") or {}).get("name", "")
        document.doc_date = date.fromisoformat(content["date"]) if content.get("date") else None
        document.secrecy = ((content.get("marks") or {}).get("secrecy")) or ""
        document.urgency = ((content.get("marks") or {}).get("urgency")) or ""
        document.status = m.DocumentStatus.DRAFT  # only issue() issues
        document.number = None
        normalise_record(document)
        self._store.save_document(document)
        self._store.changed(Change.DOCUMENTS)
        return document

    def set_directive_plan(self, document: m.StoredDocument, item_ref: str, plan: DirectivePlan) -> None:
        """Record lead unit, cooperating units and deadline for one conclusion item of a draft notice (and a
        decision on an earlier task, taken on the item's words as they stand)."""
        if plan.decision and not plan.decided_for:
            words = [b.text for _heading, b in self.conclusion_items(document) if b.ref == item_ref]
            plan = replace(plan, decided_for=words[0] if words else "")
        document.content.setdefault("meta", {}).setdefault("directives", {})[item_ref] = plan.to_dict()

    @staticmethod
    def directive_plan(document: m.StoredDocument, item_ref: str) -> DirectivePlan:
        plans = document.content.get("meta", {}).get("directives", {})
        return DirectivePlan.from_dict(plans.get(item_ref, {}))

    # -- issuing -------------------------------------------------------------------------------------
    def issue(self, document_id: int, on_date: date | None = None) -> m.StoredDocument:
        """Take the next number and issue the document; a notice's conclusion items become directives.

        Raises ValidationError (nothing written) when the document is not complete, ReadOnlyRecordError when
        it was issued already.
        """
        with self._store.transaction():
            document = self._store.document(document_id)
            if document.status == m.DocumentStatus.ISSUED:
                raise ReadOnlyRecordError(
                    f"Văn bản này đã được cấp số {self.symbol(document)}; không cấp số lần thứ hai."
                )
            profile = self._profile()
            doc_date = document.doc_date or on_date or date.today()
            content = json.loads(
                json.dumps(document.content)
            )  # a private copy: a failed issue changes nothing
            content.update(date=doc_date.isoformat(), draft=False)
            content.pop("draft_label", None)
            try:
                parsed = document_from_dict({**content, "number": 1})
            except DocumentError as exc:
                raise ValidationError([FieldError(exc.key, exc.message)]) from exc
            plans = self._checked_plans(document, parsed, doc_date)
            number = self._next_number(document, doc_date, profile)
            content["number"] = number
            document.content = content
            document.number = number
            document.doc_date = doc_date
            document.status = m.DocumentStatus.ISSUED
            document.issued_at = datetime.now().replace(microsecond=0)
            self._store.save_document(document)
            self._store.audit("issue", "documents", document.uuid, f"Số {self.symbol(document)}")
            self._record_issued_files(document)
            self._create_directives(document, plans)
        self._store.changed(Change.DOCUMENTS, Change.DIRECTIVES)
        return document

    def register_issued(self, document: m.StoredDocument) -> m.StoredDocument:
        """Enter a document issued before the app was used (its number, date and content as issued), e.g.
        the notices of earlier meetings. Insert only: a number already taken in its sequence is refused."""
        if document.id is not None:
            raise ReadOnlyRecordError("Văn bản đã có trong sổ; văn bản đã ban hành không sửa được.")
        if document.status != m.DocumentStatus.ISSUED or document.number is None or document.doc_date is None:
            raise RuleError("Văn bản nhập vào sổ phải có số và ngày ban hành.")
        profile = self._profile()
        scope = numbering_scope(document.standard, document.type_code, document.doc_date, profile.term_start)
        with self._store.transaction():
            if self._store.issued_number_taken(
                scope.start.isoformat(), scope.end.isoformat(), scope.type_code, document.number
            ):
                raise RuleError(f"Số {self.symbol(document)} đã được cấp cho một văn bản khác.")
            document.issued_at = document.issued_at or datetime.now().replace(microsecond=0)
            normalise_record(document)
            self._store.save_document(document)
            self._store.audit("issue", "documents", document.uuid, f"Số {self.symbol(document)} (nhập sổ)")
            self._record_issued_files(document)
        self._store.changed(Change.DOCUMENTS)
        return document

    def _record_issued_files(self, document: m.StoredDocument) -> None:
        """The SHA-256 of the files the document is issued as (PDF/A-2b and plain PDF), in the issuing
        transaction: ``verify`` recognises them later. A document that cannot be laid out is still issued (its
        print shows the problem), without hashes."""
        from secretary_app.services.render import issued_files as render_issued

        try:
            files = render_issued(document_from_dict(document.content))
        except DocumentError:
            return
        digests = {fmt: (hashlib.sha256(data).hexdigest(), len(data)) for fmt, data in files.items()}
        issued_files.record(self._store, m.stored_id(document), digests)

    def issued_files_matching(self, sha256: str) -> list[tuple[m.StoredDocument, str]]:
        """(document, "pdfa" | "pdf") of every issued file whose SHA-256 is ``sha256``."""
        return [(self._store.document(i), fmt) for i, fmt in issued_files.find(self._store, sha256)]

    def _create_directives(self, document: m.StoredDocument, plans: list) -> None:
        """A task per conclusion item, but none twice: an item that is an earlier task of the same meeting
        again creates nothing, one that revises it replaces it (services/supplements.py)."""
        decisions = self._decisions(document, [(text, plan) for _heading, text, plan, _ref in plans])
        symbol = self.symbol(document)
        steps = zip(plans, decisions, strict=True)
        for order, ((heading, text, plan, ref), (decision, existing_id)) in enumerate(steps):
            if decision == Decision.SAME:
                continue
            directive = m.Directive(
                content=text,
                heading=heading,
                document_id=document.id,
                meeting_id=document.meeting_id,
                lead_unit_id=plan.lead_unit_id,
                cooperating_unit_ids=plan.cooperating_unit_ids,
                deadline=None if plan.ongoing else plan.deadline,
                ongoing=plan.ongoing,
                deadline_text="Thường xuyên" if plan.ongoing else plan.deadline_text,
                order=order,
                source_item=source_item(ref, order),
            )
            self._store.save_directive(directive)
            if decision == Decision.REPLACES and existing_id is not None:
                replaced = self._store.directive(existing_id)
                replaced.status = m.DirectiveStatus.CANCELLED
                replaced.replaced_by_id = directive.id
                replaced.cancel_reason = (
                    f"Được thay thế bởi nhiệm vụ #{directive.id} theo Thông báo số {symbol}"
                )
                self._store.save_directive(replaced)
                self._store.audit("replace", "directives", replaced.uuid, replaced.cancel_reason)

    def _decisions(self, document: m.StoredDocument, items: list) -> list[tuple[Decision, int | None]]:
        """(decision, earlier task) per (text, plan): the secretary's where given, else the proposal."""
        earlier = self.earlier_tasks(document)
        proposals = match_items([text for text, _plan in items], earlier)
        known = {d.id: d for d in earlier}
        result = []
        for (text, plan), proposal in zip(items, proposals, strict=True):
            decided = bool(plan.decision) and same_words(plan.decided_for, text)
            decision = Decision(plan.decision) if decided else proposal.decision
            existing = plan.existing_id if decided else proposal.directive_id
            if decision in (Decision.SAME, Decision.REPLACES) and existing not in known:
                decision, existing = Decision.NEW, None  # the task is gone or not of this meeting: make it
            result.append((decision, existing))
        return result

    def earlier_tasks(self, document: m.StoredDocument) -> list[m.Directive]:
        """The tasks the other issued notices of the document's meeting created (cancelled ones too: the
        same words are not a new task — services/supplements.py)."""
        if document.kind != m.DocumentKind.NOTICE or document.meeting_id is None:
            return []
        issued = q.meeting_documents(
            self._store, document.meeting_id, m.DocumentKind.NOTICE, m.DocumentStatus.ISSUED
        )
        ids = [d.id for d in issued if d.id is not None and d.id != document.id]
        return dq.directives_from_documents(self._store, ids)

    def item_matches(self, document: m.StoredDocument) -> list[tuple[BodyBlock, Match]]:
        """What issuing a draft would do with each conclusion item against the meeting's earlier tasks (the
        composer shows it: "đã có", "thay thế nhiệm vụ …", "mới")."""
        items = [block for _heading, block in self.conclusion_items(document)]
        proposals = match_items([b.text for b in items], self.earlier_tasks(document))
        return list(zip(items, proposals, strict=True))

    def draft_supplement(self, meeting_id: int, signer: m.Signer | None = None) -> m.StoredDocument:
        """A draft supplementary / correcting notice (thông báo bổ sung, điều chỉnh) for a meeting that has
        an issued notice, composed from the minutes as they are now. Issuing it makes only what is new
        (:meth:`item_matches`): an earlier task again makes nothing, a revision replaces the task. An item
        matched to an earlier task starts with that task's unit and deadline."""
        meeting = self._store.meeting(meeting_id)
        issued = q.meeting_documents(self._store, meeting_id, m.DocumentKind.NOTICE, m.DocumentStatus.ISSUED)
        if not issued:
            raise RuleError("Cuộc họp chưa có thông báo kết luận đã ban hành: hãy soạn thông báo kết luận.")
        content = notice_from_meeting(meeting, self._profile(), signer)
        first = min(issued, key=lambda d: (d.issued_at or datetime.min, m.stored_id(d)))
        dated = f" ngày {vn_date_short(first.doc_date)}" if first.doc_date else ""
        content["subject"] = f"Bổ sung, điều chỉnh Thông báo số {self.symbol(first)}{dated}"
        # Made now, after the notice it supplements, not on the meeting's day (the walkthrough's draft for the
        # 2021 demo meeting offered to issue 240-TB/ĐU dated 12/10/2021, the day of 239 itself).
        content["date"] = max(date.today(), first.doc_date or date.min).isoformat()
        content.setdefault("meta", {})["supplements"] = [m.stored_id(d) for d in issued]
        draft = self._new_draft(m.DocumentKind.NOTICE, content, meeting)
        known = {d.id: d for d in self.earlier_tasks(draft)}
        for block, match in self.item_matches(draft):
            if not block.ref or match.directive_id is None:
                continue
            task = known[match.directive_id]  # its unit and deadline, for the item as it is, or revised
            plan = DirectivePlan(
                lead_unit_id=task.lead_unit_id,
                cooperating_unit_ids=list(task.cooperating_unit_ids),
                deadline=task.deadline,
                ongoing=task.ongoing,
                deadline_text=task.deadline_text,
            )
            self.set_directive_plan(draft, block.ref, plan)
        return self.save_draft(draft)

    def next_number(self, document: m.StoredDocument, on_date: date | None = None) -> int:
        """The number :meth:`issue` would take now — a read-only preview for the confirmation; the real
        number is taken inside issue's write transaction and may be higher if someone issues meanwhile."""
        doc_date = document.doc_date or on_date or date.today()
        return self._next_number(document, doc_date, self._profile())

    def _next_number(self, document: m.StoredDocument, doc_date: date, profile: m.OrganisationProfile) -> int:
        scope = numbering_scope(document.standard, document.type_code, doc_date, profile.term_start)
        return (
            self._store.max_issued_number(scope.start.isoformat(), scope.end.isoformat(), scope.type_code) + 1
        )

    def _checked_plans(self, document: m.StoredDocument, parsed, doc_date: date) -> list:
        if document.kind != m.DocumentKind.NOTICE:
            return []
        meeting_date = self.meeting_date(document) or doc_date
        plans, errors = [], []
        for heading, blocks in group_conclusions(parsed.body):
            for block in blocks:
                plan = self.directive_plan(document, block.ref) if block.ref else DirectivePlan()
                problem = _deadline_problem(block, plan, meeting_date)
                if problem is not None:
                    errors.append(problem)
                plans.append((heading.rstrip(":").strip(), block.text, plan, block.ref))
        if errors:
            raise ValidationError(errors)
        return plans

    # -- what the composer shows while a draft is edited -----------------------------------------------
    def meeting_date(self, document: m.StoredDocument) -> date | None:
        """The day of the meeting the document came from; None without one (or when it is gone)."""
        if document.meeting_id is None:
            return None
        start = q.meeting_start(self._store, document.meeting_id)
        return start.date() if start else None

    def notice_draft_for(self, meeting_id: int) -> m.StoredDocument | None:
        """The meeting's draft conclusion notice saved last, if it has one ("Soạn thông báo" offers it)."""
        drafts = q.meeting_documents(self._store, meeting_id, m.DocumentKind.NOTICE, m.DocumentStatus.DRAFT)
        return drafts[0] if drafts else None

    def issued_notices_for(self, meeting_id: int) -> list[m.StoredDocument]:
        """The meeting's issued conclusion notices (composing again warns about them: issue 12)."""
        return q.meeting_documents(self._store, meeting_id, m.DocumentKind.NOTICE, m.DocumentStatus.ISSUED)

    def directives_created_by(self, document_id: int) -> list[m.Directive]:
        """The directives issuing this document created, in the notice's order."""
        return q.document_directives(self._store, document_id)

    @staticmethod
    def conclusion_items(document: m.StoredDocument) -> list[tuple[str, BodyBlock]]:
        """(group heading, item) of every conclusion item of a draft, read from its content as it stands —
        also when the draft is not complete enough to print yet."""
        blocks = [
            BodyBlock(type=str(b.get("type", "")), text=str(b.get("text", "")), ref=str(b.get("ref", "")))
            for b in document.content.get("body") or []
            if isinstance(b, dict)
        ]
        return [(heading, block) for heading, items in group_conclusions(blocks) for block in items]

    def plan_problems(self, document: m.StoredDocument) -> list[FieldError]:
        """The directive plans issuing would refuse now (a deadline before the meeting), one FieldError each,
        with the same message ``issue`` gives — so the composer flags them while the secretary types."""
        meeting_date = self.meeting_date(document) or document.doc_date
        if document.kind != m.DocumentKind.NOTICE or meeting_date is None:
            return []
        problems = []
        for _heading, block in self.conclusion_items(document):
            problem = _deadline_problem(block, self.directive_plan(document, block.ref), meeting_date)
            if problem is not None:
                problems.append(problem)
        return problems

    def new_version(self, document_id: int) -> m.StoredDocument:
        """A correction of an issued document: a new draft that supersedes it (the original stays)."""
        with self._store.transaction():
            original = self._store.document(document_id)
            content = json.loads(json.dumps(original.content))
            content.update(number=None, draft=True)
            correction = m.StoredDocument(
                kind=original.kind,
                standard=original.standard,
                type_code=original.type_code,
                subject=original.subject,
                doc_date=None,
                signer_name=original.signer_name,
                meeting_id=original.meeting_id,
                secrecy=original.secrecy,
                urgency=original.urgency,
                content={**content, "date": None},
                version=original.version + 1,
                supersedes_id=original.id,
            )
            self._store.save_document(correction)
            self._store.audit("correct", "documents", original.uuid, f"phiên bản {correction.version}")
        self._store.changed(Change.DOCUMENTS)
        return correction

    # -- register ------------------------------------------------------------------------------------
    def register(self, year: int | None = None) -> list[m.StoredDocument]:
        """The outgoing register (sổ văn bản đi): issued documents, oldest first."""
        issued = [d for d in self._store.documents() if d.status == m.DocumentStatus.ISSUED]
        if year is not None:
            issued = [d for d in issued if d.doc_date and d.doc_date.year == year]
        return sorted(issued, key=lambda d: (d.issued_at or datetime.min, d.id))

    def symbol(self, document: m.StoredDocument, number: int | None = None) -> str:
        """The document's "số, ký hiệu" (domain.numbering.symbol_of: the code printed on it wins over today's
        profile); ``number`` previews the symbol the document would print with that number."""
        profile = self._store.organisation()
        return symbol_of(document, profile.code if profile else "", number)

    def _profile(self) -> m.OrganisationProfile:
        profile = self._store.organisation()
        if profile is None:
            raise ValidationError([FieldError("organisation", "Chưa khai báo thông tin cơ quan (Cài đặt).")])
        return profile


def _deadline_problem(block: BodyBlock, plan: DirectivePlan, meeting_date: date) -> FieldError | None:
    """The rule: a dated task cannot fall due before the meeting that set it (a standing task has no date)."""
    if plan.deadline is None or plan.ongoing or plan.deadline >= meeting_date:
        return None
    text = block.text if len(block.text) <= 60 else block.text[:60] + "…"
    return FieldError(
        f"directives[{block.ref}]",
        f"Hạn {vn_date_short(plan.deadline)} của nhiệm vụ “{text}” trước ngày họp "
        f"{vn_date_short(meeting_date)}.",
    )
