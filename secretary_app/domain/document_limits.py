"""Bounds on a document and its JSON form, and the JSON reader that enforces them before the work they bound.

Far above any real notice, minutes or report, low enough that parsing and layout stay fast and nothing
explodes (docs/data-safety.md §7 says why each is what it is). ``domain/document.py`` applies them while it
parses.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_JSON_BYTES = 20_000_000  # a document file; the largest real one (a year's index) is ~200 kB
MAX_DEPTH = 32  # nesting of JSON arrays/objects; a document needs 6, ``meta`` a few more
MAX_INT_DIGITS = 18  # any integer in the JSON; a number, a count, a vote fit in 7
MAX_NUMBER = 999_999  # a document's number in its register
MAX_COUNT = 10_000_000  # attendance and vote counts
MAX_TEXT = 2_000_000  # one text (a paragraph, a speech): all the minutes of a meeting (validation.py)
MAX_LINE_TEXT = 5_000  # a one-line field (a name, a place, a recipient, a table cell)
MAX_RECIPIENTS = 100  # Nơi nhận / Kính gửi lines; real documents have up to ~40
MAX_RECIPIENT_CHARS = 1_000  # one recipient: a unit's name, with a note
MAX_BLOCKS = 20_000  # body blocks (a 900-page archive index is one table)
MAX_COLUMNS = 30  # table columns: 30 on A4 are ~5 mm each, already at the edge of legible
MAX_ROWS = 20_000  # table rows
MAX_CHART_BARS = 200  # chart categories (units); beyond that no label can be read
MAX_CHART_SERIES = 20
MAX_CHART_VALUE = 1e12  # a count or an amount of money in đồng; a chart axis stays printable
MAX_WIDTH_RATIO = 100.0  # widest / narrowest table column


class DocumentError(ValueError):
    """An invalid document; ``key`` is the dotted path of the offending value, ``message`` is Vietnamese."""

    def __init__(self, key: str, message: str):
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


def thousands(value: int) -> str:
    """12.000: Vietnamese groups thousands with a dot."""
    return f"{value:,}".replace(",", ".")


def check_length(key: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise DocumentError(
            key,
            f"“{key}” dài {thousands(len(value))} ký tự, quá giới hạn {thousands(limit)} ký tự; "
            "hãy tách thành nhiều phần.",
        )


def nesting_within(value: Any, limit: int) -> bool:
    """Whether ``value`` nests lists/dicts at most ``limit`` deep (iterative: a deep value cannot recurse)."""
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            if level > limit:
                return False
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return True


def _json_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:  # before int(): its cost grows with the square of the length
        raise DocumentError("(json)", f"Tệp có một số nguyên quá lớn ({thousands(len(digits))} chữ số).")
    return int(digits)


def _json_float(text: str) -> float:
    if len(text) > 64:
        raise DocumentError("(json)", f"Tệp có một số quá dài ({thousands(len(text))} ký tự).")
    value = float(text)
    if not math.isfinite(value):
        raise DocumentError("(json)", f"Tệp có một số vượt quá giới hạn ({text[:20]}).")
    return value


def _json_constant(name: str) -> float:
    raise DocumentError("(json)", f"Tệp có giá trị “{name}” không phải là số hợp lệ trong JSON.")


def parse_document_json(raw: bytes | str, source: str = "") -> Any:
    """The JSON form of a document from bytes (UTF-8, with or without BOM) or text, with every limit enforced
    before the work it bounds: size before decoding, integer length before conversion, nesting by the parser's
    own guard and then :data:`MAX_DEPTH`. Raises :class:`DocumentError` (key "(json)"), message in Vietnamese.
    """
    name = f"Tệp {source}" if source else "Tệp"
    if len(raw) > MAX_JSON_BYTES:
        raise DocumentError("(json)", f"{name} quá lớn ({len(raw) // 1_000_000} MB; tối đa 20 MB).")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")  # Notepad on Windows writes a BOM
        except UnicodeDecodeError:
            raise DocumentError("(json)", f"{name} không phải văn bản UTF-8.") from None
    try:
        data = json.loads(raw, parse_int=_json_int, parse_float=_json_float, parse_constant=_json_constant)
    except RecursionError:
        data = None
    except json.JSONDecodeError as exc:
        raise DocumentError(
            "(json)", f"{name} không phải JSON hợp lệ: dòng {exc.lineno}, cột {exc.colno} ({exc.msg})."
        ) from None
    if data is None and raw.strip() != "null" or not nesting_within(data, MAX_DEPTH):
        raise DocumentError("(json)", f"{name} lồng nhau quá sâu (tối đa {MAX_DEPTH} cấp).")
    return data
