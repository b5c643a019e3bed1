# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 360)
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.positionLabel = QLabel(PersonDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(PersonDialog)
        self.positionEdit.setObjectName(u"positionEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.unitLabel = QLabel(PersonDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(PersonDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.membershipLabel = QLabel(PersonDialog)
        self.membershipLabel.setObjectName(u"membershipLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.membershipLabel)

        self.membershipCombo = QComboBox(PersonDialog)
        self.membershipCombo.setObjectName(u"membershipCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.membershipCombo)

        self.roleLabel = QLabel(PersonDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(PersonDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.orderLabel = QLabel(PersonDialog)
        self.orderLabel.setObjectName(u"orderLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.orderLabel)

        self.orderSpin = QSpinBox(PersonDialog)
        self.orderSpin.setObjectName(u"orderSpin")
        self.orderSpin.setMinimum(0)
        self.orderSpin.setMaximum(99999)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.orderSpin)

        self.activeCheck = QCheckBox(PersonDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.dialogLayout.addLayout(self.formLayout)

        self.seatsLabel = QLabel(PersonDialog)
        self.seatsLabel.setObjectName(u"seatsLabel")
        self.seatsLabel.setText(u"")
        self.seatsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.seatsLabel)

        self.errorLabel = QLabel(PersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.membershipLabel.setBuddy(self.membershipCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.orderLabel.setBuddy(self.orderSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Ng\u01b0\u1eddi", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&H\u1ecd v\u00e0 t\u00ean:", None))
        self.positionLabel.setText(QCoreApplication.translate("PersonDialog", u"&Ch\u1ee9c v\u1ee5:", None))
        self.positionEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"V\u00ed d\u1ee5: Ph\u00f3 B\u00ed th\u01b0 \u0110\u1ea3ng \u1ee7y, Tr\u01b0\u1edfng Ban Tuy\u00ean gi\u00e1o", None))
        self.unitLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0110\u01a1n &v\u1ecb:", None))
        self.membershipLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0110\u1ea3&ng vi\u00ean:", None))
        self.roleLabel.setText(QCoreApplication.translate("PersonDialog", u"\u1ee6y vi\u00ean &c\u1ea5p \u1ee7y:", None))
        self.orderLabel.setText(QCoreApplication.translate("PersonDialog", u"&Th\u1ee9 t\u1ef1:", None))
#if QT_CONFIG(tooltip)
        self.orderSpin.setToolTip(QCoreApplication.translate("PersonDialog", u"Th\u1ee9 t\u1ef1 trong danh s\u00e1ch, th\u00e0nh ph\u1ea7n d\u1ef1 h\u1ecdp v\u00e0 khi th\u00eam t\u1ea5t c\u1ea3 \u1ee7y vi\u00ean", None))
#endif // QT_CONFIG(tooltip)
        self.activeCheck.setText(QCoreApplication.translate("PersonDialog", u"\u0110ang c\u00f4ng t\u00e1c (b\u1ecf ch\u1ecdn \u0111\u1ec3 ng\u1eebng theo d\u00f5i)", None))
    # retranslateUi

