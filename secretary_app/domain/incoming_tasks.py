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
from secretary_app.domain.incoming_reading import ProposedTask, is_decoration
from secretary_app.domain.text import fold

MAX_TASKS = 500


def fold_same_length(text: str) -> str:
    """``fold`` that keeps every offset (a character whose fold is longer or empty is kept as it is)."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded
    return "".join(f if len(f := fold(ch)) == 1 else ch.lower() for ch in text)


# -- paragraphs ----------------------------------------------------------------------------------------------

_MARKER = re.compile(
    r"^\s*(?P<marker>[-–—•+*]\s*|(?:\d{1,2}\.){1,3}\d{0,2}\s+|\d{1,2}[.)/]\s*(?=\D)|[a-zđ][.)]\s+"
    r"|[IVXL]{1,5}[.)]?\s+(?=\S)|(?:Điều|Mục)\s+\d+\.?\s*)"
)
_ROMAN = re.compile(r"^\s*[IVXL]{1,5}[.)]?\s+")
_END = re.compile(r"(?:[.;:!?…]|\./\.)[\"”’)]*\s*$")


@dataclass
class Paragraph:
    line: int  # 1-based line where it starts
    text: str  # NFC, one space between words, marker kept
    marker: str = ""

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

_STOP = re.compile(r"^(?:noi nhan|t/m\b|tm\.?\s|k/t\b|kt\.?\s|tl\.?\s|t/l\b|tuq\.?\s|q\.\s|kinh gui:?\s*$)")
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
_DIRECTIVE_START = re.compile(r"^(?:de nghi|giao(?: cho)?|yeu cau|can|phai|uy quyen)\b")
ACTIONS = (
    "tang cuong|tap trung|tiep tuc|chi dao|trien khai|xay dung|ra soat|nang cao|day manh|thuc hien|to chuc|"
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
    "co ke hoach|co trach nhiem|chiu trach nhiem|can|phai"
)
_ACTION_START = re.compile(rf"^(?:{ACTIONS})\b")
_UNIT_HEAD = (
    r"(?:cac |moi |tung )?(?:ban|so|uy ban|ubnd|hdnd|ubmttq|dang uy|dang doan|ban can su|huyen uy|thanh uy|"
    r"thi uy|tinh uy|quan uy|dang bo|van phong|mat tran|mttq|cong an|bo chi huy|bo doi|cap uy|chi bo|chi uy|"
    r"co quan|hoi|doan|lien doan|truong|bao|dai|trung tam|kho bac|chi cuc|phong|thanh tra|cuc|bo|tinh doan|"
    r"hoi dong|thuong truc|ngan hang|chu tich|pho chu tich|giam doc|thu truong|nguoi dung dau|dong chi|"
    r"dia phuong|don vi|nganh|xa|phuong|thi tran|huyen|cong ty|tong cong ty|vien|hoc vien|bao hiem|quy|"
    r"lanh dao|chinh quyen|doan the|ubkt|to chuc|bi thu|thuong vu|bch|btv|to cong tac|to giup viec|"
    r"ban chi dao|ban quan ly|ban tuyen giao|ban dan van|ban to chuc|ban noi chinh)\b"
)
_UNIT_START = re.compile(rf"^{_UNIT_HEAD}")
# Where a unit's name ends: an action or a clause mark, but not a word of a name: "Ban Tổ chức", "Ủy ban Kiểm
# tra", "Ban Chỉ đạo", "Sở Xây dựng", "Trung tâm Phát triển quỹ đất".
_NAME_END = re.compile(rf"\s*[;:(]|\s+(?:(?:{ACTIONS})|theo|de|nham|trong|tai|ve|voi|ve viec)\b")
_NAME_WORDS_BEFORE = re.compile(r"\b(?:ban|so|tam|phong|cuc|vien|hoi|to|doan|dong|uy ban|bo)\s*$")
_CONTINUES = re.compile(rf"^\s*(?:,\s*)?(?:{ACTIONS})\b")
_LEAD_AFTER_GIAO = re.compile(r"\b(?:giao(?: cho)?|de nghi|yeu cau|uy quyen)\s+(?P<unit>" + _UNIT_HEAD + ")")
_CHU_TRI = re.compile(r"\bchu tri\b")
_PHOI_HOP = re.compile(r"\bphoi hop(?: chat che)?(?: voi)?\s+")
_LEAD_FIELD = re.compile(r"\b(?:co quan|don vi) (?:chu tri|thuc hien|thuong truc)\s*:\s*")
_COOP_FIELD = re.compile(r"\b(?:co quan|don vi) phoi hop\s*:\s*")
_UNIT_SPLIT = re.compile(r"\s*(?:,|;|\bva\b)\s*")
MAX_UNIT_WORDS = 20


def _name_end(folded: str, skip: int) -> int:
    """Where the unit names that start ``folded`` end (module docstring)."""
    for match in _NAME_END.finditer(folded, skip):
        if match.group(0).lstrip()[:1] in ";:(" or not _NAME_WORDS_BEFORE.search(folded[: match.start()]):
            return match.start()
    return len(folded)


def _unit_at(text: str, folded: str, start: int) -> str:
    """The unit name (or names) that start at ``start``, up to the action after it; '' when none does."""
    rest = folded[start:]
    head = _UNIT_START.match(rest)
    if not head:
        return ""
    end = _name_end(rest, head.end())
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
    end = _name_end(folded[start:], 0)
    units = _split_units(text[start : start + end])
    return [u for u in units if len(u.split()) <= MAX_UNIT_WORDS][:8]


def units_of(text: str) -> tuple[str, list[str]]:
    """(lead unit, cooperating units) a task's text names; ('', []) when it names none."""
    folded = fold_same_length(text)
    lead = ""
    if match := _LEAD_FIELD.search(folded):
        lead = _units_list(text, folded, match.end())[0] if _units_list(text, folded, match.end()) else ""
    if not lead:
        for match in _LEAD_AFTER_GIAO.finditer(folded):
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


