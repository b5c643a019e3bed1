"""The incoming register (sổ văn bản đến, ``ctx.incoming``): registering what arrives with its file, the
tasks it brings becoming tracked directives linked to it, and the report back drafted from them. No Qt.

Rules kept here and nowhere else:

* A received document gets the next number of its year (of the day it was received); a number is never given
  twice, even after the record went to the recycle bin (db/incoming.py ``take_number``). Editing a record
  never changes its number or its files.
* Registering a document with its file is one transaction: a refused file (services/file_checks.py) leaves
  no record behind, and a record is never stored without the file it was registered with.
* Deleting moves the record to the recycle bin; its tasks keep their history and are unlinked (restoring
  links them again), its files stay kept under its UUID.
* Every operation raises ValidationError / RuleError / FileRefusedError with nothing written, and publishes
  ``Change.INCOMING`` (and ``Change.DIRECTIVES`` / ``Change.DOCUMENTS`` for what it made) once committed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from secretary_app.db import incoming as q
from secretary_app.db.recycle_bin import INCOMING as BIN_KIND
from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.deadline_words import DeadlineKind, DeadlineSuggestion, read_deadline
from secretary_app.domain.errors import RuleError
from secretary_app.domain.incoming import (
    TYPE_BY_CODE,
    FileRole,
    IncomingDocument,
    StoredFile,
    validate_incoming,
)
from secretary_app.domain.text import clean_line, fold, normalise_record
from secretary_app.domain.validation import FieldError, ValidationError
from secretary_app.services.directives import DirectiveService
from secretary_app.services.stored_files import INCOMING as FILE_OWNER
from secretary_app.services.stored_files import FileService, read_file


@dataclass
class TaskDraft:
    """A task proposed from a received document, as the secretary confirms it (edited, unit picked)."""

    text: str
    lead_unit_id: int | None = None
    cooperating_unit_ids: list[int] = field(default_factory=list)
    deadline: date | None = None
    ongoing: bool = False
    deadline_words: str = ""  # as the document wrote it ("Quý I/2027")
    heading: str = ""
    source_line: str = ""  # where in the document it was read (a line number or the line itself)
    lead_unit_text: str = ""  # the lead unit as the document named it (shown when no unit matched)


@dataclass
class Proposal:
    """What reading a received file proposes: the register fields and the tasks (all may be empty)."""

    document: IncomingDocument
    tasks: list[TaskDraft]
    note: str = ""  # why nothing could be read (no text layer, an image), for the secretary


def _unit_matcher(units: Sequence[m.Unit]) -> Callable[[str], int | None]:
    """The id of the unit a document names ("Ban Tuyên giáo", "Văn phòng"), matched on folded names."""
    by_name: dict[str, int] = {}
    for unit in units:
        if unit.id is None:
            continue
        for name in (unit.name, unit.short_name):
            if name.strip():
                by_name.setdefault(fold(name).strip(), unit.id)

    def match(text: str) -> int | None:
        key = fold(text).strip()
        if not key:
            return None
        if key in by_name:
            return by_name[key]
        hits = {uid for name, uid in by_name.items() if len(name) > 3 and (name in key or key in name)}
        return hits.pop() if len(hits) == 1 else None

    return match


def _suggestion(task: object, doc_date: date) -> DeadlineSuggestion:
    for name in ("deadline", "deadline_suggestion", "suggestion"):
        value = getattr(task, name, None)
        if isinstance(value, DeadlineSuggestion):
            return value
    return read_deadline(str(getattr(task, "text", "")), doc_date)


def _line_ref(value: object) -> str:
    """Where the task was read: "dòng 12" for the reader's line number, else the text it gave."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"dòng {value}" if value > 0 else ""
    return clean_line(str(value or ""))


