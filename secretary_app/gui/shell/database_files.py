"""The database files as the secretary meets them: the file dialogs' filter, asking where a new database goes
(never over an existing file), and telling her what opening a file did behind her back."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from secretary_app.gui.shared import messages

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

log = logging.getLogger(__name__)

DB_SUFFIX = ".sqlite"


def show_open_notes(parent: QWidget | None, ctx: AppContext) -> None:
    """Tell the secretary what opening the file did behind her back (a foreign ``-wal`` set aside, where the
    untouched copies are): a warning dialog, and the first line in the status bar."""
    notes = getattr(ctx, "open_notes", [])
    if not notes:
        return
    log.warning("Opening %s: %s", ctx.db_path, notes)
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "⚠ Khi mở tệp dữ liệu, một tệp lạ bên cạnh đã được để riêng, không áp dụng."
            ),
            120_000,
        )
    messages.warn(
        parent, QCoreApplication.translate("MainWindow", "Đã để riêng một tệp lạ"), "\n\n".join(notes)
    )


def database_file_filter() -> str:
    return QCoreApplication.translate(
        "MainWindow", "Cơ sở dữ liệu Thư ký cấp ủy (*.sqlite);;Tất cả các tệp (*)"
    )


def ask_new_database_path(parent: QWidget, start_dir: Path) -> Path | None:
    """Where the secretary wants a new database (".sqlite" added), or None; an existing file is refused."""
    path = messages.save_file(
        parent,
        QCoreApplication.translate("MainWindow", "Tạo cơ sở dữ liệu mới"),
        str(start_dir),
        database_file_filter(),
    )
    if path is None:
        return None
    if path.suffix.lower() != DB_SUFFIX:
        path = path.with_name(path.name + DB_SUFFIX)
    if path.exists():
        # Never reuse or overwrite an existing file from "new": it may be another committee's records.
        messages.warn(
            parent,
            QCoreApplication.translate("MainWindow", "Tệp đã có"),
            QCoreApplication.translate(
                "MainWindow",
                "Tệp “{0}” đã có. Để làm việc với tệp này, hãy dùng Tệp ▸ Mở cơ sở dữ liệu…; "
                "hoặc chọn một tên khác để tạo cơ sở dữ liệu mới.",
            ).format(path),
        )
        return None
    return path
