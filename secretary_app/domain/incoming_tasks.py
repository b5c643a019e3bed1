"""The tasks a received document gives: its body cut into paragraphs, the ones that ask for action, and in
each the lead unit, the cooperating units and the deadline words.

What counts as a task, as a secretary reads a conclusion notice, plan or letter from above:

* an item ("- …", "1. …", "a) …") under a conclusion cue ("… kết luận như sau:", "đề nghị … nội dung sau:") or
  in a section of tasks ("NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN", "Về nhiệm vụ thời gian tới:");
* anywhere else, an item or sentence that starts with an action ("Tăng cường …", "Chỉ đạo …"), with a unit
  and an action ("Ban Tổ chức Tỉnh ủy chủ trì …"), or with "đề nghị / giao / yêu cầu".

A group heading ("1. Về công tác cán bộ:", "2. Sở Nội vụ:") is not a task; a unit it names leads the items
under it. Background ("Căn cứ …", "Mục đích, yêu cầu", the assessment of results) and the signature block
are not tasks. Matching runs on the folded text (no diacritics, lower case), cut from the original at the same
offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from secretary_app.domain.deadlines import suggest_deadline
from secretary_app.domain.document import TASK_MARKERS
from secretary_app.domain.incoming_reading import ProposedTask, is_decoration
from secretary_app.domain.incoming_tables import Columns, cells_of, header_columns, row_task
from secretary_app.domain.text import fold

MAX_TASKS = 500


def fold_same_length(text: str) -> str:
    """``fold`` that keeps every offset (a character whose fold is longer or empty is kept as it is)."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded
    return "".join(f if len(f := fold(ch)) == 1 else ch.lower() for ch in text)


# -- paragraphs ----------------------------------------------------------------------------------------------

# A list marker, a number or a letter opening an item. A dash before a digit ("nhiệm kỳ 2021 / – 2026" wrapped
# in a PDF) continues a range, no item.
_MARKER = re.compile(
    rf"^\s*(?P<marker>[{re.escape(TASK_MARKERS)}*](?!\s*\d)\s*|"
    r"(?:\d{1,2}\.){1,3}\d{0,2}\s+|\d{1,2}[.)/]\s*(?=\D)|[a-zđ][.)]\s+"
    r"|[IVXL]{1,5}[.)]?\s+(?=\S)|(?:Điều|Mục)\s+\d+\.?\s*)"
)
_ROMAN = re.compile(r"^\s*[IVXL]{1,5}[.)]?\s+")
_END = re.compile(r"(?:[.;:!?…]|\./\.)[\"”’)]*\s*$")


@dataclass
class Paragraph:
    line: int  # 1-based line where it starts
    text: str  # NFC, one space between words, marker kept
    marker: str = ""
    cells: list[str] | None = None  # a table row's cells (domain/incoming_tables.py)

    @property
    def body(self) -> str:
        return self.text[len(self.marker) :].strip()


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def paragraphs(lines: list[str], start: int, wrapped: bool = True) -> list[Paragraph]:
    """The body's paragraphs: a blank line, a marker at the start of a line, or a line ending a sentence
    (".", ";", ":") ends one; any other line break is a wrap. ``wrapped`` False: every line is a paragraph."""
    found: list[Paragraph] = []
    current: Paragraph | None = None
    for index in range(start, len(lines)):
        if (cells := cells_of(lines[index])) is not None:
            found.append(Paragraph(index + 1, " ".join(" ".join(cells).split()), cells=cells))
            current = None
            continue
        line = " ".join(lines[index].replace("\t", " ").split())
        if not line or is_decoration(line):
            current = None
            continue
        marker = _MARKER.match(line)
        if (
            current is None
            or not wrapped
            or marker
            or _END.search(current.text)
            or _is_caps(current.text) != _is_caps(line)
        ):
            current = Paragraph(index + 1, line, marker["marker"] if marker else "")
            found.append(current)
        else:
            current.text += " " + line
    return found


# -- what a paragraph is -------------------------------------------------------------------------------------

