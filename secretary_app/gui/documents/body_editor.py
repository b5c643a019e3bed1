"""The body editor of the notice composer: the notice's blocks as structured text, one line per block.

Why text and not a list of block widgets: a secretary types a notice top to bottom and already writes
conclusions this way in the minutes ("Về công tác …:" then "- …" lines). Plain lines with a short prefix are
the fastest to type, to paste from Word and to reorder (cut/paste or Alt+Up/Down), with no mouse:

    # 1. Kết luận Hội nghị        heading (đề mục, bold)
    ## Về công tác thông tin:     subheading (nhóm nhiệm vụ)
    - Các đơn vị thông tin …      item (nhiệm vụ; tracked as a directive after issuing)
    ---                           page break
    Điều 1. Thành lập …           article of a decision or resolution ("Điều 1." prints bold; only in those)
    anything else                 paragraph
    (blank lines only separate blocks for reading; they are not kept)

Ctrl+1…4 (and the buttons above the editor) set the current line's type, so nobody has to remember the
prefixes; a highlighter shows each type as it will print (bold, bold italic, a blue dash).

Items carry a stable ``ref`` (the key of their directive plan). It lives in the line's QTextBlockUserData, so
it survives any editing of the line's text; a ref whose line was emptied or retyped passes to the next item
without one (Enter at the start of an item moves its text to a new line). Blocks the text form cannot show
(tables) stay as a placeholder line holding the whole block.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QSyntaxHighlighter,
    QTextBlock,
    QTextBlockUserData,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit

from secretary_app.domain.document import TASK_MARKERS
from secretary_app.domain.models import new_uuid

PREFIXES = {"heading": "# ", "subheading": "## ", "item": "- "}
PAGE_BREAK = "---"
LINE_TYPES = ("paragraph", "heading", "subheading", "item")  # Ctrl+1 … Ctrl+4
# An item line starts with a task marker: the one rule of domain.document (TASK_MARKERS).
# An article line of a decision or resolution: "Điều 2. …" (issue 14).
_ARTICLE = re.compile(r"^Điều\s+(?P<number>\d+[a-zđ]?)\.\s*(?P<text>.*)$")
_LINE = re.compile(rf"^(?:(?P<sub>##)|(?P<head>#)|(?P<item>[{re.escape(TASK_MARKERS)}]))\s*(?P<text>.*)$")


class BlockData(QTextBlockUserData):
    """What a line keeps beyond its text: the item's ref, or a whole block the text cannot show."""

    def __init__(self, extra: dict[str, Any]):
        super().__init__()
        self.extra = extra


def line_type(line: str) -> tuple[str, str]:
    """(block type, bare text) of one line of the editor."""
    stripped = line.strip()
    if stripped == PAGE_BREAK:
        return "page_break", ""
    match = _LINE.match(stripped)
    if match is None:
        return "paragraph", stripped
    text = match.group("text").strip()
    if match.group("sub"):
        return "subheading", text
    if match.group("head"):
        return "heading", text
    return "item", text


def article_parts(line: str) -> tuple[str, str] | None:
    """(number, text) of an article line "Điều 2. …", else None."""
    match = _ARTICLE.match(line.strip())
    return (match.group("number"), match.group("text").strip()) if match else None


def block_line(block: dict[str, Any], article_number: int = 0) -> str:
    """The editor line of one body block (``article_number``: the article's place, for one without a
    number of its own)."""
    kind = block.get("type", "paragraph")
    text = " ".join(str(block.get("text", "")).split())
    if kind == "article":
        return f"Điều {str(block.get('number') or article_number).rstrip('.')}. {text}"
    if kind == "page_break":
        return PAGE_BREAK
    if kind == "section":  # a numbered section edits as a heading whose text starts with its number
        return PREFIXES["heading"] + " ".join(p for p in (block.get("number", ""), text) if p)
    if kind == "table":
        return "[" + " | ".join(block.get("columns") or ["…"]) + "]"
    return PREFIXES.get(kind, "") + text


