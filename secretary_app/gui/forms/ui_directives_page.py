# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directives_page.ui'
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
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_DirectivesPage(object):
    def setupUi(self, DirectivesPage):
        if not DirectivesPage.objectName():
            DirectivesPage.setObjectName(u"DirectivesPage")
        DirectivesPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(DirectivesPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 12)
        self.titleLabel = QLabel(DirectivesPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.noteLabel = QLabel(DirectivesPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noteLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(6)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(DirectivesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusButton = QToolButton(DirectivesPage)
        self.statusButton.setObjectName(u"statusButton")
        self.statusButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.statusButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.filterLayout.addWidget(self.statusButton)

        self.unitCombo = QComboBox(DirectivesPage)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unitCombo.setMinimumContentsLength(14)

        self.filterLayout.addWidget(self.unitCombo)

        self.sourceCombo = QComboBox(DirectivesPage)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sourceCombo.setMinimumContentsLength(16)

        self.filterLayout.addWidget(self.sourceCombo)

        self.filterLayout.setStretch(0, 3)
        self.filterLayout.setStretch(2, 1)
        self.filterLayout.setStretch(3, 1)

        self.pageLayout.addLayout(self.filterLayout)

        self.rangeLayout = QHBoxLayout()
        self.rangeLayout.setSpacing(6)
        self.rangeLayout.setObjectName(u"rangeLayout")
        self.deadlineCheck = QCheckBox(DirectivesPage)
        self.deadlineCheck.setObjectName(u"deadlineCheck")

        self.rangeLayout.addWidget(self.deadlineCheck)

        self.deadlineFromEdit = QDateEdit(DirectivesPage)
        self.deadlineFromEdit.setObjectName(u"deadlineFromEdit")
        self.deadlineFromEdit.setEnabled(False)
        self.deadlineFromEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.deadlineFromEdit.setCalendarPopup(True)

        self.rangeLayout.addWidget(self.deadlineFromEdit)

        self.deadlineToLabel = QLabel(DirectivesPage)
        self.deadlineToLabel.setObjectName(u"deadlineToLabel")

        self.rangeLayout.addWidget(self.deadlineToLabel)

        self.deadlineToEdit = QDateEdit(DirectivesPage)
        self.deadlineToEdit.setObjectName(u"deadlineToEdit")
        self.deadlineToEdit.setEnabled(False)
        self.deadlineToEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.deadlineToEdit.setCalendarPopup(True)

        self.rangeLayout.addWidget(self.deadlineToEdit)

        self.groupCombo = QComboBox(DirectivesPage)
        self.groupCombo.setObjectName(u"groupCombo")

        self.rangeLayout.addWidget(self.groupCombo)

        self.rangeSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeLayout.addItem(self.rangeSpacer)

        self.reportButton = QPushButton(DirectivesPage)
        self.reportButton.setObjectName(u"reportButton")

        self.rangeLayout.addWidget(self.reportButton)

        self.csvButton = QPushButton(DirectivesPage)
        self.csvButton.setObjectName(u"csvButton")

        self.rangeLayout.addWidget(self.csvButton)


        self.pageLayout.addLayout(self.rangeLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setSpacing(6)
        self.actionLayout.setObjectName(u"actionLayout")
        self.tickButton = QPushButton(DirectivesPage)
        self.tickButton.setObjectName(u"tickButton")

        self.actionLayout.addWidget(self.tickButton)

        self.progressButton = QPushButton(DirectivesPage)
        self.progressButton.setObjectName(u"progressButton")

        self.actionLayout.addWidget(self.progressButton)

        self.reopenButton = QPushButton(DirectivesPage)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actionLayout.addWidget(self.reopenButton)

        self.reassignButton = QPushButton(DirectivesPage)
        self.reassignButton.setObjectName(u"reassignButton")

        self.actionLayout.addWidget(self.reassignButton)

        self.extendButton = QPushButton(DirectivesPage)
        self.extendButton.setObjectName(u"extendButton")

        self.actionLayout.addWidget(self.extendButton)

        self.cancelTaskButton = QPushButton(DirectivesPage)
        self.cancelTaskButton.setObjectName(u"cancelTaskButton")

        self.actionLayout.addWidget(self.cancelTaskButton)

        self.changeButton = QToolButton(DirectivesPage)
        self.changeButton.setObjectName(u"changeButton")
        self.changeButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.actionLayout.addWidget(self.changeButton)

        self.historyButton = QPushButton(DirectivesPage)
        self.historyButton.setObjectName(u"historyButton")

        self.actionLayout.addWidget(self.historyButton)

        self.actionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)


        self.pageLayout.addLayout(self.actionLayout)

        self.tableView = QTableView(DirectivesPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tableView.setAlternatingRowColors(False)
        self.tableView.setWordWrap(True)
        self.tableView.horizontalHeader().setStretchLastSection(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.emptyLabel = QLabel(DirectivesPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pageLayout.addWidget(self.emptyLabel)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(DirectivesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"\u2014")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.moreButton = QPushButton(DirectivesPage)
        self.moreButton.setObjectName(u"moreButton")

        self.footerLayout.addWidget(self.moreButton)


        self.pageLayout.addLayout(self.footerLayout)

        QWidget.setTabOrder(self.searchEdit, self.tableView)

        self.retranslateUi(DirectivesPage)

        QMetaObject.connectSlotsByName(DirectivesPage)
    # setupUi

    def retranslateUi(self, DirectivesPage):
        self.titleLabel.setText(QCoreApplication.translate("DirectivesPage", u"K\u1ebft lu\u1eadn/Nhi\u1ec7m v\u1ee5", None))
        self.noteLabel.setText(QCoreApplication.translate("DirectivesPage", u"Theo d\u00f5i vi\u1ec7c th\u1ef1c hi\u1ec7n c\u00e1c k\u1ebft lu\u1eadn. Ch\u1ecdn d\u00f2ng r\u1ed3i b\u1ea5m ph\u00edm c\u00e1ch (Space) ho\u1eb7c Ctrl+Enter \u0111\u1ec3 \u0111\u00e1nh d\u1ea5u ho\u00e0n th\u00e0nh; ch\u1ecdn nhi\u1ec1u d\u00f2ng b\u1eb1ng Ctrl ho\u1eb7c Shift.", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DirectivesPage", u"L\u1ecdc theo n\u1ed9i dung (g\u00f5 kh\u00f4ng d\u1ea5u \u0111\u01b0\u1ee3c)", None))
        self.statusButton.setText(QCoreApplication.translate("DirectivesPage", u"Tr\u1ea1ng th\u00e1i", None))
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("DirectivesPage", u"\u0110\u01a1n v\u1ecb ch\u1ee7 tr\u00ec", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.sourceCombo.setToolTip(QCoreApplication.translate("DirectivesPage", u"V\u0103n b\u1ea3n ngu\u1ed3n (th\u00f4ng b\u00e1o k\u1ebft lu\u1eadn)", None))
#endif // QT_CONFIG(tooltip)
        self.deadlineCheck.setText(QCoreApplication.translate("DirectivesPage", u"H\u1ea1n t\u1eeb", None))
        self.deadlineToLabel.setText(QCoreApplication.translate("DirectivesPage", u"\u0111\u1ebfn", None))
#if QT_CONFIG(tooltip)
        self.groupCombo.setToolTip(QCoreApplication.translate("DirectivesPage", u"C\u00e1ch s\u1eafp x\u1ebfp v\u00e0 nh\u00f3m", None))
#endif // QT_CONFIG(tooltip)
        self.reportButton.setText(QCoreApplication.translate("DirectivesPage", u"B\u00e1o c\u00e1o\u2026", None))
        self.csvButton.setText(QCoreApplication.translate("DirectivesPage", u"Xu\u1ea5t CSV\u2026", None))
        self.tickButton.setText(QCoreApplication.translate("DirectivesPage", u"Ho\u00e0n th\u00e0nh\u2026", None))
#if QT_CONFIG(tooltip)
        self.tickButton.setToolTip(QCoreApplication.translate("DirectivesPage", u"\u0110\u00e1nh d\u1ea5u c\u00e1c d\u00f2ng \u0111\u00e3 ch\u1ecdn l\u00e0 ho\u00e0n th\u00e0nh (Space ho\u1eb7c Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.progressButton.setText(QCoreApplication.translate("DirectivesPage", u"Ghi ti\u1ebfn \u0111\u1ed9\u2026", None))
        self.reopenButton.setText(QCoreApplication.translate("DirectivesPage", u"M\u1edf l\u1ea1i\u2026", None))
        self.reassignButton.setText(QCoreApplication.translate("DirectivesPage", u"Giao l\u1ea1i\u2026", None))
        self.extendButton.setText(QCoreApplication.translate("DirectivesPage", u"Gia h\u1ea1n\u2026", None))
#if QT_CONFIG(tooltip)
        self.extendButton.setToolTip(QCoreApplication.translate("DirectivesPage", u"Gia h\u1ea1n (h\u1ea1n c\u0169 \u0111\u01b0\u1ee3c gi\u1eef l\u1ea1i), ho\u1eb7c \u0111\u1eb7t th\u1eddi h\u1ea1n cho nhi\u1ec7m v\u1ee5 ch\u01b0a c\u00f3 h\u1ea1n", None))
#endif // QT_CONFIG(tooltip)
        self.cancelTaskButton.setText(QCoreApplication.translate("DirectivesPage", u"H\u1ee7y\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancelTaskButton.setToolTip(QCoreApplication.translate("DirectivesPage", u"H\u1ee7y nhi\u1ec7m v\u1ee5, c\u00f3 l\u00fd do (v\u1eabn gi\u1eef trong danh s\u00e1ch, c\u00f3 th\u1ec3 m\u1edf l\u1ea1i)", None))
#endif // QT_CONFIG(tooltip)
        self.changeButton.setText(QCoreApplication.translate("DirectivesPage", u"\u0110i\u1ec1u ch\u1ec9nh", None))
#if QT_CONFIG(tooltip)
        self.changeButton.setToolTip(QCoreApplication.translate("DirectivesPage", u"S\u1eeda n\u1ed9i dung, t\u00e1ch theo \u0111\u01a1n v\u1ecb, g\u1ed9p c\u00e1c m\u1ee5c tr\u00f9ng", None))
#endif // QT_CONFIG(tooltip)
        self.historyButton.setText(QCoreApplication.translate("DirectivesPage", u"L\u1ecbch s\u1eed", None))
        self.emptyLabel.setText(QCoreApplication.translate("DirectivesPage", u"Kh\u00f4ng c\u00f3 k\u1ebft lu\u1eadn, nhi\u1ec7m v\u1ee5 n\u00e0o kh\u1edbp v\u1edbi b\u1ed9 l\u1ecdc.", None))
        self.moreButton.setText(QCoreApplication.translate("DirectivesPage", u"T\u1ea3i th\u00eam", None))
        pass
    # retranslateUi