_STOP = re.compile(
    r"^(?:noi nhan|tren day la|t/m\b|tm\.?\s|k/t\b|kt\.?\s|tl\.?\s|t/l\b|tuq\.?\s|q\.\s|kinh gui:?\s*$)"
)
_BACKGROUND = re.compile(r"^(?:can cu|xet de nghi|theo de nghi|thuc hien (?:\w+ ){0,4}so\b.*[,;.]$)")
_NO_TASK_SECTION = re.compile(
    r"\b(?:muc dich|yeu cau chung|ket qua|tinh hinh|danh gia|uu diem|han che|nguyen nhan|ly do|boi canh|"
    r"quan diem|muc tieu|chi tieu|pham vi|doi tuong)\b"
)
_TASK_SECTION = re.compile(
    r"\b(?:nhiem vu|giai phap|to chuc thuc hien|phan cong|trach nhiem|de nghi|kien nghi|thoi gian toi|"
    r"trong thoi gian toi|chi dao|cong viec)\b"
)
_CUE = re.compile(
    r"(?:ket luan|chi dao|thong nhat|de nghi|yeu cau|giao|nhu sau|cu the|sau day|noi dung sau|nhiem vu sau|"
    r"mot so (?:noi dung|nhiem vu|viec)|nhiem vu|giai phap)[^.]*:$"
)
ACTIONS = (
    "bam sat|day nhanh|tang cuong|tap trung|tiep tuc|chi dao|trien khai|xay dung|ra soat|nang cao|day manh|"
    "thuc hien|to chuc|"
    "quan triet|chu dong|lam tot|khan truong|kien toan|hoan thanh|don doc|kiem tra|nghien cuu|phoi hop|"
    "chu tri|"
    "tham muu|quan tam|bo tri|doi moi|phat huy|giai quyet|ban hanh|bao cao|huong dan|theo doi|de xuat|"
    "thuong xuyen|duy tri|huy dong|phat trien|uu tien|dam bao|bao dam|nam chac|giu vung|siet chat|cu the hoa|"
    "som|tuyen truyen|lanh dao|xu ly|cung co|hoan thien|tich cuc|lua chon|chuan bi|sap xep|tong ket|so ket|"
    "danh gia|cap nhat|tong hop|xem xet|dieu chinh|bo sung|van dong|khac phuc|phong ngua|ngan chan|"
    "tham gia|ho tro|cai thien|thuc day|tao dieu kien|gan ket|ket hop|lap ke hoach|trinh|phan cong|dua vao|"
    "tra loi|kiem diem|"
    "ra quyet dinh|cho y kien|thong nhat|dieu hanh|quan ly|chu y|luu y|tiep nhan|"
    "xac dinh|phat dong|thanh lap|cung cap|gui ve|hoan chinh|nghiem tuc|co giai phap|"
    "co ke hoach|co trach nhiem|chiu trach nhiem|tien hanh|can cu"
)
# A sentence that opens with one of these is an order ("Tăng cường …"); not "Báo cáo đánh giá: …" (the report
# says), "Đánh giá …" (a heading), "Ban hành kèm theo Quyết định này …" (Điều 1 of a decision).
_ACTION_START = re.compile(rf"^(?!bao cao\b|danh gia\b|ban hanh kem theo\b)(?:{ACTIONS})\b")
_UNIT_HEAD = (
    r"(?:cac |moi |tung )?(?:uy ban kiem tra|ban|so|uy ban|ubnd|hdnd|ubmttq|dang uy|dang doan|ban can su|"
    r"huyen uy|thanh uy|"
    r"thi uy|tinh uy|quan uy|dang bo|van phong|mat tran|mttq|cong an|bo chi huy|bo doi|cap uy|chi bo|chi uy|"
    r"co quan|hoi|doan|lien doan|truong|bao(?! cao)|dai|trung tam|kho bac|chi cuc|phong|thanh tra|cuc|bo|"
    r"tinh doan|"
    r"hoi dong|thuong truc|ngan hang|chu tich|pho chu tich|giam doc|thu truong|nguoi dung dau|dong chi|"
    r"dia phuong|don vi|nganh|xa|phuong(?! an\b)|thi tran|huyen|cong ty|tong cong ty|vien|hoc vien|bao hiem|"
    r"chinh quyen|doan the|ubkt|to chuc (?:dang|co so dang|chinh tri)|bi thu|thuong vu|bch|btv|to cong tac|"
    r"to giup viec|thanh vien|"
    r"ban chi dao|ban quan ly|ban tuyen giao|ban dan van|ban to chuc|ban noi chinh)\b"
)
_UNIT_START = re.compile(rf"^{_UNIT_HEAD}")
# Where a unit's name ends: an action or a clause mark, but not a word of a name: "Ban Tổ chức", "Ủy ban Kiểm
# tra", "Ban Chỉ đạo", "Sở Xây dựng", "Trung tâm Phát triển quỹ đất".
_NAME_END = re.compile(
    rf"\s*[;:(]|\s-\s(?=[a-z])|\s+(?:(?:{ACTIONS})|theo|de|nham|tai|ve|voi|ve viec)\b"
    rf"|\s+(?:can|phai|da|dang|se|tiep tuc)\s+(?=(?:{ACTIONS})\b)"
)
_CONTINUES = re.compile(rf"^\s*(?:,\s*)?(?:(?:can|phai|se)\s+)?(?:{ACTIONS})\b|^\s+-\s")
# A unit and "đã"/"đang" and an action reports what was done: no task.
_REPORTED = re.compile(rf"^\s*(?:(?:da|dang|van|cung da|buoc dau)\s+(?:{ACTIONS})\b|(?:da |dang )?duoc\b)")
_LEAD_AFTER_GIAO = re.compile(
    r"(?<!tuyen )\b(?:giao(?: nhiem vu)?(?: cho)?|de nghi|yeu cau|uy quyen)\s+(?P<unit>" + _UNIT_HEAD + ")"
)
_CHU_TRI = re.compile(r"(?<!su )\bchu tri\b(?!\s+cua)")  # not "dưới sự chủ trì của" (who chaired)
_FOR_UNIT = re.compile(
    rf"^doi voi (?P<unit>{_UNIT_HEAD}.{{0,80}}?),\s*(?:dong chi|de nghi|yeu cau|giao|can|phai)\b"
)
_PHOI_HOP = re.compile(r"\bphoi hop(?: chat che)?(?: voi)?\s+")
_LEAD_FIELD = re.compile(r"\b(?:co quan|don vi) (?:chu tri|thuc hien|thuong truc)\s*:\s*")
_COOP_FIELD = re.compile(r"\b(?:co quan|don vi) phoi hop\s*:\s*")
_UNIT_SPLIT = re.compile(r"\s*(?:,|;|\bva\b)\s*")
MAX_UNIT_WORDS = 20
NAME_WINDOW = 400  # characters read for one unit name (20 words and their punctuation fit)
MAX_SPLIT_CHARS = 20_000  # a paragraph longer than this is not cut into clauses (no notice has one)


