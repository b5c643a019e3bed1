"""Databases (open, new, recent files, failures), the excepthook dialog, and the English translation."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication

from gui.helpers import status_bar_text
from secretary_app.gui.shared.messages import Level
from secretary_app.gui.shell import error_dialog as errors
from secretary_app.gui.shell.application import open_first_context
from secretary_app.gui.shell.main_window import PAGE_SETTINGS
from secretary_app.gui.shell.recent import MAX_RECENT, RecentFiles
from secretary_app.services.context import open_context


def _recent_menu_paths(window) -> list[str]:
    window.ui.menuRecent.aboutToShow.emit()
    return [a.data() for a in window.ui.menuRecent.actions() if a.data()]


def _make_db(path):
    open_context(path, create=True).close()
    return path


def test_open_database_switches_context_and_lists_it_in_recent_files(window, presenter, tmp_path, db_path):
    other = _make_db(tmp_path / "other.sqlite")
    presenter.open_paths = [other]
    window.ui.actionOpenDatabase.trigger()

    assert window.ctx.db_path == other
    assert str(other) in status_bar_text(window)
    # Pages not yet shown get the database when first shown (start-up speed); each one then has the new one.
    for index, page in enumerate(window.pages):
        window.show_page(index)
        assert page.ctx is window.ctx
    assert _recent_menu_paths(window) == [str(other.resolve()), str(db_path.resolve())]

    # Opening from the recent menu goes back to the first file.
    next(a for a in window.ui.menuRecent.actions() if a.data() == str(db_path.resolve())).trigger()
    assert window.ctx.db_path.resolve() == db_path.resolve()


def test_recent_files_prune_missing_files_and_keep_at_most_eight(tmp_path):
    recent = RecentFiles()
    paths = [_make_db(tmp_path / f"db{i}.sqlite") for i in range(MAX_RECENT + 2)]
    for path in paths:
        recent.add(path)
    listed = recent.paths()
    assert len(listed) == MAX_RECENT
    assert listed[0] == paths[-1].resolve()
    paths[-1].unlink()
    assert paths[-1].resolve() not in recent.paths()
    assert RecentFiles().paths() == recent.paths()  # kept in QSettings, not in memory


def test_a_database_that_cannot_be_opened_keeps_the_current_one(window, presenter, tmp_path, db_path):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    assert not window.open_database(broken)
    assert window.ctx.db_path == db_path
    (message,) = presenter.messages
    assert message.level == Level.ERROR
    assert message.title == "Không mở được cơ sở dữ liệu"
    assert message.text  # the Vietnamese reason from DatabaseOpenError.message


def test_new_database_creates_the_file_and_opens_settings(window, presenter, tmp_path):
    presenter.save_paths = [tmp_path / "chi-bo-moi"]
    assert window.new_database()
    assert window.ctx.db_path == tmp_path / "chi-bo-moi.sqlite"
    assert (tmp_path / "chi-bo-moi.sqlite").is_file()
    assert window.current_page() is window.pages[PAGE_SETTINGS]


def test_new_database_never_reuses_an_existing_file(window, presenter, db_path):
    presenter.save_paths = [db_path]
    before = window.ctx
    assert not window.new_database()
    assert window.ctx is before
    assert presenter.messages[-1].level == Level.WARNING


def test_startup_failure_offers_another_file_or_quit(qapp, presenter, tmp_path):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"garbage" * 1000)

    presenter.answers = [1]  # "Thoát"
    assert open_first_context(broken, open_context) is None
    assert presenter.messages[-1].buttons == ["Mở tệp khác…", "Thoát"]

    good = _make_db(tmp_path / "good.sqlite")
    presenter.answers = [0]  # "Mở tệp khác…"
    presenter.open_paths = [good]
    ctx = open_first_context(broken, open_context)
    try:
        assert ctx.db_path == good
    finally:
        ctx.close()


def test_excepthook_logs_and_shows_the_error_dialog_with_copy_button(
    qapp, qtbot, presenter, monkeypatch, caplog
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    assert sys.excepthook is errors.handle_exception
    try:
        raise RuntimeError("hỏng rồi")
    except RuntimeError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())

    assert "Uncaught exception" in caplog.text and "hỏng rồi" in caplog.text
    (dialog,) = presenter.dialogs
    qtbot.addWidget(dialog)
    assert "Đã xảy ra lỗi không mong muốn" in dialog.ui.messageLabel.text()
    assert dialog.ui.copyButton.text() == "Sao chép chi tiết"
    assert "RuntimeError: hỏng rồi" in dialog.ui.detailsEdit.toPlainText()
    dialog.ui.copyButton.click()
    assert "RuntimeError: hỏng rồi" in QApplication.clipboard().text()
    assert "Traceback" in QApplication.clipboard().text()


def test_keyboard_interrupt_is_not_a_dialog(qapp, presenter, monkeypatch):
    called = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: called.append(args))
    errors.handle_exception(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert called and not presenter.dialogs


@pytest.fixture
def english(qapp, monkeypatch):
    from secretary_app.gui.shared.i18n import install_translator

    monkeypatch.setenv("SECRETARY_LANG", "en")
    translator = install_translator(qapp)
    assert translator is not None
    yield
    qapp.removeTranslator(translator)


def test_english_translation_is_loaded_from_the_environment(english, qtbot, db_path):
    from secretary_app.app import build_main_window

    win = build_main_window(open_context(db_path, create=True))
    qtbot.addWidget(win)
    assert [win.ui.navList.item(i).text() for i in range(9)] == [
        "Overview",
        "Meetings",
        "Documents",
        "Conclusions/Tasks",
        "People",
        "Units",
        "Search",
        "Settings",
        "Incoming",
    ]
    assert win.ui.menuFile.title() == "&File"
    assert win.meetings_page.ui.countLabel.text() == "Total: 0"
    assert win.profile_page.ui.saveButton.text() == "Save"
    win.close()


def test_vietnamese_is_the_default(qapp, monkeypatch):
    from secretary_app.gui.shared.i18n import install_translator

    monkeypatch.delenv("SECRETARY_LANG", raising=False)
    assert install_translator(qapp) is None
