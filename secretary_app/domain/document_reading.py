"""Reading a document from its JSON form: ``document_from_dict`` parses and validates it into the typed
:class:`~secretary_app.domain.document.Document`, raising ``DocumentError`` with a dotted key and a Vietnamese
message that names it, so a CLI user can find the line to fix."""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

from secretary_app.domain.document import (
    BLOCK_TYPES,
    KINDS,
    SECRECY_MARKS,
    STANDARDS,
    URGENCY_MARKS,
    Absentee,
    AttendanceFigures,
    BodyBlock,
    ChartSeries,
    Document,
    Issuer,
    Marks,
    Minutes,
    MinutesItem,
    Signature,
    SignatureBlock,
    Speech,
    VoteResult,
)
from secretary_app.domain.document_limits import (
    MAX_BLOCKS,
    MAX_CHART_BARS,
    MAX_CHART_SERIES,
    MAX_CHART_VALUE,
    MAX_COLUMNS,
    MAX_COUNT,
    MAX_DEPTH,
    MAX_LINE_TEXT,
    MAX_NUMBER,
    MAX_RECIPIENT_CHARS,
    MAX_RECIPIENTS,
    MAX_ROWS,
    MAX_TEXT,
    MAX_WIDTH_RATIO,
    DocumentError,
    check_length,
    nesting_within,
    thousands,
)
from secretary_app.domain.text import DateParseError, clean_line, nfc, parse_vn_date

# Authority prefixes written the other standard's way, with the right form (None: that standard has none).
_WRONG_AUTHORITY: dict[str, dict[str, str | None]] = {
    "party": {"TM.": "T/M", "KT.": "K/T", "TL.": "T/L", "TUQ.": None},
    "state": {"T/M": "TM.", "K/T": "KT.", "T/L": "TL."},
}


# ------------------------------------------------------------------------------------------------------------
# Parsing


_TYPE_NAMES = {
    str: "chuỗi văn bản",
    int: "số nguyên",
    bool: "true/false",
    list: "danh sách",
    dict: "đối tượng",
}


class _Reader:
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
        value = clean_line(value) if one_line else _clean_multiline(value)
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


def _clean_multiline(text: str) -> str:
    """NFC; lines trimmed and single-spaced, but explicit line breaks kept (multi-line positions, names)."""
    return "\n".join(clean_line(line) for line in nfc(text).split("\n")).strip("\n")


def _parse_date(reader: _Reader, name: str, required: bool) -> date | None:
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


def _parse_time(reader: _Reader, name: str) -> time | None:
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


def _parse_issuer(data: Any, key: str) -> Issuer:
    r = _Reader(data, key, ("parent", "name", "code"))
    code = r.text("code", required=True)
    if any(ch in code for ch in " /"):
        raise DocumentError(
            r.key("code"), f"Ký hiệu cơ quan ở “{r.key('code')}” không được chứa dấu cách hoặc “/”."
        )
    return Issuer(
        parent=r.text("parent", one_line=False, limit=MAX_LINE_TEXT),
        name=r.text("name", required=True, one_line=False, limit=MAX_LINE_TEXT),
        code=code,
    )


def _parse_signature(data: Any, key: str, standard: str) -> Signature:
    r = _Reader(data, key, ("authority", "position", "name", "label"))
    sig = Signature(
        authority=r.text("authority", one_line=False, limit=MAX_LINE_TEXT),
        position=r.text("position", one_line=False, limit=MAX_LINE_TEXT),
        name=r.text("name", required=True),
        label=r.text("label"),
    )
    first_word = sig.authority.split(" ", 1)[0].upper() if sig.authority else ""
    wrong = _WRONG_AUTHORITY.get(standard, {})
    if first_word in wrong:
        right = wrong[first_word]
        hint = f"dùng “{right}”" if right else "không có hình thức này"
        rule = "văn bản của Đảng (HD 36)" if standard == "party" else "văn bản hành chính (NĐ 30/2020)"
        raise DocumentError(
            r.key("authority"),
            f"Quyền hạn ký “{first_word}” ở “{r.key('authority')}” sai thể thức {rule}: {hint}.",
        )
    return sig