def task_drafts(tasks: Sequence[object], units: Sequence[m.Unit], doc_date: date) -> list[TaskDraft]:
    """Proposed tasks (incoming_extraction.ProposedTask) as drafts: units matched, deadlines suggested."""
    match = _unit_matcher(units)
    drafts = []
    for task in tasks:
        text = clean_line(str(getattr(task, "text", "")))
        if not text:
            continue
        lead = str(getattr(task, "lead_unit", "") or "")
        cooperating = [match(str(u)) for u in getattr(task, "cooperating_units", None) or []]
        suggestion = _suggestion(task, doc_date)
        drafts.append(
            TaskDraft(
                text=text,
                lead_unit_id=match(lead),
                cooperating_unit_ids=[u for u in cooperating if u is not None],
                deadline=suggestion.deadline,
                ongoing=suggestion.kind == DeadlineKind.ONGOING,
                deadline_words=suggestion.words,
                heading=clean_line(str(getattr(task, "heading", "") or "")),
                source_line=_line_ref(getattr(task, "source_line", "")),
                lead_unit_text=lead,
            )
        )
    return drafts


def read_proposal(path: Path | str, units: Sequence[m.Unit], received_on: date) -> Proposal:
    """Read a received file (services/incoming_extraction.py) into a proposal; an empty one when the file
    has no readable text, or when the reader is not installed."""
    document = IncomingDocument(received_on=received_on, sender="", summary="")
    try:  # (by name: the reader is another module's job, landed on its own)
        incoming_extraction = importlib.import_module("secretary_app.services.incoming_extraction")
    except ImportError:  # the reader ships separately; registering by hand still works
        return Proposal(document, [], "Chưa có bộ đọc văn bản: hãy nhập các trường bằng tay.")
    try:
        found = incoming_extraction.propose(Path(path))
    except Exception as exc:  # a reader's failure must never stop the registering by hand  # noqa: BLE001
        why = getattr(exc, "message", None) or str(exc)[:120]  # UnreadableDocumentError says it in Vietnamese
        return Proposal(document, [], f"Không đọc được nội dung tệp ({why}): hãy nhập bằng tay.")
    code = clean_line(getattr(found, "kind_code", "") or "")
    document.sender = clean_line(getattr(found, "sender", "") or "")
    document.symbol = clean_line(getattr(found, "symbol", "") or "")
    document.doc_date = getattr(found, "issued_on", None)
    if document.doc_date is not None and document.doc_date > received_on:
        document.doc_date = None  # a date read wrongly: better none than one the register refuses
    document.type_name = TYPE_BY_CODE.get(code, TYPE_BY_CODE.get(code.upper(), ""))
    document.summary = clean_line(getattr(found, "summary", "") or "")
    tasks = task_drafts(getattr(found, "tasks", None) or [], units, document.doc_date or received_on)
    return Proposal(document, tasks)


