"""The Sổ văn bản đến page: the register of received documents of a year, and what is done with each.

"Vào sổ văn bản đến…" picks the file, reads it, and registers it (dialog.py); when the document brought tasks
the confirm step follows (tasks_dialog.py). "Soạn báo cáo kết quả" drafts the report back and opens it in the
composer. The book prints to PDF and exports to .xlsx on a worker thread (its own database connection).
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from secretary_app.domain.changes import Change
from secretary_app.domain.errors import RuleError, StorageError
from secretary_app.domain.incoming import IncomingDocument
from secretary_app.domain.text import vn_date_short
from secretary_app.gui.forms.ui_incoming_page import Ui_IncomingPage
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.page import Page, make_note, make_title
from secretary_app.gui.shared.table_model import Column, RecordTableModel
from secretary_app.gui.shared.tasks import run_task, with_context

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

CENTER = Qt.AlignmentFlag.AlignCenter
ALL_YEARS = 0


class IncomingPage(Page):
    shows = frozenset({Change.INCOMING, Change.DIRECTIVES, Change.DOCUMENTS, Change.UNITS})

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_IncomingPage()
        self.ui.setupUi(self)
        make_title(self.ui.titleLabel)
        for label in (self.ui.noteLabel, self.ui.countLabel, self.ui.progressLabel):
            make_note(label)
        self._task_counts: dict[int, int] = {}
        self.model = RecordTableModel(self._columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        view = self.ui.incomingView
        view.setModel(self.proxy)
        header = view.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            mode = (
                QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(i, mode)
        view.verticalHeader().setVisible(False)
        view.activated.connect(lambda _index: self.edit_selected())
        view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.ui.filterEdit.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.yearCombo.currentIndexChanged.connect(lambda _i: self._load())
        self.ui.addButton.clicked.connect(self.add_document)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.tasksButton.clicked.connect(self.confirm_tasks_of_selected)
        self.ui.reportButton.clicked.connect(self.draft_report_of_selected)
        self.ui.openFileButton.clicked.connect(self.open_original)
        self.ui.handledButton.clicked.connect(self.toggle_handled)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.ui.printButton.clicked.connect(lambda: self.write_book("pdf"))
        self.ui.exportButton.clicked.connect(lambda: self.write_book("xlsx"))
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(
            lambda: self.ui.filterEdit.setFocus()
        )
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.add_document)
        self._update_buttons()

    # -- columns ---------------------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        def day(value: date | None) -> str:
            return vn_date_short(value) if value else ""

        def marks(d: IncomingDocument) -> str:
            return ", ".join(m for m in (d.urgency, d.secrecy) if m)

        def deadline(d: IncomingDocument) -> str:
            if d.handled_on:
                return self.tr("Đã giải quyết {0}").format(day(d.handled_on))
            return day(d.handling_deadline)

        return [
            Column(self.tr("Số đến"), lambda d: f"{d.number}/{d.year}", align=CENTER),
            Column(self.tr("Ngày đến"), lambda d: day(d.received_on), align=CENTER),
            Column(self.tr("Cơ quan gửi"), lambda d: d.sender),
            Column(self.tr("Số, ký hiệu"), lambda d: d.symbol),
            Column(self.tr("Ngày văn bản"), lambda d: day(d.doc_date), align=CENTER),
            Column(
                self.tr("Trích yếu"),
                lambda d: f"{d.type_name}: {d.summary}" if d.type_name else d.summary,
                stretch=True,
            ),  # fmt: skip
            Column(self.tr("Độ khẩn, mật"), marks),
            Column(self.tr("Hạn giải quyết"), deadline, align=CENTER),
            Column(self.tr("Nhiệm vụ"), lambda d: str(self._task_counts.get(d.id, 0) or ""), align=CENTER),
            Column(self.tr("Báo cáo"), lambda d: self.tr("Đã soạn") if d.report_document_id else ""),
        ]

    # -- loading ---------------------------------------------------------------------------------------
    def set_context(self, ctx: AppContext | None) -> None:
        super().set_context(ctx)
        self.mark_stale()

    def refresh(self) -> None:
        if self.ctx is None:
            return
        years = self.ctx.incoming.years()
        this_year = date.today().year
        wanted = self.ui.yearCombo.currentData()
        self.ui.yearCombo.blockSignals(True)
        self.ui.yearCombo.clear()
        for year in sorted({*years, this_year}, reverse=True):
            self.ui.yearCombo.addItem(str(year), year)
        self.ui.yearCombo.addItem(self.tr("Tất cả các năm"), ALL_YEARS)
        found = self.ui.yearCombo.findData(wanted if wanted is not None else this_year)
        self.ui.yearCombo.setCurrentIndex(max(found, 0))
        self.ui.yearCombo.blockSignals(False)
        self._load()

    def _year(self) -> int | None:
        year = self.ui.yearCombo.currentData()
        return None if not year else int(year)

    def _load(self) -> None:
        if self.ctx is None:
            return
        self._task_counts = self.ctx.incoming.task_counts()
        records = self.ctx.incoming.entries(self._year())
        self.model.set_records(records)
        self.ui.countLabel.setText(self.tr("Tổng số: {0} văn bản đến").format(len(records)))
        self._update_buttons()

    def selected(self) -> IncomingDocument | None:
        index = self.ui.incomingView.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def select_incoming(self, incoming_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == incoming_id:
                self.ui.filterEdit.clear()
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.ui.incomingView.selectRow(index.row())
                self.ui.incomingView.setCurrentIndex(index)
                return True
        return False

    def _update_buttons(self) -> None:
        doc = self.selected()
        for button in (self.ui.editButton, self.ui.tasksButton, self.ui.openFileButton, self.ui.deleteButton,
                       self.ui.handledButton):  # fmt: skip
            button.setEnabled(doc is not None)
        self.ui.reportButton.setEnabled(doc is not None and bool(self._task_counts.get(doc.id or 0)))
        self.ui.handledButton.setChecked(bool(doc and doc.handled_on))

    # -- actions ---------------------------------------------------------------------------------------
    def add_document(self, path: Path | None = None):
        """Register a received document; the confirm step follows when it brought tasks."""
        from secretary_app.gui.incoming.dialog import IncomingDialog

        if self.ctx is None:
            return None
        dialog = IncomingDialog(self.ctx, parent=self)
        if path is not None:
            dialog.set_file(path)
        if messages.exec_dialog(dialog) and dialog.saved is not None:
            self.refresh()
            self.select_incoming(dialog.saved.id)
            if dialog.proposed_tasks:
                self.confirm_tasks(dialog.saved, dialog.proposed_tasks)
        return dialog

    def edit_selected(self) -> None:
        from secretary_app.gui.incoming.dialog import IncomingDialog

        doc = self.selected()
        if doc is None or self.ctx is None:
            return
        if messages.exec_dialog(IncomingDialog(self.ctx, doc, parent=self)):
            self.refresh()

    def confirm_tasks_of_selected(self) -> None:
        """Read the document's file again and offer its tasks (an empty table to type them when none)."""
        doc = self.selected()
        if doc is None or self.ctx is None or doc.id is None:
            return
        files = self.ctx.incoming.files(doc.id)
        drafts = []
        if files:
            path = self._temporary_copy(files[0])
            drafts = self.ctx.incoming.propose(path, doc.received_on).tasks
        self.confirm_tasks(doc, drafts)

    def confirm_tasks(self, doc: IncomingDocument, drafts):
        from secretary_app.gui.incoming.tasks_dialog import ConfirmTasksDialog

        dialog = ConfirmTasksDialog(self.ctx, doc, list(drafts), parent=self)
        if messages.exec_dialog(dialog):
            self.refresh()
        return dialog

    def draft_report_of_selected(self) -> None:
        doc = self.selected()
        if doc is None or self.ctx is None or doc.id is None:
            return
        try:
            report = self.ctx.incoming.draft_report(doc.id)
        except RuleError as exc:
            messages.warn(self, self.tr("Chưa soạn được báo cáo"), exc.message)
            return
        self.refresh()
        from secretary_app.gui.documents.composer_windows import open_composer

        open_composer(self.window(), self.ctx, report.id)

    def _temporary_copy(self, stored) -> Path:
        folder = Path(tempfile.gettempdir()) / "thu-ky-cap-uy"
        folder.mkdir(exist_ok=True)
        return self.ctx.files.save_out(stored, folder / f"{stored.sha256[:12]}-{stored.file_name}")

    def open_original(self) -> None:
        doc = self.selected()
        if doc is None or self.ctx is None or doc.id is None:
            return
        files = self.ctx.incoming.files(doc.id)
        if not files:
            messages.inform(self, self.tr("Không có tệp"), self.tr("Văn bản này vào sổ không kèm tệp."))
            return
        try:
            path = self._temporary_copy(files[0])
        except StorageError as exc:
            messages.error(self, self.tr("Không mở được tệp"), exc.message)
            return
        if not os.environ.get("SECRETARY_NO_EXTERNAL_OPEN"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def toggle_handled(self) -> None:
        doc = self.selected()
        if doc is None or self.ctx is None or doc.id is None:
            return
        self.ctx.incoming.set_handled(doc.id, None if doc.handled_on else date.today())
        self.refresh()
        self.select_incoming(doc.id)

    def delete_selected(self) -> None:
        doc = self.selected()
        if doc is None or self.ctx is None or doc.id is None:
            return
        answer = messages.choose(
            self,
            self.tr("Xóa văn bản đến"),
            self.tr(
                "Chuyển văn bản đến số {0}/{1} vào thùng rác? Các nhiệm vụ đã theo dõi vẫn giữ nguyên."
            ).format(doc.number, doc.year),
            [self.tr("Chuyển vào thùng rác"), self.tr("Hủy")],
            default=1,
            escape=1,
        )
        if answer == 0:
            self.ctx.incoming.delete(doc.id)
            self.refresh()

    def write_book(self, kind: str):
        """Print (PDF) or export (.xlsx) the register of the chosen year, off the GUI thread."""
        if self.ctx is None:
            return None
        year = self._year()
        if kind == "pdf":
            title, file_filter, suffix = self.tr("In sổ văn bản đến"), self.tr("Tệp PDF (*.pdf)"), ".pdf"
        else:
            title, file_filter, suffix = (
                self.tr("Xuất sổ văn bản đến"),
                self.tr("Bảng tính Excel (*.xlsx)"),
                ".xlsx",
            )
        name = f"so-van-ban-den-{year or 'tat-ca'}{suffix}"
        path = messages.save_file(self, title, str(Path(self.ctx.db_path).parent / name), file_filter)
        if path is None:
            return None
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        from secretary_app.services.incoming_register import write_register

        self.ui.progressLabel.setText(self.tr("Đang ghi {0}…").format(path.name))
        for button in (self.ui.printButton, self.ui.exportButton):
            button.setEnabled(False)

        def done(_result) -> None:
            self.ui.progressLabel.setText(self.tr("Đã ghi {0}").format(path))

        def failed(exc: BaseException) -> None:
            self.ui.progressLabel.setText("")
            messages.error(self, title, str(getattr(exc, "message", exc)))

        task = run_task(
            with_context(self.ctx.db_path, lambda ctx, _control: write_register(ctx, path, year)),
            on_result=done,
            on_error=failed,
            parent=self,
            name="incoming-book",
        )
        task.finished.connect(
            lambda: [b.setEnabled(True) for b in (self.ui.printButton, self.ui.exportButton)]
        )
        return task
