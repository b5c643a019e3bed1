# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_dialog.ui'
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
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ExchangeDialog(object):
    def setupUi(self, ExchangeDialog):
        if not ExchangeDialog.objectName():
            ExchangeDialog.setObjectName(u"ExchangeDialog")
        ExchangeDialog.resize(980, 600)
        self.dialogLayout = QVBoxLayout(ExchangeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.siteRow = QHBoxLayout()
        self.siteRow.setObjectName(u"siteRow")
        self.siteNameLabel = QLabel(ExchangeDialog)
        self.siteNameLabel.setObjectName(u"siteNameLabel")

        self.siteRow.addWidget(self.siteNameLabel)

        self.siteNameEdit = QLineEdit(ExchangeDialog)
        self.siteNameEdit.setObjectName(u"siteNameEdit")

        self.siteRow.addWidget(self.siteNameEdit)

        self.fingerprintLabel = QLabel(ExchangeDialog)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setText(u"")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.siteRow.addWidget(self.fingerprintLabel)

        self.identityButton = QPushButton(ExchangeDialog)
        self.identityButton.setObjectName(u"identityButton")

        self.siteRow.addWidget(self.identityButton)


        self.dialogLayout.addLayout(self.siteRow)

        self.tabs = QTabWidget(ExchangeDialog)
        self.tabs.setObjectName(u"tabs")
        self.sitesTab = QWidget()
        self.sitesTab.setObjectName(u"sitesTab")
        self.sitesLayout = QVBoxLayout(self.sitesTab)
        self.sitesLayout.setObjectName(u"sitesLayout")
        self.sitesTable = QTableWidget(self.sitesTab)
        self.sitesTable.setObjectName(u"sitesTable")
        self.sitesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sitesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sitesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sitesTable.verticalHeader().setVisible(False)

        self.sitesLayout.addWidget(self.sitesTable)

        self.noSitesLabel = QLabel(self.sitesTab)
        self.noSitesLabel.setObjectName(u"noSitesLabel")
        self.noSitesLabel.setWordWrap(True)

        self.sitesLayout.addWidget(self.noSitesLabel)

        self.sitesButtons = QHBoxLayout()
        self.sitesButtons.setObjectName(u"sitesButtons")
        self.pairButton = QPushButton(self.sitesTab)
        self.pairButton.setObjectName(u"pairButton")

        self.sitesButtons.addWidget(self.pairButton)

        self.unpairButton = QPushButton(self.sitesTab)
        self.unpairButton.setObjectName(u"unpairButton")

        self.sitesButtons.addWidget(self.unpairButton)

        self.sitesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sitesButtons.addItem(self.sitesSpacer)

        self.exportButton = QPushButton(self.sitesTab)
        self.exportButton.setObjectName(u"exportButton")

        self.sitesButtons.addWidget(self.exportButton)

        self.importButton = QPushButton(self.sitesTab)
        self.importButton.setObjectName(u"importButton")

        self.sitesButtons.addWidget(self.importButton)


        self.sitesLayout.addLayout(self.sitesButtons)

        self.tabs.addTab(self.sitesTab, "")
        self.pendingTab = QWidget()
        self.pendingTab.setObjectName(u"pendingTab")
        self.pendingLayout = QVBoxLayout(self.pendingTab)
        self.pendingLayout.setObjectName(u"pendingLayout")
        self.pendingLabel = QLabel(self.pendingTab)
        self.pendingLabel.setObjectName(u"pendingLabel")
        self.pendingLabel.setText(u"")
        self.pendingLabel.setWordWrap(True)

        self.pendingLayout.addWidget(self.pendingLabel)

        self.pendingTable = QTableWidget(self.pendingTab)
        self.pendingTable.setObjectName(u"pendingTable")
        self.pendingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pendingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pendingTable.verticalHeader().setVisible(False)

        self.pendingLayout.addWidget(self.pendingTable)

        self.tabs.addTab(self.pendingTab, "")
        self.conflictsTab = QWidget()
        self.conflictsTab.setObjectName(u"conflictsTab")
        self.conflictsLayout = QVBoxLayout(self.conflictsTab)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsNote = QLabel(self.conflictsTab)
        self.conflictsNote.setObjectName(u"conflictsNote")
        self.conflictsNote.setWordWrap(True)

        self.conflictsLayout.addWidget(self.conflictsNote)

        self.conflictsTable = QTableWidget(self.conflictsTab)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsTable.setWordWrap(True)
        self.conflictsTable.verticalHeader().setVisible(False)

        self.conflictsLayout.addWidget(self.conflictsTable)

        self.conflictButtons = QHBoxLayout()
        self.conflictButtons.setObjectName(u"conflictButtons")
        self.conflictSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflictButtons.addItem(self.conflictSpacer)

        self.keepOursButton = QPushButton(self.conflictsTab)
        self.keepOursButton.setObjectName(u"keepOursButton")

        self.conflictButtons.addWidget(self.keepOursButton)

        self.takeTheirsButton = QPushButton(self.conflictsTab)
        self.takeTheirsButton.setObjectName(u"takeTheirsButton")

        self.conflictButtons.addWidget(self.takeTheirsButton)


        self.conflictsLayout.addLayout(self.conflictButtons)

        self.tabs.addTab(self.conflictsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.progressBar = QProgressBar(ExchangeDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.statusLabel = QLabel(ExchangeDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.bottomRow.addWidget(self.statusLabel)

        self.closeButton = QPushButton(ExchangeDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)

        self.bottomRow.setStretch(0, 1)

        self.dialogLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.siteNameLabel.setBuddy(self.siteNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExchangeDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ExchangeDialog)
    # setupUi

    def retranslateUi(self, ExchangeDialog):
        ExchangeDialog.setWindowTitle(QCoreApplication.translate("ExchangeDialog", u"Trao \u0111\u1ed5i v\u1edbi \u0111\u01a1n v\u1ecb", None))
        self.siteNameLabel.setText(QCoreApplication.translate("ExchangeDialog", u"\u0110\u01a1n v\u1ecb &n\u00e0y:", None))
#if QT_CONFIG(tooltip)
        self.siteNameEdit.setToolTip(QCoreApplication.translate("ExchangeDialog", u"T\u00ean \u0111\u01a1n v\u1ecb n\u00e0y nh\u01b0 \u0111\u01a1n v\u1ecb kia s\u1ebd th\u1ea5y, v\u00ed d\u1ee5 \u201cCQTT mi\u1ec1n Trung\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.identityButton.setText(QCoreApplication.translate("ExchangeDialog", u"Xu\u1ea5t t\u1ec7p &\u0111\u1ecbnh danh\u2026", None))
#if QT_CONFIG(tooltip)
        self.identityButton.setToolTip(QCoreApplication.translate("ExchangeDialog", u"Ghi t\u1ec7p \u0111\u1ecbnh danh c\u1ee7a \u0111\u01a1n v\u1ecb n\u00e0y (kh\u00f4ng ch\u1ee9a kh\u00f3a b\u00ed m\u1eadt) \u0111\u1ec3 \u0111\u01a1n v\u1ecb kia gh\u00e9p n\u1ed1i", None))
#endif // QT_CONFIG(tooltip)
        self.noSitesLabel.setText(QCoreApplication.translate("ExchangeDialog", u"Ch\u01b0a gh\u00e9p n\u1ed1i v\u1edbi \u0111\u01a1n v\u1ecb n\u00e0o. Hai b\u00ean trao \u0111\u1ed5i t\u1ec7p \u0111\u1ecbnh danh (qua USB ho\u1eb7c c\u00f4ng v\u0103n), \u0111\u1ecdc cho nhau m\u00e3 nh\u1eadn d\u1ea1ng qua \u0111i\u1ec7n tho\u1ea1i, r\u1ed3i nh\u1ea5n \u201cGh\u00e9p n\u1ed1i\u2026\u201d.", None))
        self.pairButton.setText(QCoreApplication.translate("ExchangeDialog", u"&Gh\u00e9p n\u1ed1i\u2026", None))
        self.unpairButton.setText(QCoreApplication.translate("ExchangeDialog", u"&H\u1ee7y gh\u00e9p n\u1ed1i", None))
        self.exportButton.setText(QCoreApplication.translate("ExchangeDialog", u"&Xu\u1ea5t g\u00f3i\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ExchangeDialog", u"Ghi g\u00f3i d\u1eef li\u1ec7u cho \u0111\u01a1n v\u1ecb \u0111ang ch\u1ecdn v\u00e0o m\u1ed9t th\u01b0 m\u1ee5c (USB)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ExchangeDialog", u"&Nh\u1eadn g\u00f3i\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ExchangeDialog", u"M\u1edf g\u00f3i d\u1eef li\u1ec7u nh\u1eadn \u0111\u01b0\u1ee3c, xem tr\u01b0\u1edbc nh\u1eefng g\u00ec s\u1ebd thay \u0111\u1ed5i r\u1ed3i \u00e1p d\u1ee5ng", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.sitesTab), QCoreApplication.translate("ExchangeDialog", u"\u0110\u01a1n v\u1ecb \u0111\u00e3 gh\u00e9p n\u1ed1i", None))
        self.tabs.setTabText(self.tabs.indexOf(self.pendingTab), QCoreApplication.translate("ExchangeDialog", u"Ch\u1edd g\u1eedi", None))
        self.conflictsNote.setText(QCoreApplication.translate("ExchangeDialog", u"C\u1ea3 hai b\u00ean \u0111\u00e3 s\u1eeda c\u00f9ng m\u1ed9t m\u1ee5c k\u1ec3 t\u1eeb l\u1ea7n trao \u0111\u1ed5i tr\u01b0\u1edbc. Hai gi\u00e1 tr\u1ecb \u0111\u01b0\u1ee3c gi\u1eef nguy\u00ean cho \u0111\u1ebfn khi anh/ch\u1ecb ch\u1ecdn.", None))
        self.keepOursButton.setText(QCoreApplication.translate("ExchangeDialog", u"Gi\u1eef b\u1ea3n c\u1ee7a &m\u00ecnh", None))
        self.takeTheirsButton.setText(QCoreApplication.translate("ExchangeDialog", u"L\u1ea5y b\u1ea3n c\u1ee7a \u0111\u01a1n v\u1ecb &kia", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conflictsTab), QCoreApplication.translate("ExchangeDialog", u"Xung \u0111\u1ed9t", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("ExchangeDialog", u"L\u1ecbch s\u1eed g\u00f3i", None))
        self.closeButton.setText(QCoreApplication.translate("ExchangeDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

