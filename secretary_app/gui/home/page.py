"""Tổng quan, the home screen: what needs the secretary's attention today.

Counts per status (computed for today), the overdue list, what falls due within 7 days, this week's meetings,
recently issued documents, and a compact chart of the status counts. Everything comes from
services/home.py — counting queries and short limited lists, never a whole table — because this page is what
the window shows first. Clicking an item asks the window to open it in place (``open_requested``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from secretary_app.domain.changes import Change
from secretary_app.domain.deadlines import STATUS_TEXT_COLOURS, DeadlineStatus
from secretary_app.domain.text import vn_date_short
from secretary_app.gui.forms.ui_overview_page import Ui_OverviewPage
from secretary_app.gui.home.status_chart import StatusChart
from secretary_app.gui.shared.i18n import deadline_label, enum_label, status_label, ui_label, ui_number
from secretary_app.gui.shared.page import Page, make_title
from secretary_app.services.directives_board import BoardRow
from secretary_app.services.home import DUE_SOON_DAYS, FirstDaySteps, HomeSummary, home_summary

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id) the item opens
ITEM_CHARS = 150
WEEKDAYS = (
    QT_TRANSLATE_NOOP("weekdays", "Thứ Hai"),
    QT_TRANSLATE_NOOP("weekdays", "Thứ Ba"),
    QT_TRANSLATE_NOOP("weekdays", "Thứ Tư"),
    QT_TRANSLATE_NOOP("weekdays", "Thứ Năm"),
    QT_TRANSLATE_NOOP("weekdays", "Thứ Sáu"),
    QT_TRANSLATE_NOOP("weekdays", "Thứ Bảy"),
    QT_TRANSLATE_NOOP("weekdays", "Chủ nhật"),
)


def weekday(day: date) -> str:
    """The weekday's name in the UI's language (Vietnamese: "Thứ Hai" … "Chủ nhật", whatever the system's
    locale; the English catalogue: "Monday" …)."""
    return ui_label("weekdays", WEEKDAYS[day.weekday()])


OVERDUE_COLOUR = QColor(STATUS_TEXT_COLOURS[DeadlineStatus.OVERDUE])


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= ITEM_CHARS else text[: ITEM_CHARS - 1].rstrip() + "…"


class OverviewPage(Page):
    shows = frozenset(
        {
            Change.MEETINGS,
            Change.DOCUMENTS,
            Change.DIRECTIVES,
            Change.ORGANISATION,
            Change.UNITS,
            Change.PEOPLE,
            Change.INCOMING,
        }
    )
    # ("directive" | "meeting" | "document" | "status", id or DeadlineStatus)
    open_requested = Signal(str, object)
    # A first-day step's button: "profile", "people", "units" or "meeting" (the window opens that page/dialog)
    step_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.clock = date.today
        self.summary: HomeSummary | None = None
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        ui = self.ui
        make_title(ui.titleLabel)
        ui.organisationLabel.setProperty("role", "subtitle")
        self._cards = {
            "meetings": (ui.meetingsCard, ui.meetingsCount),
            "documents": (ui.documentsCard, ui.documentsCount),
            "directives": (ui.directivesCard, ui.directivesCount),
            "overdue": (ui.overdueCard, ui.overdueCount),
            "due_soon": (ui.dueSoonCard, ui.dueSoonCount),
        }
        for card, count in self._cards.values():
            card.setProperty("role", "card")
            count.setProperty("role", "count")
        ui.overdueCount.setStyleSheet(
            f"color: {OVERDUE_COLOUR.name()};"
        )  # overdue is the one figure that must stand out
        for section in (
            ui.chartLabel,
            ui.meetingsWeekLabel,
            ui.recentDocumentsLabel,
            ui.overdueLabel,
            ui.dueSoonLabel,
        ):
            section.setProperty("role", "section")
        self.chart = StatusChart(ui.chartHost)
        ui.chartLayout.addWidget(self.chart)
        self.chart.status_clicked.connect(lambda status: self.open_requested.emit("status", status))
        self.lists = (ui.overdueList, ui.dueSoonList, ui.meetingsWeekList, ui.recentDocumentsList)
        for view in self.lists:
            view.itemClicked.connect(self._open_item)
            view.itemActivated.connect(self._open_item)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setSpacing(2)  # wrapped two-line entries must not run into each other
        # Cards open their list too: a click on "Quá hạn" is the obvious way to see what is overdue.
        ui.overdueCard.mouseReleaseEvent = lambda _e: self.open_requested.emit(
            "status", DeadlineStatus.OVERDUE
        )
        ui.overdueCard.setCursor(Qt.CursorShape.PointingHandCursor)
        ui.firstDayFrame.setProperty("role", "card")
        ui.firstDayTitle.setProperty("role", "section")
        self.first_day_steps = {
            "profile": (ui.profileStepLabel, ui.profileStepButton),
            "people": (ui.peopleStepLabel, ui.peopleStepButton),
            "units": (ui.unitsStepLabel, ui.unitsStepButton),
            "meeting": (ui.meetingStepLabel, ui.meetingStepButton),
        }
        for step, (_label, button) in self.first_day_steps.items():
            button.clicked.connect(lambda _checked=False, step=step: self.step_requested.emit(step))
        self._show_empty()

    # -- loading ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx is None:
            self._show_empty()
            return
        today = self.clock()
        profile = self.ctx.organisation.get()
        self.ui.organisationLabel.setText(
            self.tr("{0} — hôm nay {1}, {2}").format(
                profile.issuing_body, weekday(today), vn_date_short(today)
            )
            if profile
            else self.tr("Chưa nhập thông tin cơ quan — vào mục Cài đặt để nhập.")
        )
        self._show_first_day(self.ctx.home.first_day())
        summary = self.summary = home_summary(self.ctx, today)
        counts = summary.status_counts
        self.chart.set_counts(counts)
        self.ui.meetingsCount.setText(ui_number(summary.meetings_total))
        self.ui.documentsCount.setText(ui_number(summary.documents_total))
        self.ui.directivesCount.setText(ui_number(summary.open_total))
        self.ui.overdueCount.setText(ui_number(summary.overdue_total))
        self.ui.dueSoonCount.setText(ui_number(len(summary.due_soon)))

        self.ui.overdueLabel.setText(self.tr("Việc quá hạn ({0})").format(ui_number(summary.overdue_total)))
        self._fill(
            self.ui.overdueList,
            [self._directive_item(r, overdue=True) for r in summary.overdue],
            self.tr("Không có việc nào quá hạn."),
        )
        if summary.overdue_total > len(summary.overdue):
            more = QListWidgetItem(
                self.tr("Xem tất cả {0} việc quá hạn…").format(ui_number(summary.overdue_total))
            )
            more.setData(TARGET_ROLE, ("status", DeadlineStatus.OVERDUE))
            font = QFont()
            font.setUnderline(True)
            more.setFont(font)
            self.ui.overdueList.addItem(more)
        self.ui.dueSoonLabel.setText(
            self.tr("Đến hạn trong {0} ngày tới ({1})").format(
                DUE_SOON_DAYS, ui_number(len(summary.due_soon))
            )
        )
        self._fill(
            self.ui.dueSoonList,
            [self._directive_item(r) for r in summary.due_soon]
            + [self._incoming_item(d) for d in summary.incoming_due],
            self.tr("Không có việc nào đến hạn trong {0} ngày tới.").format(DUE_SOON_DAYS),
        )
        monday, sunday = summary.week
        self.ui.meetingsWeekLabel.setText(
            self.tr("Cuộc họp trong tuần ({0} – {1})").format(vn_date_short(monday), vn_date_short(sunday))
        )
        self._fill(
            self.ui.meetingsWeekList,
            [self._meeting_item(m) for m in summary.meetings_this_week],
            self.tr("Tuần này chưa có cuộc họp nào."),
        )
        self._fill(
            self.ui.recentDocumentsList,
            [self._document_item(d) for d in summary.recent_documents],
            self.tr("Chưa có văn bản nào được ban hành."),
        )

    def _show_first_day(self, steps: FirstDaySteps) -> None:
        """The checklist of a new database: a done step is ticked and loses its button; once every step is
        done the block goes away for good (the facts it is computed from are never undone in practice)."""
        self.ui.firstDayFrame.setVisible(not steps.done)
        for step, (label, button) in self.first_day_steps.items():
            done = getattr(steps, step)
            label.setProperty("done", done)
            label.setStyleSheet("color: #2e7d32;" if done else "")
            text = label.text().removeprefix("✓ ").removeprefix("☐ ")
            label.setText(("✓ " if done else "☐ ") + text)
            button.setVisible(not done)

    def _fill(self, view: QListWidget, items: list[QListWidgetItem], empty: str) -> None:
        view.clear()
        for item in items:
            view.addItem(item)
        if not items:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            view.addItem(placeholder)

    def _directive_item(self, row: BoardRow, overdue: bool = False) -> QListWidgetItem:
        unit = row.lead_unit_short or row.lead_unit_display
        if overdue and row.deadline is not None:
            late = (self.clock() - row.deadline).days
            prefix = self.tr("Quá {0} ngày").format(ui_number(late))
        else:
            prefix = deadline_label(row.deadline, row.ongoing, row.deadline_text)
        item = QListWidgetItem(f"{prefix} · {unit} — {_short(row.content)}")
        item.setToolTip(
            f"{row.content}\n{row.source_label}\n{row.lead_unit_display} — {status_label(row.status)}"
        )
        item.setData(TARGET_ROLE, ("directive", row.id))
        if overdue:
            item.setForeground(QBrush(OVERDUE_COLOUR))
        return item

    def _incoming_item(self, document) -> QListWidgetItem:
        """A received document still to handle, its handling deadline past or near (sổ văn bản đến)."""
        deadline = document.handling_deadline
        late = deadline < self.clock()
        prefix = (
            self.tr("Quá hạn giải quyết")
            if late
            else self.tr("Hạn giải quyết {0}").format(vn_date_short(deadline))
        )
        source = document.symbol or self.tr("số đến {0}").format(document.number)
        item = QListWidgetItem(
            self.tr("{0} · Văn bản đến {1} — {2}").format(prefix, source, _short(document.summary))
        )
        item.setToolTip(f"{document.sender}: {document.summary}")
        item.setData(TARGET_ROLE, ("incoming", document.id))
        if late:
            item.setForeground(QBrush(OVERDUE_COLOUR))
        return item

    def _meeting_item(self, meeting) -> QListWidgetItem:
        start = meeting.start
        text = f"{weekday(start)} {start:%d/%m %H:%M} — {meeting.title} ({enum_label(meeting.status)})"
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(TARGET_ROLE, ("meeting", meeting.id))
        return item

    def _document_item(self, document) -> QListWidgetItem:
        symbol = document.symbol or self.tr("(chưa cấp số)")
        dated = vn_date_short(document.doc_date) if document.doc_date else ""
        item = QListWidgetItem(f"{symbol} {dated} — {_short(document.subject)}")
        item.setToolTip(document.subject)
        item.setData(TARGET_ROLE, ("document", document.id))
        return item

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            self.open_requested.emit(*target)

    def _show_empty(self) -> None:
        self.ui.organisationLabel.setText("")
        self.ui.firstDayFrame.hide()
        for _card, count in self._cards.values():
            count.setText("–")
        self.chart.set_counts({})
        for view in self.lists:
            view.clear()
