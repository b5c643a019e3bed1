"""A new secretary's first day, walked through the real windows and counted (issue 11, "Done when").

Run under a real X server with a window manager (scripts/walk_first_day.sh starts Xvfb and openbox)::

    scripts/walk_first_day.sh /tmp/walk        # screenshots, PDFs and walk.log in /tmp/walk

On a NEW database (``/tmp/walk.sqlite``, removed first): make two .xlsx lists with Vietnamese headers (15
members, 6 units) with openpyxl, import them through the People/Units pages, enter the organisation profile,
create a meeting (all committee members in one click, 3 agenda items), write minutes with the chair's
conclusion holding 4 tasks, compose the notice from the minutes editor, give each task a lead unit, issue it
(Cấp số), export the PDF, and make a reminder slip (phiếu đôn đốc) for one unit.

The walk drives the app in-process with QTest, as a pointer would: every press of a mouse button on a
widget is one counted click (choosing from a dropdown is two: open it, pick the item). Text is pasted
(xdotool's typing garbles Vietnamese), counted apart as typing; a key press (Enter in a file dialog) is
counted as a key. Modal dialogs are answered from inside their own event loop, as a person would. A
screenshot of the whole screen (with openbox's title bars) is taken at each step; look at them.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

UNITS = [
    ("STT", "Tên đơn vị", "Tên viết tắt", "Loại đơn vị"),
    (1, "Văn phòng Đảng ủy", "VPĐU", "Ban"),
    (2, "Ban Tổ chức Đảng ủy", "BTC", "Ban"),
    (3, "Ban Tuyên giáo Đảng ủy", "BTG", "Ban"),
    (4, "Ủy ban Kiểm tra Đảng ủy", "UBKT", "Ban"),
    (5, "Chi bộ Phòng Kinh tế", "CBKT", "Chi bộ"),
    (6, "Chi bộ Phòng Văn hóa - Xã hội", "CBVH", "Chi bộ"),
]
PEOPLE = [
    ("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Đảng viên chính thức/dự bị", "Ủy viên cấp ủy"),
    (1, "Trần Thị Bích", "Bí thư Đảng ủy", "Văn phòng Đảng ủy", "Chính thức", "Ủy viên BTV"),
    (2, "Nguyễn Văn Hùng", "Phó Bí thư Đảng ủy", "Văn phòng Đảng ủy", "Chính thức", "Ủy viên BTV"),
    (3, "Lê Thị Thu Hà", "Trưởng Ban Tổ chức", "Ban Tổ chức Đảng ủy", "Chính thức", "Ủy viên BTV"),
    (4, "Phạm Quốc Khánh", "Trưởng Ban Tuyên giáo", "Ban Tuyên giáo Đảng ủy", "Chính thức", "Ủy viên BTV"),
    (5, "Đỗ Minh Tuấn", "Chủ nhiệm UBKT", "Ủy ban Kiểm tra Đảng ủy", "Chính thức", "Ủy viên BTV"),
    (6, "Vũ Thị Lan", "Chánh Văn phòng", "Văn phòng Đảng ủy", "Chính thức", "Ủy viên BCH"),
    (7, "Hoàng Văn Nam", "Bí thư Chi bộ", "Chi bộ Phòng Kinh tế", "Chính thức", "Ủy viên BCH"),
    (8, "Bùi Thị Hồng", "Bí thư Chi bộ", "Chi bộ Phòng Văn hóa - Xã hội", "Chính thức", "Ủy viên BCH"),
    (9, "Đặng Văn Lực", "Phó Ban Tổ chức", "Ban Tổ chức Đảng ủy", "Chính thức", "Ủy viên BCH"),
    (10, "Ngô Thị Mai", "Phó Ban Tuyên giáo", "Ban Tuyên giáo Đảng ủy", "Chính thức", "Ủy viên BCH"),
    (11, "Dương Văn Phúc", "Phó Chủ nhiệm UBKT", "Ủy ban Kiểm tra Đảng ủy", "Chính thức", "Ủy viên BCH"),
    (12, "Lý Thị Quyên", "Phó Chánh Văn phòng", "Văn phòng Đảng ủy", "Chính thức", "Ủy viên BCH"),
    (13, "Trịnh Văn Sơn", "Trưởng phòng Kinh tế", "Chi bộ Phòng Kinh tế", "Chính thức", "Ủy viên BCH"),
    (14, "Mai Thị Tâm", "Trưởng phòng Văn hóa", "Chi bộ Phòng Văn hóa - Xã hội", "Chính thức", "Ủy viên BCH"),
    (15, "Lê Văn An", "Chuyên viên Văn phòng", "Văn phòng Đảng ủy", "Dự bị", ""),
]
AGENDA = [
    "Đánh giá tình hình thực hiện nhiệm vụ quý IV năm 2026",
    "Công tác xây dựng Đảng năm 2027",
    "Công tác kiểm tra, giám sát năm 2027",
]
CONCLUSION = """Hội nghị thống nhất giao các đơn vị thực hiện:
- Văn phòng Đảng ủy tổng hợp báo cáo tổng kết năm 2026, hoàn thành trước ngày 20/11/2026
- Ban Tổ chức hoàn thành kiểm điểm tập thể, cá nhân năm 2026
- Ban Tuyên giáo xây dựng kế hoạch tuyên truyền năm 2027
- Ủy ban Kiểm tra xây dựng chương trình kiểm tra, giám sát năm 2027"""
LEADS = ["Văn phòng Đảng ủy", "Ban Tổ chức Đảng ủy", "Ban Tuyên giáo Đảng ủy", "Ủy ban Kiểm tra Đảng ủy"]


class WalkError(RuntimeError):
    pass


class Walk:
    """Clicks, keys and typing, counted; screenshots numbered in order."""

    def __init__(self, out: Path):
        self.out = out
        self.clicks = 0
        self.keys = 0
        self.typed = 0  # fields filled by pasting
        self.shots = 0
        self.phase = "setup"
        self.by_phase: dict[str, int] = {}
        self.log_file = (out / "walk.log").open("w", encoding="utf-8")

    # -- bookkeeping ----------------------------------------------------------------------------------
    def log(self, text: str) -> None:
        line = f"[{self.phase}] clicks={self.clicks} keys={self.keys} typed={self.typed} | {text}"
        print(line, flush=True)
        self.log_file.write(line + "\n")
        self.log_file.flush()

    def start_phase(self, name: str) -> None:
        self.phase = name
        self.by_phase.setdefault(name, 0)
        self.log("— phase —")

    def _count_click(self, what: str) -> None:
        self.clicks += 1
        self.by_phase[self.phase] = self.by_phase.get(self.phase, 0) + 1
        self.log(f"click: {what}")

    # -- waiting --------------------------------------------------------------------------------------
    @staticmethod
    def pump(ms: int = 50) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.005)

    def wait(self, condition: Callable[[], bool], what: str, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise WalkError(f"timed out waiting for {what}")
            self.pump(30)

    # -- the pointer and the keyboard -------------------------------------------------------------------
    def click(self, widget: QWidget, what: str, pos: QPoint | None = None) -> None:
        if not widget.isVisible():
            raise WalkError(f"{what}: not visible")
        if isinstance(widget, QAbstractButton) and not widget.isEnabled():
            raise WalkError(f"{what}: disabled")
        self._count_click(what)
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or QPoint())
        self.pump(80)

    def click_index(self, view: QAbstractItemView, index, what: str, double: bool = False) -> None:
        view.scrollTo(index)
        self.pump(30)
        center = view.visualRect(index).center()
        self._count_click(what)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center)
        if double:
            self._count_click(what + " (second click of a double-click)")
            QTest.mouseDClick(
                view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center
            )
        self.pump(80)

    def choose(self, combo: QComboBox, text: str, what: str) -> None:
        """Open the dropdown (one click) and pick the item (another)."""
        index = combo.findText(text)
        if index < 0:
            raise WalkError(
                f"{what}: no item {text!r} in {[combo.itemText(i) for i in range(combo.count())]}"
            )
        # An editable combo opens from its arrow (a click on its text only places the cursor).
        arrow = QPoint(combo.width() - 10, combo.height() // 2) if combo.isEditable() else None
        self.click(combo, f"{what}: open the list", arrow)
        view = combo.view()
        self.wait(lambda: view.isVisible(), f"{what} popup")
        self.pump(QApplication.doubleClickInterval() + 100)  # a release right after opening is ignored
        self.click_index(view, combo.model().index(index, combo.modelColumn()), f"{what}: pick “{text}”")
        self.wait(lambda: not view.isVisible(), f"{what} popup to close")
        if combo.currentIndex() != index:
            raise WalkError(f"{what}: {combo.currentText()!r} chosen, not {text!r}")

    def paste(self, widget: QWidget, text: str, what: str, click_first: bool = True) -> None:
        """Click into the field (counted) unless it has the focus, select what is there, paste ``text``."""
        if click_first and not widget.hasFocus():
            self.click(widget, f"{what}: into the field")
        widget.setFocus()
        QGuiApplication.clipboard().setText(text)
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        self.typed += 1
        self.log(f"type: {what} = {text[:60]!r}")
        self.pump(50)

    def key(self, widget: QWidget, key: Qt.Key, what: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.keys += 1
        self.log(f"key: {what}")
        QTest.keyClick(widget, key, modifiers)
        self.pump(80)

    # -- modal dialogs ----------------------------------------------------------------------------------
    def modal(self, open_it: Callable[[], None], *answers: Callable[[QWidget], None], what: str = "") -> None:
        """``open_it`` opens modal dialogs one after the other (and blocks in their loops); each answer gets
        the next one that appears, inside its loop."""
        before = QApplication.activeModalWidget()
        failure: list[BaseException] = []
        pending = list(answers)
        handled: list[QWidget] = []

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is before or dialog in handled or not dialog.isVisible():
                if pending:
                    QTimer.singleShot(50, poll)
                return
            handled.append(dialog)
            answer = pending.pop(0)
            if pending:
                QTimer.singleShot(50, poll)
            try:
                self.pump(150)  # drawn and settled before anyone looks at it
                answer(dialog)
            except BaseException as exc:  # noqa: BLE001 - re-raised once the dialog's loop is left
                failure.append(exc)
                pending.clear()
                self.log(f"FAILED inside {what}: {exc!r}\n{traceback.format_exc()}")
                self.shot(f"failed-{what}")
                dialog.close()
                if dialog.isVisible() and hasattr(dialog, "done"):
                    dialog.done(0)

        QTimer.singleShot(50, poll)
        open_it()
        if failure:
            raise WalkError(f"{what}: {failure[0]!r}") from failure[0]
        if pending:
            raise WalkError(f"{what}: {len(pending)} dialog(s) never appeared")

    def answer_message(self, button_text: str, what: str) -> Callable[[QWidget], None]:
        def answer(box: QWidget) -> None:
            if not isinstance(box, QMessageBox):
                raise WalkError(f"{what}: expected a message, got {type(box).__name__}")
            self.log(f"message: {box.windowTitle()} — {box.text()[:160]!r}")
            self.shot(what)
            button = next((b for b in box.buttons() if b.text().replace("&", "") == button_text), None)
            if button is None:
                raise WalkError(f"{what}: no button {button_text!r} in {[b.text() for b in box.buttons()]}")
            self.click(button, f"{what}: “{button_text}”")

        return answer

    def file_dialog(self, path: Path, what: str) -> Callable[[QWidget], None]:
        """Type the path into Qt's file dialog and press Enter."""

        def answer(dialog: QWidget) -> None:
            if not isinstance(dialog, QFileDialog):
                raise WalkError(f"{what}: expected a file dialog, got {type(dialog).__name__}")
            self.shot(what)
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            self.paste(name, str(path), f"{what}: file name", click_first=False)  # it has the focus
            self.key(name, Qt.Key.Key_Return, f"{what}: Enter")

        return answer

    # -- screenshots ------------------------------------------------------------------------------------
    def shot(self, name: str) -> Path:
        self.pump(250)
        self.shots += 1
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name)[:60]
        path = self.out / f"{self.shots:02d}-{safe}.png"
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
        self.log(f"screenshot: {path.name}")
        return path


