"""Layout profiles as data: every number of the rulebooks in one place, overridable per organisation.

``party`` follows Hướng dẫn 36-HD/VPTW (2018), whose numbers the 2026 guidance reportedly keeps; ``state``
follows Nghị định 30/2020/NĐ-CP, choosing one value inside each allowed range. The tags in the comments are
those of /work/shared/reference/document-format.md: [Q] quoted official text, [P] primary text, [R] seen in
real documents, [I] implementations only (uncertain, hence overridable).

``profile_for("party", {"margins_mm": {"left": 35}, "styles": {"doc_type": {"size": 15}}})`` returns a copy
with those values replaced; an unknown key raises :class:`DocumentError` naming it ("profile.margins_mm.lft").
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from secretary_app.domain.document import DocumentError

MM = 72 / 25.4  # points per millimetre


@dataclass(frozen=True)
class TextStyle:
    size: float
    bold: bool = False
    italic: bool = False
    underline: bool = False
    caps: bool = False


@dataclass(frozen=True)
class Margins:
    top: float
    bottom: float
    left: float
    right: float


@dataclass(frozen=True)
class KindLayout:
    """What a kind of document prints beyond the common parts (issue 14): the enacting line after the bases
    of a decision ("QUYẾT ĐỊNH:") or a state resolution ("QUYẾT NGHỊ:"); empty: none."""

    enacting: str = ""


# Party: a decision's bases are "- Căn cứ …;" lines, the last ending with "," before the enacting line [R]
# (QĐ 399-QĐ/TW, QĐ 29-QĐ/TW); the line "QUYẾT ĐỊNH:" itself [I] (the Party examples found print "<BODY>
# QUYẾT ĐỊNH" or "QUYẾT ĐỊNH" without a colon, so it is data here). A Party resolution is written in parts
# ("I- …"), with no enacting line [R] (NQ 01-NQ/ĐU).
_PARTY_KINDS = {"decision": KindLayout(enacting="QUYẾT ĐỊNH:")}
# State, NĐ 30 Phụ lục III: Mẫu 1.2/1.3 "QUYẾT ĐỊNH:", Mẫu 1.1 "QUYẾT NGHỊ:" [P].
_STATE_KINDS = {
    "decision": KindLayout(enacting="QUYẾT ĐỊNH:"),
    "resolution": KindLayout(enacting="QUYẾT NGHỊ:"),
}


@dataclass(frozen=True)
class Profile:
    name: str
    styles: dict[str, TextStyle]
    page_mm: tuple[float, float] = (210.0, 297.0)  # A4 portrait [Q]/[P]
    margins_mm: Margins = field(default_factory=lambda: Margins(top=20, bottom=20, left=30, right=15))
    national_title: str = "ĐẢNG CỘNG SẢN VIỆT NAM"
    national_motto: str = ""  # state: "Độc lập - Tự do - Hạnh phúc"
    rule_stroke_pt: float = 0.6
    header_left_fraction: float = 0.45  # design choice: 45/55 reproduces real documents [?]/[R]
    header_line_spacing: float = 1.15  # header lines are single-spaced
    issuer_star: bool = True  # party: "*" under the issuing body [R]
    issuer_rule_fraction: float = 0.0  # state: a rule 1/3–1/2 of the issuer line under it [P]
    number_prefix: str = "Số "  # party: no colon [Q]; state "Số: " [P]
    number_pattern: str = "{prefix}{number}-{type}/{issuer}"  # state: "{prefix}{number}/{type}-{issuer}"
    number_min_digits: int = 2  # numbers below 10 get a leading zero [Q]
    blank_number: str = "\u00a0" * 5  # blank-number draft: "Số      -TB/ĐU", filled in by hand [R]
    number_on_date_line: bool = False  # state: "Số:" level with the place/date line [P]
    print_date_for_minutes: bool = True  # NĐ 30 Mẫu 1.9 prints none; Party practice varies [I]
    subject_separator: str = "-----"  # party [R]; state uses a rule instead
    subject_rule_fraction: float = 0.0  # state: rule 1/3–1/2 under the trích yếu [P]
    letter_subject_prefix: str = ""  # state: "V/v "
    title_space_before_pt: float = 18.0
    body_first_indent_mm: float = 10.0  # "khoảng 10 mm" [I]
    body_line_exact_pt: float = 18.0  # "tối thiểu 18 pt (Exactly)" [I]
    body_space_before_pt: float = 6.0  # ≥ 6 pt [I]
    item_prefix: str = "- "
    signature_left_fraction: float = 0.45  # Nơi nhận column / signature column split
    signature_space_before_pt: float = 12.0
    signature_blank_lines: int = 4  # empty 14-pt lines for signature + seal [I]; real docs 3–5 [R]
    recipients_label: str = "Nơi nhận:"
    recipients_separator: str = ";"  # real Party documents use ";" [R]; wp37 claims "," [I]
    recipients_terminator: str = "."
    addressee_label: str = "Kính gửi:"
    # Several addressees: the first on the "Kính gửi:" row (real Party letters, CV 2449-CV/ĐU [R]); the
    # state profile keeps them under the label.
    addressee_first_on_label_row: bool = True
    page_number_from: int = 2  # no number on page 1 [I]/[P]
    page_number_top_mm: float = 10.0  # ~10 mm from the top edge, centred on the text block [I]/[S]
    draft_text: str = "DỰ THẢO"
    table_font_delta: float = -1.0  # tables print one point smaller than the body
    table_padding_pt: float = 3.0
    # Issue 14: decisions and resolutions. Bases: party "- Căn cứ …;" … "," [R]; state "Căn cứ …;" … "." [P].
    basis_prefix: str = "- "
    basis_separator: str = ";"
    basis_terminator: str = ","
    article_label: str = "Điều {number}."  # bold, then the article's text on the same line [P]/[R]
    kinds: dict[str, KindLayout] = field(default_factory=lambda: dict(_PARTY_KINDS))


# Style keys shared by both profiles; renderer code refers to them by name.
_PARTY_STYLES = {
    "national_title": TextStyle(15, bold=True, caps=True),  # [Q]
    "national_motto": TextStyle(14, bold=True),
    "issuer_parent": TextStyle(14, caps=True),  # [Q]
    "issuer": TextStyle(14, bold=True, caps=True),  # [Q]
    "star": TextStyle(14),  # [R] position, [I] size
    "number": TextStyle(14),  # [Q]
    "date": TextStyle(14, italic=True),  # [Q]
    "letter_subject": TextStyle(12, italic=True),  # công văn trích yếu [Q]
    "doc_type": TextStyle(16, bold=True, caps=True),  # 15–16 [Q]
    "subject": TextStyle(14, bold=True),  # 14–15 [Q]
    "separator": TextStyle(14),
    "body": TextStyle(14),  # [Q]
    "heading": TextStyle(14, bold=True),
    "section": TextStyle(14, bold=True),
    "subheading": TextStyle(14, bold=True, italic=True),
    "item": TextStyle(14),
    "table": TextStyle(13),
    "table_header": TextStyle(13, bold=True),
    "addressee_label": TextStyle(14, italic=True),  # [I]
    "addressee": TextStyle(14, italic=True),
    "authority": TextStyle(14, bold=True, caps=True),  # [I]
    "position": TextStyle(14, caps=True),  # not bold [I]
    "signer": TextStyle(14, bold=True),  # [I]
    "signature_label": TextStyle(14, italic=True),
    "recipients_label": TextStyle(14, underline=True),  # underlined, not bold [I]
    "recipients": TextStyle(12),  # [I]
    "page_number": TextStyle(14),  # [I]
    "secrecy": TextStyle(14, bold=True, caps=True),
    "urgency": TextStyle(14, bold=True, caps=True),  # [I]
    "draft": TextStyle(14, italic=True),  # "Dự thảo lần 2" 14 nghiêng [I]
    # issue 14
    "enactor": TextStyle(14, bold=True, caps=True),  # "BAN THƯỜNG VỤ ĐẢNG ỦY", centred [R] (QĐ 367 Đoàn TN)
    "basis": TextStyle(14),  # "- Căn cứ …;" upright [I] wp37, [R] QĐ 399
    "enacting": TextStyle(14, bold=True, caps=True),  # "QUYẾT ĐỊNH:" centred bold [P] (NĐ 30), [R]
    "article_label": TextStyle(14, bold=True),  # "Điều 1." [I] party, [P] state
}

_STATE_STYLE_CHANGES = {
    "national_title": TextStyle(12, bold=True, caps=True),  # 12–13 [P]; 13 does not fit a 55 % column
    "national_motto": TextStyle(13, bold=True),  # 13–14 [P]
    "issuer_parent": TextStyle(12, caps=True),  # 12–13 [P]
    "issuer": TextStyle(12, bold=True, caps=True),  # 12–13 [P]
    "number": TextStyle(13),  # [P]
    "date": TextStyle(13, italic=True),  # 13–14 [P]
    "letter_subject": TextStyle(12),  # "V/v …" 12–13 upright [P]
    "doc_type": TextStyle(14, bold=True, caps=True),  # 13–14 [P]
    "subject": TextStyle(14, bold=True),  # 13–14 [P]
    "subheading": TextStyle(14, bold=True),
    "addressee_label": TextStyle(14),  # upright [P]
    "addressee": TextStyle(14),
    "position": TextStyle(14, bold=True, caps=True),  # both lines bold [P]
    "recipients_label": TextStyle(12, bold=True, italic=True),  # [P]
    "recipients": TextStyle(11),  # [P]
    "page_number": TextStyle(13),  # 13–14 [P]
    "urgency": TextStyle(13, bold=True, caps=True),
    "secrecy": TextStyle(13, bold=True, caps=True),
    "basis": TextStyle(14, italic=True),  # "Căn cứ" 13–14 nghiêng [P]
}

PROFILES: dict[str, Profile] = {
    "party": Profile(name="party", styles=dict(_PARTY_STYLES)),
    "state": Profile(
        name="state",
        styles={**_PARTY_STYLES, **_STATE_STYLE_CHANGES},
        national_title="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        national_motto="Độc lập - Tự do - Hạnh phúc",
        header_left_fraction=0.40,
        issuer_star=False,
        issuer_rule_fraction=0.4,
        number_prefix="Số: ",
        number_pattern="{prefix}{number}/{type}-{issuer}",
        number_on_date_line=True,
        addressee_first_on_label_row=False,
        print_date_for_minutes=False,
        subject_separator="",
        subject_rule_fraction=0.35,
        letter_subject_prefix="V/v ",
        recipients_label="Nơi nhận:",
        basis_prefix="",
        basis_terminator=".",
        kinds=dict(_STATE_KINDS),
    ),
}


def _merge(obj: Any, overrides: Any, path: str) -> Any:
    """Return ``obj`` with ``overrides`` applied recursively; unknown keys and wrong types raise."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        if not isinstance(overrides, dict):
            raise DocumentError(path, f"“{path}” phải là một đối tượng {{…}}.")
        names = {f.name for f in dataclasses.fields(obj)}
        changes = {}
        for key, value in overrides.items():
            if key not in names:
                raise DocumentError(f"{path}.{key}", f"Khóa cấu hình “{path}.{key}” không tồn tại.")
            changes[key] = _merge(getattr(obj, key), value, f"{path}.{key}")
        return dataclasses.replace(obj, **changes)
    if isinstance(obj, dict):
        if not isinstance(overrides, dict):
            raise DocumentError(path, f"“{path}” phải là một đối tượng {{…}}.")
        merged = dict(obj)
        for key, value in overrides.items():
            if key not in obj:
                raise DocumentError(f"{path}.{key}", f"Khóa cấu hình “{path}.{key}” không tồn tại.")
            merged[key] = _merge(obj[key], value, f"{path}.{key}")
        return merged
    if isinstance(obj, tuple):
        if not isinstance(overrides, list | tuple) or len(overrides) != len(obj):
            raise DocumentError(path, f"“{path}” phải là danh sách {len(obj)} số.")
        return tuple(
            _merge(o, v, f"{path}[{i}]") for i, (o, v) in enumerate(zip(obj, overrides, strict=True))
        )
    if isinstance(obj, bool):
        if not isinstance(overrides, bool):
            raise DocumentError(path, f"“{path}” phải là true/false.")
        return overrides
    if isinstance(obj, int | float):
        if isinstance(overrides, bool) or not isinstance(overrides, int | float):
            raise DocumentError(path, f"“{path}” phải là một số.")
        return type(obj)(overrides) if isinstance(obj, float) or float(overrides).is_integer() else overrides
    if isinstance(obj, str):
        if not isinstance(overrides, str):
            raise DocumentError(path, f"“{path}” phải là chuỗi văn bản.")
        return overrides
    raise DocumentError(path, f"Không thể thay đổi “{path}”.")  # pragma: no cover - all fields handled above


def profile_for(standard: str, overrides: dict | None = None) -> Profile:
    """The layout profile of ``standard`` ("party" or "state") with an organisation's overrides applied."""
    try:
        base = PROFILES[standard]
    except KeyError:
        raise DocumentError(
            "standard", f"Chuẩn thể thức “{standard}” không có (chọn: {', '.join(PROFILES)})."
        ) from None
    return _merge(base, overrides, "profile") if overrides else base
