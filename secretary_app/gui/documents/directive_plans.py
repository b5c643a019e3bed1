"""The composer's "Nhiệm vụ, thời hạn" tab: one row per conclusion item ("- …" under "## Về …:") of the draft,
with lead unit, cooperating units and deadline (a date, words such as "Quý IV/2021", or "Thường xuyên").

The plans are stored in the draft's content through ``IssuingService.set_directive_plan``; which items there
are (``conclusion_items``) and which plans issuing would refuse (``plan_problems``: a deadline before the
meeting) are the service's answers, shown here as the secretary types. An issued notice shows the directives
it created instead. Strings are filed under the composer window's translation context: this is its tab.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from secretary_app.domain import models as m
from secretary_app.domain.deadline_words import DeadlineKind, DeadlineSuggestion
from secretary_app.domain.deadlines import suggest_deadline
from secretary_app.domain.text import DateParseError, parse_vn_date, vn_date_short
from secretary_app.domain.validation import FieldError
from secretary_app.gui.documents.deadline_hints import HintKeys, hint_text, make_hint_label, proposal
from secretary_app.gui.forms.ui_composer import Ui_ComposerWindow
from secretary_app.gui.shared.column_fit import ColumnFitter
from secretary_app.gui.shared.i18n import enum_label, translate
from secretary_app.services.issuing import DirectivePlan
from secretary_app.services.supplements import Decision

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

COL_TEXT, COL_LEAD, COL_COOP, COL_DEADLINE, COL_ONGOING = range(5)
PLAN_WIDTHS = {COL_LEAD: 160, COL_COOP: 110, COL_DEADLINE: 130, COL_ONGOING: 100}  # "→ 19/12/2026" in full
PLAN_MINIMUMS = {COL_LEAD: 100, COL_COOP: 76, COL_DEADLINE: 100, COL_ONGOING: 70}
PLAN_CONTENT_MIN = 260
TAB_DIRECTIVES = 1  # the tab's index in the composer form
GROUP_BACKGROUND = "#eef1f5"
ERROR_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fdecea; }"


def _grouped_rows(items: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """(heading, item) pairs -> table rows: a (heading, None) group row before each run of one heading."""
    rows: list[tuple[str, Any]] = []
    last: str | None = None
    for heading, item in items:
        if heading != last:
            rows.append((heading, None))
            last = heading
        rows.append((heading, item))
    return rows


class _WheelGuard(QObject):
    """Combo boxes inside the table must not change value when the secretary scrolls the table."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QComboBox) and not obj.hasFocus():
            event.ignore()
            return True
        return False


