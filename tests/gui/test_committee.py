"""The people and units pages, their edit dialogs (which ask before dropping typed changes) and the import
dialog: preview, mapping, problems, legacy text, and a 5,000-row import written off the GUI thread with
progress."""

from __future__ import annotations

import threading

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from gui.helpers import type_text
from secretary_app.domain import models as m
from secretary_app.domain.legacy_text import encode_legacy
from secretary_app.gui.committee.dialogs import PersonDialog, UnitDialog
from secretary_app.gui.committee.import_dialog import RosterImportDialog
from secretary_app.gui.committee.roster_page import PeoplePage, UnitsPage
from secretary_app.gui.shared.tasks import wait_for_tasks
from secretary_app.services.context import open_context

HEADERS = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Đảng viên chính thức/dự bị", "Ủy viên cấp ủy"]


@pytest.fixture
def ctx(db_path):
    context = open_context(db_path, create=True)
    yield context
    context.close()


def _xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _page(qtbot, ctx, cls):
    page = cls()
    qtbot.addWidget(page)
    page.set_context(ctx)
    page.refresh()
    page.resize(1000, 600)
    page.show()
    return page


def test_people_page_add_search_and_deactivate_instead_of_delete(qtbot, ctx, presenter):
    page = _page(qtbot, ctx, PeoplePage)
    assert page.ui.emptyLabel.isVisible() and not page.ui.tableView.isVisible()
    unit = ctx.units.save(m.Unit(name="Văn phòng Đảng ủy"))
    page.ui.addButton.click()
    dialog = presenter.dialogs[-1]
    assert isinstance(dialog, PersonDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.nameEdit, "Đặng Thu Hà")
    dialog.ui.unitCombo.setCurrentIndex(dialog.ui.unitCombo.findData(unit.id))
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("btv"))
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    person = ctx.people.list_people()[0]
    assert (person.name, person.unit_id, person.committee_role) == (
        "Đặng Thu Hà",
        unit.id,
        m.CommitteeRole.STANDING,
    )
    page.refresh()
    assert page.model.rowCount() == 1 and page.ui.tableView.isVisible()
    type_text(page.ui.searchEdit, "dang thu")
    assert page.model.rowCount() == 1
    page.ui.searchEdit.setText("khong co ai")
    assert page.model.rowCount() == 0
    page.ui.searchEdit.clear()
    ctx.meetings.create(
        m.Meeting(
            title="Họp",
            kind="Họp",
            start=m.datetime(2026, 1, 5, 8),
            attendance=[m.Attendance(person_id=person.id, name=person.name)],
        )
    )
    page.select(person.id)
    presenter.answers = [0, 0]  # "Xóa", then the offered "Ngừng theo dõi"
    page.ui.deleteButton.click()
    assert "Ngừng theo dõi" in presenter.messages[-1].text
    assert not ctx.people.get(person.id).active
    assert page.model.rowCount() == 0  # hidden unless "Hiện cả mục đã ngừng"
    page.ui.inactiveCheck.setChecked(True)
    assert page.model.rowCount() == 1