class IncomingService:
    def __init__(self, store: Store, clock: Callable[[], date] = date.today):
        self._store = store
        self._clock = clock
        self._files = FileService(store)
        self._directives = DirectiveService(store, clock)

    # -- reading ------------------------------------------------------------------------------------------
    def get(self, incoming_id: int) -> IncomingDocument:
        return q.get(self._store, incoming_id)

    def entries(self, year: int | None = None) -> list[IncomingDocument]:
        """The register, newest number first (one year when given)."""
        return q.listing(self._store, year)

    def years(self) -> list[int]:
        return q.years(self._store)

    def files(self, incoming_id: int) -> list[StoredFile]:
        return self._files.files_of(FILE_OWNER, self.get(incoming_id).uuid)

    def tasks(self, incoming_id: int) -> list[m.Directive]:
        return q.directives_of(self._store, incoming_id)

    def task_counts(self) -> dict[int, int]:
        """{incoming id: number of tracked tasks it brought}."""
        return q.task_counts(self._store)

    def to_handle(self, until: date, limit: int = 8) -> list[IncomingDocument]:
        """Not handled yet, handling deadline on or before ``until`` (the home screen), nearest first."""
        return q.to_handle(self._store, until, limit)

    def answering(self, document_id: int) -> list[IncomingDocument]:
        """The received documents a drafted or issued report answers (the outgoing side of the link)."""
        return q.linked_to_report(self._store, document_id)

    def resolve(self, ref: str) -> int:
        """The id of the record ``ref`` names: "12/2026" (number/year), "12" (this year's), "#id" or a
        symbol ("445-KL/TU"). Raises RuleError with a Vietnamese message."""
        text = clean_line(ref)
        found: IncomingDocument | None = None
        records = self.entries()
        if text.startswith("#") and text[1:].isdigit():
            found = next((d for d in records if d.id == int(text[1:])), None)
        elif "/" in text and text.replace("/", "").isdigit():
            number, year = (int(x) for x in text.split("/", 1))
            found = next((d for d in records if d.number == number and d.year == year), None)
        elif text.isdigit():
            year = self._clock().year
            found = next((d for d in records if d.number == int(text) and d.year == year), None)
        else:
            matches = [d for d in records if fold(d.symbol) == fold(text)]
            found = matches[0] if len(matches) == 1 else None
        if found is None or found.id is None:
            raise RuleError(f"Không có văn bản đến “{ref}” (nhập số đến như 12/2026, hoặc số ký hiệu).")
        return found.id

    def propose(self, path: Path | str, received_on: date | None = None) -> Proposal:
        """What the file says (sender, symbol, date, trích yếu, tasks), for the secretary to confirm."""
        return read_proposal(path, self._store.units(), received_on or self._clock())

    # -- writing ------------------------------------------------------------------------------------------
    def _checked(self, document: IncomingDocument) -> IncomingDocument:
        normalise_record(document)
        for name in ("sender", "symbol", "type_name", "handler", "summary"):
            setattr(document, name, clean_line(getattr(document, name)))
        errors = validate_incoming(document)
        if errors:
            raise ValidationError(errors)
        return document

    def register(
        self,
        document: IncomingDocument,
        files: Sequence[Path | str | tuple[str, bytes]] = (),
        tasks: Sequence[TaskDraft] = (),
    ) -> IncomingDocument:
        """Number and store a received document with its files (the first is its original) and, when given,
        the tasks it brings as tracked directives: all in one transaction."""
        if document.id is not None:
            raise RuleError("Văn bản này đã vào sổ.")
        self._checked(document)
        contents = [(Path(f).name, read_file(f)) if not isinstance(f, tuple) else f for f in files]
        with self._store.transaction():
            document.year = document.received_on.year
            document.number = q.take_number(self._store, document.year)
            self._store.save(q.INCOMING, document)
            for i, (name, data) in enumerate(contents):
                role = FileRole.ORIGINAL if i == 0 else FileRole.ATTACHMENT
                self._files.attach_in_transaction(FILE_OWNER, document.uuid, role, name, data)
            if tasks:
                self.confirm_tasks(m.stored_id(document), tasks)
            self._store.changed(Change.INCOMING)
        return document

    def update(self, document: IncomingDocument) -> IncomingDocument:
        """Save edited register fields; the number, year and files stay as they were."""
        if document.id is None:
            raise RuleError("Văn bản chưa vào sổ: hãy vào sổ trước.")
        with self._store.transaction():
            stored = self.get(document.id)
            if document.received_on.year != stored.year:
                raise ValidationError(
                    [
                        FieldError(
                            "received_on", f"Văn bản đã vào sổ năm {stored.year}: ngày đến phải trong năm đó."
                        )
                    ]
                )
            document.year, document.number = stored.year, stored.number
            document.report_document_id = stored.report_document_id
            self._store.save(q.INCOMING, self._checked(document))
        self._store.changed(Change.INCOMING)
        return document

    def attach(self, incoming_id: int, path: Path | str) -> StoredFile:
        document = self.get(incoming_id)
        role = FileRole.ORIGINAL if not self.files(incoming_id) else FileRole.ATTACHMENT
        return self._files.attach(FILE_OWNER, document.uuid, role, Path(path).name, read_file(path))

    def set_handled(self, incoming_id: int, on: date | None) -> IncomingDocument:
        """Mark it dealt with on ``on`` (None: still to handle again)."""
        document = self.get(incoming_id)
        document.handled_on = on
        self._store.save(q.INCOMING, document)
        self._store.changed(Change.INCOMING)
        return self.get(incoming_id)

    def delete(self, incoming_id: int) -> int:
        """Move to the recycle bin (its tasks are unlinked, its files kept); returns the bin id."""
        with self._store.transaction():
            document = self.get(incoming_id)
            title = (
                f"Văn bản đến số {document.number}/{document.year} — {document.symbol or document.summary}"
            )
            bin_id = self._store.move_to_bin(BIN_KIND, incoming_id, title[:300])
        self._store.changed(Change.INCOMING, Change.DIRECTIVES, Change.RECYCLE_BIN)
        return bin_id

    def confirm_tasks(self, incoming_id: int, drafts: Sequence[TaskDraft]) -> list[m.Directive]:
        """The confirmed tasks become tracked directives linked to the document (all or none)."""
        document = self.get(incoming_id)
        errors = [
            FieldError(f"tasks[{i}]", f"Nhiệm vụ thứ {i + 1} chưa có nội dung.")
            for i, d in enumerate(drafts)
            if not clean_line(d.text)
        ]
        if errors:
            raise ValidationError(errors)
        first = len(self.tasks(incoming_id))
        directives = [
            m.Directive(
                content=clean_line(d.text),
                heading=clean_line(d.heading),
                lead_unit_id=d.lead_unit_id,
                cooperating_unit_ids=[
                    u for u in dict.fromkeys(d.cooperating_unit_ids) if u != d.lead_unit_id
                ],
                deadline=None if d.ongoing else d.deadline,
                ongoing=d.ongoing,
                deadline_text=clean_line(d.deadline_words),
                order=first + i,
                source_item=clean_line(d.source_line)[:200] or f"#{first + i + 1}",
                incoming_id=incoming_id,
            )
            for i, d in enumerate(drafts)
        ]
        label = f"Giao từ văn bản đến số {document.number}/{document.year}"
        label += f" ({document.symbol})" if document.symbol else ""
        with self._store.transaction():  # one notification: the tasks and the register's record
            self._directives.save_audited(directives, "create", label)
            self._store.changed(Change.INCOMING)
        return directives

    def link_report(self, incoming_id: int, document_id: int | None) -> None:
        document = self.get(incoming_id)
        document.report_document_id = document_id
        self._store.save(q.INCOMING, document)
        self._store.changed(Change.INCOMING, Change.DOCUMENTS)

    def draft_report(self, incoming_id: int, today: date | None = None) -> m.StoredDocument:
        """Draft the báo cáo kết quả thực hiện answering the document, from its tasks' statuses and progress
        notes; linked both ways (the register's record points at it, its content names the record)."""
        from secretary_app.services.incoming_report import report_content

        day = today or self._clock()
        document = self.get(incoming_id)
        tasks = self.tasks(incoming_id)
        if not tasks:
            raise RuleError(
                "Văn bản đến này chưa có nhiệm vụ nào được theo dõi: hãy xác nhận nhiệm vụ trước."
            )
        units = {u.id: u.name for u in self._store.units()}
        content = report_content(self._store.organisation(), document, tasks, units, day)
        draft = m.StoredDocument(
            kind=m.DocumentKind.REPORT,
            standard=m.Standard(content["standard"]),
            type_code=content["type_code"],
            subject=content["subject"],
            doc_date=day,
            signer_name=content["signature"].get("name", ""),
            content=content,
        )
        normalise_record(draft)
        with self._store.transaction():
            self._store.save_document(draft)
            document.report_document_id = draft.id
            self._store.save(q.INCOMING, document)
        self._store.changed(Change.DOCUMENTS, Change.INCOMING)
        return draft
