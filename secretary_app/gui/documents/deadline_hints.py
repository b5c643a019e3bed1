"""Deadlines proposed from a task's own words in the composer's plan table (issue 12, item 1).

Each conclusion item is read with ``domain.deadlines.suggest_deadline`` ("trước ngày 20/12/2026" →
19/12/2026, "Quý I/2027" → its last working day with the words kept, "thường xuyên" → ongoing, "trước Đại
hội" → no date, ask). While the item has no deadline of its own, the proposal stands in its deadline field
(placeholder) and in the hint line under the table; the secretary takes it with one key — Enter in the empty
field, or Ctrl+D anywhere in the row — and nothing is filled in without that key: the secretary confirms.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit

from secretary_app.domain.deadline_words import DeadlineKind, DeadlineSuggestion
from secretary_app.domain.deadlines import STATUS_CONTEXT
from secretary_app.domain.text import vn_date_short
from secretary_app.gui.shared.i18n import translate, ui_label

KEYS = "Enter/Ctrl+D"


def proposal(suggestion: DeadlineSuggestion) -> str:
    """What the field would take: a date, "Thường xuyên", or the words of an event with no date."""
    if suggestion.kind == DeadlineKind.ONGOING:
        return translate("ComposerWindow", "Thường xuyên")
    if suggestion.deadline is not None:
        return vn_date_short(suggestion.deadline)
    return suggestion.words


def hint_text(suggestion: DeadlineSuggestion) -> str:
    """The hint line for one item ("" when its words say nothing about a deadline)."""
    if suggestion.kind == DeadlineKind.NONE:
        return ""
    if suggestion.kind == DeadlineKind.UNRESOLVED:
        return translate("ComposerWindow", "Thời hạn “{0}”: {1} ({2} để ghi nguyên văn)").format(
            suggestion.words, ui_label(STATUS_CONTEXT, suggestion.note), KEYS
        )
    if suggestion.kind == DeadlineKind.ONGOING:
        return translate("ComposerWindow", "Gợi ý: nhiệm vụ thường xuyên — {0} để nhận").format(KEYS)
    return translate("ComposerWindow", "Gợi ý thời hạn: {0} (theo “{1}”) — {2} để nhận").format(
        proposal(suggestion), suggestion.words, KEYS
    )


class HintKeys(QObject):
    """On a deadline field: Ctrl+D, or Enter while it is empty, takes the row's proposal; focusing it shows
    the row's hint."""

    def __init__(self, accept: Callable[[QLineEdit], bool], focused: Callable[[QLineEdit], None], parent):
        super().__init__(parent)
        self._accept, self._focused = accept, focused

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(obj, QLineEdit):
            return False
        if event.type() == QEvent.Type.FocusIn:
            self._focused(obj)
        elif event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key, mods = key_event.key(), key_event.modifiers()
            ctrl_d = key == Qt.Key.Key_D and mods & Qt.KeyboardModifier.ControlModifier
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not obj.text().strip()
            if (ctrl_d or enter) and self._accept(obj):
                return True
        return False


def make_hint_label(under: QObject) -> QLabel:
    """The hint line, put right under the plan table in its layout."""
    label = QLabel()
    label.setProperty("role", "note")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { color: #1565c0; }")
    parent = under.parentWidget()  # type: ignore[attr-defined]
    layout = parent.layout() if parent is not None else None
    if layout is not None:
        layout.insertWidget(layout.indexOf(under) + 1, label)  # type: ignore[attr-defined]
    return label
