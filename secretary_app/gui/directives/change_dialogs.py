"""Dialogs that change a task's course (issue 12): extend (gia hạn) or set its deadline, cancel (hủy), edit
its text, split it per lead unit, merge duplicates — one form (ui/directive_change_dialog.ui), five modes.

Every change goes through services/directives.py (``ctx.directives``), which keeps the evidence (the first
deadline, the cancelled task with its reason, the history line) and refuses with a Vietnamese message; the
message is shown in the dialog, which stays open. Each public function returns True if something was saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from secretary_app.domain.deadlines import OPEN_STATUSES
from secretary_app.domain.text import vn_date_short
from secretary_app.gui.directives.dialogs import ApplyingDialog, run_dialog
from secretary_app.gui.forms.ui_directive_change_dialog import Ui_DirectiveChangeDialog
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.dates import pydate, qdate
from secretary_app.gui.shared.i18n import deadline_label, translate

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext
    from secretary_app.services.directives_board import BoardRow

PREVIEW_CHARS = 140


class Change(Enum):
    EXTEND = "extend"
    SET_DEADLINE = "set_deadline"
    CANCEL = "cancel"
    EDIT = "edit"
    SPLIT = "split"
    MERGE = "merge"


# The fields each change asks for.
FIELDS = {
    Change.EXTEND: ("date", "reason", "allowed"),
    Change.SET_DEADLINE: ("date", "words", "reason"),
    Change.CANCEL: ("reason",),
    Change.EDIT: ("text", "reason"),
    Change.SPLIT: ("units", "reason"),
    Change.MERGE: ("keep", "reason"),
}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1].rstrip() + "…"


class DirectiveChangeDialog(ApplyingDialog):
    """``apply(dialog)`` performs the change on OK; the dialog closes only if it did not raise."""

    def __init__(
        self,
        change: Change,
        rows: Sequence[BoardRow],
        apply: Callable[[DirectiveChangeDialog], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_DirectiveChangeDialog()
        self.ui.setupUi(self)
        self.change, self.rows, self._apply = change, list(rows), apply
        ui = self.ui
        ui.errorLabel.setProperty("role", "error")
        ui.errorLabel.hide()
        ui.infoLabel.setProperty("role", "note")
        self.setWindowTitle(
            {
                Change.EXTEND: self.tr("Gia hạn nhiệm vụ"),
                Change.SET_DEADLINE: self.tr("Đặt thời hạn cho nhiệm vụ"),
                Change.CANCEL: self.tr("Hủy nhiệm vụ"),
                Change.EDIT: self.tr("Sửa nội dung nhiệm vụ"),
                Change.SPLIT: self.tr("Tách nhiệm vụ theo đơn vị chủ trì"),
                Change.MERGE: self.tr("Gộp các nhiệm vụ trùng"),
            }[change]
        )
        ui.reasonLabel.setText(
            self.tr("Lý do (không bắt buộc):")
            if change in (Change.EDIT, Change.SPLIT, Change.MERGE, Change.SET_DEADLINE)
            else self.tr("&Lý do:")
        )
        ui.dateLabel.setText(self.tr("&Hạn mới:") if change == Change.EXTEND else self.tr("&Thời hạn:"))
        shown = FIELDS[change]
        for name, label, field in (
            ("date", ui.dateLabel, ui.dateEdit),
            ("words", ui.wordsLabel, ui.wordsEdit),
            ("text", ui.textLabel, ui.textEdit),
            ("units", ui.unitsLabel, ui.unitsList),
            ("keep", ui.keepLabel, ui.keepCombo),
            ("reason", ui.reasonLabel, ui.reasonEdit),
            ("allowed", ui.allowedLabel, ui.allowedEdit),
        ):
            label.setVisible(name in shown)
            field.setVisible(name in shown)
        ui.ongoingCheck.setVisible(change == Change.SET_DEADLINE)
        ui.ongoingCheck.toggled.connect(lambda on: ui.dateEdit.setEnabled(not on))
        if len(self.rows) == 1:
            ui.itemsLabel.setText(_short(self.rows[0].content))
        else:
            ui.itemsLabel.setText(self.tr("{0} kết luận, nhiệm vụ đã chọn.").format(len(self.rows)))
        ui.infoLabel.hide()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Đóng"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        first = {"date": ui.dateEdit, "text": ui.textEdit, "units": ui.unitsList, "keep": ui.keepCombo}
        first.get(shown[0], ui.reasonEdit).setFocus()
        self.resize(600, 420 if change in (Change.SPLIT, Change.EDIT) else 300)

    def show_info(self, text: str) -> None:
        self.ui.infoLabel.setText(text)
        self.ui.infoLabel.show()

    # What the secretary entered.
    def date_value(self) -> date:
        return pydate(self.ui.dateEdit.date())

    def day(self) -> date | None:
        """The date, or None for a standing duty ("Thường xuyên" ticked)."""
        return None if self.ui.ongoingCheck.isChecked() else self.date_value()

    def ongoing(self) -> bool:
        return self.ui.ongoingCheck.isChecked()

    def words(self) -> str:
        return self.ui.wordsEdit.text().strip()

    def text(self) -> str:
        return self.ui.textEdit.toPlainText().strip()

    def reason(self) -> str:
        return self.ui.reasonEdit.text().strip()

    def allowed_by(self) -> str:
        return self.ui.allowedEdit.text().strip()

    def unit_ids(self) -> list[int]:
        units = self.ui.unitsList
        return [
            units.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(units.count())
            if units.item(i).checkState() == Qt.CheckState.Checked
        ]

    def keep_id(self) -> int:
        return self.ui.keepCombo.currentData()


def _only_open(parent: QWidget, rows: Sequence[BoardRow], title: str) -> list[BoardRow]:
    open_rows = [r for r in rows if r.status in OPEN_STATUSES]
    if not open_rows:
        messages.inform(
            parent,
            title,
            translate(
                "directive_changes", "Các dòng đã chọn đều đã hoàn thành hoặc đã hủy; hãy mở lại trước."
            ),
        )
    return open_rows


def extend(parent: QWidget, ctx: AppContext, row: BoardRow, today: date) -> bool:
    """Gia hạn: a new date, the reason and who allowed it; the original deadline is shown and kept. A task
    with no date yet gets one instead (proposed from its words): that is setting, not extending, a
    deadline."""
    if not _only_open(parent, [row], translate("directive_changes", "Gia hạn")):
        return False
    if row.deadline is None and not row.ongoing:
        return set_deadline(parent, ctx, row, today)

    def apply(d: DirectiveChangeDialog) -> None:
        ctx.directives.extend(row.id, d.date_value(), d.reason(), d.allowed_by())

    dialog = DirectiveChangeDialog(Change.EXTEND, [row], apply, parent)
    if row.deadline is not None:
        dialog.ui.dateEdit.setDate(qdate(max(row.deadline, today) + timedelta(days=30)))
        info = translate("directive_changes", "Hạn hiện tại: {0}.").format(vn_date_short(row.deadline))
        if row.original_deadline is not None:
            info += " " + translate("directive_changes", "Hạn ban đầu: {0} (đã gia hạn).").format(
                vn_date_short(row.original_deadline)
            )
        dialog.show_info(info)
    return run_dialog(dialog)


def set_deadline(parent: QWidget, ctx: AppContext, row: BoardRow, today: date) -> bool:
    """A task without a date ("Chưa xác định thời hạn") gets one: the date its words suggest, proposed."""

    def apply(d: DirectiveChangeDialog) -> None:
        ctx.directives.set_deadline(row.id, d.day(), ongoing=d.ongoing(), words=d.words())

    dialog = DirectiveChangeDialog(Change.SET_DEADLINE, [row], apply, parent)
    suggestion = ctx.directives.deadline_suggestion(row.id)
    dialog.ui.dateEdit.setDate(qdate(suggestion.deadline or today))
    # The words that gave the proposed date are printed with it; else the notice's own phrase stays.
    dialog.ui.wordsEdit.setText(suggestion.words if suggestion.deadline else row.deadline_text)
    dialog.ui.ongoingCheck.setChecked(suggestion.ongoing)
    if suggestion.deadline is not None:
        dialog.show_info(
            translate("directive_changes", "Theo nội dung (“{0}”): {1}.").format(
                suggestion.words, vn_date_short(suggestion.deadline)
            )
        )
    elif suggestion.note:
        dialog.show_info(suggestion.note)
    return run_dialog(dialog)


def cancel(parent: QWidget, ctx: AppContext, row: BoardRow) -> bool:
    if not _only_open(parent, [row], translate("directive_changes", "Hủy nhiệm vụ")):
        return False

    def apply(d: DirectiveChangeDialog) -> None:
        ctx.directives.cancel(row.id, d.reason())

    dialog = DirectiveChangeDialog(Change.CANCEL, [row], apply, parent)
    dialog.show_info(
        translate(
            "directive_changes",
            "Nhiệm vụ vẫn được giữ trong danh sách với trạng thái “Đã hủy” cùng lý do và lịch sử; "
            "có thể mở lại.",
        )
    )
    return run_dialog(dialog)


def edit_text(parent: QWidget, ctx: AppContext, row: BoardRow) -> bool:
    def apply(d: DirectiveChangeDialog) -> None:
        ctx.directives.edit_text(row.id, d.text(), d.reason())

    dialog = DirectiveChangeDialog(Change.EDIT, [row], apply, parent)
    dialog.ui.textEdit.setPlainText(row.content)
    dialog.show_info(translate("directive_changes", "Nội dung cũ được lưu trong lịch sử của nhiệm vụ."))
    return run_dialog(dialog)


def split(parent: QWidget, ctx: AppContext, row: BoardRow) -> bool:
    """One task per lead unit: the task's own lead and cooperating units are ticked to start with."""
    if not _only_open(parent, [row], translate("directive_changes", "Tách theo đơn vị")):
        return False
    directive = ctx.directives.get(row.id)
    ticked = {directive.lead_unit_id, *directive.cooperating_unit_ids}

    def apply(d: DirectiveChangeDialog) -> None:
        ctx.directives.split(row.id, d.unit_ids(), d.reason())

    dialog = DirectiveChangeDialog(Change.SPLIT, [row], apply, parent)
    for unit in ctx.units.list_units(active_only=True):
        item = QListWidgetItem(unit.name, dialog.ui.unitsList)
        item.setData(Qt.ItemDataRole.UserRole, unit.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if unit.id in ticked else Qt.CheckState.Unchecked)
    dialog.show_info(
        translate(
            "directive_changes",
            "Mỗi đơn vị được chọn nhận một nhiệm vụ riêng cùng nội dung và thời hạn; nhiệm vụ này được "
            "đánh dấu đã hủy (tách) và có thể mở lại để hoàn tác.",
        )
    )
    return run_dialog(dialog)


