"""Xuất hồ sơ năm and Kiểm tra hồ sơ from the GUI: worker, progress, result, verification."""

from __future__ import annotations

import json

import pytest

from secretary_app.gui.data_safety import archive_dialog
from secretary_app.gui.data_safety.archive_dialog import ArchiveDialog, free_folder, verify_archive_folder
from secretary_app.gui.data_safety.backup_dialogs import ProgressRun
from secretary_app.gui.shared import messages
from secretary_app.services.demo import populate_demo


@pytest.fixture
def year(window) -> int:
    populate_demo(window.ctx)
    return window.ctx.meetings.list_meetings()[0].start.year


def export(window, year, folder, qtbot) -> ArchiveDialog:
    dialog = ArchiveDialog(window.ctx.db_path, window)
    qtbot.addWidget(dialog)
    dialog.ui.yearSpin.setValue(year)
    dialog.ui.folderEdit.setText(str(folder))
    dialog.export()
    return dialog


def test_export_writes_the_year_and_offers_to_open_the_folder(
    window, year, tmp_path, presenter, qtbot, monkeypatch
):
    usb = tmp_path / "USB"
    usb.mkdir()
    opened = []
    monkeypatch.setattr(archive_dialog, "open_folder", opened.append)
    presenter.answers = [0]  # "Mở thư mục"

    dialog = export(window, year, usb, qtbot)

    result = dialog.result
    assert result is not None and result.folder == usb / f"ho-so-{year}"
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["year"] == year and len(manifest["files"]) == len(result.entries) >= 1
    assert ProgressRun.last.reports[-1][0] == ProgressRun.last.reports[-1][1]
    done = presenter.messages[-1]
    assert done.buttons == ["Mở thư mục", "Đóng"] and str(result.folder) in done.text
    assert opened == [result.folder]
    assert free_folder(usb, year) == usb / f"ho-so-{year}-2"  # a second export never overwrites the first


def test_verify_reports_intact_then_a_changed_file(window, year, tmp_path, presenter, qtbot):
    presenter.answers = [1]
    folder = export(window, year, tmp_path, qtbot).result.folder
    assert verify_archive_folder(window, folder) == []
    assert presenter.messages[-1].level is messages.Level.INFO and "nguyên vẹn" in presenter.messages[-1].text

    victim = next(folder.glob("001_*.pdf"))
    victim.write_bytes(victim.read_bytes()[:-100])
    problems = verify_archive_folder(window, folder)
    assert len(problems) == 1
    assert presenter.messages[-1].level is messages.Level.WARNING
    assert victim.name in presenter.messages[-1].text


def test_missing_folder_is_explained(window, year, tmp_path, presenter, qtbot):
    dialog = ArchiveDialog(window.ctx.db_path, window)
    qtbot.addWidget(dialog)
    dialog.ui.folderEdit.setText(str(tmp_path / "E:" / "rút ra"))
    assert dialog.export() is None
    assert "cắm lại" in presenter.messages[-1].text
