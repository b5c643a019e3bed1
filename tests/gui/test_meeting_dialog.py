"""The meeting dialog: every field round-trips, templates pre-fill new meetings, errors show next to their
fields (and nothing typed is lost), attendance counts follow the rows, the agenda reorders by keyboard."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from gui.helpers import replace_text, type_text
from secretary_app.domain import models as m
from secretary_app.domain.meeting_templates import template_for
from secretary_app.gui.meetings.meeting_dialog import MeetingDialog
from secretary_app.services.context import open_context

CHI_BO = "Sinh hoạt chi bộ thường kỳ"


@pytest.fixture
def ctx(db_path):
    context = open_context(db_path, create=True)
    for name, position, membership, member in [
        ("Nguyễn Tuấn Hùng", "Bí thư", m.MembershipKind.OFFICIAL, True),
        ("Hà Thị Mai An", "Phó Bí thư", m.MembershipKind.OFFICIAL, True),
        ("Đặng Thu Hà", "Đảng viên", m.MembershipKind.PROBATIONARY, True),
        ("Lê Văn Khách", "Chuyên viên", m.MembershipKind.NONE, False),  # staff, not a committee member
    ]:
        context.people.save(
            m.Person(
                name=name,
                position=position,
                membership=membership,
                committee_role=m.CommitteeRole.EXECUTIVE if member else m.CommitteeRole.NONE,
            )
        )
    yield context
    context.close()


def _dialog(qtbot, ctx, meeting=None) -> MeetingDialog:
    dialog = MeetingDialog(ctx, meeting)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts only reach the active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_new_meeting_is_prefilled_from_its_kind_and_a_typed_title_is_kept(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    ui = dialog.ui
    ui.dateEdit.setDate(QDate(2025, 3, 10))
    ui.kindCombo.setCurrentText(CHI_BO)
    assert ui.titleEdit.text() == "Sinh hoạt chi bộ định kỳ tháng 3 năm 2025"
    template = template_for(CHI_BO)
    assert dialog.agenda_editor.titles() == [t.format(month=3, year=2025) for t in template.agenda]

    replace_text(ui.titleEdit, "Sinh hoạt chi bộ tháng 3 — chuyên đề Bác Hồ")
    ui.kindCombo.setCurrentText("Giao ban cấp ủy")
    assert ui.titleEdit.text() == "Sinh hoạt chi bộ tháng 3 — chuyên đề Bác Hồ"  # the user's words win
    assert (
        dialog.agenda_editor.titles()[0] == "Báo cáo kết quả thực hiện nhiệm vụ tháng 3"
    )  # untouched prefill follows


def test_every_field_round_trips_through_the_database(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    ui = dialog.ui
    ui.kindCombo.setCurrentText("Hội nghị Ban Thường vụ")
    replace_text(ui.titleEdit, "Hội nghị Ban Thường vụ Đảng ủy tháng 10")
    ui.dateEdit.setDate(QDate(2025, 10, 12))
    ui.startTimeEdit.setTime(QTime(8, 30))
    ui.endCheck.setChecked(True)
    ui.endTimeEdit.setTime(QTime(11, 15))
    type_text(ui.placeEdit, "Số 5 Lý Thường Kiệt, Hà Nội")
    ui.chairCombo.setCurrentText("Nguyễn Tuấn Hùng")
    type_text(ui.secretaryCombo.lineEdit(), "Đỗ Thị Trang")
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(str(m.MeetingStatus.FINISHED)))
    dialog.sites.set_values(["Điểm cầu Cần Thơ", "Điểm cầu Đà Nẵng"])
    dialog.guests.set_values(["Đồng chí Trần Khách, Ban Tổ chức"])
    type_text(ui.notesEdit, "Mang theo tài liệu")
    editor = dialog.attendance_editor
    assert editor.add_all_members() == 3
    table = editor.ui.table
    table.cellWidget(2, 2).setCurrentIndex(
        table.cellWidget(2, 2).findData(str(m.AttendanceStatus.ABSENT_EXCUSED))
    )
    table.item(2, 3).setText("Đi công tác")
    dialog.agenda_editor.add_item("Nội dung thêm", "Hà Thị Mai An")

    assert dialog.save()
    stored = ctx.meetings.get(ctx.meetings.list_meetings()[0].id)
    assert (stored.kind, stored.title) == (
        "Hội nghị Ban Thường vụ",
        "Hội nghị Ban Thường vụ Đảng ủy tháng 10",
    )
    assert (stored.start, stored.end) == (datetime(2025, 10, 12, 8, 30), datetime(2025, 10, 12, 11, 15))
    assert (stored.place, stored.chair, stored.secretary) == (
        "Số 5 Lý Thường Kiệt, Hà Nội",
        "Nguyễn Tuấn Hùng",
        "Đỗ Thị Trang",
    )
    assert stored.status == m.MeetingStatus.FINISHED
    assert stored.online_sites == ["Điểm cầu Cần Thơ", "Điểm cầu Đà Nẵng"]
    assert stored.guests == ["Đồng chí Trần Khách, Ban Tổ chức"]
    assert stored.notes == "Mang theo tài liệu"
    assert [(a.name, a.status, a.reason) for a in stored.attendance][2] == (
        "Đặng Thu Hà",
        m.AttendanceStatus.ABSENT_EXCUSED,
        "Đi công tác",
    )
    assert stored.agenda[-1].title == "Nội dung thêm" and stored.agenda[-1].presenter == "Hà Thị Mai An"

    # Reopened, the dialog shows the same meeting and saving it changes nothing (uuids kept).
    again = _dialog(qtbot, ctx, stored)
    collected = again.collect()
    assert collected.title == stored.title and collected.end == stored.end
    assert [a.uuid for a in collected.attendance] == [a.uuid for a in stored.attendance]
    assert [a.uuid for a in collected.agenda] == [a.uuid for a in stored.agenda]
    assert collected.online_sites == stored.online_sites and collected.guests == stored.guests


def test_end_before_start_is_reported_next_to_the_time_and_nothing_is_lost(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    ui = dialog.ui
    replace_text(ui.titleEdit, "Giao ban đặc biệt")
    ui.startTimeEdit.setTime(QTime(14, 0))
    ui.endCheck.setChecked(True)
    ui.endTimeEdit.setTime(QTime(9, 0))
    assert ui.endError.isVisible() and ui.endError.text() == "Giờ kết thúc phải sau giờ bắt đầu."  # live
    assert not dialog.save()
    assert ui.endError.isVisible()
    assert dialog.isVisible() and ui.titleEdit.text() == "Giao ban đặc biệt"
    assert ctx.meetings.list_meetings() == []
    ui.endTimeEdit.setTime(QTime(16, 0))
    assert not ui.endError.isVisible()
    assert dialog.save()


def test_empty_title_is_reported_next_to_the_title(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    ui = dialog.ui
    type_text(ui.placeEdit, "Hội trường A")
    ui.titleEdit.clear()
    assert not dialog.save()
    assert ui.titleError.isVisible() and ui.titleError.text() == "Chưa nhập tên cuộc họp."
    assert dialog.focusWidget() is ui.titleEdit
    assert ui.placeEdit.text() == "Hội trường A"
    assert ctx.meetings.list_meetings() == []


def test_attendance_counts_follow_the_rows(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    editor = dialog.attendance_editor
    editor.add_all_members()
    staff = next(p for p in ctx.people.list_people() if p.name == "Lê Văn Khách")
    editor.add_person(staff)  # not a committee member: counted as a guest
    table = editor.ui.table
    table.cellWidget(1, 2).setCurrentIndex(table.cellWidget(1, 2).findData(str(m.AttendanceStatus.ONLINE)))
    table.cellWidget(2, 2).setCurrentIndex(
        table.cellWidget(2, 2).findData(str(m.AttendanceStatus.ABSENT_UNEXCUSED))
    )
    counts = editor.counts()
    assert (counts.total, counts.official, counts.probationary, counts.present, counts.absent) == (
        3,
        2,
        1,
        2,
        1,
    )
    assert "<b>3</b>" in editor.ui.totalCount.text()
    assert "<b>2</b>" in editor.ui.presentCount.text() and "trực tuyến 1" in editor.ui.presentCount.text()
    assert "<b>1</b>" in editor.ui.absentCount.text() and "không lý do 1" in editor.ui.absentCount.text()
    table.setCurrentCell(2, 0)
    editor.remove_current()
    assert "Vắng: <b>0</b>" in editor.ui.absentCount.text()


def test_agenda_reorders_with_ctrl_up_and_down(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    dialog.ui.kindCombo.setCurrentText("Cuộc họp khác")  # no template: an empty agenda
    agenda = dialog.agenda_editor
    agenda.set_items([m.AgendaItem("Một"), m.AgendaItem("Hai"), m.AgendaItem("Ba")])
    uuids = [a.uuid for a in agenda.items()]
    dialog.ui.tabs.setCurrentIndex(2)
    table = agenda.ui.table
    table.setFocus()
    table.setCurrentCell(2, 0)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert agenda.titles() == ["Một", "Ba", "Hai"]
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert agenda.titles() == ["Ba", "Một", "Hai"]
    assert table.currentRow() == 0 and not agenda.ui.upButton.isEnabled()
    agenda.ui.downButton.click()
    assert agenda.titles() == ["Một", "Ba", "Hai"]
    assert sorted(a.uuid for a in agenda.items()) == sorted(uuids)  # minutes typed under an item follow it


def test_finalised_meeting_cannot_be_edited_in_the_dialog(qtbot, ctx):
    meeting = ctx.meetings.create(
        m.Meeting(title="Đã chốt", kind="Giao ban cấp ủy", start=datetime(2025, 1, 5, 8))
    )
    ctx.minutes.finalise(meeting.id)
    dialog = _dialog(qtbot, ctx, ctx.meetings.get(meeting.id))
    assert not dialog.ui.saveButton.isEnabled()
    assert not dialog.save()
    assert "đã chốt" in dialog.ui.formMessage.text()


def test_open_directives_are_carried_over_into_the_agenda(qtbot, tmp_path, presenter, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from secretary_app.services.demo import ensure_demo_database

    demo = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    try:
        dialog = _dialog(qtbot, demo)
        before = dialog.agenda_editor.titles()

        def accept_preticked(chooser):  # the secretary keeps the pre-ticked (overdue) items and presses OK
            presenter.dialogs.append(chooser)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(presenter, "exec_dialog", accept_preticked)
        added = dialog.add_carry_over()
        titles = dialog.agenda_editor.titles()
    finally:
        demo.close()
    open_with_deadline = [
        d for d in demo_directives(tmp_path) if d.deadline and d.status == m.DirectiveStatus.OPEN
    ]
    assert added == len(open_with_deadline) > 0  # every overdue item of 2021 is offered ticked
    assert titles[: len(before)] == before
    assert all(t.startswith("Kiểm điểm việc thực hiện:") for t in titles[len(before) :])


def demo_directives(tmp_path):
    ctx = open_context(tmp_path / "demo.sqlite", create=True)
    try:
        return ctx.directives.list_directives()
    finally:
        ctx.close()


def test_add_all_members_takes_the_committee_of_the_meetings_day(qtbot, ctx):
    from datetime import date

    newcomer = ctx.people.save(m.Person(name="Vũ Văn Mới", position="Ủy viên"))
    ctx.people.start_term(
        date(2030, 1, 1), "2030-2035", {newcomer.id: m.CommitteeRole.EXECUTIVE}
    )  # a term that begins later: today's committee is the fixture's three
    dialog = _dialog(qtbot, ctx)
    editor = dialog.attendance_editor
    assert editor.add_all_members() == 3
    assert [a.membership for a in editor.attendance()] == [
        m.MembershipKind.OFFICIAL,
        m.MembershipKind.OFFICIAL,
        m.MembershipKind.PROBATIONARY,
    ]
    later = _dialog(qtbot, ctx)
    later.ui.dateEdit.setDate(QDate(2030, 3, 5))
    assert later.attendance_editor.add_all_members() == 1
    assert [a.name for a in later.attendance_editor.attendance()] == ["Vũ Văn Mới"]


def test_chair_and_secretary_are_offered_from_members_and_signers(qtbot, ctx):
    ctx.organisation.save(
        m.OrganisationProfile(
            issuing_body="ĐẢNG ỦY X",
            code="ĐU",
            place="Hà Nội",
            signers=[m.Signer(name="Phạm Văn Ký", position="BÍ THƯ", authority="T/M ĐẢNG ỦY")],
        )
    )
    dialog = _dialog(qtbot, ctx)
    chair = dialog.ui.chairCombo
    names = [chair.itemText(i) for i in range(chair.count())]
    assert names[:3] == ["Nguyễn Tuấn Hùng", "Hà Thị Mai An", "Đặng Thu Hà"] and "Phạm Văn Ký" in names
    assert chair.currentText() == ""  # nothing chosen for the secretary
    chair.setEditText("Khách Mời Chủ Trì")  # a name typed in is kept
    assert dialog.collect().chair == "Khách Mời Chủ Trì"


def test_closing_a_changed_meeting_asks_first(qtbot, ctx, presenter):
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a new meeting as prefilled: nothing typed, closes
    assert not dialog.isVisible() and presenter.messages == []
    dialog = _dialog(qtbot, ctx)
    dialog.attendance_editor.add_all_members()
    presenter.answers = [1]  # "Tiếp tục sửa"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and presenter.messages[-1].title == "Bỏ các thay đổi?"
    presenter.answers = [0]
    dialog.ui.cancelButton.click()
    assert not dialog.isVisible()


def test_several_agenda_items_go_in_one_remove(qtbot, ctx):
    """A template's unwanted items: click the first, Shift+click the last, "Xóa" once (issue 11's walk)."""
    dialog = _dialog(qtbot, ctx)
    agenda = dialog.agenda_editor
    agenda.set_items([m.AgendaItem(t) for t in ("Một", "Hai", "Ba", "Bốn", "Năm")])
    dialog.ui.tabs.setCurrentIndex(2)
    table = agenda.ui.table
    view = table.viewport()
    third = table.visualRect(table.model().index(2, 0)).center()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=third)
    qtbot.mouseClick(
        view,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        table.visualRect(table.model().index(4, 0)).center(),
    )
    agenda.ui.removeButton.click()
    assert agenda.titles() == ["Một", "Hai"]