def _parse_block(data: Any, key: str) -> BodyBlock:
    if isinstance(data, str):  # shorthand: a bare string is a paragraph
        return BodyBlock(type="paragraph", text=_clean_multiline(data))
    r = _Reader(
        data,
        key,
        ("type", "text", "number", "columns", "rows", "widths", "ref", "categories", "series", "stacked"),
    )
    kind = r.choice("type", BLOCK_TYPES, "Loại khối")
    block = BodyBlock(
        type=kind, text=r.text("text", one_line=False), number=r.text("number"), ref=r.text("ref")
    )
    if kind == "table":
        block.columns = r.text_list("columns", limit=MAX_COLUMNS)
        for row_key, row in r.items("rows", required=True, limit=MAX_ROWS):
            if not isinstance(row, list) or not all(
                isinstance(c, str | int | float) and not isinstance(c, bool) for c in row
            ):
                raise DocumentError(row_key, f"“{row_key}” phải là danh sách các ô (chuỗi hoặc số).")
            if len(row) > MAX_COLUMNS:
                raise DocumentError(
                    row_key, f"Dòng “{row_key}” có {len(row)} ô; bảng có tối đa {MAX_COLUMNS} cột."
                )
            cells = [str(c) for c in row]
            for i, cell in enumerate(cells):
                check_length(f"{row_key}[{i}]", cell, MAX_LINE_TEXT)
            block.rows.append([clean_line(c) for c in cells])
        ncols = len(block.columns) or max((len(row) for row in block.rows), default=0)
        for i, row in enumerate(block.rows):
            if len(row) != ncols:
                raise DocumentError(
                    f"{r.key('rows')}[{i}]",
                    f"Dòng “{r.key('rows')}[{i}]” có {len(row)} ô, bảng có {ncols} cột.",
                )
        for w_key, w in r.items("widths", limit=MAX_COLUMNS):
            if not isinstance(w, int | float) or isinstance(w, bool) or not 0 < w < MAX_CHART_VALUE:
                raise DocumentError(w_key, f"“{w_key}” phải là số dương.")
            block.widths.append(float(w))
        if block.widths and len(block.widths) != ncols:
            raise DocumentError(r.key("widths"), f"“{r.key('widths')}” phải có {ncols} giá trị.")
        if block.widths and max(block.widths) > MAX_WIDTH_RATIO * min(block.widths):
            raise DocumentError(
                r.key("widths"),
                f"Cột rộng nhất ở “{r.key('widths')}” gấp hơn {MAX_WIDTH_RATIO:g} lần cột hẹp nhất; "
                "cột hẹp như vậy không in được chữ nào.",
            )
    elif kind == "chart":
        _parse_chart(r, block)
    elif kind != "page_break" and not block.text:
        raise DocumentError(r.key("text"), f"Khối “{key}” ({kind}) thiếu nội dung ở “{r.key('text')}”.")
    return block


def _parse_chart(r: _Reader, block: BodyBlock) -> None:
    block.categories = r.text_list("categories", limit=MAX_CHART_BARS)
    if not block.categories:
        raise DocumentError(r.key("categories"), f"Biểu đồ cần ít nhất một nhãn ở “{r.key('categories')}”.")
    block.stacked = r.boolean("stacked")
    for s_key, value in r.items("series", required=True, limit=MAX_CHART_SERIES):
        s = _Reader(value, s_key, ("name", "values", "color"))
        series = ChartSeries(name=s.text("name", required=True), color=s.text("color"))
        if series.color and not re.fullmatch(r"#[0-9a-fA-F]{6}", series.color):
            raise DocumentError(
                s.key("color"), f"Màu “{series.color}” ở “{s.key('color')}” phải có dạng #rrggbb."
            )
        for v_key, v in s.items("values", required=True, limit=MAX_CHART_BARS):
            if not isinstance(v, int | float) or isinstance(v, bool) or not 0 <= v <= MAX_CHART_VALUE:
                raise DocumentError(
                    v_key, f"“{v_key}” phải là số từ 0 đến {thousands(int(MAX_CHART_VALUE))}."
                )
            series.values.append(v)
        if len(series.values) != len(block.categories):
            raise DocumentError(
                s.key("values"),
                f"“{s.key('values')}” phải có {len(block.categories)} giá trị (một cho mỗi nhãn).",
            )
        block.series.append(series)
    if not block.series:
        raise DocumentError(r.key("series"), f"Biểu đồ cần ít nhất một dãy số ở “{r.key('series')}”.")


def _parse_blocks(reader: _Reader, name: str) -> list[BodyBlock]:
    return [_parse_block(value, key) for key, value in reader.items(name)]


