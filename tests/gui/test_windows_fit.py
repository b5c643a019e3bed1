"""Every window and dialog opens within the free area of a 1366×768 or 1280×720 laptop screen (less a 40 px
taskbar), with its frame (issue 11). The offscreen test screen is replaced by the laptop's free area."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QMargins, QRect, Qt
from PySide6.QtWidgets import QApplication

from secretary_app.gui.shared import geometry
from secretary_app.gui.shared.geometry import FRAME_HEIGHT, FRAME_WIDTH, TITLE_HEIGHT, fit_every_window
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database

SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1280x720": QRect(0, 0, 1280, 680)}


def _windows(ctx, tmp_path):
    from secretary_app.app import build_main_window
    from secretary_app.gui.committee.dialogs import PersonDialog, TermDialog, UnitDialog
    from secretary_app.gui.committee.import_dialog import RosterImportDialog
    from secretary_app.gui.directives.dialogs import CarryOverDialog
    from secretary_app.gui.directives.report_dialog import ReportDialog
    from secretary_app.gui.documents.composer_window import ComposerWindow
    from secretary_app.gui.help.dialog import HelpDialog
    from secretary_app.gui.meetings.meeting_dialog import MeetingDialog
    from secretary_app.gui.meetings.minutes_editor import MinutesEditor
    from secretary_app.gui.recycle_bin.dialog import RecycleBinDialog
    from secretary_app.gui.shell.about import AboutDialog
    from secretary_app.gui.shell.error_dialog import ErrorDialog

    meeting = ctx.meetings.list_meetings()[0]
    document = ctx.documents.get(ctx.issuing.issued_notices_for(meeting.id)[0].id)
    today = date(2022, 1, 15)
    return {
        "main window": lambda: build_main_window(open_context(tmp_path / "demo.sqlite")),
        "composer": lambda: ComposerWindow(ctx, document),
        "minutes editor": lambda: MinutesEditor(ctx, meeting.id),
        "meeting dialog": lambda: MeetingDialog(ctx, ctx.meetings.get(meeting.id)),
        "report dialog": lambda: ReportDialog(ctx, today),
        "roster import": lambda: RosterImportDialog(ctx, "people"),
        "person dialog": lambda: PersonDialog(ctx, None),
        "unit dialog": lambda: UnitDialog(ctx, None),
        "term dialog": lambda: TermDialog(ctx),
        "carry-over": lambda: CarryOverDialog(ctx, today),
        "help": lambda: HelpDialog(),
        "recycle bin": lambda: RecycleBinDialog(ctx),
        "about": lambda: AboutDialog(None),
        "error": lambda: ErrorDialog("Traceback …"),
    }


@pytest.mark.parametrize("screen", SCREENS)
def test_every_window_opens_within_the_screen(qtbot, tmp_path, monkeypatch, screen):
    area = SCREENS[screen]
    monkeypatch.setattr(geometry, "_available", lambda _window: area)
    fit_every_window(QApplication.instance())
    ctx = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    too_big = []
    try:
        for name, make in _windows(ctx, tmp_path).items():
            window = make()
            qtbot.addWidget(window)
            window.show()
            QApplication.processEvents()  # a dialog's place is checked once it has centred itself
            # the window is placed by its own area: the title bar above it, the rest of the frame around it
            frame = QRect(window.pos(), window.size()).marginsAdded(
                QMargins(FRAME_WIDTH // 2, TITLE_HEIGHT, FRAME_WIDTH // 2, FRAME_HEIGHT - TITLE_HEIGHT)
            )
            if not area.contains(frame):
                too_big.append(f"{name}: {window.width()}×{window.height()} at {window.x()},{window.y()}")
            if hasattr(window, "discard_changes"):
                window.discard_changes()
            if getattr(window, "ctx", None) is not None and window.ctx is not ctx:
                window.ctx.close()
                window.ctx = None
            window.hide()
    finally:
        ctx.close()
    assert too_big == []


def test_composer_task_table_is_usable_at_1024x700(qtbot, tmp_path, monkeypatch):
    from secretary_app.gui.documents.composer_window import ComposerWindow

    monkeypatch.setattr(geometry, "_available", lambda _window: QRect(0, 0, 1024, 700))
    ctx = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    try:
        meeting = ctx.meetings.list_meetings()[0]
        window = ComposerWindow(ctx, ctx.documents.get(ctx.issuing.issued_notices_for(meeting.id)[0].id))
        qtbot.addWidget(window)
        window.show()
        window.ui.tabs.setCurrentIndex(1)
        table = window.ui.directivesTable
        qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 300)
        assert window.width() <= 1024 - FRAME_WIDTH
        assert table.columnWidth(0) >= 160, [table.columnWidth(c) for c in range(table.columnCount())]
        assert window.ui.splitter.sizes()[1] >= 350  # the preview stays readable
        window.hide()
    finally:
        ctx.close()


def test_minutes_editor_size_and_split_come_back(qtbot, tmp_path):
    from secretary_app.gui.meetings.minutes_editor import MinutesEditor

    ctx = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    try:
        meeting_id = ctx.meetings.list_meetings()[0].id
        first = MinutesEditor(ctx, meeting_id)
        first.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(first)
        first.show()
        first.resize(700, 500)
        first.ui.splitter.setSizes([330, 370])
        wanted = first.ui.splitter.sizes()
        first.close()
        again = MinutesEditor(ctx, meeting_id)
        again.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(again)
        again.show()
        assert (again.width(), again.height()) == (700, 500)
        assert abs(again.ui.splitter.sizes()[0] - wanted[0]) <= 2
        again.close()
    finally:
        ctx.close()


def test_a_framed_window_is_settled_by_its_real_frame(qtbot, monkeypatch):
    """After the window manager framed it, a window whose real frame leaves the free area (placed by its
    frame's corner where its own area was meant) is moved and shrunk by that frame."""
    from PySide6.QtWidgets import QWidget

    area = QRect(0, 0, 700, 500)
    monkeypatch.setattr(geometry, "_available", lambda _window: area)
    window = QWidget()
    qtbot.addWidget(window)
    window.setProperty(geometry._FITTED, True)  # as if placed before: only the settling is tested
    window.resize(640, 480)
    window.move(100, 60)
    window.show()
    qtbot.waitExposed(window)
    assert not area.contains(window.frameGeometry())
    geometry.settle_on_screen(window)
    assert area.contains(window.frameGeometry()), window.frameGeometry()


def test_a_dialog_opens_centred_on_its_window_not_in_the_corner(qtbot, monkeypatch):
    """Fitting a dialog to the screen must not pin it: QDialog centres itself over its parent when shown,
    and the fitting once moved it first, so every dialog opened at the screen's top-left corner."""
    from PySide6.QtWidgets import QDialog, QMainWindow

    area = QRect(0, 0, 1366, 728)
    monkeypatch.setattr(geometry, "_available", lambda _window: area)
    fit_every_window(QApplication.instance())
    main = QMainWindow()
    qtbot.addWidget(main)
    main.setGeometry(100, 80, 500, 400)  # inside the offscreen screen (800×600), which Qt clamps to
    main.show()
    dialog = QDialog(main)
    dialog.resize(200, 100)
    dialog.show()
    QApplication.processEvents()
    centre, parent_centre = dialog.geometry().center(), main.geometry().center()
    assert abs(centre.x() - parent_centre.x()) <= 20 and abs(centre.y() - parent_centre.y()) <= 40, (
        dialog.geometry(),
        main.geometry(),
    )
    dialog.close()
