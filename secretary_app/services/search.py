"""Searching everything the secretary has typed: meetings, minutes, documents, directives.

The query is folded like the index (no case, no diacritics, đ→d), every word must appear, the last word is a
prefix (results while typing). Hits come best first (bm25, a title hit weighs more than a body hit), each
with a snippet whose matched words are given as ranges *on the original accented text*, so the screen can
bold "Đảng ủy" for a query typed as "dang uy".
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from secretary_app.db import search as index
from secretary_app.db.repository import Store
from secretary_app.domain.i18n import QT_TRANSLATE_NOOP
from secretary_app.domain.text import fold

Range = tuple[int, int]  # [start, end) in characters of the shown text

KIND_CONTEXT = "search_kinds"  # the QT_TRANSLATE_NOOP context of the labels below (gui.i18n translates them)
KIND_LABELS = {
    index.MEETING: QT_TRANSLATE_NOOP("search_kinds", "Cuộc họp"),
    index.MINUTES: QT_TRANSLATE_NOOP("search_kinds", "Biên bản"),
    index.DOCUMENT: QT_TRANSLATE_NOOP("search_kinds", "Văn bản"),
    index.DIRECTIVE: QT_TRANSLATE_NOOP("search_kinds", "Kết luận, nhiệm vụ"),
    index.INCOMING: QT_TRANSLATE_NOOP("search_kinds", "Văn bản đến"),
}

SNIPPET_CHARS = 180
_LEAD_CHARS = 50  # context kept before the first match


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "meeting" | "minutes" | "document" | "directive" (db.search kind names)
    record_id: int
    parent_id: (
        int | None
    )  # the meeting of a minutes entry, the notice of a directive, the meeting of a document
    title: str
    title_ranges: tuple[Range, ...]
    snippet: str
    snippet_ranges: tuple[Range, ...]
    score: float  # higher is better
    context: str = ""  # for a minutes entry: the title of its meeting

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def title_html(self) -> str:
        return highlight_html(self.title, self.title_ranges)

    @property
    def snippet_html(self) -> str:
        return highlight_html(self.snippet, self.snippet_ranges)


def highlight_html(text: str, ranges: tuple[Range, ...]) -> str:
    """``text`` escaped for Qt rich text, the ranges in <b>."""
    parts, last = [], 0
    for start, end in ranges:
        parts += [html.escape(text[last:start]), "<b>", html.escape(text[start:end]), "</b>"]
        last = end
    parts.append(html.escape(text[last:]))
    return "".join(parts)


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    return fold(ch)


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, the index of the original character it came from.

    Folding one character at a time gives the same text as folding the whole (NFC) string, while keeping
    track of where each folded character came from even when a character folds to none or to two.
    """
    pieces = [_fold_char(ch) for ch in text]
    offsets = [i for i, piece in enumerate(pieces) for _ in piece]
    return "".join(pieces), offsets


def _word_pattern(tokens: list[str]) -> re.Pattern | None:
    """Whole words for all query words but the last, which may be the start of a word (as in the index)."""
    if not tokens:
        return None
    words = [re.escape(t) + r"(?![^\W_])" for t in tokens[:-1]] + [re.escape(tokens[-1])]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")")


def _ranges(pattern: re.Pattern | None, text: str) -> list[Range]:
    if pattern is None or not text:
        return []
    folded, offsets = _fold_with_offsets(text)
    return [
        (offsets[m.start()], offsets[m.end() - 1] + 1)
        for m in pattern.finditer(folded)
        if m.end() > m.start()
    ]


def match_ranges(text: str, tokens: list[str]) -> list[Range]:
    """Where the query words occur in ``text`` (original characters), in order, not overlapping."""
    return _ranges(_word_pattern(tokens), text)


def _first_match(pattern: re.Pattern | None, text: str, folded: str) -> int | None:
    """Where the first match starts in ``text``. Folding keeps one character per character for NFC
    Vietnamese, so the already folded text gives it at C speed; otherwise fold with offsets (slower)."""
    if pattern is None:
        return None
    if len(folded) == len(text):
        found = pattern.search(folded)
        return found.start() if found else None
    ranges = _ranges(pattern, text)
    return ranges[0][0] if ranges else None


def _snippet(text: str, folded: str, pattern: re.Pattern | None) -> tuple[str, tuple[Range, ...]]:
    """A window of about SNIPPET_CHARS around the first match, cut at spaces, with "…" where cut.

    Only the window is folded for highlighting: a document's full text runs to many thousand characters.
    """
    flat = text.replace("\n", " ")  # same length: positions stay valid
    start = 0
    if len(flat) > SNIPPET_CHARS:
        first = _first_match(pattern, flat, folded)
        if first:
            start = max(0, first - _LEAD_CHARS)
            space = flat.find(" ", start, first)
            start = space + 1 if space >= 0 else start
    end = min(len(flat), start + SNIPPET_CHARS)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > start else end
    prefix, suffix = ("…" if start else ""), ("…" if end < len(flat) else "")
    window = flat[start:end]
    shift = len(prefix)
    return prefix + window + suffix, tuple((a + shift, b + shift) for a, b in _ranges(pattern, window))


class SearchService:
    def __init__(self, store: Store):
        self._store = store

    def search(self, query: str, limit: int = 50, kinds: set[str] | None = None) -> list[SearchHit]:
        """Best hits first; an empty list for a query without letters or digits."""
        tokens = index.query_tokens(query)
        raw = index.search(self._store, tokens, limit=limit, kinds=kinds)
        meeting_ids = {h.parent_id for h in raw if h.kind == index.MINUTES and h.parent_id is not None}
        meeting_titles = index.meeting_titles(self._store, meeting_ids)
        pattern = _word_pattern(tokens)
        hits = []
        for h in raw:
            snippet, snippet_ranges = _snippet(h.body, h.folded_body, pattern)
            hits.append(
                SearchHit(
                    kind=h.kind,
                    record_id=h.record_id,
                    parent_id=h.parent_id,
                    title=h.title,
                    title_ranges=tuple(_ranges(pattern, h.title)),
                    snippet=snippet,
                    snippet_ranges=snippet_ranges,
                    score=h.score,
                    context=meeting_titles.get(h.parent_id, "")
                    if h.kind == index.MINUTES and h.parent_id is not None
                    else "",
                )
            )
        return hits
