# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(1000, 720)
        self.dialogLayout = QHBoxLayout(ReportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.settingsLayout = QVBoxLayout()
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(ReportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ReportDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.periodLabel = QLabel(ReportDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(ReportDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.yearLabel = QLabel(ReportDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(ReportDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.fromLabel = QLabel(ReportDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(ReportDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(ReportDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(ReportDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.toEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.unitLabel = QLabel(ReportDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(ReportDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unitCombo)


        self.settingsLayout.addLayout(self.formLayout)

        self.generateButton = QPushButton(ReportDialog)
        self.generateButton.setObjectName(u"generateButton")

        self.settingsLayout.addWidget(self.generateButton)

        self.statusLabel = QLabel(ReportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.statusLabel)

        self.settingsSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.settingsSpacer)

        self.printButton = QPushButton(ReportDialog)
        self.printButton.setObjectName(u"printButton")

        self.settingsLayout.addWidget(self.printButton)

        self.pdfButton = QPushButton(ReportDialog)
        self.pdfButton.setObjectName(u"pdfButton")

        self.settingsLayout.addWidget(self.pdfButton)

        self.docxButton = QPushButton(ReportDialog)
        self.docxButton.setObjectName(u"docxButton")

        self.settingsLayout.addWidget(self.docxButton)

        self.closeButton = QPushButton(ReportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.settingsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.settingsLayout)

        self.previewHost = QWidget(ReportDialog)
        self.previewHost.setObjectName(u"previewHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.previewHost.sizePolicy().hasHeightForWidth())
        self.previewHost.setSizePolicy(sizePolicy)
        self.previewLayout = QVBoxLayout(self.previewHost)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addWidget(self.previewHost)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.unitLabel.setBuddy(self.unitCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportDialog)

        self.generateButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"B\u00e1o c\u00e1o t\u00ecnh h\u00ecnh th\u1ef1c hi\u1ec7n k\u1ebft lu\u1eadn", None))
        self.kindLabel.setText(QCoreApplication.translate("ReportDialog", u"&Lo\u1ea1i:", None))
        self.periodLabel.setText(QCoreApplication.translate("ReportDialog", u"&K\u1ef3 b\u00e1o c\u00e1o:", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportDialog", u"&N\u0103m:", None))
        self.fromLabel.setText(QCoreApplication.translate("ReportDialog", u"&T\u1eeb ng\u00e0y:", None))
        self.toLabel.setText(QCoreApplication.translate("ReportDialog", u"\u0110\u1ebfn n&g\u00e0y:", None))
        self.unitLabel.setText(QCoreApplication.translate("ReportDialog", u"\u0110\u01a1n &v\u1ecb:", None))
        self.generateButton.setText(QCoreApplication.translate("ReportDialog", u"&T\u1ea1o b\u00e1o c\u00e1o", None))
        self.printButton.setText(QCoreApplication.translate("ReportDialog", u"&In\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("ReportDialog", u"Xu\u1ea5t &PDF\u2026", None))
        self.docxButton.setText(QCoreApplication.translate("ReportDialog", u"Xu\u1ea5t &Word\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ReportDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