def merge(parent: QWidget, ctx: AppContext, rows: Sequence[BoardRow]) -> bool:
    """Keep one of the selected tasks; the others are cancelled as its duplicates."""
    if len(rows) < 2:
        messages.inform(
            parent,
            translate("directive_changes", "Gộp các mục trùng"),
            translate("directive_changes", "Chọn ít nhất hai nhiệm vụ trùng nhau (Ctrl + bấm chuột) để gộp."),
        )
        return False

    def apply(d: DirectiveChangeDialog) -> None:
        keep = d.keep_id()
        ctx.directives.merge(keep, [r.id for r in rows if r.id != keep], d.reason())

    dialog = DirectiveChangeDialog(Change.MERGE, rows, apply, parent)
    for row in rows:
        deadline = deadline_label(row.deadline, row.ongoing, row.deadline_text)
        label = f"#{row.id} — {_short(row.content)[:80]} — {row.lead_unit_display} — {deadline}"
        dialog.ui.keepCombo.addItem(label, row.id)
    # The first open one is kept unless the secretary picks another (a cancelled one cannot be kept).
    keeper = next((r for r in rows if r.status in OPEN_STATUSES), rows[0])
    dialog.ui.keepCombo.setCurrentIndex(dialog.ui.keepCombo.findData(keeper.id))
    dialog.show_info(
        translate(
            "directive_changes",
            "Các nhiệm vụ còn lại được đánh dấu đã hủy (trùng) và trỏ tới nhiệm vụ giữ lại; "
            "tiến độ và lịch sử của chúng vẫn được giữ.",
        )
    )
    return run_dialog(dialog)