def test_edit_dialogs_ask_before_dropping_typed_changes(qtbot, ctx, presenter):
    dialog = UnitDialog(ctx, None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible() and presenter.messages == []

    dialog = UnitDialog(ctx, None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    type_text(dialog.ui.nameEdit, "Ban Tổ chức")
    presenter.answers = [1]  # "Tiếp tục sửa"
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and presenter.messages[-1].title == "Bỏ các thay đổi?"
    presenter.answers = [1]
    dialog.close()  # the window's X
    assert dialog.isVisible()
    presenter.answers = [0]  # "Bỏ thay đổi"
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible() and ctx.units.list_units() == []


def test_escape_in_an_open_dropdown_closes_only_the_dropdown(qtbot, ctx, presenter):
    dialog = PersonDialog(ctx, None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    combo = dialog.ui.membershipCombo
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    assert dialog.isVisible() and presenter.messages == []


def _import_dialog(qtbot, ctx, kind, path) -> RosterImportDialog:
    dialog = RosterImportDialog(ctx, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    return dialog


def test_import_dialog_preview_mapping_problems_then_confirm(qtbot, ctx, tmp_path, presenter):
    rows = [
        ["Họ tên", "Ghi chú", "Chức vụ"],
        ["Nguyễn Văn A", "Bí thư", "x"],
        ["", "", ""],
        ["", "thiếu tên", "Chuyên viên"],
        ["Trần Thị B", "Chuyên viên", "y"],
    ]
    dialog = _import_dialog(qtbot, ctx, "people", _xlsx(tmp_path / "ds.xlsx", rows))
    assert dialog.mapping() == ["name", None, "position"]
    assert dialog.ui.previewTable.rowCount() == 2
    assert [dialog.ui.problemsList.item(i).text() for i in range(dialog.ui.problemsList.count())] == [
        "Dòng 4: Thiếu họ và tên."
    ]
    # The user corrects the mapping: "Ghi chú" holds the positions, the third column is nothing.
    first = dialog.plan
    dialog.ui.mappingTable.cellWidget(1, 1).setCurrentIndex(
        dialog.ui.mappingTable.cellWidget(1, 1).findData("position")
    )
    dialog.ui.mappingTable.cellWidget(2, 1).setCurrentIndex(0)
    qtbot.waitUntil(
        lambda: dialog.plan is not first and dialog.plan.mapping == ["name", "position", None], timeout=10_000
    )
    assert dialog.ui.previewTable.item(0, 1).text() == "Bí thư"
    assert ctx.people.list_people() == []  # nothing written before "Nhập"
    dialog.ui.importButton.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert [(p.name, p.position) for p in ctx.people.list_people()] == [
        ("Nguyễn Văn A", "Bí thư"),
        ("Trần Thị B", "Chuyên viên"),
    ]


def test_import_dialog_offers_to_convert_tcvn3(qtbot, ctx, tmp_path):
    legacy = [
        [encode_legacy(c, "tcvn3") for c in row]
        for row in [["Tên đơn vị", "Loại"], ["Ban Tổ chức", "Ban"], ["Chi bộ Phóng viên", "Chi bộ"]]
    ]
    dialog = _import_dialog(qtbot, ctx, "units", _xlsx(tmp_path / "u.xlsx", legacy))
    assert dialog.ui.legacyFrame.isVisible() and "TCVN3" in dialog.ui.legacyLabel.text()
    assert dialog.ui.previewTable.item(0, 0).text() == "Ban Tổ chức"
    first = dialog.plan
    dialog.ui.convertCheck.setChecked(False)
    qtbot.waitUntil(lambda: dialog.plan is not first, timeout=10_000)
    # Unconverted, the mapping chosen stays and the names show as the old font's bytes read as Windows-1252.
    assert dialog.ui.previewTable.item(0, 0).text() == encode_legacy("Ban Tổ chức", "tcvn3")


def test_five_thousand_rows_import_off_the_gui_thread_with_progress(qtbot, ctx, tmp_path, monkeypatch):
    rows = [HEADERS] + [
        [str(i), f"Người Số {i}", "Chuyên viên", f"Chi bộ {i % 30}", "Chính thức", ""] for i in range(1, 5001)
    ]
    dialog = _import_dialog(qtbot, ctx, "people", _xlsx(tmp_path / "big.xlsx", rows))
    assert dialog.plan.count == 5000 and dialog.ui.previewTable.rowCount() == 500
    from secretary_app.services.people import PeopleService

    threads, real = [], PeopleService.apply_import

    def spy(self, plan, progress=None):
        threads.append(threading.current_thread())
        return real(self, plan, progress)

    monkeypatch.setattr(PeopleService, "apply_import", spy)
    values = []
    dialog.ui.progressBar.valueChanged.connect(values.append)
    dialog.ui.importButton.click()
    assert not dialog.ui.cancelButton.isEnabled()  # the GUI thread is free while the worker writes
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)
    wait_for_tasks()
    assert threads and threads[0] is not threading.main_thread()
    assert len(values) >= 3 and values[-1] == 5000 and sorted(values) == values
    assert len(ctx.people.list_people()) == 5000 and len(ctx.units.list_units()) == 30


def test_units_page_lists_kinds_and_refuses_deleting_a_used_unit(qtbot, ctx, presenter):
    unit = ctx.units.save(m.Unit(name="Chi bộ Phóng viên", kind=m.UnitKind.CELL))
    ctx.people.save(m.Person(name="Lê Văn C", unit_id=unit.id))
    page = _page(qtbot, ctx, UnitsPage)
    assert page.model.rowCount() == 1 and page.model.index(0, 3).data() == "Chi bộ"
    page.select(unit.id)
    presenter.answers = [0, 1]  # "Xóa", then "Hủy" on the offer to deactivate
    page.ui.deleteButton.click()
    assert "Ngừng sử dụng" in presenter.messages[-1].text
    assert ctx.units.get(unit.id).active


def test_giao_lai_refuses_an_empty_unit_with_a_message(qtbot, ctx, presenter):
    from secretary_app.gui.directives import dialogs

    lead = ctx.units.save(m.Unit(name="Ban Tuyên giáo"))
    ctx.directives.save(m.Directive(content="Tổ chức hội nghị", lead_unit_id=lead.id))
    other = ctx.directives.save(m.Directive(content="Sơ kết", lead_unit_id=None))
    rows = ctx.board.rows()
    assert not dialogs.reassign(None, ctx, rows, m.date.today())  # the test presenter does not run it
    dialog = presenter.dialogs[-1]
    qtbot.addWidget(dialog)
    assert dialog.ui.unitCombo.currentData() is None  # two different units: nothing preselected
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and "Chưa chọn đơn vị chủ trì mới" in dialog.ui.errorLabel.text()
    assert ctx.directives.get(other.id).lead_unit_id is None
    dialog.ui.unitCombo.setCurrentIndex(dialog.ui.unitCombo.findData(lead.id))
    dialog.accept()
    assert not dialog.isVisible() and ctx.directives.get(other.id).lead_unit_id == lead.id


def test_an_empty_list_keeps_the_page_at_the_top(qtbot, ctx):
    """A new database's Đơn vị page: the empty-list note takes the room, the title and the search box stay at
    the top (they were spread down the page on the first-day walk)."""
    page = _page(qtbot, ctx, UnitsPage)
    page.resize(1000, 700)
    qtbot.waitUntil(lambda: page.ui.emptyLabel.isVisible())
    assert page.ui.searchEdit.mapTo(page, page.ui.searchEdit.rect().topLeft()).y() < 150
    assert page.ui.emptyLabel.height() > 300