def _parse_vote(data: Any, key: str) -> VoteResult:
    r = _Reader(data, key, ("subject", "for", "against", "other"))
    return VoteResult(
        subject=r.text("subject", limit=MAX_TEXT),  # a vote entry of the minutes
        for_=r.integer("for", required=True) or 0,  # (required: never None)
        against=r.integer("against") or 0,
        other=r.integer("other") or 0,
    )


def _parse_minutes_item(value: Any, i_key: str, title_required: bool = True) -> MinutesItem:
    it = _Reader(value, i_key, ("title", "content", "speeches", "conclusion", "votes"))
    item = MinutesItem(
        title=it.text("title", required=title_required),
        content=_parse_blocks(it, "content"),
        conclusion=it.text("conclusion", one_line=False),
    )
    for s_key, speech in it.items("speeches"):
        s = _Reader(speech, s_key, ("speaker", "text"))
        item.speeches.append(
            Speech(
                speaker=s.text("speaker", required=True),
                text=s.text("text", required=True, one_line=False),
            )
        )
    item.votes = [_parse_vote(v, v_key) for v_key, v in it.items("votes")]
    return item


def _parse_minutes(data: Any, key: str) -> Minutes:
    r = _Reader(
        data,
        key,
        (
            "start",
            "end",
            "place",
            "form",
            "attendance",
            "absentees",
            "online_sites",
            "guests",
            "chair",
            "secretary",
            "agenda",
            "items",
            "votes",
            "closing",
            "opening",
            "dateline",
            "general",
            "conclusion",
            "quorum",
            "noun",
            "entitled",
            "approval",
        ),
    )
    m = Minutes(
        start=_parse_time(r, "start"),
        end=_parse_time(r, "end"),
        place=r.text("place"),
        form=r.text("form"),
        online_sites=r.text_list("online_sites"),
        guests=r.text_list("guests"),
        chair=r.text("chair"),  # optional: an inspection biên bản has signers per body instead
        secretary=r.text("secretary"),
        agenda=r.text_list("agenda"),
        closing=r.text("closing", one_line=False),
        opening=r.text("opening", one_line=False),
        dateline=r.boolean("dateline"),
        conclusion=r.text("conclusion", one_line=False),
        quorum=r.text("quorum", one_line=False),
        noun=r.text("noun"),
        entitled=r.integer("entitled", minimum=1),
        approval=r.text("approval"),
    )
    if "attendance" in r.data and r.data["attendance"] is not None:
        a = _Reader(
            r.data["attendance"],
            r.key("attendance"),
            ("total", "official", "probationary", "present", "absent"),
        )
        m.attendance = AttendanceFigures(
            **{k: a.integer(k) for k in ("total", "official", "probationary", "present", "absent")}
        )
        att = m.attendance
        if att.total is not None and att.present is not None and att.present > att.total:
            raise DocumentError(
                a.key("present"), f"Số có mặt ở “{a.key('present')}” lớn hơn tổng số ({att.total})."
            )
        if (
            att.total is not None
            and att.official is not None
            and att.probationary is not None
            and att.official + att.probationary != att.total
        ):
            raise DocumentError(
                a.key("total"), f"“{a.key('total')}” ({att.total}) khác tổng chính thức + dự bị."
            )
    for a_key, value in r.items("absentees"):
        if isinstance(value, str):
            m.absentees.append(Absentee(name=clean_line(value)))
            continue
        a = _Reader(value, a_key, ("name", "reason"))
        m.absentees.append(Absentee(name=a.text("name", required=True), reason=a.text("reason")))
    m.items = [_parse_minutes_item(value, i_key) for i_key, value in r.items("items")]
    general = r.raw("general", dict, False)
    if general is not None:
        m.general = _parse_minutes_item(general, r.key("general"), title_required=False)
    m.votes = [_parse_vote(v, v_key) for v_key, v in r.items("votes")]
    if m.start and m.end and m.end < m.start:
        raise DocumentError(r.key("end"), f"Giờ kết thúc “{r.key('end')}” sớm hơn giờ bắt đầu.")
    return m


_TOP_KEYS = (
    "standard",
    "kind",
    "issuer",
    "number",
    "type_code",
    "place",
    "date",
    "title",
    "subject",
    "body",
    "signature",
    "signature_left",
    "signature_blocks",
    "recipients",
    "addressees",
    "marks",
    "draft",
    "draft_label",
    "unnumbered",
    "minutes",
    "meta",
)


