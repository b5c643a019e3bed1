"""The last line of defence: log any uncaught exception and tell the user in Vietnamese, with the details
one click away (for whoever supports the secretary), instead of letting the app vanish."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QDialog, QStyle, QWidget

from secretary_app.gui.shared import messages

log = logging.getLogger("secretary_app.crash")


class ErrorDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None):
        # Imported here: installing the hook at start-up must not load the dialog's form (the rare case).
        from secretary_app.gui.forms.ui_error_dialog import Ui_ErrorDialog
        from secretary_app.log import LOG_FILE_NAME
        from secretary_app.paths import log_dir

        super().__init__(parent)
        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        self.details = details
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        self.ui.iconLabel.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        self.ui.detailsEdit.setPlainText(details)
        self.ui.logLabel.setText(
            self.tr("Chi tiết cũng đã được ghi vào nhật ký: {0}").format(log_dir() / LOG_FILE_NAME)
        )
        self.ui.copyButton.clicked.connect(self.copy_details)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.ui.copiedLabel.setText(self.tr("Đã sao chép."))


_showing = False  # an error raised while the dialog is up must not stack dialogs without end


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    global _showing
    log.error("Uncaught exception", exc_info=(exc_type, exc, tb))
    if _showing or QApplication.instance() is None:
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    _showing = True
    try:
        dialog = ErrorDialog(details, QApplication.activeWindow())
        messages.exec_dialog(dialog)
    except Exception:  # the dialog itself failed: the log already has the original error
        log.exception("Could not show the error dialog")
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = handle_exception
