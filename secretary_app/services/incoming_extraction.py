"""Reading a received document: what its header and body propose for the incoming register and the tracked
directives. Nothing is stored here; the secretary confirms each field and task before anything is saved
(services for the register do that).

    propose(path) -> IncomingProposal             a PDF with a text layer, a DOCX or a .txt
    propose_from_text(text) -> IncomingProposal   pasted text, tests

Both raise domain.errors.UnreadableDocumentError (a RuleError, Vietnamese ``message``) for a file that cannot
be read: encrypted, a scan without text, damaged, not a document. Any text at all gives a proposal, perhaps an
empty one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from secretary_app.domain.incoming_reading import IncomingProposal, read_header, text_lines
from secretary_app.domain.incoming_tasks import read_tasks
from secretary_app.reading import document_text


def propose_from_text(text: str, today: date | None = None, wrapped: bool = True) -> IncomingProposal:
    """The proposal for ``text`` (domain/incoming_reading.py describes the form). Deadlines count from the
    document's date, or ``today`` (default: the real today) when the header gives none. ``wrapped`` False:
    each line is a whole paragraph (as a DOCX gives it), never joined with the next."""
    lines = text_lines(text)
    header = read_header(lines)
    doc_date = header.issued_on or today or date.today()
    tasks = read_tasks(lines, header.body_start, doc_date, wrapped=wrapped)
    return IncomingProposal(
        sender=header.sender,
        symbol=header.symbol,
        issued_on=header.issued_on,
        kind_code=header.kind_code,
        summary=header.summary,
        tasks=tasks,
    )


def propose(path: Path, today: date | None = None) -> IncomingProposal:
    """The proposal for the file at ``path`` (PDF, DOCX, .txt); UnreadableDocumentError when unreadable."""
    text, wrapped = document_text(Path(path))
    return propose_from_text(text, today=today, wrapped=wrapped)
