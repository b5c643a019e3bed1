# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'term_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_TermDialog(object):
    def setupUi(self, TermDialog):
        if not TermDialog.objectName():
            TermDialog.setObjectName(u"TermDialog")
        TermDialog.resize(640, 520)
        self.dialogLayout = QVBoxLayout(TermDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(TermDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.startLabel = QLabel(TermDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateEdit(TermDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.startEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.labelLabel = QLabel(TermDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(TermDialog)
        self.labelEdit.setObjectName(u"labelEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.labelEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.table = QTableWidget(TermDialog)
        if (self.table.columnCount() < 3):
            self.table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.table.setObjectName(u"table")
        self.table.setColumnCount(3)

        self.dialogLayout.addWidget(self.table)

        self.buttonBox = QDialogButtonBox(TermDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startEdit)
        self.labelLabel.setBuddy(self.labelEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TermDialog)

        QMetaObject.connectSlotsByName(TermDialog)
    # setupUi

    def retranslateUi(self, TermDialog):
        TermDialog.setWindowTitle(QCoreApplication.translate("TermDialog", u"Nhi\u1ec7m k\u1ef3 m\u1edbi", None))
        self.introLabel.setText(QCoreApplication.translate("TermDialog", u"T\u1eeb ng\u00e0y b\u1eaft \u0111\u1ea7u nhi\u1ec7m k\u1ef3, c\u1ea5p \u1ee7y g\u1ed3m nh\u1eefng ng\u01b0\u1eddi \u0111\u01b0\u1ee3c ch\u1ecdn d\u01b0\u1edbi \u0111\u00e2y. Th\u00e0nh ph\u1ea7n d\u1ef1 h\u1ecdp c\u1ee7a c\u00e1c cu\u1ed9c h\u1ecdp tr\u01b0\u1edbc \u0111\u00f3 gi\u1eef nguy\u00ean; s\u1ed1 v\u0103n b\u1ea3n c\u1ee7a \u0110\u1ea3ng b\u1eaft \u0111\u1ea7u l\u1ea1i t\u1eeb 01 trong nhi\u1ec7m k\u1ef3 m\u1edbi.", None))
        self.startLabel.setText(QCoreApplication.translate("TermDialog", u"&B\u1eaft \u0111\u1ea7u t\u1eeb ng\u00e0y:", None))
        self.labelLabel.setText(QCoreApplication.translate("TermDialog", u"&Nhi\u1ec7m k\u1ef3:", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("TermDialog", u"V\u00ed d\u1ee5: 2025-2030", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TermDialog", u"H\u1ecd v\u00e0 t\u00ean", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TermDialog", u"Ch\u1ee9c v\u1ee5", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TermDialog", u"Trong c\u1ea5p \u1ee7y m\u1edbi", None))
    # retranslateUi