def read_tasks(lines: list[str], start: int, doc_date: date, wrapped: bool = True) -> list[ProposedTask]:
    """The tasks in ``lines`` from index ``start`` (the body), for a document signed on ``doc_date``
    (``wrapped``: see :func:`paragraphs`)."""
    tasks: list[ProposedTask] = []
    in_tasks = False  # under a conclusion cue or in a section of tasks
    section_has_no_tasks = False
    group_lead = ""
    for paragraph in paragraphs(lines, start, wrapped):
        body = paragraph.body
        folded = fold_same_length(body)
        if _STOP.match(fold_same_length(paragraph.text)):
            if tasks or in_tasks:
                break
            continue
        heading = bool(_ROMAN.match(paragraph.text)) or (_is_caps(body) and len(body) < 200)
        if heading:
            section_has_no_tasks = bool(_NO_TASK_SECTION.search(folded)) and not _TASK_SECTION.search(folded)
            in_tasks = bool(_TASK_SECTION.search(folded))
            group_lead = ""
            continue
        if _BACKGROUND.match(folded):
            continue
        if body.endswith(":"):
            lead = _group_lead(paragraph)
            if lead or _CUE.search(folded) or _TASK_SECTION.search(folded):
                in_tasks, section_has_no_tasks = True, False
                group_lead = lead or (group_lead if not paragraph.marker.strip()[:1].isdigit() else "")
                if lead or len(folded) < 160:
                    continue
            elif paragraph.marker and _NO_TASK_SECTION.search(folded):
                in_tasks, section_has_no_tasks, group_lead = False, True, ""
                continue
            elif paragraph.marker and not paragraph.marker.strip().startswith(tuple("-–—•+*")):
                group_lead = ""
                in_tasks = in_tasks or bool(_TASK_SECTION.search(folded))
                continue
        directive = bool(_DIRECTIVE_START.match(folded)) or " chu tri" in folded
        acting = bool(_ACTION_START.match(folded))
        lead, cooperating = units_of(body)
        is_task = directive or (acting and not section_has_no_tasks)
        if not is_task and lead and not section_has_no_tasks:
            is_task = True
        if not is_task and in_tasks and paragraph.marker and not section_has_no_tasks:
            is_task = len(body) > 15
        if not is_task:
            continue
        tasks.append(
            ProposedTask(
                text=body,
                lead_unit=lead or group_lead,
                cooperating_units=cooperating,
                deadline=suggest_deadline(body, doc_date),
                source_line=paragraph.line,
            )
        )
        if len(tasks) >= MAX_TASKS:
            break
    return tasks
