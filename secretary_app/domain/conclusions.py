"""Finding the conclusion items of a notice: the "- …" items, grouped under their sub-headings.

In a thông báo kết luận the tasks stand as items under sub-headings such as "Về công tác thông tin:"; each
item becomes a tracked directive with its heading as the group.
"""

from __future__ import annotations

from dataclasses import dataclass

HEADING_TYPES = {"heading", "section"}
SUBHEADING_TYPES = {"subheading"}


@dataclass(frozen=True)
class ConclusionItem:
    heading: str  # "Về công tác thông tin" (without the trailing colon), or "" when not grouped
    text: str


def conclusion_items(body: list[dict]) -> list[ConclusionItem]:
    """The items of a notice body with the sub-heading each stands under.

    Items are taken from the last top-level heading that mentions "kết luận" onwards when there is one
    (earlier items are report content, not tasks); otherwise from the whole body.
    """
    start = 0
    for index, block in enumerate(body):
        if block.get("type") in HEADING_TYPES and "kết luận" in block.get("text", "").casefold():
            start = index
    heading = ""
    items: list[ConclusionItem] = []
    for block in body[start:]:
        kind, text = block.get("type"), block.get("text", "").strip()
        if kind in SUBHEADING_TYPES:
            heading = text.rstrip(":").strip()
        elif kind == "item" and text:
            items.append(ConclusionItem(heading, text))
    return items
