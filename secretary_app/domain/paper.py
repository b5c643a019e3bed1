"""Paper: the document's sheet against the printer's, and the one honest way to fit one onto the other.

A document is laid out for its own sheet (A4 for every Party and state document). When a printer holds other
paper the secretary chooses: ask the printer for the document's sheet, or shrink the page *uniformly* (one
scale for both axes, centred) so that nothing is cut off. A page is never stretched to the paper's shape —
that printed 14 pt text at 13.2 pt, 9 % wider than tall, and a top margin below the rules' minimum.

Pure arithmetic in millimetres; Qt's printer and CUPS sit in gui/shared/print_job.py.
"""

from __future__ import annotations

from dataclasses import dataclass

PAPER_TOLERANCE_MM = 2.0  # A4 in a PPD is 595 × 842 pt (209.9 × 297.0 mm): the same sheet

# Names the secretary knows, by portrait size in whole millimetres.
_KNOWN_SHEETS = {
    (210, 297): "A4",
    (148, 210): "A5",
    (297, 420): "A3",
    (216, 279): "Letter",
    (216, 356): "Legal",
    (216, 330): "Folio",
}


@dataclass(frozen=True)
class Sheet:
    """A sheet of paper in millimetres, in the orientation it is used."""

    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def portrait(self) -> Sheet:
        return Sheet(min(self.width, self.height), max(self.width, self.height))

    def turned_like(self, other: Sheet) -> Sheet:
        """This sheet in ``other``'s orientation (a landscape page goes on a landscape-turned sheet)."""
        p = self.portrait()
        return Sheet(p.height, p.width) if other.landscape else p

    def same_as(self, other: Sheet) -> bool:
        """The same paper, whichever way round it is used."""
        a, b = self.portrait(), other.portrait()
        return abs(a.width - b.width) <= PAPER_TOLERANCE_MM and abs(a.height - b.height) <= PAPER_TOLERANCE_MM

    @property
    def name(self) -> str:
        """ "A4", "Letter" or "216 × 330 mm"."""
        p = self.portrait()
        return _KNOWN_SHEETS.get((round(p.width), round(p.height)), "")

    def label(self) -> str:
        """ "A4 (210 × 297 mm)": how the secretary is told about a sheet."""
        p = self.portrait()
        size = f"{p.width:.0f} × {p.height:.0f} mm"
        return f"{self.name} ({size})" if self.name else size


@dataclass(frozen=True)
class Margins:
    top: float
    bottom: float
    left: float
    right: float


@dataclass(frozen=True)
class Fit:
    """A page shrunk (or grown) uniformly onto a sheet and centred: where it lands, in millimetres."""

    scale: float
    left: float  # offset of the page's left edge on the sheet
    top: float
    margins: Margins  # the document's margins as they print on this sheet


def fit_page(page: Sheet, paper: Sheet, margins: Margins) -> Fit:
    """Place ``page`` on ``paper`` (turned like the page) with one scale for both axes, centred."""
    sheet = paper.turned_like(page)
    scale = min(sheet.width / page.width, sheet.height / page.height)
    left = (sheet.width - page.width * scale) / 2
    top = (sheet.height - page.height * scale) / 2
    return Fit(
        scale=scale,
        left=left,
        top=top,
        margins=Margins(
            top=top + margins.top * scale,
            bottom=top + margins.bottom * scale,
            left=left + margins.left * scale,
            right=left + margins.right * scale,
        ),
    )


def mm_text(value: float) -> str:
    """ "18,8" or "20" — millimetres as Vietnamese write them (decimal comma)."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text.replace(".", ",")
