"""One entry of the minutes (report, opinion, conclusion, vote) and the entries of one agenda item, for the
minutes editor (gui/meetings/minutes_editor.py): the speaker completer that ignores accents, the entry
widget that edits its MinutesEntry in place, and the scrolling page of entries under one agenda item."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QCompleter, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from secretary_app.domain.meeting_rules import Quorum, vote_passes
from secretary_app.domain.models import Meeting, MinutesEntry, MinutesEntryKind, Vote
from secretary_app.domain.text import fold
from secretary_app.gui.forms.ui_minutes_entry import Ui_MinutesEntry
from secretary_app.gui.shared.i18n import enum_label

FOLD_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_TEXT_LINES, MAX_TEXT_LINES = 3, 14
GENERAL = ""  # agenda_item_uuid of the general part of the minutes (not under any agenda item)


# Speaker completion ---------------------------------------------------------------------------------
class SpeakerCompleter(QCompleter):
    """Completes names from any part, ignoring case and accents: "hung" and "Hùng" both find
    "Nguyễn Tuấn Hùng". Matching runs on a folded copy of each name; the name itself is inserted."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setCompletionRole(FOLD_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_names(self, names: list[str]) -> None:
        self._model.clear()
        for name in names:
            item = QStandardItem(name)
            item.setData(fold(name), FOLD_ROLE)
            self._model.appendRow(item)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole)


def speaker_names(meeting: Meeting) -> list[str]:
    """Who may speak: attendees, chair, secretary, guests and presenters, each once (accents ignored)."""
    names = [a.name for a in meeting.attendance] + [meeting.chair, meeting.secretary] + meeting.guests
    names += [item.presenter for item in meeting.agenda]
    seen: dict[str, None] = {}
    for name in names:
        if name and fold(name) not in {fold(n) for n in seen}:
            seen[name] = None
    return list(seen)


