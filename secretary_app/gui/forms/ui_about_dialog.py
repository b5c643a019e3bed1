# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(520, 260)
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(64, 64))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel, 0, Qt.AlignmentFlag.AlignTop)

        self.textLayout = QVBoxLayout()
        self.textLayout.setObjectName(u"textLayout")
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.textLayout.addWidget(self.nameLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"0.0.0")

        self.textLayout.addWidget(self.versionLabel)

        self.purposeLabel = QLabel(AboutDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")
        self.purposeLabel.setMinimumSize(QSize(400, 0))
        self.purposeLabel.setWordWrap(True)

        self.textLayout.addWidget(self.purposeLabel)

        self.offlineLabel = QLabel(AboutDialog)
        self.offlineLabel.setObjectName(u"offlineLabel")
        self.offlineLabel.setMinimumSize(QSize(400, 0))
        self.offlineLabel.setWordWrap(True)

        self.textLayout.addWidget(self.offlineLabel)


        self.headerLayout.addLayout(self.textLayout)


        self.dialogLayout.addLayout(self.headerLayout)

        self.dataPathCaption = QLabel(AboutDialog)
        self.dataPathCaption.setObjectName(u"dataPathCaption")

        self.dialogLayout.addWidget(self.dataPathCaption)

        self.dataPathLabel = QLabel(AboutDialog)
        self.dataPathLabel.setObjectName(u"dataPathLabel")
        self.dataPathLabel.setText(u"\u2014")
        self.dataPathLabel.setWordWrap(True)
        self.dataPathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.dataPathLabel)

        self.dialogSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(AboutDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(AboutDialog)
        self.closeButton.clicked.connect(AboutDialog.accept)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"Gi\u1edbi thi\u1ec7u", None))
        self.nameLabel.setText(QCoreApplication.translate("AboutDialog", u"Th\u01b0 k\u00fd c\u1ea5p \u1ee7y", None))
        self.purposeLabel.setText(QCoreApplication.translate("AboutDialog", u"Ghi bi\u00ean b\u1ea3n cu\u1ed9c h\u1ecdp, theo d\u00f5i k\u1ebft lu\u1eadn v\u00e0 in v\u0103n b\u1ea3n \u0111\u00fang th\u1ec3 th\u1ee9c cho v\u0103n ph\u00f2ng c\u1ea5p \u1ee7y.", None))
        self.offlineLabel.setText(QCoreApplication.translate("AboutDialog", u"Ho\u1ea1t \u0111\u1ed9ng ho\u00e0n to\u00e0n ngo\u1ea1i tuy\u1ebfn: kh\u00f4ng c\u1ea7n m\u1ea1ng Internet, d\u1eef li\u1ec7u ch\u1ec9 n\u1eb1m tr\u00ean m\u00e1y n\u00e0y.", None))
        self.dataPathCaption.setText(QCoreApplication.translate("AboutDialog", u"T\u1ec7p d\u1eef li\u1ec7u \u0111ang m\u1edf:", None))
        self.closeButton.setText(QCoreApplication.translate("AboutDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

