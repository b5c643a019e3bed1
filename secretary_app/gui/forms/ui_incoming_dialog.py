# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incoming_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_IncomingDialog(object):
    def setupUi(self, IncomingDialog):
        if not IncomingDialog.objectName():
            IncomingDialog.setObjectName(u"IncomingDialog")
        IncomingDialog.resize(640, 560)
        self.dialogLayout = QVBoxLayout(IncomingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fileLabel = QLabel(IncomingDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(IncomingDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(IncomingDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.receivedLabel = QLabel(IncomingDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = QDateEdit(IncomingDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)
        self.receivedEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.senderLabel = QLabel(IncomingDialog)
        self.senderLabel.setObjectName(u"senderLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.senderLabel)

        self.senderEdit = QLineEdit(IncomingDialog)
        self.senderEdit.setObjectName(u"senderEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.senderEdit)

        self.symbolLabel = QLabel(IncomingDialog)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = QLineEdit(IncomingDialog)
        self.symbolEdit.setObjectName(u"symbolEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.docDateLabel = QLabel(IncomingDialog)
        self.docDateLabel.setObjectName(u"docDateLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.docDateLabel)

        self.docDateEdit = QLineEdit(IncomingDialog)
        self.docDateEdit.setObjectName(u"docDateEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.docDateEdit)

        self.typeLabel = QLabel(IncomingDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(IncomingDialog)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setEditable(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.summaryLabel = QLabel(IncomingDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(IncomingDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.urgencyLabel = QLabel(IncomingDialog)
        self.urgencyLabel.setObjectName(u"urgencyLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.urgencyLabel)

        self.urgencyCombo = QComboBox(IncomingDialog)
        self.urgencyCombo.setObjectName(u"urgencyCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.urgencyCombo)

        self.secrecyLabel = QLabel(IncomingDialog)
        self.secrecyLabel.setObjectName(u"secrecyLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.secrecyLabel)

        self.secrecyCombo = QComboBox(IncomingDialog)
        self.secrecyCombo.setObjectName(u"secrecyCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.secrecyCombo)

        self.deadlineLabel = QLabel(IncomingDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = QLineEdit(IncomingDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.handlerLabel = QLabel(IncomingDialog)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handlerCombo = QComboBox(IncomingDialog)
        self.handlerCombo.setObjectName(u"handlerCombo")
        self.handlerCombo.setEditable(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.handlerCombo)

        self.notesLabel = QLabel(IncomingDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(IncomingDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.readLabel = QLabel(IncomingDialog)
        self.readLabel.setObjectName(u"readLabel")
        self.readLabel.setText(u"")
        self.readLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.readLabel)

        self.errorLabel = QLabel(IncomingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(IncomingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.senderLabel.setBuddy(self.senderEdit)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.docDateLabel.setBuddy(self.docDateEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.urgencyLabel.setBuddy(self.urgencyCombo)
        self.secrecyLabel.setBuddy(self.secrecyCombo)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.handlerLabel.setBuddy(self.handlerCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IncomingDialog)

        QMetaObject.connectSlotsByName(IncomingDialog)
    # setupUi

    def retranslateUi(self, IncomingDialog):
        IncomingDialog.setWindowTitle(QCoreApplication.translate("IncomingDialog", u"V\u00e0o s\u1ed5 v\u0103n b\u1ea3n \u0111\u1ebfn", None))
        self.fileLabel.setText(QCoreApplication.translate("IncomingDialog", u"&T\u1ec7p v\u0103n b\u1ea3n:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("IncomingDialog", u"Ch\u01b0a ch\u1ecdn t\u1ec7p (PDF, DOCX, PNG, JPEG, TIFF)", None))
        self.browseButton.setText(QCoreApplication.translate("IncomingDialog", u"&Ch\u1ecdn t\u1ec7p\u2026", None))
        self.receivedLabel.setText(QCoreApplication.translate("IncomingDialog", u"Ng\u00e0y \u0111\u1ebf&n:", None))
        self.senderLabel.setText(QCoreApplication.translate("IncomingDialog", u"C\u01a1 quan &g\u1eedi (t\u00e1c gi\u1ea3):", None))
        self.senderEdit.setPlaceholderText(QCoreApplication.translate("IncomingDialog", u"V\u00ed d\u1ee5: T\u1ec9nh \u1ee7y B\u1eafc Ninh", None))
        self.symbolLabel.setText(QCoreApplication.translate("IncomingDialog", u"&S\u1ed1, k\u00fd hi\u1ec7u:", None))
        self.symbolEdit.setPlaceholderText(QCoreApplication.translate("IncomingDialog", u"V\u00ed d\u1ee5: 445-KL/TU", None))
        self.docDateLabel.setText(QCoreApplication.translate("IncomingDialog", u"Ng\u00e0y c\u1ee7a &v\u0103n b\u1ea3n:", None))
        self.docDateEdit.setPlaceholderText(QCoreApplication.translate("IncomingDialog", u"ng\u00e0y/th\u00e1ng/n\u0103m", None))
        self.typeLabel.setText(QCoreApplication.translate("IncomingDialog", u"T\u00ean &lo\u1ea1i:", None))
        self.summaryLabel.setText(QCoreApplication.translate("IncomingDialog", u"T&r\u00edch y\u1ebfu:", None))
        self.urgencyLabel.setText(QCoreApplication.translate("IncomingDialog", u"\u0110\u1ed9 &kh\u1ea9n:", None))
        self.secrecyLabel.setText(QCoreApplication.translate("IncomingDialog", u"\u0110\u1ed9 &m\u1eadt:", None))
        self.deadlineLabel.setText(QCoreApplication.translate("IncomingDialog", u"&H\u1ea1n gi\u1ea3i quy\u1ebft:", None))
        self.deadlineEdit.setPlaceholderText(QCoreApplication.translate("IncomingDialog", u"ng\u00e0y/th\u00e1ng/n\u0103m (\u0111\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f4ng c\u00f3)", None))
        self.handlerLabel.setText(QCoreApplication.translate("IncomingDialog", u"\u0110\u01a1n v\u1ecb, ng\u01b0\u1eddi &x\u1eed l\u00fd:", None))
        self.notesLabel.setText(QCoreApplication.translate("IncomingDialog", u"Gh&i ch\u00fa:", None))
    # retranslateUi

