# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directive_change_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DirectiveChangeDialog(object):
    def setupUi(self, DirectiveChangeDialog):
        if not DirectiveChangeDialog.objectName():
            DirectiveChangeDialog.setObjectName(u"DirectiveChangeDialog")
        DirectiveChangeDialog.resize(600, 420)
        self.dialogLayout = QVBoxLayout(DirectiveChangeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.itemsLabel = QLabel(DirectiveChangeDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")
        self.itemsLabel.setText(u"\u2014")
        self.itemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.itemsLabel)

        self.infoLabel = QLabel(DirectiveChangeDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.infoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(DirectiveChangeDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateEdit = QDateEdit(DirectiveChangeDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.dateLayout.addWidget(self.dateEdit)

        self.ongoingCheck = QCheckBox(DirectiveChangeDialog)
        self.ongoingCheck.setObjectName(u"ongoingCheck")

        self.dateLayout.addWidget(self.ongoingCheck)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.wordsLabel = QLabel(DirectiveChangeDialog)
        self.wordsLabel.setObjectName(u"wordsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wordsLabel)

        self.wordsEdit = QLineEdit(DirectiveChangeDialog)
        self.wordsEdit.setObjectName(u"wordsEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.wordsEdit)

        self.textLabel = QLabel(DirectiveChangeDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(DirectiveChangeDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.unitsLabel = QLabel(DirectiveChangeDialog)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitsLabel)

        self.unitsList = QListWidget(DirectiveChangeDialog)
        self.unitsList.setObjectName(u"unitsList")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitsList)

        self.keepLabel = QLabel(DirectiveChangeDialog)
        self.keepLabel.setObjectName(u"keepLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepCombo = QComboBox(DirectiveChangeDialog)
        self.keepCombo.setObjectName(u"keepCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.keepCombo)

        self.reasonLabel = QLabel(DirectiveChangeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(DirectiveChangeDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.allowedLabel = QLabel(DirectiveChangeDialog)
        self.allowedLabel.setObjectName(u"allowedLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.allowedLabel)

        self.allowedEdit = QLineEdit(DirectiveChangeDialog)
        self.allowedEdit.setObjectName(u"allowedEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.allowedEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(DirectiveChangeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DirectiveChangeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.wordsLabel.setBuddy(self.wordsEdit)
        self.textLabel.setBuddy(self.textEdit)
        self.unitsLabel.setBuddy(self.unitsList)
        self.keepLabel.setBuddy(self.keepCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.allowedLabel.setBuddy(self.allowedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DirectiveChangeDialog)

        QMetaObject.connectSlotsByName(DirectiveChangeDialog)
    # setupUi

    def retranslateUi(self, DirectiveChangeDialog):
        self.dateLabel.setText(QCoreApplication.translate("DirectiveChangeDialog", u"&H\u1ea1n m\u1edbi:", None))
        self.ongoingCheck.setText(QCoreApplication.translate("DirectiveChangeDialog", u"Th\u01b0\u1eddng &xuy\u00ean", None))
        self.wordsLabel.setText(QCoreApplication.translate("DirectiveChangeDialog", u"Th\u1eddi h\u1ea1n b\u1eb1ng &ch\u1eef:", None))
        self.wordsEdit.setPlaceholderText(QCoreApplication.translate("DirectiveChangeDialog", u"Kh\u00f4ng b\u1eaft bu\u1ed9c, v\u00ed d\u1ee5: Qu\u00fd I/2027 (in tr\u00ean v\u0103n b\u1ea3n)", None))
        self.textLabel.setText(QCoreApplication.translate("DirectiveChangeDialog", u"&N\u1ed9i dung:", None))
        self.unitsLabel.setText(QCoreApplication.translate("DirectiveChangeDialog", u"C\u00e1c \u0111\u01a1n v\u1ecb &ch\u1ee7 tr\u00ec:", None))
        self.keepLabel.setText(QCoreApplication.translate("DirectiveChangeDialog", u"&Gi\u1eef l\u1ea1i nhi\u1ec7m v\u1ee5:", None))
        self.reasonLabel.setText(QCoreApplication.translate("DirectiveChangeDialog", u"&L\u00fd do:", None))
        self.allowedLabel.setText(QCoreApplication.translate("DirectiveChangeDialog", u"&Ng\u01b0\u1eddi cho ph\u00e9p:", None))
        self.allowedEdit.setPlaceholderText(QCoreApplication.translate("DirectiveChangeDialog", u"Kh\u00f4ng b\u1eaft bu\u1ed9c, v\u00ed d\u1ee5: \u0111\u1ed3ng ch\u00ed B\u00ed th\u01b0 \u0110\u1ea3ng \u1ee7y", None))
        pass
    # retranslateUi

