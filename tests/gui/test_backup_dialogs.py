"""Backups from the GUI: Sao lưu ngay with progress and retry, the restore wizard, the exit backup."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from gui.helpers import RecordingPresenter
from secretary_app.db import backups as low
from secretary_app.domain.errors import DiskFullError
from secretary_app.domain.models import Meeting
from secretary_app.gui.data_safety import backup_dialogs
from secretary_app.gui.data_safety.backup_dialogs import ProgressRun, format_size, install_data_safety
from secretary_app.gui.data_safety.restore_wizard import (
    COL_DIRECTIVES,
    COL_DOCUMENTS,
    COL_MEETINGS,
    COL_TIME,
    RestoreWizard,
)
from secretary_app.gui.shared import messages
from secretary_app.services.backups import BackupService
from secretary_app.services.demo import populate_demo


class FolderPresenter(RecordingPresenter):
    """Also answers folder pickers (QFileDialog in directory mode) with the queued ``folders``."""

    def __init__(self, folders: list[Path]):
        super().__init__()
        self.folders = list(folders)

    def exec_dialog(self, dialog):
        if isinstance(dialog, QFileDialog) and self.folders:
            self.dialogs.append(dialog)
            dialog.selectFile(str(self.folders.pop(0)))
            return QDialog.DialogCode.Accepted
        return super().exec_dialog(dialog)


@pytest.fixture
def backup_dir(tmp_path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def safety(window, backup_dir):
    populate_demo(window.ctx)
    return install_data_safety(window, backup_dir=backup_dir, daily=False)


def use_presenter(monkeypatch, presenter):
    return messages.set_presenter(presenter)  # _isolated puts the test run's own back afterwards


def counts(path: Path) -> dict[str, int]:
    return low.summarize(path)


def test_data_menu_is_in_the_menu_bar_with_ctrl_b(window, safety):
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Dữ liệu" in titles
    assert titles.index("&Dữ liệu") < len(titles) - 1  # before Trợ giúp
    assert safety.backup_action.shortcut().toString() == "Ctrl+B"


def test_backup_now_writes_a_verified_copy_and_shows_progress(window, safety, tmp_path, monkeypatch):
    usb = tmp_path / "USB Cơ quan"
    usb.mkdir()
    presenter = FolderPresenter([usb])
    use_presenter(monkeypatch, presenter)

    path = safety.backup_now()

    assert path is not None and path.parent == usb and path.suffix == ".sqlite"
    assert low.quick_check(path) == []
    assert counts(path) == counts(Path(window.ctx.db_path))
    assert counts(path)["meetings"] > 0
    reports = ProgressRun.last.reports
    assert reports and reports[-1][0] == reports[-1][1] > 0  # progress reached the end
    assert ProgressRun.last.dialog.windowTitle() == "Sao lưu ngay"
    assert not ProgressRun.last.dialog.isVisible()
    assert presenter.messages[-1].level is messages.Level.INFO
    assert str(path) in presenter.messages[-1].text


def test_full_stick_shows_the_reason_and_retry_succeeds(window, safety, tmp_path, monkeypatch, presenter):
    usb = tmp_path / "usb"
    usb.mkdir()
    real = BackupService.backup_now
    calls = []

    def full_once(self, target_dir, **kwargs):
        calls.append(target_dir)
        if len(calls) == 1:
            raise DiskFullError(
                "Ổ đĩa (E:) đã đầy nên không ghi được. Hãy xóa bớt tệp rồi bấm “Thử lại”.", target_dir
            )
        return real(self, target_dir, **kwargs)

    monkeypatch.setattr(BackupService, "backup_now", full_once)
    presenter.answers = [0]  # "Thử lại"

    path = safety.backup_now(usb)

    error = presenter.messages[0]
    assert error.level is messages.Level.ERROR
    assert "đã đầy" in error.text and "Traceback" not in error.text
    assert error.buttons == ["Thử lại", "Hủy"]
    assert len(calls) == 2 and path is not None and path.is_file()
    assert list(usb.iterdir()) == [path]  # the failed attempt left nothing


def test_full_stick_cancel_gives_up_quietly(window, safety, tmp_path, monkeypatch, presenter):
    def full(self, target_dir, **kwargs):
        raise DiskFullError("Ổ đĩa đã đầy.", target_dir)

    monkeypatch.setattr(BackupService, "backup_now", full)
    assert safety.backup_now(tmp_path) is None  # default answer: "Hủy"
    assert len(presenter.messages) == 1


def test_cancel_stops_the_copy_and_leaves_no_file(window, safety, tmp_path, monkeypatch, presenter):
    usb = tmp_path / "usb"
    usb.mkdir()
    real = BackupService.backup_now

    def cancelled_midway(self, target_dir, *, progress=None, cancel=None, **kwargs):
        ProgressRun.last.dialog.cancel()  # as if the secretary pressed "Hủy" (the worker sees it at once)
        return real(self, target_dir, progress=progress, cancel=lambda: True, **kwargs)

    monkeypatch.setattr(BackupService, "backup_now", cancelled_midway)
    assert safety.backup_now(usb) is None
    assert list(usb.iterdir()) == []
    assert presenter.messages == []


def test_restore_wizard_lists_backups_and_restores(window, safety, backup_dir, presenter, qtbot):
    service = BackupService(window.ctx.db_path, backup_dir)
    draft = window.ctx.meetings.create(Meeting(title="Họp chi bộ", kind="Họp", start=datetime(2025, 3, 1, 8)))
    before = counts(Path(window.ctx.db_path))
    service.backup_now(service.backup_dir, reason="manual", now=datetime(2025, 3, 14, 9, 5))
    # After the backup the secretary deletes a meeting by mistake (and empties it from the bin: not here).
    window.ctx.meetings.delete(draft.id)
    assert counts(Path(window.ctx.db_path))["meetings"] == before["meetings"] - 1

    wizard = RestoreWizard(safety, window)
    qtbot.addWidget(wizard)
    table = wizard.ui.backupTable
    assert table.rowCount() == 1
    assert table.item(0, COL_TIME).text() == "14/03/2025 09:05"
    assert table.item(0, COL_MEETINGS).text() == str(before["meetings"])
    assert table.item(0, COL_DOCUMENTS).text() == str(before["documents"])
    assert table.item(0, COL_DIRECTIVES).text() == str(before["directives"])
    assert wizard.ui.restoreButton.isEnabled()

    presenter.answers = [0]  # confirm "Khôi phục"
    old_ctx = window.ctx
    report = wizard.restore_selected()

    assert "giữ lại một bản" in presenter.messages[0].text  # the confirmation says the current file is kept
    assert report is not None and wizard.result() == QDialog.DialogCode.Accepted
    assert window.ctx is not None and window.ctx is not old_ctx  # reopened
    assert len(window.ctx.meetings.list_meetings()) == before["meetings"]  # the deleted meeting is back
    assert report.pre_restore_copy.is_file()
    assert counts(report.pre_restore_copy)["meetings"] == before["meetings"] - 1  # the undo copy
    # The wizard lists the pre-restore copy next time, so a wrong choice can be undone.
    again = RestoreWizard(safety, window)
    qtbot.addWidget(again)
    assert any(info.reason == "pre-restore" for info in again.backups)


def test_restore_wizard_shows_damaged_backups_and_refuses_them(window, safety, backup_dir, qtbot):
    backup_dir.mkdir(parents=True, exist_ok=True)
    bad = backup_dir / f"{Path(window.ctx.db_path).stem}-20250101-080000-daily.sqlite"
    bad.write_bytes(b"not a database" * 100)
    wizard = RestoreWizard(safety, window)
    qtbot.addWidget(wizard)
    assert "HỎNG" in wizard.ui.backupTable.item(0, 5).text()
    assert not wizard.ui.restoreButton.isEnabled()
    assert wizard.restore_selected() is None


def test_empty_wizard_says_where_to_look(window, safety, qtbot):
    wizard = RestoreWizard(safety, window)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.ui.backupTable.rowCount() == 0
    assert wizard.ui.emptyLabel.isVisible()
    assert not wizard.ui.restoreButton.isEnabled()


def test_closing_the_window_backs_up_and_a_failure_does_not_block(window, safety, backup_dir, monkeypatch):
    db = Path(window.ctx.db_path)
    window.close()
    copies = list(backup_dir.glob("*-exit.sqlite"))
    assert len(copies) == 1 and counts(copies[0]) == counts(db)


class BrokenLogHandler(logging.Handler):
    """A log that cannot be written (the disk is full): every record raises, as a real FileHandler's would."""

    def emit(self, record):
        raise OSError(28, "No space left on device")

    def handleError(self, record):  # noqa: N802 - logging's name
        raise OSError(28, "No space left on device")


