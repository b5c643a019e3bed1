"""Vào sổ văn bản đến / Sửa: the register's fields, prefilled from what the chosen file says.

Picking a file reads it on a worker thread (services/incoming.py ``read_proposal``: no database there) and
fills the fields still empty; the secretary corrects them. Save registers the document with its file in one
step (a refused file leaves nothing behind and the dialog open with the reason). The tasks the file proposed
are kept for the confirm step the page opens next. Closing over typed changes asks "Bỏ các thay đổi?".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from secretary_app.domain.errors import RuleError, StorageError
from secretary_app.domain.incoming import INCOMING_TYPES, SECRECY_MARKS, URGENCY_MARKS, IncomingDocument
from secretary_app.domain.text import DateParseError, parse_vn_date, vn_date_short
from secretary_app.domain.validation import ValidationError
from secretary_app.gui.forms.ui_incoming_dialog import Ui_IncomingDialog
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.dates import pydate, qdate
from secretary_app.gui.shared.discard import GuardedDialog
from secretary_app.gui.shared.tasks import run_task
from secretary_app.services.incoming import Proposal, TaskDraft, read_proposal

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext


class IncomingDialog(GuardedDialog):
    """Register a received document (``existing`` None) or edit the register's fields of one."""

    def __init__(
        self, ctx: AppContext, existing: IncomingDocument | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_IncomingDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._existing = existing
        self.saved: IncomingDocument | None = None
        self.proposed_tasks: list[TaskDraft] = []
        self._path: Path | None = None
        self._reading = None
        self.ui.typeCombo.addItems(["", *INCOMING_TYPES])
        self.ui.urgencyCombo.addItems([m or self.tr("(không)") for m in URGENCY_MARKS])
        self.ui.secrecyCombo.addItems([m or self.tr("(không)") for m in SECRECY_MARKS])
        self.ui.handlerCombo.addItems(["", *(u.name for u in ctx.units.list_units(active_only=True))])
        self.ui.browseButton.clicked.connect(self.choose_file)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Vào sổ") if existing is None else self.tr("Lưu")
        )
        self.ui.receivedEdit.setDate(qdate(date.today()))
        if existing is not None:
            self.setWindowTitle(self.tr("Văn bản đến số {0}/{1}").format(existing.number, existing.year))
            self._show(existing)
            self.ui.fileLabel.setVisible(False)
            self.ui.fileEdit.setVisible(False)
            self.ui.browseButton.setVisible(False)
        self.mark_clean()

    # -- fields ----------------------------------------------------------------------------------------
    def _show(self, doc: IncomingDocument, only_empty: bool = False) -> None:
        def put_text(edit, value: str) -> None:
            if value and not (only_empty and edit.text().strip()):
                edit.setText(value)

        def put_combo(combo, value: str) -> None:
            if value and not (only_empty and combo.currentText().strip()):
                combo.setCurrentText(value)

        if not only_empty:
            self.ui.receivedEdit.setDate(qdate(doc.received_on))
        put_text(self.ui.senderEdit, doc.sender)
        put_text(self.ui.symbolEdit, doc.symbol)
        put_text(self.ui.docDateEdit, vn_date_short(doc.doc_date) if doc.doc_date else "")
        put_combo(self.ui.typeCombo, doc.type_name)
        if doc.summary and not (only_empty and self.ui.summaryEdit.toPlainText().strip()):
            self.ui.summaryEdit.setPlainText(doc.summary)
        if not only_empty:
            self.ui.urgencyCombo.setCurrentIndex(max(0, URGENCY_MARKS.index(doc.urgency)))
            self.ui.secrecyCombo.setCurrentIndex(max(0, SECRECY_MARKS.index(doc.secrecy)))
            put_text(
                self.ui.deadlineEdit, vn_date_short(doc.handling_deadline) if doc.handling_deadline else ""
            )
            put_combo(self.ui.handlerCombo, doc.handler)
            put_text(self.ui.notesEdit, doc.notes)

    def _optional_date(self, text: str, label: str) -> date | None:
        if not text.strip():
            return None
        try:
            return parse_vn_date(text)
        except DateParseError as exc:
            raise ValueError(f"{label}: {exc.message}") from None

    def _document(self) -> IncomingDocument:
        doc = self._existing or IncomingDocument(received_on=date.today(), sender="", summary="")
        doc.received_on = pydate(self.ui.receivedEdit.date())
        doc.sender = self.ui.senderEdit.text()
        doc.symbol = self.ui.symbolEdit.text()
        doc.doc_date = self._optional_date(self.ui.docDateEdit.text(), self.tr("Ngày của văn bản"))
        doc.type_name = self.ui.typeCombo.currentText()
        doc.summary = " ".join(self.ui.summaryEdit.toPlainText().split())
        doc.urgency = URGENCY_MARKS[self.ui.urgencyCombo.currentIndex()]
        doc.secrecy = SECRECY_MARKS[self.ui.secrecyCombo.currentIndex()]
        doc.handling_deadline = self._optional_date(self.ui.deadlineEdit.text(), self.tr("Hạn giải quyết"))
        doc.handler = self.ui.handlerCombo.currentText()
        doc.notes = self.ui.notesEdit.text()
        return doc

    # -- the file --------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self._path.parent) if self._path else str(Path.home())
        file_filter = self.tr("Văn bản (*.pdf *.docx *.png *.jpg *.jpeg *.tif *.tiff);;Tất cả các tệp (*)")
        path = messages.open_file(self, self.tr("Chọn văn bản đến"), start, file_filter)
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Take ``path`` as the document's file and read it (on a worker thread) to fill the fields."""
        self._path = Path(path)
        self.ui.fileEdit.setText(str(self._path))
        self.ui.readLabel.setText(self.tr("Đang đọc văn bản…"))
        units = self._ctx.units.list_units(active_only=True)  # read here: the worker has no database
        received = pydate(self.ui.receivedEdit.date())
        self._reading = run_task(
            lambda _control: read_proposal(self._path, units, received),
            on_result=self._take_proposal,
            on_error=lambda exc: self.ui.readLabel.setText(str(getattr(exc, "message", exc))),
            parent=self,
            name="incoming-read",
        )

    def _take_proposal(self, proposal: Proposal) -> None:
        self._show(proposal.document, only_empty=True)
        self.proposed_tasks = proposal.tasks
        found = self.tr("Đã đọc từ văn bản: {0} nhiệm vụ được đề xuất.").format(len(proposal.tasks))
        self.ui.readLabel.setText(proposal.note or found)

    # -- saving ----------------------------------------------------------------------------------------
    def save(self) -> None:
        self.ui.errorLabel.setText("")
        try:
            doc = self._document()
            if self._existing is None:
                if self._path is None:
                    raise ValueError(self.tr("Chưa chọn tệp văn bản đến (bản PDF, Word hoặc ảnh quét)."))
                self.saved = self._ctx.incoming.register(doc, [self._path])
            else:
                self.saved = self._ctx.incoming.update(doc)
        except ValueError as exc:  # ValidationError is a ValueError too
            message = (
                "\n".join(e.message for e in exc.errors) if isinstance(exc, ValidationError) else str(exc)
            )
            self.ui.errorLabel.setText(message)
            return
        except (RuleError, StorageError) as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.accept()
