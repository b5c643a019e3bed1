# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'archive_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ArchiveDialog(object):
    def setupUi(self, ArchiveDialog):
        if not ArchiveDialog.objectName():
            ArchiveDialog.setObjectName(u"ArchiveDialog")
        ArchiveDialog.resize(560, 230)
        self.dialogLayout = QVBoxLayout(ArchiveDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ArchiveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.yearLabel = QLabel(ArchiveDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(ArchiveDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMaximumSize(QSize(110, 16777215))
        self.yearSpin.setMinimum(1945)
        self.yearSpin.setMaximum(2200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.folderLabel = QLabel(ArchiveDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(ArchiveDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(ArchiveDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folderLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.targetLabel = QLabel(ArchiveDialog)
        self.targetLabel.setObjectName(u"targetLabel")
        self.targetLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.targetLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ArchiveDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(ArchiveDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ArchiveDialog)
        self.closeButton.clicked.connect(ArchiveDialog.reject)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ArchiveDialog)
    # setupUi

    def retranslateUi(self, ArchiveDialog):
        ArchiveDialog.setWindowTitle(QCoreApplication.translate("ArchiveDialog", u"Xu\u1ea5t h\u1ed3 s\u01a1 n\u0103m", None))
        self.introLabel.setText(QCoreApplication.translate("ArchiveDialog", u"Xu\u1ea5t m\u1ecdi bi\u00ean b\u1ea3n v\u00e0 v\u0103n b\u1ea3n \u0111\u00e3 ban h\u00e0nh c\u1ee7a m\u1ed9t n\u0103m th\u00e0nh c\u00e1c t\u1ec7p PDF, k\u00e8m m\u1ee5c l\u1ee5c h\u1ed3 s\u01a1 v\u00e0 t\u1ec7p ki\u1ec3m tra (manifest.json), v\u00e0o m\u1ed9t th\u01b0 m\u1ee5c m\u1edbi.", None))
        self.yearLabel.setText(QCoreApplication.translate("ArchiveDialog", u"&N\u0103m:", None))
        self.folderLabel.setText(QCoreApplication.translate("ArchiveDialog", u"&L\u01b0u v\u00e0o th\u01b0 m\u1ee5c:", None))
        self.browseButton.setText(QCoreApplication.translate("ArchiveDialog", u"Ch\u1ecdn\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ArchiveDialog", u"Xu\u1ea5t h\u1ed3 s\u01a1", None))
        self.closeButton.setText(QCoreApplication.translate("ArchiveDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

