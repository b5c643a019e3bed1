"""Sổ văn bản đến in the window: register a file with its fields read from it, refuse a bad file in the
dialog, ask before throwing typed fields away, confirm (edit, drop) the proposed tasks, see them on the board
linked to their source, draft the report back, and write the book off the GUI thread."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date

import pytest
from PySide6.QtCore import Qt

from gui.helpers import replace_text, type_text
from secretary_app.domain import models as m
from secretary_app.domain.incoming import IncomingDocument
from secretary_app.gui.incoming.dialog import IncomingDialog
from secretary_app.gui.incoming.tasks_dialog import COL_DEADLINE, COL_TRACK, ConfirmTasksDialog
from secretary_app.gui.shell.main_window import PAGE_INCOMING
from secretary_app.services.directives_board import BoardFilter
from secretary_app.services.incoming import TaskDraft
from tests.unit.incoming_samples import EXE, received_pdf


@dataclass
class _Task:
    text: str
    lead_unit: str = ""
    cooperating_units: list = field(default_factory=list)
    source_line: str = ""


class _Reader:
    @staticmethod
    def propose(_path):
        return type(
            "Proposal",
            (),
            {
                "sender": "Tỉnh ủy Bắc Ninh",
                "symbol": "445-KL/TU",
                "issued_on": date(2026, 11, 28),
                "kind_code": "KL",
                "summary": "Về tăng cường công tác dân vận",
                "tasks": [
                    _Task(
                        "Quán triệt Kết luận đến toàn thể đảng viên trước ngày 20/12/2026", "Ban Tuyên giáo"
                    ),
                    _Task("Nội dung không phải nhiệm vụ"),
                ],
            },
        )()


@pytest.fixture
def reader(monkeypatch):
    import secretary_app.services as services

    monkeypatch.setitem(sys.modules, "secretary_app.services.incoming_extraction", _Reader)
    monkeypatch.setattr(services, "incoming_extraction", _Reader, raising=False)


@pytest.fixture
def page(window):
    window.ctx.units.save(m.Unit(name="Ban Tuyên giáo", short_name="BTG"))
    window.ctx.units.save(m.Unit(name="Văn phòng Đảng ủy", short_name="VP"))
    window.show_page(PAGE_INCOMING)
    return window.page(PAGE_INCOMING)


def test_register_a_file_with_the_fields_it_proposes(page, qtbot, reader, tmp_path):
    path = tmp_path / "kl-445.pdf"
    path.write_bytes(received_pdf("KẾT LUẬN 445"))
    dialog = IncomingDialog(page.ctx, parent=page)
    qtbot.addWidget(dialog)
    dialog.set_file(path)
    qtbot.waitUntil(lambda: dialog.ui.symbolEdit.text() == "445-KL/TU", timeout=10_000)
    assert dialog.ui.senderEdit.text() == "Tỉnh ủy Bắc Ninh"
    assert dialog.ui.typeCombo.currentText() == "Kết luận"
    assert dialog.ui.docDateEdit.text() == "28/11/2026"
    assert "2 nhiệm vụ" in dialog.ui.readLabel.text()
    dialog.ui.urgencyCombo.setCurrentIndex(1)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [doc] = page.ctx.incoming.entries()
    assert (doc.number, doc.urgency, doc.symbol) == (1, "Khẩn", "445-KL/TU")
    assert len(page.ctx.incoming.files(doc.id)) == 1
    assert [t.lead_unit_id is not None for t in dialog.proposed_tasks] == [True, False]
    page.refresh()
    assert page.model.rowCount() == 1 and page.proxy.index(0, 3).data() == "445-KL/TU"


def test_a_bad_file_is_refused_in_the_dialog_and_nothing_is_registered(page, qtbot, tmp_path):
    path = tmp_path / "cong-van.pdf"
    path.write_bytes(EXE)
    dialog = IncomingDialog(page.ctx, parent=page)
    qtbot.addWidget(dialog)
    dialog.set_file(path)
    qtbot.waitUntil(lambda: dialog.ui.readLabel.text() != "Đang đọc văn bản…", timeout=10_000)
    type_text(dialog.ui.senderEdit, "Tỉnh ủy")
    dialog.ui.summaryEdit.setPlainText("Về việc báo cáo")
    dialog.save()
    assert "chương trình (EXE)" in dialog.ui.errorLabel.text()
    assert dialog.result() != dialog.DialogCode.Accepted and page.ctx.incoming.entries() == []


def test_closing_over_typed_fields_asks_before_discarding(page, qtbot, presenter):
    dialog = IncomingDialog(page.ctx, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.senderEdit, "Huyện ủy")
    dialog.reject()  # Esc, the window's X and "Hủy" all come here
    assert presenter.messages[-1].title == "Bỏ các thay đổi?"
    assert dialog.isVisible()  # the default answer keeps editing
    presenter.answers.append(0)  # "Bỏ thay đổi"
    dialog.reject()
    assert not dialog.isVisible()


def test_edit_keeps_the_number(page, qtbot):
    doc = page.ctx.incoming.register(
        IncomingDocument(received_on=date(2026, 12, 1), sender="Tỉnh ủy", summary="Về việc A")
    )
    dialog = IncomingDialog(page.ctx, page.ctx.incoming.get(doc.id), parent=page)
    qtbot.addWidget(dialog)
    assert not dialog.ui.fileEdit.isVisible() and dialog.ui.summaryEdit.toPlainText() == "Về việc A"
    replace_text(dialog.ui.symbolEdit, "12-CV/TU")
    dialog.save()
    assert page.ctx.incoming.get(doc.id).symbol == "12-CV/TU" and page.ctx.incoming.get(doc.id).number == 1


def test_confirm_tasks_edit_drop_and_the_board_shows_their_source(page, qtbot, window):
    ctx = page.ctx
    doc = ctx.incoming.register(
        IncomingDocument(
            received_on=date(2026, 12, 1),
            sender="Tỉnh ủy",
            summary="Về công tác dân vận",
            symbol="445-KL/TU",
            type_name="Kết luận",
            doc_date=date(2026, 11, 28),
        )  # fmt: skip
    )
    units = {u.short_name: u.id for u in ctx.units.list_units()}
    drafts = [
        TaskDraft(
            "Quán triệt Kết luận", units["BTG"], deadline=date(2026, 12, 19), deadline_words="trước ngày 20"
        ),
        TaskDraft("Dòng không phải nhiệm vụ"),
        TaskDraft("Theo dõi, đôn đốc", ongoing=True),
    ]
    dialog = ConfirmTasksDialog(ctx, doc, drafts, parent=page)
    qtbot.addWidget(dialog)
    table = dialog.ui.tasksTable
    assert (
        table.item(0, COL_DEADLINE).text() == "19/12/2026"
        and table.item(2, COL_DEADLINE).text() == "Thường xuyên"
    )
    table.item(1, COL_TRACK).setCheckState(Qt.CheckState.Unchecked)
    dialog.set_unit(2, units["VP"])
    table.item(0, COL_DEADLINE).setText("31/12/2026")
    assert dialog.ui.countLabel.text() == "2/3 nhiệm vụ sẽ được theo dõi"
    table.item(2, COL_DEADLINE).setText("31/02/2026")
    dialog.confirm()
    assert "Dòng 3" in dialog.ui.errorLabel.text() and ctx.incoming.tasks(doc.id) == []
    table.item(2, COL_DEADLINE).setText("Thường xuyên")
    dialog.confirm()
    tasks = ctx.incoming.tasks(doc.id)
    assert [(t.content, t.lead_unit_id, t.deadline, t.ongoing) for t in tasks] == [
        ("Quán triệt Kết luận", units["BTG"], date(2026, 12, 31), False),
        ("Theo dõi, đôn đốc", units["VP"], None, True),
    ]
    rows = ctx.board.rows(BoardFilter())
    assert {r.source_number for r in rows} == {"445-KL/TU"}
    board = window.directives_page
    assert board is not None


def test_report_back_opens_in_the_composer_and_the_book_is_written_off_thread(
    page, qtbot, presenter, tmp_path
):
    ctx = page.ctx
    doc = ctx.incoming.register(
        IncomingDocument(
            received_on=date(2026, 12, 1), sender="Tỉnh ủy", summary="Về công tác", symbol="9-KL/TU"
        )
    )
    ctx.incoming.confirm_tasks(doc.id, [TaskDraft("Quán triệt", deadline=date(2026, 12, 31))])
    page.refresh()
    assert page.select_incoming(doc.id)
    assert page.ui.reportButton.isEnabled()
    page.ui.reportButton.click()
    report_id = ctx.incoming.get(doc.id).report_document_id
    assert report_id is not None and ctx.documents.get(report_id).kind == m.DocumentKind.REPORT
    from secretary_app.gui.documents.composer_windows import open_windows

    composers = open_windows(ctx)
    assert len(composers) == 1
    for composer in composers:
        composer.close()
    out = tmp_path / "so-den.xlsx"
    presenter.save_paths.append(out)
    task = page.write_book("xlsx")
    assert task is not None and not page.ui.exportButton.isEnabled()  # busy while the worker writes
    qtbot.waitUntil(lambda: page.ui.progressLabel.text().startswith("Đã ghi"), timeout=20_000)
    assert out.stat().st_size > 0
    qtbot.waitUntil(lambda: page.ui.exportButton.isEnabled(), timeout=5_000)


def test_home_lists_handling_deadlines_and_opens_the_register(window, qtbot):
    from datetime import timedelta

    from secretary_app.gui.shell.main_window import PAGE_OVERVIEW

    ctx = window.ctx
    today = date.today()
    doc = ctx.incoming.register(
        IncomingDocument(
            received_on=today,
            sender="Tỉnh ủy",
            summary="Về việc báo cáo nhanh",
            symbol="77-CV/TU",
            handling_deadline=today + timedelta(days=2),
        )  # fmt: skip
    )
    window.show_page(PAGE_OVERVIEW)
    home = window.overview_page
    home.refresh()
    items = [home.ui.dueSoonList.item(i) for i in range(home.ui.dueSoonList.count())]
    [item] = [i for i in items if "77-CV/TU" in i.text()]
    assert "Văn bản đến 77-CV/TU" in item.text()
    home._open_item(item)
    assert window.ui.pages.currentIndex() == PAGE_INCOMING
    assert window.page(PAGE_INCOMING).selected().id == doc.id


def test_signed_scan_is_kept_and_shown_on_the_documents_page(window, qtbot, presenter, tmp_path):
    from secretary_app.gui.shell.main_window import PAGE_DOCUMENTS

    ctx = window.ctx
    draft = m.StoredDocument(
        kind=m.DocumentKind.LETTER, standard=m.Standard.PARTY, type_code="CV", subject="Về X"
    )
    ctx.store.save_document(draft)
    ctx.store.db.execute(
        "UPDATE documents SET status='issued', number=5, doc_date='2026-12-01' WHERE id=?", [draft.id]
    )
    window.show_page(PAGE_DOCUMENTS)
    page = window.documents_page
    page.refresh()
    page.ui.documentsView.selectRow(0)
    assert page.ui.signedButton.isEnabled() and not page.signed_scans.open_action.isEnabled()
    bad = tmp_path / "ban-ky.pdf"
    bad.write_bytes(EXE)
    assert not page.signed_scans.attach(bad)
    assert "EXE" in presenter.messages[-1].text
    scan = tmp_path / "ban-ky-that.pdf"
    scan.write_bytes(received_pdf("ĐÃ KÝ"))
    assert page.signed_scans.attach(scan)
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.proxy.index(0, 6).data() == "Có", timeout=5_000
    )
    page.ui.documentsView.selectRow(0)
    assert page.signed_scans.open_action.isEnabled()
    assert [f.file_name for f in ctx.files.signed_scans(draft.id)] == ["ban-ky-that.pdf"]
