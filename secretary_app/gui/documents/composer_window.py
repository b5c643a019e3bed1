"""The notice composer window: edit a draft conclusion notice with a live preview, plan its directives, issue
it.

Opened through gui/documents/composer_windows.py (one window per document). The window works on the GUI
thread's AppContext (short writes); only the preview and printing/export render in workers.

* Every edit updates the preview after a 300 ms pause and saves the draft after :data:`AUTOSAVE_MS` (and on
  close, Ctrl+S); the services normalise to NFC.
* The "Nhiệm vụ, thời hạn" tab (gui/documents/directive_plans.py) plans the directives of the conclusion
  items;
  a deadline before the meeting date is flagged at once, with the message issuing would give.
* "Cấp số" shows the number the document will take (read-only preview) and asks; ``issue`` then takes the
  real number atomically. Errors are listed above the editor; clicking one goes to the field. An issued
  notice opens read-only with its number and the directives it created; "Tạo bản đính chính" starts a new
  version.
"""

from __future__ import annotations

import copy
import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from secretary_app.domain import models as m
from secretary_app.domain.document import SECRECY_MARKS, URGENCY_MARKS, Document, DocumentError
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.errors import NotFoundError, ReadOnlyRecordError, StorageError
from secretary_app.domain.text import vn_date_short
from secretary_app.domain.validation import FieldError, ValidationError
from secretary_app.gui.documents.directive_plans import TAB_DIRECTIVES, DirectivePlanTable
from secretary_app.gui.documents.kind_fields import KindFields
from secretary_app.gui.forms.ui_composer import Ui_ComposerWindow
from secretary_app.gui.shared import messages, printing
from secretary_app.gui.shared.geometry import fit_to_screen, remember
from secretary_app.gui.shared.i18n import enum_label
from secretary_app.gui.shared.page import make_note, make_title
from secretary_app.gui.shared.style import STYLE_SHEET
from secretary_app.gui.shared.tasks import error_message

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500
TAB_CONTENT, TAB_SIGNATURE = 0, 2  # TAB_DIRECTIVES (1) is the plan table's