# One entry ------------------------------------------------------------------------------------------
class EntryWidget(QFrame):
    """One entry of the minutes. It edits its MinutesEntry in place when asked (:meth:`to_entry`)."""

    edited = Signal()
    kind_chosen = Signal(object, object)  # (widget, MinutesEntryKind): the editor records it for undo
    remove_requested = Signal(object)
    focused = Signal(object)

    def __init__(
        self,
        entry: MinutesEntry,
        completer: QCompleter,
        present: int = 0,
        parent: QWidget | None = None,
        quorum: Quorum | None = None,
    ):
        super().__init__(parent)
        self.present = present  # members present, to flag a vote count that cannot be right
        self.quorum = quorum  # the rule of the meeting's kind: votes are shares of the members entitled
        self.ui = Ui_MinutesEntry()
        self.ui.setupUi(self)
        self.setObjectName("minutesEntry")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.entry = entry
        ui = self.ui
        for kind in MinutesEntryKind:
            ui.kindCombo.addItem(enum_label(kind), str(kind))
        ui.speakerEdit.setCompleter(completer)
        ui.textEdit.setUndoRedoEnabled(True)
        ui.textEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lines wrap
        self._load(entry)
        ui.kindCombo.currentIndexChanged.connect(
            lambda _i: self.kind_chosen.emit(self, MinutesEntryKind(ui.kindCombo.currentData()))
        )
        ui.speakerEdit.textEdited.connect(lambda _t: self.edited.emit())
        ui.textEdit.textChanged.connect(self.edited.emit)
        for spin in (ui.forSpin, ui.againstSpin, ui.otherSpin):
            spin.valueChanged.connect(self._show_percentages)
            spin.valueChanged.connect(lambda _v: self.edited.emit())
        ui.removeButton.clicked.connect(lambda: self.remove_requested.emit(self))
        ui.speakerEdit.returnPressed.connect(ui.textEdit.setFocus)  # Enter after the name: type what was said
        ui.textEdit.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit_height())
        for child in (ui.kindCombo, ui.speakerEdit, ui.textEdit, ui.forSpin, ui.againstSpin, ui.otherSpin):
            child.installEventFilter(self)
        self._fit_height()

    def _load(self, entry: MinutesEntry) -> None:
        ui = self.ui
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(str(entry.kind))))
        ui.speakerEdit.setText(entry.speaker)
        ui.textEdit.setPlainText(entry.text)
        ui.textEdit.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on where the text ends
        vote = entry.vote or Vote()
        ui.forSpin.setValue(vote.for_count)
        ui.againstSpin.setValue(vote.against_count)
        ui.otherSpin.setValue(vote.other_count)
        self.show_kind(entry.kind)

    def show_kind(self, kind: MinutesEntryKind) -> None:
        ui = self.ui
        ui.kindCombo.blockSignals(True)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(str(kind))))
        ui.kindCombo.blockSignals(False)
        ui.voteBox.setVisible(kind == MinutesEntryKind.VOTE)
        ui.speakerEdit.setVisible(kind in (MinutesEntryKind.REPORT, MinutesEntryKind.OPINION))
        placeholders = {
            MinutesEntryKind.REPORT: self.tr("Nội dung báo cáo, trình bày… (Ctrl+Enter: thêm mục ghi mới)"),
            MinutesEntryKind.OPINION: self.tr("Ý kiến phát biểu… (Ctrl+Enter: thêm mục ghi mới)"),
            MinutesEntryKind.CONCLUSION: self.tr(
                "Kết luận của đồng chí chủ trì… (Ctrl+Enter: thêm mục ghi mới)"
            ),
            MinutesEntryKind.VOTE: self.tr(
                "Nội dung biểu quyết, ví dụ: Thông qua Nghị quyết… (Ctrl+Enter: thêm mục)"
            ),
        }
        ui.textEdit.setPlaceholderText(placeholders[kind])
        self._show_percentages()

    def kind(self) -> MinutesEntryKind:
        return MinutesEntryKind(self.ui.kindCombo.currentData())

    def vote(self) -> Vote:
        ui = self.ui
        return Vote(ui.forSpin.value(), ui.againstSpin.value(), ui.otherSpin.value())

    def to_entry(self) -> MinutesEntry:
        entry, kind = self.entry, self.kind()
        entry.kind = kind
        entry.text = self.ui.textEdit.toPlainText()
        entry.speaker = (
            self.ui.speakerEdit.text().strip()
            if kind in (MinutesEntryKind.REPORT, MinutesEntryKind.OPINION)
            else ""
        )
        entry.vote = self.vote() if kind == MinutesEntryKind.VOTE else None
        return entry

    def set_read_only(self, read_only: bool) -> None:
        ui = self.ui
        ui.textEdit.setReadOnly(read_only)
        ui.speakerEdit.setReadOnly(read_only)
        ui.kindCombo.setEnabled(not read_only)
        for spin in (ui.forSpin, ui.againstSpin, ui.otherSpin):
            spin.setReadOnly(read_only)
        ui.removeButton.setVisible(not read_only)

    def focus_first_field(self) -> None:
        ui = self.ui
        (
            ui.speakerEdit if ui.speakerEdit.isVisible() and not ui.speakerEdit.text() else ui.textEdit
        ).setFocus()

    def _show_percentages(self, *_args) -> None:
        vote = self.vote()
        for_pct, against_pct, other_pct = vote.percentages()
        text = self.tr("Tổng {0} — tán thành {1:g}%, không tán thành {2:g}%, ý kiến khác {3:g}%").format(
            vote.total, for_pct, against_pct, other_pct
        )
        if self.present and vote.total > self.present:
            text += self.tr(" — lưu ý: nhiều hơn số đảng viên có mặt ({0})").format(self.present)
        quorum = self.quorum
        if quorum is not None and not vote_passes(quorum.rule, vote.for_count, quorum.entitled):
            text += self.tr(" — chưa đạt: tán thành {0}/{1}, cần hơn một nửa ({2})").format(
                vote.for_count, quorum.entitled, quorum.rule.majority.needed(quorum.entitled)
            )
        self.ui.percentLabel.setText(text)

    def _fit_height(self) -> None:
        """Grow with the text between a few lines and a screenful; longer texts scroll inside."""
        edit = self.ui.textEdit
        lines = edit.document().documentLayout().documentSize().height()
        lines = max(MIN_TEXT_LINES, min(MAX_TEXT_LINES, int(lines)))
        margins = edit.contentsMargins().top() + edit.contentsMargins().bottom() + 2 * edit.frameWidth() + 8
        edit.setFixedHeight(int(lines * edit.fontMetrics().lineSpacing() + margins))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self)
        return False


# The entries of one agenda item ---------------------------------------------------------------------
class ItemPage(QScrollArea):
    """The entries under one agenda item (or the general part), top to bottom."""

    def __init__(self, agenda_uuid: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.agenda_uuid = agenda_uuid
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Entries wrap to the width; they never widen the page (no sideways scrolling while typing).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(0, 0, 6, 0)
        self._layout.setSpacing(8)
        self.hint = QLabel(
            self.tr(
                "Chưa có mục ghi nào cho nội dung này. Nhấn Ctrl+Enter (hoặc một nút bên "
                "dưới) để thêm báo cáo, ý kiến, kết luận hay biểu quyết."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "note")
        self._layout.addWidget(self.hint)
        self._layout.addStretch(1)
        self.setWidget(body)

    def entries(self) -> list[EntryWidget]:
        widgets = (self._layout.itemAt(i).widget() for i in range(self._layout.count()))
        return [w for w in widgets if isinstance(w, EntryWidget)]

    def insert(self, position: int, widget: EntryWidget) -> None:
        self._layout.insertWidget(1 + position, widget)  # after the hint label
        widget.show()  # a child added to a visible parent is not shown by itself
        self.hint.setVisible(False)

    def take(self, widget: EntryWidget) -> int:
        position = self.entries().index(widget)
        self._layout.removeWidget(widget)
        widget.hide()
        widget.deleteLater()
        self.hint.setVisible(not self.entries())
        return position
