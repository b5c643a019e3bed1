# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directive_action_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_DirectiveActionDialog(object):
    def setupUi(self, DirectiveActionDialog):
        if not DirectiveActionDialog.objectName():
            DirectiveActionDialog.setObjectName(u"DirectiveActionDialog")
        DirectiveActionDialog.resize(560, 360)
        self.dialogLayout = QVBoxLayout(DirectiveActionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.itemsLabel = QLabel(DirectiveActionDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")
        self.itemsLabel.setText(u"\u2014")
        self.itemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.itemsLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(DirectiveActionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(DirectiveActionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.unitLabel = QLabel(DirectiveActionDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(DirectiveActionDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.noteLabel = QLabel(DirectiveActionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(DirectiveActionDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.referenceLabel = QLabel(DirectiveActionDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(DirectiveActionDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referenceEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(DirectiveActionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DirectiveActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.noteLabel.setBuddy(self.noteEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DirectiveActionDialog)

        QMetaObject.connectSlotsByName(DirectiveActionDialog)
    # setupUi

    def retranslateUi(self, DirectiveActionDialog):
        self.dateLabel.setText(QCoreApplication.translate("DirectiveActionDialog", u"&Ng\u00e0y:", None))
        self.unitLabel.setText(QCoreApplication.translate("DirectiveActionDialog", u"\u0110\u01a1n v\u1ecb &ch\u1ee7 tr\u00ec:", None))
        self.noteLabel.setText(QCoreApplication.translate("DirectiveActionDialog", u"&Ghi ch\u00fa:", None))
        self.referenceLabel.setText(QCoreApplication.translate("DirectiveActionDialog", u"V\u0103n b\u1ea3n &b\u00e1o c\u00e1o:", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("DirectiveActionDialog", u"Kh\u00f4ng b\u1eaft bu\u1ed9c, v\u00ed d\u1ee5: B\u00e1o c\u00e1o s\u1ed1 12-BC/BTC ng\u00e0y 20/12/2021", None))
        pass
    # retranslateUi

