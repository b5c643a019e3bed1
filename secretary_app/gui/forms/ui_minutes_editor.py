# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minutes_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QStatusBar, QToolButton, QVBoxLayout, QWidget)

class Ui_MinutesEditor(object):
    def setupUi(self, MinutesEditor):
        if not MinutesEditor.objectName():
            MinutesEditor.setObjectName(u"MinutesEditor")
        MinutesEditor.resize(1100, 720)
        self.actionSaveNow = QAction(MinutesEditor)
        self.actionSaveNow.setObjectName(u"actionSaveNow")
#if QT_CONFIG(shortcut)
        self.actionSaveNow.setShortcut(u"Ctrl+S")
#endif // QT_CONFIG(shortcut)
        self.actionFinalise = QAction(MinutesEditor)
        self.actionFinalise.setObjectName(u"actionFinalise")
#if QT_CONFIG(shortcut)
        self.actionFinalise.setShortcut(u"Ctrl+Shift+F")
#endif // QT_CONFIG(shortcut)
        self.actionCorrect = QAction(MinutesEditor)
        self.actionCorrect.setObjectName(u"actionCorrect")
        self.actionPrint = QAction(MinutesEditor)
        self.actionPrint.setObjectName(u"actionPrint")
#if QT_CONFIG(shortcut)
        self.actionPrint.setShortcut(u"Ctrl+P")
#endif // QT_CONFIG(shortcut)
        self.actionExportPdf = QAction(MinutesEditor)
        self.actionExportPdf.setObjectName(u"actionExportPdf")
#if QT_CONFIG(shortcut)
        self.actionExportPdf.setShortcut(u"Ctrl+Shift+P")
#endif // QT_CONFIG(shortcut)
        self.actionExportDocx = QAction(MinutesEditor)
        self.actionExportDocx.setObjectName(u"actionExportDocx")
#if QT_CONFIG(shortcut)
        self.actionExportDocx.setShortcut(u"Ctrl+Shift+W")
#endif // QT_CONFIG(shortcut)
        self.actionClose = QAction(MinutesEditor)
        self.actionClose.setObjectName(u"actionClose")
#if QT_CONFIG(shortcut)
        self.actionClose.setShortcut(u"Ctrl+W")
#endif // QT_CONFIG(shortcut)
        self.actionUndo = QAction(MinutesEditor)
        self.actionUndo.setObjectName(u"actionUndo")
#if QT_CONFIG(shortcut)
        self.actionUndo.setShortcut(u"Ctrl+Z")
#endif // QT_CONFIG(shortcut)
        self.actionRedo = QAction(MinutesEditor)
        self.actionRedo.setObjectName(u"actionRedo")
#if QT_CONFIG(shortcut)
        self.actionRedo.setShortcut(u"Ctrl+Y")
#endif // QT_CONFIG(shortcut)
        self.actionAddEntry = QAction(MinutesEditor)
        self.actionAddEntry.setObjectName(u"actionAddEntry")
#if QT_CONFIG(shortcut)
        self.actionAddEntry.setShortcut(u"Ctrl+Return")
#endif // QT_CONFIG(shortcut)
        self.actionAddReport = QAction(MinutesEditor)
        self.actionAddReport.setObjectName(u"actionAddReport")
#if QT_CONFIG(shortcut)
        self.actionAddReport.setShortcut(u"Ctrl+Shift+B")
#endif // QT_CONFIG(shortcut)
        self.actionAddOpinion = QAction(MinutesEditor)
        self.actionAddOpinion.setObjectName(u"actionAddOpinion")
#if QT_CONFIG(shortcut)
        self.actionAddOpinion.setShortcut(u"Ctrl+Shift+Y")
#endif // QT_CONFIG(shortcut)
        self.actionAddConclusion = QAction(MinutesEditor)
        self.actionAddConclusion.setObjectName(u"actionAddConclusion")
#if QT_CONFIG(shortcut)
        self.actionAddConclusion.setShortcut(u"Ctrl+Shift+K")
#endif // QT_CONFIG(shortcut)
        self.actionAddVote = QAction(MinutesEditor)
        self.actionAddVote.setObjectName(u"actionAddVote")
#if QT_CONFIG(shortcut)
        self.actionAddVote.setShortcut(u"Ctrl+Shift+Q")
#endif // QT_CONFIG(shortcut)
        self.actionRemoveEntry = QAction(MinutesEditor)
        self.actionRemoveEntry.setObjectName(u"actionRemoveEntry")
