"""The report dialog: a status report for a period (quarter, six months, year, custom), overall or for one
unit, a reminder slip (phiếu đôn đốc) for a unit, or the batch of slips for every unit with overdue or
due-soon tasks — built in the background, previewed, printed and exported through gui/shared/printing.py.

It opens on the current period (domain/periods.py ``current_period``). Print and export act on what the
preview shows, so they are enabled only while the preview is of the current choice: any change of kind,
period or unit disables them and builds the report again; a result that arrives for an earlier choice is
dropped.

The document dict is built by services/reports.py in a worker with its own database connection
(gui/shared/tasks.py: a SQLite connection never crosses threads); the preview renders it in a further worker
(gui/shared/pdf_preview.py).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QWidget

from secretary_app.domain.periods import current_period
from secretary_app.gui.directives.dialogs import pydate, qdate
from secretary_app.gui.forms.ui_report_dialog import Ui_ReportDialog
from secretary_app.gui.shared import printing
from secretary_app.gui.shared.geometry import fit_to_screen
from secretary_app.gui.shared.pdf_preview import PdfPreview
from secretary_app.gui.shared.tasks import Task, error_message, run_task, with_context
from secretary_app.services import reminders, reports

if TYPE_CHECKING:
    from secretary_app.domain.document import Document
    from secretary_app.services.context import AppContext

KIND_STATUS, KIND_REMINDER, KIND_BATCH = "status", "reminder", "batch"
PERIODS = ("q1", "q2", "q3", "q4", "h1", "h2", "year", "custom")


def build_report(
    ctx: AppContext, kind: str, period: reports.Period | None, unit_id: int | None, today: date
) -> Document | list[Document]:
    """The document (the batch: the list of slips) for the dialog's choice (runs in a worker)."""
    if kind == KIND_BATCH:
        return reminders.reminder_batch(ctx, today)
    if kind == KIND_REMINDER:
        if unit_id is None:
            raise ValueError("a reminder slip is for one unit")
        return reports.reminder_slip(ctx, unit_id, today)
    assert period is not None
    return reports.status_report(ctx, period, today, unit_id)


