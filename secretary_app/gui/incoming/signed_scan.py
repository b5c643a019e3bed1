"""The signed and stamped scan (bản có chữ ký, đóng dấu) of an issued document, on the Văn bản page: the
"Bản có chữ ký" button's menu keeps a scan (checked and stored like every received file) or opens the kept
one, and the list's column says which documents have one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu

from secretary_app.domain import models as m
from secretary_app.domain.errors import RuleError, StorageError
from secretary_app.gui.shared import messages

if TYPE_CHECKING:
    from secretary_app.gui.documents.page import DocumentsPage


class SignedScans(QObject):
    """Wires the page's ``signedButton``; :meth:`label` is the list column's text."""

    def __init__(self, page: DocumentsPage):
        super().__init__(page)
        self._page = page
        self._with_scan: set[str] = set()
        menu = QMenu(page)
        self.attach_action = menu.addAction(self.tr("Lưu bản quét có chữ ký, đóng dấu…"))
        self.open_action = menu.addAction(self.tr("Mở bản có chữ ký"))
        self.attach_action.triggered.connect(lambda: self.attach())
        self.open_action.triggered.connect(self.open)
        page.ui.signedButton.setMenu(menu)

    def reload(self) -> None:
        ctx = self._page.ctx
        self._with_scan = ctx.files.documents_with_signed_scan() if ctx is not None else set()

    def label(self, document: m.StoredDocument) -> str:
        return self.tr("Có") if document.uuid in self._with_scan else ""

    def update(self, document: m.StoredDocument | None) -> None:
        issued = document is not None and document.status == m.DocumentStatus.ISSUED
        self._page.ui.signedButton.setEnabled(issued)
        self.open_action.setEnabled(issued and document is not None and document.uuid in self._with_scan)

    def attach(self, path: Path | None = None) -> bool:
        page, document = self._page, self._page.selected_document()
        if document is None or page.ctx is None or document.id is None:
            return False
        if path is None:
            path = messages.open_file(
                page,
                self.tr("Chọn bản quét có chữ ký, đóng dấu"),
                str(Path(page.ctx.db_path).parent),
                self.tr("Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
            )
            if path is None:
                return False
        try:
            page.ctx.files.attach_signed_scan(document.id, path)
        except (RuleError, StorageError) as exc:
            messages.warn(page, self.tr("Không lưu được bản quét"), exc.message)
            return False
        return True

    def open(self) -> None:
        page, document = self._page, self._page.selected_document()
        if document is None or page.ctx is None or document.id is None:
            return
        scans = page.ctx.files.signed_scans(document.id)
        if not scans:
            return
        folder = Path(tempfile.gettempdir()) / "thu-ky-cap-uy"
        folder.mkdir(exist_ok=True)
        kept = scans[-1]
        path = page.ctx.files.save_out(kept, folder / f"{kept.sha256[:12]}-{kept.file_name}")
        if not os.environ.get("SECRETARY_NO_EXTERNAL_OPEN"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
