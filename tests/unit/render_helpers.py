"""Helpers for rendering tests: build documents, render them, and measure the PDF with pdfplumber."""

from __future__ import annotations

import copy
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from secretary_app.domain.document import Document
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.rendering import render_pdf

ROOT = Path(__file__).resolve().parents[2]
SEED_JSON = ROOT / "resources" / "demo" / "notice-239-TB-DU.json"
MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
MARGINS = {"top": 20 * MM, "bottom": 20 * MM, "left": 30 * MM, "right": 15 * MM}
TEXT_LEFT = MARGINS["left"]
TEXT_RIGHT = A4[0] - MARGINS["right"]
TEXT_AXIS = (TEXT_LEFT + TEXT_RIGHT) / 2


def seed_dict() -> dict:
    return json.loads(SEED_JSON.read_text(encoding="utf-8"))


def seed_doc() -> Document:
    return document_from_dict(seed_dict())


def state_dict() -> dict:
    """A state notice in the NĐ 30 form (after TB 467/TB-VPCP)."""
    return {
        "standard": "state",
        "kind": "notice",
        "issuer": {"parent": "", "name": "VĂN PHÒNG CHÍNH PHỦ", "code": "VPCP"},
        "number": 467,
        "type_code": "TB",
        "place": "Hà Nội",
        "date": "2023-11-20",
        "title": "THÔNG BÁO",
        "subject": "Kết luận của Phó Thủ tướng tại cuộc họp về công tác chuyển đổi số",
        "body": [
            {
                "type": "paragraph",
                "text": "Ngày 15 tháng 11 năm 2023, tại trụ sở Chính phủ, Phó Thủ tướng đã chủ trì cuộc họp.",
            },
            {"type": "section", "number": "1.", "text": "Đánh giá chung"},
            {"type": "item", "text": "Các bộ, ngành đã tích cực triển khai nhiệm vụ được giao."},
            {"type": "paragraph", "text": "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./."},
        ],
        "signature": {
            "authority": "KT. BỘ TRƯỞNG, CHỦ NHIỆM",
            "position": "PHÓ CHỦ NHIỆM",
            "name": "Nguyễn Sỹ Hiệp",
        },
        "recipients": [
            "Thủ tướng Chính phủ (để b/c)",
            "Các Bộ: Thông tin và Truyền thông, Công an",
            "Lưu: VT, KGVX (2)",
        ],
    }


def minutes_dict(standard: str = "party") -> dict:
    return {
        "standard": standard,
        "kind": "minutes",
        "issuer": {
            "parent": "ĐẢNG BỘ THÔNG TẤN XÃ VIỆT NAM",
            "name": "CHI BỘ BAN BIÊN TẬP TIN TRONG NƯỚC",
            "code": "CB",
        },
        "number": 7,
        "type_code": "BB",
        "place": "Hà Nội",
        "date": "2024-03-05",
        "title": "BIÊN BẢN",
        "subject": "Sinh hoạt chi bộ định kỳ tháng 3 năm 2024",
        "minutes": {
            "start": "14:00",
            "end": "16:30",
            "place": "Phòng họp tầng 3, số 5 Lý Thường Kiệt, Hà Nội",
            "form": "trực tiếp kết hợp trực tuyến",
            "online_sites": ["Cơ quan thường trú TTXVN tại Đà Nẵng"],
            "attendance": {"total": 25, "official": 23, "probationary": 2, "present": 23, "absent": 2},
            "absentees": [{"name": "Trần Văn Bình", "reason": "đi công tác"}, {"name": "Lê Thị Cúc"}],
            "guests": ["Đồng chí Phạm Văn Dũng, Ủy viên Ban Thường vụ Đảng ủy"],
            "chair": "Đồng chí Nguyễn Thị Hoa, Bí thư Chi bộ",
            "secretary": "Đồng chí Đặng Quốc Khánh, Chi ủy viên",
            "agenda": ["Đánh giá công tác tháng 2", "Triển khai nhiệm vụ tháng 3"],
            "items": [
                {
                    "title": "Đánh giá công tác tháng 2",
                    "content": [
                        {"type": "paragraph", "text": "Đồng chí Bí thư trình bày báo cáo công tác tháng 2."}
                    ],
                    "speeches": [
                        {"speaker": "Vũ Minh Đức", "text": "Nhất trí với báo cáo, đề nghị bổ sung số liệu."}
                    ],
                    "conclusion": "Chi bộ thống nhất thông qua báo cáo.",
                    "votes": [{"subject": "Thông qua báo cáo", "for": 23, "against": 0, "other": 0}],
                }
            ],
        },
        "signature": {"position": "CHỦ TRÌ HỘI NGHỊ", "name": "Nguyễn Thị Hoa"},
        "signature_left": {"position": "THƯ KÝ", "name": "Đặng Quốc Khánh"},
        "recipients": ["Đảng ủy TTXVN (để b/c)", "Lưu Chi bộ"],
    }


