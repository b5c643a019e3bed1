"""The GUI side of opening safely (issue 17): what opening set aside is shown, a missing file is never
silently replaced by an empty database, and creating one is an explicit act."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_damaged_dbs import CASES, build, demo_database

from secretary_app.gui.shared.messages import Level
from secretary_app.gui.shell.application import open_first_context
from secretary_app.services.context import open_context


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    return demo_database(tmp_path_factory.mktemp("pristine"))


def test_a_foreign_wal_set_aside_on_open_is_shown_in_a_dialog_and_the_status_bar(
    window, presenter, tmp_path, pristine
):
    path = build(next(c for c in CASES if c.name == "foreign-wal"), tmp_path, pristine)
    assert window.open_database(path)
    (shown,) = [m for m in presenter.messages if m.level == Level.WARNING]
    assert shown.title == "Đã để riêng một tệp lạ"
    assert "KHÔNG được áp dụng" in shown.text and "foreign" in shown.text
    assert "để riêng" in window.statusBar().currentMessage()
    assert window.ctx.organisation.get().issuing_body != "KHÁC"  # the file's own committee, not the other one


def test_a_recent_file_that_is_gone_is_not_recreated_empty(window, presenter, tmp_path, db_path):
    gone = tmp_path / "usb" / "cap-uy.sqlite"  # a stick that is not plugged in
    assert not window.open_database(gone)
    assert window.ctx.db_path == db_path
    assert presenter.messages[-1].level == Level.ERROR and "Tệp ▸ Mới" in presenter.messages[-1].text
    assert not gone.parent.exists()


def test_an_empty_file_is_refused_and_left_as_it_is(window, presenter, tmp_path):
    empty = tmp_path / "rong.sqlite"
    empty.write_bytes(b"")
    assert not window.open_database(empty)
    assert empty.read_bytes() == b""
    assert "0 byte" in presenter.messages[-1].text


def test_only_the_first_start_creates_a_database_implicitly(qapp, presenter, tmp_path):
    first = tmp_path / "default" / "thu-ky-cap-uy.sqlite"
    ctx = open_first_context(first, open_context, create=True)  # the first start at the default location
    assert ctx is not None and first.is_file()
    ctx.close()
    elsewhere = tmp_path / "elsewhere.sqlite"
    presenter.answers = [1]  # "Thoát"
    assert open_first_context(elsewhere, open_context) is None
    assert not elsewhere.exists()
    assert "Không tìm thấy" in presenter.messages[-1].text


def test_the_background_check_after_start_reports_damage_and_stops_backups(
    qtbot, presenter, tmp_path, pristine
):
    from secretary_app.app import build_main_window
    from secretary_app.gui.data_safety.backup_dialogs import install_data_safety

    path = build(next(c for c in CASES if c.name == "index-damage"), tmp_path, pristine)
    window = build_main_window(open_context(path))  # quick_check passes: start-up lets it open
    qtbot.addWidget(window)
    backups = tmp_path / "backups"
    safety = install_data_safety(
        window, backup_dir=backups
    )  # the full check, then (if it passed) the daily copy
    qtbot.waitUntil(lambda: safety.check_problems is not None, timeout=20000)
    assert any("meetings_start" in p for p in safety.check_problems)
    (shown,) = [m for m in presenter.messages if m.level == Level.ERROR]
    assert shown.title == "Tệp dữ liệu có lỗi" and "Sao lưu tự động đã dừng" in shown.text
    assert safety.start_daily_backup() is None
    assert safety.backup_on_exit(path) is None
    assert not list(backups.glob("*.sqlite"))
    window.ctx.close()
    window.ctx = None
