"""Reading a received document's text: the header fields and the tasks it gives, for the secretary to
confirm.

Input is plain text, one printed line (or one paragraph) a line, as the file readers in
``secretary_app/reading`` give it or as a secretary pastes it. In the header, a tab (or a run of 3+ spaces,
or a " | " a web page leaves) separates the left column (issuing body, "*", "Số 445-KL/TU", "V/v …") from the
right column (quốc hiệu or "ĐẢNG CỘNG SẢN VIỆT NAM", the place and date); a header typed one column after the
other works too. A blank line is a hard paragraph break; inside a paragraph, wrapped lines are joined
(domain/incoming_tasks.py).

Nothing here is authoritative: every field is a proposal the secretary confirms or edits, so an unsure rule
proposes nothing rather than a wrong value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from secretary_app.domain.deadline_words import DeadlineSuggestion
from secretary_app.domain.text import fold, nfc

MAX_TEXT_CHARS = 2_000_000  # ~600 pages; beyond this a "document" is not one a secretary receives


@dataclass(frozen=True)
class ProposedTask:
    """One task the document gives, as read from its body."""

    text: str
    lead_unit: str = ""  # '' when the text names none
    cooperating_units: list[str] = field(default_factory=list)
    deadline: DeadlineSuggestion | None = None  # domain.deadlines.suggest_deadline's reading of the text
    source_line: int = 0  # 1-based line of the text where the task starts


@dataclass(frozen=True)
class IncomingProposal:
    """What the header and body of a received document say, each field a proposal ('' / None: not found)."""

    sender: str = ""
    symbol: str = ""  # "445-KL/TU", "12/KH-UBND"
    issued_on: date | None = None
    kind_code: str = ""  # TB, KL, CTr, KH, NQ, CV …
    summary: str = ""  # trích yếu
    tasks: list[ProposedTask] = field(default_factory=list)


# -- lines and columns ------------------------------------------------------------------------------------

_COLUMN_GAP = re.compile(r"\t+|\s*\|\s*|\s{3,}")
_DECORATION = re.compile(r"^[\s*\-_=–—.·•|~]*$")


def text_lines(text: str) -> list[str]:
    """The text as NFC lines (NFD input, stray controls and a non-breaking space made ordinary)."""
    text = nfc(text[:MAX_TEXT_CHARS]).replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def is_decoration(line: str) -> bool:
    """ "*", "-----", "___": the rules a header draws, not text."""
    return bool(_DECORATION.match(line))


def columns(line: str) -> tuple[str, str]:
    """(left, right) of a header line; a line with no column gap is all left."""
    parts = [p.strip() for p in _COLUMN_GAP.split(line.strip())]
    parts = [p for p in parts if p]
    if not parts:
        return "", ""
    if line[:1] == "\t" or (len(line) - len(line.lstrip(" ")) >= 20):
        return "", " ".join(parts)  # only the right column on this line
    return parts[0], " ".join(parts[1:])


# -- header fields ------------------------------------------------------------------------------------------

# Kinds (ký hiệu tên loại) by the title word printed above the trích yếu, longest first.
KIND_TITLES: list[tuple[str, str]] = [
    ("chuong trinh hanh dong", "CTr"),
    ("thong bao ket luan", "TB"),
    ("chuong trinh", "CTr"),
    ("thong bao", "TB"),
    ("ket luan", "KL"),
    ("ke hoach", "KH"),
    ("nghi quyet", "NQ"),
    ("chi thi", "CT"),
    ("quyet dinh", "QĐ"),
    ("bao cao", "BC"),
    ("to trinh", "TTr"),
    ("huong dan", "HD"),
    ("quy dinh", "QĐi"),
    ("quy che", "QC"),
    ("cong van", "CV"),
    ("cong dien", "CĐ"),
    ("bien ban", "BB"),
]
_KIND_CODES = {fold(code): code for _title, code in KIND_TITLES} | {"qd": "QĐ", "cd": "CĐ", "ctr": "CTr"}
_KIND_CODES |= {"tt": "TT", "nd": "NĐ", "ttg": "TTg", "tb": "TB", "kl": "KL", "hd": "HD", "qdi": "QĐi"}

# "Số 445-KL/TU", "Số: 12/KH-UBND", "Số : 2917 /SGDĐT-VP": at the start of the left column only (a body's
# "Công văn số 6202/UBND-KT" is a reference, not this document's symbol).
_SYMBOL = re.compile(
    r"^\s*s[ốo]\s*(?:k[ýy]\s*hi[ệe]u\s*)?[:.]?\s*(?P<symbol>\d+[a-z]?\s*[-/]\s*[\w.]+(?:\s*[-/]\s*[\w.]+)*)",
    re.IGNORECASE,
)
_PARTY_SYMBOL = re.compile(r"^\d+[a-z]?-(?P<code>[^/\s]+)/")  # 445-KL/TU
_STATE_SYMBOL = re.compile(r"^\d+[a-z]?/(?:\d{4}/)?(?P<code>[^-/\s]+)(?:-|$)")  # 12/KH-UBND, 05/2020/TT-BNV
_DATE = re.compile(
    r"ng[àa]y\s*(?P<d>\d{1,2})\s*(?:th[áa]ng\s*(?P<m>\d{1,2})\s*n[ăa]m|[/.-]\s*(?P<m2>\d{1,2})\s*[/.-])"
    r"\s*(?P<y>\d{4})",
    re.IGNORECASE,
)
_PLACE_DATE = re.compile(r"^[^\W\d_][^,()]{0,40},\s*ng[àa]y", re.IGNORECASE)  # "Quảng Nam, ngày …"
# The right column's fixed lines (quốc hiệu, tiêu ngữ): never the sender.
_NATIONAL = re.compile(
    r"^(?:cong(?: hoa)?\b|hoa xa hoi|xa hoi chu nghia|chu nghia viet nam|doc lap|dang cong san viet nam)"
)
_SUMMARY_PREFIX = re.compile(r"^\s*(?:v/v|ve viec)\s*[:.]?\s*", re.IGNORECASE)
# What starts the body after the title block, as printed (capitalised: "Tài chính" in a title is no "Tại").
_BODY_START = re.compile(
    r"^(?:Căn cứ|Thực hiện|Ngày \d|Trong (?:hai )?ngày|Trên cơ sở|Để |Xét |Sáng |Chiều |Theo |Qua |Vừa qua|"
    r"Kính gửi|Tại |Sau khi|[IVX]+[.)]\s|\d+[.)]\s|[a-z]\)\s)"
)
# The issuing authority printed under a decision's trích yếu ("ỦY BAN NHÂN DÂN TỈNH", "CHỦ TỊCH …").
_AUTHORITY = re.compile(
    r"^(?:uy ban nhan dan|ubnd|chu tich|bo truong|thu tuong|hoi dong nhan dan|giam doc|chanh van phong)\b"
)


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


@dataclass
class Header:
    sender: str = ""
    symbol: str = ""
    issued_on: date | None = None
    kind_code: str = ""
    summary: str = ""
    body_start: int = 0  # index of the first body line


_MISSING_DASH = re.compile(r"^(\d+[a-z]?/(?:\d{4}/)?)(QĐ|KH|TB|CT|BC|HD|TTr|NQ|CV|KL)(?=[A-ZĐ]{2,}$)")


def _repair_symbol(symbol: str) -> str:
    """A state symbol whose dash a text layer lost ("1961/QĐUBND") gets it back ("1961/QĐ-UBND")."""
    return _MISSING_DASH.sub(r"\1\2-", symbol)


def kind_of_symbol(symbol: str) -> str:
    """The type code a symbol carries ("445-KL/TU" → KL, "12/KH-UBND" → KH); a state symbol with no type code
    ("123/UBND-VX") is a công văn."""
    if match := _PARTY_SYMBOL.match(symbol):
        return _KIND_CODES.get(fold(match["code"]), match["code"])
    if match := _STATE_SYMBOL.match(symbol):
        return _KIND_CODES.get(fold(match["code"]), "CV")
    return ""


def _title_kind(line: str) -> tuple[str, str] | None:
    """(code, rest of the line) when ``line`` is a title in capitals ("KẾT LUẬN", "THÔNG BÁO KẾT LUẬN …")."""
    stripped = line.strip()
    letters = [c for c in stripped if c.isalpha()]
    if not letters:
        return None
    folded = fold(stripped)
    for title, code in KIND_TITLES:
        if folded.startswith(title) and (len(folded) == len(title) or not folded[len(title)].isalpha()):
            head = stripped[: len(title)]
            if head.upper() == head:
                return code, stripped[len(title) :].strip(" :-\u2013")
    squeezed = folded.replace(" ", "")  # "K ÉT LUẬN": a text layer with a space inside the word
    for title, code in KIND_TITLES:
        if squeezed == title.replace(" ", "") and _mostly_upper(stripped):
            return code, ""
    return None


def _valid_date(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


HEADER_LINES = 30  # the header and title never run longer


def _header_date(part: str, right: bool) -> date | None:
    """The document's date in a header column: the right one, or a left one that reads "Place, ngày …"."""
    if not right and not _PLACE_DATE.match(part):
        return None
    if match := _DATE.search(part):
        return _valid_date(int(match["d"]), int(match["m"] or match["m2"]), int(match["y"]))
    return None


