"""The Văn bản page: every document (drafts and issued) and the outgoing register (sổ văn bản đi).

Enter or a double click opens a document in the composer (read-only when issued). The register lists the
issued documents of a year in issuing order and prints as a document of kind "report" whose body is one
table — through the same rendering, preview, print and export as every other document.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget

from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.document import Document
from secretary_app.domain.errors import RuleError
from secretary_app.domain.numbering import symbol_of
from secretary_app.domain.text import vn_date_short
from secretary_app.gui.documents.kind_drafts import add_template_entries
from secretary_app.gui.documents.models import TextFilterModel
from secretary_app.gui.forms.ui_documents_page import Ui_DocumentsPage
from secretary_app.gui.shared import messages, printing
from secretary_app.gui.shared.i18n import enum_label
from secretary_app.gui.shared.page import Page, make_note, make_title
from secretary_app.gui.shared.table_model import Column, RecordTableModel
from secretary_app.services.register import register_document

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

CENTER = Qt.AlignmentFlag.AlignCenter
ALL_YEARS = 0
RECENT_MEETINGS = (
    15  # the compose menu lists the latest meetings; older ones are reached from the meetings page
)
MAX_FITTED_WIDTH = 150


class DocumentsPage(Page):
    shows = frozenset({Change.DOCUMENTS, Change.ORGANISATION})

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DocumentsPage()
        self.ui.setupUi(self)
        make_title(self.ui.titleLabel)
        for label in (self.ui.noteLabel, self.ui.countLabel, self.ui.registerCountLabel, self.ui.emptyLabel):
            make_note(label)
        self._code = ""
        self._profile: m.OrganisationProfile | None = None
        self._register_documents: list[m.StoredDocument] = []

        self.model = RecordTableModel(self._document_columns(), self)
        self.proxy = TextFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.ui.documentsView.setModel(self.proxy)
        self.register_model = RecordTableModel(self._register_columns(), self)
        self.ui.registerView.setModel(self.register_model)
        for view, model in ((self.ui.documentsView, self.model), (self.ui.registerView, self.register_model)):
            self._setup_view(view, model)

        self.ui.documentsView.activated.connect(self._open_index)  # Enter and double click
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.deleteDraftButton.clicked.connect(self.delete_selected_draft)
        from secretary_app.gui.incoming.signed_scan import SignedScans

        self.signed_scans = SignedScans(self)  # bản có chữ ký, đóng dấu (issue 15)
        self.ui.documentsView.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.ui.filterEdit.textChanged.connect(self._filter)
        self._compose_menu = QMenu(self)
        self._compose_menu.aboutToShow.connect(self._fill_compose_menu)
        self.ui.composeButton.setMenu(self._compose_menu)
        self.ui.yearCombo.currentIndexChanged.connect(self._show_register)
        self.ui.previewButton.toggled.connect(self._toggle_preview)
        self.ui.printButton.clicked.connect(self.print_register)
        self.ui.exportPdfButton.clicked.connect(lambda: self.export_register("pdf"))
        self.ui.exportDocxButton.clicked.connect(lambda: self.export_register("docx"))
        self.ui.registerView.activated.connect(self._open_register_index)
        self.ui.registerView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.ui.registerView.customContextMenuRequested.connect(self._register_menu)
        self.ui.registerPreview.setVisible(False)
        self.ui.registerSplitter.setStretchFactor(0, 3)
        self.ui.registerSplitter.setStretchFactor(1, 2)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(lambda: self.ui.filterEdit.setFocus())

    @staticmethod
    def _setup_view(view: QTableView, model: RecordTableModel) -> None:
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(model.columns):
            mode = QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(i, mode)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    @staticmethod
    def _fit_columns(view: QTableView, model: RecordTableModel) -> None:
        """Fit the short columns to their contents, capped, so the subject always keeps most of the width
        (fitting them live squeezed it to a sliver beside the register's preview)."""
        for i, column in enumerate(model.columns):
            if not column.stretch:
                view.resizeColumnToContents(i)
                view.setColumnWidth(i, min(view.columnWidth(i), MAX_FITTED_WIDTH))

    # -- columns ---------------------------------------------------------------------------------------
    def _number(self, d: m.StoredDocument) -> str:
        return symbol_of(d, self._code) if d.number is not None else self.tr("(chưa cấp số)")

    def _date(self, d: m.StoredDocument) -> str:
        return vn_date_short(d.doc_date) if d.doc_date else ""

    def _status(self, d: m.StoredDocument) -> str:
        text = enum_label(d.status)
        return self.tr("{0} (phiên bản {1})").format(text, d.version) if d.version > 1 else text

    def _document_columns(self) -> list[Column]:
        return [
            Column(self.tr("Số, ký hiệu"), self._number),
            Column(self.tr("Ngày"), self._date, align=CENTER),
            Column(self.tr("Loại"), lambda d: enum_label(d.kind)),
            Column(self.tr("Trích yếu"), lambda d: d.subject, stretch=True),
            Column(self.tr("Người ký"), lambda d: d.signer_name),
            Column(self.tr("Trạng thái"), self._status),
            Column(self.tr("Bản ký"), lambda d: self.signed_scans.label(d), align=CENTER),
        ]

    def _register_columns(self) -> list[Column]:
        return [
            Column(self.tr("Số, ký hiệu"), self._number),
            Column(self.tr("Ngày"), self._date, align=CENTER),
            Column(self.tr("Loại"), lambda d: enum_label(d.kind)),
            Column(self.tr("Trích yếu"), lambda d: d.subject, stretch=True),
            Column(self.tr("Người ký"), lambda d: d.signer_name),
        ]

    # -- loading ---------------------------------------------------------------------------------------
    # Open composer windows belong to the database: the main window's leave/close checks reach them here.
    def _composers(self):
        from secretary_app.gui.documents.composer_windows import open_windows

        return open_windows(self.ctx) if self.ctx is not None else []

    def has_unsaved_changes(self) -> bool:
        return any(w.has_unsaved_changes() for w in self._composers())

    def save_changes(self) -> bool:
        return all(w.save() for w in self._composers())

    def discard_changes(self) -> None:
        for window in self._composers():
            window.discard_changes()

    def set_context(self, ctx: AppContext | None) -> None:
        for window in self._composers():  # their connection is about to be closed
            window.close()
        super().set_context(ctx)
        self.ui.yearCombo.blockSignals(True)
        self.ui.yearCombo.clear()  # years of the previous database mean nothing here
        self.ui.yearCombo.blockSignals(False)

    def refresh(self) -> None:
        if self.ctx is None:
            self.model.set_records([])
            self.register_model.set_records([])
            return
        self._profile = self.ctx.organisation.get()
        self._code = self._profile.code if self._profile else ""
        documents = self.ctx.documents.list_documents()
        self.signed_scans.reload()
        self.model.set_records(documents)
        self._fit_columns(self.ui.documentsView, self.model)
        self._update_list_state()
        self._fill_years([d for d in documents if d.status == m.DocumentStatus.ISSUED])
        self._show_register()

    def _update_buttons(self) -> None:
        document = self.selected_document()
        self.ui.deleteDraftButton.setEnabled(
            document is not None and document.status == m.DocumentStatus.DRAFT and self.ctx is not None
        )
        self.signed_scans.update(document)

    def _update_list_state(self) -> None:
        self._update_buttons()
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.documentsView.setVisible(total > 0)
        self.ui.emptyLabel.setVisible(total == 0)
        self.ui.countLabel.setText(
            self.tr("Tổng số: {0}").format(total)
            if shown == total
            else self.tr("{0}/{1} văn bản").format(shown, total)
        )

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_list_state()

    def _fill_years(self, issued: list[m.StoredDocument]) -> None:
        combo = self.ui.yearCombo
        current = combo.currentData()
        years = sorted({d.doc_date.year for d in issued if d.doc_date} | {date.today().year}, reverse=True)
        combo.blockSignals(True)
        combo.clear()
        for year in years:
            combo.addItem(str(year), year)
        combo.addItem(self.tr("Tất cả các năm"), ALL_YEARS)
        latest_with_documents = max(
            (d.doc_date.year for d in issued if d.doc_date), default=date.today().year
        )
        index = combo.findData(current if current is not None else latest_with_documents)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def selected_year(self) -> int | None:
        return self.ui.yearCombo.currentData() or None

    def _show_register(self, *_args: Any) -> None:
        if self.ctx is None:
            return
        documents = self.ctx.issuing.register(self.selected_year())
        self._register_documents = documents
        self.register_model.set_records(documents)
        self._fit_columns(self.ui.registerView, self.register_model)
        self.ui.registerCountLabel.setText(self.tr("{0} văn bản").format(len(documents)))
        if self.ui.previewButton.isChecked():
            self._update_preview()

    # -- opening ---------------------------------------------------------------------------------------
    def selected_document(self) -> m.StoredDocument | None:
        index = self.ui.documentsView.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def delete_selected_draft(self) -> bool:
        """Move the selected draft to the recycle bin after a confirmation (an issued document is a record:
        the service refuses it, and the button is off for it)."""
        document = self.selected_document()
        if document is None or self.ctx is None:
            return False
        subject = document.subject or enum_label(document.kind)
        choice = messages.choose(
            self,
            self.tr("Xóa dự thảo"),
            self.tr("Chuyển dự thảo “{0}” vào Thùng rác?\nCó thể khôi phục ở Dữ liệu ▸ Thùng rác…").format(
                subject
            ),
            [self.tr("Xóa"), self.tr("Không xóa")],
            level=messages.Level.WARNING,
            default=1,
            escape=1,
        )
        if choice != 0:
            return False
        for window in self._composers():
            if window.document.id == document.id:  # its editor must not save it back
                window.discard_changes()
                window.close()
        try:
            self.ctx.documents.delete_draft(document.id)
        except RuleError as exc:
            messages.warn(self, self.tr("Không xóa được văn bản"), exc.message)
            return False
        return True

    def open_selected(self) -> None:
        document = self.selected_document()
        if document is not None:
            self.open_document(document.id)

    def _open_index(self, index: QModelIndex) -> None:
        self.open_document(self.model.record(self.proxy.mapToSource(index).row()).id)

    def _open_register_index(self, index: QModelIndex) -> None:
        self.open_document(self.register_model.record(index.row()).id)

    def open_document(self, document_id: int):
        from secretary_app.gui.documents.composer_windows import open_composer

        return open_composer(self.window(), self.ctx, document_id)

    def _fill_compose_menu(self) -> None:
        menu = self._compose_menu
        menu.clear()
        meetings = self.ctx.meetings.list_meetings()[:RECENT_MEETINGS] if self.ctx else []
        for meeting in meetings:
            title = meeting.title if len(meeting.title) <= 90 else meeting.title[:89] + "…"
            action = menu.addAction(f"{vn_date_short(meeting.start.date())} — {title}")
            action.triggered.connect(lambda _checked=False, mid=meeting.id: self.compose_for_meeting(mid))
        if not meetings:
            menu.addAction(self.tr("(chưa có cuộc họp nào)")).setEnabled(False)
        menu.addSeparator()
        add_template_entries(
            menu, self, self.ctx
        )  # issue 14: quyết định, kế hoạch, tờ trình… from a template

    def compose_for_meeting(self, meeting_id: int):
        from secretary_app.gui.documents.composer_windows import open_composer_for_meeting

        window = open_composer_for_meeting(self.window(), self.ctx, meeting_id)
        return window

    # -- the register as a document --------------------------------------------------------------------
    def register_report(self) -> Document | None:
        if self.ctx is None or self._profile is None:
            return None
        return register_document(self._profile, self._register_documents, self.selected_year())

    def _file_name(self) -> str:
        year = self.selected_year()
        return self.tr("So-van-ban-di-{0}").format(year) if year else self.tr("So-van-ban-di")

    def _toggle_preview(self, on: bool) -> None:
        self.ui.registerPreview.setVisible(on)
        if on:
            width = self.ui.registerSplitter.width()
            self.ui.registerSplitter.setSizes([width * 3 // 5, width * 2 // 5])
            self._update_preview()

    def _update_preview(self) -> None:
        report = self.register_report()
        if report is not None:
            self.ui.registerPreview.set_content(report)
            self.ui.registerPreview.render_now()

    def print_register(self):
        report = self.register_report()
        return printing.print_document(self, report) if report is not None else None

    def _register_menu(self, position) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("In sổ văn bản đi"), self.print_register)
        batch = menu.addAction(
            self.tr("In mọi văn bản trong sổ (một lệnh in)"), self.print_register_documents
        )
        batch.setEnabled(bool(self._register_documents))
        year = self.selected_year() or date.today().year
        menu.addAction(self.tr("In mọi biên bản năm {0} (một lệnh in)").format(year), self.print_year_minutes)
        menu.exec(self.ui.registerView.viewport().mapToGlobal(position))

    def print_register_documents(self):
        """Every document of the register shown (a year's outgoing documents) as one print job."""
        from secretary_app.gui.print_batches.actions import print_register_documents

        return print_register_documents(self, self.ctx, self.selected_year())

    def print_year_minutes(self):
        """The minutes (biên bản) of every meeting of the year shown, as one print job."""
        from secretary_app.gui.print_batches.actions import print_minutes_of_year

        year = self.selected_year() or date.today().year
        return print_minutes_of_year(self, self.ctx, year)

    def export_register(self, fmt: str):
        report = self.register_report()
        return printing.export_document(self, report, self._file_name(), fmt) if report is not None else None
