"""The "chart" body block: a bar chart (grouped or stacked) drawn with ReportLab's own graphics.

A status report shows, per unit, how many directives are in each status. The chart is vector graphics in the
PDF (bars are filled rects, labels are text in the document's embedded font), so it prints sharply and its
labels are searchable.

DOCX: Word gets the same chart as an embedded PNG when ReportLab's bitmap renderer (renderPM) works — it needs
the optional ``rlPyCairo`` package, which the app does not ship. Without it (the normal case) the DOCX gets
the chart's figures as a table instead (one row per category, one column per series, plus a total), which a
secretary can turn into a Word chart in two clicks. :func:`chart_png` returns None in that case.
"""

from __future__ import annotations

import math
from io import BytesIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from secretary_app.domain.document import MAX_CHART_VALUE, BodyBlock
from secretary_app.domain.text import nfc
from secretary_app.rendering.fonts import font_set, registered_name
from secretary_app.rendering.pdf_ops import escape
from secretary_app.rendering.profiles import MM, Profile

# Colours for series without their own ("color" in the block), distinguishable when printed in greyscale
# (light and dark alternate).
PALETTE = (
    "#2e7d32",  # green  (done on time)
    "#a5d6a7",  # light green (done late)
    "#1565c0",  # blue   (in time)
    "#90caf9",  # light blue
    "#c62828",  # red    (overdue)
    "#ffb300",  # amber
    "#6d4c41",  # brown
    "#9e9e9e",  # grey
)

LABEL_SIZE = 9.0  # axis and legend text; small enough for 40 units, large enough to read on paper
PLOT_HEIGHT_MM = 60.0
_SWATCH = 8.0
_ROTATION = 45  # category labels turn when they do not fit under their bar …
_MANY = 12  # … and stand upright (90°) beyond this many bars, where 45° labels would overlap


def _colour(block: BodyBlock, index: int) -> colors.Color:
    given = block.series[index].color
    return colors.HexColor(given or PALETTE[index % len(PALETTE)])


