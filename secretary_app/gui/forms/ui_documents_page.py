# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

from secretary_app.gui.shared.pdf_preview import PdfPreview

class Ui_DocumentsPage(object):
    def setupUi(self, DocumentsPage):
        if not DocumentsPage.objectName():
            DocumentsPage.setObjectName(u"DocumentsPage")
        DocumentsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(DocumentsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(DocumentsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.noteLabel = QLabel(DocumentsPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noteLabel)

        self.tabs = QTabWidget(DocumentsPage)
        self.tabs.setObjectName(u"tabs")
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listLayout = QVBoxLayout(self.listTab)
        self.listLayout.setObjectName(u"listLayout")
        self.listBar = QHBoxLayout()
        self.listBar.setObjectName(u"listBar")
        self.openButton = QPushButton(self.listTab)
        self.openButton.setObjectName(u"openButton")

        self.listBar.addWidget(self.openButton)

        self.deleteDraftButton = QPushButton(self.listTab)
        self.deleteDraftButton.setObjectName(u"deleteDraftButton")

        self.listBar.addWidget(self.deleteDraftButton)

        self.signedButton = QToolButton(self.listTab)
        self.signedButton.setObjectName(u"signedButton")
        self.signedButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.listBar.addWidget(self.signedButton)

        self.composeButton = QToolButton(self.listTab)
        self.composeButton.setObjectName(u"composeButton")
        self.composeButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.listBar.addWidget(self.composeButton)

        self.filterEdit = QLineEdit(self.listTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.listBar.addWidget(self.filterEdit)

        self.countLabel = QLabel(self.listTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"0")

        self.listBar.addWidget(self.countLabel)


        self.listLayout.addLayout(self.listBar)

        self.documentsView = QTableView(self.listTab)
        self.documentsView.setObjectName(u"documentsView")
        self.documentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documentsView.setAlternatingRowColors(True)
        self.documentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentsView.setWordWrap(True)
        self.documentsView.horizontalHeader().setHighlightSections(False)
        self.documentsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.documentsView)

        self.emptyLabel = QLabel(self.listTab)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.listLayout.addWidget(self.emptyLabel)

        self.tabs.addTab(self.listTab, "")
        self.registerTab = QWidget()
        self.registerTab.setObjectName(u"registerTab")
        self.registerLayout = QVBoxLayout(self.registerTab)
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerBar = QHBoxLayout()
        self.registerBar.setObjectName(u"registerBar")
        self.yearLabel = QLabel(self.registerTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.registerBar.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.registerTab)
        self.yearCombo.setObjectName(u"yearCombo")

        self.registerBar.addWidget(self.yearCombo)

        self.registerCountLabel = QLabel(self.registerTab)
        self.registerCountLabel.setObjectName(u"registerCountLabel")
        self.registerCountLabel.setText(u"0")

        self.registerBar.addWidget(self.registerCountLabel)

        self.registerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registerBar.addItem(self.registerSpacer)

        self.previewButton = QPushButton(self.registerTab)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setCheckable(True)

        self.registerBar.addWidget(self.previewButton)

        self.printButton = QPushButton(self.registerTab)
        self.printButton.setObjectName(u"printButton")

        self.registerBar.addWidget(self.printButton)

        self.exportPdfButton = QPushButton(self.registerTab)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.registerBar.addWidget(self.exportPdfButton)

        self.exportDocxButton = QPushButton(self.registerTab)
        self.exportDocxButton.setObjectName(u"exportDocxButton")

        self.registerBar.addWidget(self.exportDocxButton)


        self.registerLayout.addLayout(self.registerBar)

        self.registerSplitter = QSplitter(self.registerTab)
        self.registerSplitter.setObjectName(u"registerSplitter")
        self.registerSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.registerSplitter.setChildrenCollapsible(False)
        self.registerView = QTableView(self.registerSplitter)
        self.registerView.setObjectName(u"registerView")
        self.registerView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registerView.setAlternatingRowColors(True)
        self.registerView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registerView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerView.setWordWrap(True)
        self.registerSplitter.addWidget(self.registerView)
        self.registerView.horizontalHeader().setHighlightSections(False)
        self.registerView.verticalHeader().setVisible(False)
        self.registerPreview = PdfPreview(self.registerSplitter)
        self.registerPreview.setObjectName(u"registerPreview")
        self.registerSplitter.addWidget(self.registerPreview)

        self.registerLayout.addWidget(self.registerSplitter)

        self.tabs.addTab(self.registerTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DocumentsPage)
    # setupUi

    def retranslateUi(self, DocumentsPage):
        self.titleLabel.setText(QCoreApplication.translate("DocumentsPage", u"V\u0103n b\u1ea3n", None))
        self.noteLabel.setText(QCoreApplication.translate("DocumentsPage", u"Th\u00f4ng b\u00e1o k\u1ebft lu\u1eadn, bi\u00ean b\u1ea3n v\u00e0 c\u00e1c v\u0103n b\u1ea3n kh\u00e1c c\u1ee7a c\u1ea5p \u1ee7y. M\u1edf m\u1ed9t d\u1ef1 th\u1ea3o \u0111\u1ec3 s\u1eeda, xem tr\u01b0\u1edbc v\u00e0 c\u1ea5p s\u1ed1; v\u0103n b\u1ea3n \u0111\u00e3 ban h\u00e0nh m\u1edf \u1edf ch\u1ebf \u0111\u1ed9 ch\u1ec9 xem.", None))
        self.openButton.setText(QCoreApplication.translate("DocumentsPage", u"&M\u1edf", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"M\u1edf v\u0103n b\u1ea3n \u0111ang ch\u1ecdn (Enter ho\u1eb7c nh\u1ea5p \u0111\u00fap)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteDraftButton.setText(QCoreApplication.translate("DocumentsPage", u"&X\u00f3a d\u1ef1 th\u1ea3o", None))
#if QT_CONFIG(tooltip)
        self.deleteDraftButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"Chuy\u1ec3n d\u1ef1 th\u1ea3o \u0111ang ch\u1ecdn v\u00e0o Th\u00f9ng r\u00e1c (v\u0103n b\u1ea3n \u0111\u00e3 ban h\u00e0nh kh\u00f4ng x\u00f3a \u0111\u01b0\u1ee3c)", None))
#endif // QT_CONFIG(tooltip)
        self.signedButton.setText(QCoreApplication.translate("DocumentsPage", u"&B\u1ea3n c\u00f3 ch\u1eef k\u00fd", None))
#if QT_CONFIG(tooltip)
        self.signedButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"L\u01b0u ho\u1eb7c m\u1edf b\u1ea3n qu\u00e9t c\u00f3 ch\u1eef k\u00fd, \u0111\u00f3ng d\u1ea5u c\u1ee7a v\u0103n b\u1ea3n \u0111\u00e3 ban h\u00e0nh", None))
