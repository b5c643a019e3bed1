"""The "Dữ liệu" menu and the backups a secretary never has to think about.

* :func:`install_data_safety` adds the menu (Sao lưu ngay…, Khôi phục…, Xuất hồ sơ năm…, Kiểm tra hồ sơ…) to
  the main window, takes the automatic backup when the window closes, and the daily one in the background.
* :func:`run_with_progress` is how every long data operation of this module, the restore wizard, the start-up
  check and the archive dialog runs: in a worker (gui/shared/tasks.py), behind a window-modal progress dialog
  with "Hủy", returning only when the work is over — callers read as straight-line code.
* :func:`run_with_retry` adds what a full or pulled-out USB stick needs: the StorageError's Vietnamese message
  with "Thử lại" / "Hủy", never a traceback.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QProgressDialog, QWidget

from secretary_app.domain.errors import StorageError
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import translate
from secretary_app.gui.shared.tasks import TaskControl, error_message, run_task
from secretary_app.services.backups import BackupService, check_database

if TYPE_CHECKING:
    from secretary_app.gui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_BACKUP_SECONDS = 15.0  # closing must never hang on a slow disk: past this the exit copy is abandoned
DAILY_CHECK_MS = 3600 * 1000


# -- running long work --------------------------------------------------------------------------------------


@dataclass
class Outcome:
    result: Any = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class ProgressRun(QObject):
    """One worker behind a progress dialog. ``dialog`` stays inspectable by tests after the run."""

    last: ProgressRun | None = None  # the most recent run, for tests and screenshots

    def __init__(self, parent: QWidget | None, title: str, label: str, cancellable: bool):
        super().__init__()
        self.dialog = QProgressDialog(
            label, translate("backup_dialogs", "Hủy") if cancellable else "", 0, 0, parent
        )
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(420)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.reports: list[tuple[int, int]] = []  # every progress step delivered, in order
        ProgressRun.last = self

    def on_progress(self, done: int, total: int, text: str) -> None:
        self.reports.append((done, total))
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    def run(self, work: Callable[[TaskControl], Any]) -> Outcome:
        outcome = Outcome()
        loop = QEventLoop()

        def failed(exc: BaseException) -> None:
            outcome.error = exc

        def cancelled() -> None:
            outcome.cancelled = True

        # parent=None: the outcome must always be delivered, or the loop below would never end.
        task = run_task(
            work,
            on_result=lambda r: setattr(outcome, "result", r),
            on_error=failed,
            on_cancelled=cancelled,
            on_progress=self.on_progress,
            name=self.dialog.windowTitle(),
        )
        task.finished.connect(loop.quit)

        def cancel() -> None:
            task.cancel()
            self.dialog.setLabelText(translate("backup_dialogs", "Đang dừng…"))

        self.dialog.canceled.connect(cancel)
        self.dialog.show()
        loop.exec()  # a nested loop, as QDialog.exec() would: the window repaints, the worker reports
        self.dialog.canceled.disconnect(cancel)
        self.dialog.hide()
        return outcome


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Callable[[TaskControl], Any],
    *,
    cancellable: bool = True,
) -> Outcome:
    """Run ``work(control)`` in a worker behind a progress dialog; return when it is over."""
    return ProgressRun(parent, title, label, cancellable).run(work)


def run_with_retry(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Callable[[TaskControl], Any],
    *,
    cancellable: bool = True,
) -> Outcome:
    """:func:`run_with_progress`, and when the disk is full, read-only or gone, the reason with "Thử lại"."""
    while True:
        outcome = run_with_progress(parent, title, label, work, cancellable=cancellable)
        error = outcome.error
        if error is None:
            return outcome
        if isinstance(error, StorageError) and error.retryable:
            choice = messages.choose(
                parent,
                title,
                error.message,
                [translate("backup_dialogs", "Thử lại"), translate("backup_dialogs", "Hủy")],
                level=messages.Level.ERROR,
                escape=1,
            )
            if choice == 0:
                continue
        elif isinstance(error, (StorageError, OSError)) or hasattr(error, "message"):
            messages.error(parent, title, error_message(error))
        # any other exception is a bug: tasks.py has shown the error dialog and logged it
        return outcome


def choose_folder(parent: QWidget | None, title: str, start: Path | str) -> Path | None:
    """A folder picker (a USB stick) shown through the message seam, so tests can answer it."""
    dialog = QFileDialog(parent, title, str(start))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if messages.exec_dialog(dialog) != QFileDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen else None


def format_size(size: int) -> str:
    """Sizes as a secretary reads them: KB below a megabyte, MB with one decimal above (Vietnamese comma)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


# -- the controller ------------------------------------------------------------------------------------------


