"""Print batches: several records printed as ONE job — every document of a meeting, a year's minutes, the
documents of the outgoing register. The GUI (gui/print_batches) and ``secretary-app print-batch`` take
a :class:`PrintBatch` from here and hand it to the one print path (gui/shared/printing.py, print_job.py).

The records are read as the year archive reads them (services/archive.collect_records): issued documents as
they were issued, the minutes of a meeting as its issued minutes document or, before that, drafted from the
meeting as stored. Drafts of other documents are not records and are not printed in a batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from secretary_app.domain.document import Document, DocumentError
from secretary_app.domain.errors import RuleError
from secretary_app.domain.numbering import symbol_of
from secretary_app.domain.text import vn_date_short
from secretary_app.services.archive import ArchiveError, check_year, collect_records
from secretary_app.services.render import as_document

MAX_TITLE = 120


@dataclass
class PrintBatch:
    """What one batch print job holds: its queue name and the documents in printing order."""

    title: str
    documents: list[Document] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # one per document, for the progress and the CLI

    def __len__(self) -> int:
        return len(self.documents)


class BatchError(RuleError):
    """A batch cannot be made (a damaged record, an impossible year); ``message`` is Vietnamese."""


def _title(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TITLE else text[: MAX_TITLE - 1] + "…"


def _batch(title: str, items) -> PrintBatch:
    labels = [f"{it.symbol} {it.title}".strip() for it in items]
    return PrintBatch(_title(title), [it.document for it in items], labels)


def _records(ctx, **kwargs):
    try:
        return collect_records(ctx, unwritten_minutes=False, **kwargs)
    except ArchiveError as exc:  # a record that no longer prints: named, nothing sent
        raise BatchError(exc.message) from None


def meeting_batch(ctx, meeting_id: int) -> PrintBatch:
    """Every document of a meeting (invitation, minutes, notice, other issued documents), in date order.
    Raises domain.errors.NotFoundError for an unknown meeting."""
    meeting = ctx.meetings.get(meeting_id)  # NotFoundError when there is no such meeting
    items = _records(ctx, meeting_id=meeting_id)
    title = f"Văn bản cuộc họp {vn_date_short(meeting.start.date())} {meeting.title}"
    return _batch(title, items)


def minutes_batch(ctx, year: int) -> PrintBatch:
    """The minutes (biên bản) of every meeting of ``year`` that has minutes, in date order."""
    try:
        check_year(year)
    except ArchiveError as exc:
        raise BatchError(exc.message) from None
    items = [it for it in _records(ctx, year=year) if it.kind == "minutes"]
    return _batch(f"Biên bản các cuộc họp năm {year}: {len(items)} biên bản", items)


def register_batch(ctx, year: int | None) -> PrintBatch:
    """Every document of the outgoing register of ``year`` (all years: None), in issuing order."""
    stored = ctx.issuing.register(year)
    profile = ctx.organisation.get()
    code = profile.code if profile else ""
    documents, labels = [], []
    for record in stored:
        try:
            documents.append(as_document(record.content))
        except DocumentError as exc:
            raise BatchError(f"Không in được “{symbol_of(record, code)}”: {exc.message}") from None
        labels.append(f"{symbol_of(record, code)} {record.subject}".strip())
    count = len(documents)
    title = f"Sổ văn bản đi năm {year}: {count} văn bản" if year else f"Sổ văn bản đi: {count} văn bản"
    return PrintBatch(_title(title), documents, labels)