def _name_end(text: str, folded: str, skip: int) -> int:
    """Where the unit names that start ``text`` end: at a clause mark, at " - " and a lowercase word (an
    apposition: "Sở Kế hoạch và Đầu tư - cơ quan thường trực …"), or at an action that is not part of a name —
    a name's words are capitalised ("Ban Tổ chức", "Ủy ban Kiểm tra", "Sở Xây dựng") and an action is not."""
    for match in _NAME_END.finditer(folded, skip):
        word_at = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        if match.group(0).strip()[:1] in ";:(-" or not text[word_at : word_at + 1].isupper():
            if match.group(0).strip()[:1] == "-" and text[match.end() : match.end() + 1].isupper():
                continue
            return match.start()
    return len(folded)


def _unit_at(text: str, folded: str, start: int) -> str:
    """The unit name (or names) that start at ``start``, up to the action after it; '' when none does."""
    rest = folded[start : start + NAME_WINDOW]  # a name is a few words: never scan the whole paragraph
    head = _UNIT_START.match(rest)
    if not head:
        return ""
    end = _name_end(text[start : start + NAME_WINDOW], rest, head.end())
    name = text[start : start + end].strip(" ,;:.-")
    if not name or len(name.split()) > MAX_UNIT_WORDS:
        return ""
    return name


