"""From a Document to the printed strings, per standard — shared by the PDF and DOCX writers.

Everything the rules add to the bare texts lives here, once: "Số 239-TB/ĐU" vs "Số: 467/TB-VPCP", the
dateline, "- " before items, ";" between recipients and "." after the last, the caps of the header lines, the
generated paragraphs of minutes (time, place, attendance, votes, closing). The writers only place these lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from secretary_app.domain.document import (
    BodyBlock,
    Document,
    Minutes,
    MinutesItem,
    Signature,
    VoteResult,
    kind_title,
    task_text,
    without_task_marker,
)
from secretary_app.domain.meeting_rules import percent
from secretary_app.domain.text import clean_line, nfc, vn_date_long
from secretary_app.rendering.profiles import Profile


@dataclass(frozen=True)
class Line:
    text: str
    style: str  # key into Profile.styles

    def __post_init__(self) -> None:
        # Documents built in code (not parsed from JSON) may carry NFD text; NFD prints misplaced accents.
        object.__setattr__(self, "text", nfc(self.text))


@dataclass(frozen=True)
class Para:
    """A body paragraph; ``kind`` picks indent/alignment in the writers (paragraph, heading, item, …)."""

    kind: str
    text: str
    style: str
    block: BodyBlock | None = None  # tables carry their data here
    lead: str = ""  # a bold start of the text: "Điều 1." of an article

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", nfc(self.text))


@dataclass(frozen=True)
class SignatureLines:
    lines: list[Line]  # authority, position lines
    label: Line | None  # italic note inside the signing space
    name: Line


@dataclass
class LaidOut:
    header_left: list[Line]  # parent, issuing body, "*"
    issuer_rule_fraction: float
    national: list[Line]  # national title (+ motto); the rule goes under the last of them
    number: Line | None  # None: an unnumbered internal paper
    date: Line | None
    letter_subject: list[Line]
    marks: list[Line]
    draft: Line | None
    title: list[Line]  # doc type, subject lines, separator
    subject_rule_fraction: float
    addressees: list[Line]  # label first
    body: list[Para]
    signatures: list[SignatureLines]  # one (right) or two (left, right)
    recipients: list[Line] = field(default_factory=list)  # label first
    # Further signature blocks, two to a row: (title lines, signers) each.
    signature_blocks: list[tuple[list[Line], list[SignatureLines]]] = field(default_factory=list)


def _caps(text: str, profile: Profile, style: str) -> str:
    return text.upper() if profile.styles[style].caps else text


def _lines(text: str, style: str, profile: Profile) -> list[Line]:
    return [Line(_caps(part, profile, style), style) for part in text.split("\n") if part.strip()]


def number_text(doc: Document, profile: Profile) -> str:
    if doc.number is None:
        number = profile.blank_number
    else:
        number = f"{doc.number:0{profile.number_min_digits}d}"
    return profile.number_pattern.format(
        prefix=profile.number_prefix, number=number, type=doc.type_code, issuer=doc.issuer.code
    )


def date_text(doc: Document) -> str:
    if doc.date is None:  # an undated draft: the blanks are filled in when it is signed
        blank = "\u00a0" * 4
        return f"{doc.place}, ngày{blank}tháng{blank}năm{blank * 2}"
    return f"{doc.place}, {vn_date_long(doc.date)}"


_TRAILING = re.compile(r"[\s;,.]+$")


def list_lines(items: list[str], separator: str, terminator: str) -> list[str]:
    """ "- a;", "- b;", "- c.": the renderer owns the punctuation, so any typed by the user is replaced, not
    doubled."""
    cleaned = [_TRAILING.sub("", without_task_marker(clean_line(i))) for i in items]
    cleaned = [c for c in cleaned if c]
    return [f"- {c}{terminator if i == len(cleaned) - 1 else separator}" for i, c in enumerate(cleaned)]


def _signature(sig: Signature, profile: Profile) -> SignatureLines:
    lines = _lines(sig.authority, "authority", profile) + _lines(sig.position, "position", profile)
    return SignatureLines(
        lines=lines,
        label=Line(sig.label, "signature_label") if sig.label else None,
        name=Line(sig.name, "signer"),
    )


def _block_paras(blocks: list[BodyBlock], profile: Profile) -> list[Para]:
    out = []
    articles = 0
    for b in blocks:
        if b.type == "article":  # "Điều 1. …": numbered in order unless the block gives its number
            articles += 1
            lead = profile.article_label.format(number=b.number.rstrip(".") or articles)
            out.append(Para("article", f"{lead} {b.text}".strip(), "body", b, lead=lead))
        elif b.type == "item" and b.text.lstrip().startswith("+"):  # a sub-point keeps its "+" [issue 13]
            out.append(Para("item", "+ " + b.text.lstrip()[1:].strip(), "item", b))
        elif b.type == "item":
            out.append(Para("item", profile.item_prefix + without_task_marker(b.text), "item", b))
        elif b.type == "section":
            out.append(Para("section", f"{b.number} {b.text}".strip(), "section", b))
        elif b.type in ("heading", "subheading"):
            out.append(Para(b.type, b.text, b.type, b))
        elif b.type == "paragraph":
            out.append(Para("paragraph", b.text, "body", b))
        else:  # table, page_break: the writers handle them from the block
            out.append(Para(b.type, b.text, "table" if b.type == "table" else "body", b))
    return out


# --- minutes
# ---------------------------------------------------------------------------------------------------


def _hm(t) -> str:
    return f"{t.hour:02d} giờ {t.minute:02d} phút" if t else ""


def _vote_text(v: VoteResult, member: str, entitled: int | None = None) -> str:
    subject = f"{_TRAILING.sub('', v.subject)}: " if v.subject else ""
    if entitled:  # by the rules: the share of the members entitled to vote, not of the votes cast
        return (
            f"{subject}tán thành {v.for_}/{entitled} đồng chí, đạt {percent(v.for_, entitled)}%; "
            f"không tán thành {v.against}/{entitled} đồng chí; ý kiến khác {v.other}/{entitled} đồng chí"
        )
    total = v.for_ + v.against + v.other
    pct = f" ({v.for_ * 100 / total:.1f}%)".replace(".0%", "%").replace(".", ",") if total else ""
    return (
        f"{subject}tán thành {v.for_}/{total} {member}{pct}; không tán thành {v.against}; "
        f"ý kiến khác {v.other}"
    )


def text_paras(text: str, profile: Profile) -> list[Para]:
    """Typed lines as printed: "- a" an item, "+ b" a sub-point that keeps its "+", the rest paragraphs."""
    out = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("+"):
            out.append(Para("item", "+ " + line[1:].strip(), "item"))
        elif task_text(line) is not None:
            out.append(Para("item", profile.item_prefix + without_task_marker(line), "item"))
        else:
            out.append(Para("paragraph", line, "body"))
    return out


def _speech_paras(speaker: str, text: str, profile: Profile) -> list[Para]:
    first, _, rest = text.partition("\n")
    return [Para("item", f"- Đồng chí {speaker}: {first.strip()}", "item")] + text_paras(rest, profile)


def _item_paras(number: int, item: MinutesItem, member: str, m: Minutes, profile: Profile) -> list[Para]:
    p = [Para("heading", f"{number}. {item.title}", "heading")]
    p.extend(_block_paras(item.content, profile))
    if item.speeches:
        p.append(Para("subheading", "Ý kiến phát biểu:", "subheading"))
        for s in item.speeches:
            p.extend(_speech_paras(s.speaker, s.text, profile))
    if item.conclusion:
        first, _, rest = item.conclusion.partition("\n")
        p.append(Para("paragraph", f"Kết luận: {first.strip()}", "body"))
        p.extend(text_paras(rest, profile))
    for v in item.votes:
        p.append(Para("paragraph", f"Kết quả biểu quyết: {_vote_text(v, member, m.entitled)}.", "body"))
    return p


def _minutes_paras(doc: Document, m: Minutes, profile: Profile) -> list[Para]:
    member = m.noun or ("đảng viên" if doc.standard == "party" else "thành viên")
    p: list[Para] = []

    def para(text: str, kind: str = "paragraph", style: str = "body") -> None:
        p.append(Para(kind, text, style))

    p.extend(text_paras(m.opening, profile))
    when = []
    if m.start:
        when.append(f"bắt đầu lúc {_hm(m.start)}")
    if doc.date:
        when.append(vn_date_long(doc.date))
    if when:
        para("Thời gian: " + ", ".join(when) + ".")
    if m.place:
        para(f"Địa điểm: {m.place}.")
    if m.form:
        para(f"Hình thức: {m.form}.")
    if m.online_sites:
        para("Các điểm cầu trực tuyến: " + "; ".join(m.online_sites) + ".")
    composition = len(p)
    para("Thành phần:", "heading", "heading")
    a = m.attendance
    if a.total is not None:
        detail = [
            f"{label}: {n}"
            for label, n in (("chính thức", a.official), ("dự bị", a.probationary))
            if n is not None and m.noun in ("", "đảng viên")  # a committee counts ủy viên, not Party standing
        ]
        para(
            f"- Tổng số {member}: {a.total}" + (f" ({'; '.join(detail)})" if detail else "") + ".",
            "item",
            "item",
        )
    if a.present is not None or a.absent is not None:
        parts = []
        if a.present is not None:
            parts.append(f"có mặt: {a.present}")
        if a.absent is not None:
            parts.append(f"vắng: {a.absent}")
        para(f"- Số {member} " + "; ".join(parts) + ".", "item", "item")
    with_reason = [f"đồng chí {x.name} ({x.reason})" for x in m.absentees if x.reason]
    without = [f"đồng chí {x.name}" for x in m.absentees if not x.reason]
    if with_reason:
        para("- Vắng có lý do: " + "; ".join(with_reason) + ".", "item", "item")
    if without:
        para("- Vắng không có lý do: " + "; ".join(without) + ".", "item", "item")
    if m.guests:
        para("- Đại biểu khách mời: " + "; ".join(m.guests) + ".", "item", "item")
    if m.chair:
        para(f"- Chủ trì: {m.chair}.", "item", "item")
    if m.secretary:
        para(f"- Thư ký: {m.secretary}.", "item", "item")
    if m.quorum:
        para(m.quorum)
    if len(p) == composition + 1:  # nothing to list (an inspection biên bản signed by its bodies)
        p.pop()
    if m.agenda:
        para("Nội dung:", "heading", "heading")
        for i, agenda_title in enumerate(m.agenda, 1):
            para(f"{i}. {agenda_title}")
    if m.items or m.general or m.conclusion:
        para("Diễn biến:", "heading", "heading")
    for i, item in enumerate(m.items, 1):
        p.extend(_item_paras(i, item, member, m, profile))
    if m.general is not None:
        general = MinutesItem(**{**m.general.__dict__, "title": m.general.title or "Ý kiến khác"})
        p.extend(_item_paras(len(m.items) + 1, general, member, m, profile))
    p.extend(_block_paras(doc.body, profile))
    for v in m.votes:
        para(f"Kết quả biểu quyết: {_vote_text(v, member, m.entitled)}.")
    if m.conclusion:
        who = "đồng chí chủ trì" if doc.standard == "party" else "chủ tọa"
        para(f"Kết luận của {who}:", "heading", "heading")
        p.extend(text_paras(m.conclusion, profile))
    if m.closing:
        para(m.closing)
    else:
        end = f"vào hồi {_hm(m.end)} cùng ngày" if m.end else ""
        if m.approval:
            approval = f"Biên bản đã được đọc lại trước Hội nghị và được {m.approval} nhất trí thông qua./."
        else:
            approval = "Biên bản đã được đọc lại cho mọi người cùng nghe và nhất trí thông qua./."
        para(f"Hội nghị kết thúc {end}".rstrip() + ". " + approval)
    return p


def enacting_paras(doc: Document, profile: Profile) -> list[Para]:
    """The enacting part that opens a decision or resolution: the enactor centred, the "Căn cứ" lines
    punctuated by the profile ("- …;" … "," party; "…;" … "." state), then the enacting line ("QUYẾT
    ĐỊNH:") centred. Nothing for a document without them (every document written before issue 14)."""
    out = [Para("centred", line, "enactor") for line in _split(doc.enactor, "enactor", profile)]
    bases = list_lines(doc.bases, profile.basis_separator, profile.basis_terminator)
    out += [Para("basis", profile.basis_prefix + line[2:], "basis") for line in bases]
    layout = profile.kinds.get(doc.kind)
    enacting = doc.enacting or (layout.enacting if layout else "")
    if enacting:
        out.append(Para("centred", _caps(enacting, profile, "enacting"), "enacting"))
    return out


def _split(text: str, style: str, profile: Profile) -> list[str]:
    return [line.text for line in _lines(text, style, profile)]


# --- whole document
# --------------------------------------------------------------------------------------------


def lay_out(doc: Document, profile: Profile) -> LaidOut:
    left = _lines(doc.issuer.parent, "issuer_parent", profile) + _lines(doc.issuer.name, "issuer", profile)
    if profile.issuer_star:
        left.append(Line("*", "star"))
    national = [Line(_caps(profile.national_title, profile, "national_title"), "national_title")]
    if profile.national_motto:
        national.append(Line(profile.national_motto, "national_motto"))
    show_date = (
        doc.kind != "minutes"
        or profile.print_date_for_minutes
        or (doc.minutes is not None and doc.minutes.dateline)
    )
    letter_subject: list[Line] = []
    title: list[Line] = []
    if doc.kind == "letter":  # công văn: no type name; the trích yếu sits under the number [Q]/[P]
        parts = doc.subject.split("\n")
        parts[0] = profile.letter_subject_prefix + parts[0]
        letter_subject = _lines("\n".join(parts), "letter_subject", profile)
    else:
        title = _lines(doc.title or kind_title(doc.kind), "doc_type", profile) + _lines(
            doc.subject, "subject", profile
        )
        if profile.subject_separator:
            title.append(Line(profile.subject_separator, "separator"))
    marks = [
        Line(text, style)
        for text, style in ((doc.marks.urgency, "urgency"), (doc.marks.secrecy, "secrecy"))
        if text
    ]
    addressees: list[Line] = []
    if doc.addressees:
        addressees = [Line(profile.addressee_label, "addressee_label")]
        if (
            len(doc.addressees) == 1
        ):  # one addressee goes on the label's line: "Kính gửi: Ban Tổ chức Tỉnh ủy."
            addressees.append(Line(_TRAILING.sub("", doc.addressees[0]) + ".", "addressee"))
        else:
            addressees += [Line(t, "addressee") for t in list_lines(doc.addressees, ";", ".")]
    if doc.kind == "minutes" and doc.minutes is not None:
        body = _minutes_paras(doc, doc.minutes, profile)
    else:
        body = enacting_paras(doc, profile) + _block_paras(doc.body, profile)
    # With signature blocks, a document may have no signature of its own (an inspection biên bản).
    own = bool(doc.signature.name) or not doc.signature_blocks
    signatures = [_signature(doc.signature, profile)] if own else []
    if doc.signature_left is not None:
        signatures.insert(0, _signature(doc.signature_left, profile))
    blocks = [
        (_lines(b.title, "authority", profile), [_signature(s, profile) for s in b.signers])
        for b in doc.signature_blocks
    ]
    recipients: list[Line] = []
    if doc.recipients:
        recipients = [Line(profile.recipients_label, "recipients_label")] + [
            Line(t, "recipients")
            for t in list_lines(doc.recipients, profile.recipients_separator, profile.recipients_terminator)
        ]
    return LaidOut(
        header_left=left,
        issuer_rule_fraction=profile.issuer_rule_fraction,
        national=national,
        number=None if doc.unnumbered else Line(number_text(doc, profile), "number"),
        date=Line(date_text(doc), "date") if show_date else None,
        letter_subject=letter_subject,
        marks=marks,
        draft=Line(doc.draft_label or profile.draft_text, "draft") if doc.draft else None,
        title=title,
        subject_rule_fraction=profile.subject_rule_fraction,
        addressees=addressees,
        body=body,
        signatures=signatures,
        recipients=recipients,
        signature_blocks=blocks,
    )
