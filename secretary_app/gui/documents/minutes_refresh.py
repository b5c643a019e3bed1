"""“Cập nhật từ biên bản…” in the notice composer: the changes of the minutes since the draft was made
(services/draft_refresh.py), listed with a check box each — added, removed, reworded conclusions and tasks —
and applied as the secretary chooses. Blocks typed by hand are never touched; a change to a block edited by
hand shows both texts (⚠) and is unchecked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from secretary_app.domain import models as m
from secretary_app.domain.errors import NotFoundError
from secretary_app.gui.forms.ui_minutes_refresh_dialog import Ui_MinutesRefreshDialog
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import translate
from secretary_app.gui.shared.style import STYLE_SHEET
from secretary_app.services.draft_refresh import BlockChange, ChangeKind, apply_changes, minutes_changes

if TYPE_CHECKING:
    from secretary_app.gui.documents.composer_window import ComposerWindow

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


class MinutesRefreshDialog(QDialog):
    def __init__(self, changes: list[BlockChange], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MinutesRefreshDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE_SHEET)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Cập nhật dự thảo"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for change in changes:
            item = QListWidgetItem(self.describe(change))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if change.proposed else Qt.CheckState.Unchecked)
            item.setData(CHANGE_ROLE, change)
            self.ui.changesList.addItem(item)

    def describe(self, change: BlockChange) -> str:
        what = {
            "item": self.tr("nhiệm vụ"),
            "subheading": self.tr("nhóm nhiệm vụ"),
            "paragraph": self.tr("kết luận"),
        }.get(change.block_type, self.tr("đoạn"))
        if change.kind == ChangeKind.ADDED:
            return self.tr("+ Thêm {0}: {1}").format(what, change.new)
        if change.kind == ChangeKind.REMOVED:
            text = self.tr("− Bỏ {0}: {1}").format(what, change.old)
        else:
            text = self.tr("~ Sửa {0}:\n    trước: {1}\n    nay: {2}").format(what, change.old, change.new)
        if change.edited:
            text += "\n" + self.tr("    ⚠ Bạn đã sửa tay trong dự thảo: {0}").format(change.draft_text)
        return text

    def chosen(self) -> list[BlockChange]:
        items = (self.ui.changesList.item(i) for i in range(self.ui.changesList.count()))
        return [it.data(CHANGE_ROLE) for it in items if it.checkState() == Qt.CheckState.Checked]


def can_refresh(window: ComposerWindow) -> bool:
    document = window.document
    return (
        document.kind == m.DocumentKind.NOTICE
        and document.meeting_id is not None
        and document.status != m.DocumentStatus.ISSUED
    )


def pending_changes(window: ComposerWindow) -> list[BlockChange]:
    """The minutes' changes since the draft was made ([] for a document that is not a meeting's draft)."""
    if not can_refresh(window):
        return []
    try:
        meeting = window.ctx.meetings.get(window.document.meeting_id)
    except NotFoundError:
        return []
    return minutes_changes(window.content(), meeting)


def refresh_from_minutes(window: ComposerWindow) -> bool:
    """Show the changes, apply the chosen ones to the draft in the window (saved by its autosave); whether
    anything changed."""
    if not can_refresh(window):
        return False
    title = translate("minutes_refresh", "Cập nhật từ biên bản")
    try:
        meeting = window.ctx.meetings.get(window.document.meeting_id)
    except NotFoundError:
        messages.warn(
            window,
            title,
            translate("minutes_refresh", "Cuộc họp của dự thảo này không còn (có thể đã bị xóa)."),
        )
        return False
    content = window.content()
    changes = minutes_changes(content, meeting)
    if not changes:
        messages.inform(
            window,
            title,
            translate("minutes_refresh", "Biên bản không có thay đổi nào so với khi soạn dự thảo này."),
        )
        return False
    dialog = MinutesRefreshDialog(changes, window)
    accepted = messages.exec_dialog(dialog) == QDialog.DialogCode.Accepted
    chosen = dialog.chosen()
    dialog.deleteLater()
    if not accepted:
        return False
    window.take_content(apply_changes(content, meeting, chosen))
    return True
