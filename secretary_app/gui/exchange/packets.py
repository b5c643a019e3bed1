"""The packet work of the exchange dialog: what waits to be sent, "Xuất gói" to a folder with progress, "Nhận
gói" with a summary of what will change before it is applied, the conflicts to resolve side by side, and the
history of packets.

Export and import run in the background (gui/shared/tasks.py) on the worker's own connection, publishing on
the window's change hub. A refused packet (PacketRefused, a RuleError) is an expected outcome with a
Vietnamese message, never a crash dialog."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from secretary_app.domain.errors import NotFoundError, RuleError
from secretary_app.domain.sites import Site
from secretary_app.gui.exchange.conflicts import conflict_rows, field_label, value_text
from secretary_app.gui.forms.ui_exchange_preview_dialog import Ui_ExchangePreviewDialog
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.style import STYLE_SHEET
from secretary_app.gui.shared.tasks import EXPECTED_ERRORS, error_message, run_task, with_context
from secretary_app.services.exchange_packets import PACKET_SUFFIX

if TYPE_CHECKING:
    from secretary_app.gui.exchange.dialog import ExchangeDialog

log = logging.getLogger(__name__)

# A refused packet or pairing problem is the secretary's to act on, not a bug.
PACKET_ERRORS = (*EXPECTED_ERRORS, RuleError)
PACKET_FILTER = "Gói trao đổi (*.tkgoi);;Mọi tệp (*)"
CONFLICT_ID = 0  # position of the conflict id among a row's keys


@dataclass
class Preview:
    """What a packet would change here, computed on a dry run (nothing written)."""

    path: Path
    sender: str
    sequence: int
    summary: dict[str, Any]
    notes: list[str]


def packet_file_name(me: Site, to: Site, sequence: int) -> str:
    """ "Văn phòng Đảng ủy → CQTT miền Trung, gói 7" as a file name every file system takes."""

    def plain(name: str) -> str:
        return re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-")[:40] or "don-vi"

    return f"{plain(me.name)}--{plain(to.name)}--goi-{sequence:04d}{PACKET_SUFFIX}"


def _export(ctx, site_id: str, folder: Path, control) -> tuple[Path, int]:
    control.report(0, 2, "")
    site = ctx.sites.by_id(site_id)
    sequence = ctx.exchange.sequences(site)["last_sent"] + 1
    target = folder / packet_file_name(ctx.sites.this_site(), site, sequence)
    control.report(1, 2, "")
    path, outgoing = ctx.exchange.export_packet(site.name, target)
    control.report(2, 2, "")
    return path, outgoing.seq


def _preview(ctx, path: Path, control) -> Preview:
    opened = ctx.sites.read_packet(path)  # who sent it and its number, for the summary's first line
    result = ctx.exchange.preview_import(path)
    return Preview(path, opened.sender.name, opened.sequence, result.summary(), result.messages())


def _apply(ctx, path: Path, control) -> list[str]:
    # Read and verified again: the file may have changed since the preview.
    return ctx.exchange.import_packet(path).messages()


class PreviewDialog(QDialog):
    """The summary of a packet before it is applied: from whom, which packet, what changes, conflicts,
    gaps."""

    def __init__(self, preview: Preview, parent: QWidget | None = None):
        from secretary_app.gui.exchange.dialog import fill_table

        super().__init__(parent)
        self.ui = Ui_ExchangePreviewDialog()
        self.ui.setupUi(self)
        summary = preview.summary
        self.ui.headerLabel.setText(
            self.tr("Gói số {0} từ {1} ({2}). Những gì sẽ thay đổi ở đây:").format(
                preview.sequence, preview.sender, preview.path.name
            )
        )
        rows = [[label.capitalize(), str(count)] for label, count in (summary.get("changes") or {}).items()]
        if summary.get("conflicts"):
            rows.append([self.tr("Xung đột (sửa ở cả hai nơi, cần chọn)"), str(summary["conflicts"])])
        fill_table(self.ui.changesTable, [self.tr("Loại"), self.tr("Số mục")], rows)
        self.ui.notesLabel.setText("\n".join(preview.notes))
        nothing = not summary.get("applied")
        self.ui.applyButton.setEnabled(not nothing)
        self.ui.applyButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.setStyleSheet(STYLE_SHEET)


class PacketWork(QObject):
    def __init__(self, dialog: ExchangeDialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.ctx = dialog.ctx
        self.busy = False
        self.last_preview: Preview | None = None
        self._conflicts: list[dict] = []
        self._pending: dict[str, dict[str, int]] = {}  # site id -> what waits, by kind (per reload)
        ui = dialog.ui
        ui.exportButton.clicked.connect(lambda: self.export_packet())
        ui.importButton.clicked.connect(lambda: self.import_packet())
        ui.keepOursButton.clicked.connect(lambda: self.resolve("ours"))
        ui.takeTheirsButton.clicked.connect(lambda: self.resolve("theirs"))
        ui.conflictsTable.itemSelectionChanged.connect(self._conflict_buttons)

    # -- showing --------------------------------------------------------------------------------------------
    def pending_counts(self, sites: list[Site]) -> dict[str, str]:
        """The total waiting per site; each site's kinds are kept for "Chờ gửi" (a dry run costs ~0.1-0.3 s
        for 1,000 tasks on the GUI thread: once per reload, not again on every selection)."""
        self._pending = {site.site_id: self.ctx.exchange.pending_summary(site) for site in sites}
        out = {}
        for site in sites:
            total = sum(self._pending[site.site_id].values())
            out[site.site_id] = str(total) if total else self.tr("không có")
        return out

    def show_pending(self, site: Site | None) -> None:
        from secretary_app.gui.exchange.dialog import fill_table

        ui = self.dialog.ui
        if site is None:
            ui.pendingLabel.setText(self.tr("Chọn một đơn vị đã ghép nối để xem những gì chờ gửi."))
            fill_table(ui.pendingTable, [], [])
            return
        counts = self._pending.get(site.site_id)
        if counts is None:
            counts = self._pending[site.site_id] = self.ctx.exchange.pending_summary(site)
        ui.pendingLabel.setText(
            self.tr("Gói tiếp theo cho {0} sẽ mang:").format(site.name)
            if counts
            else self.tr("Không có thay đổi mới nào chờ gửi cho {0}.").format(site.name)
        )
        fill_table(
            ui.pendingTable,
            [self.tr("Loại"), self.tr("Số mục")],
            [[k.capitalize(), str(v)] for k, v in counts.items()],
        )

    def reload(self) -> None:
        from secretary_app.gui.exchange.dialog import fill_table

        ui = self.dialog.ui
        self._conflicts = self.ctx.exchange.list_conflicts()
        fill_table(
            ui.conflictsTable,
            [
                self.tr("Mục"),
                self.tr("Trường"),
                self.tr("Bản tại đây"),
                self.tr("Bản của đơn vị kia"),
                self.tr("Từ gói"),
            ],
            conflict_rows(self.ctx, self._conflicts),
            [c["id"] for c in self._conflicts],
            stretch=0,  # the task's words wrap; both values and the packet stay readable
        )
        count = len(self._conflicts)
        ui.tabs.setTabText(
            ui.tabs.indexOf(ui.conflictsTab),
            self.tr("Xung đột ({0})").format(count) if count else self.tr("Xung đột"),
        )
        if count:
            ui.conflictsTable.selectRow(0)
        self._conflict_buttons()
        history = self.ctx.exchange.history()
        fill_table(
            ui.historyTable,
            [
                self.tr("Lúc"),
                self.tr("Chiều"),
                self.tr("Đơn vị"),
                self.tr("Gói số"),
                self.tr("Kết quả"),
                self.tr("Tệp"),
            ],
            [self._history_row(h) for h in history],
        )

    def _history_row(self, row: dict) -> list[str]:
        outcomes = {
            "sent": self.tr("Đã gửi"),
            "applied": self.tr("Đã áp dụng"),
            "duplicate": self.tr("Đã nhận trước đây, không thay đổi gì"),
        }
        at = str(row.get("at") or "")
        try:
            at = datetime.fromisoformat(at).strftime("%d/%m/%Y %H:%M")
        except ValueError:
            pass
        return [
            at,
            self.tr("Gửi đi") if row.get("direction") == "out" else self.tr("Nhận về"),
            str(row.get("site_name", "")),
            str(row.get("seq", "")),
            outcomes.get(str(row.get("outcome")), str(row.get("outcome", ""))),
            str(row.get("file", "")),
        ]

    def _conflict_buttons(self) -> None:
        has = self.selected_conflict() is not None
        self.dialog.ui.keepOursButton.setEnabled(has)
        self.dialog.ui.takeTheirsButton.setEnabled(has)

    def selected_conflict(self) -> dict | None:
        model = self.dialog.ui.conflictsTable.selectionModel()
        rows = model.selectedRows() if model else []
        return self._conflicts[rows[0].row()] if rows and rows[0].row() < len(self._conflicts) else None

    # -- conflicts ------------------------------------------------------------------------------------------
    def resolve(self, choice: str) -> bool:
        conflict = self.selected_conflict()
        if conflict is None:
            return False
        try:
            self.ctx.exchange.resolve(conflict["id"], choice)
        except (RuleError, NotFoundError) as exc:
            messages.warn(self.dialog, self.tr("Chưa giải quyết"), error_message(exc))
        self.dialog.reload()
        kept = conflict.get("ours") if choice == "ours" else conflict.get("theirs")
        column = str(conflict.get("column", ""))
        self.dialog.say(self.tr("Đã giữ “{0}” ({1}).").format(value_text(column, kept), field_label(column)))
        return True

    # -- export ---------------------------------------------------------------------------------------------
    def export_packet(self):
        site = self.dialog.selected_site()
        if site is None or self.busy:
            return None
        folder = messages.open_directory(self.dialog, self.tr("Chọn thư mục để ghi gói (ví dụ USB)"), "")
        if folder is None:
            return None
        self._start(self.tr("Đang xuất gói cho {0}…").format(site.name))
        return run_task(
            with_context(
                self.ctx.db_path,
                lambda ctx, control: _export(ctx, site.site_id, folder, control),
                self.ctx.changes,
            ),
            on_result=self._exported,
            on_error=self._failed,
            on_progress=self._progress,
            parent=self.dialog,
            name="exchange-export",
            expected=PACKET_ERRORS,
        )

    def _exported(self, result: tuple[Path, int]) -> None:
        path, sequence = result
        self._stop()
        self.dialog.reload()
        self.dialog.say(self.tr("Đã xuất gói số {0} vào {1}.").format(sequence, path))

    # -- import ---------------------------------------------------------------------------------------------
    def import_packet(self):
        if self.busy:
            return None
        path = messages.open_file(self.dialog, self.tr("Chọn gói dữ liệu nhận được"), "", PACKET_FILTER)
        if path is None:
            return None
        self._start(self.tr("Đang kiểm tra gói {0}…").format(path.name))
        return run_task(
            with_context(self.ctx.db_path, lambda ctx, control: _preview(ctx, path, control)),
            on_result=self._previewed,
            on_error=self._failed,
            parent=self.dialog,
            name="exchange-preview",
            expected=PACKET_ERRORS,
        )

    def _previewed(self, preview: Preview) -> None:
        self._stop()
        self.last_preview = preview
        dialog = PreviewDialog(preview, self.dialog)
        if messages.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            self.dialog.say(self.tr("Chưa nhận gói {0}.").format(preview.path.name))
            return
        self.apply_packet(preview.path)

    def apply_packet(self, path: Path):
        self._start(self.tr("Đang nhận gói {0}…").format(path.name))
        return run_task(
            with_context(self.ctx.db_path, lambda ctx, control: _apply(ctx, path, control), self.ctx.changes),
            on_result=self._applied,
            on_error=self._failed,
            parent=self.dialog,
            name="exchange-import",
            expected=PACKET_ERRORS,
        )

    def _applied(self, notes: list[str]) -> None:
        self._stop()
        self.dialog.reload()
        self.dialog.say(" ".join(notes))
        if self._conflicts:
            ui = self.dialog.ui
            ui.tabs.setCurrentWidget(ui.conflictsTab)

    # -- progress -------------------------------------------------------------------------------------------
    def _start(self, text: str) -> None:
        self.busy = True
        ui = self.dialog.ui
        for button in (ui.exportButton, ui.importButton):
            button.setEnabled(False)
        ui.progressBar.setRange(0, 0)
        ui.progressBar.show()
        self.dialog.say(text)

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.dialog.ui.progressBar.setRange(0, total)
        self.dialog.ui.progressBar.setValue(done)

    def _stop(self) -> None:
        self.busy = False
        ui = self.dialog.ui
        ui.progressBar.hide()
        ui.importButton.setEnabled(True)
        ui.exportButton.setEnabled(self.dialog.selected_site() is not None)

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        self.dialog.say("")
        messages.warn(self.dialog, self.tr("Trao đổi dữ liệu"), error_message(exc))
