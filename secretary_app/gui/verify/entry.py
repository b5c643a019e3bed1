"""Tệp ▸ Kiểm tra văn bản…: pick a PDF, look its SHA-256 up off the GUI thread (services/verify.py, in a
worker with its own database connection), and say which issued document it is ("239-TB/ĐU ngày 12/10/2021,
bản phát hành") or that it matches nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from secretary_app.gui.shared import messages
from secretary_app.gui.shared.tasks import Task, error_message, run_task, with_context

if TYPE_CHECKING:
    from secretary_app.gui.shell.main_window import MainWindow


def install_verify(window: MainWindow) -> None:
    window.ui.actionVerifyDocument.triggered.connect(lambda _checked=False: verify_document(window))


def verify_document(window: MainWindow, path: Path | None = None) -> Task | None:
    """Ask for a PDF (unless ``path`` is given) and check it in the background; the answer is a message."""
    if window.ctx is None:
        return None
    if path is None:
        path = messages.open_file(
            window,
            QCoreApplication.translate("VerifyDocument", "Chọn tệp PDF cần kiểm tra"),
            str(Path.home()),
            QCoreApplication.translate("VerifyDocument", "Tệp PDF (*.pdf)"),
        )
        if path is None:
            return None
    title = QCoreApplication.translate("VerifyDocument", "Kiểm tra văn bản")

    def check(ctx, _control) -> list[str]:
        from secretary_app.services.verify import verify_file

        return verify_file(ctx, path)

    def show(found: list[str]) -> None:
        if found:
            text = QCoreApplication.translate(
                "VerifyDocument", "Tệp {0} là văn bản đã phát hành, còn nguyên vẹn:\n\n{1}"
            ).format(path.name, "\n".join(f"• {line}" for line in found))
            messages.inform(window, title, text)
        else:
            text = QCoreApplication.translate(
                "VerifyDocument",
                "Tệp {0} không khớp với văn bản nào đã phát hành hoặc lưu hồ sơ: có thể đã bị sửa, hoặc "
                "không do đơn vị phát hành.",
            ).format(path.name)
            messages.warn(window, title, text)

    window.statusBar().showMessage(
        QCoreApplication.translate("VerifyDocument", "Đang kiểm tra {0}…").format(path.name), 3000
    )
    return run_task(
        with_context(window.ctx.db_path, check),
        on_result=show,
        on_error=lambda exc: messages.error(window, title, error_message(exc)),
        parent=window,
        name="verify-document",
    )
