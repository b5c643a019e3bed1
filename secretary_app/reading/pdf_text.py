"""The text of a PDF with a text layer, in reading order, the header's two columns split by a tab.

pdfplumber gives each word with its position. Words on one printed line (same baseline, within a tolerance)
make a line; a gap much wider than a space splits a line into its columns ("TỈNH ỦY QUẢNG NAM" at the left,
"ĐẢNG CỘNG SẢN VIỆT NAM" at the right become "TỈNH ỦY QUẢNG NAM\\tĐẢNG CỘNG SẢN VIỆT NAM"); a line that
only has words in the right half (the date under the quốc hiệu, the signature) starts with a tab. An indented
line after a short one starts a paragraph: a blank line marks it.
"""

from __future__ import annotations

import re
from pathlib import Path
from statistics import median

from secretary_app.domain.errors import UnreadableDocumentError

MAX_PAGES = 80  # a conclusion, plan or letter is a few pages; a PDF bomb of pages is refused
COLUMN_GAP = 24.0  # points: wider than any space in justified text, narrower than the header's column gap
LINE_TOLERANCE = 3.0  # points between the tops of words on one printed line
MIN_TEXT_CHARS = 20

_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")  # "2", "- 2 -": a page number
SCAN_MESSAGE = (
    "Tệp {name} là bản quét (ảnh chụp) không có lớp chữ: chương trình không đọc được nội dung, "
    "hãy nhập số, ký hiệu, ngày, trích yếu và các nhiệm vụ bằng tay."
)


def _open(path: Path):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        return pdfplumber.open(path)
    except Exception as error:  # pdfminer raises many kinds on a damaged file; pdfplumber wraps them
        causes = [error, error.__cause__, error.__context__, *error.args]
        if any(isinstance(c, PDFPasswordIncorrect | PDFEncryptionError) for c in causes):
            raise UnreadableDocumentError(
                f"Tệp {path.name} được mã hóa (đặt mật khẩu): chương trình không đọc được nội dung, "
                "hãy mở khóa tệp hoặc nhập các trường bằng tay."
            ) from error
        raise UnreadableDocumentError(
            f"Tệp {path.name} hỏng hoặc không phải PDF hợp lệ ({type(error).__name__}): "
            "hãy nhập các trường bằng tay."
        ) from error


def _page_lines(page) -> list[list[dict]]:
    words = page.extract_words(x_tolerance=1.5, y_tolerance=LINE_TOLERANCE, keep_blank_chars=False)
    words.sort(key=lambda w: (round(w["top"], 1), w["x0"]))
    lines: list[list[dict]] = []
    for word in words:
        if lines and abs(word["top"] - lines[-1][0]["top"]) <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w["x0"])
    return lines


def _segments(line: list[dict]) -> list[list[dict]]:
    segments = [[line[0]]]
    for word in line[1:]:
        if word["x0"] - segments[-1][-1]["x1"] > COLUMN_GAP:
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def _text(words: list[dict]) -> str:
    return " ".join(w["text"] for w in words)


def _page_text(page) -> list[str]:
    lines = _page_lines(page)
    if not lines:
        return []
    width = float(page.width)
    left_edge = min(line[0]["x0"] for line in lines)
    right_edge = max(line[-1]["x1"] for line in lines)
    gaps = [
        b[0]["top"] - a[0]["top"] for a, b in zip(lines, lines[1:], strict=False) if b[0]["top"] > a[0]["top"]
    ]
    spacing = median(gaps) if gaps else 0.0
    out: list[str] = []
    previous = None
    for line in lines:
        segments = _segments(line)
        x0, x1 = line[0]["x0"], line[-1]["x1"]
        if previous is not None:
            gap = line[0]["top"] - previous[0]["top"]
            indented = left_edge + 12 < x0 < width * 0.3
            short_before = previous[-1]["x1"] < right_edge - 40
            if (spacing and gap > spacing * 1.8) or (indented and short_before):
                out.append("")
        centre = (x0 + x1) / 2
        if len(segments) == 1 and x0 >= width * 0.42 and centre > (left_edge + right_edge) / 2 + 30:
            out.append("\t" + _text(line))  # only the right column
        elif len(segments) > 1:
            out.append("\t".join(_text(s) for s in segments))
        else:
            out.append(_text(line))
        previous = line
    return out


def pdf_text(path: Path) -> str:
    """The text of the PDF at ``path`` (module docstring); UnreadableDocumentError when it has none."""
    pdf = _open(path)
    try:
        if len(pdf.pages) > MAX_PAGES:
            raise UnreadableDocumentError(
                f"Tệp {path.name} có {len(pdf.pages)} trang, quá dài cho một văn bản đến "
                f"(tối đa {MAX_PAGES}): hãy nhập các trường bằng tay."
            )
        lines: list[str] = []
        for page in pdf.pages:  # no break between pages: a paragraph runs on over the page end
            lines.extend(line for line in _page_text(page) if not _PAGE_NUMBER.match(line))
    except UnreadableDocumentError:
        raise
    except Exception as error:
        raise UnreadableDocumentError(
            f"Không đọc được nội dung tệp {path.name} ({type(error).__name__}): hãy nhập các trường bằng tay."
        ) from error
    finally:
        pdf.close()
    text = "\n".join(lines)
    if sum(1 for ch in text if ch.isalnum()) < MIN_TEXT_CHARS:
        raise UnreadableDocumentError(SCAN_MESSAGE.format(name=path.name))
    return text
