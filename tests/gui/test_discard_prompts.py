"""Never lose what was typed (issue 11): the directive dialogs (one test per ApplyingDialog family), the
import dialog's corrected mapping and the profile page's "Hoàn tác" ask "Bỏ các thay đổi?" over a changed
form; the composer, which autosaves, keeps the typing when its window is closed at once."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from gui.helpers import replace_text, type_text
from secretary_app.gui.committee.import_dialog import RosterImportDialog
from secretary_app.gui.directives.change_dialogs import Change, DirectiveChangeDialog
from secretary_app.gui.directives.dialogs import DirectiveActionDialog, Mode, run_dialog
from secretary_app.gui.shell.main_window import PAGE_SETTINGS
from secretary_app.services.context import open_context

TODAY = date(2026, 3, 2)
ROW = SimpleNamespace(id=1, content="Rà soát danh sách đảng viên", lead_unit_id=None)
ASKED = "Bỏ các thay đổi?"


def _never_applied(_dialog) -> None:
    raise AssertionError("nothing is saved when the form is dropped")


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    run_dialog(dialog)  # the recording presenter does not block: this is where the prefilled form is taken
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def _asks_on_escape_x_and_cancel(qtbot, presenter, dialog, cancel_button) -> None:
    presenter.answers = [1]  # "Tiếp tục sửa"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and presenter.messages[-1].title == ASKED
    presenter.answers = [1]
    dialog.close()  # the window's X
    assert dialog.isVisible() and len(presenter.messages) == 2
    presenter.answers = [0]  # "Bỏ thay đổi"
    cancel_button.click()
    assert not dialog.isVisible() and len(presenter.messages) == 3


def test_directive_action_dialogs_ask_before_dropping_a_note(qtbot, presenter):
    untouched = _shown(qtbot, DirectiveActionDialog(Mode.PROGRESS, [ROW], TODAY, _never_applied))
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not untouched.isVisible() and presenter.messages == []

    dialog = _shown(qtbot, DirectiveActionDialog(Mode.PROGRESS, [ROW], TODAY, _never_applied))
    type_text(dialog.ui.noteEdit, "Đã họp với các chi bộ")
    cancel = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel)
    _asks_on_escape_x_and_cancel(qtbot, presenter, dialog, cancel)


def test_reassign_asks_when_another_unit_was_chosen(qtbot, presenter):
    units = [(None, "— chọn đơn vị chủ trì —"), (1, "Ban Tổ chức"), (2, "Văn phòng")]
    dialog = _shown(qtbot, DirectiveActionDialog(Mode.REASSIGN, [ROW], TODAY, _never_applied, units))
    dialog.ui.unitCombo.setCurrentIndex(2)
    cancel = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel)
    _asks_on_escape_x_and_cancel(qtbot, presenter, dialog, cancel)


@pytest.mark.parametrize("change", [Change.EXTEND, Change.CANCEL, Change.EDIT])
def test_directive_change_dialogs_ask_before_dropping_a_reason(qtbot, presenter, change):
    dialog = _shown(qtbot, DirectiveChangeDialog(change, [ROW], _never_applied))
    replace_text(dialog.ui.reasonEdit, "Chờ ý kiến của cấp trên")
    cancel = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel)
    _asks_on_escape_x_and_cancel(qtbot, presenter, dialog, cancel)


def test_split_asks_when_a_unit_was_ticked(qtbot, presenter):
    dialog = DirectiveChangeDialog(Change.SPLIT, [ROW], _never_applied)
    for unit_id, name in ((1, "Ban Tổ chức"), (2, "Văn phòng")):
        item = QListWidgetItem(name, dialog.ui.unitsList)
        item.setData(Qt.ItemDataRole.UserRole, unit_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
    _shown(qtbot, dialog)
    dialog.ui.unitsList.item(1).setCheckState(Qt.CheckState.Checked)  # a tick is a change too
    cancel = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel)
    _asks_on_escape_x_and_cancel(qtbot, presenter, dialog, cancel)


def test_escape_in_an_open_dropdown_of_a_directive_dialog_closes_only_the_dropdown(qtbot, presenter):
    units = [(None, "— chọn đơn vị chủ trì —"), (1, "Ban Tổ chức")]
    dialog = _shown(qtbot, DirectiveActionDialog(Mode.REASSIGN, [ROW], TODAY, _never_applied, units))
    type_text(dialog.ui.noteEdit, "Theo phân công mới")
    combo = dialog.ui.unitCombo
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    assert dialog.isVisible() and presenter.messages == []


def test_import_dialog_asks_before_dropping_a_corrected_mapping(qtbot, db_path, tmp_path, presenter):
    ctx = open_context(db_path, create=True)
    book = Workbook()
    for row in (["Họ và tên", "Ghi chú"], ["Đặng Thu Hà", "x"], ["Lò Văn Minh", "y"]):
        book.active.append(row)
    book.save(tmp_path / "people.xlsx")
    try:
        dialog = RosterImportDialog(ctx, "people")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.load(tmp_path / "people.xlsx")
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a file read, nothing corrected: closes at once
        assert not dialog.isVisible() and presenter.messages == []

        dialog.show()
        combo = dialog.ui.mappingTable.cellWidget(1, 1)
        combo.setCurrentIndex(combo.findData("position"))  # "Ghi chú" is the position, the secretary says
        _asks_on_escape_x_and_cancel(qtbot, presenter, dialog, dialog.ui.cancelButton)
        assert ctx.people.list_people() == []
    finally:
        ctx.close()


def test_profile_revert_asks_before_dropping_typing(window, qtbot, presenter):
    window.show_page(PAGE_SETTINGS)
    page = window.profile_page
    type_text(page.ui.issuingBodyEdit, "ĐẢNG ỦY XÃ TẢ VAN")
    presenter.answers = [1]  # "Tiếp tục sửa"
    page.ui.revertButton.click()
    assert presenter.messages[-1].title == ASKED
    assert page.ui.issuingBodyEdit.text() == "ĐẢNG ỦY XÃ TẢ VAN" and page.has_unsaved_changes()
    presenter.answers = [0]
    page.ui.revertButton.click()
    assert page.ui.issuingBodyEdit.text() == "" and not page.has_unsaved_changes()
