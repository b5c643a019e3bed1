"""From a draft to an issued, numbered document, and the directives a notice creates.

"Cấp số" takes the next number of the document's sequence (domain.numbering) inside one write
transaction that holds SQLite's write lock from its first read (BEGIN IMMEDIATE), so two windows — or two
PCs on a shared folder — can never take the same number. An issued document is locked: a correction is a
new draft version that points at the original, and every step is in the audit log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from secretary_app.db import document_queries as q
from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.document import BodyBlock, DocumentError, document_from_dict, group_conclusions
from secretary_app.domain.errors import ReadOnlyRecordError, RuleError
from secretary_app.domain.numbering import numbering_scope, symbol_of
from secretary_app.domain.text import normalise_record, vn_date_short
from secretary_app.domain.validation import FieldError, ValidationError
from secretary_app.services.drafting import minutes_from_meeting, notice_from_meeting


@dataclass
class DirectivePlan:
    """What the secretary set for one conclusion item before issuing (stored in the draft's meta)."""

    lead_unit_id: int | None = None
    cooperating_unit_ids: list[int] = field(default_factory=list)
    deadline: date | None = None
    ongoing: bool = False
    deadline_text: str = ""

    def to_dict(self) -> dict:
        return {
            "lead_unit_id": self.lead_unit_id,
            "cooperating_unit_ids": self.cooperating_unit_ids,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "ongoing": self.ongoing,
            "deadline_text": self.deadline_text,
        }

    @classmethod
    def from_dict(cls, d: dict) -> DirectivePlan:
        return cls(
            lead_unit_id=d.get("lead_unit_id"),
            cooperating_unit_ids=list(d.get("cooperating_unit_ids") or []),
            deadline=date.fromisoformat(d["deadline"]) if d.get("deadline") else None,
            ongoing=bool(d.get("ongoing")),
            deadline_text=d.get("deadline_text") or "",
        )


class IssuingService:
    def __init__(self, store: Store):
        self._store = store

    # -- drafts --------------------------------------------------------------------------------------
    def draft_notice(self, meeting_id: int, signer: m.Signer | None = None) -> m.StoredDocument:
        """Create a draft conclusion notice prefilled from the meeting and its minutes."""
        meeting = self._store.meeting(meeting_id)
        return self._new_draft(
            m.DocumentKind.NOTICE, notice_from_meeting(meeting, self._profile(), signer), meeting
        )

    def draft_minutes(self, meeting_id: int) -> m.StoredDocument:
        meeting = self._store.meeting(meeting_id)
        return self._new_draft(
            m.DocumentKind.MINUTES, minutes_from_meeting(meeting, self._profile()), meeting
        )

    def _new_draft(self, kind: m.DocumentKind, content: dict, meeting: m.Meeting) -> m.StoredDocument:
        document = m.StoredDocument(
            kind=kind,
            standard=m.Standard(content["standard"]),
            type_code=content["type_code"],
            subject=" ".join(content.get("subject", "").split()),
            doc_date=date.fromisoformat(content["date"]) if content.get("date") else None,
            signer_name=content["signature"].get("name", ""),
            meeting_id=meeting.id,
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
        """Record lead unit, cooperating units and deadline for one conclusion item of a draft notice."""
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
            for order, (heading, text, plan) in enumerate(plans):
                self._store.save_directive(
                    m.Directive(
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
                    )
                )
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
        self._store.changed(Change.DOCUMENTS)
        return document

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
                plans.append((heading.rstrip(":").strip(), block.text, plan))
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