class DirectivePlanTable(QObject):
    """Drives ``ui.directivesTable`` (and its tab title, empty note and error line) for one composer
    window."""

    plan_edited = Signal()  # a plan changed in the draft's content: the window saves it with the draft

    def __init__(
        self,
        ctx: AppContext,
        ui: Ui_ComposerWindow,
        current_document: Callable[[], m.StoredDocument],
        parent: QWidget,
    ):
        super().__init__(parent)
        self.ctx, self.ui = ctx, ui
        self._current_document = current_document  # the window's document: it is replaced on save and issue
        self._all_units = ctx.units.list_units()
        self._units = [u for u in self._all_units if u.active]
        self._wheel_guard = _WheelGuard(self)
        self._item_rows: list[str] = []  # refs of the conclusion items, in order
        self._row_of: dict[str, int] = {}  # ref -> table row (group rows sit between items)
        self._layout_key: list[str] = []  # what the table shows now: refs, "" for a group row
        self._suggestions: dict[str, DeadlineSuggestion] = {}  # ref -> what the item's words propose
        self._hint_keys = HintKeys(self._accept_from_edit, self._edit_focused, self)
        self.hint_label = make_hint_label(ui.directivesTable)
        table = ui.directivesTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(self._draft_headers())
        # The task's words keep the room left; on a narrow screen the side columns give way first
        # (gui/shared/column_fit.py, as on the board).
        # "Thường xuyên" stays readable in its header (at 70 px it printed "ường xuyê").
        header = table.horizontalHeader()
        ongoing = header.fontMetrics().horizontalAdvance(self._draft_headers()[COL_ONGOING]) + 16
        minimums = {**PLAN_MINIMUMS, COL_ONGOING: max(PLAN_MINIMUMS[COL_ONGOING], ongoing)}
        widths = {**PLAN_WIDTHS, COL_ONGOING: max(PLAN_WIDTHS[COL_ONGOING], ongoing)}
        self.columns = ColumnFitter(table, widths, minimums, PLAN_CONTENT_MIN)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.currentCellChanged.connect(lambda row, *_: self._show_hint(self._ref_at(row)))
        take = QShortcut(QKeySequence("Ctrl+D"), table, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        take.activated.connect(lambda: self.accept_suggestion(self._focused_ref() or ""))

    @property
    def document(self) -> m.StoredDocument:
        return self._current_document()

    @property
    def is_issued(self) -> bool:
        return self.document.status == m.DocumentStatus.ISSUED

    # -- rows ------------------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Show the draft's conclusion items, or the directives an issued document created."""
        document = self.document
        if self.is_issued:
            self._show_issued_directives()
            return
        items = self.ctx.issuing.conclusion_items(document)
        outcome = self._outcomes(document)
        rows = _grouped_rows(items)
        key = ["" if block is None else block.ref for _heading, block in rows]
        table = self.ui.directivesTable
        if key == self._layout_key:  # the same items in the same groups: only texts may have changed
            for row, (heading, block) in enumerate(rows):
                text = self._group_text(heading) if block is None else block.text + outcome.get(block.ref, "")
                self._set_text_cell(row, COL_TEXT, text)
                if block is not None:
                    self._suggest(block.ref, block.text)
            return
        self._reset_table(len(rows), self._draft_headers())
        self._layout_key = key
        for row, (heading, block) in enumerate(rows):
            if block is None:
                self._group_row(row, heading)
                continue
            plan = self.ctx.issuing.directive_plan(document, block.ref)
            self._item_rows.append(block.ref)
            self._row_of[block.ref] = row
            self._set_text_cell(row, COL_TEXT, block.text + outcome.get(block.ref, ""))
            table.setCellWidget(row, COL_LEAD, self._lead_combo(block.ref, plan))
            table.setCellWidget(row, COL_COOP, self._coop_button(block.ref, plan))
            table.setCellWidget(row, COL_DEADLINE, self._deadline_edit(block.ref, plan))
            table.setCellWidget(row, COL_ONGOING, self._ongoing_box(block.ref, plan))
            self._suggest(block.ref, block.text)
        self.ui.tabs.setTabText(
            TAB_DIRECTIVES, translate("ComposerWindow", "Nhiệ&m vụ, thời hạn ({0})").format(len(items))
        )
        table.setVisible(bool(items))
        self.ui.emptyDirectivesLabel.setVisible(not items)
        self.check()

    def item_row(self, index: int) -> int:
        """The table row of the ``index``-th conclusion item (group rows sit between items)."""
        return self._row_of[self._item_rows[index]]

    def focus_item(self, ref: str) -> None:
        """Select the item's row and put the cursor in its deadline (where a plan error is fixed)."""
        if ref in self._row_of:
            row = self._row_of[ref]
            self.ui.directivesTable.selectRow(row)
            self._row_widgets(row)[2].setFocus()

    def _outcomes(self, document: m.StoredDocument) -> dict[str, str]:
        """A supplementary notice (thông báo bổ sung, điều chỉnh): per item, what issuing it will do with the
        meeting's earlier tasks (IssuingService.item_matches), as a second line under the item."""
        if not (document.content.get("meta") or {}).get("supplements"):
            return {}
        lines = {}
        for block, match in self.ctx.issuing.item_matches(document):
            if match.decision == Decision.SAME:
                line = translate("ComposerWindow", "↳ Đã có: nhiệm vụ #{0}, không tạo lại")
            elif match.decision == Decision.REPLACES:
                line = translate("ComposerWindow", "↳ Thay thế nhiệm vụ #{0} (nhiệm vụ cũ được đánh dấu)")
            else:
                line = translate("ComposerWindow", "↳ Mới: sẽ tạo nhiệm vụ khi ban hành")
            lines[block.ref] = "\n" + line.format(match.directive_id)
        return lines

    # -- deadlines proposed from the words (gui/documents/deadline_hints.py) ----------------------------
    def _doc_date(self) -> date:
        """The date the words are counted from: the draft's date as shown (not yet saved, too), else the
        meeting's, else today."""
        document = self.document
        try:
            shown = date.fromisoformat(document.content.get("date") or "")
        except (TypeError, ValueError):
            shown = None
        return shown or document.doc_date or self.ctx.issuing.meeting_date(document) or date.today()

    def _ref_at(self, row: int) -> str | None:
        return next((ref for ref, r in self._row_of.items() if r == row), None)

    def _focused_ref(self) -> str | None:
        """The item whose row has the keyboard focus (one of its fields), else the table's current row."""
        focus = QApplication.focusWidget()
        for ref, row in self._row_of.items():
            if any(w is not None and (w is focus or w.isAncestorOf(focus)) for w in self._row_widgets(row)):
                return ref
        return self._ref_at(self.ui.directivesTable.currentRow())

    def suggestion(self, ref: str) -> DeadlineSuggestion | None:
        """The proposal still open for the item: None once it has a deadline (or "Thường xuyên")."""
        if ref not in self._row_of:
            return None
        _lead, _coop, edit, box = self._row_widgets(self._row_of[ref])
        found = self._suggestions.get(ref)
        if found is None or not found.found or box.isChecked() or edit.text().strip():
            return None
        return found

    def _suggest(self, ref: str, text: str) -> None:
        self._suggestions[ref] = suggest_deadline(text, self._doc_date())
        self._show_proposal(ref)

    def _show_proposal(self, ref: str) -> None:
        edit = self._row_widgets(self._row_of[ref])[2]
        edit.removeEventFilter(self._hint_keys)
        edit.installEventFilter(self._hint_keys)
        pending = self.suggestion(ref)
        edit.setPlaceholderText(
            "→ " + proposal(pending) if pending is not None else translate("ComposerWindow", "dd/mm/yyyy")
        )
        if self.ui.directivesTable.currentRow() == self._row_of[ref]:
            self._show_hint(ref)

    def _show_hint(self, ref: str | None) -> None:
        pending = self.suggestion(ref) if ref is not None else None
        self.hint_label.setText(hint_text(pending) if pending is not None else "")
        self.hint_label.setVisible(pending is not None)

    def _edit_focused(self, edit: QLineEdit) -> None:
        ref = next((r for r, row in self._row_of.items() if self._row_widgets(row)[2] is edit), None)
        if ref is not None:
            self.ui.directivesTable.setCurrentCell(self._row_of[ref], COL_DEADLINE)
            self._show_hint(ref)

    def _accept_from_edit(self, edit: QLineEdit) -> bool:
        ref = next((r for r, row in self._row_of.items() if self._row_widgets(row)[2] is edit), None)
        return ref is not None and self.accept_suggestion(ref)

    def accept_suggestion(self, ref: str) -> bool:
        """Take the item's proposal (the one key): a date (a period keeps its words for printing), "Thường
        xuyên" ticked, or an undated event's words kept as they are. False if there is none."""
        pending = self.suggestion(ref)
        if pending is None or self.is_issued:
            return False
        _lead, _coop, edit, box = self._row_widgets(self._row_of[ref])
        if pending.kind == DeadlineKind.ONGOING:
            box.setChecked(True)  # saves the plan (toggled -> _plan_edited)
        else:
            edit.setText(proposal(pending))
            self._plan_edited(ref, words=pending.words if pending.deadline else "")
        self._show_proposal(ref)
        return True

    def _draft_headers(self) -> list[str]:
        return [
            translate("ComposerWindow", "Nhiệm vụ"),
            translate("ComposerWindow", "Chủ trì"),
            translate("ComposerWindow", "Phối hợp"),
            translate("ComposerWindow", "Thời hạn"),
            translate("ComposerWindow", "Thường xuyên"),
        ]

    def _reset_table(self, count: int, headers: list[str]) -> None:
        """Empty the table, cell widgets included, for ``count`` rows under ``headers``."""
        table = self.ui.directivesTable
        table.clearSpans()
        for row in range(table.rowCount()):
            for col in range(table.columnCount()):
                widget = table.cellWidget(row, col)
                if widget is not None:
                    # deleted later, when control is back in the event loop: not shown till then
                    widget.hide()
                    table.removeCellWidget(row, col)
        table.setRowCount(0)
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(count)
        self._item_rows, self._row_of, self._layout_key = [], {}, []

    @staticmethod
    def _group_text(heading: str) -> str:
        return heading.rstrip(":").strip() or translate("ComposerWindow", "(không thuộc nhóm nào)")

    def _group_row(self, row: int, heading: str) -> None:
        """A group ("Về công tác …") as a full-width row above its items, so the items get the width."""
        table = self.ui.directivesTable
        self._set_text_cell(row, COL_TEXT, self._group_text(heading))
        item = table.item(row, COL_TEXT)
        font = item.font()
        font.setBold(True)
        font.setItalic(True)
        item.setFont(font)
        item.setBackground(QColor(GROUP_BACKGROUND))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        table.setSpan(row, 0, 1, table.columnCount())

    def _set_text_cell(self, row: int, col: int, text: str) -> None:
        table = self.ui.directivesTable
        item = table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            table.setItem(row, col, item)
        if item.text() != text:
            item.setText(text)
            item.setToolTip(text)

    def _unit_name(self, unit_id: int | None) -> str:
        return next((u.short_name or u.name for u in self._all_units if u.id == unit_id), "")

    # -- the plan widgets of one row -------------------------------------------------------------------
    def _lead_combo(self, ref: str, plan: DirectivePlan) -> QComboBox:
        combo = QComboBox()
        combo.installEventFilter(self._wheel_guard)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.addItem(translate("ComposerWindow", "— chọn đơn vị —"), None)
        for unit in self._units:
            combo.addItem(unit.name, unit.id)
        if plan.lead_unit_id and combo.findData(plan.lead_unit_id) < 0:
            # A unit no longer used stays shown where a draft names it, instead of silently becoming "none".
            gone = next((u for u in self._all_units if u.id == plan.lead_unit_id), None)
            if gone is not None:
                combo.addItem(translate("ComposerWindow", "{0} (đã ngừng)").format(gone.name), gone.id)
        combo.setCurrentIndex(max(0, combo.findData(plan.lead_unit_id)) if plan.lead_unit_id else 0)
        combo.currentIndexChanged.connect(lambda _i, ref=ref: self._plan_edited(ref))
        return combo

    def _coop_button(self, ref: str, plan: DirectivePlan) -> QToolButton:
        button = QToolButton()
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        for unit in self._units:
            action = QAction(unit.name, menu)
            action.setCheckable(True)
            action.setChecked(unit.id in plan.cooperating_unit_ids)
            action.setData(unit.id)
            action.toggled.connect(lambda _on, ref=ref: self._plan_edited(ref))
            menu.addAction(action)
        button.setMenu(menu)
        self._label_coop(button)
        return button

    def _label_coop(self, button: QToolButton) -> None:
        chosen = [a.data() for a in button.menu().actions() if a.isChecked()]
        button.setText(
            ", ".join(self._unit_name(u) for u in chosen) or translate("ComposerWindow", "(không)")
        )

    def _deadline_edit(self, ref: str, plan: DirectivePlan) -> QLineEdit:
        edit = QLineEdit(vn_date_short(plan.deadline) if plan.deadline else plan.deadline_text)
        edit.setPlaceholderText(translate("ComposerWindow", "dd/mm/yyyy"))
        edit.setToolTip(
            translate(
                "ComposerWindow",
                "Một ngày (31/12/2021) để theo dõi quá hạn, hoặc một mốc bằng chữ (Quý IV/2021).",
            )
        )
        edit.setEnabled(not plan.ongoing)
        edit.textEdited.connect(lambda _t, ref=ref: self._plan_edited(ref))
        return edit

    def _ongoing_box(self, ref: str, plan: DirectivePlan) -> QWidget:
        box = QCheckBox()
        box.setToolTip(
            translate("ComposerWindow", "Nhiệm vụ thường xuyên: không có hạn, không bao giờ quá hạn")
        )
        box.setAccessibleName(translate("ComposerWindow", "Thường xuyên"))
        box.setChecked(plan.ongoing)
        box.toggled.connect(lambda _on, ref=ref: self._plan_edited(ref))
        return box

    def _row_widgets(self, row: int) -> tuple[QComboBox, QToolButton, QLineEdit, QCheckBox]:
        table = self.ui.directivesTable
        return (
            table.cellWidget(row, COL_LEAD),
            table.cellWidget(row, COL_COOP),
            table.cellWidget(row, COL_DEADLINE),
            table.cellWidget(row, COL_ONGOING),
        )

    def _plan_from_row(self, row: int, words: str = "") -> DirectivePlan:
        lead, coop, deadline_edit, ongoing_box = self._row_widgets(row)
        text = deadline_edit.text().strip()
        deadline: date | None = None
        deadline_text = ""
        if text:
            try:
                deadline = parse_vn_date(text)
            except DateParseError:
                deadline_text = text  # a deadline in words: printed and kept, not checked for overdue
            else:
                # A period's words ("Quý I/2027") stay with its date while the date is unchanged.
                ref = next((r for r, i in self._row_of.items() if i == row), "")
                stored = self.ctx.issuing.directive_plan(self.document, ref) if ref else None
                kept = stored.deadline_text if stored and stored.deadline == deadline else ""
                deadline_text = words or kept
        return DirectivePlan(
            lead_unit_id=lead.currentData(),
            cooperating_unit_ids=[a.data() for a in coop.menu().actions() if a.isChecked()],
            deadline=deadline,
            ongoing=ongoing_box.isChecked(),
            deadline_text=deadline_text,
        )

    def _plan_edited(self, ref: str, words: str = "") -> None:
        if self.is_issued or ref not in self._row_of:
            return
        row = self._row_of[ref]
        _lead, coop, deadline_edit, ongoing_box = self._row_widgets(row)
        self._label_coop(coop)
        deadline_edit.setEnabled(not ongoing_box.isChecked())
        self.ctx.issuing.set_directive_plan(self.document, ref, self._plan_from_row(row, words))
        self._show_proposal(ref)
        self.check()
        self.plan_edited.emit()

    def check(self) -> list[FieldError]:
        """Flag the plans issuing would refuse (the service's rule and message) now, not only when issuing."""
        problems = [] if self.is_issued else self.ctx.issuing.plan_problems(self.document)
        bad = {p.field for p in problems}
        for ref, row in self._row_of.items():
            edit = self._row_widgets(row)[2]
            edit.setStyleSheet(ERROR_STYLE if f"directives[{ref}]" in bad else "")
        self.ui.planErrorLabel.setText("\n".join(p.message for p in problems))
        return problems

    # -- an issued notice ------------------------------------------------------------------------------
    def _show_issued_directives(self) -> None:
        directives = self.ctx.issuing.directives_created_by(self.document.id)
        rows = _grouped_rows([(d.heading, d) for d in directives])
        self._reset_table(
            len(rows),
            [
                translate("ComposerWindow", "Nhiệm vụ"),
                translate("ComposerWindow", "Chủ trì"),
                translate("ComposerWindow", "Phối hợp"),
                translate("ComposerWindow", "Thời hạn"),
                translate("ComposerWindow", "Trạng thái"),
            ],
        )
        for row, (heading, d) in enumerate(rows):
            if d is None:
                self._group_row(row, heading)
                continue
            deadline = (
                translate("ComposerWindow", "Thường xuyên")
                if d.ongoing
                else (vn_date_short(d.deadline) if d.deadline else d.deadline_text)
            )
            values = [
                d.content,
                self._unit_name(d.lead_unit_id),
                ", ".join(self._unit_name(u) for u in d.cooperating_unit_ids),
                deadline,
                enum_label(d.status),
            ]
            for col, value in enumerate(values):
                self._set_text_cell(row, col, value)
        self.ui.directivesTable.resizeColumnToContents(COL_DEADLINE)  # "Thường xuyên" in full
        self.ui.tabs.setTabText(
            TAB_DIRECTIVES, translate("ComposerWindow", "Nhiệ&m vụ đã giao ({0})").format(len(directives))
        )
        self.ui.directivesTable.setVisible(bool(directives))
        self.ui.emptyDirectivesLabel.setVisible(not directives)
        self.ui.planErrorLabel.setText("")
