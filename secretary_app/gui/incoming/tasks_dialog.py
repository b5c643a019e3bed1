"""Xác nhận nhiệm vụ: the tasks read from a received document, one row each, before they are tracked.

Each row: "Theo dõi" (untick a line that is not a task), the task's text (editable), its lead unit (picked
from the units list; the document's own words are shown when no unit matched), the deadline (the parser's
suggestion, editable: a date, "Thường xuyên", or empty) and the words the document used. OK makes the ticked
rows tracked directives linked to the document (``ctx.incoming.confirm_tasks``), all or none.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from secretary_app.domain.deadlines import ONGOING_TEXT
from secretary_app.domain.errors import RuleError
from secretary_app.domain.incoming import IncomingDocument
from secretary_app.domain.text import DateParseError, fold, parse_vn_date, vn_date_short
from secretary_app.domain.validation import ValidationError
from secretary_app.gui.forms.ui_incoming_tasks_dialog import Ui_IncomingTasksDialog
from secretary_app.gui.shared.discard import GuardedDialog
from secretary_app.services.incoming import TaskDraft

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

COL_TRACK, COL_TEXT, COL_UNIT, COL_DEADLINE, COL_WORDS = range(5)


class ConfirmTasksDialog(GuardedDialog):
    def __init__(
        self,
        ctx: AppContext,
        document: IncomingDocument,
        drafts: list[TaskDraft],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_IncomingTasksDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._document = document
        self._drafts: list[TaskDraft] = []
        self._units = [(u.id, u.name) for u in ctx.units.list_units(active_only=True)]
        self.created: list = []
        source = document.symbol or document.summary
        self.ui.sourceLabel.setText(
            self.tr("Văn bản đến số {0}/{1}: {2} — {3}").format(
                document.number, document.year, source, document.sender
            )
        )
        table = self.ui.tasksTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Theo dõi"),
                self.tr("Nhiệm vụ"),
                self.tr("Đơn vị chủ trì"),
                self.tr("Thời hạn"),
                self.tr("Văn bản ghi"),
            ]  # fmt: skip
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_TRACK, 70), (COL_UNIT, 220), (COL_DEADLINE, 120), (COL_WORDS, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        # Rows fit their text once the columns have their real widths (showEvent): measured while the table is
        # still narrow, every wrapped task made a row a hand tall.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for draft in drafts:
            self.add_row(draft)
        self.ui.addRowButton.clicked.connect(lambda: self.add_row(TaskDraft("")))
        self.ui.removeRowButton.clicked.connect(self.remove_row)
        table.itemChanged.connect(lambda _item: self._count())
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._count()
        self.mark_clean()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ui.tasksTable.resizeRowsToContents()

    # -- rows ------------------------------------------------------------------------------------------
    def add_row(self, draft: TaskDraft) -> None:
        table = self.ui.tasksTable
        row = table.rowCount()
        table.insertRow(row)
        self._drafts.append(draft)
        track = QTableWidgetItem()
        track.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        track.setCheckState(Qt.CheckState.Checked)
        table.setItem(row, COL_TRACK, track)
        table.setItem(row, COL_TEXT, QTableWidgetItem(draft.text))
        combo = QComboBox()
        combo.addItem(self.tr("(chưa giao)"), None)
        for unit_id, name in self._units:
            combo.addItem(name, unit_id)
        found = combo.findData(draft.lead_unit_id) if draft.lead_unit_id is not None else -1
        combo.setCurrentIndex(max(found, 0))
        if found < 0 and draft.lead_unit_text:
            combo.setToolTip(self.tr("Văn bản ghi: {0}").format(draft.lead_unit_text))
        table.setCellWidget(row, COL_UNIT, combo)
        shown = (
            self.tr("Thường xuyên")
            if draft.ongoing
            else vn_date_short(draft.deadline)
            if draft.deadline
            else ""
        )
        table.setItem(row, COL_DEADLINE, QTableWidgetItem(shown))
        words = QTableWidgetItem(draft.deadline_words or draft.lead_unit_text)
        words.setFlags(Qt.ItemFlag.ItemIsEnabled)
        table.setItem(row, COL_WORDS, words)
        self._count()

    def remove_row(self) -> None:
        row = self.ui.tasksTable.currentRow()
        if row >= 0:
            self.ui.tasksTable.removeRow(row)
            del self._drafts[row]
            self._count()

    def _count(self) -> None:
        ticked = len(self._ticked_rows())
        self.ui.countLabel.setText(
            self.tr("{0}/{1} nhiệm vụ sẽ được theo dõi").format(ticked, len(self._drafts))
        )

    def _ticked_rows(self) -> list[int]:
        table = self.ui.tasksTable
        return [
            r
            for r in range(table.rowCount())
            if (item := table.item(r, COL_TRACK)) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def set_unit(self, row: int, unit_id: int | None) -> None:
        combo = self.ui.tasksTable.cellWidget(row, COL_UNIT)
        combo.setCurrentIndex(max(combo.findData(unit_id), 0))

    # -- confirming ------------------------------------------------------------------------------------
    def _deadline(self, row: int) -> tuple[date | None, bool]:
        text = (self.ui.tasksTable.item(row, COL_DEADLINE).text() or "").strip()
        if not text:
            return None, False
        if fold(text) in {fold(ONGOING_TEXT), fold(self.tr("Thường xuyên"))}:
            return None, True
        try:
            return parse_vn_date(text), False
        except DateParseError as exc:
            raise ValueError(self.tr("Dòng {0}: {1}").format(row + 1, exc.message)) from None

    def drafts(self) -> list[TaskDraft]:
        """The ticked rows as the secretary left them."""
        table = self.ui.tasksTable
        result = []
        for row in self._ticked_rows():
            draft = self._drafts[row]
            deadline, ongoing = self._deadline(row)
            result.append(
                TaskDraft(
                    text=table.item(row, COL_TEXT).text(),
                    lead_unit_id=table.cellWidget(row, COL_UNIT).currentData(),
                    cooperating_unit_ids=list(draft.cooperating_unit_ids),
                    deadline=deadline,
                    ongoing=ongoing,
                    deadline_words=draft.deadline_words,
                    heading=draft.heading,
                    source_line=draft.source_line,
                )
            )
        return result

    def confirm(self) -> None:
        self.ui.errorLabel.setText("")
        try:
            drafts = self.drafts()
            if not drafts:
                raise ValueError(self.tr("Chưa chọn nhiệm vụ nào để theo dõi."))
            if self._document.id is None:
                raise ValueError(self.tr("Văn bản chưa vào sổ."))
            self.created = self._ctx.incoming.confirm_tasks(self._document.id, drafts)
        except ValidationError as exc:
            self.ui.errorLabel.setText("\n".join(e.message for e in exc.errors))
            return
        except ValueError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        except RuleError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.accept()
