"""The "table" body block as a ReportLab table: bordered, header row repeated on every page.

Two guards keep any table printable (issue 17): column widths are clamped so that no column is narrower than
one character plus its padding (a relative width of 1e-9 next to 1e9 gave a negative cell width), and a row
taller than a page (a 1,500-character directive in a narrow column) may split inside the row — only then,
so every table that printed before prints exactly as before.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from secretary_app.domain.document import BodyBlock
from secretary_app.domain.text import nfc
from secretary_app.rendering.fonts import registered_name
from secretary_app.rendering.pdf_ops import escape
from secretary_app.rendering.profiles import MM, Profile

TALL_CELL_CHARS = 120  # only a row with a cell this long can be taller than a page: measure those tables


def column_widths(weights: list[float], width: float, minimum: float) -> list[float]:
    """``width`` shared in proportion to ``weights``, no column below ``minimum`` (the others give way)."""
    n = len(weights)
    minimum = min(minimum, width / n)
    total = sum(weights)
    widths = [width * w / total for w in weights]
    narrow = [w < minimum for w in widths]
    if not any(narrow):
        return widths
    free = width - minimum * sum(narrow)
    rest = sum(w for w, small in zip(widths, narrow, strict=True) if not small)
    return [minimum if small else w * free / rest for w, small in zip(widths, narrow, strict=True)]


def table_flowables(block: BodyBlock, profile: Profile, width: float, styles) -> list[Flowable]:
    base = styles.get("table", "table")
    size = profile.styles["table"].size
    cell = ParagraphStyle(
        "cell", parent=base, firstLineIndent=0, alignment=TA_LEFT, spaceBefore=0, leading=size * 1.2
    )
    head = ParagraphStyle(
        "head",
        parent=cell,
        fontName=registered_name(profile.styles["table_header"].bold, profile.styles["table_header"].italic),
        alignment=TA_CENTER,
    )
    ncols = len(block.columns) or max((len(r) for r in block.rows), default=1)
    if not ncols:
        return []
    pad = profile.table_padding_pt
    # A column must hold one wide letter (Ữ, W) and its padding; with very many columns the padding shrinks.
    minimum = 2 * pad + size
    if minimum * ncols > width:
        pad = min(pad, width / ncols / 4)
        minimum = width / ncols
    col_widths = column_widths(block.widths or [1.0] * ncols, width, minimum)
    data = []
    if block.columns:
        data.append([Paragraph(escape(nfc(t)), head) for t in block.columns])
    data += [[Paragraph(escape(nfc(t)), cell) for t in row] for row in block.rows]
    if not data:
        return []
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
            # The cells are Paragraphs in our fonts, but Table sets each cell's font first, by default
            # Helvetica: a non-embedded base-14 font the PDF/A archive copy must not contain.
            ("FONTNAME", (0, 0), (-1, -1), registered_name()),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad / 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]
    )
    repeat = 1 if block.columns else 0
    table = Table(data, colWidths=col_widths, repeatRows=repeat)
    table.setStyle(style)
    if _has_tall_row(block, table, profile, width):
        table = Table(data, colWidths=col_widths, repeatRows=repeat, splitInRow=1)
        table.setStyle(style)
    return [Spacer(1, profile.body_space_before_pt), table]


def _has_tall_row(block: BodyBlock, table: Table, profile: Profile, width: float) -> bool:
    """Whether a row is taller than what a page leaves under the header row (so it could never be placed)."""
    if not any(len(t) > TALL_CELL_CHARS for row in block.rows for t in row):
        return False
    frame_height = (profile.page_mm[1] - profile.margins_mm.top - profile.margins_mm.bottom) * MM
    table.wrap(width, frame_height)
    heights = table._rowHeights  # ReportLab sets them in wrap(); no public accessor
    header = heights[0] if block.columns else 0.0
    return max(heights) > frame_height - header - profile.body_space_before_pt
