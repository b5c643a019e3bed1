# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RestoreWizard(object):
    def setupUi(self, RestoreWizard):
        if not RestoreWizard.objectName():
            RestoreWizard.setObjectName(u"RestoreWizard")
        RestoreWizard.resize(760, 440)
        self.dialogLayout = QVBoxLayout(RestoreWizard)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RestoreWizard)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.backupTable = QTableWidget(RestoreWizard)
        if (self.backupTable.columnCount() < 6):
            self.backupTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupTable.setAlternatingRowColors(True)
        self.backupTable.setWordWrap(False)
        self.backupTable.horizontalHeader().setStretchLastSection(True)
        self.backupTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.backupTable)

        self.emptyLabel = QLabel(RestoreWizard)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.emptyLabel)

        self.keepLabel = QLabel(RestoreWizard)
        self.keepLabel.setObjectName(u"keepLabel")
        self.keepLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.keepLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.otherFileButton = QPushButton(RestoreWizard)
        self.otherFileButton.setObjectName(u"otherFileButton")

        self.buttonLayout.addWidget(self.otherFileButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.restoreButton = QPushButton(RestoreWizard)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonLayout.addWidget(self.restoreButton)

        self.closeButton = QPushButton(RestoreWizard)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(RestoreWizard)
        self.closeButton.clicked.connect(RestoreWizard.reject)

        self.restoreButton.setDefault(True)


        QMetaObject.connectSlotsByName(RestoreWizard)
    # setupUi

    def retranslateUi(self, RestoreWizard):
        RestoreWizard.setWindowTitle(QCoreApplication.translate("RestoreWizard", u"Kh\u00f4i ph\u1ee5c t\u1eeb b\u1ea3n sao l\u01b0u", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreWizard", u"Ch\u1ecdn b\u1ea3n sao l\u01b0u mu\u1ed1n kh\u00f4i ph\u1ee5c. M\u1ed7i d\u00f2ng cho bi\u1ebft th\u1eddi \u0111i\u1ec3m sao l\u01b0u v\u00e0 trong \u0111\u00f3 c\u00f3 bao nhi\u00eau cu\u1ed9c h\u1ecdp, v\u0103n b\u1ea3n v\u00e0 k\u1ebft lu\u1eadn.", None))
        ___qtablewidgetitem = self.backupTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RestoreWizard", u"Th\u1eddi \u0111i\u1ec3m", None))
        ___qtablewidgetitem1 = self.backupTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RestoreWizard", u"Cu\u1ed9c h\u1ecdp", None))
        ___qtablewidgetitem2 = self.backupTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RestoreWizard", u"V\u0103n b\u1ea3n", None))
        ___qtablewidgetitem3 = self.backupTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RestoreWizard", u"K\u1ebft lu\u1eadn", None))
        ___qtablewidgetitem4 = self.backupTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RestoreWizard", u"Dung l\u01b0\u1ee3ng", None))
        ___qtablewidgetitem5 = self.backupTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RestoreWizard", u"Lo\u1ea1i b\u1ea3n sao", None))
        self.emptyLabel.setText(QCoreApplication.translate("RestoreWizard", u"Ch\u01b0a c\u00f3 b\u1ea3n sao l\u01b0u n\u00e0o tr\u00ean m\u00e1y n\u00e0y. N\u1ebfu c\u00f3 b\u1ea3n sao l\u01b0u tr\u00ean USB, h\u00e3y b\u1ea5m \u201cCh\u1ecdn t\u1ec7p sao l\u01b0u kh\u00e1c\u2026\u201d.", None))
        self.keepLabel.setText(QCoreApplication.translate("RestoreWizard", u"Tr\u01b0\u1edbc khi kh\u00f4i ph\u1ee5c, t\u1ec7p d\u1eef li\u1ec7u hi\u1ec7n t\u1ea1i \u0111\u01b0\u1ee3c gi\u1eef l\u1ea1i m\u1ed9t b\u1ea3n (lo\u1ea1i \u201cTr\u01b0\u1edbc khi kh\u00f4i ph\u1ee5c\u201d), n\u00ean n\u1ebfu ch\u1ecdn nh\u1ea7m v\u1eabn c\u00f3 th\u1ec3 kh\u00f4i ph\u1ee5c l\u1ea1i b\u1ea3n \u0111\u00f3.", None))
        self.otherFileButton.setText(QCoreApplication.translate("RestoreWizard", u"Ch\u1ecdn t\u1ec7p sao l\u01b0u kh\u00e1c\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("RestoreWizard", u"Kh\u00f4i ph\u1ee5c\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("RestoreWizard", u"\u0110\u00f3ng", None))
    # retranslateUi