def _split_units(text: str) -> list[str]:
    """ "Văn phòng Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy và các cơ quan liên quan" → three units; a comma or "và"
    inside a name ("Sở Văn hóa, Thể thao và Du lịch") is no split: the next piece must start like a unit."""
    folded = fold_same_length(text)
    units, start = [], 0
    for match in _UNIT_SPLIT.finditer(folded):
        if _UNIT_START.match(folded[match.end() :]):
            units.append(text[start : match.start()])
            start = match.end()
    units.append(text[start:])
    return [u.strip(" ,.-") for u in units if u.strip(" ,.-")]


def _units_list(text: str, folded: str, start: int) -> list[str]:
    """Units listed from ``start``, up to the action after them."""
    end = _name_end(text[start:], folded[start:], 0)
    units = _split_units(text[start : start + end])
    return [u for u in units if len(u.split()) <= MAX_UNIT_WORDS][:8]


def units_of(text: str) -> tuple[str, list[str]]:
    """(lead unit, cooperating units) a task's text names; ('', []) when it names none."""
    folded = fold_same_length(text)
    lead = ""
    if match := _LEAD_FIELD.search(folded):
        lead = _units_list(text, folded, match.end())[0] if _units_list(text, folded, match.end()) else ""
    if not lead and (match := _FOR_UNIT.match(folded)):  # "Đối với các sở, ngành liên quan, … đề nghị: …"
        lead = text[match.start("unit") : match.end("unit")]
    if not lead:
        for match in _LEAD_AFTER_GIAO.finditer(folded):
            if not _names_unit(text, folded, match):
                continue
            lead = _unit_at(text, folded, match.start("unit"))
            if lead:
                break
    if not lead:
        lead = _unit_at(text, folded, 0)
        if lead and not _CONTINUES.match(folded[len(lead) :]):
            lead = ""  # a noun phrase opening a sentence, not a unit that acts
    if not lead and (match := _CHU_TRI.search(folded)):
        before = folded[: match.start()]
        start = max(before.rfind(", "), before.rfind("; "))
        candidate = _unit_at(text, folded, start + 2 if start >= 0 else 0)
        lead = candidate
    cooperating: list[str] = []
    if match := _COOP_FIELD.search(folded):
        cooperating = _units_list(text, folded, match.end())
    elif match := _PHOI_HOP.search(folded):
        if _UNIT_START.match(folded[match.end() :]):
            cooperating = _units_list(text, folded, match.end())
    return lead, [u for u in cooperating if fold(u) != fold(lead)]


def _group_lead(paragraph: Paragraph) -> str:
    """The unit a group heading names ("2. Sở Nội vụ:", "b) Đề nghị Ủy ban nhân dân các huyện:")."""
    body = paragraph.body.rstrip(" :")
    folded = fold_same_length(body)
    if match := re.match(r"^(?:de nghi|giao|yeu cau|doi voi)\s+", folded):
        body, folded = body[match.end() :], folded[match.end() :]
    if _UNIT_START.match(folded) and len(body.split()) <= MAX_UNIT_WORDS and not _ACTION_START.search(folded):
        name = _unit_at(body, folded, 0)
        if name and len(name) >= len(body) - 2:
            return name
    return ""


# "… yêu cầu: Ban Tuyên giáo Tỉnh ủy …; Ban cán sự đảng …": the cue before the units' clauses.
_INLINE_CUE = re.compile(r"\b(?:yeu cau|de nghi|giao|chi dao|luu y)\b[^:.;]{0,80}:\s+")
_CLAUSE_CUT = re.compile(r"[;.]\s+")
_ACTS = re.compile(rf"\b(?:{ACTIONS})\b")


# Before a sentence that starts another order (in a paragraph of prose): "… Tiếp tục nắm chắc …", "… Yêu cầu
# UBND các xã …", "Trong đó, thực hiện tốt …"; or a closing "Nếu có khó khăn …" that orders nothing.
_CONNECTIVE = re.compile(r"^(?:trong do|dong thoi|ngoai ra|ben canh do|sau do),\s*")
_CLOSING = re.compile(r"^(?:neu|truong hop|trong qua trinh)\b")


def _starts_order(rest: str, rest_folded: str) -> bool:
    """Whether the sentence at the start of ``rest`` orders something on its own (see _CONNECTIVE)."""
    if _CLOSING.match(rest_folded):
        return True
    if connective := _CONNECTIVE.match(rest_folded):
        rest, rest_folded = rest[connective.end() :], rest_folded[connective.end() :]
    if _ACTION_START.match(rest_folded):
        return True
    return bool((giao := _LEAD_AFTER_GIAO.match(rest_folded)) and rest[giao.start("unit")].isupper())


