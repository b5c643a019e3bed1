# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QPushButton,
    QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_HelpDialog(object):
    def setupUi(self, HelpDialog):
        if not HelpDialog.objectName():
            HelpDialog.setObjectName(u"HelpDialog")
        HelpDialog.resize(900, 640)
        self.dialogLayout = QVBoxLayout(HelpDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(6)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.backButton = QPushButton(HelpDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.backButton)

        self.homeButton = QPushButton(HelpDialog)
        self.homeButton.setObjectName(u"homeButton")
        self.homeButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.homeButton)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.printButton = QPushButton(HelpDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.printButton)

        self.exportPdfButton = QPushButton(HelpDialog)
        self.exportPdfButton.setObjectName(u"exportPdfButton")
        self.exportPdfButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.exportPdfButton)

        self.closeButton = QPushButton(HelpDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.toolbarLayout)

        self.browser = QTextBrowser(HelpDialog)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(False)

        self.dialogLayout.addWidget(self.browser)


        self.retranslateUi(HelpDialog)

        QMetaObject.connectSlotsByName(HelpDialog)
    # setupUi

    def retranslateUi(self, HelpDialog):
        HelpDialog.setWindowTitle(QCoreApplication.translate("HelpDialog", u"H\u01b0\u1edbng d\u1eabn s\u1eed d\u1ee5ng", None))
        self.backButton.setText(QCoreApplication.translate("HelpDialog", u"\u2190 Quay l\u1ea1i", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("HelpDialog", u"V\u1ec1 ph\u1ea7n v\u1eeba xem (Alt+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.homeButton.setText(QCoreApplication.translate("HelpDialog", u"M\u1ee5c l\u1ee5c", None))
#if QT_CONFIG(tooltip)
        self.homeButton.setToolTip(QCoreApplication.translate("HelpDialog", u"V\u1ec1 \u0111\u1ea7u b\u1ea3n h\u01b0\u1edbng d\u1eabn, n\u01a1i c\u00f3 m\u1ee5c l\u1ee5c", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("HelpDialog", u"In\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("HelpDialog", u"In c\u1ea3 b\u1ea3n h\u01b0\u1edbng d\u1eabn (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.exportPdfButton.setText(QCoreApplication.translate("HelpDialog", u"Xu\u1ea5t PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportPdfButton.setToolTip(QCoreApplication.translate("HelpDialog", u"L\u01b0u c\u1ea3 b\u1ea3n h\u01b0\u1edbng d\u1eabn th\u00e0nh t\u1ec7p PDF", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("HelpDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

