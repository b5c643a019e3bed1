"""Trợ giúp ▸ Hướng dẫn sử dụng: the Vietnamese guide shipped in resources/help/, read offline.

A QTextBrowser over the local HTML file (no web engine, no network: a link to anything but the guide itself
is not followed); F1 anywhere opens it at the part for the window or page in front (gui/help/topics.py).
The guide prints through the system print dialog or is saved as a PDF, with its pictures.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from secretary_app.gui.forms.ui_help_dialog import Ui_HelpDialog
from secretary_app.gui.help.topics import GUIDE
from secretary_app.gui.shared import messages, printing
from secretary_app.paths import resource_path

PRINT_IMAGE_WIDTH = 560  # document pixels: an A4 page's text width when printed is about 640


def guide_path() -> Path:
    return resource_path(*GUIDE)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_HelpDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        browser = self.ui.browser
        browser.setOpenExternalLinks(False)
        browser.setOpenLinks(False)  # links are followed here: only within the guide
        browser.anchorClicked.connect(self._follow)
        browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        self.ui.backButton.clicked.connect(browser.backward)
        browser.backwardAvailable.connect(self.ui.backButton.setEnabled)
        self.ui.backButton.setEnabled(False)
        self.ui.homeButton.clicked.connect(lambda: self.show_topic(""))
        self.ui.printButton.clicked.connect(self.print_guide)
        self.ui.exportPdfButton.clicked.connect(self.export_pdf)
        self.ui.closeButton.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_guide)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, browser.backward)

    def show_topic(self, anchor: str) -> None:
        """Scroll to the part ``anchor`` of the guide (the top for "")."""
        if anchor:
            self.ui.browser.scrollToAnchor(anchor)
        else:
            self.ui.browser.verticalScrollBar().setValue(0)

    def _follow(self, url: QUrl) -> None:
        guide = QUrl.fromLocalFile(str(guide_path()))
        if url.isRelative() and url.path() == "" and url.hasFragment():
            self.ui.browser.setSource(guide.resolved(url))  # a link within the guide: history for "Quay lại"
        elif url.isLocalFile() and Path(url.toLocalFile()) == guide_path():
            self.ui.browser.setSource(url)
        # Anything else (a web address) is not opened: the app never goes on the network.

    # Printing --------------------------------------------------------------------------------------
    def print_guide(self) -> bool:
        printer = printing.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In hướng dẫn sử dụng"))
        accepted = messages.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.printable_document().print_(printer)
        return accepted

    def export_pdf(self) -> Path | None:
        path = printing.ask_export_path(self, self.tr("Huong-dan-su-dung"), "pdf")
        if path is None:
            return None
        self.write_pdf(path)
        printing.show_status(self.parentWidget(), self.tr("Đã xuất: {0}").format(path))
        return path

    def write_pdf(self, path: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.printable_document().print_(printer)

    def printable_document(self) -> QTextDocument:
        """The guide as printed: its pictures narrowed to an A4 page's width (on screen they are wider)."""
        original = self.ui.browser.document()
        document = original.clone(self)
        kind = QTextDocument.ResourceType.ImageResource
        images = []  # (position, length, format); changed after the walk, which a change would disturb
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().isImageFormat():
                    images.append(
                        (fragment.position(), fragment.length(), fragment.charFormat().toImageFormat())
                    )
                iterator += 1
            block = block.next()
        cursor = QTextCursor(document)
        for position, length, image in images:
            url = QUrl(image.name())
            pixmap = original.resource(kind, url)  # a clone has no loader of its own: hand the picture over
            document.addResource(kind, url, pixmap)
            if image.width() > PRINT_IMAGE_WIDTH:
                image.setWidth(PRINT_IMAGE_WIDTH)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)
        return document


def open_help(parent: QWidget | None, anchor: str = "") -> HelpDialog:
    """Show the guide at ``anchor`` (one window: an open guide comes forward)."""
    existing = parent.findChild(HelpDialog) if parent is not None else None
    dialog = existing or HelpDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.show_topic(anchor)
    return dialog
