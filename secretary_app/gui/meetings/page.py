"""Cuộc họp: the meetings list with filters and search, and the way into the meeting dialog and the
minutes editor.

Sorting and filtering happen in a proxy over the plain RecordTableModel, so a filter never reloads the
database; the search folds accents and đ (domain.text.fold) on both sides, so "giao ban" finds "Giao ban"
and "dang uy" finds "Đảng ủy".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget
from shiboken6 import isValid

from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.errors import RuleError
from secretary_app.domain.meeting_templates import TEMPLATES
from secretary_app.domain.models import Meeting, MeetingSummary
from secretary_app.domain.text import fold, vn_date_short
from secretary_app.gui.documents.kind_drafts import draft_and_open, meeting_kinds_menu
from secretary_app.gui.forms.ui_meeting_list_page import Ui_MeetingListPage
from secretary_app.gui.meetings.meeting_dialog import MeetingDialog
from secretary_app.gui.meetings.models import COL_DATE, MeetingFilterModel
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import enum_label
from secretary_app.gui.shared.page import Page, make_note, make_title
from secretary_app.gui.shared.table_model import RECORD_ROLE, Column, RecordTableModel

log = logging.getLogger(__name__)

CENTER = Qt.AlignmentFlag.AlignCenter
MAX_FITTED_WIDTH = 260


class MeetingsPage(Page):
    shows = frozenset({Change.MEETINGS})

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MeetingListPage()
        self.ui.setupUi(self)
        ui = self.ui
        make_title(ui.titleLabel)
        make_note(ui.noteLabel)
        make_note(ui.countLabel)
        self._meetings: list[MeetingSummary] = []
        self._editors: dict[int, object] = {}  # meeting id -> open MinutesEditor window

        self.source_model = RecordTableModel(
            [
                Column(self.tr("Ngày"), lambda m: vn_date_short(m.start.date()), align=CENTER),
                Column(self.tr("Loại"), lambda m: m.kind),
                Column(self.tr("Tên cuộc họp"), lambda m: m.title, stretch=True),
                Column(self.tr("Trạng thái"), lambda m: enum_label(m.status)),
            ],
            self,
        )
        self.model = MeetingFilterModel(self)
        self.model.setSourceModel(self.source_model)
        view = ui.tableView
        view.setModel(self.model)
        view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(self.source_model.columns):
            mode = QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(i, mode)
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        # Actions: the buttons show them, their tooltips name the shortcut.
        self.new_action = self._action(self.tr("Cuộc họp mới"), "Ctrl+N", self.new_meeting, ui.newButton)
        self.edit_action = self._action(self.tr("Sửa"), "Return", self.edit_current, ui.editButton)
        self.minutes_action = self._action(
            self.tr("Ghi biên bản"), "Ctrl+M", self.open_minutes, ui.minutesButton
        )
        self.compose_action = self._action(
            self.tr("Soạn thông báo kết luận"), "Ctrl+T", self.compose_notice, ui.composeButton
        )
        # Issue 14: the giấy mời in one click; the button's arrow drafts the other kinds a meeting makes.
        self.invite_action = self._action(
            self.tr("Soạn giấy mời"), "Ctrl+G", self.compose_invitation, ui.inviteButton
        )
        self.kinds_menu = meeting_kinds_menu(self, lambda: self.ctx, lambda: self._current_id())
        ui.inviteButton.setMenu(self.kinds_menu)
        self.delete_action = self._action(self.tr("Xóa"), "Del", self.delete_current, ui.deleteButton)
        self.print_all_action = QAction(self.tr("In tất cả văn bản của cuộc họp…"), self)
        self.print_all_action.triggered.connect(lambda _checked=False: self.print_all_documents())
        # Enter and Del act on the table only: in the search box they keep their editing meaning.
        for action in (self.edit_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            view.addAction(action)
        for action in (self.new_action, self.minutes_action, self.compose_action, self.invite_action):
            self.addAction(action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_context_menu)
        enter = QShortcut(QKeySequence("Enter"), view, self.edit_current)  # the keypad's Enter too
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, ui.searchEdit.setFocus)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        view.doubleClicked.connect(lambda _index: self.edit_current())
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        ui.yearCombo.currentIndexChanged.connect(self._apply_filters)
        ui.kindCombo.currentIndexChanged.connect(self._apply_filters)
        ui.searchEdit.textChanged.connect(self._apply_filters)
        self._fill_filters()
        self._show_records()

    def _action(self, text: str, keys: str, slot, button) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        button.setDefaultAction(action)
        return action

    # Page -------------------------------------------------------------------------------------------
    def set_context(self, ctx) -> None:
        self.close_editors()  # they write to the previous database
        super().set_context(ctx)
        self.refresh()

    def refresh(self) -> None:
        selected = self.current_meeting()
        self._meetings = self.ctx.meetings.list_meetings() if self.ctx is not None else []
        self._fill_filters()
        self._show_records()
        if selected is not None:
            self.select_meeting(selected.id)

    def has_unsaved_changes(self) -> bool:
        # Minutes are autosaved: save what is pending now; only a save that failed is "unsaved".
        return not self.save_changes()

    def save_changes(self) -> bool:
        return all(editor.autosaver.flush() for editor in self._live_editors())

    def discard_changes(self) -> None:
        for editor in self._live_editors():
            editor.autosaver.discard()

    # Filters ----------------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        ui = self.ui
        year, kind = ui.yearCombo.currentData(), ui.kindCombo.currentData()
        for combo in (ui.yearCombo, ui.kindCombo):
            combo.blockSignals(True)
        try:
            ui.yearCombo.clear()
            ui.yearCombo.addItem(self.tr("Tất cả các năm"), None)
            for y in sorted({m.start.year for m in self._meetings}, reverse=True):
                ui.yearCombo.addItem(str(y), y)
            ui.kindCombo.clear()
            ui.kindCombo.addItem(self.tr("Tất cả các loại"), None)
            kinds = [t.kind for t in TEMPLATES]
            kinds += sorted({m.kind for m in self._meetings} - set(kinds), key=fold)
            for k in kinds:
                ui.kindCombo.addItem(k, k)
            ui.yearCombo.setCurrentIndex(max(0, ui.yearCombo.findData(year)))
            ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(kind)))
        finally:
            for combo in (ui.yearCombo, ui.kindCombo):
                combo.blockSignals(False)

    def _apply_filters(self, *_args) -> None:
        ui = self.ui
        self.model.set_filters(ui.yearCombo.currentData(), ui.kindCombo.currentData(), ui.searchEdit.text())
        self._show_counts()

    def _show_records(self) -> None:
        self.source_model.set_records(self._meetings)
        view = self.ui.tableView
        for i, column in enumerate(self.source_model.columns):
            if not column.stretch:
                view.resizeColumnToContents(i)
                if view.columnWidth(i) > MAX_FITTED_WIDTH:
                    view.setColumnWidth(i, MAX_FITTED_WIDTH)
        self._apply_filters()

    def _show_counts(self) -> None:
        shown, total = self.model.rowCount(), len(self._meetings)
        ui = self.ui
        ui.tableView.setVisible(total > 0)
        ui.emptyLabel.setVisible(shown == 0)
        ui.emptyLabel.setText(
            self.tr("Chưa có cuộc họp nào. Nhấn “Cuộc họp mới” (Ctrl+N) để tạo cuộc họp đầu tiên.")
            if total == 0
            else self.tr("Không có cuộc họp nào khớp với bộ lọc.")
        )
        if shown == total:
            # Same text (and translation) as the other list pages.
            ui.countLabel.setText(QCoreApplication.translate("RecordTablePage", "Tổng số: {0}").format(total))
        else:
            ui.countLabel.setText(self.tr("Đang hiện {0} trong tổng số {1} cuộc họp").format(shown, total))
        if shown and not ui.tableView.selectionModel().hasSelection():
            ui.tableView.selectRow(0)
        self._update_actions()

    # Selection --------------------------------------------------------------------------------------
    def current_meeting(self) -> MeetingSummary | None:
        rows = self.ui.tableView.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def select_meeting(self, meeting_id: int | None) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(RECORD_ROLE).id == meeting_id:
                self.ui.tableView.selectRow(row)
                return True
        return False

    def _update_actions(self) -> None:
        has = self.current_meeting() is not None and self.ctx is not None
        actions = (self.edit_action, self.delete_action, self.minutes_action, self.compose_action)
        for action in (*actions, self.invite_action, self.print_all_action):
            action.setEnabled(has)
        self.kinds_menu.setEnabled(has)
        self.new_action.setEnabled(self.ctx is not None)

    def context_menu(self) -> QMenu:
        """The right-click menu of a meeting: the same actions as the toolbar."""
        menu = QMenu(self)
        for action in (self.edit_action, self.minutes_action, self.compose_action, self.invite_action):
            menu.addAction(action)
        menu.addMenu(self.kinds_menu)
        menu.addAction(self.print_all_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def _show_context_menu(self, position) -> None:
        view = self.ui.tableView
        index = view.indexAt(position)
        if not index.isValid():
            return
        view.selectRow(index.row())  # the menu acts on the meeting under the pointer
        menu = self.context_menu()
        menu.exec(view.viewport().mapToGlobal(position))
        menu.deleteLater()

    # Actions ----------------------------------------------------------------------------------------
    def new_meeting(self) -> MeetingDialog | None:
        if self.ctx is None:
            return None
        return self._open_dialog(None)

    def edit_current(self) -> MeetingDialog | None:
        meeting = self.current_meeting()
        if meeting is None or self.ctx is None:
            return None
        editor = self._editors.get(meeting.id)
        if editor is not None and self._alive(editor):
            editor.autosaver.flush()  # the dialog must see what was just typed
        return self._open_dialog(self.ctx.meetings.get(meeting.id))

    def _open_dialog(self, meeting: Meeting | None) -> MeetingDialog:
        dialog = MeetingDialog(self.ctx, meeting, self)
        dialog.saved.connect(self._on_saved)
        messages.exec_dialog(dialog)
        return dialog

    def _on_saved(self, meeting: Meeting) -> None:
        self.refresh_if_stale()  # the change signal marked the list stale; reload before selecting
        self.select_meeting(meeting.id)
        editor = self._editors.get(meeting.id)
        if editor is not None and self._alive(editor):
            editor.reload()  # new agenda items, attendees for the speaker list

    def delete_current(self) -> bool:
        """Move the selected draft meeting to the recycle bin, after a confirmation; a meeting whose minutes
        were finalised or whose notice was issued is refused with the reason (the service's rule)."""
        meeting = self.current_meeting()
        if meeting is None or self.ctx is None:
            return False
        refusal = self.ctx.meetings.deletion_refusal(meeting.id)
        if refusal is not None:
            messages.warn(self, self.tr("Không xóa được cuộc họp"), refusal)
            return False
        choice = messages.choose(
            self,
            self.tr("Xóa cuộc họp"),
            self.tr(
                "Xóa cuộc họp “{0}” ngày {1}?\nCuộc họp cùng thành phần, chương trình và biên bản được "
                "chuyển vào Thùng rác; có thể khôi phục ở Dữ liệu ▸ Thùng rác…"
            ).format(meeting.title, vn_date_short(meeting.start.date())),
            [self.tr("Xóa"), self.tr("Không xóa")],
            level=messages.Level.WARNING,
            default=1,
            escape=1,
        )
        if choice != 0:
            return False
        editor = self._editors.pop(meeting.id, None)
        if editor is not None and self._alive(editor):
            editor.autosaver.flush()  # what was typed goes to the bin with the meeting
            editor.autosaver.discard()
            editor.close()
        try:
            self.ctx.meetings.delete(meeting.id)
        except RuleError as exc:
            messages.warn(self, self.tr("Không xóa được cuộc họp"), exc.message)
            return False
        log.info("Meeting %s moved to the recycle bin", meeting.id)
        return True

    def compose_notice(self):
        """ "Soạn thông báo kết luận" for the selected meeting: the composer, drafted from its minutes
        (an open minutes editor's pending typing is saved first)."""
        meeting = self.current_meeting()
        if meeting is None or self.ctx is None:
            return None
        from secretary_app.gui.documents.composer_windows import open_composer_for_meeting

        editor = self._editors.get(meeting.id)
        if editor is not None and self._alive(editor):
            editor.autosaver.flush()
        return open_composer_for_meeting(self.window(), self.ctx, meeting.id)

    def print_all_documents(self):
        """ "In tất cả văn bản của cuộc họp": its minutes, invitation, notice… as one print job (an open
        minutes editor's pending typing is saved first, so the minutes print as shown)."""
        meeting = self.current_meeting()
        if meeting is None or self.ctx is None:
            return None
        from secretary_app.gui.print_batches.actions import print_meeting_documents

        editor = self._editors.get(meeting.id)
        if editor is not None and self._alive(editor):
            editor.autosaver.flush()
        return print_meeting_documents(self, self.ctx, meeting.id)

    def _current_id(self) -> int | None:
        meeting = self.current_meeting()
        return meeting.id if meeting is not None else None

    def compose_invitation(self):
        """ "Soạn giấy mời" for the selected meeting: who is invited, time, place, agenda, what to prepare,
        drafted from the meeting and opened in the composer."""
        meeting = self.current_meeting()
        if meeting is None or self.ctx is None:
            return None
        return draft_and_open(self.window(), self.ctx, m.DocumentKind.INVITATION, meeting.id)

    def open_minutes(self):
        """Open (or bring to the front) the minutes editor of the selected meeting."""
        meeting = self.current_meeting()
        if meeting is None or self.ctx is None:
            return None
        # Imported on first use: the editor pulls in printing (QtPdf, QtPrintSupport), not needed at start-up.
        from secretary_app.gui.meetings.minutes_editor import MinutesEditor

        editor = self._editors.get(meeting.id)
        if editor is None or not self._alive(editor):
            # Its own window, not owned by the main window (which it would then always cover).
            editor = MinutesEditor(self.ctx, meeting.id)
            editor.owner = self.window()
            editor.closed.connect(lambda mid=meeting.id: self._editors.pop(mid, None))
            self._editors[meeting.id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def close_editors(self) -> None:
        for editor in self._live_editors():
            editor.autosaver.flush()
            editor.close()
        self._editors.clear()

    def _live_editors(self) -> list:
        return [e for e in self._editors.values() if self._alive(e)]

    @staticmethod
    def _alive(widget) -> bool:
        return isValid(widget)  # an editor window deletes itself when closed
