"""Drawing operations ("ops") on a grid we control, for the parts of a document the rules lay out
geometrically (header, title, addressee, signatures): measured text, wrapped or balanced lines, stacks of ops
and the flowable that draws them. The PDF writer (pdf.py) builds those parts from these."""

from __future__ import annotations

from dataclasses import dataclass, replace
from html import escape as _html_escape

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
)

from secretary_app.rendering.fonts import registered_name
from secretary_app.rendering.layout import Line
from secretary_app.rendering.profiles import Profile, TextStyle


def escape(text: str) -> str:
    """&, < and > for ReportLab's paragraph markup. (html rather than xml.sax.saxutils: the latter drags in
    urllib.request and the e-mail package, ~20 ms of start-up for every CLI render.)"""
    return _html_escape(text, quote=False)


# ------------------------------------------------------------------------------------------------------------
# Drawing ops: text or rules placed relative to the top-left of a flowable (``y`` grows downwards).

ASCENT = 0.9  # baseline below a line's top, as a fraction of the font size (Times: ascent 0.891)
RULE_DROP = 0.35  # rule below the baseline of the line it underlines, as a fraction of that line's size


@dataclass(frozen=True)
class Op:
    kind: str  # "text", "rule", "box"
    x: float  # text: anchor (centre or left edge); rule/box: left edge
    y: float  # text: baseline; rule: the line; box: top
    text: str = ""
    font: str = ""
    size: float = 0.0
    align: str = "center"  # text: "center" or "left"
    width: float = 0.0  # rule/box width; underline width for text
    height: float = 0.0  # box height
    top: float = 0.0  # vertical extent, for splitting between lines
    bottom: float = 0.0


def font_name(style: TextStyle) -> str:
    return registered_name(style.bold, style.italic)


def text_width(text: str, style: TextStyle) -> float:
    return pdfmetrics.stringWidth(text, font_name(style), style.size)


def wrap_text(text: str, style: TextStyle, width: float) -> list[str]:
    """Greedy word wrap; a word wider than the column is broken between characters so nothing overflows."""
    font, size = font_name(style), style.size
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if pdfmetrics.stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for ch in word:  # only reached for over-long words, or the first word of a line
            if current and pdfmetrics.stringWidth(current + ch, font, size) > width:
                lines.append(current)
                current = ""
            current += ch
    if current or not lines:
        lines.append(current)
    return lines


def balanced_wrap(text: str, style: TextStyle, width: float) -> list[str]:
    """The lines of ``wrap_text`` made as even as they can be without adding a line: "SỞ NÔNG NGHIỆP /
    VÀ MÔI TRƯỜNG", not "SỞ NÔNG NGHIỆP VÀ MÔI / TRƯỜNG" — no word left alone on the last line of a
    centred header, signature or trích yếu line (text-wrap: balance, by bisecting the narrowest width that
    still gives as many lines)."""
    lines = wrap_text(text, style, width)
    if len(lines) < 2 or any(" " not in line for line in lines[:-1]):
        return lines  # one line, or a word broken between characters: nothing to balance
    low, high = width / len(lines), width
    while high - low > 0.5:
        middle = (low + high) / 2
        if len(wrap_text(text, style, middle)) > len(lines):
            low = middle
        else:
            high = middle
    balanced = wrap_text(text, style, high)
    return balanced if len(balanced) == len(lines) else lines


