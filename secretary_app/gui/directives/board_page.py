"""Kết luận/Nhiệm vụ: the directive board — filter, group, tick off from the keyboard, follow up.

A thin view over services/directives_board.py: every filter change is one board query. The table model holds
one page of rows (PAGE_SIZE) and fetches the next page when the secretary scrolls to the end ("Tải thêm"), so
a ten-year database with 100,000 directives opens as fast as the demo. Statuses are computed by the service
for "today" (``clock``), never read from storage.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from secretary_app.domain.changes import Change
from secretary_app.domain.deadlines import (
    DONE_STATUSES,
    OPEN_STATUSES,
    DeadlineStatus,
)
from secretary_app.gui.directives import board_menus
from secretary_app.gui.directives.board_memory import BoardMemory
from secretary_app.gui.directives.board_model import (
    GROUP_NONE,
    GROUP_SOURCE,
    GROUP_SOURCE_HEADING,
    BoardModel,
)
from secretary_app.gui.exchange.board_sites import show_sites
from secretary_app.gui.forms.ui_directives_page import Ui_DirectivesPage
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.column_fit import ColumnFitter
from secretary_app.gui.shared.dates import pydate, qdate
from secretary_app.gui.shared.i18n import status_label, ui_number
from secretary_app.gui.shared.page import Page, make_note, make_title
from secretary_app.services.directives_board import BoardFilter, BoardOrder, BoardRow


def _dialogs():
    """The board's dialogs (and the report and follow-up services they use), imported on first use."""
    from secretary_app.gui.directives import dialogs as directive_dialogs

    return directive_dialogs


def _changes():
    """The dialogs that change a task's course (extend, cancel, edit, split, merge), imported on first use."""
    from secretary_app.gui.directives import change_dialogs

    return change_dialogs


COLUMN_WIDTHS = {1: 190, 2: 105, 3: 200, 4: 105}
COLUMN_MINIMUMS = {1: 120, 2: 92, 3: 120, 4: 80}
CONTENT_MIN = 300
PAGE_SIZE = 100  # rows per fetch: the wrapped rows are measured for their height, ~1 ms each
TEXT_DEBOUNCE_MS = 250


