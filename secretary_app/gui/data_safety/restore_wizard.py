"""The restore wizard: pick a backup (date, what is in it), confirm, and get the data back.

The restore contract of services/backups.py says the caller closes every connection first; the wizard waits
for background work, closes the window's context, restores in a worker (the service keeps a pre-restore copy
of the current file first), reopens the file and reloads every page. If the restore fails, the current file
is untouched (SQLite's backup is one transaction) and is simply reopened.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from secretary_app.domain.errors import DatabaseOpenError
from secretary_app.gui.data_safety.backup_dialogs import format_size, run_with_progress
from secretary_app.gui.forms.ui_restore_wizard import Ui_RestoreWizard
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import translate
from secretary_app.gui.shared.tasks import wait_for_tasks
from secretary_app.gui.shell.database_files import database_file_filter
from secretary_app.services.backups import BackupInfo, BackupService, RestoreReport, backup_info_for_file

if TYPE_CHECKING:
    from secretary_app.gui.data_safety.backup_dialogs import DataSafety

log = logging.getLogger(__name__)

COL_TIME, COL_MEETINGS, COL_DOCUMENTS, COL_DIRECTIVES, COL_SIZE, COL_REASON = range(6)


def reason_label(reason: str) -> str:
    return {
        "exit": translate("restore_wizard", "Tự động khi thoát"),
        "daily": translate("restore_wizard", "Tự động hằng ngày"),
        "manual": translate("restore_wizard", "Sao lưu thủ công"),
        "pre-restore": translate("restore_wizard", "Trước khi khôi phục"),
        "before-migration": translate("restore_wizard", "Trước khi nâng cấp dữ liệu"),
    }.get(reason, translate("restore_wizard", "Tệp chọn từ nơi khác"))


def when(info: BackupInfo) -> str:
    return info.created.strftime("%d/%m/%Y %H:%M")


def describe(info: BackupInfo) -> str:
    """One sentence naming a backup, for confirmations and the start-up dialog."""
    return translate(
        "restore_wizard", "bản sao lưu lúc {0} ({1} cuộc họp, {2} văn bản, {3} kết luận)"
    ).format(when(info), info.meetings, info.documents, info.directives)


def kept_copy_text(report: RestoreReport) -> str:
    """Where the file as it was before the restore is kept. The name gets its own line: a whole Windows
    profile path wraps into an unreadable block in a message box."""
    copy = report.pre_restore_copy
    if copy is None:
        return ""
    return translate(
        "restore_wizard",
        "\n\nTệp trước khi khôi phục được giữ lại (loại “Trước khi khôi phục” trong danh sách sao lưu):"
        "\n{0}\ntrong thư mục {1}",
    ).format(copy.name, copy.parent)


def restore_database(
    parent: QWidget | None, service: BackupService, info: BackupInfo
) -> RestoreReport | None:
    """Restore with a progress dialog; the StorageError's reason on failure. Every connection must be
    closed."""
    title = translate("restore_wizard", "Khôi phục dữ liệu")
    outcome = run_with_progress(
        parent, title, translate("restore_wizard", "Đang khôi phục từ {0}…").format(describe(info)),
        lambda control: service.restore(info.path, progress=lambda done, total: control.report(done, total)),
        cancellable=False,  # one SQLite transaction: stopping half-way is neither possible nor useful
    )  # fmt: skip
    if outcome.error is not None:
        if hasattr(outcome.error, "message"):
            messages.error(parent, title, outcome.error.message)
        return None
    return outcome.result


class RestoreWizard(QDialog):
    def __init__(self, safety: DataSafety, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RestoreWizard()
        self.ui.setupUi(self)
        self.safety = safety
        self.report: RestoreReport | None = None
        self.backups: list[BackupInfo] = []
        header = self.ui.backupTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.backupTable.itemSelectionChanged.connect(self._update_buttons)
        self.ui.backupTable.doubleClicked.connect(lambda _index: self.restore_selected())
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.otherFileButton.clicked.connect(self.choose_other_file)
        self.reload()

    def reload(self) -> None:
        self.set_backups(self.safety.service().list_backups())

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.backups = list(backups)
        table = self.ui.backupTable
        table.setRowCount(len(self.backups))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, info in enumerate(self.backups):
            damaged = info.meetings < 0
            counts = [info.meetings, info.documents, info.directives]
            cells = [
                when(info),
                *("—" if damaged else str(n) for n in counts),
                format_size(info.size),
                translate("restore_wizard", "{0} — HỎNG, không dùng được").format(reason_label(info.reason))
                if damaged
                else reason_label(info.reason),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column in (COL_MEETINGS, COL_DOCUMENTS, COL_DIRECTIVES, COL_SIZE):
                    item.setTextAlignment(right)
                if damaged:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, item)
        self.ui.emptyLabel.setVisible(not self.backups)
        if self.backups:
            table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.ui.backupTable.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        info = self.selected()
        self.ui.restoreButton.setEnabled(info is not None and info.meetings >= 0)

    def choose_other_file(self) -> None:
        path = messages.open_file(
            self, translate("restore_wizard", "Chọn tệp sao lưu"), str(Path.home()), database_file_filter()
        )
        if path is None:
            return
        self.set_backups([backup_info_for_file(path), *self.backups])

    def restore_selected(self) -> RestoreReport | None:
        info = self.selected()
        window = self.safety.window
        if info is None or info.meetings < 0 or window.ctx is None:
            return None
        db_path = Path(window.ctx.db_path)
        choice = messages.choose(
            self,
            translate("restore_wizard", "Khôi phục dữ liệu"),
            translate(
                "restore_wizard",
                "Khôi phục dữ liệu về {0}?\n\nNhững gì nhập sau thời điểm đó sẽ không còn trong tệp đang "
                "dùng. Trước khi khôi phục, tệp hiện tại được giữ lại một bản (loại “Trước khi khôi phục”) "
                "để có thể quay lại nếu chọn nhầm.",
            ).format(describe(info)),
            [translate("restore_wizard", "Khôi phục"), translate("restore_wizard", "Hủy")],
            level=messages.Level.WARNING,
            default=1,
            escape=1,
        )
        if choice != 0 or not window._confirm_leave():  # unsaved edits: save or drop them first, or stop
            return None
        wait_for_tasks(10_000)  # a worker may hold its own connection to the file (preview, export)
        window.ctx.close()
        window.ctx = None  # closed here: _set_context below must not close it again
        report = restore_database(self, self.safety.service(db_path), info)
        try:
            from secretary_app.services.context import open_context

            window._set_context(open_context(db_path))  # reopens the file and refreshes every page
        except DatabaseOpenError as exc:  # cannot happen after a checked restore; say so if it does
            log.error("Could not reopen %s after restore: %s", db_path, exc)
            messages.error(self, translate("restore_wizard", "Không mở được cơ sở dữ liệu"), exc.message)
            return report
        if report is None:
            return None
        self.report = report
        messages.inform(
            self,
            translate("restore_wizard", "Đã khôi phục"),
            translate("restore_wizard", "Đã khôi phục dữ liệu từ {0}.").format(describe(info))
            + kept_copy_text(report),
        )
        self.accept()
        return report