class BodyEditor(QPlainTextEdit):
    """A QPlainTextEdit that reads and writes the body blocks of a document dict."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._keep: list[BlockData] = []  # Python side of the user data the document holds
        self.articles = (
            False  # "Điều 1. …" lines are articles (the composer sets it for decisions, resolutions)
        )
        self.highlighter = BodyHighlighter(self.document())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        for number, kind in enumerate(LINE_TYPES, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda kind=kind: self.set_line_type(kind))
        up = QShortcut(QKeySequence("Alt+Up"), self, context=Qt.ShortcutContext.WidgetShortcut)
        up.activated.connect(lambda: self.move_line(-1))
        down = QShortcut(QKeySequence("Alt+Down"), self, context=Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(lambda: self.move_line(1))

    # -- blocks <-> text -------------------------------------------------------------------------------
    def set_blocks(self, blocks: list[dict[str, Any]]) -> None:
        self._keep.clear()
        lines: list[str] = []
        spaced: list[dict[str, Any]] = []  # the blocks in line order, None for the blank separator lines
        articles = 0
        for index, block in enumerate(blocks):
            articles += block.get("type") == "article"
            if index and not (
                block.get("type") == "item" and blocks[index - 1].get("type") in ("item", "subheading")
            ):
                lines.append("")  # a blank line between blocks reads like the printed page; lists stay tight
                spaced.append({})
            lines.append(block_line(block, articles))
            spaced.append(block)
        # Listeners must see the lines with their refs attached: no textChanged until they are.
        blocked = self.blockSignals(True)
        try:
            self.setPlainText("\n".join(lines))
            text_block = self.document().firstBlock()
            for block in spaced:
                extra = {"ref": block["ref"]} if block.get("ref") else {}
                if block.get("type") == "table":
                    extra = {"table": dict(block)}
                if extra:
                    self._attach(text_block, extra)
                text_block = text_block.next()
            self.document().setModified(False)
        finally:
            self.blockSignals(blocked)
        self.textChanged.emit()

    def blocks(self) -> list[dict[str, Any]]:
        """The body as blocks; gives every new item line its own ref (kept from then on)."""
        result: list[dict[str, Any]] = []
        orphan: str | None = None
        text_block = self.document().firstBlock()
        while text_block.isValid():
            data = text_block.userData()
            extra = data.extra if isinstance(data, BlockData) else {}
            kind, text = line_type(text_block.text())
            if "table" in extra and text_block.text().startswith("["):
                result.append(dict(extra["table"]))
            elif kind == "page_break":
                result.append({"type": "page_break"})
            elif text and self.articles and kind == "paragraph" and article_parts(text) is not None:
                number, rest = article_parts(text) or ("", "")
                result.append({"type": "article", "number": number, "text": rest})
            elif text:
                block: dict[str, Any] = {"type": kind, "text": text}
                if kind == "item":
                    ref = extra.get("ref") or orphan or new_uuid()
                    if ref == orphan:
                        orphan = None
                    if extra.get("ref") != ref:
                        self._attach(text_block, {"ref": ref})
                    block["ref"] = ref
                elif extra.get("ref"):
                    orphan = extra["ref"]
                result.append(block)
            elif extra.get("ref"):
                orphan = extra["ref"]
            text_block = text_block.next()
        return result

    def _attach(self, text_block: QTextBlock, extra: dict[str, Any]) -> None:
        data = BlockData(extra)
        self._keep.append(data)
        text_block.setUserData(data)

    # -- keyboard editing ------------------------------------------------------------------------------
    def set_line_type(self, kind: str) -> None:
        """Give the current line the prefix of ``kind`` (keeps its text and its ref)."""
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        current = cursor.block()
        _old, text = line_type(current.text())
        line = PREFIXES.get(kind, "") + text
        edit = QTextCursor(current)
        edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(line)
        cursor.setPosition(current.position() + len(line))
        self.setTextCursor(cursor)

    def move_line(self, step: int) -> None:
        """Move the current line up or down (reordering blocks without the mouse)."""
        if self.isReadOnly():
            return
        current = self.textCursor().block()
        other = current.previous() if step < 0 else current.next()
        if not other.isValid():
            return
        data_current, data_other = current.userData(), other.userData()
        text_current, text_other = current.text(), other.text()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for block, text in ((current, text_other), (other, text_current)):
            edit = QTextCursor(block)
            edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(text)
        cursor.endEditBlock()
        for block, data in ((current, data_other), (other, data_current)):
            extra = data.extra if isinstance(data, BlockData) else {}
            self._attach(block, dict(extra))
        moved = QTextCursor(other)
        moved.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self.setTextCursor(moved)


class BodyHighlighter(QSyntaxHighlighter):
    """Shows each line as it will print: headings bold, groups bold italic, the item dash in blue."""

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self._marker = QTextCharFormat()
        self._marker.setForeground(QColor("#1d4f91"))
        self._marker.setFontWeight(QFont.Weight.Bold)
        self._heading = QTextCharFormat()
        self._heading.setFontWeight(QFont.Weight.Bold)
        self._subheading = QTextCharFormat()
        self._subheading.setFontWeight(QFont.Weight.Bold)
        self._subheading.setFontItalic(True)
        self._muted = QTextCharFormat()
        self._muted.setForeground(QColor("#7a8793"))

    articles = False  # bold the "Điều 1." of article lines (decisions, resolutions)

    def highlightBlock(self, text: str) -> None:
        kind, bare = line_type(text)
        if kind == "paragraph" and self.articles and article_parts(text) is not None:
            self.setFormat(0, text.find(".", text.find("Điều")) + 1, self._heading)
            return
        if kind == "paragraph":
            return
        if kind == "page_break" or text.startswith("["):
            self.setFormat(0, len(text), self._muted)
            return
        start = len(text) - len(text.lstrip())
        prefix_end = text.find(bare, start) if bare else len(text)
        prefix_end = prefix_end if prefix_end >= 0 else len(text)
        self.setFormat(start, prefix_end - start, self._marker if kind == "item" else self._muted)
        if kind == "heading":
            self.setFormat(prefix_end, len(text) - prefix_end, self._heading)
        elif kind == "subheading":
            self.setFormat(prefix_end, len(text) - prefix_end, self._subheading)
