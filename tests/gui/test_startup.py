"""Start-up: a damaged database is explained, never written to, and restoring the newest backup fixes it."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from pathlib import Path

import pytest

from secretary_app.db import backups as low
from secretary_app.gui.shared import messages
from secretary_app.gui.shell.startup import check_database
from secretary_app.services.backups import BackupService, StartupCheckInBackground, startup_check
from secretary_app.services.context import open_context
from secretary_app.services.demo import populate_demo


def damage(path: Path) -> None:
    """Overwrite everything after the first page with garbage: the header survives, the b-trees do not."""
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data)):
        data[i] = (i * 7 + 13) % 256
    path.write_bytes(bytes(data))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(db_path, tmp_path):
    """A demo database with a good backup from 14/03/2025 09:05, then damaged."""
    ctx = open_context(db_path, create=True)
    populate_demo(ctx)
    ctx.close()
    backups = tmp_path / "backups"
    service = BackupService(db_path, backups)
    service.backup_now(service.backup_dir, reason="daily", now=datetime(2025, 3, 14, 9, 5))
    good_counts = low.summarize(db_path)
    damage(db_path)
    assert startup_check(db_path, backups).ok is False
    return db_path, backups, good_counts


@pytest.mark.parametrize("in_background", [False, True])
def test_damaged_file_offers_the_newest_backup_and_restoring_fixes_it(damaged, presenter, in_background):
    db_path, backups, good_counts = damaged
    presenter.answers = [0]  # "Khôi phục bản sao lưu gần nhất (…)"

    # As the app starts: the check began beside the GUI's imports (app.run_gui); the restored file is then
    # checked again, in the foreground.
    started = StartupCheckInBackground(db_path, backups) if in_background else None
    assert check_database(db_path, backup_dir=backups, started=started) == db_path

    question = presenter.messages[0]
    assert question.level is messages.Level.ERROR
    assert question.title == "Tệp dữ liệu bị hỏng"
    assert "bị hỏng" in question.text and "không ghi gì" in question.text
    assert question.buttons == ["Khôi phục bản sao lưu gần nhất (14/03/2025 09:05)", "Mở tệp khác…", "Thoát"]
    assert presenter.messages[1].title == "Đã khôi phục"
    assert startup_check(db_path, backups).ok
    assert low.summarize(db_path) == good_counts
    kept = list((backups / "pre-restore").glob("*.sqlite"))
    assert len(kept) == 1  # the damaged file is kept, for whoever supports the secretary


@pytest.mark.parametrize("in_background", [False, True])
def test_quit_writes_nothing_to_the_damaged_file(damaged, presenter, in_background):
    db_path, backups, _ = damaged
    wal = Path(f"{db_path}-wal")
    before = (sha(db_path), wal.exists() and sha(wal))
    presenter.answers = [2]  # "Thoát"
    started = StartupCheckInBackground(db_path, backups) if in_background else None
    assert check_database(db_path, backup_dir=backups, started=started) is None
    assert (sha(db_path), wal.exists() and sha(wal)) == before


def test_open_another_file_checks_that_one(damaged, presenter, tmp_path):
    db_path, backups, _ = damaged
    other = tmp_path / "khac.sqlite"
    open_context(other, create=True).close()
    presenter.answers = [1]
    presenter.open_paths = [other]
    assert check_database(db_path, backup_dir=backups) == other


def test_without_a_backup_the_secretary_can_pick_a_file(db_path, tmp_path, presenter):
    ctx = open_context(db_path, create=True)
    populate_demo(ctx)
    ctx.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = BackupService(db_path, tmp_path / "b").backup_now(usb)
    damage(db_path)
    presenter.answers = [0]
    presenter.open_paths = [copy]
    assert check_database(db_path, backup_dir=tmp_path / "empty") == db_path
    assert presenter.messages[0].buttons[0] == "Khôi phục từ tệp…"
    assert re.search(r"\d+ cuộc họp", presenter.messages[1].text)
    assert startup_check(db_path).ok


def test_sound_file_passes_without_a_question(db_path, presenter):
    open_context(db_path, create=True).close()
    assert check_database(db_path) == db_path
    assert presenter.messages == []
