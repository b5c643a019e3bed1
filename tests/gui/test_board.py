"""The directive board on the demo database: filters, grouping, keyboard tick-off, reopen, reassign, history,
paging, report and CSV."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from gui.demo_window import AFTER, close_window, install_dialog_presenter, open_demo_window
from gui.helpers import type_text
from secretary_app.domain.deadlines import OPEN_STATUSES, STATUS_ROW_BACKGROUNDS
from secretary_app.domain.deadlines import DeadlineStatus as S
from secretary_app.gui.directives import board_model
from secretary_app.gui.directives import board_page as board_module
from secretary_app.gui.directives.dialogs import DirectiveActionDialog, DirectiveHistoryDialog, qdate
from secretary_app.gui.shell.main_window import PAGE_DIRECTIVES
from secretary_app.services.directives_board import BoardFilter


@pytest.fixture
def win(qtbot, tmp_path):
    window = open_demo_window(qtbot, tmp_path)
    window.show_page(PAGE_DIRECTIVES)
    yield window
    close_window(window)


@pytest.fixture
def page(win):
    return win.directives_page


def shown_ids(page) -> list[int]:
    return [r.id for r in page.model.rows()]


def status_of(win, directive_id: int) -> S:
    (row,) = [r for r in win.ctx.board.rows(BoardFilter(), AFTER) if r.id == directive_id]
    return row.status


def unit_id(win, short: str) -> int:
    return next(u.id for u in win.ctx.units.list_units() if u.short_name == short)


def select(page, ids: list[int]) -> None:
    assert page.select_ids(ids)
    page.ui.tableView.setFocus()


def test_filters(page, win, qtbot):
    assert page.model.directive_count == 14  # open items by default: 9 overdue + 5 standing
    page.set_statuses([S.OVERDUE])
    assert page.model.directive_count == 9
    assert {r.status for r in page.model.rows()} == {S.OVERDUE}
    page.ui.unitCombo.setCurrentIndex(page.ui.unitCombo.findData(unit_id(win, "BTC")))
    assert page.model.directive_count == 7 and {r.lead_unit_short for r in page.model.rows()} == {"BTC"}
    page.ui.unitCombo.setCurrentIndex(0)
    page.set_statuses(None)
    assert page.model.directive_count == 18
    # Text without accents, debounced as the secretary types.
    type_text(page.ui.searchEdit, "kiem tra")
    qtbot.waitUntil(lambda: page.model.directive_count < 18, timeout=2000)
    assert page.model.rows() and all("kiểm tra" in r.content.lower() for r in page.model.rows())
    page.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: page.model.directive_count == 18, timeout=2000)
    # Deadline range: standing duties have none, so they drop out.
    page.ui.deadlineFromEdit.setDate(qdate(date(2021, 12, 1)))
    page.ui.deadlineToEdit.setDate(qdate(date(2021, 12, 31)))
    page.ui.deadlineCheck.setChecked(True)
    assert page.model.directive_count == 13
    page.ui.deadlineToEdit.setDate(qdate(date(2021, 12, 30)))
    assert page.model.directive_count == 0 and page.ui.emptyLabel.isVisible()
    page.ui.deadlineCheck.setChecked(False)
    # Source document.
    assert page.ui.sourceCombo.itemText(1) == "Thông báo số 239-TB/ĐU ngày 12/10/2021"
    page.ui.sourceCombo.setCurrentIndex(1)
    assert page.model.directive_count == 18


def test_grouping_by_source_and_heading(page):
    headers = page.model.header_rows()
    assert [page.model.index(r, 0).data() for r in headers] == ["Thông báo số 239-TB/ĐU ngày 12/10/2021"]
    page.ui.groupCombo.setCurrentIndex(page.ui.groupCombo.findData(board_model.GROUP_SOURCE_HEADING))
    labels = [page.model.index(r, 0).data().strip() for r in page.model.header_rows()]
    assert labels == [
        "Thông báo số 239-TB/ĐU ngày 12/10/2021",
        "Về công tác thông tin",
        "Về các lĩnh vực công tác của ngành",
        "Về công tác xây dựng Đảng",
    ]
    header = page.model.header_rows()[1]
    assert page.ui.tableView.columnSpan(header, 0) == page.model.columnCount()
    assert not page.model.flags(page.model.index(header, 0)) & Qt.ItemFlag.ItemIsSelectable
    page.ui.groupCombo.setCurrentIndex(page.ui.groupCombo.findData(board_model.GROUP_NONE))
    assert page.model.header_rows() == []
    assert page.ui.tableView.columnSpan(header, 0) == 1  # the old spans are gone with the headers
    deadlines = [r.deadline for r in page.model.rows()]
    assert deadlines[0] is not None and deadlines[-1] is None  # nearest first, standing duties last


def test_overdue_rows_are_marked(page):
    overdue = next(
        i for i in range(page.model.rowCount()) if (r := page.model.row_at(i)) and r.status == S.OVERDUE
    )
    standing = next(
        i for i in range(page.model.rowCount()) if (r := page.model.row_at(i)) and r.status == S.ONGOING
    )
    background = page.model.index(overdue, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == QColor(STATUS_ROW_BACKGROUNDS[S.OVERDUE])
    assert page.model.index(standing, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.model.index(overdue, 3).data() == "Quá hạn chưa hoàn thành"


def tick_with(done_on: date, note: str):
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, DirectiveActionDialog)
        assert dialog.day() == AFTER  # the done date defaults to today
        dialog.ui.dateEdit.setDate(qdate(done_on))
        type_text(dialog.ui.noteEdit, note)
        dialog.ui.referenceEdit.setText("Báo cáo số 12-BC/BTC")
        dialog.accept()

    return fill


def test_tick_off_from_the_keyboard(page, win):
    presenter = install_dialog_presenter()
    overdue = [r.id for r in page.model.rows() if r.status == S.OVERDUE]
    late, on_time = overdue[0], overdue[1]

    presenter.fill = tick_with(date(2022, 1, 10), "Đã hoàn thành, có báo cáo")
    select(page, [late])
    QTest.keyClick(page.ui.tableView, Qt.Key.Key_Space)
    assert len(presenter.dialogs) == 1
    assert status_of(win, late) == S.DONE_LATE  # done 10/01/2022, due 31/12/2021
    directive = win.ctx.directives.get(late)
    assert directive.result == "Đã hoàn thành, có báo cáo (Văn bản báo cáo: Báo cáo số 12-BC/BTC)"
    assert late not in shown_ids(page)  # the default view shows what is still open

    presenter.fill = tick_with(date(2021, 12, 30), "Xong trước hạn")
    select(page, [on_time])
    QTest.keyClick(page.ui.tableView, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert status_of(win, on_time) == S.DONE_ON_TIME
    assert page.model.directive_count == 12

    # A done date in the future is refused in the dialog, which stays open; nothing is saved.
    def future(dialog):
        dialog.ui.dateEdit.setMaximumDate(qdate(date(2030, 1, 1)))
        dialog.ui.dateEdit.setDate(qdate(date(2022, 2, 1)))
        dialog.accept()

    presenter.fill = future
    third = overdue[2]
    select(page, [third])
    QTest.keyClick(page.ui.tableView, Qt.Key.Key_Space)
    dialog = presenter.dialogs[-1]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "không được sau ngày hôm nay" in dialog.ui.errorLabel.text()
    assert status_of(win, third) == S.OVERDUE


def test_reopen_with_reason_is_audited(page, win):
    presenter = install_dialog_presenter()
    page.set_statuses([S.DONE_ON_TIME])
    done = page.model.rows()[0]
    select(page, [done.id])
    assert page.ui.reopenButton.isEnabled() and not page.ui.tickButton.isEnabled()

    def empty_reason(dialog):
        dialog.accept()

    presenter.fill = empty_reason
    page.ui.reopenButton.click()
    assert "lý do" in presenter.dialogs[-1].ui.errorLabel.text()
    assert status_of(win, done.id) == S.DONE_ON_TIME

    def reason(dialog):
        assert dialog.ui.noteEdit.isVisibleTo(dialog) and not dialog.ui.dateEdit.isVisibleTo(dialog)
        type_text(dialog.ui.noteEdit, "Báo cáo chưa đạt yêu cầu")
        dialog.accept()

    presenter.fill = reason
    page.ui.reopenButton.click()
    assert status_of(win, done.id) == S.OVERDUE
    audit = win.ctx.store.audit_entries(win.ctx.directives.get(done.id).uuid)
    assert (audit[-1].action, audit[-1].summary) == ("reopen", "Báo cáo chưa đạt yêu cầu")
    assert any(e.action == "update" and "status" in e.summary for e in audit)


def test_multi_select_reassign(page, win):
    presenter = install_dialog_presenter()
    rows = [r for r in page.model.rows() if r.lead_unit_short == "BTC"][:3]
    view = page.ui.tableView
    view.clearSelection()
    for row in rows:  # Ctrl+click style: add each row to the selection
        view.selectionModel().select(
            page.model.index(page.model.row_of(row.id), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert page.selected_ids() == [r.id for r in rows]
    vpdu = unit_id(win, "VPĐU")

    def choose(dialog):
        assert dialog.ui.unitCombo.isVisibleTo(dialog) and "3 kết luận" in dialog.ui.itemsLabel.text()
        dialog.ui.unitCombo.setCurrentIndex(dialog.ui.unitCombo.findData(vpdu))
        dialog.accept()

    presenter.fill = choose
    page.ui.reassignButton.click()
    assert {win.ctx.directives.get(r.id).lead_unit_id for r in rows} == {vpdu}
    assert {r.lead_unit_short for r in page.model.rows() if r.id in {x.id for x in rows}} == {"VPĐU"}
    assert page.selected_ids() == [r.id for r in rows]  # the selection survives the reload
    for row in rows:
        assert win.ctx.store.audit_entries(win.ctx.directives.get(row.id).uuid)[-1].action == "reassign"


def test_progress_note_and_history(page, win):
    presenter = install_dialog_presenter()
    row = next(r for r in page.model.rows() if r.status == S.ONGOING)
    select(page, [row.id])

    def progress(dialog):
        dialog.ui.dateEdit.setDate(qdate(date(2022, 1, 12)))
        type_text(dialog.ui.noteEdit, "Đã triển khai ở 3 đơn vị")
        dialog.accept()

    presenter.fill = progress
    page.ui.progressButton.click()
    assert [n.text for n in win.ctx.directives.get(row.id).notes] == ["Đã triển khai ở 3 đơn vị"]

    presenter.fill = None
    select(page, [row.id])
    QTest.keyClick(page.ui.tableView, Qt.Key.Key_Return)  # Enter opens the history
    history = presenter.dialogs[-1]
    assert isinstance(history, DirectiveHistoryDialog)
    table = history.ui.historyTable
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert ["12/01/2022", "Tiến độ", "Đã triển khai ở 3 đơn vị", ""] in cells
    assert any(row[1] == "Tạo mới" for row in cells)


def test_pages_of_rows(page, monkeypatch):
    monkeypatch.setattr(board_module, "PAGE_SIZE", 5)
    page.set_statuses(None)
    assert page.model.directive_count == 5 and page.ui.moreButton.isVisible()
    assert "5 trong số 18" in page.ui.countLabel.text()
    first = shown_ids(page)
    page.ui.moreButton.click()
    assert page.model.directive_count == 10 and shown_ids(page)[:5] == first
    page.fetch_more()
    page.fetch_more()
    assert page.model.directive_count == 18 and not page.ui.moreButton.isVisible()
    assert len(set(shown_ids(page))) == 18


def test_select_directive_widens_filters(page, win):
    done = next(r for r in win.ctx.board.rows(BoardFilter(), AFTER) if r.status == S.DONE_ON_TIME)
    assert done.id not in shown_ids(page)
    assert page.select_directive(done.id)
    assert page.selected_ids() == [done.id]


def test_report_dialog_builds_in_background_and_exports(page, win, qtbot, tmp_path):
    presenter = install_dialog_presenter()
    page.ui.reportButton.click()
    dialog = presenter.dialogs[-1]
    # The current period (15/01/2022: quý I năm 2022), not the quarter before.
    assert dialog.ui.periodCombo.currentData() == "q1" and dialog.ui.yearSpin.value() == 2022
    dialog.ui.periodCombo.setCurrentIndex(dialog.ui.periodCombo.findData("q4"))
    dialog.ui.yearSpin.setValue(2021)
    task = dialog.generate()
    qtbot.waitUntil(lambda: dialog.content is not None, timeout=10_000)
    assert task is not None and dialog.content.subject.endswith("quý IV năm 2021")
    assert any(b.type == "chart" for b in dialog.content.body)
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=10_000)
    qtbot.waitUntil(dialog.ui.pdfButton.isEnabled, timeout=10_000)
    presenter.save_paths.append(tmp_path / "report.pdf")
    dialog.ui.pdfButton.click()
    qtbot.waitUntil(lambda: (tmp_path / "report.pdf").exists(), timeout=10_000)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    # A reminder slip goes to one unit.
    dialog.ui.kindCombo.setCurrentIndex(1)
    assert dialog.ui.unitCombo.currentData() is not None and not dialog.ui.periodCombo.isVisibleTo(dialog)
    dialog.ui.unitCombo.setCurrentIndex(dialog.ui.unitCombo.findData(unit_id(win, "BTC")))
    qtbot.waitUntil(lambda: getattr(dialog.content, "title", "") == "PHIẾU ĐÔN ĐỐC", timeout=10_000)
    dialog.close()


def test_report_kind_switch_rerenders_and_blocks_stale_export(page, win, qtbot, tmp_path):
    """Switching the kind must not leave the old báo cáo in the preview with "Xuất PDF" enabled."""
    presenter = install_dialog_presenter()
    page.ui.reportButton.click()
    dialog = presenter.dialogs[-1]
    dialog.generate()
    qtbot.waitUntil(dialog.ui.pdfButton.isEnabled, timeout=10_000)
    assert dialog.content.title != "PHIẾU ĐÔN ĐỐC"
    report_pages = dialog.preview.renders
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("reminder"))
    # At once: nothing to print or export until the slip is in the preview.
    assert not dialog.ui.pdfButton.isEnabled() and not dialog.ui.printButton.isEnabled()
    qtbot.waitUntil(dialog.ui.pdfButton.isEnabled, timeout=10_000)
    assert dialog.content.title == "PHIẾU ĐÔN ĐỐC" and dialog.preview.renders > report_pages
    presenter.save_paths.append(tmp_path / "slip.pdf")
    dialog.ui.pdfButton.click()
    qtbot.waitUntil(lambda: (tmp_path / "slip.pdf").exists(), timeout=10_000)
    # The batch: one slip per unit with overdue or due-soon tasks, in one file.
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("batch"))
    assert not dialog.ui.pdfButton.isEnabled() and not dialog.ui.unitCombo.isVisibleTo(dialog)
    qtbot.waitUntil(dialog.ui.pdfButton.isEnabled, timeout=10_000)
    assert isinstance(dialog.content, list) and len(dialog.content) >= 2
    assert all(slip.title == "PHIẾU ĐÔN ĐỐC" for slip in dialog.content)
    assert dialog.preview.page_count() >= len(dialog.content)
    assert f"{len(dialog.content)} phiếu" in dialog.ui.statusLabel.text()
    presenter.save_paths.append(tmp_path / "batch.pdf")
    dialog.ui.pdfButton.click()
    qtbot.waitUntil(lambda: (tmp_path / "batch.pdf").exists(), timeout=10_000)
    import pdfplumber

    with pdfplumber.open(tmp_path / "batch.pdf") as pdf:
        assert len(pdf.pages) >= len(dialog.content)
        text = "".join(p.extract_text() or "" for p in pdf.pages)
    assert text.count("PHIẾU ĐÔN ĐỐC") == len(dialog.content)
    dialog.close()


def test_csv_export_of_every_filtered_row(page, qtbot, tmp_path, presenter):
    page.set_statuses(OPEN_STATUSES)
    presenter.save_paths.append(tmp_path / "board")
    page.ui.csvButton.click()
    path = tmp_path / "board.csv"
    qtbot.waitUntil(path.exists, timeout=10_000)
    lines = path.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].startswith("STT;Nội dung;") and len(lines) == 15
