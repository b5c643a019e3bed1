# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFrame, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ProfilePage(object):
    def setupUi(self, ProfilePage):
        if not ProfilePage.objectName():
            ProfilePage.setObjectName(u"ProfilePage")
        ProfilePage.resize(900, 700)
        self.pageLayout = QVBoxLayout(ProfilePage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 12)
        self.titleLabel = QLabel(ProfilePage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ProfilePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.scrollArea = QScrollArea(ProfilePage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.formWidget = QWidget()
        self.formWidget.setObjectName(u"formWidget")
        self.formLayout = QGridLayout(self.formWidget)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(6)
        self.issuingBodyLabel = QLabel(self.formWidget)
        self.issuingBodyLabel.setObjectName(u"issuingBodyLabel")
        self.issuingBodyLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.addWidget(self.issuingBodyLabel, 0, 0, 1, 1)

        self.issuingBodyEdit = QLineEdit(self.formWidget)
        self.issuingBodyEdit.setObjectName(u"issuingBodyEdit")

        self.formLayout.addWidget(self.issuingBodyEdit, 0, 1, 1, 1)

        self.issuingBodyError = QLabel(self.formWidget)
        self.issuingBodyError.setObjectName(u"issuingBodyError")
        self.issuingBodyError.setText(u"")
        self.issuingBodyError.setWordWrap(True)

        self.formLayout.addWidget(self.issuingBodyError, 1, 1, 1, 1)

        self.parentBodyLabel = QLabel(self.formWidget)
        self.parentBodyLabel.setObjectName(u"parentBodyLabel")
        self.parentBodyLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.addWidget(self.parentBodyLabel, 2, 0, 1, 1)

        self.parentBodyEdit = QLineEdit(self.formWidget)
        self.parentBodyEdit.setObjectName(u"parentBodyEdit")

        self.formLayout.addWidget(self.parentBodyEdit, 2, 1, 1, 1)

        self.parentBodyError = QLabel(self.formWidget)
        self.parentBodyError.setObjectName(u"parentBodyError")
        self.parentBodyError.setText(u"")
        self.parentBodyError.setWordWrap(True)

        self.formLayout.addWidget(self.parentBodyError, 3, 1, 1, 1)

        self.codeLabel = QLabel(self.formWidget)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.addWidget(self.codeLabel, 4, 0, 1, 1)

        self.codeEdit = QLineEdit(self.formWidget)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaximumSize(QSize(220, 16777215))

        self.formLayout.addWidget(self.codeEdit, 4, 1, 1, 1)

        self.codeError = QLabel(self.formWidget)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setText(u"")
        self.codeError.setWordWrap(True)

        self.formLayout.addWidget(self.codeError, 5, 1, 1, 1)

        self.placeLabel = QLabel(self.formWidget)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.addWidget(self.placeLabel, 6, 0, 1, 1)

        self.placeEdit = QLineEdit(self.formWidget)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaximumSize(QSize(320, 16777215))

        self.formLayout.addWidget(self.placeEdit, 6, 1, 1, 1)

        self.placeError = QLabel(self.formWidget)
        self.placeError.setObjectName(u"placeError")
        self.placeError.setText(u"")
        self.placeError.setWordWrap(True)

        self.formLayout.addWidget(self.placeError, 7, 1, 1, 1)

        self.standardLabel = QLabel(self.formWidget)
        self.standardLabel.setObjectName(u"standardLabel")
        self.standardLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.addWidget(self.standardLabel, 8, 0, 1, 1)

        self.standardCombo = QComboBox(self.formWidget)
        self.standardCombo.setObjectName(u"standardCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.standardCombo.sizePolicy().hasHeightForWidth())
        self.standardCombo.setSizePolicy(sizePolicy)
        self.standardCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.formLayout.addWidget(self.standardCombo, 8, 1, 1, 1)

        self.standardError = QLabel(self.formWidget)
        self.standardError.setObjectName(u"standardError")
        self.standardError.setText(u"")
        self.standardError.setWordWrap(True)

        self.formLayout.addWidget(self.standardError, 9, 1, 1, 1)

        self.termStartLabel = QLabel(self.formWidget)
        self.termStartLabel.setObjectName(u"termStartLabel")
        self.termStartLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.addWidget(self.termStartLabel, 10, 0, 1, 1)

        self.termStartLayout = QHBoxLayout()
        self.termStartLayout.setObjectName(u"termStartLayout")
        self.termStartCheck = QCheckBox(self.formWidget)
        self.termStartCheck.setObjectName(u"termStartCheck")

        self.termStartLayout.addWidget(self.termStartCheck)

        self.termStartEdit = QDateEdit(self.formWidget)
        self.termStartEdit.setObjectName(u"termStartEdit")
        self.termStartEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.termStartEdit.setCalendarPopup(True)
        self.termStartEdit.setMinimumSize(QSize(150, 0))

        self.termStartLayout.addWidget(self.termStartEdit)

        self.termStartSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termStartLayout.addItem(self.termStartSpacer)


        self.formLayout.addLayout(self.termStartLayout, 10, 1, 1, 1)

        self.termStartError = QLabel(self.formWidget)
        self.termStartError.setObjectName(u"termStartError")
        self.termStartError.setText(u"")
        self.termStartError.setWordWrap(True)

        self.formLayout.addWidget(self.termStartError, 11, 1, 1, 1)

        self.termLabelLabel = QLabel(self.formWidget)
        self.termLabelLabel.setObjectName(u"termLabelLabel")
        self.termLabelLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.addWidget(self.termLabelLabel, 12, 0, 1, 1)

        self.termLabelEdit = QLineEdit(self.formWidget)
        self.termLabelEdit.setObjectName(u"termLabelEdit")
        self.termLabelEdit.setMaximumSize(QSize(320, 16777215))

        self.formLayout.addWidget(self.termLabelEdit, 12, 1, 1, 1)

        self.termLabelError = QLabel(self.formWidget)
        self.termLabelError.setObjectName(u"termLabelError")
        self.termLabelError.setText(u"")
        self.termLabelError.setWordWrap(True)

        self.formLayout.addWidget(self.termLabelError, 13, 1, 1, 1)

        self.officeNameLabel = QLabel(self.formWidget)
        self.officeNameLabel.setObjectName(u"officeNameLabel")
        self.officeNameLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.addWidget(self.officeNameLabel, 14, 0, 1, 1)

        self.officeNameEdit = QLineEdit(self.formWidget)
        self.officeNameEdit.setObjectName(u"officeNameEdit")
        self.officeNameEdit.setMaximumSize(QSize(320, 16777215))

        self.formLayout.addWidget(self.officeNameEdit, 14, 1, 1, 1)

        self.officeNameError = QLabel(self.formWidget)
        self.officeNameError.setObjectName(u"officeNameError")
        self.officeNameError.setText(u"")
        self.officeNameError.setWordWrap(True)

        self.formLayout.addWidget(self.officeNameError, 15, 1, 1, 1)

        self.recipientsLabel = QLabel(self.formWidget)
        self.recipientsLabel.setObjectName(u"recipientsLabel")
        self.recipientsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.formLayout.addWidget(self.recipientsLabel, 16, 0, 1, 1)

        self.recipientsEdit = QPlainTextEdit(self.formWidget)
        self.recipientsEdit.setObjectName(u"recipientsEdit")
        self.recipientsEdit.setMinimumSize(QSize(0, 96))
        self.recipientsEdit.setMaximumSize(QSize(16777215, 140))
        self.recipientsEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.recipientsEdit, 16, 1, 1, 1)

        self.recipientsError = QLabel(self.formWidget)
        self.recipientsError.setObjectName(u"recipientsError")
        self.recipientsError.setText(u"")
        self.recipientsError.setWordWrap(True)

        self.formLayout.addWidget(self.recipientsError, 17, 1, 1, 1)

        self.signersLabel = QLabel(self.formWidget)
        self.signersLabel.setObjectName(u"signersLabel")
        self.signersLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.formLayout.addWidget(self.signersLabel, 18, 0, 1, 1)

        self.signersLayout = QVBoxLayout()
        self.signersLayout.setObjectName(u"signersLayout")
        self.signersTable = QTableWidget(self.formWidget)
        if (self.signersTable.columnCount() < 3):
            self.signersTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.signersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.signersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.signersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.signersTable.setObjectName(u"signersTable")
        self.signersTable.setMinimumSize(QSize(0, 110))
        self.signersTable.setMaximumSize(QSize(16777215, 170))
        self.signersTable.setTabKeyNavigation(False)
        self.signersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signersTable.horizontalHeader().setStretchLastSection(True)
        self.signersTable.verticalHeader().setVisible(False)

        self.signersLayout.addWidget(self.signersTable)

        self.signerButtonsLayout = QHBoxLayout()
        self.signerButtonsLayout.setObjectName(u"signerButtonsLayout")
        self.addSignerButton = QPushButton(self.formWidget)
        self.addSignerButton.setObjectName(u"addSignerButton")

        self.signerButtonsLayout.addWidget(self.addSignerButton)

        self.removeSignerButton = QPushButton(self.formWidget)
        self.removeSignerButton.setObjectName(u"removeSignerButton")

        self.signerButtonsLayout.addWidget(self.removeSignerButton)

        self.signersHint = QLabel(self.formWidget)
        self.signersHint.setObjectName(u"signersHint")
        self.signersHint.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.signersHint.sizePolicy().hasHeightForWidth())
        self.signersHint.setSizePolicy(sizePolicy1)

        self.signerButtonsLayout.addWidget(self.signersHint)


        self.signersLayout.addLayout(self.signerButtonsLayout)


        self.formLayout.addLayout(self.signersLayout, 18, 1, 1, 1)

        self.signersError = QLabel(self.formWidget)
        self.signersError.setObjectName(u"signersError")
        self.signersError.setText(u"")
        self.signersError.setWordWrap(True)

        self.formLayout.addWidget(self.signersError, 19, 1, 1, 1)

        self.formSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer, 20, 0, 1, 2)

        self.formLayout.setColumnStretch(1, 1)
        self.scrollArea.setWidget(self.formWidget)

        self.pageLayout.addWidget(self.scrollArea)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(ProfilePage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.buttonsLayout.addWidget(self.statusLabel)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(ProfilePage)
        self.revertButton.setObjectName(u"revertButton")
        self.revertButton.setMinimumSize(QSize(110, 0))

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(ProfilePage)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setMinimumSize(QSize(110, 0))

        self.buttonsLayout.addWidget(self.saveButton)

        self.buttonsLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.issuingBodyLabel.setBuddy(self.issuingBodyEdit)
        self.parentBodyLabel.setBuddy(self.parentBodyEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.standardLabel.setBuddy(self.standardCombo)
        self.termStartLabel.setBuddy(self.termStartCheck)
        self.termLabelLabel.setBuddy(self.termLabelEdit)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.recipientsLabel.setBuddy(self.recipientsEdit)
        self.signersLabel.setBuddy(self.signersTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.issuingBodyEdit, self.parentBodyEdit)
        QWidget.setTabOrder(self.parentBodyEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.standardCombo)
        QWidget.setTabOrder(self.standardCombo, self.termStartCheck)
        QWidget.setTabOrder(self.termStartCheck, self.termStartEdit)
        QWidget.setTabOrder(self.termStartEdit, self.termLabelEdit)
        QWidget.setTabOrder(self.termLabelEdit, self.officeNameEdit)
        QWidget.setTabOrder(self.officeNameEdit, self.recipientsEdit)
        QWidget.setTabOrder(self.recipientsEdit, self.signersTable)
        QWidget.setTabOrder(self.signersTable, self.addSignerButton)
        QWidget.setTabOrder(self.addSignerButton, self.removeSignerButton)
        QWidget.setTabOrder(self.removeSignerButton, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)

        self.retranslateUi(ProfilePage)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ProfilePage)
    # setupUi

    def retranslateUi(self, ProfilePage):
        self.titleLabel.setText(QCoreApplication.translate("ProfilePage", u"C\u00e0i \u0111\u1eb7t \u2014 Th\u00f4ng tin c\u01a1 quan", None))
        self.introLabel.setText(QCoreApplication.translate("ProfilePage", u"C\u00e1c th\u00f4ng tin n\u00e0y in tr\u00ean m\u1ecdi v\u0103n b\u1ea3n c\u1ee7a c\u1ea5p \u1ee7y (t\u00ean c\u01a1 quan, s\u1ed1 v\u00e0 k\u00fd hi\u1ec7u, \u0111\u1ecba danh, ng\u01b0\u1eddi k\u00fd, n\u01a1i nh\u1eadn). M\u1ee5c c\u00f3 d\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c.", None))
        self.issuingBodyLabel.setText(QCoreApplication.translate("ProfilePage", u"C\u01a1 quan ban h\u00e0nh *", None))
        self.issuingBodyEdit.setPlaceholderText(QCoreApplication.translate("ProfilePage", u"V\u00ed d\u1ee5: \u0110\u1ea2NG \u1ee6Y TH\u00d4NG T\u1ea4N X\u00c3 VI\u1ec6T NAM", None))
        self.parentBodyLabel.setText(QCoreApplication.translate("ProfilePage", u"C\u01a1 quan c\u1ea5p tr\u00ean", None))
        self.parentBodyEdit.setPlaceholderText(QCoreApplication.translate("ProfilePage", u"V\u00ed d\u1ee5: \u0110\u1ea2NG B\u1ed8 KH\u1ed0I C\u00c1C C\u01a0 QUAN TRUNG \u01af\u01a0NG", None))
        self.codeLabel.setText(QCoreApplication.translate("ProfilePage", u"K\u00fd hi\u1ec7u c\u01a1 quan *", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ProfilePage", u"V\u00ed d\u1ee5: \u0110U", None))
        self.placeLabel.setText(QCoreApplication.translate("ProfilePage", u"\u0110\u1ecba danh *", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("ProfilePage", u"V\u00ed d\u1ee5: H\u00e0 N\u1ed9i", None))
        self.standardLabel.setText(QCoreApplication.translate("ProfilePage", u"Th\u1ec3 th\u1ee9c v\u0103n b\u1ea3n", None))
        self.termStartLabel.setText(QCoreApplication.translate("ProfilePage", u"Ng\u00e0y b\u1eaft \u0111\u1ea7u nhi\u1ec7m k\u1ef3", None))
        self.termStartCheck.setText(QCoreApplication.translate("ProfilePage", u"\u0110\u00e3 c\u00f3 ng\u00e0y", None))
#if QT_CONFIG(tooltip)
        self.termStartCheck.setToolTip(QCoreApplication.translate("ProfilePage", u"B\u1ecf ch\u1ecdn n\u1ebfu ch\u01b0a x\u00e1c \u0111\u1ecbnh ng\u00e0y b\u1eaft \u0111\u1ea7u nhi\u1ec7m k\u1ef3", None))
#endif // QT_CONFIG(tooltip)
        self.termLabelLabel.setText(QCoreApplication.translate("ProfilePage", u"Nhi\u1ec7m k\u1ef3", None))
        self.termLabelEdit.setPlaceholderText(QCoreApplication.translate("ProfilePage", u"V\u00ed d\u1ee5: 2020\u20132025", None))
        self.officeNameLabel.setText(QCoreApplication.translate("ProfilePage", u"V\u0103n ph\u00f2ng (d\u00f2ng \u201cL\u01b0u\u201d)", None))
        self.officeNameEdit.setPlaceholderText(QCoreApplication.translate("ProfilePage", u"V\u00ed d\u1ee5: VP\u0110U", None))
        self.recipientsLabel.setText(QCoreApplication.translate("ProfilePage", u"N\u01a1i nh\u1eadn m\u1eb7c \u0111\u1ecbnh", None))
        self.recipientsEdit.setPlaceholderText(QCoreApplication.translate("ProfilePage", u"M\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i nh\u1eadn, v\u00ed d\u1ee5:\n"
"Th\u01b0\u1eddng tr\u1ef1c \u0110\u1ea3ng \u1ee7y (\u0111\u1ec3 b/c)\n"
"L\u01b0u VP\u0110U", None))
        self.signersLabel.setText(QCoreApplication.translate("ProfilePage", u"Ng\u01b0\u1eddi k\u00fd", None))
        ___qtablewidgetitem = self.signersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProfilePage", u"Quy\u1ec1n h\u1ea1n k\u00fd", None))
        ___qtablewidgetitem1 = self.signersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProfilePage", u"Ch\u1ee9c v\u1ee5", None))
        ___qtablewidgetitem2 = self.signersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProfilePage", u"H\u1ecd v\u00e0 t\u00ean", None))
        self.addSignerButton.setText(QCoreApplication.translate("ProfilePage", u"Th\u00eam ng\u01b0\u1eddi k\u00fd", None))
        self.removeSignerButton.setText(QCoreApplication.translate("ProfilePage", u"X\u00f3a ng\u01b0\u1eddi k\u00fd", None))
        self.signersHint.setText(QCoreApplication.translate("ProfilePage", u"V\u00ed d\u1ee5: T/M \u0110\u1ea2NG \u1ee6Y \u2014 PH\u00d3 B\u00cd TH\u01af \u2014 Nguy\u1ec5n V\u0103n A", None))
        self.revertButton.setText(QCoreApplication.translate("ProfilePage", u"Ho\u00e0n t\u00e1c", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("ProfilePage", u"B\u1ecf c\u00e1c thay \u0111\u1ed5i ch\u01b0a l\u01b0u, l\u1ea5y l\u1ea1i th\u00f4ng tin \u0111\u00e3 l\u01b0u", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ProfilePage", u"L\u01b0u", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ProfilePage", u"L\u01b0u th\u00f4ng tin c\u01a1 quan (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

