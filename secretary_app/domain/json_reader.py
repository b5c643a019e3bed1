"""Reading one JSON object field by field with errors that name the dotted key ("signature.name"), so a
CLI user can find the line to fix: the generic part of reading a document (document_reading.py)."""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

from secretary_app.domain.document_limits import (
    MAX_BLOCKS,
    MAX_COUNT,
    MAX_LINE_TEXT,
    MAX_TEXT,
    DocumentError,
    check_length,
    thousands,
)
from secretary_app.domain.text import DateParseError, clean_line, nfc, parse_vn_date

_TYPE_NAMES = {
    str: "chuỗi văn bản",
    int: "số nguyên",
    bool: "true/false",
    list: "danh sách",
    dict: "đối tượng",
}


class JsonReader:
    """Reads one JSON object, remembering its dotted path so every error names the key."""

    def __init__(self, data: Any, path: str, allowed: tuple[str, ...]):
        if not isinstance(data, dict):
            raise DocumentError(path or "(gốc)", f"“{path or 'tài liệu'}” phải là một đối tượng JSON {{…}}.")
        self.data = data
        self.path = path
        unknown = [k for k in data if k not in allowed and not k.startswith(("_", "//"))]
        if unknown:
            key = self.key(unknown[0])
            raise DocumentError(
                key, f"Khóa “{key}” không được hỗ trợ (các khóa hợp lệ: {', '.join(allowed)})."
            )

    def key(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def raw(self, name: str, kind: type, required: bool) -> Any:
        key = self.key(name)
        if name not in self.data or self.data[name] is None:
            if required:
                raise DocumentError(key, f"Thiếu khóa bắt buộc “{key}”.")
            return None
        value = self.data[name]
        # bool is an int in Python; a count given as true/false is a mistake, not 1/0.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise DocumentError(
                key,
                f"“{key}” phải là {_TYPE_NAMES[kind]}, không phải "
                f"{_TYPE_NAMES.get(type(value), type(value).__name__)}.",
            )
        return value

    def text(self, name: str, required: bool = False, one_line: bool = True, limit: int = 0) -> str:
        """A text field; ``limit`` defaults to :data:`MAX_LINE_TEXT` (one line) or :data:`MAX_TEXT`."""
        value = self.raw(name, str, required)
        if value is None:
            return ""
        check_length(self.key(name), value, limit or (MAX_LINE_TEXT if one_line else MAX_TEXT))
        value = clean_line(value) if one_line else clean_multiline(value)
        if required and not value:
            key = self.key(name)
            raise DocumentError(key, f"“{key}” không được để trống.")
        return value

    def integer(
        self, name: str, required: bool = False, minimum: int = 0, maximum: int = MAX_COUNT
    ) -> int | None:
        value = self.raw(name, int, required)
        if value is not None and not minimum <= value <= maximum:
            key = self.key(name)
            raise DocumentError(key, f"“{key}” phải là số nguyên từ {minimum} đến {thousands(maximum)}.")
        return value

    def boolean(self, name: str) -> bool:
        return bool(self.raw(name, bool, False))

    def items(self, name: str, required: bool = False, limit: int = MAX_BLOCKS) -> list[tuple[str, Any]]:
        value = self.raw(name, list, required)
        if value is not None and len(value) > limit:
            key = self.key(name)
            raise DocumentError(
                key, f"“{key}” có {thousands(len(value))} mục, quá giới hạn {thousands(limit)}."
            )
        return [(f"{self.key(name)}[{i}]", v) for i, v in enumerate(value or [])]

    def text_list(self, name: str, limit: int = MAX_BLOCKS, chars: int = MAX_LINE_TEXT) -> list[str]:
        out = []
        for key, value in self.items(name, limit=limit):
            if not isinstance(value, str):
                raise DocumentError(key, f"“{key}” phải là chuỗi văn bản.")
            check_length(key, value, chars)
            text = clean_line(value)
            if text:
                out.append(text)
        return out

    def choice(self, name: str, options: tuple[str, ...], label: str, required: bool = True) -> str:
        value = self.text(name, required=required)
        if value and value not in options:
            key = self.key(name)
            raise DocumentError(
                key, f"{label} “{value}” không hợp lệ ở “{key}” (chọn một trong: {', '.join(options)})."
            )
        return value


def clean_multiline(text: str) -> str:
    """NFC; lines trimmed and single-spaced, but explicit line breaks kept (multi-line positions, names)."""
    return "\n".join(clean_line(line) for line in nfc(text).split("\n")).strip("\n")


def read_date(reader: JsonReader, name: str, required: bool) -> date | None:
    value = reader.raw(name, str, required)
    if value is None or not value.strip():
        if required:
            raise DocumentError(reader.key(name), f"Thiếu ngày ở “{reader.key(name)}”.")
        return None
    try:
        return parse_vn_date(value)
    except DateParseError as exc:
        raise DocumentError(reader.key(name), f"{exc.message} (khóa “{reader.key(name)}”)") from None


_TIME = re.compile(r"^\s*(\d{1,2})\s*(?::|h|giờ)\s*(\d{1,2})?\s*(?:phút)?\s*$", re.IGNORECASE)


def read_time(reader: JsonReader, name: str) -> time | None:
    value = reader.raw(name, str, False)
    if value is None or not value.strip():
        return None
    match = _TIME.match(nfc(value))
    key = reader.key(name)
    if not match:
        raise DocumentError(key, f"Giờ “{value}” ở “{key}” không hợp lệ (nhập dạng 08:30).")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise DocumentError(key, f"Giờ “{value}” ở “{key}” không có thật.")
    return time(hour, minute)
