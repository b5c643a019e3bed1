"""The people page (Người) and the units page (Đơn vị): one list page shape, two record types.

Both read and write through ``ctx.people`` / ``ctx.units`` only. Search folds case and diacritics (the
service's rule, domain/roster.matches); a used record cannot be deleted, only deactivated (the service refuses
and says why; the page offers "Ngừng theo dõi" / "Ngừng sử dụng" instead)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from secretary_app.domain import models as m
from secretary_app.domain.errors import RuleError
from secretary_app.domain.validation import ValidationError
from secretary_app.gui.forms.ui_roster_page import Ui_RosterPage
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import enum_label, ui_number
from secretary_app.gui.shared.page import Page, make_note, make_title
from secretary_app.gui.shared.table_model import Column, RecordTableModel
from secretary_app.gui.shared.tasks import run_task

SHEET_FILTER = "Excel (*.xlsx);;CSV (*.csv)"


class RosterPage(Page):
    """The shared page: a searchable table with add, edit, (de)activate, delete, import and export."""

    kind = ""  # "people" | "units": which service

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RosterPage()
        self.ui.setupUi(self)
        make_title(self.ui.titleLabel)
        make_note(self.ui.noteLabel)
        make_note(self.ui.emptyLabel)
        self.model = RecordTableModel(self.columns(), self)
        view = self.ui.tableView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            header.setSectionResizeMode(
                i,
                QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.ResizeToContents,
            )
        view.doubleClicked.connect(lambda _index: self.edit_current())
        view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.ui.searchEdit.textChanged.connect(lambda _t: self.refresh())
        self.ui.inactiveCheck.toggled.connect(lambda _on: self.refresh())
        self.ui.addButton.clicked.connect(self.add)
        self.ui.editButton.clicked.connect(self.edit_current)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.ui.deleteButton.clicked.connect(self.delete_current)
        self.ui.importButton.clicked.connect(self.import_file)
        self.ui.exportButton.clicked.connect(self.export_file)
        self._export_task = None
        self._update_buttons()

    # What each page defines ------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def service(self):
        return getattr(self.ctx, self.kind)

    def records(self, query: str, active_only: bool) -> list:
        raise NotImplementedError

    def edit_dialog(self, record):
        raise NotImplementedError

    def texts(self) -> dict[str, str]:
        raise NotImplementedError

    # Behaviour --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx is None:
            return
        current = self.current()
        query = self.ui.searchEdit.text()
        records = self.records(query, not self.ui.inactiveCheck.isChecked())
        self.model.set_records(records)
        has_any = bool(records) or bool(query)
        self.ui.tableView.setVisible(has_any)
        self.ui.emptyLabel.setVisible(not has_any)
        self.ui.emptyLabel.setText(self.texts()["empty"])
        self.ui.countLabel.setText(self.texts()["count"].format(ui_number(len(records))))
        if current is not None:
            self.select(current.id)
        self._update_buttons()

    def current(self):
        rows = self.ui.tableView.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, record_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == record_id:
                self.ui.tableView.selectRow(row)
                return

    def add(self) -> None:
        dialog = self.edit_dialog(None)
        if messages.exec_dialog(dialog) and dialog.saved_record is not None:
            self.refresh()
            self.select(dialog.saved_record.id)

    def edit_current(self) -> None:
        record = self.current()
        if record is None:
            return
        dialog = self.edit_dialog(record)
        if messages.exec_dialog(dialog):
            self.refresh()

    def toggle_active(self) -> None:
        record = self.current()
        if record is None:
            return
        try:
            self.service().set_active(record.id, not record.active)
        except (ValidationError, RuleError) as exc:
            messages.warn(self, self.texts()["title"], _message(exc))
        self.refresh()

    def delete_current(self) -> None:
        record = self.current()
        if record is None:
            return
        t = self.texts()
        answer = messages.choose(
            self, t["title"], t["confirm_delete"].format(record.name), [t["delete"], t["cancel"]], escape=1
        )
        if answer != 0:
            return
        try:
            self.service().delete(record.id)
        except RuleError as exc:
            # Used: offer what the rule allows instead.
            if (
                record.active
                and messages.choose(self, t["title"], exc.message, [t["deactivate"], t["cancel"]], escape=1)
                == 0
            ):
                self.service().set_active(record.id, False)
        self.refresh()

    def import_file(self) -> None:
        from secretary_app.gui.committee.import_dialog import RosterImportDialog

        dialog = RosterImportDialog(self.ctx, self.kind, self)
        if not dialog.choose_file():
            dialog.deleteLater()
            return
        messages.exec_dialog(dialog)
        self.refresh()

    def export_file(self) -> None:
        t = self.texts()
        path = messages.save_file(self, t["export_title"], t["export_name"], SHEET_FILTER)
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        from secretary_app.gui.shared.tasks import with_context

        kind = self.kind
        self._export_task = run_task(
            with_context(self.ctx.db_path, lambda ctx, _c: getattr(ctx, kind).export(path)),
            on_result=lambda out: messages.inform(self, t["export_title"], t["exported"].format(out)),
            parent=self,
            name="roster-export",
        )

    def _update_buttons(self) -> None:
        record = self.current()
        ui = self.ui
        for button in (ui.editButton, ui.activeButton, ui.deleteButton):
            button.setEnabled(record is not None)
        t = self.texts()
        ui.activeButton.setText(
            t["reactivate"] if record is not None and not record.active else t["deactivate"]
        )


def _message(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(e.message for e in exc.errors)
    return getattr(exc, "message", str(exc))


class PeoplePage(RosterPage):
    kind = "people"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui.titleLabel.setText(self.tr("Người"))
        self.ui.noteLabel.setText(
            self.tr(
                "Đảng viên, ủy viên cấp ủy và cán bộ thường dự họp. Ủy viên được thêm vào thành phần dự họp "
                "bằng "
                "một lần bấm “Thêm tất cả ủy viên”. Người đã có tên trong biên bản không xóa được, chỉ "
                "ngừng theo dõi."
            )
        )
        self.ui.termButton.clicked.connect(self.new_term)
        self._units: dict[int, str] = {}

    def columns(self) -> list[Column]:
        center = Qt.AlignmentFlag.AlignCenter
        return [
            Column(self.tr("TT"), lambda p: str(p.order), align=center),
            Column(
                self.tr("Họ và tên"),
                lambda p: p.name if p.active else self.tr("{0} (đã ngừng)").format(p.name),
            ),
            Column(self.tr("Chức vụ"), lambda p: p.position, stretch=True),
            Column(self.tr("Đơn vị"), lambda p: self._units.get(p.unit_id, "")),
            Column(self.tr("Đảng viên"), lambda p: enum_label(p.membership)),
            Column(
                self.tr("Ủy viên cấp ủy"),
                lambda p: enum_label(p.committee_role) if p.is_committee_member else "",
            ),
        ]

    def records(self, query: str, active_only: bool) -> list:
        self._units = {u.id: u.name for u in self.ctx.units.list_units()}
        return self.ctx.people.list_people(query=query, active_only=active_only)

    def edit_dialog(self, record):
        from secretary_app.gui.committee.dialogs import PersonDialog

        return PersonDialog(self.ctx, record, self)

    def new_term(self) -> None:
        from secretary_app.gui.committee.dialogs import TermDialog

        if messages.exec_dialog(TermDialog(self.ctx, self)):
            self.refresh()

    def texts(self) -> dict[str, str]:
        return {
            "title": self.tr("Người"),
            "empty": self.tr(
                "Chưa có ai trong danh sách. Bấm “Thêm…” để nhập từng người, hoặc “Nhập từ Excel/CSV…” để "
                "lấy "
                "danh sách đang có (cột Họ và tên, Chức vụ, Đơn vị, Đảng viên chính thức/dự bị, Ủy viên cấp "
                "ủy)."
            ),
            "count": self.tr("{0} người"),
            "confirm_delete": self.tr("Xóa {0} khỏi danh sách?"),
            "delete": self.tr("Xóa"),
            "cancel": self.tr("Hủy"),
            "deactivate": self.tr("Ngừng theo dõi"),
            "reactivate": self.tr("Theo dõi lại"),
            "export_title": self.tr("Xuất danh sách người"),
            "export_name": self.tr("danh-sach-nguoi.xlsx"),
            "exported": self.tr("Đã xuất danh sách vào {0}."),
        }


class UnitsPage(RosterPage):
    kind = "units"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui.titleLabel.setText(self.tr("Đơn vị"))
        self.ui.noteLabel.setText(
            self.tr(
                "Các ban, chi bộ, cơ quan thường trú và đơn vị trực thuộc: đơn vị chủ trì và phối hợp của "
                "các "
                "nhiệm vụ được chọn từ danh sách này. Đơn vị đã được dùng không xóa được, chỉ ngừng sử dụng."
            )
        )
        self.ui.termButton.hide()

    def columns(self) -> list[Column]:
        center = Qt.AlignmentFlag.AlignCenter
        return [
            Column(self.tr("TT"), lambda u: str(u.order), align=center),
            Column(
                self.tr("Tên đơn vị"),
                lambda u: u.name if u.active else self.tr("{0} (đã ngừng)").format(u.name),
                stretch=True,
            ),
            Column(self.tr("Viết tắt"), lambda u: u.short_name),
            Column(self.tr("Loại"), lambda u: enum_label(u.kind)),
        ]

    def records(self, query: str, active_only: bool) -> list[m.Unit]:
        return self.ctx.units.list_units(query=query, active_only=active_only)

    def edit_dialog(self, record):
        from secretary_app.gui.committee.dialogs import UnitDialog

        return UnitDialog(self.ctx, record, self)

    def texts(self) -> dict[str, str]:
        return {
            "title": self.tr("Đơn vị"),
            "empty": self.tr(
                "Chưa có đơn vị nào. Bấm “Thêm…” để nhập từng đơn vị, hoặc “Nhập từ Excel/CSV…” (cột Tên "
                "đơn vị, "
                "Tên viết tắt, Loại đơn vị)."
            ),
            "count": self.tr("{0} đơn vị"),
            "confirm_delete": self.tr("Xóa đơn vị {0}?"),
            "delete": self.tr("Xóa"),
            "cancel": self.tr("Hủy"),
            "deactivate": self.tr("Ngừng sử dụng"),
            "reactivate": self.tr("Dùng lại"),
            "export_title": self.tr("Xuất danh sách đơn vị"),
            "export_name": self.tr("danh-sach-don-vi.xlsx"),
            "exported": self.tr("Đã xuất danh sách vào {0}."),
        }
