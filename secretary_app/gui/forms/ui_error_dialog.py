# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'error_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.resize(640, 420)
        self.dialogLayout = QVBoxLayout(ErrorDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(ErrorDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel)

        self.messageLabel = QLabel(ErrorDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)
        self.messageLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.messageLabel)


        self.dialogLayout.addLayout(self.headerLayout)

        self.detailsEdit = QPlainTextEdit(ErrorDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setReadOnly(True)
        self.detailsEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.dialogLayout.addWidget(self.detailsEdit)

        self.logLabel = QLabel(ErrorDialog)
        self.logLabel.setObjectName(u"logLabel")
        self.logLabel.setText(u"")
        self.logLabel.setWordWrap(True)
        self.logLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.logLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.copiedLabel = QLabel(ErrorDialog)
        self.copiedLabel.setObjectName(u"copiedLabel")
        self.copiedLabel.setText(u"")

        self.buttonsLayout.addWidget(self.copiedLabel)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.copyButton = QPushButton(ErrorDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonsLayout.addWidget(self.copyButton)

        self.closeButton = QPushButton(ErrorDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(ErrorDialog)
        self.closeButton.clicked.connect(ErrorDialog.accept)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ErrorDialog)
    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"L\u1ed7i", None))
        self.messageLabel.setText(QCoreApplication.translate("ErrorDialog", u"\u0110\u00e3 x\u1ea3y ra l\u1ed7i kh\u00f4ng mong mu\u1ed1n. C\u00f4ng vi\u1ec7c \u0111\u00e3 l\u01b0u tr\u01b0\u1edbc \u0111\u00f3 kh\u00f4ng b\u1ecb \u1ea3nh h\u01b0\u1edfng; n\u1ebfu l\u1ed7i l\u1eb7p l\u1ea1i, h\u00e3y b\u1ea5m \u201cSao ch\u00e9p chi ti\u1ebft\u201d v\u00e0 g\u1eedi n\u1ed9i dung cho ng\u01b0\u1eddi h\u1ed7 tr\u1ee3 k\u1ef9 thu\u1eadt.", None))
        self.copyButton.setText(QCoreApplication.translate("ErrorDialog", u"Sao ch\u00e9p chi ti\u1ebft", None))
        self.closeButton.setText(QCoreApplication.translate("ErrorDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

