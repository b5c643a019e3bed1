"""Issue 12, item 6: a new meeting of a committee whose previous meeting issued conclusions is offered the
agenda item "Tình hình thực hiện kết luận kỳ trước"."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate

from secretary_app.domain import models as m
from secretary_app.domain.meeting_templates import REVIEW_TITLE
from secretary_app.gui.meetings.meeting_dialog import MeetingDialog
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database

STANDING = "Hội nghị Ban Thường vụ"


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    meeting = context.meetings.create(
        m.Meeting(
            title="Hội nghị Ban Thường vụ Đảng ủy tháng 12 năm 2021",
            kind=STANDING,
            start=datetime(2021, 12, 20, 8, 0),
            place="Hà Nội",
            chair="Nguyễn Văn A",
            agenda=[m.AgendaItem(title="Kết luận hội nghị")],
        )
    )
    context.issuing.issue(context.issuing.draft_notice(meeting.id).id, date(2021, 12, 20))
    yield context
    context.close()


def test_new_meeting_of_the_same_committee_offers_the_review(qtbot, ctx):
    dialog = MeetingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.dateEdit.setDate(QDate(2022, 1, 10))
    dialog.ui.kindCombo.setCurrentText("Hội nghị Ban Chấp hành")  # no earlier meeting of this committee
    assert REVIEW_TITLE not in dialog.agenda_editor.titles()
    dialog.ui.kindCombo.setCurrentText(STANDING)  # its meeting of 20/12/2021 issued a notice
    titles = dialog.agenda_editor.titles()
    assert titles[:3] == [
        "Thông qua chương trình hội nghị",
        REVIEW_TITLE,
        "Báo cáo tình hình thực hiện nhiệm vụ",
    ]
    assert titles.count(REVIEW_TITLE) == 1
    dialog.ui.dateEdit.setDate(QDate(2021, 12, 1))  # before that meeting: nothing to review yet
    assert REVIEW_TITLE not in dialog.agenda_editor.titles()