class DataSafety(QObject):
    """Backups, restore and the year archive for one main window."""

    def __init__(self, window: MainWindow, *, backup_dir: Path | None = None):
        super().__init__(window)
        self.window = window
        self._backup_dir = backup_dir
        # The background integrity check's verdict: None until it ran; a list of problems (empty: sound).
        self.check_problems: list[str] | None = None
        self.failures: list[str] = []  # every backup failure the secretary was told about, newest last
        self._daily_after_check = False
        self.menu = self._build_menu()
        closing = getattr(window, "context_closing", None)
        if closing is not None:
            closing.connect(self.backup_on_exit)

    def _build_menu(self) -> QMenu:
        menu = QMenu(translate("backup_dialogs", "&Dữ liệu"), self.window)
        menu.setObjectName("menuData")

        def add(text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
            action = QAction(text, menu)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False: slot())
            menu.addAction(action)
            return action

        self.backup_action = add(translate("backup_dialogs", "Sao lưu &ngay…"), self.backup_now, "Ctrl+B")
        self.restore_action = add(translate("backup_dialogs", "&Khôi phục từ bản sao lưu…"), self.restore)
        menu.addSeparator()
        self.archive_action = add(translate("backup_dialogs", "&Xuất hồ sơ năm…"), self.export_archive)
        self.verify_action = add(translate("backup_dialogs", "Kiểm &tra hồ sơ…"), self.verify_archive)
        menu.addSeparator()
        self.trash_action = add(translate("backup_dialogs", "&Thùng rác…"), self.open_recycle_bin)
        bar = self.window.menuBar()
        help_menu = getattr(self.window.ui, "menuHelp", None)
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        return menu

    def open_recycle_bin(self):
        from secretary_app.gui.recycle_bin.dialog import open_recycle_bin  # loaded on first use

        return open_recycle_bin(self.window, self.window.ctx)

    def db_path(self) -> Path | None:
        ctx = self.window.ctx
        return Path(ctx.db_path) if ctx is not None else None

    def service(self, db_path: Path | None = None) -> BackupService:
        return BackupService(db_path or self.db_path(), self._backup_dir)

    # -- automatic backups ---------------------------------------------------------------------------------
    def backup_failed(self, exc: BaseException, when: str) -> None:
        """Tell the secretary, in the status bar AND a dialog, that an automatic backup failed and what to do.
        Told first, logged after: on a full disk the log cannot be written either (and must not stop this)."""
        reason = (
            error_message(exc)
            if isinstance(exc, (StorageError, OSError)) or hasattr(exc, "message")
            else str(exc)
        )
        text = translate(
            "backup_dialogs",
            "Không tạo được bản sao lưu tự động ({0}).\n\n{1}\n\nDữ liệu đã lưu trong chương trình vẫn còn "
            "nguyên. Hãy giải phóng chỗ trống trên ổ đĩa hoặc kiểm tra quyền ghi, rồi dùng Dữ liệu ▸ Sao lưu "
            "ngay… (hoặc sao lưu ra USB).",
        ).format(when, reason)
        self.failures.append(text)
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(
                translate("backup_dialogs", "⚠ Sao lưu tự động không thành công: {0}").format(reason)
            )
        messages.error(self.window, translate("backup_dialogs", "Sao lưu tự động không thành công"), text)
        try:
            log.warning("Automatic backup (%s) failed: %s", when, exc)
        except Exception:  # noqa: BLE001 - a logging failure must not hide the dialog already shown
            pass

    def backup_on_exit(self, db_path: object) -> Path | None:
        """The copy taken as the window closes: quick, bounded in time, and never stopping the close (a
        failure is shown, then the window closes). A file the background check found damaged is not copied."""
        if self.check_problems:
            return None  # told already when the check found it; good copies stay as they are
        deadline = time.monotonic() + EXIT_BACKUP_SECONDS
        try:
            path = self.service(Path(db_path)).auto_backup("exit", cancel=lambda: time.monotonic() > deadline)
        except Exception as exc:  # a failed exit copy must not keep the secretary from closing
            from secretary_app.domain.errors import BackupCancelledError

            if not isinstance(exc, BackupCancelledError):
                self.backup_failed(exc, translate("backup_dialogs", "khi đóng chương trình"))
            return None
        log.info("Backup at exit: %s", path)
        return path

    def start_daily_backup(self):
        """Once a day, in the background (auto_backup itself skips when today's copy exists)."""
        path = self.db_path()
        if path is None or self.check_problems:
            return None
        service = self.service(path)

        def work(control: TaskControl) -> Path | None:
            return service.auto_backup("daily", cancel=lambda: control.cancelled)

        def failed(exc: BaseException) -> None:
            self.backup_failed(exc, translate("backup_dialogs", "hằng ngày"))

        return run_task(work, on_result=lambda p: log.info("Daily backup: %s", p), on_error=failed,
                        parent=self, name="daily-backup")  # fmt: skip

    def start_integrity_check(self):
        """The full check (integrity_check, foreign keys, readable text and known values) in the background
        after start; a damaged file is reported and is no longer copied over good backups."""
        path = self.db_path()
        if path is None:
            return None

        def work(control: TaskControl) -> list[str]:
            started = time.monotonic()
            result = check_database(path)
            log.info(
                "Background check of %s: %d problem(s) in %.2f s",
                path,
                len(result.problems),
                time.monotonic() - started,
            )
            return result.problems

        def done(problems: list[str]) -> None:
            self.check_problems = problems
            if not problems:
                if self._daily_after_check:
                    self.start_daily_backup()  # only a file that passed is copied (one dialog, not two)
                return
            shown = "\n".join(f"• {p}" for p in problems[:5])
            status = getattr(self.window, "statusBar", None)
            if status is not None:
                status().showMessage(
                    translate("backup_dialogs", "⚠ Tệp dữ liệu có lỗi: đã dừng sao lưu tự động")
                )
            messages.error(
                self.window,
                translate("backup_dialogs", "Tệp dữ liệu có lỗi"),
                translate(
                    "backup_dialogs",
                    "Kiểm tra toàn bộ tệp dữ liệu tìm thấy {0} lỗi. Sao lưu tự động đã dừng để bản sao hỏng "
                    "không đè lên các bản sao lưu tốt. Những bản ghi đọc được vẫn hiện bình thường; bản ghi "
                    "hỏng được đánh dấu “⚠ dữ liệu hỏng”. Hãy dùng Dữ liệu ▸ Khôi phục từ bản sao lưu…, "
                    "hoặc liên hệ "
                    "người hỗ trợ.\n\n{1}",
                ).format(len(problems), shown),
            )

        return run_task(work, on_result=done, parent=self, name="integrity-check")

    # -- "Sao lưu ngay…" -----------------------------------------------------------------------------------
    def backup_now(self, folder: Path | None = None) -> Path | None:
        title = translate("backup_dialogs", "Sao lưu ngay")
        if self.db_path() is None:
            return None
        if folder is None:
            folder = choose_folder(
                self.window,
                translate("backup_dialogs", "Chọn thư mục (hoặc USB) để lưu bản sao"),
                Path.home(),
            )
            if folder is None:
                return None
        service = self.service()

        def work(control: TaskControl) -> Path:
            return service.backup_now(folder, progress=lambda done, total: control.report(done, total),
                                      cancel=lambda: control.cancelled)  # fmt: skip

        outcome = run_with_retry(
            self.window, title, translate("backup_dialogs", "Đang sao lưu vào {0}…").format(folder), work
        )
        if not outcome.ok:
            return None
        path: Path = outcome.result
        messages.inform(
            self.window,
            title,
            translate(
                "backup_dialogs",
                "Đã sao lưu vào:\n{0}\n\nDung lượng: {1}. Bản sao đã được kiểm tra và đọc lại được.",
            ).format(path, format_size(path.stat().st_size)),
        )
        return path

    # -- restore and archive -------------------------------------------------------------------------------
    def restore(self) -> None:
        from secretary_app.gui.data_safety.restore_wizard import RestoreWizard

        if self.db_path() is None:
            return
        messages.exec_dialog(RestoreWizard(self, self.window))

    def export_archive(self) -> None:
        from secretary_app.gui.data_safety.archive_dialog import ArchiveDialog

        if self.db_path() is not None:
            messages.exec_dialog(ArchiveDialog(self.db_path(), self.window))

    def verify_archive(self) -> list[str] | None:
        from secretary_app.gui.data_safety.archive_dialog import verify_archive_folder

        return verify_archive_folder(self.window)


def install_data_safety(
    window: MainWindow, *, backup_dir: Path | None = None, daily: bool = True
) -> DataSafety:
    """Wire the data-safety features into ``window`` (one call from gui/shell/application.py)."""
    safety = DataSafety(window, backup_dir=backup_dir)
    window.data_safety = safety  # type: ignore[attr-defined]  # kept alive and reachable by tests
    if daily:
        safety._daily_after_check = True
        safety.start_integrity_check()  # then the daily backup, if the file passed
        # Office PCs stay on for days: look again every hour (a no-op while today's copy exists).
        timer = QTimer(safety)
        timer.setInterval(DAILY_CHECK_MS)
        timer.timeout.connect(safety.start_daily_backup)
        timer.start()
    return safety