def _nice_step(top: float) -> float:
    """An axis step of 1, 2 or 5 × 10^n giving about five gridlines up to ``top``."""
    if top <= 5:
        return 1
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def chart_drawing(block: BodyBlock, width: float) -> Drawing:
    """The chart of ``block`` as a ReportLab Drawing exactly ``width`` points wide (nothing drawn outside)."""
    font_set()
    font, size = registered_name(), LABEL_SIZE
    n = len(block.categories)
    values = [[_plottable(v) for v in s.values] for s in block.series]
    totals = [sum(v[i] for v in values) for i in range(n)]
    top = max(totals if block.stacked else [x for v in values for x in v] or [0]) or 1
    step = _nice_step(top)
    axis_max = step * math.ceil(top / step)

    # Legend: as many columns as fit the width, entries read row by row.
    name_w = max(pdfmetrics.stringWidth(s.name, font, size) for s in block.series)
    column_w = _SWATCH + 6 + name_w + 14
    columns = max(1, min(len(block.series), int(width // column_w)))
    legend_rows = math.ceil(len(block.series) / columns)
    legend_h = legend_rows * size * 1.5 + 4

    value_label_w = pdfmetrics.stringWidth(f"{axis_max:g}", font, size)
    left = value_label_w + 8
    plot_w = width - left - 4
    slot = plot_w / n
    label_w = max(pdfmetrics.stringWidth(c, font, size) for c in block.categories)
    rotate = label_w > slot - 2
    angle = 90 if n > _MANY else _ROTATION
    max_label_w = 40 * MM  # the longest label is cut to this, so the chart keeps its height
    shown_w = min(label_w, max_label_w)
    labels_h = size * 1.6
    if rotate:
        # A turned label hangs below the axis by width × sin and reaches left of its bar by width × cos: the
        # first bar's label must still end inside the drawing (no glyph outside the page margins).
        rad = math.radians(angle)
        labels_h = shown_w * math.sin(rad) + size * math.cos(rad) + size
        reach = shown_w * math.cos(rad) + size * math.sin(rad)
        left = max(left, reach - slot / 2 + 4)
        plot_w = width - left - 4
        slot = plot_w / n
    height = legend_h + labels_h + 8 + PLOT_HEIGHT_MM * MM + size

    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = left, legend_h + labels_h + 8
    chart.width, chart.height = plot_w, PLOT_HEIGHT_MM * MM
    chart.data = values
    chart.categoryAxis.style = "stacked" if block.stacked else "parallel"
    chart.categoryAxis.categoryNames = [_fit(c, font, size, max_label_w) for c in block.categories]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = size
    if rotate:
        chart.categoryAxis.labels.angle = angle
        chart.categoryAxis.labels.boxAnchor = "e" if angle == 90 else "ne"
        chart.categoryAxis.labels.dx = 2
        chart.categoryAxis.labels.dy = -2
    else:
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = axis_max
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = size
    chart.valueAxis.labelTextFormat = "%d" if float(step).is_integer() else "%g"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d0d0d0")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars.strokeWidth = 0.3
    chart.bars.strokeColor = colors.white
    chart.barSpacing = 0 if block.stacked else 1
    chart.groupSpacing = max(2.0, slot * 0.2)
    for i in range(len(values)):
        chart.bars[i].fillColor = _colour(block, i)
    drawing.add(chart)

    if block.stacked:  # the total over each stacked bar: the figure a reader looks for first …
        widest = max(pdfmetrics.stringWidth(f"{t:g}", font, size - 1) for t in totals)
        for i, total in enumerate(totals):
            if total and widest < slot - 1:  # … unless the totals would run into each other (many bars)
                bar_top = chart.y + chart.height * total / axis_max
                x = chart.x + slot * (i + 0.5)
                drawing.add(
                    String(
                        x, bar_top + 2, f"{total:g}", fontName=font, fontSize=size - 1, textAnchor="middle"
                    )
                )

    legend = Legend()
    legend.alignment = "right"
    legend.fontName, legend.fontSize = font, size
    legend.dx = legend.dy = _SWATCH
    legend.deltax = column_w
    legend.deltay = size * 1.5
    legend.columnMaximum = legend_rows
    legend.dxTextSpace = 6
    legend.strokeWidth = 0.3
    legend.strokeColor = colors.white
    legend.boxAnchor = "nw"
    legend.x, legend.y = 2, legend_h - 2
    legend.colorNamePairs = [(_colour(block, i), s.name) for i, s in enumerate(block.series)]
    drawing.add(legend)
    return drawing


def _plottable(value: float) -> float:
    """A value the axis can show: NaN and negatives as 0, ∞ and huge values capped (documents built in code
    bypass the parser's check; ReportLab's axis turns NaN/∞ into an exception)."""
    if not isinstance(value, int | float) or math.isnan(value) or value < 0:
        return 0
    return min(value, MAX_CHART_VALUE)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" to ``width`` points (a long unit name must not run off the page)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def chart_flowables(block: BodyBlock, profile: Profile, width: float, styles) -> list[Flowable]:
    """PDF: the caption (bold, centred) and the drawing, kept together on one page."""
    parts: list[Flowable] = [Spacer(1, profile.body_space_before_pt)]
    body: list[Flowable] = []
    if block.text:
        size = profile.styles["table_header"].size
        caption = ParagraphStyle(
            "chart_caption",
            fontName=registered_name(bold=True),
            fontSize=size,
            leading=size * 1.25,
            alignment=TA_CENTER,
            spaceAfter=4,
        )
        body.append(Paragraph(escape(nfc(block.text)), caption))  # a "&" or "<" is text, not markup
    body.append(chart_drawing(block, width))
    return parts + [KeepTogether(body)]


def chart_table(block: BodyBlock) -> tuple[list[str], list[list[str]]]:
    """The chart's figures as (columns, rows): the DOCX fallback, also handy for tests."""
    columns = [""] + [s.name for s in block.series] + ["Tổng"]
    rows = []
    for i, category in enumerate(block.categories):
        figures = [_plottable(s.values[i]) for s in block.series]
        rows.append([category] + [f"{v:g}" for v in figures] + [f"{sum(figures):g}"])
    return columns, rows


def chart_png(block: BodyBlock, width: float, dpi: int = 200) -> bytes | None:
    """The chart as PNG for Word, or None when ReportLab's bitmap backend (rlPyCairo) is not installed."""
    try:
        from reportlab.graphics import renderPM

        return renderPM.drawToString(chart_drawing(block, width), fmt="PNG", dpi=dpi)
    except Exception:  # noqa: BLE001 - RenderPMError/ImportError: no backend here; the table is the fallback
        return None


def png_stream(data: bytes) -> BytesIO:
    return BytesIO(data)
