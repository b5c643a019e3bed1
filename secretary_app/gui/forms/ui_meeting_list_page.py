# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_list_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_MeetingListPage(object):
    def setupUi(self, MeetingListPage):
        if not MeetingListPage.objectName():
            MeetingListPage.setObjectName(u"MeetingListPage")
        MeetingListPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(MeetingListPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(MeetingListPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.noteLabel = QLabel(MeetingListPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noteLabel)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(6)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.newButton = QToolButton(MeetingListPage)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolbarLayout.addWidget(self.newButton)

        self.editButton = QToolButton(MeetingListPage)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolbarLayout.addWidget(self.editButton)

        self.minutesButton = QToolButton(MeetingListPage)
        self.minutesButton.setObjectName(u"minutesButton")
        self.minutesButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolbarLayout.addWidget(self.minutesButton)

        self.composeButton = QToolButton(MeetingListPage)
        self.composeButton.setObjectName(u"composeButton")
        self.composeButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolbarLayout.addWidget(self.composeButton)

        self.inviteButton = QToolButton(MeetingListPage)
        self.inviteButton.setObjectName(u"inviteButton")
        self.inviteButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.inviteButton.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

        self.toolbarLayout.addWidget(self.inviteButton)

        self.deleteButton = QToolButton(MeetingListPage)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolbarLayout.addWidget(self.deleteButton)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(MeetingListPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(MeetingListPage)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.yearCombo)

        self.kindLabel = QLabel(MeetingListPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(MeetingListPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.kindCombo)

        self.searchEdit = QLineEdit(MeetingListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.pageLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(MeetingListPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.horizontalHeader().setStretchLastSection(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.emptyLabel = QLabel(MeetingListPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setText(u"Ch\u01b0a c\u00f3 d\u1eef li\u1ec7u")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.emptyLabel)

        self.countLabel = QLabel(MeetingListPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"0")

        self.pageLayout.addWidget(self.countLabel)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.tableView)

        self.retranslateUi(MeetingListPage)

        QMetaObject.connectSlotsByName(MeetingListPage)
    # setupUi

    def retranslateUi(self, MeetingListPage):
        self.titleLabel.setText(QCoreApplication.translate("MeetingListPage", u"Cu\u1ed9c h\u1ecdp", None))
        self.noteLabel.setText(QCoreApplication.translate("MeetingListPage", u"L\u00ean l\u1ecbch cu\u1ed9c h\u1ecdp, ghi th\u00e0nh ph\u1ea7n d\u1ef1 h\u1ecdp, ch\u01b0\u01a1ng tr\u00ecnh v\u00e0 ghi bi\u00ean b\u1ea3n ngay trong cu\u1ed9c h\u1ecdp (t\u1ef1 \u0111\u1ed9ng l\u01b0u).", None))
        self.yearLabel.setText(QCoreApplication.translate("MeetingListPage", u"N\u0103m:", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingListPage", u"Lo\u1ea1i:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MeetingListPage", u"T\u00ecm cu\u1ed9c h\u1ecdp\u2026 (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("MeetingListPage", u"T\u00ecm theo t\u00ean, lo\u1ea1i, \u0111\u1ecba \u0111i\u1ec3m, ch\u1ee7 tr\u00ec, ng\u00e0y; g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c (\u201cdang uy\u201d t\u00ecm ra \u201c\u0110\u1ea3ng \u1ee7y\u201d).", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