def _title_block(lines: list[str], title_at: int, summary: list[str]) -> int:
    """Read the trích yếu under the title into ``summary``; the index of the first body line."""
    body_start = title_at + 1
    blank = False
    for index in range(title_at + 1, min(title_at + 8, len(lines))):
        line = " ".join(lines[index].replace("\t", " ").split())
        if not line:
            blank = True  # a PDF's paragraph spacing; a DOCX title's lines may be paragraphs of their own
            continue
        if is_decoration(line):
            return index + 1
        if _BODY_START.match(line) or _AUTHORITY.match(fold(line)) and _mostly_upper(line):
            return index
        if not _mostly_upper(line) and (
            len(line) > 150 or (len(line) > 60 and line.endswith((".", ";", ":")))
        ):
            return index  # a sentence of the body, not a title line
        wrapped = bool(summary) and not blank and len(line) <= 80
        wrapped = wrapped and not summary[-1].endswith((".", ";", ":", ","))
        if summary and not (_mostly_upper(line) or line[:1].islower() or wrapped):
            return index  # the trích yếu's further lines are capitals, continue a sentence or wrap it
        if len(summary) >= 6:
            return index
        summary.append(line)
        body_start, blank = index + 1, False
    return body_start


# Where a header flattened into one run of text (a PDF viewer's copy, a converter that lost the columns) is
# cut back into its parts: before "Độc lập", "Số:", a rule, "Place, ngày …", and after the quốc hiệu.
_FLAT_CUTS = re.compile(
    r"\s+(?=Độc lập\b|Số\s*:|[-\u2013_]{3,}|[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,4}, ngày \d)"
    r"|(?<=CHỦ NGHĨA VIỆT NAM)\s+|(?<=ĐẢNG CỘNG SẢN VIỆT NAM)\s+|(?<=Hạnh phúc)\s+"
    r"|(?<=[-\u2013_]{3})\s+(?=[^-\u2013_])"
)


