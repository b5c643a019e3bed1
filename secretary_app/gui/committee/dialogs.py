"""Editing one person or one unit, and starting a new term (nhiệm kỳ). Each saves through its service and
stays open with the message beside the form when the service refuses; each asks before closing over
changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from secretary_app.domain import models as m
from secretary_app.domain.errors import RuleError
from secretary_app.domain.text import vn_date_short
from secretary_app.domain.validation import ValidationError
from secretary_app.gui.forms.ui_person_dialog import Ui_PersonDialog
from secretary_app.gui.forms.ui_term_dialog import Ui_TermDialog
from secretary_app.gui.forms.ui_unit_dialog import Ui_UnitDialog
from secretary_app.gui.shared.discard import GuardedDialog
from secretary_app.gui.shared.i18n import enum_label, translate
from secretary_app.gui.shared.style import STYLE_SHEET


def _fill(combo: QComboBox, values, current) -> None:
    for value in values:
        combo.addItem(enum_label(value), str(value))
    combo.setCurrentIndex(max(0, combo.findData(str(current))))


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(e.message for e in exc.errors)
    return getattr(exc, "message", str(exc))


class _RecordDialog(GuardedDialog):
    """Shared: Save validates through the service; errors stay in the dialog; Esc/X/Hủy ask when changed."""

    saved_record = None

    def _setup(self, ui) -> None:
        ui.errorLabel.setProperty("role", "error")
        ui.errorLabel.hide()
        # translate(), not self.tr(): a base-class tr() would be looked up under each subclass's name.
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(translate("RecordDialog", "Lưu"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("RecordDialog", "Hủy"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.setStyleSheet(STYLE_SHEET)

    def save(self) -> None:
        try:
            self.saved_record = self.write()
        except (ValidationError, RuleError) as exc:
            self.ui.errorLabel.setText(_error_text(exc))
            self.ui.errorLabel.show()
            return
        self.accept()


class PersonDialog(_RecordDialog):
    def __init__(self, ctx, person: m.Person | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._setup(self.ui)
        self._ctx, self._person = ctx, person
        ui = self.ui
        ui.unitCombo.addItem(self.tr("— không —"), None)
        for unit in ctx.units.list_units():
            if unit.active or (person is not None and unit.id == person.unit_id):
                ui.unitCombo.addItem(unit.name, unit.id)
        p = person or m.Person(name="")
        _fill(ui.membershipCombo, m.MembershipKind, p.membership)
        _fill(ui.roleCombo, m.CommitteeRole, p.committee_role)
        ui.nameEdit.setText(p.name)
        ui.positionEdit.setText(p.position)
        ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(p.unit_id)))
        ui.orderSpin.setValue(p.order)
        ui.orderSpin.setSpecialValueText(self.tr("cuối danh sách"))
        ui.activeCheck.setChecked(p.active)
        ui.seatsLabel.setProperty("role", "note")
        ui.seatsLabel.setText(self._seats_text(person))
        self.setWindowTitle(self.tr("Thêm người") if person is None else self.tr("Sửa: {0}").format(p.name))
        ui.nameEdit.setFocus()
        self.mark_clean()

    def _seats_text(self, person: m.Person | None) -> str:
        if person is None or person.id is None:
            return self.tr(
                "Đổi “Ủy viên cấp ủy” có hiệu lực từ hôm nay; các cuộc họp trước vẫn giữ thành phần cũ."
            )
        lines = []
        for seat in self._ctx.people.seats(person.id):
            since = vn_date_short(seat.start) if seat.start else self.tr("trước đây")
            until = vn_date_short(seat.end) if seat.end else self.tr("nay")
            lines.append(self.tr("{0}: {1} – {2}").format(enum_label(seat.role), since, until))
        return "\n".join(lines)

    def write(self) -> m.Person:
        ui = self.ui
        person = self._person or m.Person(name="")
        person.name = ui.nameEdit.text()
        person.position = ui.positionEdit.text()
        person.unit_id = ui.unitCombo.currentData()
        person.membership = m.MembershipKind(ui.membershipCombo.currentData())
        person.committee_role = m.CommitteeRole(ui.roleCombo.currentData())
        person.order = ui.orderSpin.value()
        person.active = ui.activeCheck.isChecked()
        return self._ctx.people.save(person)


class UnitDialog(_RecordDialog):
    def __init__(self, ctx, unit: m.Unit | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UnitDialog()
        self.ui.setupUi(self)
        self._setup(self.ui)
        self._ctx, self._unit = ctx, unit
        u = unit or m.Unit(name="")
        ui = self.ui
        _fill(ui.kindCombo, m.UnitKind, u.kind)
        ui.nameEdit.setText(u.name)
        ui.shortEdit.setText(u.short_name)
        ui.orderSpin.setValue(u.order)
        ui.orderSpin.setSpecialValueText(self.tr("cuối danh sách"))
        ui.activeCheck.setChecked(u.active)
        self.setWindowTitle(self.tr("Thêm đơn vị") if unit is None else self.tr("Sửa: {0}").format(u.name))
        ui.nameEdit.setFocus()
        self.mark_clean()

    def write(self) -> m.Unit:
        ui = self.ui
        unit = self._unit or m.Unit(name="")
        unit.name, unit.short_name = ui.nameEdit.text(), ui.shortEdit.text()
        unit.kind = m.UnitKind(ui.kindCombo.currentData())
        unit.order = ui.orderSpin.value()
        unit.active = ui.activeCheck.isChecked()
        return self._ctx.units.save(unit)


class TermDialog(GuardedDialog):
    """A new term: its first day, its label, and the committee's members from that day (today's
    preselected)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TermDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        ui = self.ui
        ui.startEdit.setDate(QDate.currentDate())
        self._people = ctx.people.list_people(active_only=True)
        table = ui.table
        table.setRowCount(len(self._people))
        for row, person in enumerate(self._people):
            table.setItem(row, 0, QTableWidgetItem(person.name))
            table.setItem(row, 1, QTableWidgetItem(person.position))
            combo = QComboBox()
            _fill(combo, m.CommitteeRole, person.committee_role)
            table.setCellWidget(row, 2, combo)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        table.setColumnWidth(2, 200)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bắt đầu nhiệm kỳ"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.setStyleSheet(STYLE_SHEET)
        self.mark_clean()

    def roles(self) -> dict[int, m.CommitteeRole]:
        return {
            person.id: m.CommitteeRole(self.ui.table.cellWidget(row, 2).currentData())
            for row, person in enumerate(self._people)
        }

    def start(self) -> date:
        return self.ui.startEdit.date().toPython()

    def save(self) -> None:
        self._ctx.people.start_term(self.start(), self.ui.labelEdit.text(), self.roles())
        self.accept()
