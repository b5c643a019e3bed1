"""Font lookup and registration: the system's Times New Roman when present, else bundled Liberation Serif.

Times New Roman is the rule for both Party and state documents, but Microsoft's files may not be
redistributed; Liberation Serif has the same metrics and full Vietnamese coverage (SIL OFL, licence in
resources/fonts/). All four styles are registered as one family so bold/italic map to real faces, and
ReportLab's default base font is switched to ours so no non-embedded Helvetica reference is left in the PDF.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import reportlab.rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "SecretarySerif"  # the registered family name; the embedded name is the font's own PostScript name
STYLES = ("regular", "bold", "italic", "bolditalic")

# File names of Times New Roman as shipped by Windows (lower-case) and by the msttcorefonts installers.
_TIMES_FILES = {
    "regular": ("times.ttf", "times_new_roman.ttf", "times new roman.ttf"),
    "bold": ("timesbd.ttf", "times_new_roman_bold.ttf", "times new roman bold.ttf"),
    "italic": ("timesi.ttf", "times_new_roman_italic.ttf", "times new roman italic.ttf"),
    "bolditalic": ("timesbi.ttf", "times_new_roman_bold_italic.ttf", "times new roman bold italic.ttf"),
}
_BUNDLED_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bolditalic": "LiberationSerif-BoldItalic.ttf",
}
FONTS_ENV = "SECRETARY_FONTS"  # "bundled" forces Liberation Serif (reproducible output, tests)


def resource_path(*parts: str) -> Path:
    """Bundled resources; uses secretary_app.paths when present (frozen bundles), else the checkout layout."""
    try:
        from secretary_app.paths import resource_path as shared_resource_path
    except ImportError:  # pragma: no cover - paths.py is written by another engineer
        return Path(__file__).resolve().parents[2].joinpath("resources", *parts)
    return shared_resource_path(*parts)


def _font_dirs() -> list[Path]:
    dirs: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:  # per-user fonts installed without admin rights (Windows 10 1809+)
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    if sys.platform == "darwin":
        dirs += [
            Path("/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path.home() / "Library/Fonts",
        ]
    # fontconfig locations; msttcorefonts puts the files in truetype/msttcorefonts
    for base in (
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path.home() / ".fonts",
        Path.home() / ".local/share/fonts",
    ):
        dirs += [base, base / "truetype" / "msttcorefonts", base / "msttcorefonts", base / "truetype"]
    return dirs


def find_times_new_roman() -> dict[str, Path] | None:
    """The four Times New Roman files of this machine, or None if any style is missing."""
    found: dict[str, Path] = {}
    for directory in _font_dirs():
        try:
            names = {name.lower(): name for name in os.listdir(directory)}
        except OSError:
            continue
        for style, candidates in _TIMES_FILES.items():
            if style not in found:
                hit = next((names[c] for c in candidates if c in names), None)
                if hit:
                    found[style] = directory / hit
        if len(found) == len(STYLES):
            return found
    return None


@dataclass(frozen=True)
class FontSet:
    family: str  # registered family name
    display_name: str  # "Times New Roman" or "Liberation Serif": what DOCX asks Word to use
    files: dict[str, Path]

    def face(self, bold: bool = False, italic: bool = False) -> str:
        return registered_name(bold, italic)


def registered_name(bold: bool = False, italic: bool = False) -> str:
    suffix = {
        (False, False): "",
        (True, False): "-Bold",
        (False, True): "-Italic",
        (True, True): "-BoldItalic",
    }
    return FAMILY + suffix[(bold, italic)]


@cache
def font_set() -> FontSet:
    """Find and register the fonts once per process."""
    files = None if os.environ.get(FONTS_ENV) == "bundled" else find_times_new_roman()
    display = "Times New Roman"
    if files is None:
        files = {style: resource_path("fonts", name) for style, name in _BUNDLED_FILES.items()}
        display = "Liberation Serif"
    for style, path in files.items():
        bold, italic = style in ("bold", "bolditalic"), style in ("italic", "bolditalic")
        pdfmetrics.registerFont(TTFont(registered_name(bold, italic), str(path)))
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=registered_name(),
        bold=registered_name(True),
        italic=registered_name(italic=True),
        boldItalic=registered_name(True, True),
    )
    for bold_flag in (0, 1):
        for italic_flag in (0, 1):
            addMapping(FAMILY, bold_flag, italic_flag, registered_name(bool(bold_flag), bool(italic_flag)))
    # Without this ReportLab writes a Helvetica (non-embedded) font resource into every page.
    reportlab.rl_config.canvas_basefontname = registered_name()
    # ReportLab graphics (the report charts) start every drawing in a font of their own setting, Helvetica
    # by default: referenced even when every label has our font, and not embedded (no PDF/A then).
    reportlab.rl_config.defaultGraphicsFontName = registered_name()
    return FontSet(family=FAMILY, display_name=display, files=files)


def string_width(text: str, bold: bool, italic: bool, size: float) -> float:
    font_set()
    return pdfmetrics.stringWidth(text, registered_name(bold, italic), size)
