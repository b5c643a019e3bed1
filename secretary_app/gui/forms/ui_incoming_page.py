# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incoming_page.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_IncomingPage(object):
    def setupUi(self, IncomingPage):
        if not IncomingPage.objectName():
            IncomingPage.setObjectName(u"IncomingPage")
        IncomingPage.resize(900, 560)
        self.pageLayout = QVBoxLayout(IncomingPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(IncomingPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.noteLabel = QLabel(IncomingPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noteLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addButton = QPushButton(IncomingPage)
        self.addButton.setObjectName(u"addButton")

        self.actionsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(IncomingPage)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.tasksButton = QPushButton(IncomingPage)
        self.tasksButton.setObjectName(u"tasksButton")

        self.actionsLayout.addWidget(self.tasksButton)

        self.reportButton = QPushButton(IncomingPage)
        self.reportButton.setObjectName(u"reportButton")

        self.actionsLayout.addWidget(self.reportButton)

        self.openFileButton = QPushButton(IncomingPage)
        self.openFileButton.setObjectName(u"openFileButton")

        self.actionsLayout.addWidget(self.openFileButton)

        self.handledButton = QPushButton(IncomingPage)
        self.handledButton.setObjectName(u"handledButton")
        self.handledButton.setCheckable(True)

        self.actionsLayout.addWidget(self.handledButton)

        self.deleteButton = QPushButton(IncomingPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.pageLayout.addLayout(self.actionsLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(IncomingPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(IncomingPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterLayout.addWidget(self.yearCombo)

        self.filterEdit = QLineEdit(IncomingPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)


        self.pageLayout.addLayout(self.filterLayout)

        self.incomingView = QTableView(IncomingPage)
        self.incomingView.setObjectName(u"incomingView")
        self.incomingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.incomingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.incomingView.setAlternatingRowColors(True)
        self.incomingView.setWordWrap(True)

        self.pageLayout.addWidget(self.incomingView)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.countLabel = QLabel(IncomingPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.bottomLayout.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.progressLabel = QLabel(IncomingPage)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")

        self.bottomLayout.addWidget(self.progressLabel)

        self.printButton = QPushButton(IncomingPage)
        self.printButton.setObjectName(u"printButton")

        self.bottomLayout.addWidget(self.printButton)

        self.exportButton = QPushButton(IncomingPage)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IncomingPage)

        QMetaObject.connectSlotsByName(IncomingPage)
    # setupUi

    def retranslateUi(self, IncomingPage):
        self.titleLabel.setText(QCoreApplication.translate("IncomingPage", u"S\u1ed5 v\u0103n b\u1ea3n \u0111\u1ebfn", None))
        self.noteLabel.setText(QCoreApplication.translate("IncomingPage", u"V\u00e0o s\u1ed5 v\u0103n b\u1ea3n nh\u1eadn \u0111\u01b0\u1ee3c k\u00e8m t\u1ec7p g\u1ed1c; nhi\u1ec7m v\u1ee5 trong v\u0103n b\u1ea3n \u0111\u01b0\u1ee3c x\u00e1c nh\u1eadn r\u1ed3i theo d\u00f5i nh\u01b0 c\u00e1c k\u1ebft lu\u1eadn kh\u00e1c, v\u00e0 b\u00e1o c\u00e1o k\u1ebft qu\u1ea3 \u0111\u01b0\u1ee3c so\u1ea1n t\u1eeb t\u00ecnh h\u00ecnh th\u1ef1c hi\u1ec7n.", None))
        self.addButton.setText(QCoreApplication.translate("IncomingPage", u"&V\u00e0o s\u1ed5 v\u0103n b\u1ea3n \u0111\u1ebfn\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("IncomingPage", u"Ch\u1ecdn t\u1ec7p v\u0103n b\u1ea3n nh\u1eadn \u0111\u01b0\u1ee3c (PDF, Word ho\u1eb7c \u1ea3nh qu\u00e9t) v\u00e0 v\u00e0o s\u1ed5 (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("IncomingPage", u"&S\u1eeda\u2026", None))
        self.tasksButton.setText(QCoreApplication.translate("IncomingPage", u"&X\u00e1c nh\u1eadn nhi\u1ec7m v\u1ee5\u2026", None))
#if QT_CONFIG(tooltip)
        self.tasksButton.setToolTip(QCoreApplication.translate("IncomingPage", u"\u0110\u1ecdc c\u00e1c nhi\u1ec7m v\u1ee5 trong v\u0103n b\u1ea3n, s\u1eeda ho\u1eb7c b\u1ecf t\u1eebng nhi\u1ec7m v\u1ee5 r\u1ed3i \u0111\u01b0a v\u00e0o theo d\u00f5i", None))
#endif // QT_CONFIG(tooltip)
        self.reportButton.setText(QCoreApplication.translate("IncomingPage", u"So\u1ea1n &b\u00e1o c\u00e1o k\u1ebft qu\u1ea3", None))
#if QT_CONFIG(tooltip)
        self.reportButton.setToolTip(QCoreApplication.translate("IncomingPage", u"So\u1ea1n d\u1ef1 th\u1ea3o b\u00e1o c\u00e1o k\u1ebft qu\u1ea3 th\u1ef1c hi\u1ec7n g\u1eedi c\u01a1 quan \u0111\u00e3 ban h\u00e0nh v\u0103n b\u1ea3n, t\u1eeb t\u00ecnh h\u00ecnh c\u00e1c nhi\u1ec7m v\u1ee5", None))
#endif // QT_CONFIG(tooltip)
        self.openFileButton.setText(QCoreApplication.translate("IncomingPage", u"M\u1edf &t\u1ec7p g\u1ed1c", None))
        self.handledButton.setText(QCoreApplication.translate("IncomingPage", u"\u0110\u00e3 &gi\u1ea3i quy\u1ebft", None))
        self.deleteButton.setText(QCoreApplication.translate("IncomingPage", u"X\u00f3a", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("IncomingPage", u"Chuy\u1ec3n v\u00e0o th\u00f9ng r\u00e1c (kh\u00f4i ph\u1ee5c \u0111\u01b0\u1ee3c); t\u1ec7p g\u1ed1c v\u1eabn \u0111\u01b0\u1ee3c gi\u1eef", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("IncomingPage", u"&N\u0103m:", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("IncomingPage", u"L\u1ecdc theo s\u1ed1, k\u00fd hi\u1ec7u, c\u01a1 quan g\u1eedi, tr\u00edch y\u1ebfu\u2026 (Ctrl+F)", None))
        self.printButton.setText(QCoreApplication.translate("IncomingPage", u"&In s\u1ed5 (PDF)\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("IncomingPage", u"S\u1ed5 \u0111\u0103ng k\u00fd v\u0103n b\u1ea3n \u0111\u1ebfn c\u1ee7a n\u0103m \u0111ang ch\u1ecdn, theo m\u1eabu s\u1ed5 gi\u1ea5y, ra t\u1ec7p PDF", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("IncomingPage", u"Xu\u1ea5t &Excel\u2026", None))
        pass
    # retranslateUi

