"""The text of a DOCX, paragraphs and tables in document order, one paragraph a line.

The header of an official document is usually a borderless table of two columns (issuing body and symbol at
the left, quốc hiệu and the date at the right): its cells' paragraphs are paired line by line, a tab between.
Any other table gives one line per row, its cells separated by tabs.
"""

from __future__ import annotations

import zipfile
from itertools import zip_longest
from pathlib import Path

from secretary_app.domain.errors import UnreadableDocumentError

MAX_PARAGRAPHS = 20_000


def _cell_lines(cell) -> list[str]:
    return [" ".join(p.text.split()) for p in cell.paragraphs if p.text.strip()]


def _table_lines(table, first: bool) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list = []
        for cell in row.cells:
            if not cells or cell._tc is not cells[-1]._tc:  # a merged cell repeats: keep it once
                cells.append(cell)
        if first and len(cells) == 2:
            left, right = (_cell_lines(c) for c in cells)
            lines.extend(
                f"{a}\t{b}".rstrip("\t") if a else f"\t{b}" for a, b in zip_longest(left, right, fillvalue="")
            )
        else:
            lines.append("\t".join("; ".join(_cell_lines(c)) for c in cells))
    return lines


def docx_text(path: Path) -> str:
    """The text of the DOCX at ``path`` (module docstring); UnreadableDocumentError when it is not one."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
        lines: list[str] = []
        blocks = 0
        for block in document.iter_inner_content():
            blocks += 1
            if blocks > MAX_PARAGRAPHS:
                break
            if isinstance(block, Paragraph):
                lines.append(block.text.strip(" "))
            elif isinstance(block, Table):
                lines.extend(_table_lines(block, first=blocks <= 2))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise UnreadableDocumentError(
            f"Tệp {path.name} không phải tệp Word (DOCX) hợp lệ hoặc đã hỏng: hãy nhập các trường bằng tay."
        ) from error
    except Exception as error:  # lxml and python-docx raise many kinds on a damaged package
        raise UnreadableDocumentError(
            f"Không đọc được tệp Word {path.name} ({type(error).__name__}): hãy nhập các trường bằng tay."
        ) from error
    text = "\n".join(lines)
    if not text.strip():
        raise UnreadableDocumentError(f"Tệp Word {path.name} không có chữ: hãy nhập các trường bằng tay.")
    return text