def make_lists(out: Path) -> tuple[Path, Path]:
    paths = []
    for name, rows in (("don-vi.xlsx", UNITS), ("dang-uy-vien.xlsx", PEOPLE)):
        book = Workbook()
        sheet = book.active
        sheet.append(["DANH SÁCH " + ("ĐƠN VỊ TRỰC THUỘC" if name.startswith("don") else "BAN CHẤP HÀNH")])
        for row in rows:
            sheet.append(list(row))
        book.save(out / name)
        paths.append(out / name)
    return paths[0], paths[1]


def walk(w: Walk, db: Path, units_xlsx: Path, people_xlsx: Path) -> None:
    from secretary_app.gui.meetings.minutes_editor import MinutesEditor  # noqa: F401 - imported before timing
    from secretary_app.gui.shell.application import build_main_window, create_application
    from secretary_app.gui.shell.main_window import PAGE_DIRECTIVES
    from secretary_app.services.context import open_context

    app = create_application()
    app.setQuitOnLastWindowClosed(False)
    window = build_main_window(open_context(db, create=True))  # as `--db /tmp/walk.sqlite --new`
    window.show()
    w.wait(lambda: window.isVisible(), "the main window")
    home = window.overview_page
    w.shot("home-new-database")

    # -- 1. Units, then people, from the .xlsx lists ------------------------------------------------------
    w.start_phase("import")
    w.click(home.ui.unitsStepButton, "home checklist: Đơn vị")
    units_page = window.units_page
    w.shot("units-page-empty")

    def import_list(page, path: Path, label: str) -> None:
        def in_dialog(dialog) -> None:
            w.wait(lambda: dialog.plan is not None and dialog.ui.importButton.isEnabled(), "the preview")
            w.shot(f"{label}-preview")
            w.log(f"summary: {dialog.ui.summaryLabel.text()}")
            w.modal(
                lambda: w.click(dialog.ui.importButton, dialog.ui.importButton.text()),
                w.answer_message("Đóng", f"{label}-imported"),
                what=f"{label} imported",
            )

        w.modal(
            lambda: w.click(page.ui.importButton, "Nhập từ Excel/CSV…"),
            w.file_dialog(path, label),
            in_dialog,
            what=f"{label} import",
        )
        w.pump(300)

    import_list(units_page, units_xlsx, "units")
    w.wait(lambda: units_page.model.rowCount() == 6, "6 units listed")
    w.shot("units-imported")
    w.click_index(window.ui.navList, window.ui.navList.model().index(4, 0), "nav: Người")
    people_page = window.people_page
    import_list(people_page, people_xlsx, "people")
    w.wait(lambda: people_page.model.rowCount() == 15, "15 people listed")
    w.shot("people-imported")

    # -- 2. The organisation profile (one-time) ---------------------------------------------------------
    w.start_phase("profile")
    w.click_index(window.ui.navList, window.ui.navList.model().index(7, 0), "nav: Cài đặt")
    profile = window.profile_page
    ui = profile.ui
    for field, text in (
        (ui.issuingBodyEdit, "ĐẢNG ỦY XÃ TẢ VAN"),
        (ui.parentBodyEdit, "ĐẢNG BỘ HUYỆN SA PA"),
        (ui.codeEdit, "ĐU"),
        (ui.placeEdit, "Tả Van"),
    ):
        w.paste(field, text, field.objectName())
    w.click(ui.addSignerButton, "Thêm người ký")
    table = ui.signersTable
    for column, text in enumerate(("T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Thị Bích")):
        index = table.model().index(0, column)
        w.click_index(table, index, f"signer cell {column}", double=True)
        editor = QApplication.focusWidget()
        w.paste(editor, text, f"signer cell {column}", click_first=False)
        w.key(editor, Qt.Key.Key_Return, "Enter")
    w.shot("profile-filled")
    w.click(ui.saveButton, "Lưu")
    w.wait(lambda: not profile.has_unsaved_changes(), "the profile saved")
    w.shot("profile-saved")

    # -- 3. The meeting: all committee members in one click, 3 agenda items -----------------------------
    w.start_phase("meeting")
    w.click_index(window.ui.navList, window.ui.navList.model().index(0, 0), "nav: Tổng quan")
    meetings = window.meetings_page

    def fill_meeting(dialog) -> None:
        d = dialog.ui
        w.shot("meeting-dialog-new")
        w.log(f"kind {d.kindCombo.currentText()!r}, title {d.titleEdit.text()!r}")
        w.choose(d.kindCombo, "Hội nghị Ban Chấp hành", "Loại cuộc họp")
        w.paste(d.titleEdit, "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 12", "Tiêu đề")
        w.paste(d.dateEdit, "10/11/2026", "Ngày")
        w.paste(d.placeEdit, "Hội trường Đảng ủy xã", "Địa điểm")
        w.choose(d.chairCombo, "Trần Thị Bích", "Chủ trì")
        w.choose(d.secretaryCombo, "Lê Văn An", "Thư ký")
        tabs = d.tabs
        w.click(tabs.tabBar(), "tab Thành phần", tabs.tabBar().tabRect(1).center())
        w.click(dialog.attendance_editor.ui.addMembersButton, "Thêm tất cả ủy viên")
        w.shot("meeting-attendance")
        w.log(f"attendance rows: {dialog.attendance_editor.ui.table.rowCount()}")
        w.click(tabs.tabBar(), "tab Chương trình", tabs.tabBar().tabRect(2).center())
        agenda = dialog.agenda_editor
        table = agenda.ui.table
        w.log(f"agenda prefilled by the template: {agenda.titles()}")
        # The template's first items are retitled (click, F2, type); the rest go in one "Xóa".
        for row, title in enumerate(AGENDA):
            w.click_index(table, table.model().index(row, 0), f"agenda row {row + 1}")
            w.key(table, Qt.Key.Key_F2, "F2 (edit)")
            editor = QApplication.focusWidget()
            w.paste(editor, title, "agenda title", click_first=False)
            w.key(editor, Qt.Key.Key_Return, "Enter")
        if table.rowCount() > len(AGENDA):
            w.click_index(table, table.model().index(len(AGENDA), 0), "first unwanted template item")
            last = table.model().index(table.rowCount() - 1, 0)
            w._count_click("Shift+click the last one")
            QTest.mouseClick(
                table.viewport(),
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.ShiftModifier,
                table.visualRect(last).center(),
            )
            w.click(agenda.ui.removeButton, "Xóa")
        w.log(f"agenda: {agenda.titles()}")
        w.shot("meeting-agenda")
        w.click(d.saveButton, "Lưu")

    w.modal(
        lambda: w.click(home.ui.meetingStepButton, "home checklist: Cuộc họp đầu tiên"),
        fill_meeting,
        what="new meeting",
    )
    w.wait(lambda: meetings.current_meeting() is not None, "the new meeting selected")
    w.shot("meeting-saved")

    # -- 4. Minutes: a report per item, the chair's conclusion with 4 tasks ------------------------------
    w.start_phase("minutes")
    w.click(meetings.ui.minutesButton, "Ghi biên bản")
    editor = next(e for e in meetings._editors.values())
    w.wait(lambda: editor.isVisible(), "the minutes editor")
    w.shot("minutes-editor")
    e = editor.ui
    for row, (speaker, text) in enumerate(
        (
            ("Nguyễn Văn Hùng", "Các chỉ tiêu chủ yếu quý IV đạt và vượt kế hoạch; thu ngân sách đạt 104%."),
            ("Lê Thị Thu Hà", "Dự thảo kế hoạch xây dựng Đảng năm 2027 gồm 5 nhóm nhiệm vụ trọng tâm."),
            (
                "Đỗ Minh Tuấn",
                "Dự thảo chương trình kiểm tra, giám sát năm 2027: 4 cuộc kiểm tra, 6 cuộc giám sát.",
            ),
        )
    ):
        w.click_index(e.agendaList, e.agendaList.model().index(row, 0), f"agenda item {row + 1}")
        w.click(e.addReportButton, "Báo cáo")
        entry = editor.current_entry()
        w.paste(entry.ui.speakerEdit, speaker, "Người trình bày")
        w.paste(entry.ui.textEdit, text, "Nội dung")
    general = e.agendaList.count() - 1  # "Nội dung chung, ý kiến khác" follows the agenda items
    w.log(f"last list row: {e.agendaList.item(general).text()!r}")
    w.click_index(e.agendaList, e.agendaList.model().index(general, 0), "Nội dung chung")
    w.click(e.addConclusionButton, "Kết luận")
    entry = editor.current_entry()
    if entry.ui.speakerEdit.isVisible():  # the chair's conclusion is the chair's: no speaker to type
        w.paste(entry.ui.speakerEdit, "Trần Thị Bích", "Người kết luận")
    w.paste(entry.ui.textEdit, CONCLUSION, "Kết luận")
    w.shot("minutes-conclusion")
    w.wait(lambda: editor.autosaver.flush(), "the minutes saved")

    # -- 5. The notice: compose from the minutes editor, lead units, Cấp số, PDF ------------------------
    w.start_phase("notice")
    from secretary_app.gui.documents.composer_windows import open_windows

    menu_bar = e.menuBar
    w.click(menu_bar, "menu Biên bản", menu_bar.actionGeometry(e.menuMinutes.menuAction()).center())
    w.wait(lambda: e.menuMinutes.isVisible(), "the menu")
    w.shot("minutes-menu")
    w.click(
        e.menuMinutes, "Soạn thông báo kết luận", e.menuMinutes.actionGeometry(e.actionComposeNotice).center()
    )
    w.wait(lambda: bool(open_windows(window.ctx)), "the composer")
    composer = open_windows(window.ctx)[0]
    w.wait(lambda: composer.ui.preview.renders >= 1, "the preview")
    w.shot("composer")
    c = composer.ui
    w.click(c.tabs.tabBar(), "tab Nhiệm vụ", c.tabs.tabBar().tabRect(1).center())
    from secretary_app.gui.documents.directive_plans import COL_DEADLINE, COL_LEAD

    table = c.directivesTable
    for n, lead in enumerate(LEADS):
        row = composer.plans.item_row(n)
        w.choose(table.cellWidget(row, COL_LEAD), lead, f"task {n + 1} lead unit")
        deadline = table.cellWidget(row, COL_DEADLINE)  # the date its words propose, taken with Enter
        w.click(deadline, f"task {n + 1} deadline")
        w.key(deadline, Qt.Key.Key_Return, f"task {n + 1}: Enter takes “{deadline.placeholderText()}”")
    w.shot("composer-tasks")
    w.wait(lambda: composer.save(), "the draft saved")

    def confirm_issue(box) -> None:
        w.answer_message(box.buttons()[0].text().replace("&", ""), "issue-confirm")(box)

    w.modal(lambda: w.click(c.issueButton, "Cấp số"), confirm_issue, what="issue")
    w.wait(lambda: composer.is_issued, "issued")
    w.shot("composer-issued")
    pdf = w.out / "thong-bao.pdf"
    w.modal(lambda: w.click(c.exportPdfButton, "Xuất PDF…"), w.file_dialog(pdf, "notice-pdf"), what="export")
    w.wait(lambda: pdf.exists() and pdf.stat().st_size > 0, "the notice PDF", timeout=60)
    w.pump(500)
    w.shot("notice-exported")
    core = w.clicks

    # -- 5b. For issue 13: the notice as DOCX, the biên bản (with the chair's conclusion) as PDF and DOCX ---
    w.start_phase("documents")
    docx = w.out / "thong-bao.docx"
    w.modal(
        lambda: w.click(c.exportDocxButton, "Xuất Word…"), w.file_dialog(docx, "notice-docx"), what="docx"
    )
    w.wait(lambda: docx.exists() and docx.stat().st_size > 0, "the notice DOCX", timeout=60)
    for action, name in ((e.actionExportPdf, "bien-ban.pdf"), (e.actionExportDocx, "bien-ban.docx")):
        target = w.out / name
        editor.raise_()
        editor.activateWindow()
        w.pump(200)
        w.click(menu_bar, "menu Biên bản", menu_bar.actionGeometry(e.menuMinutes.menuAction()).center())
        w.wait(lambda: e.menuMinutes.isVisible(), "the menu")
        w.modal(
            lambda action=action: w.click(
                e.menuMinutes, action.text(), e.menuMinutes.actionGeometry(action).center()
            ),
            w.file_dialog(target, name),
            what=name,
        )
        w.wait(lambda target=target: target.exists() and target.stat().st_size > 0, name, timeout=60)
    import pdfplumber

    with pdfplumber.open(w.out / "bien-ban.pdf") as printed:
        text = "\n".join(page.extract_text() or "" for page in printed.pages)
    found = "Kết luận của đồng chí chủ trì" in text and "Ủy ban Kiểm tra xây dựng chương trình" in text
    w.log(f"biên bản PDF: {len(printed.pages)} pages; the chair's conclusion printed: {found}")

    # -- 6. A reminder slip (phiếu đôn đốc) for a unit --------------------------------------------------
    w.start_phase("reminder")
    # At 1366 px the composer (1280 wide) covers the main window whole; with no taskbar to switch, close it
    # (issued, nothing to save) and the minutes editor, as their X buttons would.
    w._count_click("the composer's X (close)")
    composer.close()
    w.pump(300)
    editor_window = next(iter(meetings._editors.values()), None)
    if editor_window is not None and editor_window.isVisible():
        w._count_click("the minutes editor's X (close)")
        editor_window.close()
        w.pump(300)
    w.click_index(window.ui.navList, window.ui.navList.model().index(PAGE_DIRECTIVES, 0), "nav: Kết luận")
    board = window.directives_page
    w.wait(lambda: board.model.directive_count == 4, "4 tasks on the board")
    w.shot("board")
    slip = w.out / "phieu-don-doc.pdf"

    def reminder(dialog) -> None:
        d = dialog.ui
        w.choose(d.kindCombo, "Phiếu đôn đốc việc quá hạn (một đơn vị)", "Loại")
        w.choose(
            d.unitCombo,
            next(
                d.unitCombo.itemText(i)
                for i in range(d.unitCombo.count())
                if d.unitCombo.itemText(i).startswith("Văn phòng Đảng ủy")
            ),
            "Đơn vị",
        )
        w.click(d.generateButton, "Tạo")
        w.wait(lambda: dialog.content is not None and d.pdfButton.isEnabled(), "the slip", timeout=60)
        w.shot("reminder-slip")
        w.modal(
            lambda: w.click(d.pdfButton, "Xuất PDF…"), w.file_dialog(slip, "slip-pdf"), what="slip export"
        )
        w.wait(lambda: slip.exists() and slip.stat().st_size > 0, "the slip PDF", timeout=60)
        w.click(d.closeButton, "Đóng")

    w.modal(lambda: w.click(board.ui.reportButton, "Báo cáo…"), reminder, what="reminder")
    w.shot("done")
    w.log(
        f"TOTAL clicks={w.clicks} keys={w.keys} typed fields={w.typed}; core path (meeting → minutes → "
        f"issued notice PDF) = {sum(w.by_phase.get(p, 0) for p in ('meeting', 'minutes', 'notice'))} clicks; "
        f"by phase: {w.by_phase}; clicks up to the notice PDF: {core}"
    )
    for composer in open_windows(window.ctx):
        composer.close()
    meetings.close_editors()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for screenshots, PDFs and walk.log")
    parser.add_argument("--db", type=Path, default=Path("/tmp/walk.sqlite"))
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("Needs an X display: run scripts/walk_first_day.sh", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for pattern in ("*.png", "*.pdf", "*.docx"):  # an old file would make the export ask to overwrite
        for old in args.out.glob(pattern):
            old.unlink()
    for suffix in ("", "-wal", "-shm"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)
    units_xlsx, people_xlsx = make_lists(args.out)
    w = Walk(args.out)
    watchdog = threading.Timer(15 * 60, lambda: os._exit(3))  # never hang a session
    watchdog.daemon = True
    watchdog.start()
    try:
        walk(w, args.db, units_xlsx, people_xlsx)
    except WalkError as exc:
        w.log(f"WALK STOPPED: {exc}")
        w.shot("stopped")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
