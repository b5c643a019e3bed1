"""Ghép nối: pair with a site from its identity file, confirming the fingerprint its secretary reads aloud
and, on the head office, choosing the unit (the bureau) it is. Pairing goes through ``ctx.sites.pair``; a
refusal is shown in the dialog, which stays open with what was typed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from secretary_app.domain.errors import RuleError
from secretary_app.domain.sites import Site
from secretary_app.gui.forms.ui_exchange_pair_dialog import Ui_ExchangePairDialog
from secretary_app.gui.shared.page import make_note
from secretary_app.gui.shared.style import STYLE_SHEET

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext


class PairDialog(QDialog):
    def __init__(self, ctx: AppContext, identity_file: Path, site: Site, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ExchangePairDialog()
        self.ui.setupUi(self)
        self._ctx, self._file, self._site = ctx, identity_file, site
        self.paired: Site | None = None
        ui = self.ui
        make_note(ui.noteLabel)
        ui.nameValue.setText(site.name)
        ui.fingerprintValue.setText(site.fingerprint)
        ui.errorLabel.setStyleSheet("color: #b00020;")
        ui.unitCombo.addItem(self.tr("— Không (đây là cơ quan cấp trên) —"), None)
        for unit in ctx.units.list_units(active_only=True):
            ui.unitCombo.addItem(unit.name, unit.id)
        known = next((s for s in ctx.sites.paired_sites() if s.site_id == site.site_id), None)
        if known is not None and known.unit_id is not None:
            ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(known.unit_id)))
        ui.pairButton.clicked.connect(self.pair)
        ui.cancelButton.clicked.connect(self.reject)
        self.setStyleSheet(STYLE_SHEET)

    def pair(self) -> bool:
        spoken = self.ui.spokenEdit.text().strip()
        if not spoken:
            self.ui.errorLabel.setText(
                self.tr("Hãy nhập mã nhận dạng do đơn vị kia đọc qua điện thoại để chắc chắn tệp là của họ.")
            )
            return False
        try:
            self.paired = self._ctx.sites.pair(
                self._file, unit=self.ui.unitCombo.currentData(), fingerprint=spoken
            )
        except RuleError as exc:
            self.ui.errorLabel.setText(exc.message)
            return False
        self.accept()
        return True
