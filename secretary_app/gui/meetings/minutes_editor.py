"""Ghi biên bản: typing the minutes during the meeting, keyboard first, autosaved.

Layout: the agenda on the left (Ctrl+PgUp/PgDn or Alt+1…9 to switch), the entries of the current item on
the right — reports, opinions, conclusions and votes — each with its speaker (completed from the attendees,
accent-insensitive) and its text. Ctrl+Enter adds an entry below the current one; Tab moves on.

Saving: every edit restarts the autosave timer (gui/shared/autosave.py); the minutes are also saved whenever
the focus moves, before finalising, exporting and closing. Saves go to the database through
``ctx.minutes.save_entries`` — so after a crash the next start shows everything but at most the last couple of
seconds of typing.

Undo (Ctrl+Z / Ctrl+Y): a text field's own typing first, then the structural edits
(gui/meetings/minutes_undo.py). A removed entry comes back whole, with its text. A field's own typing history
ends when its entry is removed and restored, or when the editor reloads (after finalising or a correction).
The entry widgets live in gui/meetings/minutes_entry.py, printing and export in minutes_output.py. Typing
into a planned meeting makes it "đang họp" (the minutes service's rule, not the window's).

Finalised minutes are read-only (banner "Biên bản đã chốt — phiên bản N"); "Đính chính" opens version N+1.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem, QMainWindow, QWidget
from shiboken6 import isValid

from secretary_app.domain.meeting_rules import Quorum, meeting_quorum
from secretary_app.domain.models import (
    AgendaItem,
    Meeting,
    MeetingStatus,
    MinutesEntry,
    MinutesEntryKind,
    Vote,
    attendance_counts,
)
from secretary_app.domain.text import vn_date_short
from secretary_app.gui.forms.ui_minutes_editor import Ui_MinutesEditor
from secretary_app.gui.meetings import minutes_output, minutes_versions
from secretary_app.gui.meetings.minutes_entry import (
    GENERAL,
    EntryWidget,
    ItemPage,
    SpeakerCompleter,
    speaker_names,
)
from secretary_app.gui.meetings.minutes_undo import (
    AddEntryCommand,
    ChangeKindCommand,
    RemoveEntryCommand,
    UndoRouter,
)
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.autosave import Autosaver, SaveState
from secretary_app.gui.shared.geometry import fit_to_screen, remember
from secretary_app.gui.shared.style import STYLE_SHEET

if TYPE_CHECKING:
    from secretary_app.domain.document import Document
    from secretary_app.services.context import AppContext

log = logging.getLogger(__name__)

TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # an agenda row's title without its entry count


# The window -----------------------------------------------------------------------------------------
class MinutesEditor(QMainWindow):
    closed = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MinutesEditor()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.owner: QWidget | None = parent  # the main window, when opened as a window of its own
        self.meeting: Meeting | None = None
        self.read_only = False
        self._loading = False
        self._current: EntryWidget | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_router = UndoRouter(self.undo_stack, lambda: not self.read_only, self)
        self.completer = SpeakerCompleter(self)
        self.autosaver = Autosaver(self._save, self)
        ui = self.ui

        ui.bannerLabel.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #f0b45a; border-radius: 4px; padding: 6px 10px;"
            " color: #6b3d00; font-weight: 600; }"
        )
        ui.itemTitleLabel.setProperty("role", "subtitle")
        self.save_label = QLabel()
        self.version_label = QLabel()
        ui.statusBar.addWidget(self.save_label, 1)
        ui.statusBar.addPermanentWidget(self.version_label)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([270, 800])
        fit_to_screen(self, 1100, 720)  # the designed 1100×720 is taller than a 1280×720 screen's free area
        remember(self, "minutes_editor", [ui.splitter])  # its size and the agenda/entries split come back
        ui.agendaList.setMinimumWidth(180)
        ui.agendaList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # titles wrap
        ui.agendaList.setStyleSheet("QListWidget::item { padding: 5px 4px; }")

        for action in self.findChildren(type(ui.actionUndo)):
            if not action.shortcut().isEmpty():  # shortcuts shown in menus and tooltips alike
                action.setToolTip(
                    f"{action.text().replace('&', '')} "
                    f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                )
        ui.actionAddEntry.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        ui.actionRedo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        for button, action in (
            (ui.addReportButton, ui.actionAddReport),
            (ui.addOpinionButton, ui.actionAddOpinion),
            (ui.addConclusionButton, ui.actionAddConclusion),
            (ui.addVoteButton, ui.actionAddVote),
        ):
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        ui.actionSaveNow.triggered.connect(self.autosaver.flush)
        ui.actionFinalise.triggered.connect(self.finalise)
        ui.actionCorrect.triggered.connect(self.start_correction)
        ui.actionPrint.triggered.connect(self.print_minutes)
        ui.actionExportPdf.triggered.connect(lambda: self.export("pdf"))
        ui.actionExportDocx.triggered.connect(lambda: self.export("docx"))
        ui.actionClose.triggered.connect(self.close)
        ui.actionComposeNotice.triggered.connect(lambda: minutes_output.compose_notice(self))
        ui.actionUndo.triggered.connect(self.undo)
        ui.actionRedo.triggered.connect(self.redo)
        ui.actionAddEntry.triggered.connect(lambda: self.add_entry(None))
        ui.actionAddReport.triggered.connect(lambda: self.add_entry(MinutesEntryKind.REPORT))
        ui.actionAddOpinion.triggered.connect(lambda: self.add_entry(MinutesEntryKind.OPINION))
        ui.actionAddConclusion.triggered.connect(lambda: self.add_entry(MinutesEntryKind.CONCLUSION))
        ui.actionAddVote.triggered.connect(lambda: self.add_entry(MinutesEntryKind.VOTE))
        ui.actionRemoveEntry.triggered.connect(self.remove_current_entry)
        ui.actionPrevItem.triggered.connect(lambda: self.go_to_item(ui.agendaList.currentRow() - 1))
        ui.actionNextItem.triggered.connect(lambda: self.go_to_item(ui.agendaList.currentRow() + 1))
        for digit in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Alt+{digit}"), self)
            shortcut.activated.connect(lambda row=digit - 1: self.go_to_item(row))
        ui.agendaList.currentRowChanged.connect(self._show_item)
        self.undo_stack.canUndoChanged.connect(lambda _c: self._update_actions())
        self.undo_stack.canRedoChanged.connect(lambda _c: self._update_actions())
        self.autosaver.state_changed.connect(self._show_save_state)
        app = QApplication.instance()
        app.focusChanged.connect(self._on_focus_changed)
        self.reload()
        # Last, once every label has its role: a window of its own does not get the main window's sheet.
        self.setStyleSheet(STYLE_SHEET)

    # Loading ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """(Re)build everything from the database: on opening, after finalising or a correction, and
        when the meeting's details were edited elsewhere. Pending typing is saved first."""
        if self.meeting is not None and not self.read_only:
            self.autosaver.flush()
        meeting = self.ctx.meetings.get(self.meeting_id)
        self.meeting = meeting
        self.read_only = meeting.status == MeetingStatus.MINUTES_FINAL
        ui = self.ui
        row = max(0, ui.agendaList.currentRow())
        self._loading = True
        try:
            self._current = None
            while ui.entriesStack.count():
                page = ui.entriesStack.widget(0)
                ui.entriesStack.removeWidget(page)
                page.deleteLater()
            ui.agendaList.clear()
            known = {item.uuid for item in meeting.agenda}
            sections: list[tuple[str, str]] = [
                (item.uuid, f"{n}. {item.title}") for n, item in enumerate(meeting.agenda, start=1)
            ]
            sections.append((GENERAL, self.tr("Nội dung chung, ý kiến khác")))
            for uuid, title in sections:
                item = QListWidgetItem(title, ui.agendaList)
                item.setData(TITLE_ROLE, title)
                item.setToolTip(title)
                page = ItemPage(uuid)
                ui.entriesStack.addWidget(page)
                # Entries whose agenda item was removed are shown in the general part rather than hidden
                # (hidden entries would be dropped by the next save).
                for entry in meeting.minutes:
                    if entry.agenda_item_uuid == uuid or (
                        uuid == GENERAL and entry.agenda_item_uuid not in known
                    ):
                        page.insert(len(page.entries()), self._make_entry_widget(entry))
        finally:
            self._loading = False
        self.completer.set_names(speaker_names(meeting))
        self.undo_stack.clear()
        self.setWindowTitle(self.tr("Ghi biên bản — {0}").format(meeting.title))
        when = vn_date_short(meeting.start.date())
        details = [f"{meeting.start:%H:%M}, {when}"] + ([meeting.place] if meeting.place else [])
        if meeting.chair:
            details.append(self.tr("Chủ trì: {0}").format(meeting.chair))
        if meeting.secretary:
            details.append(self.tr("Thư ký: {0}").format(meeting.secretary))
        ui.meetingLabel.setText(f"<b>{_html(meeting.title)}</b><br>{_html(' · '.join(details))}")
        ui.bannerLabel.setVisible(self.read_only)
        ui.bannerLabel.setText(
            self.tr(
                "Biên bản đã chốt — phiên bản {0}. Muốn sửa, chọn Biên bản ▸ Đính chính "
                "biên bản (tạo phiên bản mới)."
            ).format(meeting.minutes_version)
        )
        self.version_label.setText(self.tr("Phiên bản {0}").format(meeting.minutes_version))
        for page in self.pages():
            for widget in page.entries():
                widget.set_read_only(self.read_only)
        self._show_entry_counts()
        self.go_to_item(min(row, ui.agendaList.count() - 1))
        self._show_item(ui.agendaList.currentRow())  # also when the row number did not change
        self._update_actions()

    def _quorum(self) -> Quorum | None:
        return meeting_quorum(self.meeting) if self.meeting else None

    def _present(self) -> int:
        """Members present: who can vote at most, the count a new vote starts from (by the meeting's rule
        when its kind has one: the đảng viên chính thức of a chi bộ)."""
        quorum = self._quorum()
        if quorum is not None:
            return quorum.present
        return attendance_counts(self.meeting.attendance).present if self.meeting else 0

    def _make_entry_widget(self, entry: MinutesEntry) -> EntryWidget:
        widget = EntryWidget(entry, self.completer, self._present(), quorum=self._quorum())
        widget.edited.connect(self._on_edited)
        widget.kind_chosen.connect(self._on_kind_chosen)
        widget.remove_requested.connect(self._remove_widget)
        widget.focused.connect(self._on_entry_focused)
        for field in (widget.ui.textEdit, widget.ui.speakerEdit):
            self.undo_router.watch(field)  # Ctrl+Z/Ctrl+Y routing, see the module docstring
        widget.set_read_only(self.read_only)
        return widget

    # Navigation -------------------------------------------------------------------------------------
    def pages(self) -> list[ItemPage]:
        stack = self.ui.entriesStack
        return [stack.widget(i) for i in range(stack.count())]

    def current_entry(self) -> EntryWidget | None:
        """The entry being typed in: the one Ctrl+Enter adds below and Ctrl+Delete removes."""
        return self._current

    def current_page(self) -> ItemPage:
        return self.ui.entriesStack.currentWidget()

    def go_to_item(self, row: int) -> None:
        if 0 <= row < self.ui.agendaList.count():
            self.ui.agendaList.setCurrentRow(row)

    def _show_item(self, row: int) -> None:
        if not 0 <= row < self.ui.entriesStack.count():  # (while the list is being rebuilt)
            return
        self.ui.entriesStack.setCurrentIndex(row)
        self.ui.itemTitleLabel.setText(self.ui.agendaList.item(row).data(TITLE_ROLE))
        page = self.current_page()
        entries = page.entries()
        self._current = entries[-1] if entries else None
        if entries and not self._loading and self.ui.agendaList.hasFocus() is False:
            entries[-1].ui.textEdit.setFocus()

    def _show_entry_counts(self) -> None:
        """How many entries each agenda item has, so the secretary sees at a glance what is still empty."""
        for row, page in enumerate(self.pages()):
            item = self.ui.agendaList.item(row)
            count = len(page.entries())
            title = item.data(TITLE_ROLE)
            item.setText(self.tr("{0}  ({1})").format(title, count) if count else title)

    def _on_entry_focused(self, widget: EntryWidget) -> None:
        self._current = widget
        page = self.current_page()
        if page is not None and widget in page.entries():
            page.ensureWidgetVisible(widget, 0, 20)

    # Entries ----------------------------------------------------------------------------------------
    def add_entry(self, kind: MinutesEntryKind | None) -> None:
        """Add an entry below the current one (Ctrl+Enter: of the same kind; default an opinion)."""
        if self.read_only:
            return
        page_index = self.ui.entriesStack.currentIndex()
        page = self.current_page()
        entries = page.entries()
        current = self._current if self._current in entries else None
        position = entries.index(current) + 1 if current is not None else len(entries)
        if kind is None:
            kind = current.kind() if current is not None else MinutesEntryKind.OPINION
        entry = MinutesEntry(kind=kind, text="", agenda_item_uuid=page.agenda_uuid)
        if kind == MinutesEntryKind.REPORT:
            item = self._agenda_item(page.agenda_uuid)
            reported = any(w.kind() == MinutesEntryKind.REPORT for w in entries)
            if item is not None and item.presenter and not reported:
                entry.speaker = item.presenter  # the first report of an item is usually its presenter's
        if kind == MinutesEntryKind.VOTE:
            entry.vote = Vote(for_count=self._present())  # a vote is counted down from those present
        self.undo_stack.push(AddEntryCommand(self, page_index, position, entry))

    def remove_current_entry(self) -> None:
        if self._current is not None and not self.read_only:
            self._remove_widget(self._current)

    def _remove_widget(self, widget: EntryWidget) -> None:
        for page_index, page in enumerate(self.pages()):
            if widget in page.entries():
                self.undo_stack.push(RemoveEntryCommand(self, page_index, page.entries().index(widget)))
                return

    def insert_entry_at(self, page_index: int, position: int, entry: MinutesEntry, focus: bool) -> None:
        page = self.pages()[page_index]
        widget = self._make_entry_widget(entry)
        page.insert(position, widget)
        self._current = widget
        self.go_to_item(page_index)
        if focus:
            widget.focus_first_field()
            page.ensureWidgetVisible(widget, 0, 20)
        self._show_entry_counts()
        self._on_edited()

    def remove_entry_at(self, page_index: int, position: int) -> MinutesEntry:
        page = self.pages()[page_index]
        widget = page.entries()[position]
        entry = widget.to_entry()
        had_focus = widget.isAncestorOf(QApplication.focusWidget())
        page.take(widget)
        remaining = page.entries()
        self._current = remaining[min(position, len(remaining) - 1)] if remaining else None
        self.go_to_item(page_index)
        if had_focus:  # the focus must not vanish with the widget
            (self._current.ui.textEdit if self._current else self.ui.agendaList).setFocus()
        self._show_entry_counts()
        self._on_edited()
        return entry

    def _on_kind_chosen(self, widget: EntryWidget, kind: MinutesEntryKind) -> None:
        old = widget.entry.kind
        widget.entry.kind = kind  # the record follows the combo at once; the command can take it back
        self.undo_stack.push(ChangeKindCommand(self, widget.entry.uuid, old, kind))

    def set_entry_kind(self, uuid: str, kind: MinutesEntryKind) -> None:
        widget = self._widget_by_uuid(uuid)
        if widget is None:
            return
        widget.entry.kind = kind
        if kind == MinutesEntryKind.VOTE and widget.entry.vote is None:
            widget.entry.vote = Vote(for_count=self._present())
            widget.ui.forSpin.setValue(widget.entry.vote.for_count)
        widget.show_kind(kind)
        self._on_edited()

    def _widget_by_uuid(self, uuid: str) -> EntryWidget | None:
        return next((w for p in self.pages() for w in p.entries() if w.entry.uuid == uuid), None)

    def _agenda_item(self, uuid: str) -> AgendaItem | None:
        return next((a for a in self.meeting.agenda if a.uuid == uuid), None) if self.meeting else None

    def entries(self) -> list[MinutesEntry]:
        """Every entry as typed, in order: agenda items first, then the general part."""
        result = []
        for page in self.pages():
            for widget in page.entries():
                entry = widget.to_entry()
                entry.agenda_item_uuid = page.agenda_uuid
                result.append(entry)
        return result

    # Undo (gui/meetings/minutes_undo.py) -------------------------------------------------------------
    def undo(self) -> None:
        self.undo_router.undo()

    def redo(self) -> None:
        self.undo_router.redo()

    # Saving -----------------------------------------------------------------------------------------
    def _on_edited(self) -> None:
        if not self._loading and not self.read_only:
            self.autosaver.touch()

    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and self.autosaver.dirty and self.isAncestorOf(old):
            self.autosaver.flush()

    def _save(self) -> None:
        """Write the typed minutes (only the entries: details edited in the meeting dialog meanwhile are
        kept). The service moves a planned meeting to "đang họp"."""
        self.meeting = self.ctx.minutes.save_entries(self.meeting_id, self.entries())

    def _show_save_state(self, state: SaveState, text: str) -> None:
        self.save_label.setText(text)
        self.save_label.setProperty("role", "error" if state == SaveState.FAILED else "note")
        self.save_label.style().unpolish(self.save_label)
        self.save_label.style().polish(self.save_label)

    # Finalise and correct (gui/meetings/minutes_versions.py) -------------------------------------
    def finalise(self) -> bool:
        return minutes_versions.finalise(self)

    def start_correction(self) -> bool:
        return minutes_versions.start_correction(self)

    # Print and export (gui/meetings/minutes_output.py) ------------------------------------------------
    def minutes_document(self) -> Document | None:
        return minutes_output.minutes_document(self)

    def export(self, fmt: str):
        return minutes_output.export_minutes(self, fmt)

    def print_minutes(self):
        return minutes_output.print_minutes(self)

    # Window -----------------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        ui, editable = self.ui, not self.read_only
        if not isValid(ui.actionUndo):  # the undo stack signals while the window is being destroyed
            return
        for action in (
            ui.actionAddEntry,
            ui.actionAddReport,
            ui.actionAddOpinion,
            ui.actionAddConclusion,
            ui.actionAddVote,
            ui.actionRemoveEntry,
            ui.actionFinalise,
            ui.actionSaveNow,
        ):
            action.setEnabled(editable)
        ui.actionCorrect.setEnabled(self.read_only)
        ui.actionUndo.setEnabled(editable)
        ui.actionRedo.setEnabled(editable)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.read_only and not self.autosaver.flush():
            choice = messages.choose(
                self,
                self.tr("Biên bản chưa lưu được"),
                self.tr("Phần vừa gõ chưa lưu được: {0}\nĐóng cửa sổ thì phần đó sẽ mất.").format(
                    self.autosaver.last_error
                ),
                [self.tr("Ở lại"), self.tr("Đóng, bỏ phần chưa lưu")],
                default=0,
                escape=0,
                level=messages.Level.WARNING,
            )
            if choice == 0:
                event.ignore()
                return
        self.autosaver.discard()
        QApplication.instance().focusChanged.disconnect(self._on_focus_changed)
        self.closed.emit()
        event.accept()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
