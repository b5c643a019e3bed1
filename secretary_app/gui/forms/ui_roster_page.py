# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_RosterPage(object):
    def setupUi(self, RosterPage):
        if not RosterPage.objectName():
            RosterPage.setObjectName(u"RosterPage")
        RosterPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(RosterPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(RosterPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"\u2014")

        self.pageLayout.addWidget(self.titleLabel)

        self.noteLabel = QLabel(RosterPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noteLabel)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.searchEdit = QLineEdit(RosterPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.searchEdit)

        self.inactiveCheck = QCheckBox(RosterPage)
        self.inactiveCheck.setObjectName(u"inactiveCheck")

        self.toolbarLayout.addWidget(self.inactiveCheck)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.importButton = QPushButton(RosterPage)
        self.importButton.setObjectName(u"importButton")

        self.toolbarLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(RosterPage)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbarLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.tableView = QTableView(RosterPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.tableView)

        self.emptyLabel = QLabel(RosterPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.emptyLabel.sizePolicy().hasHeightForWidth())
        self.emptyLabel.setSizePolicy(sizePolicy)
        self.emptyLabel.setText(u"")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pageLayout.addWidget(self.emptyLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(RosterPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(RosterPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.activeButton = QPushButton(RosterPage)
        self.activeButton.setObjectName(u"activeButton")
        self.activeButton.setText(u"\u2014")

        self.buttonsLayout.addWidget(self.activeButton)

        self.deleteButton = QPushButton(RosterPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonsLayout.addWidget(self.deleteButton)

        self.termButton = QPushButton(RosterPage)
        self.termButton.setObjectName(u"termButton")

        self.buttonsLayout.addWidget(self.termButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.countLabel = QLabel(RosterPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.buttonsLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(RosterPage)

        QMetaObject.connectSlotsByName(RosterPage)
    # setupUi

    def retranslateUi(self, RosterPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RosterPage", u"T\u00ecm (kh\u00f4ng c\u1ea7n g\u00f5 d\u1ea5u)\u2026", None))
        self.inactiveCheck.setText(QCoreApplication.translate("RosterPage", u"Hi\u1ec7n c\u1ea3 m\u1ee5c \u0111\u00e3 ng\u1eebng", None))
        self.importButton.setText(QCoreApplication.translate("RosterPage", u"&Nh\u1eadp t\u1eeb Excel/CSV\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("RosterPage", u"&Xu\u1ea5t Excel\u2026", None))
        self.addButton.setText(QCoreApplication.translate("RosterPage", u"&Th\u00eam\u2026", None))
        self.editButton.setText(QCoreApplication.translate("RosterPage", u"&S\u1eeda\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("RosterPage", u"X\u00f3&a", None))
        self.termButton.setText(QCoreApplication.translate("RosterPage", u"Nhi\u1ec7m &k\u1ef3 m\u1edbi\u2026", None))
        pass
    # retranslateUi

