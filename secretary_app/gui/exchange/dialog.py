"""Dữ liệu ▸ Trao đổi với đơn vị…: this site's name and fingerprint, the paired sites, and the packet work.

Sites and pairing go through ``ctx.sites`` on the GUI thread (small writes); exporting and importing packets
run in the background (gui/shared/tasks.py) on the worker's own connection, publishing on the window's hub
so the board and lists refresh (gui/exchange/packets.py)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from secretary_app.domain.errors import RuleError
from secretary_app.domain.sites import Site
from secretary_app.gui.exchange.packets import PacketWork
from secretary_app.gui.exchange.pair_dialog import PairDialog
from secretary_app.gui.forms.ui_exchange_dialog import Ui_ExchangeDialog
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.page import make_note
from secretary_app.gui.shared.style import STYLE_SHEET

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

log = logging.getLogger(__name__)

SITE_ROLE = Qt.ItemDataRole.UserRole + 1
IDENTITY_FILTER = "Tệp định danh (*.tkdd);;Mọi tệp (*)"
IDENTITY_SUFFIX = ".tkdd"


def fill_table(
    table: QTableWidget,
    headers: list[str],
    rows: list[list[str]],
    keys: list | None = None,
    stretch: int = -1,
) -> None:
    """Put ``rows`` in ``table`` (read-only cells; ``keys[i]`` kept on every cell of row i); column
    ``stretch`` (default: the last) takes the room left."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            if keys is not None:
                cell.setData(SITE_ROLE, keys[r])
            table.setItem(r, c, cell)
    header = table.horizontalHeader()
    for c in range(len(headers)):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    if headers:
        header.setSectionResizeMode(stretch % len(headers), QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()


class ExchangeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ExchangeDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self._sites: list[Site] = []
        ui = self.ui
        make_note(ui.noSitesLabel)
        make_note(ui.conflictsNote)
        ui.progressBar.hide()
        ui.identityButton.clicked.connect(lambda: self.export_identity())
        ui.siteNameEdit.editingFinished.connect(self._rename)
        ui.pairButton.clicked.connect(lambda: self.pair())
        ui.unpairButton.clicked.connect(lambda: self.unpair())
        ui.sitesTable.itemSelectionChanged.connect(self._selection_changed)
        ui.closeButton.clicked.connect(self.accept)
        self.packets = PacketWork(self)
        self.reload()
        self.setStyleSheet(STYLE_SHEET)

    # -- showing --------------------------------------------------------------------------------------------
    def reload(self) -> None:
        me = self.ctx.sites.this_site()
        self.ui.siteNameEdit.setText(me.name)
        self.ui.fingerprintLabel.setText(self.tr("Mã nhận dạng: {0}").format(me.fingerprint))
        selected = self.selected_site()
        self._sites = self.ctx.sites.paired_sites()
        pending = self.packets.pending_counts(self._sites)
        rows = [
            [
                s.name,
                s.fingerprint,
                s.unit_name or self.tr("(cơ quan cấp trên)"),
                s.paired_at.strftime("%d/%m/%Y") if s.paired_at else "",
                pending.get(s.site_id, ""),
            ]
            for s in self._sites
        ]
        headers = [self.tr("Đơn vị"), self.tr("Mã nhận dạng"), self.tr("Là đơn vị"), self.tr("Ghép nối ngày")]
        headers.append(self.tr("Chờ gửi"))
        fill_table(self.ui.sitesTable, headers, rows, [s.site_id for s in self._sites])
        self.ui.noSitesLabel.setVisible(not self._sites)
        if self._sites:
            wanted = selected.site_id if selected else self._sites[0].site_id
            self.select_site(wanted) or self.ui.sitesTable.selectRow(0)
        self.packets.reload()
        self._selection_changed()

    def selected_site(self) -> Site | None:
        rows = (
            self.ui.sitesTable.selectionModel().selectedRows() if self.ui.sitesTable.selectionModel() else []
        )
        return self._sites[rows[0].row()] if rows and rows[0].row() < len(self._sites) else None

    def select_site(self, site_id: str) -> bool:
        for row, site in enumerate(self._sites):
            if site.site_id == site_id:
                self.ui.sitesTable.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        has = self.selected_site() is not None
        self.ui.unpairButton.setEnabled(has)
        self.ui.exportButton.setEnabled(has and not self.packets.busy)
        self.packets.show_pending(self.selected_site())

    def say(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    # -- this site ------------------------------------------------------------------------------------------
    def _rename(self) -> None:
        name = self.ui.siteNameEdit.text()
        try:
            if name.strip() != self.ctx.sites.this_site().name:
                self.ctx.sites.this_site(name)
                self.say(
                    self.tr("Đã đổi tên đơn vị này. Hãy gửi lại tệp định danh cho các đơn vị đã ghép nối.")
                )
        except RuleError as exc:
            messages.warn(self, self.tr("Chưa đổi tên"), exc.message)
            self.ui.siteNameEdit.setText(self.ctx.sites.this_site().name)

    def export_identity(self) -> bool:
        self._rename()
        me = self.ctx.sites.this_site()
        path = messages.save_file(
            self, self.tr("Xuất tệp định danh"), f"{me.name}{IDENTITY_SUFFIX}", IDENTITY_FILTER
        )
        if path is None:
            return False
        if not path.suffix:
            path = path.with_suffix(IDENTITY_SUFFIX)
        if path.exists():
            messages.warn(
                self, self.tr("Chưa ghi"), self.tr("Tệp {0} đã tồn tại; hãy chọn tên khác.").format(path.name)
            )
            return False
        try:
            self.ctx.sites.write_identity(path)
        except OSError as exc:
            messages.warn(
                self, self.tr("Chưa ghi"), self.tr("Không ghi được {0}: {1}").format(path, exc.strerror)
            )
            return False
        self.say(
            self.tr("Đã ghi tệp định danh vào {0}. Mã nhận dạng để đọc qua điện thoại: {1}").format(
                path, me.fingerprint
            )
        )
        return True

    # -- pairing --------------------------------------------------------------------------------------------
    def pair(self) -> Site | None:
        path = messages.open_file(self, self.tr("Chọn tệp định danh của đơn vị kia"), "", IDENTITY_FILTER)
        if path is None:
            return None
        try:
            site = self.ctx.sites.read_identity(path)
        except RuleError as exc:
            messages.warn(self, self.tr("Chưa ghép nối"), exc.message)
            return None
        dialog = PairDialog(self.ctx, path, site, self)
        messages.exec_dialog(dialog)
        if dialog.paired is None:
            return None
        self.reload()
        self.select_site(dialog.paired.site_id)
        self.say(self.tr("Đã ghép nối với {0}.").format(dialog.paired.name))
        return dialog.paired

    def unpair(self) -> bool:
        site = self.selected_site()
        if site is None:
            return False
        answer = messages.choose(
            self,
            self.tr("Hủy ghép nối"),
            self.tr(
                "Hủy ghép nối với {0}? Gói của đơn vị này sẽ không được nhận nữa cho đến khi ghép nối lại. "
                "Dữ liệu đã nhận vẫn giữ nguyên."
            ).format(site.name),
            [self.tr("Hủy ghép nối"), self.tr("Không")],
            level=messages.Level.WARNING,
            default=1,
        )
        if answer != 0:
            return False
        self.ctx.sites.unpair(site.site_id)
        self.reload()
        self.say(self.tr("Đã hủy ghép nối với {0}.").format(site.name))
        return True


def open_exchange(parent: QWidget, ctx: AppContext | None) -> ExchangeDialog | None:
    if ctx is None:
        return None
    dialog = ExchangeDialog(ctx, parent)
    messages.exec_dialog(dialog)
    return dialog