class Stack:
    """Stacks lines downwards inside one column; text is centred on ``axis`` or left-aligned at ``left``."""

    def __init__(
        self, profile: Profile, left: float, width: float, align: str = "center", spacing: float | None = None
    ):
        self.profile = profile
        self.left = left
        self.width = width
        self.align = align
        self.spacing = spacing if spacing is not None else profile.header_line_spacing
        self.cursor = 0.0
        self.ops: list[Op] = []
        self._last: tuple[float, float, TextStyle] | None = (
            None  # (baseline, widest width, style) of last line group
        )

    @property
    def axis(self) -> float:
        return self.left + self.width / 2

    def text(
        self, line: Line, hanging: str = "", max_width: float | None = None, x: float | None = None
    ) -> list[Op]:
        style = self.profile.styles[line.style]
        avail = (max_width if max_width is not None else self.width) - 2  # 1 pt clearance on each side
        indent = text_width(hanging, style) if hanging and line.text.startswith(hanging) else 0.0
        if self.align == "center":  # header, title and signature lines: balanced, no word left alone
            pieces = balanced_wrap(line.text, style, avail) or [""]
        else:
            first, *rest = wrap_text(line.text, style, avail) or [""]
            pieces = [first]
            if rest:  # rewrap the continuation under the hanging indent ("- " of a recipient)
                pieces += wrap_text(" ".join(rest), style, avail - indent)
        made = []
        widest = 0.0
        for i, piece in enumerate(pieces):
            baseline = self.cursor + ASCENT * style.size
            w = text_width(piece, style)
            widest = max(widest, w)
            if self.align == "center":
                anchor = self.axis if x is None else x
            else:
                anchor = (self.left if x is None else x) + (indent if i else 0.0) + 1
            op = Op(
                "text",
                anchor,
                baseline,
                piece,
                font_name(style),
                style.size,
                self.align,
                width=w,
                top=self.cursor,
                bottom=self.cursor + self.spacing * style.size,
            )
            made.append(op)
            if style.underline:
                left_x = anchor - w / 2 if self.align == "center" else anchor
                made.append(Op("rule", left_x, baseline + 1.5, width=w, top=op.top, bottom=op.bottom))
            self.cursor += self.spacing * style.size
            self._last = (baseline, widest, style)
        self.ops += made
        return made

    def rule(self, fraction: float | None = None) -> None:
        """A rule under the last line: as wide as it (``None``) or a fraction of it, centred on the axis."""
        if self._last is None:
            return
        baseline, widest, style = self._last
        width = widest if fraction is None else widest * fraction
        y = baseline + RULE_DROP * style.size  # clear of descenders (g, y, ợ)
        self.ops.append(Op("rule", self.axis - width / 2, y, width=width, top=y - 1, bottom=y + 1))
        self.cursor = max(self.cursor, y + 1)

    def space(self, points: float) -> None:
        self.cursor += points

    def box(self, line: Line) -> None:
        """A stamp-like boxed mark (KHẨN, MẬT, DỰ THẢO) centred on the axis or right-aligned
        (align="right")."""
        style = self.profile.styles[line.style]
        pad = 3.0
        w = text_width(line.text, style) + 2 * pad
        h = style.size * 1.3
        x = self.axis - w / 2 if self.align == "center" else self.left + self.width - w
        top = self.cursor
        self.ops.append(Op("box", x, top, width=w, height=h, top=top, bottom=top + h))
        self.ops.append(
            Op(
                "text",
                x + w / 2,
                top + pad / 2 + ASCENT * style.size,
                line.text,
                font_name(style),
                style.size,
                "center",
                width=w - 2 * pad,
                top=top,
                bottom=top + h,
            )
        )
        self.cursor += h


class OpsFlowable(Flowable):
    """Draws precomputed ops; splits only between lines (for very long recipient lists)."""

    def __init__(self, ops: list[Op], height: float):
        super().__init__()
        self.ops = ops
        self.height = height

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's signature
        return availWidth, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        if self.height <= availHeight:
            return [self]
        cuts = sorted({op.bottom for op in self.ops if 0 < op.bottom <= availHeight}, reverse=True)
        for cut in cuts:
            if not any(op.top < cut < op.bottom for op in self.ops):
                first = [op for op in self.ops if op.bottom <= cut]
                rest = [
                    replace(op, y=op.y - cut, top=op.top - cut, bottom=op.bottom - cut)
                    for op in self.ops
                    if op.bottom > cut
                ]
                if first and rest:
                    return [OpsFlowable(first, cut), OpsFlowable(rest, self.height - cut)]
        return []

    def draw(self):
        c = self.canv
        h = self.height
        for op in self.ops:
            if op.kind == "text":
                c.setFont(op.font, op.size)
                if op.align == "center":
                    c.drawCentredString(op.x, h - op.y, op.text)
                else:
                    c.drawString(op.x, h - op.y, op.text)
            elif op.kind == "rule":
                c.setLineWidth(0.6)
                c.line(op.x, h - op.y, op.x + op.width, h - op.y)
            elif op.kind == "box":
                c.setLineWidth(0.8)
                c.rect(op.x, h - op.y - op.height, op.width, op.height)


def flow_of(stacks: list[Stack]) -> OpsFlowable:
    ops = [op for s in stacks for op in s.ops]
    return OpsFlowable(ops, max(s.cursor for s in stacks))
