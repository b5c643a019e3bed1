"""Make the guide's pictures (resources/help/img/*.png) from the app itself, so they stay current.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_help_screens.py

Opens the demo database in a temporary folder (nothing of the user's is touched), shows each page of the main
window and the windows of the core path (meeting dialog, minutes editor, notice composer), grabs them and
saves them as small palette PNGs (under 150 KB each). The home screen is shot over a new database, so the
picture shows the first-day checklist the guide describes.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "help" / "img"
WIDTH, HEIGHT = 1100, 680
MAX_BYTES = 150_000
SHOW_DAY = date(2022, 1, 15)  # the demo's deadlines then look as they would in use: some overdue


def _settle(app, seconds: float = 0.3, until=None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline or (until is not None and not until()):
        app.processEvents()
        time.sleep(0.02)
        if time.monotonic() > deadline + 20:
            break


def _save(widget, name: str) -> Path:
    from PySide6.QtCore import Qt

    image = widget.grab().toImage()
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    # A palette image: screens are flat colours, so 256 of them keep it sharp at a fraction of the size.
    image = image.convertToFormat(image.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    path = OUT / f"{name}.png"
    image.save(str(path), "PNG", 9)
    size = path.stat().st_size
    print(f"{path.relative_to(ROOT)}: {image.width()}x{image.height()}, {size // 1024} KB")
    if size > MAX_BYTES:
        raise SystemExit(f"{path} is {size} bytes, over {MAX_BYTES}")
    return path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SECRETARY_DATA_DIR"] = tmp  # settings, backups and logs of this run stay in tmp
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv)
        app.setStyle("Fusion")
        from secretary_app.app import build_main_window
        from secretary_app.gui.documents.composer_windows import open_composer_for_meeting, open_windows
        from secretary_app.gui.meetings.meeting_dialog import MeetingDialog
        from secretary_app.gui.shell import main_window as mw
        from secretary_app.services.context import open_context
        from secretary_app.services.demo import ensure_demo_database

        OUT.mkdir(parents=True, exist_ok=True)

        # A new database: the home screen with its first-day checklist.
        fresh = build_main_window(open_context(Path(tmp) / "moi.sqlite", create=True))
        fresh.resize(WIDTH, HEIGHT)
        fresh.show()
        _settle(app)
        _save(fresh, "tong-quan")
        fresh.close()

        win = build_main_window(open_context(ensure_demo_database(Path(tmp) / "demo.sqlite")))
        for page in (win.overview_page, win.directives_page):
            page.clock = lambda: SHOW_DAY
        win.resize(WIDTH, HEIGHT)
        win.show()
        _settle(app)
        for index, name in (
            (mw.PAGE_MEETINGS, "cuoc-hop"),
            (mw.PAGE_DOCUMENTS, "van-ban"),
            (mw.PAGE_DIRECTIVES, "ket-luan"),
            (mw.PAGE_PEOPLE, "nguoi"),
            (mw.PAGE_UNITS, "don-vi"),
            (mw.PAGE_SETTINGS, "cai-dat"),
        ):
            win.show_page(index)
            _settle(app, 0.5)
            _save(win, name)

        ctx = win.ctx
        meeting = ctx.meetings.list_meetings()[0]
        # A new meeting with the whole committee added in one click ("Thêm tất cả ủy viên").
        dialog = MeetingDialog(ctx, None, win)
        dialog.resize(980, 640)
        dialog.ui.tabs.setCurrentWidget(dialog.ui.attendanceTab)
        dialog.attendance_editor.add_all_members()
        dialog.show()
        _settle(app)
        _save(dialog, "cuoc-hop-moi")
        dialog.hide()  # not reject(): the filled form would ask "Bỏ các thay đổi?"
        dialog.deleteLater()

        win.show_page(mw.PAGE_MEETINGS)
        win.meetings_page.select_meeting(meeting.id)
        editor = win.meetings_page.open_minutes()
        editor.resize(WIDTH, HEIGHT)
        editor.go_to_item(min(3, editor.ui.agendaList.count() - 1))
        _settle(app, 0.5)
        _save(editor, "bien-ban")
        editor.close()

        draft = ctx.issuing.notice_draft_for(meeting.id)
        composer = open_composer_for_meeting(win, ctx, meeting.id) if draft is None else None
        if composer is None:
            from secretary_app.gui.documents.composer_windows import open_composer

            composer = open_composer(win, ctx, draft.id)
        composer.resize(WIDTH, HEIGHT)
        _settle(app, 0.5, until=lambda: composer.ui.preview.renders >= 1)
        _settle(app, 0.5)
        _save(composer, "thong-bao")
        for window in open_windows(ctx):
            window.discard_changes()
            window.close()
        from secretary_app.gui.shared.tasks import wait_for_tasks

        wait_for_tasks()
        win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
