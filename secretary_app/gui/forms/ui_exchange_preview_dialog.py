# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_preview_dialog.ui'
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

class Ui_ExchangePreviewDialog(object):
    def setupUi(self, ExchangePreviewDialog):
        if not ExchangePreviewDialog.objectName():
            ExchangePreviewDialog.setObjectName(u"ExchangePreviewDialog")
        ExchangePreviewDialog.resize(680, 420)
        self.dialogLayout = QVBoxLayout(ExchangePreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(ExchangePreviewDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.changesTable = QTableWidget(ExchangePreviewDialog)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.changesTable)

        self.notesLabel = QLabel(ExchangePreviewDialog)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setText(u"")
        self.notesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.notesLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.applyButton = QPushButton(ExchangePreviewDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.buttonRow.addWidget(self.applyButton)

        self.cancelButton = QPushButton(ExchangePreviewDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(ExchangePreviewDialog)

        self.applyButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExchangePreviewDialog)
    # setupUi

    def retranslateUi(self, ExchangePreviewDialog):
        ExchangePreviewDialog.setWindowTitle(QCoreApplication.translate("ExchangePreviewDialog", u"Nh\u1eadn g\u00f3i d\u1eef li\u1ec7u", None))
        self.applyButton.setText(QCoreApplication.translate("ExchangePreviewDialog", u"\u00c1&p d\u1ee5ng", None))
        self.cancelButton.setText(QCoreApplication.translate("ExchangePreviewDialog", u"H\u1ee7y", None))
    # retranslateUi

