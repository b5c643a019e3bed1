# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RosterImportDialog(object):
    def setupUi(self, RosterImportDialog):
        if not RosterImportDialog.objectName():
            RosterImportDialog.setObjectName(u"RosterImportDialog")
        RosterImportDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(RosterImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(RosterImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"\u2014")
        self.fileLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.fileLabel)

        self.chooseButton = QPushButton(RosterImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileLayout.addWidget(self.chooseButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.legacyFrame = QFrame(RosterImportDialog)
        self.legacyFrame.setObjectName(u"legacyFrame")
        self.legacyLayout = QHBoxLayout(self.legacyFrame)
        self.legacyLayout.setObjectName(u"legacyLayout")
        self.legacyLabel = QLabel(self.legacyFrame)
        self.legacyLabel.setObjectName(u"legacyLabel")
        self.legacyLabel.setText(u"")
        self.legacyLabel.setWordWrap(True)

        self.legacyLayout.addWidget(self.legacyLabel)

        self.convertCheck = QCheckBox(self.legacyFrame)
        self.convertCheck.setObjectName(u"convertCheck")
        self.convertCheck.setChecked(True)

        self.legacyLayout.addWidget(self.convertCheck)


        self.dialogLayout.addWidget(self.legacyFrame)

        self.splitter = QSplitter(RosterImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.mappingPane = QWidget(self.splitter)
        self.mappingPane.setObjectName(u"mappingPane")
        self.mappingLayout = QVBoxLayout(self.mappingPane)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingLayout.setContentsMargins(0, 0, 0, 0)
        self.mappingTitle = QLabel(self.mappingPane)
        self.mappingTitle.setObjectName(u"mappingTitle")

        self.mappingLayout.addWidget(self.mappingTitle)

        self.mappingTable = QTableWidget(self.mappingPane)
        if (self.mappingTable.columnCount() < 2):
            self.mappingTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setColumnCount(2)

        self.mappingLayout.addWidget(self.mappingTable)

        self.splitter.addWidget(self.mappingPane)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewTitle = QLabel(self.previewPane)
        self.previewTitle.setObjectName(u"previewTitle")

        self.previewLayout.addWidget(self.previewTitle)

        self.previewTable = QTableWidget(self.previewPane)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)

        self.previewLayout.addWidget(self.previewTable)

        self.problemsTitle = QLabel(self.previewPane)
        self.problemsTitle.setObjectName(u"problemsTitle")

        self.previewLayout.addWidget(self.problemsTitle)

        self.problemsList = QListWidget(self.previewPane)
        self.problemsList.setObjectName(u"problemsList")

        self.previewLayout.addWidget(self.problemsList)

        self.splitter.addWidget(self.previewPane)

        self.dialogLayout.addWidget(self.splitter)

        self.summaryLabel = QLabel(RosterImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.progressBar = QProgressBar(RosterImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.importButton = QPushButton(RosterImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.cancelButton = QPushButton(RosterImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

        self.dialogLayout.setStretch(2, 1)

        self.retranslateUi(RosterImportDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(RosterImportDialog)
    # setupUi

    def retranslateUi(self, RosterImportDialog):
        self.chooseButton.setText(QCoreApplication.translate("RosterImportDialog", u"&Ch\u1ecdn t\u1ec7p\u2026", None))
        self.convertCheck.setText(QCoreApplication.translate("RosterImportDialog", u"Chuy\u1ec3n sang &Unicode", None))
        self.mappingTitle.setText(QCoreApplication.translate("RosterImportDialog", u"Gh\u00e9p c\u1ed9t (s\u1eeda n\u1ebfu nh\u1eadn sai):", None))
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RosterImportDialog", u"C\u1ed9t trong t\u1ec7p", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RosterImportDialog", u"L\u00e0 th\u00f4ng tin", None))
        self.previewTitle.setText(QCoreApplication.translate("RosterImportDialog", u"S\u1ebd nh\u1eadp:", None))
        self.problemsTitle.setText(QCoreApplication.translate("RosterImportDialog", u"D\u00f2ng kh\u00f4ng nh\u1eadp (s\u1ed1 d\u00f2ng trong t\u1ec7p v\u00e0 l\u00fd do):", None))
        self.importButton.setText(QCoreApplication.translate("RosterImportDialog", u"&Nh\u1eadp", None))
        self.cancelButton.setText(QCoreApplication.translate("RosterImportDialog", u"H\u1ee7y", None))
        pass
    # retranslateUi

