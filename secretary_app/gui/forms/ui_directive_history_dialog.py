# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directive_history_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DirectiveHistoryDialog(object):
    def setupUi(self, DirectiveHistoryDialog):
        if not DirectiveHistoryDialog.objectName():
            DirectiveHistoryDialog.setObjectName(u"DirectiveHistoryDialog")
        DirectiveHistoryDialog.resize(720, 460)
        self.dialogLayout = QVBoxLayout(DirectiveHistoryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.contentLabel = QLabel(DirectiveHistoryDialog)
        self.contentLabel.setObjectName(u"contentLabel")
        self.contentLabel.setText(u"\u2014")
        self.contentLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.contentLabel)

        self.historyTable = QTableWidget(DirectiveHistoryDialog)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(True)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.historyTable)

        self.buttonBox = QDialogButtonBox(DirectiveHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(DirectiveHistoryDialog)

        QMetaObject.connectSlotsByName(DirectiveHistoryDialog)
    # setupUi

    def retranslateUi(self, DirectiveHistoryDialog):
        DirectiveHistoryDialog.setWindowTitle(QCoreApplication.translate("DirectiveHistoryDialog", u"L\u1ecbch s\u1eed k\u1ebft lu\u1eadn, nhi\u1ec7m v\u1ee5", None))
    # retranslateUi

