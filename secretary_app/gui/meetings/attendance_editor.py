"""Who attends a meeting (thành phần dự họp), with the Party counts computed live from the rows.

Names and positions are copied into each row when a person is added: minutes record the meeting as it
was, and later changes to a person's position must not rewrite them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from secretary_app.domain.models import (
    Attendance,
    AttendanceCounts,
    AttendanceStatus,
    MembershipKind,
    Person,
    attendance_counts,
)
from secretary_app.gui.forms.ui_meeting_attendance_editor import Ui_AttendanceEditor
from secretary_app.gui.shared.i18n import enum_label

NAME, POSITION, STATUS, REASON, SITE, MEMBERSHIP, GUEST = range(7)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the Attendance a row was loaded from (keeps id, uuid, person)


class AttendanceEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AttendanceEditor()
        self.ui.setupUi(self)
        self.ui.countsFrame.setProperty("role", "card")
        self._people: list[Person] = []
        table = self.ui.table
        header = table.horizontalHeader()
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (NAME, 190),
            (STATUS, 150),
            (REASON, 140),
            (SITE, 110),
            (MEMBERSHIP, 120),
            (GUEST, 80),
        ):
            header.resizeSection(column, width)
        table.verticalHeader().setDefaultSectionSize(30)
        self.ui.addMembersButton.clicked.connect(self.add_all_members)
        self.ui.addPersonButton.clicked.connect(self._add_chosen_person)
        self.ui.addGuestButton.clicked.connect(self.add_guest)
        self.ui.removeButton.clicked.connect(self.remove_current)
        add_all = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        add_all.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_all.activated.connect(self.add_all_members)
        table.itemChanged.connect(self._on_item_changed)
        table.itemSelectionChanged.connect(self._update_buttons)
        self._show_counts()
        self._update_buttons()

    # Data -------------------------------------------------------------------------------------------
    def set_people(self, people: list[Person]) -> None:
        self._people = [p for p in people if p.active]
        combo = self.ui.personCombo
        combo.clear()
        for person in self._people:
            combo.addItem(f"{person.name} — {person.position}" if person.position else person.name, person.id)
        self.ui.addPersonButton.setEnabled(bool(self._people))
        self.ui.addMembersButton.setEnabled(any(p.is_committee_member for p in self._people))

    def set_attendance(self, rows: list[Attendance]) -> None:
        table = self.ui.table
        table.blockSignals(True)
        try:
            table.setRowCount(0)
            for record in rows:
                self._append(record)
        finally:
            table.blockSignals(False)
        self._changed()

    def attendance(self) -> list[Attendance]:
        """The rows as Attendance records (rows without a name are skipped)."""
        table = self.ui.table
        result = []
        for row in range(table.rowCount()):
            name = self._text(row, NAME)
            if not name:
                continue
            original: Attendance = table.item(row, NAME).data(RECORD_ROLE)
            result.append(
                Attendance(
                    person_id=original.person_id if original else None,
                    name=name,
                    position=self._text(row, POSITION),
                    status=AttendanceStatus(self._combo(row, STATUS).currentData()),
                    reason=self._text(row, REASON),
                    online_site=self._text(row, SITE),
                    membership=MembershipKind(self._combo(row, MEMBERSHIP).currentData()),
                    is_guest=table.item(row, GUEST).checkState() == Qt.CheckState.Checked,
                    id=original.id if original else None,
                    **({"uuid": original.uuid} if original else {}),
                )
            )
        return result

    def counts(self) -> AttendanceCounts:
        return attendance_counts(self.attendance())

    # Editing ----------------------------------------------------------------------------------------
    def add_all_members(self) -> int:
        """Add every active committee member not yet listed; returns how many were added."""
        listed = {a.person_id for a in self.attendance() if a.person_id is not None}
        added = 0
        for person in self._people:
            if person.is_committee_member and person.id not in listed:
                self._append(self._from_person(person))
                added += 1
        if added:
            self._changed()
        return added

    def add_person(self, person: Person) -> None:
        if any(a.person_id == person.id for a in self.attendance()):
            return
        row = self._append(self._from_person(person))
        self.ui.table.setCurrentCell(row, STATUS)
        self._changed()

    def add_guest(self) -> None:
        row = self._append(Attendance(person_id=None, name="", membership=MembershipKind.NONE, is_guest=True))
        table = self.ui.table
        table.setCurrentCell(row, NAME)
        table.editItem(table.item(row, NAME))
        self._changed()

    def remove_current(self) -> None:
        row = self.ui.table.currentRow()
        if row >= 0:
            self.ui.table.removeRow(row)
            self._changed()

    def _add_chosen_person(self) -> None:
        person_id = self.ui.personCombo.currentData()
        person = next((p for p in self._people if p.id == person_id), None)
        if person is not None:
            self.add_person(person)

    @staticmethod
    def _from_person(person: Person) -> Attendance:
        return Attendance(
            person_id=person.id,
            name=person.name,
            position=person.position,
            membership=person.membership,
            is_guest=not person.is_committee_member,
        )

    # Rows -------------------------------------------------------------------------------------------
    def _append(self, record: Attendance) -> int:
        table = self.ui.table
        blocked = table.blockSignals(True)  # one "changed" per user action, emitted by the caller
        try:
            row = table.rowCount()
            table.insertRow(row)
            name = QTableWidgetItem(record.name)
            name.setData(RECORD_ROLE, record if record.name else None)
            table.setItem(row, NAME, name)
            table.setItem(row, POSITION, QTableWidgetItem(record.position))
            table.setItem(row, REASON, QTableWidgetItem(record.reason))
            table.setItem(row, SITE, QTableWidgetItem(record.online_site))
            guest = QTableWidgetItem()
            guest.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            guest.setCheckState(Qt.CheckState.Checked if record.is_guest else Qt.CheckState.Unchecked)
            table.setItem(row, GUEST, guest)
            table.setCellWidget(row, STATUS, self._make_combo(AttendanceStatus, record.status))
            table.setCellWidget(
                row,
                MEMBERSHIP,
                self._make_combo(
                    MembershipKind,
                    record.membership,
                    {
                        MembershipKind.OFFICIAL: self.tr("Chính thức"),
                        MembershipKind.PROBATIONARY: self.tr("Dự bị"),
                        MembershipKind.NONE: self.tr("Không"),
                    },
                ),
            )
        finally:
            table.blockSignals(blocked)
        return row

    def _make_combo(self, enum, current, labels: dict | None = None) -> QComboBox:
        combo = QComboBox()
        combo.setFrame(False)
        for value in enum:
            combo.addItem((labels or {}).get(value, enum_label(value)), str(value))
            combo.setItemData(combo.count() - 1, enum_label(value), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(str(current))))
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _combo(self, row: int, column: int) -> QComboBox:
        return self.ui.table.cellWidget(row, column)

    def _text(self, row: int, column: int) -> str:
        item = self.ui.table.item(row, column)
        return item.text().strip() if item else ""

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        # A guest typed by name gets a record of its own once named (its uuid is kept from then on).
        if item.column() == NAME and item.text().strip() and item.data(RECORD_ROLE) is None:
            self.ui.table.blockSignals(True)
            item.setData(RECORD_ROLE, Attendance(person_id=None, name=item.text().strip()))
            self.ui.table.blockSignals(False)
        self._changed()

    def _changed(self, *_args) -> None:
        self._show_counts()
        self._update_buttons()
        self.changed.emit()

    def _show_counts(self) -> None:
        c = self.counts()
        ui = self.ui
        ui.totalCount.setText(self.tr("Tổng số: <b>{0}</b>").format(c.total))
        ui.officialCount.setText(self.tr("Chính thức: <b>{0}</b>").format(c.official))
        ui.probationaryCount.setText(self.tr("Dự bị: <b>{0}</b>").format(c.probationary))
        ui.presentCount.setText(self.tr("Có mặt: <b>{0}</b> (trực tuyến {1})").format(c.present, c.online))
        ui.absentCount.setText(
            self.tr("Vắng: <b>{0}</b> (có lý do {1}, không lý do {2})").format(
                c.absent, c.absent_excused, c.absent_unexcused
            )
        )
        ui.countsFrame.setToolTip(
            self.tr("Khách mời không tính vào số đảng viên; dự trực tuyến tính là có mặt.")
        )

    def _update_buttons(self) -> None:
        self.ui.removeButton.setEnabled(self.ui.table.currentRow() >= 0)
