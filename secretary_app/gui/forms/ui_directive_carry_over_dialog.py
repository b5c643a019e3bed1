# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directive_carry_over_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CarryOverDialog(object):
    def setupUi(self, CarryOverDialog):
        if not CarryOverDialog.objectName():
            CarryOverDialog.setObjectName(u"CarryOverDialog")
        CarryOverDialog.resize(760, 480)
        self.dialogLayout = QVBoxLayout(CarryOverDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.noteLabel = QLabel(CarryOverDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.itemList = QListWidget(CarryOverDialog)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setWordWrap(True)
        self.itemList.setUniformItemSizes(False)

        self.dialogLayout.addWidget(self.itemList)

        self.buttonBox = QDialogButtonBox(CarryOverDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(CarryOverDialog)

        QMetaObject.connectSlotsByName(CarryOverDialog)
    # setupUi

    def retranslateUi(self, CarryOverDialog):
        CarryOverDialog.setWindowTitle(QCoreApplication.translate("CarryOverDialog", u"Ki\u1ec3m \u0111i\u1ec3m vi\u1ec7c th\u1ef1c hi\u1ec7n k\u1ebft lu\u1eadn", None))
        self.noteLabel.setText(QCoreApplication.translate("CarryOverDialog", u"Ch\u1ecdn c\u00e1c k\u1ebft lu\u1eadn, nhi\u1ec7m v\u1ee5 ch\u01b0a ho\u00e0n th\u00e0nh c\u1ea7n \u0111\u01b0a v\u00e0o ch\u01b0\u01a1ng tr\u00ecnh cu\u1ed9c h\u1ecdp (vi\u1ec7c qu\u00e1 h\u1ea1n \u1edf \u0111\u1ea7u danh s\u00e1ch).", None))
    # retranslateUi

