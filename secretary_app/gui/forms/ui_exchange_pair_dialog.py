# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_pair_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExchangePairDialog(object):
    def setupUi(self, ExchangePairDialog):
        if not ExchangePairDialog.objectName():
            ExchangePairDialog.setObjectName(u"ExchangePairDialog")
        ExchangePairDialog.resize(560, 300)
        self.dialogLayout = QVBoxLayout(ExchangePairDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameCaption = QLabel(ExchangePairDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameValue = QLabel(ExchangePairDialog)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setText(u"")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.fingerprintCaption = QLabel(ExchangePairDialog)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fingerprintCaption)

        self.fingerprintValue = QLabel(ExchangePairDialog)
        self.fingerprintValue.setObjectName(u"fingerprintValue")
        self.fingerprintValue.setText(u"")
        self.fingerprintValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fingerprintValue)

        self.spokenLabel = QLabel(ExchangePairDialog)
        self.spokenLabel.setObjectName(u"spokenLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.spokenLabel)

        self.spokenEdit = QLineEdit(ExchangePairDialog)
        self.spokenEdit.setObjectName(u"spokenEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.spokenEdit)

        self.unitLabel = QLabel(ExchangePairDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(ExchangePairDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(ExchangePairDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(ExchangePairDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.pairButton = QPushButton(ExchangePairDialog)
        self.pairButton.setObjectName(u"pairButton")

        self.buttonRow.addWidget(self.pairButton)

        self.cancelButton = QPushButton(ExchangePairDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.spokenLabel.setBuddy(self.spokenEdit)
        self.unitLabel.setBuddy(self.unitCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExchangePairDialog)

        self.pairButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExchangePairDialog)
    # setupUi

    def retranslateUi(self, ExchangePairDialog):
        ExchangePairDialog.setWindowTitle(QCoreApplication.translate("ExchangePairDialog", u"Gh\u00e9p n\u1ed1i v\u1edbi \u0111\u01a1n v\u1ecb", None))
        self.nameCaption.setText(QCoreApplication.translate("ExchangePairDialog", u"\u0110\u01a1n v\u1ecb:", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("ExchangePairDialog", u"M\u00e3 nh\u1eadn d\u1ea1ng trong t\u1ec7p:", None))
        self.spokenLabel.setText(QCoreApplication.translate("ExchangePairDialog", u"M\u00e3 \u0111\u01a1n v\u1ecb kia &\u0111\u1ecdc:", None))
        self.spokenEdit.setPlaceholderText(QCoreApplication.translate("ExchangePairDialog", u"ABCD-EFGH-JKLM-NPQR", None))
        self.unitLabel.setText(QCoreApplication.translate("ExchangePairDialog", u"L\u00e0 \u0111\u01a1n &v\u1ecb:", None))
        self.noteLabel.setText(QCoreApplication.translate("ExchangePairDialog", u"G\u1ecdi \u0111i\u1ec7n cho \u0111\u01a1n v\u1ecb kia v\u00e0 nh\u1edd \u0111\u1ecdc m\u00e3 nh\u1eadn d\u1ea1ng hi\u1ec7n trong c\u1eeda s\u1ed5 \u201cTrao \u0111\u1ed5i v\u1edbi \u0111\u01a1n v\u1ecb\u201d c\u1ee7a h\u1ecd; nh\u1eadp m\u00e3 \u0111\u00f3 v\u00e0o \u00f4 tr\u00ean. \u1ede c\u01a1 quan c\u1ea5p tr\u00ean, ch\u1ecdn \u0111\u01a1n v\u1ecb (c\u01a1 quan th\u01b0\u1eddng tr\u00fa) t\u01b0\u01a1ng \u1ee9ng \u0111\u1ec3 bi\u1ebft nhi\u1ec7m v\u1ee5 n\u00e0o \u0111\u01b0\u1ee3c g\u1eedi cho \u0111\u01a1n v\u1ecb \u0111\u00f3.", None))
        self.pairButton.setText(QCoreApplication.translate("ExchangePairDialog", u"&Gh\u00e9p n\u1ed1i", None))
        self.cancelButton.setText(QCoreApplication.translate("ExchangePairDialog", u"H\u1ee7y", None))
    # retranslateUi

