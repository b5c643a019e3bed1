"""Create or edit a meeting: kind (a new meeting is pre-filled from the kind's template), title, time,
place, chair, secretary, online sites, guests, notes, attendance and agenda.

The dialog saves itself (``saved`` is emitted, then it closes): errors are shown next to their fields in
Vietnamese and the dialog stays open with everything typed, so nothing is lost on an error.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from secretary_app.domain.errors import RuleError
from secretary_app.domain.meeting_templates import TEMPLATES, prefilled_agenda, prefilled_title, template_for
from secretary_app.domain.models import Meeting, MeetingStatus
from secretary_app.domain.validation import FieldError, ValidationError, validate_meeting
from secretary_app.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from secretary_app.gui.meetings.agenda_editor import AgendaEditor
from secretary_app.gui.meetings.attendance_editor import AttendanceEditor
from secretary_app.gui.shared.discard import GuardedDialog
from secretary_app.gui.shared.i18n import enum_label
from secretary_app.gui.shared.style import STYLE_SHEET

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

log = logging.getLogger(__name__)

TAB_GENERAL, TAB_ATTENDANCE, TAB_AGENDA = range(3)
DEFAULT_START = time(8, 0)
EDITABLE_STATUSES = (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS, MeetingStatus.FINISHED)


class ListField:
    """A QListWidget of one-line texts with Add/Remove buttons (online sites, guests): one behaviour, used
    for both lists. New rows open for editing at once; empty rows are dropped when read."""

    def __init__(self, widget: QListWidget, add: QPushButton, remove: QPushButton, on_change):
        self.widget, self._remove, self._on_change = widget, remove, on_change
        add.clicked.connect(self.add)
        remove.clicked.connect(self.remove_current)
        widget.itemChanged.connect(lambda _item: on_change())
        widget.currentRowChanged.connect(lambda _row: self._update())
        self._update()

    def values(self) -> list[str]:
        texts = (self.widget.item(i).text().strip() for i in range(self.widget.count()))
        return [t for t in texts if t]

    def set_values(self, values: list[str]) -> None:
        self.widget.clear()
        for value in values:
            self._append(value)
        self._update()

    def add(self) -> None:
        item = self._append("")
        self.widget.setCurrentItem(item)
        self.widget.editItem(item)
        self._update()

    def remove_current(self) -> None:
        row = self.widget.currentRow()
        if row >= 0:
            self.widget.takeItem(row)
            self._on_change()
        self._update()

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _update(self) -> None:
        self._remove.setEnabled(self.widget.currentRow() >= 0)


class MeetingDialog(GuardedDialog):
    """Esc, the window's X and "Hủy" ask "Bỏ các thay đổi?" once anything was typed (see
    gui/shared/discard.py)."""

    saved = Signal(object)  # the Meeting as stored

    def __init__(self, ctx: AppContext, meeting: Meeting | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._ctx = ctx
        self._meeting = meeting
        self._is_new = meeting is None or meeting.id is None
        self._prefilled_title = ""  # what the template wrote, so a title the user typed is never overwritten
        self._prefilled_agenda: list[str] = []

        self.attendance_editor = AttendanceEditor(self)
        ui.attendanceTabLayout.addWidget(self.attendance_editor)
        self.agenda_editor = AgendaEditor(self)
        ui.agendaTabLayout.insertWidget(0, self.agenda_editor)
        ui.carryOverButton.clicked.connect(self.add_carry_over)
        self.sites = ListField(ui.sitesList, ui.sitesAddButton, ui.sitesRemoveButton, lambda: None)
        self.guests = ListField(ui.guestsList, ui.guestsAddButton, ui.guestsRemoveButton, lambda: None)

        for template in TEMPLATES:
            ui.kindCombo.addItem(template.kind)
        for status in EDITABLE_STATUSES:
            ui.statusCombo.addItem(enum_label(status), str(status))
        for combo in (ui.chairCombo, ui.secretaryCombo):
            combo.lineEdit().setPlaceholderText(self.tr("Chọn trong danh sách hoặc gõ họ tên"))

        self._error_labels: dict[str, QLabel] = {
            "kind": ui.kindError,
            "title": ui.titleError,
            "end": ui.endError,
            "place": ui.placeError,
        }
        self._error_focus: dict[str, QWidget] = {
            "kind": ui.kindCombo,
            "title": ui.titleEdit,
            "end": ui.endTimeEdit,
            "place": ui.placeEdit,
        }
        for error_label in (*self._error_labels.values(), ui.formMessage):
            error_label.setProperty("role", "error")
            error_label.hide()

        ui.saveButton.setToolTip(self.tr("Lưu cuộc họp (Ctrl+S)"))
        ui.cancelButton.setToolTip(self.tr("Đóng, không lưu (Esc)"))
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)
        ui.endCheck.toggled.connect(ui.endTimeEdit.setEnabled)
        for signal in (ui.startTimeEdit.timeChanged, ui.endTimeEdit.timeChanged, ui.endCheck.toggled):
            signal.connect(self._check_times)
        ui.titleEdit.textEdited.connect(lambda _text: self._clear_error("title"))

        self._show(meeting)
        self._load_people()
        # Connected after loading, so showing an existing meeting never applies a template to it.
        ui.kindCombo.currentIndexChanged.connect(self._apply_template)
        ui.dateEdit.dateChanged.connect(self._apply_template)
        ui.dateEdit.dateChanged.connect(self._load_people)
        if self._is_new:
            self._apply_template()
        self.setWindowTitle(self.tr("Cuộc họp mới") if self._is_new else self.tr("Sửa cuộc họp"))
        ui.tabs.setCurrentIndex(TAB_GENERAL)
        (ui.kindCombo if self._is_new else ui.titleEdit).setFocus()
        # Last, once every label has its role: a window of its own does not get the main window's sheet.
        self.setStyleSheet(STYLE_SHEET)
        self.mark_clean()

    def _load_people(self, *_args) -> None:
        """The people as on the meeting's day: "Thêm tất cả ủy viên" adds the committee of that day; chair and
        secretary are offered from its members and the profile's signers (a name may still be typed)."""
        day = self.ui.dateEdit.date().toPython()
        self.attendance_editor.set_people(self._ctx.people.list_people(on=day, active_only=True))
        for combo in (self.ui.chairCombo, self.ui.secretaryCombo):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            for name, position in self._ctx.people.chair_candidates(on=day):
                combo.addItem(name)
                combo.setItemData(combo.count() - 1, position, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(-1)
            combo.setEditText(text)
            combo.blockSignals(False)

    # Widgets <-> meeting ----------------------------------------------------------------------------
    def _show(self, meeting: Meeting | None) -> None:
        ui = self.ui
        if meeting is None:
            ui.kindCombo.setCurrentIndex(0)
            ui.dateEdit.setDate(QDate.currentDate())
            ui.startTimeEdit.setTime(QTime(DEFAULT_START))
            ui.endTimeEdit.setTime(QTime(11, 0))
            ui.endCheck.setChecked(False)
            ui.endTimeEdit.setEnabled(False)
            ui.statusCombo.setCurrentIndex(0)
            return
        if ui.kindCombo.findText(meeting.kind) < 0:
            ui.kindCombo.addItem(meeting.kind)  # a kind of its own from an older database or an import
        ui.kindCombo.setCurrentText(meeting.kind)
        ui.titleEdit.setText(meeting.title)
        ui.dateEdit.setDate(QDate(meeting.start.date()))
        ui.startTimeEdit.setTime(QTime(meeting.start.time()))
        ui.endCheck.setChecked(meeting.end is not None)
        ui.endTimeEdit.setEnabled(meeting.end is not None)
        ui.endTimeEdit.setTime(QTime((meeting.end or meeting.start).time()))
        ui.placeEdit.setText(meeting.place)
        ui.chairCombo.setCurrentText(meeting.chair)
        ui.secretaryCombo.setCurrentText(meeting.secretary)
        self.sites.set_values(meeting.online_sites)
        self.guests.set_values(meeting.guests)
        ui.notesEdit.setPlainText(meeting.notes)
        self.attendance_editor.set_attendance(meeting.attendance)
        self.agenda_editor.set_items(meeting.agenda)
        if meeting.status == MeetingStatus.MINUTES_FINAL:
            ui.statusCombo.addItem(enum_label(meeting.status), str(meeting.status))
            self._lock(meeting)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(str(meeting.status))))

    def _lock(self, meeting: Meeting) -> None:
        """Finalised minutes are a record: what they state (attendance, agenda, time) is not edited here."""
        ui = self.ui
        for tab in (ui.generalTab, self.attendance_editor, self.agenda_editor):
            tab.setEnabled(False)
        ui.saveButton.setEnabled(False)
        ui.cancelButton.setText(self.tr("Đóng"))
        self._show_message(
            self.tr(
                "Biên bản cuộc họp này đã chốt (phiên bản {0}) nên không sửa được thông tin cuộc họp. "
                "Muốn sửa, mở “Ghi biên bản” và chọn “Đính chính biên bản”."
            ).format(meeting.minutes_version),
            role="note",
        )

    def collect(self) -> Meeting:
        """The meeting as typed (not yet validated), keeping the id, uuid and minutes of the edited one."""
        ui = self.ui
        day: date = ui.dateEdit.date().toPython()
        start = datetime.combine(day, ui.startTimeEdit.time().toPython().replace(second=0, microsecond=0))
        end = (
            datetime.combine(day, ui.endTimeEdit.time().toPython().replace(second=0, microsecond=0))
            if ui.endCheck.isChecked()
            else None
        )
        base = self._meeting
        meeting = Meeting(
            title=ui.titleEdit.text().strip(),
            kind=ui.kindCombo.currentText().strip(),
            start=start,
            end=end,
            place=ui.placeEdit.text().strip(),
            online_sites=self.sites.values(),
            chair=ui.chairCombo.currentText().strip(),
            secretary=ui.secretaryCombo.currentText().strip(),
            guests=self.guests.values(),
            status=MeetingStatus(ui.statusCombo.currentData()),
            attendance=self.attendance_editor.attendance(),
            agenda=self.agenda_editor.items(),
            notes=ui.notesEdit.toPlainText().strip(),
        )
        if base is not None:
            meeting.id, meeting.uuid = base.id, base.uuid
            meeting.minutes, meeting.minutes_version = base.minutes, base.minutes_version
        return meeting

    # Template ---------------------------------------------------------------------------------------
    def add_carry_over(self) -> int:
        """Offer the open directives of earlier meetings as agenda items to review; returns how many were
        added."""
        from secretary_app.gui.directives.dialogs import (
            choose_carry_over,  # the board's dialog, loaded on use
        )

        titles = choose_carry_over(self, self._ctx)
        for title in titles:
            self.agenda_editor.add_item(title)
        return len(titles)

    def _apply_template(self, *_args) -> None:
        """On a new meeting, the kind's template fills the title and agenda — unless the user already
        typed their own (then only what the template itself wrote is replaced)."""
        if not self._is_new:
            return
        template = template_for(self.ui.kindCombo.currentText())
        if template is None:
            self._offer_review()
            return
        day = self.ui.dateEdit.date()
        title = prefilled_title(template, day.month(), day.year())
        current = self.ui.titleEdit.text().strip()
        if not current or current == self._prefilled_title:
            self.ui.titleEdit.setText(title)
            self._prefilled_title = title
        agenda = prefilled_agenda(template, day.month(), day.year())
        titles = self.agenda_editor.titles()
        if not titles or titles == self._prefilled_agenda:
            self.agenda_editor.set_items(agenda)
            self._prefilled_agenda = [a.title for a in agenda]
        self._offer_review()

    def _offer_review(self) -> None:
        """The same committee's previous meeting issued conclusions: the new meeting reviews how they were
        carried out. "Tình hình thực hiện kết luận kỳ trước" goes on the agenda before the first report (the
        secretary may remove it); the notice drafted later gets its paragraph from the board
        (services/review.py)."""
        from secretary_app.domain.meeting_templates import REVIEW_TITLE, is_review_title, review_position
        from secretary_app.domain.models import AgendaItem

        titles = self.agenda_editor.titles()
        if any(is_review_title(t) for t in titles):
            return
        day = self.ui.dateEdit.date().toPython()
        kind = self.ui.kindCombo.currentText()
        before = datetime.combine(day, time.min)
        if not kind.strip() or self._ctx.meetings.previous_with_conclusions(kind, before) is None:
            return
        items = self.agenda_editor.items()
        items.insert(review_position(titles), AgendaItem(title=REVIEW_TITLE))
        self.agenda_editor.set_items(items)
        if titles == self._prefilled_agenda:  # still the template's: a later template swap replaces it all
            self._prefilled_agenda = [a.title for a in items]

    # Validation and saving --------------------------------------------------------------------------
    def _check_times(self, *_args) -> None:
        ui = self.ui
        if ui.endCheck.isChecked() and ui.endTimeEdit.time() < ui.startTimeEdit.time():
            self._show_errors([FieldError("end", "Giờ kết thúc phải sau giờ bắt đầu.")], focus=False)
        else:
            self._clear_error("end")

    def save(self) -> bool:
        if not self.ui.saveButton.isEnabled():
            return False
        meeting = self.collect()
        self._clear_errors()
        errors = validate_meeting(meeting)
        if errors:
            self._show_errors(errors)
            return False
        try:
            if meeting.id is None:
                stored = self._ctx.meetings.create(meeting)
            else:
                # Details, attendance and agenda are saved by their own operations: the minutes, which the
                # minutes editor may have autosaved since this dialog opened, are never touched from here.
                stored = self._ctx.meetings.save_details(meeting)
                self._ctx.meetings.set_attendance(meeting.id, meeting.attendance)
                self._ctx.meetings.set_agenda(meeting.id, meeting.agenda)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except RuleError as exc:
            self._show_message(exc.message)
            return False
        log.info("Meeting %s saved (%s)", stored.id, stored.title)
        self._meeting = stored
        self.saved.emit(stored)
        self.accept()
        return True

    def _show_errors(self, errors: list[FieldError], focus: bool = True) -> None:
        unplaced = []
        first: QWidget | None = None
        for error in errors:
            error_label = self._error_labels.get(error.field)
            if error_label is None:
                unplaced.append(error.message)
                continue
            error_label.setText(error.message)
            error_label.show()
            first = first or self._error_focus[error.field]
        if unplaced:
            self._show_message("\n".join(unplaced))
        if focus and first is not None:
            self.ui.tabs.setCurrentIndex(TAB_GENERAL)
            first.setFocus()

    def _show_message(self, text: str, role: str = "error") -> None:
        message = self.ui.formMessage
        message.setProperty("role", role)
        message.style().unpolish(message)
        message.style().polish(message)
        message.setText(text)
        message.show()

    def _clear_error(self, field: str) -> None:
        self._error_labels[field].hide()
        self._error_labels[field].clear()

    def _clear_errors(self) -> None:
        for name in self._error_labels:
            self._clear_error(name)
        self.ui.formMessage.hide()
