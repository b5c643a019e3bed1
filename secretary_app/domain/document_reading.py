"""Reading a document from its JSON form: ``document_from_dict`` parses and validates it into the typed
:class:`~secretary_app.domain.document.Document`, raising ``DocumentError`` with a dotted key and a Vietnamese
message that names it, so a CLI user can find the line to fix."""

from __future__ import annotations

import re
from typing import Any

from secretary_app.domain.document import (
    BLOCK_TYPES,
    KINDS,
    SECRECY_MARKS,
    STANDARDS,
    TITLE_REQUIRED,
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
    MAX_CHART_BARS,
    MAX_CHART_SERIES,
    MAX_CHART_VALUE,
    MAX_COLUMNS,
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
from secretary_app.domain.json_reader import JsonReader, clean_multiline, read_date, read_time
from secretary_app.domain.text import clean_line

# Authority prefixes written the other standard's way, with the right form (None: that standard has none).
_WRONG_AUTHORITY: dict[str, dict[str, str | None]] = {
    "party": {"TM.": "T/M", "KT.": "K/T", "TL.": "T/L", "TUQ.": None},
    "state": {"T/M": "TM.", "K/T": "KT.", "T/L": "TL."},
}


# ------------------------------------------------------------------------------------------------------------
# Parsing


def _parse_issuer(data: Any, key: str) -> Issuer:
    r = JsonReader(data, key, ("parent", "name", "code"))
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
    r = JsonReader(data, key, ("authority", "position", "name", "label"))
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
        return BodyBlock(type="paragraph", text=clean_multiline(data))
    r = JsonReader(
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


def _parse_chart(r: JsonReader, block: BodyBlock) -> None:
    block.categories = r.text_list("categories", limit=MAX_CHART_BARS)
    if not block.categories:
        raise DocumentError(r.key("categories"), f"Biểu đồ cần ít nhất một nhãn ở “{r.key('categories')}”.")
    block.stacked = r.boolean("stacked")
    for s_key, value in r.items("series", required=True, limit=MAX_CHART_SERIES):
        s = JsonReader(value, s_key, ("name", "values", "color"))
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


def _parse_blocks(reader: JsonReader, name: str) -> list[BodyBlock]:
    return [_parse_block(value, key) for key, value in reader.items(name)]


def _parse_vote(data: Any, key: str) -> VoteResult:
    r = JsonReader(data, key, ("subject", "for", "against", "other"))
    return VoteResult(
        subject=r.text("subject", limit=MAX_TEXT),  # a vote entry of the minutes
        for_=r.integer("for", required=True) or 0,  # (required: never None)
        against=r.integer("against") or 0,
        other=r.integer("other") or 0,
    )


def _parse_minutes_item(value: Any, i_key: str, title_required: bool = True) -> MinutesItem:
    it = JsonReader(value, i_key, ("title", "content", "speeches", "conclusion", "votes"))
    item = MinutesItem(
        title=it.text("title", required=title_required),
        content=_parse_blocks(it, "content"),
        conclusion=it.text("conclusion", one_line=False),
    )
    for s_key, speech in it.items("speeches"):
        s = JsonReader(speech, s_key, ("speaker", "text"))
        item.speeches.append(
            Speech(
                speaker=s.text("speaker", required=True),
                text=s.text("text", required=True, one_line=False),
            )
        )
    item.votes = [_parse_vote(v, v_key) for v_key, v in it.items("votes")]
    return item


def _parse_minutes(data: Any, key: str) -> Minutes:
    r = JsonReader(
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
        start=read_time(r, "start"),
        end=read_time(r, "end"),
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
        a = JsonReader(
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
        a = JsonReader(value, a_key, ("name", "reason"))
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
    "enactor",
    "bases",
    "enacting",
)


def document_from_dict(d: Any) -> Document:
    """Parse and validate a document given as a dict (the JSON form); raises :class:`DocumentError`."""
    r = JsonReader(d, "", _TOP_KEYS)
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
        date=read_date(r, "date", required=False),
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
        enactor=r.text("enactor", one_line=False, limit=MAX_LINE_TEXT),
        bases=r.text_list("bases", limit=MAX_RECIPIENTS, chars=MAX_LINE_TEXT),
        enacting=r.text("enacting", limit=MAX_LINE_TEXT),
    )
    if not nesting_within(doc.meta, MAX_DEPTH):
        raise DocumentError("meta", f"“meta” lồng nhau quá sâu (tối đa {MAX_DEPTH} cấp).")
    if any(ch in doc.type_code for ch in " /-"):
        raise DocumentError(
            "type_code",
            "Ký hiệu loại văn bản ở “type_code” không được chứa dấu cách, “/” hoặc “-” (ví dụ: TB).",
        )
    if kind in TITLE_REQUIRED and not doc.title:
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
        m = JsonReader(marks, "marks", ("secrecy", "urgency"))
        doc.marks = Marks(
            secrecy=m.choice("secrecy", SECRECY_MARKS, "Độ mật", required=False) or None,
            urgency=m.choice("urgency", URGENCY_MARKS, "Độ khẩn", required=False) or None,
        )
    left = r.raw("signature_left", dict, False)
    if left is not None:
        doc.signature_left = _parse_signature(left, "signature_left", standard)
    for b_key, value in r.items("signature_blocks"):
        b = JsonReader(value, b_key, ("title", "signers"))
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
