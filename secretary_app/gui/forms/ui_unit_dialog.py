# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_UnitDialog(object):
    def setupUi(self, UnitDialog):
        if not UnitDialog.objectName():
            UnitDialog.setObjectName(u"UnitDialog")
        UnitDialog.resize(520, 280)
        self.dialogLayout = QVBoxLayout(UnitDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(UnitDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(UnitDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortLabel = QLabel(UnitDialog)
        self.shortLabel.setObjectName(u"shortLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortLabel)

        self.shortEdit = QLineEdit(UnitDialog)
        self.shortEdit.setObjectName(u"shortEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortEdit)

        self.kindLabel = QLabel(UnitDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(UnitDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.orderLabel = QLabel(UnitDialog)
        self.orderLabel.setObjectName(u"orderLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.orderLabel)

        self.orderSpin = QSpinBox(UnitDialog)
        self.orderSpin.setObjectName(u"orderSpin")
        self.orderSpin.setMinimum(0)
        self.orderSpin.setMaximum(99999)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.orderSpin)

        self.activeCheck = QCheckBox(UnitDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(UnitDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(UnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortLabel.setBuddy(self.shortEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.orderLabel.setBuddy(self.orderSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnitDialog)

        QMetaObject.connectSlotsByName(UnitDialog)
    # setupUi

    def retranslateUi(self, UnitDialog):
        UnitDialog.setWindowTitle(QCoreApplication.translate("UnitDialog", u"\u0110\u01a1n v\u1ecb", None))
        self.nameLabel.setText(QCoreApplication.translate("UnitDialog", u"&T\u00ean \u0111\u01a1n v\u1ecb:", None))
        self.shortLabel.setText(QCoreApplication.translate("UnitDialog", u"T\u00ean &vi\u1ebft t\u1eaft:", None))
        self.shortEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"V\u00ed d\u1ee5: VP\u0110U, BTG", None))
        self.kindLabel.setText(QCoreApplication.translate("UnitDialog", u"&Lo\u1ea1i:", None))
        self.orderLabel.setText(QCoreApplication.translate("UnitDialog", u"Th&\u1ee9 t\u1ef1:", None))
        self.activeCheck.setText(QCoreApplication.translate("UnitDialog", u"\u0110ang ho\u1ea1t \u0111\u1ed9ng (b\u1ecf ch\u1ecdn \u0111\u1ec3 ng\u1eebng s\u1eed d\u1ee5ng)", None))
    # retranslateUi