_MOTTO = re.compile(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HÒA|ĐẢNG CỘNG SẢN VIỆT NAM")


def _unflatten(line: str) -> list[str]:
    """A flattened header line cut into its parts (see _FLAT_CUTS), the title word and the trích yếu in
    capitals each a line of their own, the body's first sentence after them; any other line as it is."""
    if len(line) < 120 or not re.search(r"CỘNG HÒA|ĐẢNG CỘNG SẢN", line) or not re.search(r"\bSố\b", line):
        return [line]
    parts = [p.strip() for p in _FLAT_CUTS.split(line) if p and p.strip()]
    out: list[str] = []
    for part in parts:
        folded = fold(part)
        title = next((t for t, _c in KIND_TITLES if f" {t} " in f" {folded} "), "")
        start = f" {folded} ".find(f" {title} ") if title else -1
        if start <= 0 or not part[start : start + len(title)].isupper():
            out.append(part)
            continue
        out.append(part[:start].strip())
        out.append(part[start : start + len(title)])
        rest = part[start + len(title) :].split()
        cut = next(
            (
                i
                for i, w in enumerate(rest[:-1])
                if w[:1].isupper() and w[1:].islower() and rest[i + 1].islower()
            ),
            len(rest),
        )
        out.extend([" ".join(rest[:cut]), " ".join(rest[cut:])])
    return [p for p in out if p]


def read_header(lines: list[str], unflattened: bool = False) -> Header:
    """Sender, symbol, date, kind and trích yếu from the first lines (see the module docstring)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    end = next((i for i in range(first, min(first + 12, len(lines))) if not lines[i].strip()), first + 12)
    flat = first < len(lines) and "\t" not in lines[first] and _MOTTO.search(lines[first])
    if not unflattened and flat and len(lines[first].strip()) > len(flat.group(0)) + 10:
        # the flattened run, as one line (pasted, DOCX) or wrapped over the first paragraph's lines (PDF)
        for stop in (first + 1, end):
            if len(unflat := _unflatten(" ".join(lines[first:stop]))) > 1:
                header = read_header([*unflat, ""], unflattened=True)
                header.body_start = stop  # the run also held the body's first words: not a task
                return header
    header = Header()
    sender: list[str] = []
    sender_done = False
    title_at = None
    consumed = -1  # the last line read as part of the header
    summary_lines: list[str] = []
    rights: list[str] = []
    for index, line in enumerate(lines[:HEADER_LINES]):
        if not line.strip():
            continue  # a PDF's spacing or a DOCX's paragraphs: no end of the sender's lines
        if line.count("\t") >= 2:
            break  # a table row (domain/incoming_tables.py): the body
        left, right = columns(line)
        if _SUMMARY_PREFIX.match(left) and fold(left).startswith(("v/v", "ve viec")):
            summary_lines, consumed = [_SUMMARY_PREFIX.sub("", left)], index
            continue
        if header.symbol and (fold(left).startswith("kinh gui") or (not right and len(left) > 90)):
            break  # a letter's body (no title line): "Kính gửi", or a full-width line
        if right:
            rights.append(right)
        for part, is_right in ((left, False), (right, True)):
            if not header.issued_on and part:
                header.issued_on = _header_date(part, is_right)
        if not header.symbol and (match := _SYMBOL.match(left)):
            header.symbol = _repair_symbol(re.sub(r"\s+", "", match["symbol"]).strip(".,;"))
            sender_done, consumed = True, index
            continue
        if summary_lines and not title_at and header.symbol and left and not right and not _title_kind(left):
            if not _BODY_START.match(left) and len(summary_lines) < 3 and not is_decoration(left):
                summary_lines.append(left)  # the V/v line wraps under the symbol
                consumed = index
                continue
        found = _title_kind(line)
        if found and (header.symbol or header.issued_on or sender or not found[1]):
            title_at = index
            header.kind_code = found[0]
            summary_lines = [found[1]] if found[1] else []
            break
        if is_decoration(left) or _NATIONAL.match(fold(left)) or _PLACE_DATE.match(left) or not left:
            if sender and left:  # a right-column line alone ("VIỆT NAM" wrapped) does not end the sender
                sender_done = True
            consumed = index if index - consumed < 3 else consumed
            continue
        if not sender_done and not header.symbol and _mostly_upper(left):
            sender.append(left)
            consumed = index
        elif not header.symbol:
            sender_done = True
    if not header.issued_on and rights:  # the date wrapped over two lines of the right column
        header.issued_on = _header_date(" ".join(rights), True)
    header.sender = " ".join(sender)
    if header.symbol and not header.kind_code:
        header.kind_code = kind_of_symbol(header.symbol)  # the title, when there is one, names the kind
    if title_at is not None:
        header.body_start = _title_block(lines, title_at, summary_lines)
    else:
        header.body_start = consumed + 1
    header.summary = " ".join(" ".join(summary_lines).split())
    return header
