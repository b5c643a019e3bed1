"""Tổng quan: an honest first overview (counts and the latest meetings) until the real dashboard."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidgetItem, QWidget

from secretary_app.domain.models import DirectiveStatus, label
from secretary_app.domain.text import vn_date_short
from secretary_app.gui.forms.ui_overview_page import Ui_OverviewPage
from secretary_app.gui.pages.base import Page, make_note, make_title

LATEST_MEETINGS = 5


class OverviewPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        make_title(self.ui.titleLabel)
        make_note(self.ui.comingLabel)
        self.ui.recentLabel.setProperty("role", "section")
        self.ui.organisationLabel.setProperty("role", "subtitle")
        for count in (self.ui.meetingsCount, self.ui.documentsCount, self.ui.directivesCount):
            count.setProperty("role", "count")
        for card in (self.ui.meetingsCard, self.ui.documentsCard, self.ui.directivesCard):
            card.setProperty("role", "card")
        self._show_empty()

    def refresh(self) -> None:
        if self.ctx is None:
            self._show_empty()
            return
        profile = self.ctx.organisation.get()
        self.ui.organisationLabel.setText(
            profile.issuing_body if profile else self.tr("Chưa nhập thông tin cơ quan — vào mục Cài đặt để nhập.")
        )
        meetings = self.ctx.meetings.list_meetings()
        documents = self.ctx.documents.list_documents()
        open_directives = [d for d in self.ctx.directives.list_directives() if d.status == DirectiveStatus.OPEN]
        self.ui.meetingsCount.setText(str(len(meetings)))
        self.ui.documentsCount.setText(str(len(documents)))
        self.ui.directivesCount.setText(str(len(open_directives)))
        self.ui.recentMeetingsList.clear()
        for meeting in meetings[:LATEST_MEETINGS]:
            text = f"{vn_date_short(meeting.start.date())} — {meeting.title} ({label(meeting.status)})"
            QListWidgetItem(text, self.ui.recentMeetingsList).setToolTip(text)
        if not meetings:
            QListWidgetItem(self.tr("Chưa có cuộc họp nào."), self.ui.recentMeetingsList)
        self._fit_list_height()

    def _fit_list_height(self) -> None:
        # As tall as its rows (at most LATEST_MEETINGS): a mostly empty white box reads as "data missing".
        view = self.ui.recentMeetingsList
        rows = max(1, view.count())
        row_height = max((view.sizeHintForRow(i) for i in range(view.count())), default=view.fontMetrics().height() + 12)
        view.setFixedHeight(rows * (row_height + 2 * view.spacing()) + 2 * view.frameWidth() + 4)

    def _show_empty(self) -> None:
        self.ui.organisationLabel.setText("")
        for count in (self.ui.meetingsCount, self.ui.documentsCount, self.ui.directivesCount):
            count.setText("–")
        self.ui.recentMeetingsList.clear()
