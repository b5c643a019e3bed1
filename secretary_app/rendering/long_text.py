"""Very long paragraphs laid out in linear time, printed exactly as one paragraph.

ReportLab re-breaks a paragraph's whole remaining text every time it is placed or split at a page end, and
its line breaker pops words from the front of a list: layout time grew faster than the square of a
paragraph's length (100 KB took 2.4 s, 400 KB 112 s, a pasted 1 MB minutes entry never finished). A
paragraph longer than :data:`LONG_PARAGRAPH` is therefore cut into pieces of about :data:`PIECE_CHARS`
characters *at line ends*: each piece is broken once, keeps all its complete lines, and hands the words of
its last (possibly short) line to the next piece, so the lines are exactly the ones the whole paragraph
would have had. Inner pieces justify their last line like any other line (ReportLab's own
``_JustifyLast``, which its ``split`` sets on the first part of a paragraph cut at a page end),
continuation pieces have no first-line indent and no space before, and explicit line breaks ("\\n") cut
the paragraph where the line ends anyway. Shorter paragraphs are one ``Paragraph`` as before, so every
ordinary document prints exactly as it did.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

LONG_PARAGRAPH = 4_000  # characters; below this a paragraph is one flowable (every real paragraph is)
PIECE_CHARS = (
    1_500  # new characters per piece: ~20 lines, so each piece is broken in well under a millisecond
)
LONGEST_WORD = 2_000  # a "word" longer than this (pasted garbage) is cut, so no piece grows without bound


class _Piece(Paragraph):
    """A piece of a long paragraph other than the last: its last line is justified like an inner line, and
    it may leave its last line alone at the top of a page (that line is no widow: the paragraph goes on).

    Class attributes, so that the parts ReportLab makes when it splits a piece at a page end keep them (its
    ``split`` builds them with ``self.__class__``)."""

    _JustifyLast = True
    allowWidows = 1


class _LineEnd(Paragraph):
    """The last piece before an explicit line break: not justified, no widow rule (the paragraph goes on)."""

    allowWidows = 1


def paragraph_flowables(
    text: str, style: ParagraphStyle, markup: Callable[[str], str], width: float
) -> list[Flowable]:
    """``text`` (plain, "\\n" for line breaks) as flowables in ``style``; ``markup`` escapes a piece."""
    if len(text) <= LONG_PARAGRAPH:
        return [Paragraph(markup(text), style)]
    # Continuation pieces: no indent, no space, and no orphan rule (their first line is not the paragraph's).
    follow = ParagraphStyle(
        f"{style.name}:cont", parent=style, firstLineIndent=0, spaceBefore=0, allowOrphans=1
    )
    out: list[Flowable] = []
    segments = text.split("\n")
    for i, segment in enumerate(segments):
        if not segment.strip():  # an empty line between two line breaks
            out.append(Spacer(1, style.leading))
            continue
        last = Paragraph if i == len(segments) - 1 else _LineEnd
        out += _segment(segment, style if i == 0 else follow, follow, markup, width, last)
    return out


def _words(segment: str) -> list[str]:
    words = []
    for word in segment.split():
        words += [word[i : i + LONGEST_WORD] for i in range(0, len(word), LONGEST_WORD)]
    return words


def _segment(
    segment: str,
    first: ParagraphStyle,
    follow: ParagraphStyle,
    markup: Callable[[str], str],
    width: float,
    last: type[Paragraph],
) -> list[Flowable]:
    words = _words(segment)
    left = [0] * (len(words) + 1)  # characters from word i to the end, to keep the last piece long enough
    for i in range(len(words) - 1, -1, -1):
        left[i] = left[i + 1] + len(words[i]) + 1
    out: list[Flowable] = []
    style, start = first, 0
    carry: list[str] = []  # the words of the last line of the previous piece
    while start < len(words):
        stop, size = start, 0
        while stop < len(words) and size < PIECE_CHARS:
            size += len(words[stop]) + 1
            stop += 1
        if left[stop] < PIECE_CHARS // 2:  # a short tail joins this piece: the last piece keeps many lines,
            stop = len(words)  # so the paragraph's widow rule acts on it as on the whole paragraph
        chunk = carry + words[start:stop]
        start = stop
        if start >= len(words):  # the last piece: its last line is the paragraph's (or the line's) last
            out.append(last(markup(" ".join(chunk)), style))
            break
        piece = _Piece(markup(" ".join(chunk)), style)
        piece.allowWidows = piece.allowOrphans = 1  # cut exactly before the last line (instance, not style)
        piece.wrap(width, 1e9)
        lines = piece.blPara.lines
        if piece.blPara.kind != 0:  # mixed formatting (an underlined style): no cheap way to carry words
            carry = chunk
            continue
        if len(lines) < 2:
            carry = chunk
            continue
        parts = piece.split(width, (len(lines) - 0.5) * style.leading)
        if len(parts) != 2:
            carry = chunk
            continue
        kept, _rest = parts
        carry = [w for line in lines[len(kept.blPara.lines) :] for w in line[1]]
        out.append(kept)
        style = follow
    return out
