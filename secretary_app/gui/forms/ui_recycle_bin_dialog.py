# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recycle_bin_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RecycleBinDialog(object):
    def setupUi(self, RecycleBinDialog):
        if not RecycleBinDialog.objectName():
            RecycleBinDialog.setObjectName(u"RecycleBinDialog")
        RecycleBinDialog.resize(760, 420)
        self.dialogLayout = QVBoxLayout(RecycleBinDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.noteLabel = QLabel(RecycleBinDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.binTable = QTableWidget(RecycleBinDialog)
        self.binTable.setObjectName(u"binTable")
        self.binTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.binTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.binTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.binTable.setWordWrap(True)
        self.binTable.horizontalHeader().setStretchLastSection(False)
        self.binTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.binTable)

        self.emptyLabel = QLabel(RecycleBinDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")

        self.dialogLayout.addWidget(self.emptyLabel)

        self.statusLabel = QLabel(RecycleBinDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.restoreButton = QPushButton(RecycleBinDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.closeButton = QPushButton(RecycleBinDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(RecycleBinDialog)

        QMetaObject.connectSlotsByName(RecycleBinDialog)
    # setupUi

    def retranslateUi(self, RecycleBinDialog):
        RecycleBinDialog.setWindowTitle(QCoreApplication.translate("RecycleBinDialog", u"Th\u00f9ng r\u00e1c", None))
        self.noteLabel.setText(QCoreApplication.translate("RecycleBinDialog", u"Cu\u1ed9c h\u1ecdp v\u00e0 d\u1ef1 th\u1ea3o v\u0103n b\u1ea3n \u0111\u00e3 x\u00f3a \u0111\u01b0\u1ee3c gi\u1eef \u1edf \u0111\u00e2y. Ch\u1ecdn m\u1ed9t d\u00f2ng r\u1ed3i nh\u1ea5n \u201cKh\u00f4i ph\u1ee5c\u201d \u0111\u1ec3 \u0111\u01b0a b\u1ea3n ghi tr\u1edf l\u1ea1i c\u00f9ng to\u00e0n b\u1ed9 n\u1ed9i dung (th\u00e0nh ph\u1ea7n, ch\u01b0\u01a1ng tr\u00ecnh, bi\u00ean b\u1ea3n).", None))
        self.emptyLabel.setText(QCoreApplication.translate("RecycleBinDialog", u"Th\u00f9ng r\u00e1c tr\u1ed1ng.", None))
        self.restoreButton.setText(QCoreApplication.translate("RecycleBinDialog", u"&Kh\u00f4i ph\u1ee5c", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("RecycleBinDialog", u"\u0110\u01b0a b\u1ea3n ghi \u0111ang ch\u1ecdn tr\u1edf l\u1ea1i (Enter ho\u1eb7c nh\u1ea5p \u0111\u00fap)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("RecycleBinDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