@pytest.fixture
def broken_log():
    handler = BrokenLogHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)


def test_failed_exit_backup_is_shown_and_closing_goes_on(window, safety, monkeypatch, broken_log):
    def broken(self, reason="exit", **kwargs):
        raise DiskFullError("Ổ đĩa đã đầy.")

    presenter = RecordingPresenter()
    use_presenter(monkeypatch, presenter)
    monkeypatch.setattr(BackupService, "auto_backup", broken)
    assert window.close()
    assert window.ctx is None
    # Heard, although the log cannot be written: a dialog with what to do, and the status bar.
    (shown,) = [m for m in presenter.messages if m.level == messages.Level.ERROR]
    assert "Ổ đĩa đã đầy." in shown.text and "Sao lưu ngay" in shown.text
    assert "Sao lưu tự động không thành công" in window.statusBar().currentMessage()


def test_failed_daily_backup_is_shown_in_a_dialog_and_the_status_bar(
    window, safety, monkeypatch, qtbot, broken_log
):
    def broken(self, reason="exit", **kwargs):
        raise PermissionError(13, "Permission denied", str(self.backup_dir))

    presenter = RecordingPresenter()
    use_presenter(monkeypatch, presenter)
    monkeypatch.setattr(BackupService, "auto_backup", broken)
    task = safety.start_daily_backup()
    qtbot.waitUntil(lambda: not task.is_running(), timeout=5000)
    qtbot.waitUntil(lambda: bool(safety.failures), timeout=5000)
    (shown,) = [m for m in presenter.messages if m.level == messages.Level.ERROR]
    assert "quyền ghi" in shown.text  # the ReadOnlyStorageError message: what to do
    assert "Sao lưu tự động không thành công" in window.statusBar().currentMessage()


