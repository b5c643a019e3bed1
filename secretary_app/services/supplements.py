"""No duplicate tasks: a later notice for a meeting that already has an issued one (a thông báo bổ sung /
điều chỉnh, or simply a second draft) creates only the tasks that are new. No Qt.

Each item of the later notice is matched against the tasks the meeting's earlier notices created, one task
per item at most:

* **same** — the same words (ignoring case, accents, spacing and end punctuation): the task exists already,
  no new one is made — also when it was cancelled: a supplementary notice starts as a copy of the issued
  one, and re-issuing the copied words must not bring back a task the secretary cancelled (reopening it
  does, on the board);
* **replaces** — nearly the same words (a deadline moved, a unit added: a word-level similarity of at least
  :data:`SIMILAR`): a new task is made and the earlier one is marked replaced (cancelled, pointing at the new
  one; its notes and history stay);
* **new** — anything else: a new task.

The secretary may decide otherwise item by item (``DirectivePlan.decision`` in the draft); without a decision
issuing applies this proposal, so even a plain second notice of the same meeting cannot double the board.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from secretary_app.domain import models as m
from secretary_app.domain.text import fold

SIMILAR = 0.75  # share of words in common (difflib's ratio on word lists) that makes an item a revision


class Decision(StrEnum):
    AUTO = ""  # not decided: issuing proposes (see the module docstring)
    NEW = "new"
    SAME = "same"
    REPLACES = "replaces"


@dataclass(frozen=True)
class Match:
    decision: Decision
    directive_id: int | None = None  # the earlier task it is (same) or replaces
    score: float = 0.0


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def same_words(a: str, b: str) -> bool:
    """The same words, ignoring case, accents, spacing and punctuation."""
    return _words(a) == _words(b)


def match_items(texts: Sequence[str], earlier: Sequence[m.Directive]) -> list[Match]:
    """The proposal for each item text (in order) against the earlier tasks: exact matches first, then the
    most similar pairs, each earlier task used once."""
    tasks = {m.stored_id(d): d for d in earlier if d.id is not None}
    # A live task is matched before a cancelled one with the same words (a split task's parent).
    live_first = sorted(tasks, key=lambda t: tasks[t].status == m.DirectiveStatus.CANCELLED)
    task_words = {i: _words(tasks[i].content) for i in live_first}
    words = [_words(t) for t in texts]
    result: list[Match | None] = [None] * len(texts)
    used: set[int] = set()
    for i, item in enumerate(words):
        same = next((t for t, w in task_words.items() if t not in used and w == item), None)
        if same is not None:
            result[i] = Match(Decision.SAME, same, 1.0)
            used.add(same)
    # Only an open task is replaced: a finished one keeps its result, and its revision is a task of its own.
    open_ids = [t for t, d in tasks.items() if d.status == m.DirectiveStatus.OPEN and t not in used]
    pairs = sorted(
        (
            (SequenceMatcher(None, words[i], task_words[t], autojunk=False).ratio(), i, t)
            for i in range(len(texts))
            if result[i] is None
            for t in open_ids
        ),
        reverse=True,
    )
    for score, i, task_id in pairs:
        if score < SIMILAR:
            break
        if result[i] is None and task_id not in used:
            result[i] = Match(Decision.REPLACES, task_id, score)
            used.add(task_id)
    return [r or Match(Decision.NEW) for r in result]


def source_item(block_ref: str, index: int) -> str:
    """The notice line a task came from: the item's stable ref, else its place ("#3": the third item)."""
    return block_ref or f"#{index + 1}"
