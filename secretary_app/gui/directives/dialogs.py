"""Dialogs of the directive board: tick off, progress note, reopen, reassign (one form, four modes) and
history.

Each public function shows its dialog through the message seam, performs the change through
services/follow_up.py when the secretary confirms (the services audit it), and returns True if something was
saved. A rejected input (a done date in the future, an empty reason) is shown in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from secretary_app.domain.deadlines import DONE_STATUSES, OPEN_STATUSES, DeadlineStatus
from secretary_app.domain.text import vn_date_short
from secretary_app.gui.forms.ui_directive_action_dialog import Ui_DirectiveActionDialog
from secretary_app.gui.forms.ui_directive_carry_over_dialog import Ui_CarryOverDialog
from secretary_app.gui.forms.ui_directive_history_dialog import Ui_DirectiveHistoryDialog
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.dates import pydate, qdate  # noqa: F401 - also imported from here
from secretary_app.gui.shared.discard import GuardedDialog
from secretary_app.gui.shared.i18n import deadline_label, history_label, history_text, status_label, translate
from secretary_app.gui.shared.tasks import EXPECTED_ERRORS, error_message
from secretary_app.services import follow_up
from secretary_app.services.review import carry_over_title

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext
    from secretary_app.services.directives_board import BoardRow

PREVIEW_CHARS = 140


class Mode(Enum):
    TICK = "tick"
    PROGRESS = "progress"
    REOPEN = "reopen"
    REASSIGN = "reassign"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1].rstrip() + "…"


class ApplyingDialog(GuardedDialog):
    """A dialog that applies its change on OK (``self._apply(self)``) and, when the change is refused, stays
    open with the message in its ``errorLabel`` so nothing typed is lost; Esc, X and "Hủy" ask before
    dropping what was typed (:func:`run_dialog` takes the form as prefilled as the clean state)."""

    _apply: Callable[..., object]

    def accept(self) -> None:
        try:
            self._apply(self)
        except EXPECTED_ERRORS as exc:
            self.ui.errorLabel.setText(error_message(exc))
            self.ui.errorLabel.show()
            return
        super().accept()


class DirectiveActionDialog(ApplyingDialog):
    """Date, note, report reference and unit fields; ``mode`` shows the ones that action needs.

    ``apply(dialog)`` performs the change; it runs on OK and the dialog closes only if it did not raise.
    """

    def __init__(
        self,
        mode: Mode,
        rows: Sequence[BoardRow],
        today: date,
        apply: Callable[[DirectiveActionDialog], None],
        units: Sequence[tuple[int | None, str]] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_DirectiveActionDialog()
        self.ui.setupUi(self)
        self.mode, self.rows, self._apply = mode, list(rows), apply
        ui = self.ui
        ui.errorLabel.setProperty("role", "error")
        ui.errorLabel.hide()
        ui.dateEdit.setDate(qdate(today))
        ui.dateEdit.setMaximumDate(qdate(today))  # nothing is done or reported in the future
        for unit_id, name in units:
            ui.unitCombo.addItem(name, unit_id)
        titles = {
            Mode.TICK: self.tr("Đánh dấu hoàn thành"),
            Mode.PROGRESS: self.tr("Ghi tiến độ thực hiện"),
            Mode.REOPEN: self.tr("Mở lại kết luận, nhiệm vụ"),
            Mode.REASSIGN: self.tr("Giao lại đơn vị chủ trì"),
        }
        self.setWindowTitle(titles[mode])
        ui.dateLabel.setText(self.tr("Ngày &hoàn thành:") if mode == Mode.TICK else self.tr("&Ngày:"))
        ui.noteLabel.setText(
            {
                Mode.TICK: self.tr("&Kết quả:"),
                Mode.PROGRESS: self.tr("&Tiến độ:"),
                Mode.REOPEN: self.tr("&Lý do mở lại:"),
                Mode.REASSIGN: self.tr("&Lý do:"),
            }[mode]
        )
        shown = {
            Mode.TICK: ("date", "note", "reference"),
            Mode.PROGRESS: ("date", "note"),
            Mode.REOPEN: ("note",),
            Mode.REASSIGN: ("unit", "note"),
        }[mode]
        for name, label, field in (
            ("date", ui.dateLabel, ui.dateEdit),
            ("unit", ui.unitLabel, ui.unitCombo),
            ("note", ui.noteLabel, ui.noteEdit),
            ("reference", ui.referenceLabel, ui.referenceEdit),
        ):
            label.setVisible(name in shown)
            field.setVisible(name in shown)
        if len(self.rows) == 1:
            ui.itemsLabel.setText(_short(self.rows[0].content))
        else:
            ui.itemsLabel.setText(self.tr("{0} kết luận, nhiệm vụ đã chọn.").format(len(self.rows)))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        (
            ui.unitCombo if mode == Mode.REASSIGN else ui.noteEdit if mode == Mode.REOPEN else ui.dateEdit
        ).setFocus()
        self.resize(560, 320)

    # What the secretary entered.
    def day(self) -> date:
        return pydate(self.ui.dateEdit.date())

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText().strip()

    def reference(self) -> str:
        return self.ui.referenceEdit.text().strip()

    def unit_id(self) -> int | None:
        return self.ui.unitCombo.currentData()


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally (through the message seam tests answer); whether its change was applied."""
    if isinstance(dialog, GuardedDialog) and not dialog.is_marked():
        dialog.mark_clean()  # after the caller prefilled it: only the secretary's own changes count
    return messages.exec_dialog(dialog) == QDialog.DialogCode.Accepted