def letter_dict(standard: str = "party") -> dict:
    party = standard == "party"
    return {
        "standard": standard,
        "kind": "letter",
        "issuer": {
            "parent": "ĐẢNG BỘ TỈNH LÀO CAI" if party else "UBND TỈNH LÀO CAI",
            "name": "ĐẢNG ỦY SỞ CÔNG THƯƠNG" if party else "SỞ CÔNG THƯƠNG",
            "code": "ĐU" if party else "SCT",
        },
        "number": 2449,
        "type_code": "CV",
        "place": "Lào Cai",
        "date": "2026-01-09",
        "subject": "về việc triển khai nhiệm vụ bảo vệ môi trường"
        if party
        else "Triển khai nhiệm vụ bảo vệ môi trường",
        "addressees": ["Các chi bộ trực thuộc", "Các đồng chí đảng ủy viên"],
        "body": [
            {
                "type": "paragraph",
                "text": "Thực hiện chỉ đạo của cấp trên, đề nghị các đơn vị triển khai thực hiện.",
            }
        ],
        "signature": {
            "authority": "T/M BAN THƯỜNG VỤ" if party else "KT. GIÁM ĐỐC",
            "position": "PHÓ BÍ THƯ" if party else "PHÓ GIÁM ĐỐC",
            "name": "Lý Văn Hòa",
        },
        "recipients": ["Như trên", "Lưu VPĐU" if party else "Lưu: VT"],
    }


def variant(base: dict, **changes) -> dict:
    d = copy.deepcopy(base)
    d.update(changes)
    return d


def render_bytes(doc: Document, overrides: dict | None = None) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pages = render_pdf(doc, buffer, overrides)
    return buffer.getvalue(), pages


@dataclass
class TextLine:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    fontname: str
    page: int

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def bold(self) -> bool:
        return "Bold" in self.fontname

    @property
    def italic(self) -> bool:
        return "Italic" in self.fontname


def open_pdf(data: bytes) -> pdfplumber.PDF:
    return pdfplumber.open(io.BytesIO(data))


def text_lines(page, page_no: int = 1) -> list[TextLine]:
    """Characters grouped into visual runs (same baseline, same font, no big gap) — one per drawn string."""
    chars = sorted(page.chars, key=lambda c: (round(c["bottom"], 1), c["x0"]))
    runs: list[list[dict]] = []
    for ch in chars:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and abs(last["bottom"] - ch["bottom"]) < 0.5
            and last["fontname"] == ch["fontname"]
            and abs(last["size"] - ch["size"]) < 0.1
            and ch["x0"] - last["x1"] < ch["size"] * 1.2
        ):
            runs[-1].append(ch)
        else:
            runs.append([ch])
    out = []
    for run in runs:
        text = "".join(c["text"] for c in run)
        # pdfplumber gives no char for a space in the run; re-create spaces from gaps
        pieces = [run[0]["text"]]
        for a, b in zip(run, run[1:], strict=False):
            if b["x0"] - a["x1"] > a["size"] * 0.15 and a["text"] != " " and b["text"] != " ":
                pieces.append(" ")
            pieces.append(b["text"])
        text = "".join(pieces)
        out.append(
            TextLine(
                text,
                run[0]["x0"],
                run[-1]["x1"],
                min(c["top"] for c in run),
                max(c["bottom"] for c in run),
                run[0]["size"],
                run[0]["fontname"],
                page_no,
            )
        )
    return out


def find_line(lines: list[TextLine], text: str) -> TextLine:
    hits = [ln for ln in lines if ln.text.strip() == text]
    assert hits, f"{text!r} not found among {[ln.text for ln in lines]}"
    return hits[0]


_WS = re.compile(r"\s+")


def fold_ws(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def page_text_without_numbers(pdf: pdfplumber.PDF) -> str:
    """All text, in reading order, without the page numbers in the top margin."""
    parts = []
    for page in pdf.pages:
        body = page.crop((0, MARGINS["top"] - 1, page.width, page.height))
        parts.append(body.extract_text() or "")
    return fold_ws("\n".join(parts))
