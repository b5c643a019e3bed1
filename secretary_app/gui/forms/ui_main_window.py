# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        MainWindow.setMinimumSize(QSize(860, 560))
        self.actionNewDatabase = QAction(MainWindow)
        self.actionNewDatabase.setObjectName(u"actionNewDatabase")
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
        self.actionVerifyDocument = QAction(MainWindow)
        self.actionVerifyDocument.setObjectName(u"actionVerifyDocument")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionHelp = QAction(MainWindow)
        self.actionHelp.setObjectName(u"actionHelp")
#if QT_CONFIG(shortcut)
        self.actionHelp.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionExchange = QAction(MainWindow)
        self.actionExchange.setObjectName(u"actionExchange")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralWidget)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(210, 0))
        self.navList.setMaximumSize(QSize(260, 16777215))
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setIconSize(QSize(22, 22))
        self.navList.setSpacing(2)

        self.centralLayout.addWidget(self.navList)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewDatabase)
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionVerifyDocument)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionHelp)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Th\u01b0 k\u00fd c\u1ea5p \u1ee7y", None))
        self.actionNewDatabase.setText(QCoreApplication.translate("MainWindow", u"&T\u1ea1o c\u01a1 s\u1edf d\u1eef li\u1ec7u m\u1edbi\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionNewDatabase.setToolTip(QCoreApplication.translate("MainWindow", u"T\u1ea1o t\u1ec7p d\u1eef li\u1ec7u m\u1edbi cho m\u1ed9t c\u1ea5p \u1ee7y kh\u00e1c", None))
#endif // QT_CONFIG(tooltip)
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"&M\u1edf c\u01a1 s\u1edf d\u1eef li\u1ec7u\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpenDatabase.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionVerifyDocument.setText(QCoreApplication.translate("MainWindow", u"&Ki\u1ec3m tra v\u0103n b\u1ea3n\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionVerifyDocument.setToolTip(QCoreApplication.translate("MainWindow", u"Ki\u1ec3m tra m\u1ed9t t\u1ec7p PDF c\u00f3 ph\u1ea3i v\u0103n b\u1ea3n \u0111\u00e3 ph\u00e1t h\u00e0nh, c\u00f2n nguy\u00ean v\u1eb9n", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"T&ho\u00e1t", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionHelp.setText(QCoreApplication.translate("MainWindow", u"&H\u01b0\u1edbng d\u1eabn s\u1eed d\u1ee5ng", None))
#if QT_CONFIG(tooltip)
        self.actionHelp.setToolTip(QCoreApplication.translate("MainWindow", u"H\u01b0\u1edbng d\u1eabn s\u1eed d\u1ee5ng, m\u1edf \u0111\u00fang ph\u1ea7n c\u1ee7a trang \u0111ang xem (F1)", None))
#endif // QT_CONFIG(tooltip)
        self.actionExchange.setText(QCoreApplication.translate("MainWindow", u"Trao \u0111\u1ed5i v\u1edbi \u0111\u01a1n &v\u1ecb\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExchange.setToolTip(QCoreApplication.translate("MainWindow", u"G\u1eedi v\u00e0 nh\u1eadn g\u00f3i d\u1eef li\u1ec7u v\u1edbi c\u01a1 quan th\u01b0\u1eddng tr\u00fa, \u0111\u01a1n v\u1ecb c\u1ea5p tr\u00ean (kh\u00f4ng c\u1ea7n m\u1ea1ng)", None))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Gi\u1edbi thi\u1ec7u\u2026", None))

        __sortingEnabled = self.navList.isSortingEnabled()
        self.navList.setSortingEnabled(False)
        ___qlistwidgetitem = self.navList.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"T\u1ed5ng quan", None))
        ___qlistwidgetitem1 = self.navList.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Cu\u1ed9c h\u1ecdp", None))
        ___qlistwidgetitem2 = self.navList.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"V\u0103n b\u1ea3n", None))
        ___qlistwidgetitem3 = self.navList.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"K\u1ebft lu\u1eadn/Nhi\u1ec7m v\u1ee5", None))
        ___qlistwidgetitem4 = self.navList.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindow", u"Ng\u01b0\u1eddi", None))
        ___qlistwidgetitem5 = self.navList.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("MainWindow", u"\u0110\u01a1n v\u1ecb", None))
        ___qlistwidgetitem6 = self.navList.item(6)
        ___qlistwidgetitem6.setText(QCoreApplication.translate("MainWindow", u"T\u00ecm ki\u1ebfm", None))
        ___qlistwidgetitem7 = self.navList.item(7)
        ___qlistwidgetitem7.setText(QCoreApplication.translate("MainWindow", u"C\u00e0i \u0111\u1eb7t", None))
        ___qlistwidgetitem8 = self.navList.item(8)
        ___qlistwidgetitem8.setText(QCoreApplication.translate("MainWindow", u"V\u0103n b\u1ea3n \u0111\u1ebfn", None))
        self.navList.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u0110i\u1ec1u h\u01b0\u1edbng", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&T\u1ec7p", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"T\u1ec7p &g\u1ea7n \u0111\u00e2y", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"T&r\u1ee3 gi\u00fap", None))
    # retranslateUi