#if QT_CONFIG(shortcut)
        self.actionRemoveEntry.setShortcut(u"Ctrl+Shift+Del")
#endif // QT_CONFIG(shortcut)
        self.actionPrevItem = QAction(MinutesEditor)
        self.actionPrevItem.setObjectName(u"actionPrevItem")
#if QT_CONFIG(shortcut)
        self.actionPrevItem.setShortcut(u"Ctrl+PgUp")
#endif // QT_CONFIG(shortcut)
        self.actionNextItem = QAction(MinutesEditor)
        self.actionNextItem.setObjectName(u"actionNextItem")
#if QT_CONFIG(shortcut)
        self.actionNextItem.setShortcut(u"Ctrl+PgDown")
#endif // QT_CONFIG(shortcut)
        self.central = QWidget(MinutesEditor)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(6)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(12, 10, 12, 6)
        self.meetingLabel = QLabel(self.central)
        self.meetingLabel.setObjectName(u"meetingLabel")
        self.meetingLabel.setText(u"")
        self.meetingLabel.setWordWrap(True)

        self.centralLayout.addWidget(self.meetingLabel)

        self.bannerLabel = QLabel(self.central)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setText(u"")
        self.bannerLabel.setWordWrap(True)

        self.centralLayout.addWidget(self.bannerLabel)

        self.splitter = QSplitter(self.central)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.agendaList = QListWidget(self.splitter)
        self.agendaList.setObjectName(u"agendaList")
        self.agendaList.setWordWrap(True)
        self.splitter.addWidget(self.agendaList)
        self.itemPanel = QWidget(self.splitter)
        self.itemPanel.setObjectName(u"itemPanel")
        self.itemPanelLayout = QVBoxLayout(self.itemPanel)
        self.itemPanelLayout.setObjectName(u"itemPanelLayout")
        self.itemPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.itemTitleLabel = QLabel(self.itemPanel)
        self.itemTitleLabel.setObjectName(u"itemTitleLabel")
        self.itemTitleLabel.setText(u"")
        self.itemTitleLabel.setWordWrap(True)

        self.itemPanelLayout.addWidget(self.itemTitleLabel)

        self.entriesStack = QStackedWidget(self.itemPanel)
        self.entriesStack.setObjectName(u"entriesStack")

        self.itemPanelLayout.addWidget(self.entriesStack)

        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.addReportButton = QToolButton(self.itemPanel)
        self.addReportButton.setObjectName(u"addReportButton")

        self.addLayout.addWidget(self.addReportButton)

        self.addOpinionButton = QToolButton(self.itemPanel)
        self.addOpinionButton.setObjectName(u"addOpinionButton")

        self.addLayout.addWidget(self.addOpinionButton)

        self.addConclusionButton = QToolButton(self.itemPanel)
        self.addConclusionButton.setObjectName(u"addConclusionButton")

        self.addLayout.addWidget(self.addConclusionButton)

        self.addVoteButton = QToolButton(self.itemPanel)
        self.addVoteButton.setObjectName(u"addVoteButton")

        self.addLayout.addWidget(self.addVoteButton)

        self.addSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addLayout.addItem(self.addSpacer)


        self.itemPanelLayout.addLayout(self.addLayout)

        self.itemPanelLayout.setStretch(1, 1)
        self.splitter.addWidget(self.itemPanel)

        self.centralLayout.addWidget(self.splitter)

        self.centralLayout.setStretch(2, 1)
        MinutesEditor.setCentralWidget(self.central)
        self.menuBar = QMenuBar(MinutesEditor)
        self.menuBar.setObjectName(u"menuBar")
        self.menuMinutes = QMenu(self.menuBar)
        self.menuMinutes.setObjectName(u"menuMinutes")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuGo = QMenu(self.menuBar)
        self.menuGo.setObjectName(u"menuGo")
        MinutesEditor.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MinutesEditor)
        self.statusBar.setObjectName(u"statusBar")
        MinutesEditor.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuMinutes.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuGo.menuAction())
        self.menuMinutes.addAction(self.actionSaveNow)
        self.menuMinutes.addSeparator()
        self.menuMinutes.addAction(self.actionFinalise)
        self.menuMinutes.addAction(self.actionCorrect)
        self.menuMinutes.addSeparator()
        self.menuMinutes.addAction(self.actionPrint)
        self.menuMinutes.addAction(self.actionExportPdf)
        self.menuMinutes.addAction(self.actionExportDocx)
        self.menuMinutes.addSeparator()
        self.menuMinutes.addAction(self.actionClose)
        self.menuEdit.addAction(self.actionUndo)
        self.menuEdit.addAction(self.actionRedo)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionAddEntry)
        self.menuEdit.addAction(self.actionAddReport)
        self.menuEdit.addAction(self.actionAddOpinion)
        self.menuEdit.addAction(self.actionAddConclusion)
        self.menuEdit.addAction(self.actionAddVote)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionRemoveEntry)
        self.menuGo.addAction(self.actionPrevItem)
        self.menuGo.addAction(self.actionNextItem)

        self.retranslateUi(MinutesEditor)

        QMetaObject.connectSlotsByName(MinutesEditor)
    # setupUi

    def retranslateUi(self, MinutesEditor):
        MinutesEditor.setWindowTitle(QCoreApplication.translate("MinutesEditor", u"Ghi bi\u00ean b\u1ea3n", None))
        self.actionSaveNow.setText(QCoreApplication.translate("MinutesEditor", u"&L\u01b0u ngay", None))
        self.actionFinalise.setText(QCoreApplication.translate("MinutesEditor", u"&Ch\u1ed1t bi\u00ean b\u1ea3n\u2026", None))
        self.actionCorrect.setText(QCoreApplication.translate("MinutesEditor", u"\u0110\u00ednh &ch\u00ednh bi\u00ean b\u1ea3n\u2026", None))
        self.actionPrint.setText(QCoreApplication.translate("MinutesEditor", u"&In bi\u00ean b\u1ea3n\u2026", None))
        self.actionExportPdf.setText(QCoreApplication.translate("MinutesEditor", u"Xu\u1ea5t &PDF\u2026", None))
        self.actionExportDocx.setText(QCoreApplication.translate("MinutesEditor", u"Xu\u1ea5t &DOCX (Word)\u2026", None))
        self.actionClose.setText(QCoreApplication.translate("MinutesEditor", u"\u0110\u00f3&ng", None))
        self.actionUndo.setText(QCoreApplication.translate("MinutesEditor", u"&Ho\u00e0n t\u00e1c", None))
        self.actionRedo.setText(QCoreApplication.translate("MinutesEditor", u"&L\u00e0m l\u1ea1i", None))
        self.actionAddEntry.setText(QCoreApplication.translate("MinutesEditor", u"Th\u00eam m\u1ee5c ghi &m\u1edbi", None))
        self.actionAddReport.setText(QCoreApplication.translate("MinutesEditor", u"Th\u00eam &b\u00e1o c\u00e1o", None))
        self.actionAddOpinion.setText(QCoreApplication.translate("MinutesEditor", u"Th\u00eam \u00fd &ki\u1ebfn", None))
        self.actionAddConclusion.setText(QCoreApplication.translate("MinutesEditor", u"Th\u00eam k\u1ebft l&u\u1eadn", None))
        self.actionAddVote.setText(QCoreApplication.translate("MinutesEditor", u"Th\u00eam bi\u1ec3u &quy\u1ebft", None))
        self.actionRemoveEntry.setText(QCoreApplication.translate("MinutesEditor", u"&X\u00f3a m\u1ee5c ghi \u0111ang s\u1eeda", None))
        self.actionPrevItem.setText(QCoreApplication.translate("MinutesEditor", u"N\u1ed9i dung &tr\u01b0\u1edbc", None))
        self.actionNextItem.setText(QCoreApplication.translate("MinutesEditor", u"N\u1ed9i dung &sau", None))
#if QT_CONFIG(tooltip)
        self.agendaList.setToolTip(QCoreApplication.translate("MinutesEditor", u"C\u00e1c n\u1ed9i dung c\u1ee7a cu\u1ed9c h\u1ecdp: Ctrl+PgUp / Ctrl+PgDn ho\u1eb7c Alt+1\u20269 \u0111\u1ec3 chuy\u1ec3n", None))
#endif // QT_CONFIG(tooltip)
        self.menuMinutes.setTitle(QCoreApplication.translate("MinutesEditor", u"&Bi\u00ean b\u1ea3n", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MinutesEditor", u"&S\u1eeda", None))
        self.menuGo.setTitle(QCoreApplication.translate("MinutesEditor", u"&\u0110i \u0111\u1ebfn", None))
    # retranslateUi

