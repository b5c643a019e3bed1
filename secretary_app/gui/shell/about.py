"""Trợ giúp ▸ Giới thiệu: version, the offline promise, and which data file is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from secretary_app import __version__
from secretary_app.gui.forms.ui_about_dialog import Ui_AboutDialog
from secretary_app.gui.shared.icons import icon


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(icon("app").pixmap(64, 64))
        font = self.ui.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        self.ui.versionLabel.setText(self.tr("Phiên bản {0}").format(__version__))
        self.ui.dataPathLabel.setText(str(db_path) if db_path else self.tr("(chưa mở tệp nào)"))