def _connective_end(folded: str) -> int:
    return connective.end() if (connective := _CONNECTIVE.match(folded)) else 0


def _orders(text: str, folded: str) -> bool:
    """Whether ``text`` orders something: a directive, an assignment, an action, or a unit that acts."""
    return bool(
        _DIRECTIVE.search(folded)
        or _assigns(text, folded)
        or _ACTION_START.match(folded[_connective_end(folded) :])
        or units_of(text[:NAME_WINDOW])[0]
    )


def clauses(body: str, prose: bool = True) -> list[str]:
    """A paragraph that gives several units a task each ("… yêu cầu: Ban Tuyên giáo Tỉnh ủy chủ động …; Ban
    cán sự đảng UBND tỉnh xây dựng …. Văn phòng Tỉnh ủy …") cut into one clause per unit; any other paragraph
    is one clause. A cut falls after ";" or "." before a unit that acts, or before "Đối với …"."""
    if len(body) > MAX_SPLIT_CHARS:
        return [body]
    folded = fold_same_length(body)
    start = 0
    if (cue := _INLINE_CUE.search(folded)) and units_of(body[cue.end() : cue.end() + NAME_WINDOW])[0]:
        start = cue.end()
    cuts = [start]
    prose_orders: bool | None = None
    for match in _CLAUSE_CUT.finditer(folded, start):
        window = slice(match.end(), match.end() + NAME_WINDOW)
        rest, rest_folded = body[window], folded[window]
        if rest[:1].isupper() and (rest_folded.startswith("doi voi ") or _unit_at(rest, rest_folded, 0)):
            acts = _FOR_UNIT.match(rest_folded) or _CONTINUES.match(
                rest_folded[len(_unit_at(rest, rest_folded, 0)) :]
            )
            # "Giao các sở, ngành tỉnh; UBND các huyện; Các Ban QLDA … báo cáo": a list of units, one task
            if acts and _ACTS.search(folded, cuts[-1], match.start()):
                cuts.append(match.end())
                continue
        sentence_end = folded[match.start()] == "."
        if prose and sentence_end and rest[:1].isupper() and _starts_order(rest, rest_folded):
            if prose_orders is None:  # a paragraph that reports ("Theo đánh giá, … đã …") is not cut
                first = body[cuts[0] : match.start()]
                prose_orders = _orders(first, folded[cuts[0] : match.start()])
            if not prose_orders:
                continue
            if _ACTS.search(folded, cuts[-1], match.start()):
                cuts.append(match.end())
    if len(cuts) < 2:
        return [body]
    pieces = [
        body[a:b].strip().rstrip(";").strip() for a, b in zip(cuts, [*cuts[1:], len(body)], strict=True)
    ]
    return [p for p in pieces if p]


def _is_heading(paragraph: Paragraph, folded: str) -> bool:
    """A section or group heading: "II. NHIỆM VỤ", a line in capitals, or a numbered line with no full stop
    that orders nothing ("1. Đánh giá kết quả công tác 9 tháng")."""
    body = paragraph.body
    if _ROMAN.match(paragraph.text) or (_is_caps(body) and len(body) < 200):
        return True
    numbered = paragraph.marker.strip()[:1].isdigit() or paragraph.marker.strip()[:1].isalpha()
    return numbered and len(body) < 160 and not _END.search(body) and not _DIRECTIVE.search(folded)


_DIRECTIVE = re.compile(r"^(?:de nghi|giao(?: cho)?|yeu cau|uy quyen)\b|(?<!su )\bchu tri\b(?!\s+cua)")
_ENDS_WITH_COLON = re.compile(r":[\s\u0300-\u036f]*$")  # (a damaged text layer leaves loose accents)
# The clause naming who executes a decision, and its entry into force: not tasks a secretary tracks.
_EXECUTION_CLAUSE = re.compile(r"\bthi hanh quyet dinh\b|\bquyet dinh (?:nay )?thi hanh\b|\bco hieu luc\b")