class DirectivesPage(Page):
    shows = frozenset(
        {Change.DIRECTIVES, Change.DOCUMENTS, Change.UNITS, Change.ORGANISATION, Change.EXCHANGE}
    )
    """The board. ``clock`` gives "today" (tests fix it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.clock = date.today
        self.ui = Ui_DirectivesPage()
        self.ui.setupUi(self)
        ui = self.ui
        make_title(ui.titleLabel)
        for label in (ui.noteLabel, ui.countLabel, ui.emptyLabel):
            make_note(label)
        self.model = BoardModel(self)
        view = ui.tableView
        view.setModel(self.model)
        view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        # Đơn vị chủ trì, thời hạn, trạng thái, văn bản give way so "Nội dung" keeps room on a 1024-px screen.
        self.columns = ColumnFitter(view, COLUMN_WIDTHS, COLUMN_MINIMUMS, CONTENT_MIN)
        # Rows wrap their text; heights follow the content (cheap: one page of rows at a time).
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.installEventFilter(self)
        view.activated.connect(lambda _index: self.show_history())
        view.selectionModel().selectionChanged.connect(self._update_actions)
        view.verticalScrollBar().valueChanged.connect(self._maybe_fetch_more)
        self.model.rowsInserted.connect(lambda _parent, first, _last: self._span_headers(first))
        self.model.modelReset.connect(lambda: self._span_headers(0))

        self._limit = PAGE_SIZE
        self._has_more = False
        self._total = 0
        self._statuses: frozenset[DeadlineStatus] | None = frozenset(OPEN_STATUSES)
        self._status_actions: dict[DeadlineStatus, QAction] = {}
        self._build_status_menu()
        ui.groupCombo.addItem(self.tr("Nhóm theo văn bản"), GROUP_SOURCE)
        ui.groupCombo.addItem(self.tr("Nhóm theo văn bản và nội dung"), GROUP_SOURCE_HEADING)
        ui.groupCombo.addItem(self.tr("Không nhóm, hạn gần nhất trước"), GROUP_NONE)
        today = qdate(self.clock())
        ui.deadlineFromEdit.setDate(today)
        ui.deadlineToEdit.setDate(today.addDays(30))

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DEBOUNCE_MS)
        self._text_timer.timeout.connect(self.reload)
        ui.searchEdit.textChanged.connect(lambda _t: self._text_timer.start())
        for combo in (ui.unitCombo, ui.sourceCombo, ui.groupCombo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.deadlineCheck.toggled.connect(self._deadline_toggled)
        ui.deadlineFromEdit.dateChanged.connect(lambda _d: self._deadline_changed())
        ui.deadlineToEdit.dateChanged.connect(lambda _d: self._deadline_changed())
        ui.tickButton.clicked.connect(self.tick_selected)
        ui.progressButton.clicked.connect(self.record_progress)
        ui.reopenButton.clicked.connect(self.reopen_selected)
        ui.reassignButton.clicked.connect(self.reassign_selected)
        ui.historyButton.clicked.connect(self.show_history)
        ui.extendButton.clicked.connect(self.extend_selected)
        ui.cancelTaskButton.clicked.connect(self.cancel_selected)
        self._build_change_actions()
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        ui.reportButton.clicked.connect(self.open_report)
        ui.csvButton.clicked.connect(self.export_csv)
        ui.moreButton.clicked.connect(self.fetch_more)
        ui.statusButton.setMinimumWidth(230)
        self._filled_for = None  # the context the unit/source lists were filled from
        self.memory = BoardMemory(self, self.columns)  # filters, grouping, widths as last left
        self.memory.restore()
        self._update_actions()

    def _build_change_actions(self) -> None:
        self.edit_action, self.split_action, self.merge_action = board_menus.change_actions(self)

    def context_menu(self) -> QMenu:
        """Every action on the selected rows, as the right-click menu shows them."""
        return board_menus.context_menu(self)

    def _context_menu(self, position) -> None:
        menu = self.context_menu()
        menu.exec(self.ui.tableView.viewport().mapToGlobal(position))
        menu.deleteLater()

    # -- filters ------------------------------------------------------------------------------------------
    def _build_status_menu(self) -> None:
        menu = QMenu(self)
        preset_open = menu.addAction(self.tr("Việc chưa xong (mặc định)"))
        preset_open.triggered.connect(lambda: self.set_statuses(OPEN_STATUSES))
        preset_all = menu.addAction(self.tr("Tất cả trạng thái"))
        preset_all.triggered.connect(lambda: self.set_statuses(None))
        menu.addSeparator()
        for status in DeadlineStatus:
            action = menu.addAction(status_label(status))
            action.setCheckable(True)
            action.toggled.connect(self._status_toggled)
            self._status_actions[status] = action
        self.ui.statusButton.setMenu(menu)
        self._sync_status_actions()

    def set_statuses(self, statuses: Sequence[DeadlineStatus] | frozenset | None) -> None:
        """Show only these statuses (None: all) and reload."""
        self._statuses = None if statuses is None else frozenset(statuses)
        self._sync_status_actions()
        self.reload()

    def _sync_status_actions(self) -> None:
        for status, action in self._status_actions.items():
            action.blockSignals(True)
            action.setChecked(self._statuses is None or status in self._statuses)
            action.blockSignals(False)
        if self._statuses is None or len(self._statuses) == len(DeadlineStatus):
            text = self.tr("Trạng thái: tất cả")
        elif self._statuses == OPEN_STATUSES:
            text = self.tr("Trạng thái: chưa xong")
        elif len(self._statuses) == 1:
            text = self.tr("Trạng thái: {0}").format(status_label(next(iter(self._statuses))))
        else:
            text = self.tr("Trạng thái: {0} mục").format(len(self._statuses))
        self.ui.statusButton.setText(text)

    def _status_toggled(self, _checked: bool) -> None:
        chosen = frozenset(s for s, a in self._status_actions.items() if a.isChecked())
        self._statuses = chosen if len(chosen) < len(DeadlineStatus) else None
        self._sync_status_actions()
        self.reload()

    def _deadline_toggled(self, on: bool) -> None:
        self.ui.deadlineFromEdit.setEnabled(on)
        self.ui.deadlineToEdit.setEnabled(on)
        self.reload()

    def _deadline_changed(self) -> None:
        if self.ui.deadlineCheck.isChecked():
            self.reload()

    def grouping(self) -> str:
        return self.ui.groupCombo.currentData() or GROUP_SOURCE

    def current_filter(self, limit: int | None = None) -> BoardFilter:
        ui = self.ui
        unit = ui.unitCombo.currentData()
        source = ui.sourceCombo.currentData()
        ranged = ui.deadlineCheck.isChecked()
        return BoardFilter(
            statuses=self._statuses,
            lead_unit_ids=None if unit is None else frozenset({unit}),
            document_ids=None if source is None else frozenset({source}),
            deadline_from=pydate(ui.deadlineFromEdit.date()) if ranged else None,
            deadline_to=pydate(ui.deadlineToEdit.date()) if ranged else None,
            text=ui.searchEdit.text(),
            order=BoardOrder.DEADLINE if self.grouping() == GROUP_NONE else BoardOrder.SOURCE,
            limit=limit,
        )

    def _fill_lists(self) -> None:
        """Units and source documents for the filter combos, once per database (and after a change)."""
        from secretary_app.services.follow_up import source_documents

        ui = self.ui
        remembered = self.memory.first_choices(self.ctx)
        for name, combo, everything, entries in (
            (
                "unit",
                ui.unitCombo,
                self.tr("Tất cả đơn vị"),
                [(u.id, u.name) for u in self.ctx.units.list_units()],
            ),
            ("source", ui.sourceCombo, self.tr("Tất cả văn bản"), source_documents(self.ctx)),
        ):
            current = combo.currentData() if remembered is None else remembered[name]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for key, text in entries:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)
        self._filled_for = self.ctx

    # -- loading ------------------------------------------------------------------------------------------
    def set_context(self, ctx) -> None:
        super().set_context(ctx)
        self._filled_for = None

    def refresh(self) -> None:
        """Reload from the database keeping the selection (the window calls this whenever the page shows)."""
        if self.ctx is None:
            self.model.reset([], self.grouping())
            self._show_state()
            return
        if self._filled_for is not self.ctx:
            self._fill_lists()
        if not self.ui.deadlineCheck.isChecked():  # an unused range starts from today when ticked
            for edit, days in ((self.ui.deadlineFromEdit, 0), (self.ui.deadlineToEdit, 30)):
                edit.blockSignals(True)
                edit.setDate(qdate(self.clock()).addDays(days))
                edit.blockSignals(False)
        self._load(keep_limit=True)

    def reload(self) -> None:
        """Filters changed: start again from the first page."""
        if self.ctx is not None:
            self._load(keep_limit=False)

    def _load(self, keep_limit: bool) -> None:
        selected = self.selected_ids()
        if not keep_limit:
            self._limit = PAGE_SIZE
        today = self.clock()
        query = self.current_filter(limit=self._limit + 1)  # one extra row tells whether there is more
        rows = self.ctx.board.rows(query, today)
        self._has_more = len(rows) > self._limit
        self.model.reset(rows[: self._limit], self.grouping())
        show_sites(self.ctx, self.model, self.ui.tableView, self.columns)
        self._total = sum(self.ctx.board.status_counts(today, self.current_filter()).values())
        self._show_state()
        self.select_ids(selected)

    def fetch_more(self) -> None:
        """The next page of rows, appended (the rows already shown stay where they are)."""
        if not self._has_more or self.ctx is None:
            return
        shown = self.model.directive_count
        self._limit += PAGE_SIZE
        rows = self.ctx.board.rows(self.current_filter(limit=self._limit + 1), self.clock())
        self._has_more = len(rows) > self._limit
        self.model.append(rows[shown : self._limit])
        show_sites(self.ctx, self.model, self.ui.tableView, self.columns)
        self._show_state()

    def _maybe_fetch_more(self, value: int) -> None:
        bar = self.ui.tableView.verticalScrollBar()
        if self._has_more and value >= bar.maximum() > 0:
            self.fetch_more()

    def _span_headers(self, first: int) -> None:
        view = self.ui.tableView
        if first == 0:
            view.clearSpans()  # spans belong to row numbers, not rows: a reset must drop the old ones
        for row in self.model.header_rows(first):
            view.setSpan(row, 0, 1, self.model.columnCount())

    def _show_state(self) -> None:
        shown = self.model.directive_count
        ui = self.ui
        ui.tableView.setVisible(shown > 0)
        ui.emptyLabel.setVisible(shown == 0)
        if self._has_more:
            ui.countLabel.setText(
                self.tr("Đang hiện {0} trong số {1} kết luận, nhiệm vụ — cuộn xuống cuối để xem tiếp").format(
                    ui_number(shown), ui_number(self._total)
                )
            )
        else:
            ui.countLabel.setText(self.tr("{0} kết luận, nhiệm vụ").format(ui_number(shown)))
        ui.moreButton.setVisible(self._has_more)
        self._update_actions()

    # -- selection ----------------------------------------------------------------------------------------
    def selected_rows(self) -> list[BoardRow]:
        rows = [self.model.row_at(i.row()) for i in self.ui.tableView.selectionModel().selectedRows()]
        return sorted((r for r in rows if r is not None), key=lambda r: self.model.row_of(r.id) or 0)

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def current_row(self) -> BoardRow | None:
        rows = self.selected_rows()
        if rows:
            return rows[0]
        index = self.ui.tableView.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_ids(self, ids: Sequence[int]) -> bool:
        view = self.ui.tableView
        selection = QItemSelection()
        first = None
        for directive_id in ids:
            row = self.model.row_of(directive_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1)
                )
                first = row if first is None else first
        model = view.selectionModel()
        model.clearSelection()
        if first is None:
            return False
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        model.setCurrentIndex(self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        view.scrollTo(self.model.index(first, 0))
        return True

    def select_directive(self, directive_id: int) -> bool:
        """Show and select one directive (from the home screen or search): if the filters hide it, they are
        widened to its source document with every status, so it is found however it was filtered."""
        if self.ctx is None:
            return False
        if self.select_ids([directive_id]):
            self.ui.tableView.setFocus()
            return True
        directive = self.ctx.directives.get(directive_id)
        ui = self.ui
        for widget in (ui.unitCombo, ui.sourceCombo, ui.searchEdit, ui.deadlineCheck):
            widget.blockSignals(True)
        ui.unitCombo.setCurrentIndex(0)
        ui.searchEdit.clear()
        ui.deadlineCheck.setChecked(False)
        ui.deadlineFromEdit.setEnabled(False)
        ui.deadlineToEdit.setEnabled(False)
        if self._filled_for is not self.ctx:
            self._fill_lists()
        ui.sourceCombo.setCurrentIndex(max(0, ui.sourceCombo.findData(directive.document_id)))
        for widget in (ui.unitCombo, ui.sourceCombo, ui.searchEdit, ui.deadlineCheck):
            widget.blockSignals(False)
        self._statuses = None
        self._sync_status_actions()
        self._load(keep_limit=False)
        while not self.select_ids([directive_id]) and self._has_more:
            self.fetch_more()
        found = self.model.row_of(directive_id) is not None
        if found:
            self.ui.tableView.setFocus()
        return found

    def _update_actions(self, *_args: Any) -> None:
        rows = self.selected_rows()
        has_ctx = self.ctx is not None
        ui = self.ui
        ui.tickButton.setEnabled(has_ctx and any(r.status in OPEN_STATUSES for r in rows))
        ui.progressButton.setEnabled(has_ctx and len(rows) == 1 and rows[0].status in OPEN_STATUSES)
        ui.reopenButton.setEnabled(
            has_ctx and len(rows) == 1 and rows[0].status in DONE_STATUSES | {DeadlineStatus.CANCELLED}
        )
        ui.reassignButton.setEnabled(has_ctx and bool(rows))
        ui.historyButton.setEnabled(has_ctx and len(rows) == 1)
        one_open = has_ctx and len(rows) == 1 and rows[0].status in OPEN_STATUSES
        ui.extendButton.setEnabled(one_open and not rows[0].ongoing)
        ui.cancelTaskButton.setEnabled(one_open)
        self.edit_action.setEnabled(has_ctx and len(rows) == 1)
        self.split_action.setEnabled(one_open)
        self.merge_action.setEnabled(has_ctx and len(rows) >= 2)
        ui.changeButton.setEnabled(has_ctx and bool(rows))
        ui.reportButton.setEnabled(has_ctx)
        ui.csvButton.setEnabled(has_ctx)

    # -- keyboard -----------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.tableView and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key, mods = key_event.key(), key_event.modifiers()
            ctrl_enter = (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods & Qt.KeyboardModifier.ControlModifier
            )
            space = key == Qt.Key.Key_Space and not mods & ~Qt.KeyboardModifier.KeypadModifier
            if space or ctrl_enter:
                self.tick_selected()
                return True
        return super().eventFilter(watched, event)

    # -- actions ------------------------------------------------------------------------------------------
    def _after_change(self, saved: bool) -> None:
        if saved:  # the page itself reloads from the change signal (gui/shared/changes.py)
            self.ui.tableView.setFocus()

    def tick_selected(self) -> None:
        rows = self.selected_rows()
        if rows and self.ctx is not None:
            self._after_change(_dialogs().tick_off(self, self.ctx, rows, self.clock()))

    def record_progress(self) -> None:
        row = self.current_row()
        if row is not None and self.ctx is not None:
            self._after_change(_dialogs().record_progress(self, self.ctx, row, self.clock()))

    def reopen_selected(self) -> None:
        row = self.current_row()
        if row is not None and self.ctx is not None:
            self._after_change(_dialogs().reopen(self, self.ctx, row, self.clock()))

    def reassign_selected(self) -> None:
        rows = self.selected_rows()
        if rows and self.ctx is not None:
            saved = _dialogs().reassign(self, self.ctx, rows, self.clock())
            if saved:
                self._filled_for = None
            self._after_change(saved)

    def _change_current(self, change) -> None:
        """Run ``change(page, ctx, row)`` (gui/directives/change_dialogs.py) on the current row."""
        row = self.current_row()
        if row is not None and self.ctx is not None:
            self._after_change(change(self, self.ctx, row))

    def extend_selected(self) -> None:
        self._change_current(lambda page, ctx, row: _changes().extend(page, ctx, row, self.clock()))

    def cancel_selected(self) -> None:
        self._change_current(_changes().cancel)

    def edit_selected(self) -> None:
        self._change_current(_changes().edit_text)

    def split_selected(self) -> None:
        self._change_current(_changes().split)

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if rows and self.ctx is not None:
            self._after_change(_changes().merge(self, self.ctx, rows))

    def show_history(self) -> None:
        row = self.current_row()
        if row is not None and self.ctx is not None:
            _dialogs().show_history(self, self.ctx, row)

    def open_report(self):
        from secretary_app.gui.directives.report_dialog import ReportDialog

        if self.ctx is None:
            return None
        dialog = ReportDialog(self.ctx, self.clock(), self.ui.unitCombo.currentData(), self)
        messages.exec_dialog(dialog)
        return dialog

    def export_csv(self) -> None:
        """Every row matching the filters (not only the loaded page) to a CSV file Excel opens."""
        from secretary_app.gui.directives.board_export import export_csv

        self.csv_task = export_csv(self)