def test_daily_backup_runs_in_the_background_once_a_day(window, backup_dir, qtbot):
    safety = install_data_safety(window, backup_dir=backup_dir, daily=False)
    task = safety.start_daily_backup()
    qtbot.waitUntil(lambda: not task.is_running(), timeout=5000)
    assert len(list(backup_dir.glob("*-daily.sqlite"))) == 1
    second = safety.start_daily_backup()
    qtbot.waitUntil(lambda: not second.is_running(), timeout=5000)
    assert second.result is None  # today's copy exists: nothing new
    assert len(list(backup_dir.glob("*-daily.sqlite"))) == 1


def test_sizes_read_as_kb_and_mb():
    assert format_size(300) == "1 KB"
    assert format_size(40 * 1024) == "40 KB"
    assert format_size(int(2.5 * 1024 * 1024)) == "2,5 MB"


def test_unexpected_error_is_not_shown_as_a_storage_message(window, safety, tmp_path, monkeypatch, presenter):
    shown = []
    monkeypatch.setattr("secretary_app.gui.shell.error_dialog.handle_exception", lambda *a: shown.append(a))

    def bug(self, target_dir, **kwargs):
        raise KeyError("bug")

    monkeypatch.setattr(BackupService, "backup_now", bug)
    assert safety.backup_now(tmp_path) is None
    assert presenter.messages == [] and len(shown) == 1  # the bug goes to the error dialog, logged
    assert backup_dialogs.ProgressRun.last.dialog.isHidden()
