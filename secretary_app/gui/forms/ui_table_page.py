# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'table_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_TablePage(object):
    def setupUi(self, TablePage):
        if not TablePage.objectName():
            TablePage.setObjectName(u"TablePage")
        TablePage.resize(900, 600)
        self.pageLayout = QVBoxLayout(TablePage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(TablePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"Ti\u00eau \u0111\u1ec1")

        self.pageLayout.addWidget(self.titleLabel)

        self.noteLabel = QLabel(TablePage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"Ghi ch\u00fa")
        self.noteLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noteLabel)

        self.tableView = QTableView(TablePage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.setSortingEnabled(False)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.horizontalHeader().setStretchLastSection(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.emptyLabel = QLabel(TablePage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setText(u"Ch\u01b0a c\u00f3 d\u1eef li\u1ec7u")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.emptyLabel)

        self.countLabel = QLabel(TablePage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"0")

        self.pageLayout.addWidget(self.countLabel)


        self.retranslateUi(TablePage)

        QMetaObject.connectSlotsByName(TablePage)
    # setupUi

    def retranslateUi(self, TablePage):
        pass
    # retranslateUi

