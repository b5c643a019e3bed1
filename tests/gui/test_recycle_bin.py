"""Thùng rác in the window: a finalised meeting is refused with the reason, a draft meeting and a draft
notice go to the bin, and Dữ liệu ▸ Thùng rác… lists them and restores them whole."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from secretary_app.domain import models as m
from secretary_app.gui.recycle_bin.dialog import COL_KIND, COL_TITLE, RecycleBinDialog
from secretary_app.gui.shared.messages import Level
from secretary_app.gui.shell.main_window import PAGE_DOCUMENTS, PAGE_MEETINGS


def _meeting(ctx, title: str, day: int) -> m.Meeting:
    agenda = m.AgendaItem("Kiểm điểm công tác tháng")
    return ctx.meetings.create(
        m.Meeting(
            title,
            "Sinh hoạt chi bộ",
            datetime(2024, 5, day, 14),
            agenda=[agenda],
            attendance=[m.Attendance(None, "Lê Thị Hoa")],
            minutes=[m.MinutesEntry(m.MinutesEntryKind.OPINION, "Thống nhất.", "Lê Thị Hoa", agenda.uuid)],
        )
    )


def _select(page, title: str) -> None:
    for row in range(page.model.rowCount()):
        if page.model.index(row, 2).data() == title:
            page.ui.tableView.selectRow(row)
            return
    raise AssertionError(title)


def test_finalised_meeting_is_refused_and_a_draft_goes_to_the_bin_and_back(window, qtbot, presenter):
    ctx = window.ctx
    final = _meeting(ctx, "Họp đã chốt biên bản", 2)
    ctx.minutes.finalise(final.id)
    draft = _meeting(ctx, "Họp nháp", 3)
    before = ctx.meetings.get(draft.id)
    window.show_page(PAGE_MEETINGS)
    page = window.meetings_page

    _select(page, "Họp đã chốt biên bản")
    presenter.answers.append(0)  # even a "Xóa" answer could not delete it: no confirmation is asked
    assert not page.delete_current()
    refusal = presenter.messages[-1]
    assert refusal.title == "Không xóa được cuộc họp" and "đã chốt" in refusal.text
    presenter.answers.clear()
    assert len(ctx.meetings.list_meetings()) == 2

    _select(page, "Họp nháp")
    presenter.answers.append(0)  # "Xóa"
    assert page.delete_current()
    assert "Thùng rác" in presenter.messages[-1].text
    assert [page.model.index(r, 2).data() for r in range(page.model.rowCount())] == ["Họp đã chốt biên bản"]

    dialog = RecycleBinDialog(ctx, window)
    qtbot.addWidget(dialog)
    table = dialog.ui.binTable
    assert table.rowCount() == 1
    assert table.item(0, COL_KIND).text() == "Cuộc họp" and "Họp nháp" in table.item(0, COL_TITLE).text()
    assert dialog.ui.restoreButton.isEnabled()
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0 and dialog.ui.emptyLabel.isVisibleTo(dialog)
    assert "Họp nháp" in dialog.ui.statusLabel.text()
    assert ctx.meetings.get(draft.id) == before  # with its agenda, attendance and minutes
    assert page.model.rowCount() == 2  # the list reloaded from the change signal


def test_data_menu_opens_the_bin(window, qtbot, presenter):
    from secretary_app.gui.data_safety.backup_dialogs import install_data_safety

    safety = install_data_safety(window, daily=False)
    assert safety.trash_action.text() == "&Thùng rác…"
    safety.trash_action.trigger()
    [dialog] = [d for d in presenter.dialogs if isinstance(d, RecycleBinDialog)]
    assert dialog.ui.emptyLabel.isVisibleTo(dialog) and not dialog.ui.restoreButton.isEnabled()


def test_documents_page_deletes_drafts_only(window, qtbot, presenter):
    ctx = window.ctx
    signer = m.Signer("Hà Thị Mai An", "PHÓ BÍ THƯ", "T/M ĐẢNG ỦY")
    ctx.organisation.save(m.OrganisationProfile("ĐẢNG ỦY", "ĐU", "Hà Nội", signers=[signer]))
    meeting = _meeting(ctx, "Họp có thông báo", 4)
    draft = ctx.issuing.draft_notice(meeting.id)
    window.show_page(PAGE_DOCUMENTS)
    page = window.documents_page
    page.ui.documentsView.selectRow(0)
    assert page.selected_document().id == draft.id and page.ui.deleteDraftButton.isEnabled()
    presenter.answers.append(0)  # "Xóa"
    assert page.delete_selected_draft()
    assert presenter.messages[-1].level == Level.WARNING
    assert page.model.rowCount() == 0  # reloaded from the change signal
    [item] = ctx.trash.list()
    assert item.kind == "document"
    ctx.trash.restore(item.id)
    assert page.model.rowCount() == 1
    issued = ctx.issuing.issue(draft.id)
    page.ui.documentsView.selectRow(0)
    assert page.selected_document().id == issued.id and not page.ui.deleteDraftButton.isEnabled()