def tick_off(parent: QWidget, ctx: AppContext, rows: Sequence[BoardRow], today: date) -> bool:
    """Tick off the open ones of ``rows`` (done date default today, result note, optional report
    reference)."""
    open_rows = [r for r in rows if r.status in OPEN_STATUSES]
    if not open_rows:
        messages.inform(
            parent,
            translate("directive_dialogs", "Đánh dấu hoàn thành"),
            translate("directive_dialogs", "Các dòng đã chọn đều đã hoàn thành hoặc đã hủy."),
        )
        return False

    def apply(d: DirectiveActionDialog) -> None:
        follow_up.tick_off(ctx, [r.id for r in open_rows], d.day(), d.note(), d.reference(), today=today)

    return run_dialog(DirectiveActionDialog(Mode.TICK, open_rows, today, apply, parent=parent))


def record_progress(parent: QWidget, ctx: AppContext, row: BoardRow, today: date) -> bool:
    def apply(d: DirectiveActionDialog) -> None:
        follow_up.add_progress(ctx, row.id, d.day(), d.note())

    return run_dialog(DirectiveActionDialog(Mode.PROGRESS, [row], today, apply, parent=parent))


def reopen(parent: QWidget, ctx: AppContext, row: BoardRow, today: date) -> bool:
    if row.status not in DONE_STATUSES | {DeadlineStatus.CANCELLED}:
        messages.inform(
            parent,
            translate("directive_dialogs", "Mở lại"),
            translate("directive_dialogs", "Việc này chưa hoàn thành nên không cần mở lại."),
        )
        return False

    def apply(d: DirectiveActionDialog) -> None:
        follow_up.reopen(ctx, row.id, d.note())

    return run_dialog(DirectiveActionDialog(Mode.REOPEN, [row], today, apply, parent=parent))


def reassign(parent: QWidget, ctx: AppContext, rows: Sequence[BoardRow], today: date) -> bool:
    # The placeholder first: with several rows of different units nothing is preselected, and "OK" on it is
    # refused with the service's message (follow_up.reassign), never saved as "not assigned".
    placeholder = translate("directive_dialogs", "— chọn đơn vị chủ trì —")
    units = [(None, placeholder), *((u.id, u.name) for u in ctx.units.list_units(active_only=True))]

    def apply(d: DirectiveActionDialog) -> None:
        follow_up.reassign(ctx, [r.id for r in rows], d.unit_id(), d.note())

    dialog = DirectiveActionDialog(Mode.REASSIGN, rows, today, apply, units, parent=parent)
    current = {r.lead_unit_id for r in rows}
    if len(current) == 1:
        dialog.ui.unitCombo.setCurrentIndex(max(0, dialog.ui.unitCombo.findData(current.pop())))
    return run_dialog(dialog)


class DirectiveHistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, row: BoardRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DirectiveHistoryDialog()
        self.ui.setupUi(self)
        self.ui.contentLabel.setText(
            f"<b>{_short(row.content)}</b><br>{row.lead_unit_display} — "
            f"{deadline_label(row.deadline, row.ongoing, row.deadline_text)} — {status_label(row.status)}"
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.entries = follow_up.history(ctx, row.id)
        table = self.ui.historyTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Thời gian"), self.tr("Việc"), self.tr("Nội dung"), self.tr("Người ghi")]
        )
        table.setRowCount(len(self.entries))
        for i, entry in enumerate(self.entries):
            moment = vn_date_short(entry.at.date())
            if entry.at.time() != entry.at.min.time():  # a progress note has a date only
                moment += entry.at.strftime(" %H:%M")
            for column, text in enumerate(
                (moment, history_label(entry.what), history_text(entry), entry.actor)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(i, column, item)
        header = table.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setFocus(Qt.FocusReason.OtherFocusReason)


def show_history(parent: QWidget, ctx: AppContext, row: BoardRow) -> None:
    messages.exec_dialog(DirectiveHistoryDialog(ctx, row, parent))


# -- carry-over into a meeting's agenda ---------------------------------------------------------------------

CARRY_OVER_LIMIT = 300  # a meeting reviews the most pressing items; the board has the rest


class CarryOverDialog(GuardedDialog):
    """A checklist of open directives (overdue first, pre-ticked) to review at the next meeting; closing it
    after ticking asks first."""

    def __init__(self, ctx: AppContext, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CarryOverDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Thêm vào chương trình"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.rows = ctx.board.carry_over_candidates(today, CARRY_OVER_LIMIT)
        for row in self.rows:
            overdue = row.status == DeadlineStatus.OVERDUE
            deadline = deadline_label(row.deadline, row.ongoing, row.deadline_text)
            item = QListWidgetItem(
                f"{_short(row.content)}\n{row.lead_unit_display} — {deadline} — {status_label(row.status)}",
                self.ui.itemList,
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # The overdue ones are what a meeting must review; the rest the secretary adds by choice.
            item.setCheckState(Qt.CheckState.Checked if overdue else Qt.CheckState.Unchecked)
            item.setToolTip(row.content)
        self.mark_clean()

    def titles(self) -> list[str]:
        return [
            carry_over_title(row)
            for i, row in enumerate(self.rows)
            if self.ui.itemList.item(i).checkState() == Qt.CheckState.Checked
        ]


def choose_carry_over(parent: QWidget | None, ctx: AppContext, today: date | None = None) -> list[str]:
    """Ask which open directives to review at a meeting; their agenda item titles ("Kiểm điểm việc thực hiện:
    …"), in the list's order; [] if cancelled or none chosen."""
    dialog = CarryOverDialog(ctx, today or date.today(), parent)
    if messages.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return []
    return dialog.titles()
