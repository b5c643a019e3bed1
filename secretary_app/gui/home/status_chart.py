"""A compact bar chart of directive counts per status, painted with QPainter (no chart library).

One horizontal bar per status: the label, the bar (its length relative to the largest count) and the count.
Clicking a bar (or pressing Enter on the focused one) emits ``status_clicked`` so the home screen can open the
board filtered to that status.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from secretary_app.domain.deadlines import STATUS_COLOURS, DeadlineStatus  # the printed report's colours too
from secretary_app.gui.shared.i18n import status_label, ui_number

# The order a secretary reads them: what needs action first.
DISPLAY_ORDER = (
    DeadlineStatus.OVERDUE,
    DeadlineStatus.NO_DEADLINE,
    DeadlineStatus.NOT_DUE,
    DeadlineStatus.IN_PROGRESS,
    DeadlineStatus.ONGOING,
    DeadlineStatus.DONE_ON_TIME,
    DeadlineStatus.DONE_LATE,
    DeadlineStatus.CANCELLED,
)
ROW_GAP = 6


class StatusChart(QWidget):
    status_clicked = Signal(object)  # a DeadlineStatus

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._counts: dict[DeadlineStatus, int] = dict.fromkeys(DeadlineStatus, 0)
        self._focused = 0
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Biểu đồ số kết luận, nhiệm vụ theo trạng thái"))

    def set_counts(self, counts: dict[DeadlineStatus, int]) -> None:
        self._counts = {s: counts.get(s, 0) for s in DeadlineStatus}
        lines = [f"{status_label(s)}: {self._counts[s]}" for s in DISPLAY_ORDER]
        self.setToolTip("\n".join([*lines, "", self.tr("Bấm vào một dòng để xem danh sách.")]))
        self.update()

    def counts(self) -> dict[DeadlineStatus, int]:
        return dict(self._counts)

    # -- geometry -----------------------------------------------------------------------------------------
    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 6

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return max(metrics.horizontalAdvance(status_label(s)) for s in DeadlineStatus) + 12

    def sizeHint(self) -> QSize:
        return QSize(self._label_width() + 260, len(DISPLAY_ORDER) * (self._row_height() + ROW_GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._label_width() + 120, self.sizeHint().height())

    def bar_rect(self, status: DeadlineStatus) -> QRectF:
        """The clickable line of ``status`` (label, bar and count)."""
        row = DISPLAY_ORDER.index(status)
        height = self._row_height()
        return QRectF(0, row * (height + ROW_GAP), self.width(), height)

    def status_at(self, y: float) -> DeadlineStatus | None:
        for status in DISPLAY_ORDER:
            rect = self.bar_rect(status)
            if rect.top() <= y <= rect.bottom():
                return status
        return None

    # -- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_w = self._label_width()
        count_w = metrics.horizontalAdvance("000000") + 8
        bar_space = max(10, self.width() - label_w - count_w)
        biggest = max(self._counts.values()) or 1
        for row, status in enumerate(DISPLAY_ORDER):
            rect = self.bar_rect(status)
            count = self._counts[status]
            if self.hasFocus() and row == self._focused:
                painter.fillRect(rect, QColor("#e3ebf6"))
            painter.setPen(QColor("#1f2d3d"))
            painter.drawText(
                QRectF(4, rect.top(), label_w - 8, rect.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                status_label(status),
            )
            width = bar_space * count / biggest
            if count:
                width = max(width, 3.0)  # one item still shows as a sliver, not as nothing
                painter.fillRect(
                    QRectF(label_w, rect.top() + 3, width, rect.height() - 6), QColor(STATUS_COLOURS[status])
                )
            bold = status == DeadlineStatus.OVERDUE and count > 0
            font = painter.font()
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(QColor(STATUS_COLOURS[status]) if bold else QColor("#1f2d3d"))
            painter.drawText(
                QRectF(label_w + width + 6, rect.top(), count_w, rect.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                ui_number(count),
            )
            font.setBold(False)
            painter.setFont(font)
        painter.end()

    # -- interaction --------------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.status_at(event.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.status_at(event.position().y())
            if hit is not None:
                self._focused = DISPLAY_ORDER.index(hit)
                self.status_clicked.emit(hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            self._focused = (self._focused + step) % len(DISPLAY_ORDER)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.status_clicked.emit(DISPLAY_ORDER[self._focused])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