#endif // QT_CONFIG(tooltip)
        self.composeButton.setText(QCoreApplication.translate("DocumentsPage", u"&So\u1ea1n th\u00f4ng b\u00e1o k\u1ebft lu\u1eadn", None))
#if QT_CONFIG(tooltip)
        self.composeButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"So\u1ea1n th\u00f4ng b\u00e1o k\u1ebft lu\u1eadn t\u1eeb bi\u00ean b\u1ea3n m\u1ed9t cu\u1ed9c h\u1ecdp", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("DocumentsPage", u"L\u1ecdc theo s\u1ed1, tr\u00edch y\u1ebfu, ng\u01b0\u1eddi k\u00fd\u2026", None))
        self.emptyLabel.setText(QCoreApplication.translate("DocumentsPage", u"Ch\u01b0a c\u00f3 v\u0103n b\u1ea3n n\u00e0o. Ch\u1ecdn \u201cSo\u1ea1n th\u00f4ng b\u00e1o k\u1ebft lu\u1eadn\u201d \u0111\u1ec3 so\u1ea1n t\u1eeb bi\u00ean b\u1ea3n m\u1ed9t cu\u1ed9c h\u1ecdp.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.listTab), QCoreApplication.translate("DocumentsPage", u"Danh s\u00e1ch v\u0103n b\u1ea3n", None))
        self.yearLabel.setText(QCoreApplication.translate("DocumentsPage", u"&N\u0103m:", None))
        self.previewButton.setText(QCoreApplication.translate("DocumentsPage", u"&Xem tr\u01b0\u1edbc", None))
        self.printButton.setText(QCoreApplication.translate("DocumentsPage", u"&In s\u1ed5\u2026", None))
        self.exportPdfButton.setText(QCoreApplication.translate("DocumentsPage", u"Xu\u1ea5t &PDF\u2026", None))
        self.exportDocxButton.setText(QCoreApplication.translate("DocumentsPage", u"Xu\u1ea5t &Word\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.registerTab), QCoreApplication.translate("DocumentsPage", u"S\u1ed5 v\u0103n b\u1ea3n \u0111i", None))
        pass
    # retranslateUi

