# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minutes_refresh_dialog.ui'
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

class Ui_MinutesRefreshDialog(object):
    def setupUi(self, MinutesRefreshDialog):
        if not MinutesRefreshDialog.objectName():
            MinutesRefreshDialog.setObjectName(u"MinutesRefreshDialog")
        MinutesRefreshDialog.resize(760, 460)
        self.dialogLayout = QVBoxLayout(MinutesRefreshDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.noteLabel = QLabel(MinutesRefreshDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.changesList = QListWidget(MinutesRefreshDialog)
        self.changesList.setObjectName(u"changesList")
        self.changesList.setWordWrap(True)
        self.changesList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.changesList)

        self.buttonBox = QDialogButtonBox(MinutesRefreshDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(MinutesRefreshDialog)

        QMetaObject.connectSlotsByName(MinutesRefreshDialog)
    # setupUi

    def retranslateUi(self, MinutesRefreshDialog):
        MinutesRefreshDialog.setWindowTitle(QCoreApplication.translate("MinutesRefreshDialog", u"C\u1eadp nh\u1eadt t\u1eeb bi\u00ean b\u1ea3n", None))
        self.noteLabel.setText(QCoreApplication.translate("MinutesRefreshDialog", u"Bi\u00ean b\u1ea3n \u0111\u00e3 thay \u0111\u1ed5i sau khi so\u1ea1n d\u1ef1 th\u1ea3o n\u00e0y. Ch\u1ecdn c\u00e1c thay \u0111\u1ed5i \u0111\u01b0a v\u00e0o d\u1ef1 th\u1ea3o; nh\u1eefng g\u00ec b\u1ea1n t\u1ef1 g\u00f5 th\u00eam v\u00e0o d\u1ef1 th\u1ea3o \u0111\u01b0\u1ee3c gi\u1eef nguy\u00ean. D\u00f2ng c\u00f3 d\u1ea5u \u26a0 l\u00e0 \u0111o\u1ea1n b\u1ea1n \u0111\u00e3 s\u1eeda tay: ch\u1ec9 thay khi b\u1ea1n \u0111\u00e1nh d\u1ea5u ch\u1ecdn.", None))
    # retranslateUi

