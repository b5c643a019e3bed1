"""Nhập danh sách từ Excel/CSV: read the file, show what would be imported with the column mapping
(correctable), the rows that will not be (row number and reason) and, for TCVN3/VNI text, the offer to
convert; nothing is written until "Nhập", and then all in one transaction.

Reading, re-planning after a mapping change and writing all run off the GUI thread (gui/shared/tasks.py), each
worker with its own database connection; the write reports progress to the bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from secretary_app.domain.errors import RuleError
from secretary_app.domain.legacy_text import LABELS as LEGACY_LABELS
from secretary_app.domain.roster_import import (
    FIELDS_CONTEXT,
    PEOPLE_FIELDS,
    UNIT_FIELDS,
    ImportPlan,
    SheetData,
)
from secretary_app.gui.forms.ui_roster_import_dialog import Ui_RosterImportDialog
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.discard import GuardedDialog
from secretary_app.gui.shared.i18n import enum_label, ui_label, ui_number
from secretary_app.gui.shared.style import STYLE_SHEET
from secretary_app.gui.shared.tasks import EXPECTED_ERRORS, LatestOnly, error_message, run_task

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

PREVIEW_ROWS = 500  # enough to check the mapping; the summary gives the full count
FILE_FILTER = "Excel, CSV (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)"


def in_worker(db_path: Path, hub, fn):
    """``fn(ctx, control)`` on a worker's own connection, publishing on the GUI's change hub."""

    def run(control):
        from secretary_app.services.context import open_context

        ctx = open_context(db_path, changes=hub)
        try:
            return fn(ctx, control)
        finally:
            ctx.close()

    return run


class RosterImportDialog(GuardedDialog):
    """Once a file is read, a corrected column mapping (or the legacy-text choice) is the secretary's work:
    Esc, X and "Hủy" ask before dropping it."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RosterImportDialog()
        self.ui.setupUi(self)
        self._ctx, self._kind = ctx, kind
        self._fields = PEOPLE_FIELDS if kind == "people" else UNIT_FIELDS
        self._path: Path | None = None
        self._sheet: SheetData | None = None
        self.plan: ImportPlan | None = None
        self.imported = 0
        self._task = None
        self._planner = LatestOnly(self, name="roster-plan")
        self._planner.result_ready.connect(lambda _id, plan: self._show_plan(plan))
        self._planner.error.connect(self._show_error)
        ui = self.ui
        ui.legacyFrame.setProperty("role", "card")
        ui.summaryLabel.setProperty("role", "note")
        ui.progressBar.hide()
        ui.legacyFrame.hide()
        ui.importButton.setEnabled(False)
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.importButton.clicked.connect(self.confirm)
        ui.cancelButton.clicked.connect(self.reject)
        ui.convertCheck.toggled.connect(lambda _on: self.replan())
        ui.mappingTable.verticalHeader().hide()
        ui.mappingTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.mappingTable.setColumnWidth(1, 190)
        ui.previewTable.verticalHeader().hide()
        ui.splitter.setSizes([330, 650])
        self.setWindowTitle(
            self.tr("Nhập danh sách người") if kind == "people" else self.tr("Nhập danh sách đơn vị")
        )
        ui.fileLabel.setText(self.tr("Chọn tệp Excel (.xlsx) hoặc CSV có dòng tiêu đề."))
        self.setStyleSheet(STYLE_SHEET)

    def _service(self, ctx):
        return getattr(ctx, self._kind)

    # Steps ------------------------------------------------------------------------------------------
    def choose_file(self) -> bool:
        path = messages.open_file(self, self.windowTitle(), str(Path.home()), FILE_FILTER)
        if path is None:
            return False
        self.load(path)
        return True

    def load(self, path: Path) -> None:
        """Read and plan ``path`` in the background."""
        self._path = Path(path)
        self.ui.fileLabel.setText(self.tr("Tệp: {0}").format(self._path))
        self._busy(self.tr("Đang đọc tệp…"))
        kind = self._kind

        def read(ctx, control):
            service = getattr(ctx, kind)
            sheet = service.read_file(self._path)
            control.check()
            return sheet, service.plan_import(sheet)

        self._task = run_task(
            in_worker(self._ctx.db_path, self._ctx.changes, read),
            on_result=self._on_loaded,
            on_error=self._show_error,
            parent=self,
            name="roster-read",
            expected=(*EXPECTED_ERRORS, RuleError),
        )

    def _on_loaded(self, result) -> None:
        self._sheet, plan = result
        self._fill_mapping(plan)
        self._show_plan(plan)
        self.mark_clean()  # the file as read; a mapping the secretary corrects from here on is asked about

    def mapping(self) -> list[str | None]:
        table = self.ui.mappingTable
        return [table.cellWidget(row, 1).currentData() for row in range(table.rowCount())]

    def replan(self) -> None:
        if self._sheet is None:
            return
        sheet, kind, mapping = self._sheet, self._kind, self.mapping()
        convert = self.ui.convertCheck.isChecked()
        self._busy(self.tr("Đang xem lại…"))
        self._planner.submit(
            in_worker(
                self._ctx.db_path,
                self._ctx.changes,
                lambda ctx, _c: getattr(ctx, kind).plan_import(sheet, mapping, convert_legacy=convert),
            )
        )

    def confirm(self) -> None:
        """Write the plan: one transaction, in the background, with progress."""
        plan = self.plan
        if plan is None or not plan.can_import or self._task is not None and self._task.is_running():
            return
        ui = self.ui
        for widget in (ui.importButton, ui.cancelButton, ui.chooseButton, ui.mappingTable, ui.convertCheck):
            widget.setEnabled(False)
        ui.progressBar.setRange(0, max(1, plan.count))
        ui.progressBar.setValue(0)
        ui.progressBar.show()
        ui.summaryLabel.setText(self.tr("Đang nhập {0} dòng…").format(ui_number(plan.count)))
        kind = self._kind
        self._task = run_task(
            in_worker(
                self._ctx.db_path,
                self._ctx.changes,
                lambda ctx, control: getattr(ctx, kind).apply_import(plan, progress=control.report),
            ),
            on_result=self._on_imported,
            on_error=self._on_import_failed,
            on_progress=lambda done, total, _text: ui.progressBar.setValue(done),
            parent=self,
            name="roster-import",
            expected=(*EXPECTED_ERRORS, RuleError),
        )

    def _on_imported(self, count: int) -> None:
        self.imported = count
        self.ui.progressBar.setValue(self.ui.progressBar.maximum())
        messages.inform(self, self.windowTitle(), self.tr("Đã nhập {0} dòng.").format(ui_number(count)))
        self.accept()

    def _on_import_failed(self, exc: BaseException) -> None:
        ui = self.ui
        for widget in (ui.cancelButton, ui.chooseButton, ui.mappingTable, ui.convertCheck):
            widget.setEnabled(True)
        ui.progressBar.hide()
        self._show_error(exc)
        self.replan()

    # Showing ----------------------------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self.ui.importButton.setEnabled(False)
        self.ui.summaryLabel.setText(text)

    def _show_error(self, exc: BaseException) -> None:
        self.ui.summaryLabel.setText(error_message(exc) if not isinstance(exc, RuleError) else exc.message)
        messages.warn(self, self.windowTitle(), self.ui.summaryLabel.text())

    def _fill_mapping(self, plan: ImportPlan) -> None:
        table = self.ui.mappingTable
        table.setRowCount(len(plan.headers))
        for row, header in enumerate(plan.headers):
            item = QTableWidgetItem(header or self.tr("(cột {0} không có tên)").format(row + 1))
            table.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("— bỏ qua —"), None)
            for spec in self._fields:
                combo.addItem(ui_label(FIELDS_CONTEXT, spec.label), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(plan.mapping[row])))
            combo.currentIndexChanged.connect(lambda _i: self.replan())
            table.setCellWidget(row, 1, combo)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        ui = self.ui
        if plan.legacy:
            ui.legacyFrame.show()
            ui.legacyLabel.setText(
                self.tr("Chữ trong tệp có vẻ được gõ bằng bảng mã cũ {0}.").format(LEGACY_LABELS[plan.legacy])
            )
        self._fill_preview(plan)
        ui.problemsList.clear()
        for problem in plan.problems:
            ui.problemsList.addItem(self.tr("Dòng {0}: {1}").format(problem.row_number, problem.message))
        ui.problemsTitle.setVisible(bool(plan.problems))
        ui.problemsList.setVisible(bool(plan.problems))
        parts = [*plan.blocking]
        if not plan.blocking:
            parts.append(self.tr("Sẽ nhập {0} dòng.").format(ui_number(plan.count)))
            if plan.problems:
                parts.append(
                    self.tr("{0} dòng bị bỏ qua (xem danh sách).").format(ui_number(len(plan.problems)))
                )
            if plan.new_unit_names:
                parts.append(self.tr("Đơn vị mới sẽ được tạo: {0}.").format(", ".join(plan.new_unit_names)))
        parts.extend(plan.notes)
        ui.summaryLabel.setText(" ".join(parts))
        ui.importButton.setEnabled(plan.can_import)
        ui.importButton.setText(self.tr("&Nhập {0} dòng").format(ui_number(plan.count)))

    def _fill_preview(self, plan: ImportPlan) -> None:
        table = self.ui.previewTable
        if self._kind == "people":
            headers = [
                self.tr("Họ và tên"),
                self.tr("Chức vụ"),
                self.tr("Đơn vị"),
                self.tr("Đảng viên"),
                self.tr("Ủy viên cấp ủy"),
            ]
            rows = [
                [
                    p.name,
                    p.position,
                    unit,
                    enum_label(p.membership),
                    enum_label(p.committee_role) if p.is_committee_member else "",
                ]
                for p, unit in plan.people[:PREVIEW_ROWS]
            ]
        else:
            headers = [self.tr("Tên đơn vị"), self.tr("Viết tắt"), self.tr("Loại")]
            rows = [[u.name, u.short_name, enum_label(u.kind)] for u in plan.units[:PREVIEW_ROWS]]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    def reject(self) -> None:
        if self._task is not None and self._task.is_running() and not self.ui.cancelButton.isEnabled():
            return  # the write is one transaction: it finishes (or rolls back) before the dialog closes
        super().reject()
