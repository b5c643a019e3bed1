"""Document numbers: which sequence a document belongs to, and how its number and symbol read.

* Party (HD 36 §1.3.1): numbers run from 01 for each document type over one term (nhiệm kỳ) of the committee.
  The term starts on the organisation's ``term_start``; a new term restarts every sequence. Without a
  recorded term start, the whole database counts as one term.
* State (NĐ 30/2020): numbers run from 01 for each calendar year, across types.
A number, once issued, is never reused: the sequence continues from the highest issued number.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from secretary_app.domain.models import DocumentKind, Standard, StoredDocument

# The type codes (ký hiệu tên loại văn bản), in one table: every kind of document, and the internal papers
# that print a type of their own. A code never contains " ", "/" or "-" (the symbol's separators).
TYPE_CODES: dict[str, str] = {
    DocumentKind.NOTICE: "TB",  # thông báo
    DocumentKind.MINUTES: "BB",  # biên bản
    DocumentKind.LETTER: "CV",  # công văn
    DocumentKind.REPORT: "BC",  # báo cáo
    # Both rulebooks use the same codes for these [R]/[P] (document-format.md §6, NĐ 30 Phụ lục III).
    DocumentKind.INVITATION: "GM",  # giấy mời
    DocumentKind.PROGRAMME: "CTr",  # chương trình
    DocumentKind.RESOLUTION: "NQ",  # nghị quyết
    DocumentKind.CONCLUSION: "KL",  # kết luận
    DocumentKind.DECISION: "QĐ",  # quyết định
    DocumentKind.PLAN: "KH",  # kế hoạch
    DocumentKind.SUBMISSION: "TTr",  # tờ trình
    "register": "SVB",  # sổ văn bản đi (a book, unnumbered)
    "archive_index": "ML",  # mục lục hồ sơ (unnumbered)
    "reminder_slip": "PĐĐ",  # phiếu đôn đốc
}


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


def document_symbol(
    standard: Standard | str,
    number: int | None,
    type_code: str,
    printed_code: str | None,
    profile_code: str = "",
) -> str:
    """The one rule for a document's number and symbol (số, ký hiệu): "239-TB/ĐU" (Party, HD 36) or
    "467/TB-VPCP" (state, NĐ 30); numbers below 10 carry a leading zero, a document without a number shows
    "…".

    The issuer code is the one printed on the document (``printed_code``, its content's ``issuer.code``): a
    later change of the committee's code in the profile never rewrites the symbol of a document already made.
    ``profile_code`` is only the fallback for a record that never carried a code of its own. Every screen,
    list, log line and paper that shows a symbol gets it from here (or :func:`symbol_of`).
    """
    code = printed_code or profile_code
    shown = f"{number:02d}" if number is not None else "…"
    if Standard(standard) == Standard.STATE:
        return f"{shown}/{type_code}-{code}"
    return f"{shown}-{type_code}/{code}"


def printed_issuer_code(content: Mapping[str, Any] | None) -> str:
    """The issuer code printed on a document, from its stored content ("" when it has none)."""
    issuer = content.get("issuer") if isinstance(content, Mapping) else None
    return str(issuer.get("code") or "") if isinstance(issuer, Mapping) else ""


def symbol_of(document: StoredDocument, profile_code: str = "", number: int | None = None) -> str:
    """:func:`document_symbol` of a stored document; ``number`` previews the symbol a number would give."""
    return document_symbol(
        document.standard,
        document.number if number is None else number,
        document.type_code,
        printed_issuer_code(document.content),
        profile_code,
    )
