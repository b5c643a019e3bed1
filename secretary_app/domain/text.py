"""Text rules: NFC normalisation, Vietnamese date formats and the search fold.

Everything the user types or pastes passes through :func:`nfc` before it is stored or printed: text in
decomposed form (NFD) prints with misplaced accents and never matches a search for the composed form.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

# Control characters other than tab and newline never belong in a record or a printed page; nor do the
# characters XML 1.0 forbids (lone surrogates, U+FFFE, U+FFFF), which no PDF or Word file can hold.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff\ufffe\uffff\ud800-\udfff]")
_SPACES = re.compile(r"\s+")


def nfc(text: str | None) -> str:
    """Return ``text`` in Unicode NFC with stray control characters removed ("" for None)."""
    if not text:
        return ""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text))


def clean_line(text: str | None) -> str:
    """NFC, and all runs of whitespace folded to single spaces, trimmed: for one-line fields."""
    return _SPACES.sub(" ", nfc(text)).strip()


def fold(text: str | None) -> str:
    """Search fold: lower-case, no diacritics, đ→d.

    Unicode does not decompose "đ" (it is a letter of its own, not d + a mark), so dropping combining
    marks alone leaves it; it is mapped explicitly.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def vn_date_short(value: date) -> str:
    """``12/10/2021`` — the short form shown in lists and forms."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def vn_date_long(value: date) -> str:
    """``ngày 05 tháng 02 năm 2021``: days below 10 and months 1–2 carry a leading zero (HD 36, NĐ 30)."""
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


def vn_place_date(place: str, value: date) -> str:
    """``Hà Nội, ngày 12 tháng 10 năm 2021`` — the dateline of an official document."""
    return f"{clean_line(place)}, {vn_date_long(value)}"


def vn_datetime_short(value: datetime) -> str:
    """``08 giờ 30, 12/10/2021``."""
    return f"{value.hour:02d} giờ {value.minute:02d}, {vn_date_short(value)}"


class DateParseError(ValueError):
    """A date the user typed that is not a real calendar date; ``message`` is Vietnamese."""

    def __init__(self, text: str, message: str):
        super().__init__(message)
        self.text = text
        self.message = message


_VN_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_vn_date(text: str) -> date:
    """Parse ``12/10/2021`` (also ``12.10.2021``, ``12-10-2021``) or ISO ``2021-10-12``.

    Raises :class:`DateParseError` with a Vietnamese message for anything else, including impossible
    dates such as 31/02/2021.
    """
    raw = clean_line(text)
    if not raw:
        raise DateParseError(text, "Chưa nhập ngày.")
    match = _VN_DATE.match(raw)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO_DATE.match(raw)
        if not match:
            raise DateParseError(
                text, f"“{raw}” không phải là ngày hợp lệ (nhập theo dạng ngày/tháng/năm, ví dụ 12/10/2021)."
            )
        year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise DateParseError(text, f"Ngày {raw} không có trên lịch.") from None


def normalise_record(obj: object) -> object:
    """Normalise every string of a dataclass record (and of nested records and lists) to NFC, in place.

    Services call this before saving, so what is stored, shown and printed is the same composed text
    whatever the keyboard, IME or paste source produced.
    """
    from dataclasses import fields, is_dataclass
    from enum import Enum

    def norm(value: object) -> object:
        if isinstance(value, str) and not isinstance(value, Enum):
            return nfc(value)
        if isinstance(value, list):
            return [norm(v) for v in value]
        if is_dataclass(value) and not isinstance(value, type):
            normalise_record(value)
        return value

    params = getattr(type(obj), "__dataclass_params__", None)  # a dataclass's own; None on anything else
    if is_dataclass(obj) and not isinstance(obj, type) and not (params and params.frozen):
        for f in fields(obj):
            setattr(obj, f.name, norm(getattr(obj, f.name)))
    return obj