class ComposerWindow(QWidget):
    saved = Signal(object)  # the StoredDocument after a save
    issued = Signal(object)  # the StoredDocument after issuing
    closed = Signal(object)  # the document id, when the window has closed (composer_windows forgets it)
    correction_requested = Signal(int)  # the id of a new correction draft, to open in its own window

    def __init__(self, ctx: AppContext, document: m.StoredDocument, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.document = document
        self.ui = Ui_ComposerWindow()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE_SHEET)
        make_title(self.ui.titleLabel)
        make_note(self.ui.stateLabel)
        make_note(self.ui.bodyHelpLabel)
        make_note(self.ui.directivesNote)
        make_note(self.ui.emptyDirectivesLabel)
        self.ui.planErrorLabel.setProperty("role", "error")
        self.ui.errorsList.setStyleSheet("QListWidget { color: #c62828; }")
        self.ui.splitter.setStretchFactor(0, 5)
        self.ui.splitter.setStretchFactor(1, 4)
        self.ui.dateEdit.setMinimumDate(QDate(1945, 1, 1))
        self.kind_fields = KindFields(self.ui, str(document.kind), document.content)  # issue 14 rows

        self._profile = ctx.organisation.get()
        self._meeting_date = ctx.issuing.meeting_date(document)
        self._loading = False
        self._dirty = False
        self.plans = DirectivePlanTable(ctx, self.ui, lambda: self.document, self)
        self.plans.plan_edited.connect(self._mark_dirty)

        self._fill_choices()
        self._connect()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self._load()
        # 1280×820 wanted; never taller than the screen (a 1366×768 laptop); the last size comes back.
        fit_to_screen(self, 1280, 820)
        # The editor side gets the room (on a 1024-px screen 60 %, so the task table stays readable); the
        # preview fits its width.
        editor = 700 if self.width() >= 1200 else self.width() * 6 // 10
        self.ui.splitter.setSizes([editor, self.width() - editor])
        remember(self, "composer", [self.ui.splitter])

    # -- setup -----------------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui = self.ui
        ui.signerCombo.addItem(self.tr("(nhập tay)"), None)
        for signer in self._profile.signers if self._profile else []:
            ui.signerCombo.addItem(f"{signer.name} — {signer.authority} {signer.position}".strip(), signer)
        ui.secrecyCombo.addItem(self.tr("(không)"), "")
        for mark in SECRECY_MARKS:
            ui.secrecyCombo.addItem(mark, mark)
        ui.urgencyCombo.addItem(self.tr("(không)"), "")
        for mark in URGENCY_MARKS:
            ui.urgencyCombo.addItem(mark, mark)

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.subjectEdit, ui.bodyEdit, ui.recipientsEdit, ui.addresseesEdit, ui.basesEdit):
            edit.textChanged.connect(self._changed)
        for line in (ui.placeEdit, ui.authorityEdit, ui.positionEdit, ui.nameEdit, ui.enactorEdit):
            line.textEdited.connect(self._changed)
        ui.dateEdit.dateChanged.connect(self._changed)
        ui.secrecyCombo.currentIndexChanged.connect(self._changed)
        ui.urgencyCombo.currentIndexChanged.connect(self._changed)
        ui.signerCombo.activated.connect(self._signer_chosen)
        ui.paragraphButton.clicked.connect(lambda: self._set_line_type("paragraph"))
        ui.headingButton.clicked.connect(lambda: self._set_line_type("heading"))
        ui.subheadingButton.clicked.connect(lambda: self._set_line_type("subheading"))
        ui.itemButton.clicked.connect(lambda: self._set_line_type("item"))
        ui.issueButton.clicked.connect(self.issue)
        ui.refreshButton.clicked.connect(self.refresh_from_minutes)
        ui.correctionButton.clicked.connect(self.create_correction)
        ui.printButton.clicked.connect(self.print_document)
        ui.exportPdfButton.clicked.connect(lambda: self.export("pdf"))
        ui.exportDocxButton.clicked.connect(lambda: self.export("docx"))
        ui.errorsList.itemActivated.connect(self._go_to_error)
        ui.errorsList.itemClicked.connect(self._go_to_error)
        for keys, slot in (
            ("Ctrl+S", self.save),
            ("Ctrl+P", self.print_document),
            ("Ctrl+Return", self.issue),
            ("Ctrl+W", self.close),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

    def _set_line_type(self, kind: str) -> None:
        self.ui.bodyEdit.set_line_type(kind)
        self.ui.bodyEdit.setFocus()

    # -- document <-> widgets --------------------------------------------------------------------------
    @property
    def is_issued(self) -> bool:
        return self.document.status == m.DocumentStatus.ISSUED

    def _load(self) -> None:
        ui, content = self.ui, self.document.content
        self._loading = True
        try:
            ui.subjectEdit.setPlainText(content.get("subject", ""))
            self.kind_fields.load(content)
            ui.placeEdit.setText(content.get("place", ""))
            when = (
                date.fromisoformat(content["date"])
                if content.get("date")
                else (self._meeting_date or date.today())
            )
            ui.dateEdit.setDate(QDate(when.year, when.month, when.day))
            ui.bodyEdit.set_blocks(list(content.get("body", [])))
            signature = content.get("signature") or {}
            ui.authorityEdit.setText(signature.get("authority", ""))
            ui.positionEdit.setText(signature.get("position", ""))
            ui.nameEdit.setText(signature.get("name", ""))
            index = next(
                (
                    i
                    for i in range(1, ui.signerCombo.count())
                    if ui.signerCombo.itemData(i).name == signature.get("name")
                ),
                0,
            )
            ui.signerCombo.setCurrentIndex(index)
            ui.recipientsEdit.setPlainText("\n".join(content.get("recipients", [])))
            marks = content.get("marks") or {}
            ui.secrecyCombo.setCurrentIndex(max(0, ui.secrecyCombo.findData(marks.get("secrecy") or "")))
            ui.urgencyCombo.setCurrentIndex(max(0, ui.urgencyCombo.findData(marks.get("urgency") or "")))
        finally:
            self._loading = False
        self._apply_state()
        self.plans.rebuild()
        ui.preview.set_content(self.document.content)
        ui.preview.render_now()

    def content(self) -> dict[str, Any]:
        """The document dict as the widgets show it now (the stored content's other keys are kept)."""
        ui = self.ui
        content = copy.deepcopy(self.document.content)
        when = ui.dateEdit.date()
        signature = {
            "authority": ui.authorityEdit.text().strip(),
            "position": ui.positionEdit.text().strip(),
            "name": ui.nameEdit.text().strip(),
        }
        content.update(
            subject=" ".join(ui.subjectEdit.toPlainText().split()),
            place=ui.placeEdit.text().strip(),
            date=date(when.year(), when.month(), when.day()).isoformat(),
            body=ui.bodyEdit.blocks(),
            signature={k: v for k, v in signature.items() if v or k == "name"},
            recipients=[
                line.strip() for line in ui.recipientsEdit.toPlainText().splitlines() if line.strip()
            ],
            marks={
                "secrecy": ui.secrecyCombo.currentData() or None,
                "urgency": ui.urgencyCombo.currentData() or None,
            },
        )
        self.kind_fields.apply(content)
        return content

    def _changed(self, *_args: Any) -> None:
        if self._loading or self.is_issued:
            return
        self.document.content = self.content()
        self.ui.preview.set_content(self.document.content)
        self._mark_dirty()
        self.plans.rebuild()

    def take_content(self, content: dict[str, Any]) -> None:
        """Show ``content`` (the draft refreshed from the minutes) and save it like an edit."""
        self.document.content = content
        self._loading = True
        try:
            self.ui.bodyEdit.set_blocks(list(content.get("body", [])))
        finally:
            self._loading = False
        self._changed()
        self._apply_state()  # the "minutes changed" note goes

    def refresh_from_minutes(self) -> bool:
        """ "Cập nhật từ biên bản…": the minutes' changes since this draft, shown and applied as chosen."""
        from secretary_app.gui.documents.minutes_refresh import refresh_from_minutes

        return refresh_from_minutes(self)

    def _mark_dirty(self) -> None:
        self._dirty = True
        self.setWindowModified(True)
        self._autosave.start()

    def _signer_chosen(self, index: int) -> None:
        signer = self.ui.signerCombo.itemData(index)
        if signer is None:
            self.ui.authorityEdit.setFocus()
            return
        self.ui.authorityEdit.setText(signer.authority)
        self.ui.positionEdit.setText(signer.position)
        self.ui.nameEdit.setText(signer.name)
        self._changed()

    def _apply_state(self) -> None:
        """Editable draft or read-only issued document: widgets, buttons, title and state line."""
        ui, issued = self.ui, self.is_issued
        for edit in (ui.subjectEdit, ui.bodyEdit, ui.recipientsEdit):
            edit.setReadOnly(issued)
        for line in (ui.placeEdit, ui.authorityEdit, ui.positionEdit, ui.nameEdit):
            line.setReadOnly(issued)
        ui.dateEdit.setReadOnly(issued)
        self.kind_fields.set_read_only(issued)
        for widget in (
            ui.signerCombo,
            ui.secrecyCombo,
            ui.urgencyCombo,
            ui.paragraphButton,
            ui.headingButton,
            ui.subheadingButton,
            ui.itemButton,
        ):
            widget.setEnabled(not issued)
        ui.issueButton.setVisible(not issued)
        from secretary_app.gui.documents.minutes_refresh import can_refresh, pending_changes

        ui.refreshButton.setVisible(can_refresh(self))
        ui.correctionButton.setVisible(issued)
        ui.bodyHelpLabel.setVisible(not issued)
        ui.errorsList.setVisible(ui.errorsList.count() > 0)
        kind = enum_label(self.document.kind)
        if issued:
            state = self.tr(
                "Đã ban hành: Số {0}, ngày {1}. Văn bản đã ban hành không sửa được; muốn sửa, "
                "hãy tạo bản đính chính."
            ).format(self.symbol(), vn_date_short(self.document.doc_date))
            title = self.tr("{0} số {1}").format(kind, self.symbol())
            ui.stateLabel.setProperty("role", "success")
        else:
            state = self.tr("Dự thảo — tự động lưu khi bạn gõ.")
            if self.document.version > 1:
                state = self.tr("Bản đính chính (phiên bản {0}) — dự thảo, tự động lưu.").format(
                    self.document.version
                )
            title = self.tr("Soạn {0}").format(kind.lower())
            if pending_changes(self):
                state += " " + self.tr(
                    "Biên bản đã thay đổi sau khi soạn dự thảo: bấm “Cập nhật từ biên bản…”."
                )
            ui.stateLabel.setProperty("role", "note")
        ui.stateLabel.setText(state)
        ui.stateLabel.style().unpolish(ui.stateLabel)
        ui.stateLabel.style().polish(ui.stateLabel)
        ui.titleLabel.setText(title)
        subject = self.document.subject or self.tr("(chưa có trích yếu)")
        self.setWindowTitle(f"{title} — {subject[:80]}[*]")
        ui.directivesNote.setText(
            self.tr("Các nhiệm vụ đã được đưa vào theo dõi khi ban hành văn bản này.")
            if issued
            else self.tr(
                "Mỗi nhiệm vụ “- …” trong phần kết luận sẽ được theo dõi sau khi ban hành. Chọn đơn vị "
                "chủ trì, đơn vị phối hợp và thời hạn: một ngày (31/12/2021), một mốc bằng chữ "
                "(Quý IV/2021) hoặc đánh dấu “Thường xuyên”."
            )
        )

    def symbol(self, number: int | None = None) -> str:
        """ "240-TB/ĐU": the document's symbol, or the one it would print with ``number``."""
        return self.ctx.issuing.symbol(self.document, number)

    # -- saving and issuing ----------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def discard_changes(self) -> None:
        """Forget unsaved edits (the secretary chose "Không lưu" when leaving the database)."""
        self._autosave.stop()
        self._dirty = False
        self.setWindowModified(False)

    def save(self) -> bool:
        """Save the draft now; False (with the reason shown) if it could not be saved."""
        self._autosave.stop()
        if not self._dirty or self.is_issued:
            return True
        self.document.content = self.content()
        try:
            self.document = self.ctx.issuing.save_draft(self.document)
        except (ValidationError, ReadOnlyRecordError, StorageError, NotFoundError) as exc:
            messages.error(self, self.tr("Chưa lưu được dự thảo"), error_message(exc))
            return False
        self._dirty = False
        self.setWindowModified(False)
        self.ui.stateLabel.setText(
            self.tr("Dự thảo — đã lưu lúc {0}.").format(QTime.currentTime().toString("HH:mm:ss"))
        )
        self.saved.emit(self.document)
        return True

    def issue(self) -> bool:
        """ "Cấp số": confirm with the number it will take, then issue. True if issued."""
        if self.is_issued or not self.save():
            return False
        plan_errors = self.plans.check()
        if plan_errors:  # known before asking: no confirmation for a document that cannot be issued
            self.show_errors(plan_errors)
            return False
        self.show_errors([])
        try:
            preview = self.ctx.issuing.next_number(self.document)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        symbol = self.symbol(preview)
        when = (
            vn_date_short(self.document.doc_date) if self.document.doc_date else vn_date_short(date.today())
        )
        choice = messages.choose(
            self,
            self.tr("Cấp số văn bản"),
            self.tr(
                "Văn bản sẽ được cấp Số {0}, ngày {1}.\n\nSau khi cấp số, văn bản không sửa được nữa; "
                "muốn sửa phải tạo bản đính chính. Cấp số ngay?"
            ).format(symbol, when),
            [self.tr("Cấp số {0}").format(symbol), self.tr("Hủy")],
            escape=1,
        )
        if choice != 0:
            return False
        try:
            issued = self.ctx.issuing.issue(self.document.id)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except (ReadOnlyRecordError, StorageError) as exc:
            messages.error(self, self.tr("Không cấp số được"), exc.message)
            self.document = self.ctx.documents.get(self.document.id)
            self._apply_state()
            return False
        self.document = issued
        if issued.number != preview:
            messages.inform(
                self,
                self.tr("Số đã thay đổi"),
                self.tr(
                    "Trong lúc chờ, Số {0} đã được cấp cho một văn bản khác. Văn bản này nhận Số {1}."
                ).format(symbol, self.symbol()),
            )
        self._dirty = False
        self.setWindowModified(False)
        self._apply_state()
        self.plans.rebuild()
        self.ui.preview.set_content(self.document.content)
        self.ui.preview.render_now()
        self.issued.emit(issued)
        return True

    def show_errors(self, errors: list[FieldError]) -> None:
        """List the errors above the editor; each one leads to its field."""
        errors_list = self.ui.errorsList
        errors_list.clear()
        for error in errors:
            item = QListWidgetItem(error.message)
            item.setData(Qt.ItemDataRole.UserRole, error.field)
            errors_list.addItem(item)
        errors_list.setVisible(bool(errors))
        if errors:
            self._go_to_field(errors[0].field)

    def _go_to_error(self, item: QListWidgetItem) -> None:
        self._go_to_field(item.data(Qt.ItemDataRole.UserRole))

    def _go_to_field(self, key: str) -> None:
        ui = self.ui
        if key.startswith("directives["):
            ref = key[len("directives[") : -1]
            ui.tabs.setCurrentIndex(TAB_DIRECTIVES)
            self.plans.focus_item(ref)
            return
        targets = {
            "subject": (TAB_CONTENT, ui.subjectEdit),
            "place": (TAB_CONTENT, ui.placeEdit),
            "date": (TAB_CONTENT, ui.dateEdit),
            "body": (TAB_CONTENT, ui.bodyEdit),
            "title": (TAB_CONTENT, ui.subjectEdit),
            "signature.authority": (TAB_SIGNATURE, ui.authorityEdit),
            "signature.position": (TAB_SIGNATURE, ui.positionEdit),
            "signature.name": (TAB_SIGNATURE, ui.nameEdit),
            "signature": (TAB_SIGNATURE, ui.nameEdit),
            "recipients": (TAB_SIGNATURE, ui.recipientsEdit),
            "marks": (TAB_SIGNATURE, ui.secrecyCombo),
        }
        base = key.split("[", 1)[0]
        tab, widget = targets.get(key) or targets.get(base) or targets.get(key.split(".", 1)[0], (None, None))
        if widget is not None:
            ui.tabs.setCurrentIndex(tab)
            widget.setFocus()

    def create_correction(self) -> None:
        """ "Tạo bản đính chính": a new draft version of this issued document, opened in its own window."""
        try:
            correction = self.ctx.issuing.new_version(self.document.id)
        except (ReadOnlyRecordError, StorageError, NotFoundError) as exc:
            messages.error(self, self.tr("Không tạo được bản đính chính"), getattr(exc, "message", str(exc)))
            return
        self.correction_requested.emit(correction.id)

    # -- output ----------------------------------------------------------------------------------------
    def _file_name(self) -> str:
        if self.is_issued:
            return self.symbol()
        return self.tr("Du-thao-{0}").format(self.document.type_code)

    def print_document(self) -> None:
        doc = self._output_document()
        if doc is not None:
            printing.print_document(self, doc)

    def export(self, fmt: str) -> None:
        doc = self._output_document()
        if doc is not None:
            printing.export_document(self, doc, self._file_name(), fmt)

    def _output_document(self) -> Document | None:
        """The typed document to print: the issued one as stored, or the draft as the widgets show it. A draft
        that is not complete enough to print is refused here, its problem listed and its field shown."""
        try:
            return document_from_dict(self.document.content if self.is_issued else self.content())
        except DocumentError as exc:
            self.show_errors([FieldError(exc.key, exc.message)])
            return None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self.is_issued and not self.save():
            choice = messages.choose(
                self,
                self.tr("Chưa lưu được"),
                self.tr("Dự thảo chưa lưu được. Đóng cửa sổ và bỏ các thay đổi chưa lưu?"),
                [self.tr("Đóng, bỏ thay đổi"), self.tr("Ở lại")],
                escape=1,
            )
            if choice != 0:
                event.ignore()
                return
        event.accept()
        self.closed.emit(self.document.id)
