"""Cài đặt: the organisation profile (the committee this database belongs to), edited end to end."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QWidget

from secretary_app.domain.changes import Change
from secretary_app.domain.models import OrganisationProfile, Signer, Standard
from secretary_app.domain.validation import ValidationError
from secretary_app.gui.forms.ui_profile_page import Ui_ProfilePage
from secretary_app.gui.shared.discard import confirm_discard
from secretary_app.gui.shared.i18n import enum_label
from secretary_app.gui.shared.page import Page, make_note, make_title
from secretary_app.gui.shared.table_editing import commit_open_editor

log = logging.getLogger(__name__)

SIGNER_AUTHORITY, SIGNER_POSITION, SIGNER_NAME = range(3)


class ProfilePage(Page):
    shows = frozenset({Change.ORGANISATION})
    saved = Signal(object)  # the OrganisationProfile as stored
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ProfilePage()
        self.ui.setupUi(self)
        ui = self.ui
        make_title(ui.titleLabel)
        make_note(ui.introLabel)
        make_note(ui.signersHint)
        self._profile: OrganisationProfile | None = None
        self._dirty = False
        self._loading = False
        self._signer_rows: list[int] = []

        for standard in Standard:
            ui.standardCombo.addItem(enum_label(standard), standard)
        ui.termStartEdit.setDate(QDate.currentDate())
        ui.termStartEdit.setEnabled(False)
        header = ui.signersTable.horizontalHeader()
        header.resizeSection(SIGNER_AUTHORITY, 170)
        header.resizeSection(SIGNER_POSITION, 190)

        # Field name (as in OrganisationProfile / FieldError.field) -> the label beside that field.
        self._error_labels: dict[str, QLabel] = {
            "issuing_body": ui.issuingBodyError,
            "parent_body": ui.parentBodyError,
            "code": ui.codeError,
            "place": ui.placeError,
            "standard": ui.standardError,
            "term_start": ui.termStartError,
            "term_label": ui.termLabelError,
            "office_name": ui.officeNameError,
            "default_recipients": ui.recipientsError,
            "signers": ui.signersError,
        }
        self._error_focus = {
            "issuing_body": ui.issuingBodyEdit,
            "parent_body": ui.parentBodyEdit,
            "code": ui.codeEdit,
            "place": ui.placeEdit,
            "standard": ui.standardCombo,
            "term_start": ui.termStartEdit,
            "term_label": ui.termLabelEdit,
            "office_name": ui.officeNameEdit,
            "default_recipients": ui.recipientsEdit,
            "signers": ui.signersTable,
        }
        for error_label in self._error_labels.values():
            error_label.setProperty("role", "error")
        self._clear_errors()

        for edit in (
            ui.issuingBodyEdit,
            ui.parentBodyEdit,
            ui.codeEdit,
            ui.placeEdit,
            ui.termLabelEdit,
            ui.officeNameEdit,
        ):
            edit.textEdited.connect(self._mark_dirty)
        ui.recipientsEdit.textChanged.connect(self._mark_dirty)
        ui.standardCombo.currentIndexChanged.connect(self._mark_dirty)
        ui.termStartEdit.dateChanged.connect(self._mark_dirty)
        ui.termStartCheck.toggled.connect(ui.termStartEdit.setEnabled)
        ui.termStartCheck.toggled.connect(self._mark_dirty)
        ui.signersTable.itemChanged.connect(self._mark_dirty)
        ui.addSignerButton.clicked.connect(self.add_signer_row)
        ui.removeSignerButton.clicked.connect(self.remove_signer_row)
        ui.signersTable.itemSelectionChanged.connect(self._update_buttons)
        ui.saveButton.clicked.connect(self.save_changes)
        # A QShortcut, not the button's shortcut property (QAbstractButton.setText, called by
        # retranslateUi, replaces that with the text's mnemonic). Parented to the page, it only fires
        # while this page is the visible one.
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save_changes)
        ui.revertButton.clicked.connect(self.revert)
        self._update_buttons()

    # Page ---------------------------------------------------------------------------------------------
    def set_context(self, ctx) -> None:
        super().set_context(ctx)
        self._set_dirty(False)  # edits belonged to the previous database
        self.refresh()

    def refresh(self) -> None:
        # Unsaved typing survives a visit to another page; "Hoàn tác" is the way to drop it.
        if self._dirty:
            return
        self._profile = self.ctx.organisation.get() if self.ctx is not None else None
        self._show_profile(self._profile)
        self.ui.statusLabel.setText("")

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def discard_changes(self) -> None:
        self._set_dirty(False)
        self.refresh()

    def revert(self) -> None:
        """ "Hoàn tác": drop what was typed since the last save, after asking (it cannot be undone)."""
        if self._dirty and not confirm_discard(self):
            return
        self.discard_changes()

    def save_changes(self) -> bool:
        if self.ctx is None:
            return False
        self._commit_open_editor()
        self._clear_errors()
        try:
            stored = self.ctx.organisation.save(self.collect())
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        log.info("Organisation profile saved (%s)", stored.issuing_body)
        self._profile = stored
        self._set_dirty(False)
        self._show_profile(stored)
        self._set_status("success", self.tr("✓ Đã lưu lúc {0}.").format(datetime.now().strftime("%H:%M:%S")))
        self.saved.emit(stored)
        return True

    def _commit_open_editor(self) -> None:
        commit_open_editor(self.ui.signersTable)

    # Widgets <-> profile -----------------------------------------------------------------------------
    def collect(self) -> OrganisationProfile:
        """The profile as currently typed (not yet validated)."""
        ui = self.ui
        base = self._profile
        recipients = [line.strip() for line in ui.recipientsEdit.toPlainText().splitlines() if line.strip()]
        term_start: date | None = (
            ui.termStartEdit.date().toPython() if ui.termStartCheck.isChecked() else None
        )
        return OrganisationProfile(
            issuing_body=ui.issuingBodyEdit.text().strip(),
            code=ui.codeEdit.text().strip(),
            place=ui.placeEdit.text().strip(),
            parent_body=ui.parentBodyEdit.text().strip(),
            standard=Standard(ui.standardCombo.currentData()),
            term_start=term_start,
            term_label=ui.termLabelEdit.text().strip(),
            office_name=ui.officeNameEdit.text().strip(),
            default_recipients=recipients,
            signers=self._collect_signers(),
            id=base.id if base else None,
            uuid=base.uuid if base else "",
        )

    def _collect_signers(self) -> list[Signer]:
        table = self.ui.signersTable
        signers = []
        self._signer_rows = []  # table row of each collected signer, to point at the row in error
        for row in range(table.rowCount()):
            cells = [
                (table.item(row, col).text().strip() if table.item(row, col) else "") for col in range(3)
            ]
            if any(cells):  # a row added and left empty is not a signer
                signers.append(
                    Signer(
                        name=cells[SIGNER_NAME],
                        position=cells[SIGNER_POSITION],
                        authority=cells[SIGNER_AUTHORITY],
                    )
                )
                self._signer_rows.append(row)
        return signers

    def _show_profile(self, profile: OrganisationProfile | None) -> None:
        ui = self.ui
        self._loading = True
        try:
            p = profile or OrganisationProfile(issuing_body="", code="", place="")
            ui.issuingBodyEdit.setText(p.issuing_body)
            ui.parentBodyEdit.setText(p.parent_body)
            ui.codeEdit.setText(p.code)
            ui.placeEdit.setText(p.place)
            ui.standardCombo.setCurrentIndex(max(0, ui.standardCombo.findData(p.standard)))
            ui.termStartCheck.setChecked(p.term_start is not None)
            ui.termStartEdit.setEnabled(p.term_start is not None)
            ui.termStartEdit.setDate(QDate(p.term_start) if p.term_start else QDate.currentDate())
            ui.termLabelEdit.setText(p.term_label)
            ui.officeNameEdit.setText(p.office_name)
            ui.recipientsEdit.setPlainText("\n".join(p.default_recipients))
            ui.signersTable.setRowCount(0)
            for signer in p.signers:
                self._append_signer(signer.authority, signer.position, signer.name)
        finally:
            self._loading = False
        self._clear_errors()
        self._update_buttons()

    def _append_signer(self, authority: str, position: str, name: str) -> int:
        table = self.ui.signersTable
        row = table.rowCount()
        table.insertRow(row)
        for col, text in ((SIGNER_AUTHORITY, authority), (SIGNER_POSITION, position), (SIGNER_NAME, name)):
            table.setItem(row, col, QTableWidgetItem(text))
        return row

    def add_signer_row(self) -> None:
        row = self._append_signer("", "", "")
        table = self.ui.signersTable
        table.setCurrentCell(row, SIGNER_AUTHORITY)
        table.editItem(table.item(row, SIGNER_AUTHORITY))
        self._mark_dirty()

    def remove_signer_row(self) -> None:
        table = self.ui.signersTable
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._mark_dirty()

    # State and messages ------------------------------------------------------------------------------
    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)
            self._set_status("note", self.tr("Có thay đổi chưa lưu."))

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.revertButton.setEnabled(self._dirty)
        self.ui.saveButton.setEnabled(self.ctx is not None)
        self.ui.removeSignerButton.setEnabled(self.ui.signersTable.currentRow() >= 0)

    def _set_status(self, role: str, text: str) -> None:
        status = self.ui.statusLabel
        status.setProperty("role", role)
        status.style().unpolish(status)
        status.style().polish(status)
        status.setText(text)

    def _clear_errors(self) -> None:
        for error_label in self._error_labels.values():
            error_label.clear()
            error_label.hide()

    def _show_errors(self, exc: ValidationError) -> None:
        unplaced: list[str] = []
        for err in exc.errors:
            # Row errors ("signers[1]") belong to the table's label; the rest to their own field.
            name, _, index = err.field.partition("[")
            error_label = self._error_labels.get(name)
            if error_label is None:
                unplaced.append(err.message)
                continue
            error_label.setText(f"{error_label.text()}\n{err.message}" if error_label.text() else err.message)
            error_label.show()
            if name == "signers" and index.rstrip("]").isdigit():
                self._select_signer(int(index.rstrip("]")))
        # Focus the topmost field in error (dict order is form order), so the user starts at the top.
        first = next((n for n, lbl in self._error_labels.items() if lbl.isVisibleTo(self)), None)
        if first is not None:
            widget = self._error_focus[first]
            widget.setFocus()
            self.ui.scrollArea.ensureWidgetVisible(widget)
        summary = self.tr("Chưa lưu: hãy sửa các mục được đánh dấu đỏ.")
        self._set_status("error", "\n".join([summary, *unplaced]))

    def _select_signer(self, index: int) -> None:
        """Select the table row of the ``index``-th collected signer (empty rows are not collected)."""
        if 0 <= index < len(self._signer_rows):
            self.ui.signersTable.selectRow(self._signer_rows[index])