def document_from_dict(d: Any) -> Document:
    """Parse and validate a document given as a dict (the JSON form); raises :class:`DocumentError`."""
    r = _Reader(d, "", _TOP_KEYS)
    standard = r.choice("standard", STANDARDS, "Chuẩn thể thức")
    kind = r.choice("kind", KINDS, "Loại văn bản")
    # Signature blocks may sign the document instead (an inspection biên bản without a chair).
    signature = r.raw("signature", dict, not r.data.get("signature_blocks"))
    doc = Document(
        standard=standard,
        kind=kind,
        issuer=_parse_issuer(r.raw("issuer", dict, True), "issuer"),
        number=r.integer("number", minimum=1, maximum=MAX_NUMBER),
        type_code=r.text("type_code", required=True),
        place=r.text("place", required=True),
        date=_parse_date(r, "date", required=False),
        title=r.text("title", one_line=False, limit=MAX_LINE_TEXT),
        subject=r.text("subject", one_line=False, limit=MAX_LINE_TEXT),
        body=_parse_blocks(r, "body"),
        signature=_parse_signature(signature, "signature", standard) if signature else Signature(name=""),
        recipients=r.text_list("recipients", limit=MAX_RECIPIENTS, chars=MAX_RECIPIENT_CHARS),
        addressees=r.text_list("addressees", limit=MAX_RECIPIENTS, chars=MAX_RECIPIENT_CHARS),
        draft=r.boolean("draft"),
        draft_label=r.text("draft_label"),
        unnumbered=r.boolean("unnumbered"),
        meta=dict(r.raw("meta", dict, False) or {}),
    )
    if not nesting_within(doc.meta, MAX_DEPTH):
        raise DocumentError("meta", f"“meta” lồng nhau quá sâu (tối đa {MAX_DEPTH} cấp).")
    if any(ch in doc.type_code for ch in " /-"):
        raise DocumentError(
            "type_code",
            "Ký hiệu loại văn bản ở “type_code” không được chứa dấu cách, “/” hoặc “-” (ví dụ: TB).",
        )
    if kind != "letter" and not doc.title:
        raise DocumentError(
            "title",
            f"Thiếu tên loại văn bản ở “title” (ví dụ: {'BIÊN BẢN' if kind == 'minutes' else 'THÔNG BÁO'}).",
        )
    if kind == "letter" and not doc.subject:
        raise DocumentError("subject", "Công văn cần trích yếu ở “subject”.")
    if not doc.draft and doc.date is None:
        raise DocumentError("date", "Thiếu ngày ban hành ở “date” (chỉ dự thảo mới được để trống).")
    marks = r.raw("marks", dict, False)
    if marks is not None:
        m = _Reader(marks, "marks", ("secrecy", "urgency"))
        doc.marks = Marks(
            secrecy=m.choice("secrecy", SECRECY_MARKS, "Độ mật", required=False) or None,
            urgency=m.choice("urgency", URGENCY_MARKS, "Độ khẩn", required=False) or None,
        )
    left = r.raw("signature_left", dict, False)
    if left is not None:
        doc.signature_left = _parse_signature(left, "signature_left", standard)
    for b_key, value in r.items("signature_blocks"):
        b = _Reader(value, b_key, ("title", "signers"))
        block = SignatureBlock(title=b.text("title", one_line=False))
        block.signers = [
            _parse_signature(s, s_key, standard) for s_key, s in b.items("signers", required=True)
        ]
        if not block.signers:
            raise DocumentError(b.key("signers"), f"Khối chữ ký “{b_key}” cần ít nhất một người ký.")
        doc.signature_blocks.append(block)
    minutes = r.raw("minutes", dict, False)
    if minutes is not None:
        if kind != "minutes":
            raise DocumentError("minutes", 'Khóa “minutes” chỉ dùng cho biên bản (kind = "minutes").')
        doc.minutes = _parse_minutes(minutes, "minutes")
    elif kind == "minutes":
        raise DocumentError(
            "minutes", "Biên bản cần khóa “minutes” (thời gian, thành phần, chủ trì, thư ký…)."
        )
    if kind == "minutes" and doc.signature_left is None and not doc.signature_blocks:
        raise DocumentError("signature_left", "Biên bản cần chữ ký của thư ký ở “signature_left”.")
    return doc
