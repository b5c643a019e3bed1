"""Document numbers: which sequence a document belongs to, and how its number and symbol read.

* Party (HD 36 §1.3.1): numbers run from 01 for each document type over one term (nhiệm kỳ) of the committee.
  The term starts on the organisation's ``term_start``; a new term restarts every sequence. Without a
  recorded term start, the whole database counts as one term.
* State (NĐ 30/2020): numbers run from 01 for each calendar year, across types.
A number, once issued, is never reused: the sequence continues from the highest issued number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secretary_app.domain.models import Standard


@dataclass(frozen=True)
class NumberingScope:
    """The documents whose numbers share one sequence: issued in [start, end) with ``type_code`` (or any)."""

    start: date
    end: date
    type_code: str | None  # None: all types share the sequence (state documents)


def numbering_scope(
    standard: Standard, type_code: str, doc_date: date, term_start: date | None
) -> NumberingScope:
    if standard == Standard.STATE:
        return NumberingScope(date(doc_date.year, 1, 1), date(doc_date.year + 1, 1, 1), None)
    start = term_start if term_start and term_start <= doc_date else date.min
    return NumberingScope(start, date.max, type_code)


def document_symbol(standard: Standard, number: int | None, type_code: str, issuer_code: str) -> str:
    """ "239-TB/ĐU" (Party) or "467/TB-VPCP" (state); numbers below 10 carry a leading zero."""
    shown = f"{number:02d}" if number is not None else "…"
    if standard == Standard.STATE:
        return f"{shown}/{type_code}-{issuer_code}"
    return f"{shown}-{type_code}/{issuer_code}"