class ReportDialog(QDialog):
    def __init__(
        self, ctx: AppContext, today: date, unit_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        self.ctx, self.today = ctx, today
        self.content: Document | list[Document] | None = None
        self.task: Task | None = None
        self._request = 0  # which choice the newest build is for: an older result is dropped
        self._shown_request = -1  # the build the preview was given
        ui = self.ui
        ui.kindCombo.addItem(self.tr("Báo cáo tình hình thực hiện"), KIND_STATUS)
        ui.kindCombo.addItem(self.tr("Phiếu đôn đốc việc quá hạn (một đơn vị)"), KIND_REMINDER)
        ui.kindCombo.addItem(
            self.tr("Phiếu đôn đốc hàng loạt (mọi đơn vị có việc quá hạn, sắp đến hạn)"), KIND_BATCH
        )
        labels = {
            "q1": self.tr("Quý I"),
            "q2": self.tr("Quý II"),
            "q3": self.tr("Quý III"),
            "q4": self.tr("Quý IV"),
            "h1": self.tr("6 tháng đầu năm"),
            "h2": self.tr("6 tháng cuối năm"),
            "year": self.tr("Cả năm"),
            "custom": self.tr("Tùy chọn (từ ngày … đến ngày …)"),
        }
        for key in PERIODS:
            ui.periodCombo.addItem(labels[key], key)
        # The current quarter (in December: quý IV of this year), as a reader of "the report" expects.
        period = current_period(today)
        ui.periodCombo.setCurrentIndex(PERIODS.index(f"q{(period.start.month - 1) // 3 + 1}"))
        ui.yearSpin.setValue(period.start.year)
        ui.fromEdit.setDate(qdate(today).addMonths(-3))
        ui.toEdit.setDate(qdate(today))
        ui.unitCombo.addItem(self.tr("Tất cả đơn vị"), None)
        overdue = {uid: n for uid, _name, n in reports.units_with_overdue(ctx.board, today)}
        for unit in ctx.units.list_units():
            text = unit.name + (
                self.tr(" ({0} việc quá hạn)").format(overdue[unit.id]) if unit.id in overdue else ""
            )
            ui.unitCombo.addItem(text, unit.id)
        if unit_id is not None:
            ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(unit_id)))
        ui.statusLabel.setProperty("role", "note")

        self.preview = PdfPreview(ui.previewHost)
        ui.previewLayout.addWidget(self.preview)
        ui.kindCombo.currentIndexChanged.connect(self._update_fields)
        ui.periodCombo.currentIndexChanged.connect(self._update_fields)
        for signal in (
            ui.kindCombo.currentIndexChanged,
            ui.periodCombo.currentIndexChanged,
            ui.unitCombo.currentIndexChanged,
            ui.yearSpin.valueChanged,
            ui.fromEdit.dateChanged,
            ui.toEdit.dateChanged,
        ):
            signal.connect(self._choice_changed)
        self.preview.updated.connect(self._preview_shown)
        ui.generateButton.clicked.connect(self.generate)
        ui.printButton.clicked.connect(self.print_content)
        ui.pdfButton.clicked.connect(lambda: self.export("pdf"))
        ui.docxButton.clicked.connect(lambda: self.export("docx"))
        ui.closeButton.clicked.connect(self.reject)
        self._set_ready(False)
        self._update_fields()
        fit_to_screen(self, 1100, 760)

    # -- choice ---------------------------------------------------------------------------------------------
    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def period(self) -> reports.Period:
        ui = self.ui
        key, year = ui.periodCombo.currentData(), ui.yearSpin.value()
        if key.startswith("q"):
            return reports.Period.quarter(year, int(key[1]))
        if key.startswith("h"):
            return reports.Period.half(year, int(key[1]))
        if key == "year":
            return reports.Period.year(year)
        start, end = pydate(ui.fromEdit.date()), pydate(ui.toEdit.date())
        return reports.Period.custom(min(start, end), max(start, end))

    def _update_fields(self, *_args: Any) -> None:
        ui = self.ui
        status = self.kind() == KIND_STATUS
        for widget in (ui.unitLabel, ui.unitCombo):
            widget.setVisible(self.kind() != KIND_BATCH)  # the batch goes to every unit that has a slip
        custom = ui.periodCombo.currentData() == "custom"
        for widget in (ui.periodLabel, ui.periodCombo):
            widget.setVisible(status)
        for widget in (ui.yearLabel, ui.yearSpin):
            widget.setVisible(status and not custom)
        for widget in (ui.fromLabel, ui.fromEdit, ui.toLabel, ui.toEdit):
            widget.setVisible(status and custom)
        if not status and ui.unitCombo.currentData() is None and ui.unitCombo.count() > 1:
            ui.unitCombo.setCurrentIndex(1)  # a reminder goes to one unit
        self.setWindowTitle(
            self.tr("Báo cáo tình hình thực hiện kết luận") if status else self.tr("Phiếu đôn đốc")
        )

    def _choice_changed(self, *_args: Any) -> None:
        """What the preview shows is no longer what is chosen: no printing or export of it; once a report
        was built, the new choice is built at once."""
        self._request += 1
        self._set_ready(False)
        if self.content is not None or self.task is not None:
            self.content = None
            self.preview.clear()
            self.generate()

    # -- build, preview, output ------------------------------------------------------------------------------
    def generate(self) -> Task | None:
        kind, unit_id = self.kind(), self.ui.unitCombo.currentData()
        self._request += 1
        request = self._request
        if kind == KIND_REMINDER and unit_id is None:
            self._status(self.tr("Chọn đơn vị nhận phiếu đôn đốc."), error=True)
            return None
        period = self.period() if kind == KIND_STATUS else None
        today = self.today
        self._set_ready(False)
        self.ui.generateButton.setEnabled(False)
        self._status(self.tr("Đang tổng hợp số liệu…"))
        self.task = run_task(
            with_context(
                self.ctx.db_path, lambda ctx, _control: build_report(ctx, kind, period, unit_id, today)
            ),
            parent=self,
            name="report",
            on_result=lambda content: self._built(request, content),
            on_error=lambda exc: self._failed(request, exc),
        )
        self.task.finished.connect(lambda: self.ui.generateButton.setEnabled(True))
        return self.task

    def _built(self, request: int, content: Document | list[Document]) -> None:
        if request != self._request:
            return  # built for an earlier choice
        if isinstance(content, list):
            if not content:
                self._status(self.tr("Không đơn vị nào có việc quá hạn, sắp đến hạn: không có phiếu."), True)
                return
            self._status(
                self.tr("Đã tạo {0} phiếu đôn đốc. Xem trước bên phải; in hoặc xuất tệp ở dưới.").format(
                    len(content)
                )
            )
        else:
            made = self.tr("Đã tạo: {0} kết luận, nhiệm vụ. Xem trước bên phải; in hoặc xuất tệp ở dưới.")
            self._status(made.format(content.meta.get("rows", 0)))
        self.content = content
        self._shown_request = request
        self.preview.set_content(content)
        self.preview.render_now()

    def _preview_shown(self, _pages: int) -> None:
        """The preview now shows the newest build: printing and export act on exactly that."""
        if self.content is None:
            self.preview.clear()  # a render of an earlier choice finished after the change: not shown
        elif self._shown_request == self._request:
            self._set_ready(True)

    def _failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self._status(error_message(exc), error=True)

    def _status(self, text: str, error: bool = False) -> None:
        label = self.ui.statusLabel
        label.setProperty("role", "error" if error else "note")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.ui.printButton, self.ui.pdfButton, self.ui.docxButton):
            button.setEnabled(ready)

    def suggested_name(self) -> str:
        if self.content is None:
            return "bao-cao"
        if isinstance(self.content, list):
            return f"phieu-don-doc-hang-loat-{self.today:%Y-%m-%d}"
        meta = self.content.meta
        if meta.get("report") == "reminder":
            return f"phieu-don-doc-{self.today:%Y-%m-%d}"
        start, end = meta.get("period", ["", ""])
        return f"bao-cao-ket-luan-{start}-{end}"

    def print_content(self) -> Task | None:
        if self.content is None:
            return None
        if isinstance(self.content, list):  # the batch: one print job of every slip
            return printing.print_batch(self, self.content, self.tr("Phiếu đôn đốc hàng loạt"))
        return printing.print_document(self, self.content)

    def export(self, fmt: str) -> Task | None:
        if self.content is None:
            return None
        return printing.export_document(self, self.content, self.suggested_name(), fmt)
