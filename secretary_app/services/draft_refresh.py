"""“Cập nhật từ biên bản”: a draft notice brought up to date with minutes that changed after it was drafted,
every change shown and chosen, nothing typed by hand lost silently. No Qt.

A draft keeps in its meta what its conclusion section was drafted from (``meta["from_minutes"]``, the
[type, text] of each block: services/drafting.py). The minutes' conclusions now are compared with that
snapshot, block by block (difflib over the folded words), giving the changes in the minutes:

* **added** — a conclusion or task that is new in the minutes: inserted in the draft after the block it
  follows in the minutes (or before the one it precedes);
* **removed** — gone from the minutes: the draft's block is taken out;
* **changed** — reworded (word similarity at least :data:`SIMILAR`): the draft's block gets the new words
  and keeps its ref, so the task's plan (unit, deadline) stays attached.

Blocks the secretary typed into the draft are not in the snapshot, so nothing here touches them. A block
drafted from the minutes that the secretary then edited by hand is *edited*: a change to it is shown with
both texts and is not proposed by default; choosing it replaces the hand-edited words, in plain view.
A draft made before snapshots were kept has none: its conclusion blocks stand in for it, so every
difference is listed and nothing is applied unseen.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from secretary_app.domain import models as m
from secretary_app.domain.text import fold
from secretary_app.services.drafting import MINUTES_SNAPSHOT, block_snapshot, minutes_conclusion_blocks

SIMILAR = 0.6  # share of words in common for a reworded block (below it: one removed, one added)
CONCLUSION_TYPES = ("item", "subheading", "paragraph")


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class BlockChange:
    kind: ChangeKind
    block_type: str  # "item" (a task), "subheading", "paragraph"
    old: str = ""  # the words drafted from the minutes before (removed, changed)
    new: str = ""  # the words in the minutes now (added, changed)
    draft_index: int | None = None  # the draft's block it applies to (removed, changed)
    anchor: int | None = None  # added: insert before this draft index (None: see apply_changes)
    edited: bool = False  # the draft's block was edited by hand since: applying replaces those words
    draft_text: str = ""  # the draft's words now, when edited

    @property
    def proposed(self) -> bool:
        """Checked by default: everything except a change that would overwrite words typed by hand."""
        return not self.edited


def _key(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", fold(text)))


def _snapshot(content: dict) -> list[list[str]]:
    snap = (content.get("meta") or {}).get(MINUTES_SNAPSHOT)
    if isinstance(snap, list) and all(isinstance(s, list) and len(s) == 2 for s in snap):
        return [[str(t), str(x)] for t, x in snap]
    return block_snapshot([b for b in content.get("body", []) if b.get("type") in CONCLUSION_TYPES])


def _match_draft(body: list[dict], snapshot: list[list[str]]) -> list[int | None]:
    """For each snapshot block, the draft block it became: the same words in order, else (edited by hand)
    the most similar block of the same type left between its matched neighbours."""
    found: list[int | None] = [None] * len(snapshot)
    used: set[int] = set()
    start = 0
    for i, (kind, text) in enumerate(snapshot):
        key = _key(text)
        for j in range(start, len(body)):
            if j not in used and body[j].get("type") == kind and _key(body[j].get("text", "")) == key:
                found[i], start = j, j + 1
                used.add(j)
                break
    for i, (kind, text) in enumerate(snapshot):  # edited by hand: similar words between the neighbours
        if found[i] is not None:
            continue
        low = max([f for f in found[:i] if f is not None], default=-1)
        high = min([f for f in found[i + 1 :] if f is not None], default=len(body))
        best, score = None, SIMILAR / 2
        for j in range(low + 1, high):
            if j in used or body[j].get("type") != kind:
                continue
            ratio = SequenceMatcher(None, _key(text), _key(body[j].get("text", ""))).ratio()
            if ratio > score:
                best, score = j, ratio
        if best is not None:
            found[i] = best
            used.add(best)
    return found


def minutes_changes(content: dict, meeting: m.Meeting) -> list[BlockChange]:
    """What changed in the minutes' conclusions since ``content`` (a draft notice) was drafted; [] if
    nothing did."""
    body = content.get("body", [])
    snapshot = _snapshot(content)
    now = block_snapshot(minutes_conclusion_blocks(meeting))
    in_draft = _match_draft(body, snapshot)
    changes: list[BlockChange] = []
    matcher = SequenceMatcher(None, [(t, _key(x)) for t, x in snapshot], [(t, _key(x)) for t, x in now])
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            continue
        old, new = list(range(a0, a1)), list(range(b0, b1))
        while old and new:  # reworded pairs, in order, when similar enough
            i, j = old[0], new[0]
            same_type = snapshot[i][0] == now[j][0]
            if (
                not same_type
                or SequenceMatcher(None, _key(snapshot[i][1]), _key(now[j][1])).ratio() < SIMILAR
            ):
                break
            changes.append(_change(ChangeKind.CHANGED, snapshot[i], now[j][1], in_draft[i], body))
            old.pop(0)
            new.pop(0)
        for i in old:
            changes.append(_change(ChangeKind.REMOVED, snapshot[i], "", in_draft[i], body))
        for j in new:
            after = [k for k in in_draft[:a0] if k is not None]
            before = [k for k in in_draft[a1:] if k is not None]
            anchor = (after[-1] + 1) if after else (before[0] if before else None)
            changes.append(BlockChange(ChangeKind.ADDED, now[j][0], new=now[j][1], anchor=anchor))
    return [c for c in changes if c.kind == ChangeKind.ADDED or c.draft_index is not None]


def _change(kind: ChangeKind, was: list[str], new: str, index: int | None, body: list[dict]) -> BlockChange:
    if index is None:  # the secretary already took it out of the draft: nothing to remove or reword
        return BlockChange(kind, was[0], old=was[1], new=new, edited=kind == ChangeKind.CHANGED)
    text = body[index].get("text", "")
    edited = _key(text) != _key(was[1])
    return BlockChange(kind, was[0], old=was[1], new=new, draft_index=index, edited=edited, draft_text=text)


def apply_changes(content: dict, meeting: m.Meeting, chosen: list[BlockChange]) -> dict:
    """``content`` with the ``chosen`` changes made (see the module docstring); its snapshot becomes the
    minutes' conclusions now, so what was not chosen is not proposed again. A new dict."""
    result = copy.deepcopy(content)
    body: list[dict | None] = list(result.get("body", []))
    inserts: dict[int, list[dict]] = {}
    for change in chosen:
        if change.kind == ChangeKind.ADDED:
            added: dict = {"type": change.block_type, "text": change.new}
            if change.block_type == "item":
                added["ref"] = m.new_uuid()
            inserts.setdefault(_anchor(change, body), []).append(added)
        elif change.draft_index is None:
            continue
        elif change.kind == ChangeKind.REMOVED:
            body[change.draft_index] = None
        elif (reworded := body[change.draft_index]) is not None:
            body[change.draft_index] = {**reworded, "text": change.new}
    rebuilt: list[dict] = []
    for i, block in enumerate(body):
        rebuilt += inserts.get(i, [])
        if block is not None:
            rebuilt.append(block)
    rebuilt += inserts.get(len(body), [])
    result["body"] = rebuilt
    result.setdefault("meta", {})[MINUTES_SNAPSHOT] = block_snapshot(minutes_conclusion_blocks(meeting))
    return result


def _anchor(change: BlockChange, body: list) -> int:
    """Where an added block goes: its anchor, else before the closing "Trên đây là…" paragraph."""
    if change.anchor is not None:
        return change.anchor
    closing = max((i for i, b in enumerate(body) if b and b.get("type") == "paragraph"), default=None)
    return closing if closing is not None else len(body)
