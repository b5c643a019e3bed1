"""Cài đặt: the organisation profile is edited, saved, and survives closing and reopening the file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from gui.helpers import replace_text, status_bar_text, type_text
from secretary_app.domain.models import OrganisationProfile, Signer, Standard
from secretary_app.gui.shell.main_window import PAGE_SETTINGS
from secretary_app.services.context import open_context


def _fill_signer(table, row, authority, position, name):
    for col, text in enumerate((authority, position, name)):
        table.item(row, col).setText(text)


def test_profile_is_saved_and_reloaded_from_a_new_context(window, qtbot, db_path):
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    page = window.profile_page
    ui = page.ui
    type_text(ui.issuingBodyEdit, "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM")
    type_text(ui.parentBodyEdit, "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG")
    type_text(ui.codeEdit, "ĐU")
    type_text(ui.placeEdit, "Hà Nội")
    ui.standardCombo.setCurrentIndex(ui.standardCombo.findData(Standard.STATE))
    ui.termStartCheck.setChecked(True)
    ui.termStartEdit.setDate(QDate(2020, 6, 1))
    type_text(ui.termLabelEdit, "2020-2025")
    type_text(ui.officeNameEdit, "VPĐU")
    type_text(ui.recipientsEdit, "Thường trực Đảng ủy (để b/c)\nBan Lãnh đạo TTXVN\nLưu VPĐU")
    qtbot.mouseClick(ui.addSignerButton, Qt.MouseButton.LeftButton)
    _fill_signer(ui.signersTable, 0, "T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Hà Thị Mai An")
    assert page.has_unsaved_changes()
    assert window.isWindowModified()

    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Lưu

    assert not page.has_unsaved_changes(), ui.statusLabel.text()
    assert "Đã lưu" in ui.statusLabel.text()
    assert ui.statusLabel.isVisible()
    assert window.windowTitle() == "Thư ký cấp ủy — ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM[*]"
    assert "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM" in status_bar_text(window)

    window.close()  # closes the context: the next read is from the file itself
    assert window.ctx is None
    ctx = open_context(db_path, create=True)
    try:
        stored = ctx.organisation.get()
    finally:
        ctx.close()
    assert stored.issuing_body == "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM"
    assert stored.parent_body == "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG"
    assert stored.code == "ĐU"
    assert stored.place == "Hà Nội"
    assert stored.standard == Standard.STATE
    assert stored.term_start == date(2020, 6, 1)
    assert stored.term_label == "2020-2025"
    assert stored.office_name == "VPĐU"
    assert stored.default_recipients == ["Thường trực Đảng ủy (để b/c)", "Ban Lãnh đạo TTXVN", "Lưu VPĐU"]
    assert [(s.authority, s.position, s.name) for s in stored.signers] == [
        ("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Hà Thị Mai An")
    ]


def _seed(db_path) -> OrganisationProfile:
    ctx = open_context(db_path, create=True)
    try:
        return ctx.organisation.save(
            OrganisationProfile(
                issuing_body="ĐẢNG ỦY CƠ QUAN A",
                code="ĐU",
                place="Hà Nội",
                term_label="2020-2025",
                signers=[
                    Signer(name="Nguyễn Văn A", position="BÍ THƯ", authority="T/M ĐẢNG ỦY"),
                    Signer(name="Trần Thị B", position="PHÓ BÍ THƯ", authority="T/M ĐẢNG ỦY"),
                ],
            )
        )
    finally:
        ctx.close()


def test_edits_to_an_existing_profile_persist_and_removed_signer_stays_removed(qtbot, db_path, tmp_path):
    from secretary_app.app import build_main_window

    _seed(db_path)
    win = build_main_window(open_context(db_path, create=True))
    qtbot.addWidget(win)
    win.show()
    win.show_page(PAGE_SETTINGS)
    ui = win.profile_page.ui
    assert ui.issuingBodyEdit.text() == "ĐẢNG ỦY CƠ QUAN A"
    assert ui.signersTable.rowCount() == 2
    replace_text(ui.placeEdit, "Đà Nẵng")
    ui.termStartCheck.setChecked(False)
    ui.signersTable.setCurrentCell(0, 0)
    qtbot.mouseClick(ui.removeSignerButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    win.close()

    ctx = open_context(db_path, create=True)
    try:
        stored = ctx.organisation.get()
    finally:
        ctx.close()
    assert stored.place == "Đà Nẵng"
    assert stored.term_start is None
    assert [s.name for s in stored.signers] == ["Trần Thị B"]


def test_validation_error_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, db_path, presenter):
    from secretary_app.app import build_main_window

    _seed(db_path)
    win = build_main_window(open_context(db_path, create=True))
    qtbot.addWidget(win)
    win.show()
    win.show_page(PAGE_SETTINGS)
    ui = win.profile_page.ui
    replace_text(ui.codeEdit, "Đ U")  # a space is not allowed in the code
    replace_text(ui.placeEdit, "")
    replace_text(ui.termLabelEdit, "2025-2030")  # a valid change, still not saved with the invalid ones
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    assert ui.codeError.isVisible()
    assert "Ký hiệu cơ quan" in ui.codeError.text()
    assert ui.placeError.isVisible()
    assert "địa danh" in ui.placeError.text()
    assert not ui.issuingBodyError.isVisible()
    assert "Chưa lưu" in ui.statusLabel.text()
    assert win.profile_page.has_unsaved_changes()  # the typing is kept for the user to fix

    stored = win.ctx.organisation.get()
    assert (stored.code, stored.place, stored.term_label) == ("ĐU", "Hà Nội", "2020-2025")

    # Hoàn tác (confirmed: "Bỏ thay đổi") brings back what is stored, and the errors go away.
    presenter.answers = [0]
    qtbot.mouseClick(ui.revertButton, Qt.MouseButton.LeftButton)
    assert ui.codeEdit.text() == "ĐU"
    assert not ui.codeError.isVisible()
    assert not win.profile_page.has_unsaved_changes()
    win.close()


def test_signer_without_name_is_reported_beside_the_table(window, qtbot):
    window.show_page(PAGE_SETTINGS)
    ui = window.profile_page.ui
    type_text(ui.issuingBodyEdit, "ĐẢNG ỦY CƠ QUAN A")
    type_text(ui.codeEdit, "ĐU")
    type_text(ui.placeEdit, "Hà Nội")
    qtbot.mouseClick(ui.addSignerButton, Qt.MouseButton.LeftButton)
    _fill_signer(ui.signersTable, 0, "T/M ĐẢNG ỦY", "BÍ THƯ", "")
    assert not window.profile_page.save_changes()
    assert ui.signersError.isVisible()
    assert "Người ký thứ 1" in ui.signersError.text()
    assert window.ctx.organisation.get() is None


def test_unsaved_profile_is_kept_across_pages_and_offered_for_saving_on_close(window, qtbot, presenter):
    window.show_page(PAGE_SETTINGS)
    ui = window.profile_page.ui
    type_text(ui.issuingBodyEdit, "ĐẢNG ỦY CƠ QUAN A")
    window.show_page(0)
    window.show_page(PAGE_SETTINGS)
    assert ui.issuingBodyEdit.text() == "ĐẢNG ỦY CƠ QUAN A"  # not wiped by the reload-on-show

    presenter.answers = [2]  # "Hủy"
    assert not window.close()
    assert presenter.messages[-1].buttons == ["Lưu", "Không lưu", "Hủy"]
    assert window.ctx is not None

    presenter.answers = [1]  # "Không lưu"
    assert window.close()


def test_ctrl_s_commits_a_signer_cell_still_being_typed(window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.show_page(PAGE_SETTINGS)
    ui = window.profile_page.ui
    type_text(ui.issuingBodyEdit, "ĐẢNG ỦY CƠ QUAN A")
    type_text(ui.codeEdit, "ĐU")
    type_text(ui.placeEdit, "Hà Nội")
    qtbot.mouseClick(ui.addSignerButton, Qt.MouseButton.LeftButton)  # opens the editor of the first cell
    ui.signersTable.item(0, 2).setText("Nguyễn Văn A")
    editor = QApplication.focusWidget()
    type_text(editor, "T/M ĐẢNG ỦY")
    assert ui.signersTable.item(0, 0).text() == ""  # still only in the editor
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = window.ctx.organisation.get()
    assert [(s.authority, s.name) for s in stored.signers] == [("T/M ĐẢNG ỦY", "Nguyễn Văn A")]