def read_tasks(lines: list[str], start: int, doc_date: date, wrapped: bool = True) -> list[ProposedTask]:
    """The tasks in ``lines`` from index ``start`` (the body), for a document signed on ``doc_date``
    (``wrapped``: see :func:`paragraphs`)."""
    tasks: list[ProposedTask] = []
    in_tasks = False  # under a conclusion cue or in a section of tasks
    section_has_no_tasks = False
    group_lead = ""
    table: Columns | None = None
    for paragraph in paragraphs(lines, start, wrapped):
        if paragraph.cells is not None:  # a table of tasks: its header row, then one task a row
            if columns := header_columns(paragraph.cells):
                table = columns
            elif table and (task := row_task(paragraph.cells, table, doc_date, paragraph.line)):
                tasks.append(task)
            continue
        table = None
        body = paragraph.body
        folded = fold_same_length(body)
        if _STOP.match(fold_same_length(paragraph.text)):
            if tasks or in_tasks:
                break
            continue
        if _is_heading(paragraph, folded):
            section_has_no_tasks = bool(_NO_TASK_SECTION.match(folded)) or (
                bool(_NO_TASK_SECTION.search(folded)) and not _TASK_SECTION.search(folded)
            )
            in_tasks = bool(_TASK_SECTION.search(folded))
            group_lead = _group_lead(paragraph)
            continue
        if _BACKGROUND.match(folded):
            continue
        if body.endswith(":"):  # a cue or a group heading, never a task itself
            lead = _group_lead(paragraph)
            if lead or _CUE.search(folded) or _TASK_SECTION.search(folded):
                in_tasks, section_has_no_tasks = True, False
            elif paragraph.marker and _NO_TASK_SECTION.search(folded):
                in_tasks, section_has_no_tasks = False, True
            if lead or paragraph.marker.strip()[:1].isdigit():
                group_lead = lead
            continue
        for clause in clauses(body, prose=not paragraph.marker):
            task = _task(clause, paragraph, in_tasks, section_has_no_tasks, group_lead, doc_date)
            if task:
                tasks.append(task)
        if len(tasks) >= MAX_TASKS:
            break
    return tasks[:MAX_TASKS]


def _assigns(text: str, folded: str) -> bool:
    """ "… Trưởng Tiểu ban yêu cầu các thành viên …", "Chủ tịch UBND tỉnh giao Sở …": a directive verb and a
    unit after it, anywhere in the sentence."""
    return any(_names_unit(text, folded, match) for match in _LEAD_AFTER_GIAO.finditer(folded))


def _names_unit(text: str, folded: str, match: re.Match[str]) -> bool:
    """Whether a "giao/đề nghị/yêu cầu …" match is followed by a unit: a name in capitals ("giao Ban Tổ
    chức"), or "các/mỗi/từng …" after the bare verb ("yêu cầu các ngành"; not "văn bản giao nhiệm vụ cho
    các cơ quan", nor "Hội nghị giao ban cấp ủy", a briefing)."""
    at = match.start("unit")
    if text[at].isupper():
        return True
    return "nhiem vu" not in match.group(0) and folded.startswith(("cac ", "moi ", "tung "), at)


def _task(
    text: str, paragraph: Paragraph, in_tasks: bool, no_tasks: bool, group_lead: str, doc_date: date
) -> ProposedTask | None:
    """``text`` as a task, or None when it orders nothing (module docstring)."""
    folded = fold_same_length(text)
    if _ENDS_WITH_COLON.search(text) or _EXECUTION_CLAUSE.search(folded):
        return None
    lead, cooperating = units_of(text)
    if lead and _REPORTED.match(folded[len(lead) :]) and folded.startswith(fold_same_length(lead)):
        return None
    is_task = (
        bool(_DIRECTIVE.search(folded))
        or _assigns(text, folded)
        or (not no_tasks and (bool(_ACTION_START.match(folded[_connective_end(folded) :])) or bool(lead)))
    )
    if not is_task and in_tasks and paragraph.marker and not no_tasks:
        is_task = len(text) > 15
    if not is_task:
        return None
    return ProposedTask(
        text=text,
        lead_unit=lead or group_lead,
        cooperating_units=cooperating,
        deadline=suggest_deadline(text, doc_date),
        source_line=paragraph.line,
    )
