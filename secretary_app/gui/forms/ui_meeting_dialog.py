# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(1000, 680)
        self.dialogLayout = QVBoxLayout(MeetingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(MeetingDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalTabLayout = QVBoxLayout(self.generalTab)
        self.generalTabLayout.setObjectName(u"generalTabLayout")
        self.generalLayout = QGridLayout()
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setHorizontalSpacing(12)
        self.generalLayout.setVerticalSpacing(4)
        self.kindLabel = QLabel(self.generalTab)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.generalLayout.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(self.generalTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.generalLayout.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.kindError = QLabel(self.generalTab)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setText(u"")
        self.kindError.setWordWrap(True)

        self.generalLayout.addWidget(self.kindError, 1, 1, 1, 1)

        self.titleLabel = QLabel(self.generalTab)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.generalLayout.addWidget(self.titleLabel, 2, 0, 1, 1)

        self.titleEdit = QLineEdit(self.generalTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.generalLayout.addWidget(self.titleEdit, 2, 1, 1, 1)

        self.titleError = QLabel(self.generalTab)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setWordWrap(True)

        self.generalLayout.addWidget(self.titleError, 3, 1, 1, 1)

        self.dateLabel = QLabel(self.generalTab)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.generalLayout.addWidget(self.dateLabel, 4, 0, 1, 1)

        self.timeLayout = QHBoxLayout()
        self.timeLayout.setSpacing(8)
        self.timeLayout.setObjectName(u"timeLayout")
        self.dateEdit = QDateEdit(self.generalTab)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.timeLayout.addWidget(self.dateEdit)

        self.startLabel = QLabel(self.generalTab)
        self.startLabel.setObjectName(u"startLabel")

        self.timeLayout.addWidget(self.startLabel)

        self.startTimeEdit = QTimeEdit(self.generalTab)
        self.startTimeEdit.setObjectName(u"startTimeEdit")
        self.startTimeEdit.setDisplayFormat(u"HH:mm")

        self.timeLayout.addWidget(self.startTimeEdit)

        self.endCheck = QCheckBox(self.generalTab)
        self.endCheck.setObjectName(u"endCheck")

        self.timeLayout.addWidget(self.endCheck)

        self.endTimeEdit = QTimeEdit(self.generalTab)
        self.endTimeEdit.setObjectName(u"endTimeEdit")
        self.endTimeEdit.setDisplayFormat(u"HH:mm")

        self.timeLayout.addWidget(self.endTimeEdit)

        self.timeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeLayout.addItem(self.timeSpacer)


        self.generalLayout.addLayout(self.timeLayout, 4, 1, 1, 1)

        self.endError = QLabel(self.generalTab)
        self.endError.setObjectName(u"endError")
        self.endError.setText(u"")
        self.endError.setWordWrap(True)

        self.generalLayout.addWidget(self.endError, 5, 1, 1, 1)

        self.placeLabel = QLabel(self.generalTab)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.generalLayout.addWidget(self.placeLabel, 6, 0, 1, 1)

        self.placeEdit = QLineEdit(self.generalTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.generalLayout.addWidget(self.placeEdit, 6, 1, 1, 1)

        self.placeError = QLabel(self.generalTab)
        self.placeError.setObjectName(u"placeError")
        self.placeError.setText(u"")
        self.placeError.setWordWrap(True)

        self.generalLayout.addWidget(self.placeError, 7, 1, 1, 1)

        self.chairLabel = QLabel(self.generalTab)
        self.chairLabel.setObjectName(u"chairLabel")
        self.chairLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.generalLayout.addWidget(self.chairLabel, 8, 0, 1, 1)

        self.chairCombo = QComboBox(self.generalTab)
        self.chairCombo.setObjectName(u"chairCombo")
        self.chairCombo.setEditable(True)
        self.chairCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.generalLayout.addWidget(self.chairCombo, 8, 1, 1, 1)

        self.secretaryLabel = QLabel(self.generalTab)
        self.secretaryLabel.setObjectName(u"secretaryLabel")
        self.secretaryLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.generalLayout.addWidget(self.secretaryLabel, 9, 0, 1, 1)

        self.secretaryCombo = QComboBox(self.generalTab)
        self.secretaryCombo.setObjectName(u"secretaryCombo")
        self.secretaryCombo.setEditable(True)
        self.secretaryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.generalLayout.addWidget(self.secretaryCombo, 9, 1, 1, 1)

        self.statusLabel = QLabel(self.generalTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.generalLayout.addWidget(self.statusLabel, 10, 0, 1, 1)

        self.statusCombo = QComboBox(self.generalTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.generalLayout.addWidget(self.statusCombo, 10, 1, 1, 1)

        self.sitesLabel = QLabel(self.generalTab)
        self.sitesLabel.setObjectName(u"sitesLabel")
        self.sitesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)

        self.generalLayout.addWidget(self.sitesLabel, 11, 0, 1, 1)

        self.sitesLayout = QHBoxLayout()
        self.sitesLayout.setObjectName(u"sitesLayout")
        self.sitesList = QListWidget(self.generalTab)
        self.sitesList.setObjectName(u"sitesList")
        self.sitesList.setMaximumSize(QSize(16777215, 72))

        self.sitesLayout.addWidget(self.sitesList)

        self.sitesButtons = QVBoxLayout()
        self.sitesButtons.setObjectName(u"sitesButtons")
        self.sitesAddButton = QPushButton(self.generalTab)
        self.sitesAddButton.setObjectName(u"sitesAddButton")

        self.sitesButtons.addWidget(self.sitesAddButton)

        self.sitesRemoveButton = QPushButton(self.generalTab)
        self.sitesRemoveButton.setObjectName(u"sitesRemoveButton")

        self.sitesButtons.addWidget(self.sitesRemoveButton)

        self.sitesSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sitesButtons.addItem(self.sitesSpacer)


        self.sitesLayout.addLayout(self.sitesButtons)


        self.generalLayout.addLayout(self.sitesLayout, 11, 1, 1, 1)

        self.guestsLabel = QLabel(self.generalTab)
        self.guestsLabel.setObjectName(u"guestsLabel")
        self.guestsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)

        self.generalLayout.addWidget(self.guestsLabel, 12, 0, 1, 1)

        self.guestsLayout = QHBoxLayout()
        self.guestsLayout.setObjectName(u"guestsLayout")
        self.guestsList = QListWidget(self.generalTab)
        self.guestsList.setObjectName(u"guestsList")
        self.guestsList.setMaximumSize(QSize(16777215, 72))

        self.guestsLayout.addWidget(self.guestsList)

        self.guestsButtons = QVBoxLayout()
        self.guestsButtons.setObjectName(u"guestsButtons")
        self.guestsAddButton = QPushButton(self.generalTab)
        self.guestsAddButton.setObjectName(u"guestsAddButton")

        self.guestsButtons.addWidget(self.guestsAddButton)

        self.guestsRemoveButton = QPushButton(self.generalTab)
        self.guestsRemoveButton.setObjectName(u"guestsRemoveButton")

        self.guestsButtons.addWidget(self.guestsRemoveButton)

        self.guestsSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.guestsButtons.addItem(self.guestsSpacer)


        self.guestsLayout.addLayout(self.guestsButtons)


        self.generalLayout.addLayout(self.guestsLayout, 12, 1, 1, 1)

        self.notesLabel = QLabel(self.generalTab)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)

        self.generalLayout.addWidget(self.notesLabel, 13, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(self.generalTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))
        self.notesEdit.setTabChangesFocus(True)

        self.generalLayout.addWidget(self.notesEdit, 13, 1, 1, 1)

        self.generalLayout.setColumnStretch(1, 1)

        self.generalTabLayout.addLayout(self.generalLayout)

        self.generalSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalTabLayout.addItem(self.generalSpacer)

        self.tabs.addTab(self.generalTab, "")
        self.attendanceTab = QWidget()
        self.attendanceTab.setObjectName(u"attendanceTab")
        self.attendanceTabLayout = QVBoxLayout(self.attendanceTab)
        self.attendanceTabLayout.setObjectName(u"attendanceTabLayout")
        self.tabs.addTab(self.attendanceTab, "")
        self.agendaTab = QWidget()
        self.agendaTab.setObjectName(u"agendaTab")
        self.agendaTabLayout = QVBoxLayout(self.agendaTab)
        self.agendaTabLayout.setObjectName(u"agendaTabLayout")
        self.carryOverButton = QPushButton(self.agendaTab)
        self.carryOverButton.setObjectName(u"carryOverButton")

        self.agendaTabLayout.addWidget(self.carryOverButton)

        self.tabs.addTab(self.agendaTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formMessage = QLabel(MeetingDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)

        self.dialogLayout.addWidget(self.formMessage)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(MeetingDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(MeetingDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startLabel.setBuddy(self.startTimeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.chairLabel.setBuddy(self.chairCombo)
        self.secretaryLabel.setBuddy(self.secretaryCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.sitesLabel.setBuddy(self.sitesList)
        self.guestsLabel.setBuddy(self.guestsList)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Cu\u1ed9c h\u1ecdp", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Lo\u1ea1i cu\u1ed9c h\u1ecdp *", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("MeetingDialog", u"Ch\u1ecdn lo\u1ea1i cho cu\u1ed9c h\u1ecdp m\u1edbi s\u1ebd \u0111i\u1ec1n s\u1eb5n t\u00ean v\u00e0 ch\u01b0\u01a1ng tr\u00ecnh theo m\u1eabu.", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(QCoreApplication.translate("MeetingDialog", u"&T\u00ean cu\u1ed9c h\u1ecdp *", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"V\u00ed d\u1ee5: H\u1ed9i ngh\u1ecb giao ban c\u1ea5p \u1ee7y th\u00e1ng 10 n\u0103m 2025", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Th\u1eddi gian *", None))
        self.startLabel.setText(QCoreApplication.translate("MeetingDialog", u"t\u1eeb", None))
        self.endCheck.setText(QCoreApplication.translate("MeetingDialog", u"\u0111\u1ebfn", None))
#if QT_CONFIG(tooltip)
        self.endCheck.setToolTip(QCoreApplication.translate("MeetingDialog", u"B\u1ecf ch\u1ecdn n\u1ebfu ch\u01b0a bi\u1ebft gi\u1edd k\u1ebft th\u00fac.", None))
#endif // QT_CONFIG(tooltip)
        self.placeLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u0110\u1ecb&a \u0111i\u1ec3m", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"V\u00ed d\u1ee5: H\u1ed9i tr\u01b0\u1eddng t\u1ea7ng 3, s\u1ed1 5 L\u00fd Th\u01b0\u1eddng Ki\u1ec7t, H\u00e0 N\u1ed9i", None))
        self.chairLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Ch\u1ee7 tr\u00ec", None))
        self.secretaryLabel.setText(QCoreApplication.translate("MeetingDialog", u"T&h\u01b0 k\u00fd", None))
        self.statusLabel.setText(QCoreApplication.translate("MeetingDialog", u"Tr\u1ea1ng th\u00e1i", None))
        self.sitesLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u0110i\u1ec3m c\u1ea7u tr\u1ef1c tuy\u1ebfn", None))
#if QT_CONFIG(tooltip)
        self.sitesList.setToolTip(QCoreApplication.translate("MeetingDialog", u"M\u1ed7i d\u00f2ng m\u1ed9t \u0111i\u1ec3m c\u1ea7u. Nh\u1ea5n \u0111\u00fap ho\u1eb7c F2 \u0111\u1ec3 s\u1eeda.", None))
#endif // QT_CONFIG(tooltip)
        self.sitesAddButton.setText(QCoreApplication.translate("MeetingDialog", u"Th\u00eam \u0111i\u1ec3m c\u1ea7u", None))
        self.sitesRemoveButton.setText(QCoreApplication.translate("MeetingDialog", u"X\u00f3a", None))
        self.guestsLabel.setText(QCoreApplication.translate("MeetingDialog", u"Kh\u00e1ch m\u1eddi", None))
#if QT_CONFIG(tooltip)
        self.guestsList.setToolTip(QCoreApplication.translate("MeetingDialog", u"M\u1ed7i d\u00f2ng m\u1ed9t kh\u00e1ch m\u1eddi (h\u1ecd t\u00ean, ch\u1ee9c v\u1ee5). Nh\u1ea5n \u0111\u00fap ho\u1eb7c F2 \u0111\u1ec3 s\u1eeda.", None))
#endif // QT_CONFIG(tooltip)
        self.guestsAddButton.setText(QCoreApplication.translate("MeetingDialog", u"Th\u00eam kh\u00e1ch m\u1eddi", None))
        self.guestsRemoveButton.setText(QCoreApplication.translate("MeetingDialog", u"X\u00f3a", None))
        self.notesLabel.setText(QCoreApplication.translate("MeetingDialog", u"Ghi ch\u00fa", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("MeetingDialog", u"Th\u00f4ng tin &chung", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attendanceTab), QCoreApplication.translate("MeetingDialog", u"Th\u00e0nh ph\u1ea7n &d\u1ef1 h\u1ecdp", None))
        self.carryOverButton.setText(QCoreApplication.translate("MeetingDialog", u"Th\u00eam vi\u1ec7c t\u1ed3n \u0111\u1ecdng t\u1eeb c\u00e1c k\u1ef3 tr\u01b0\u1edbc\u2026", None))
#if QT_CONFIG(tooltip)
        self.carryOverButton.setToolTip(QCoreApplication.translate("MeetingDialog", u"Ch\u1ecdn c\u00e1c k\u1ebft lu\u1eadn, nhi\u1ec7m v\u1ee5 ch\u01b0a ho\u00e0n th\u00e0nh \u0111\u1ec3 ki\u1ec3m \u0111i\u1ec3m trong cu\u1ed9c h\u1ecdp n\u00e0y (Ctrl+K)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.carryOverButton.setShortcut(QCoreApplication.translate("MeetingDialog", u"Ctrl+K", None))
#endif // QT_CONFIG(shortcut)
        self.tabs.setTabText(self.tabs.indexOf(self.agendaTab), QCoreApplication.translate("MeetingDialog", u"Ch\u01b0\u01a1ng tr\u00ecnh &ngh\u1ecb s\u1ef1", None))
        self.saveButton.setText(QCoreApplication.translate("MeetingDialog", u"L\u01b0u", None))
        self.cancelButton.setText(QCoreApplication.translate("MeetingDialog", u"H\u1ee7y", None))
    # retranslateUi

