# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_agenda_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AgendaEditor(object):
    def setupUi(self, AgendaEditor):
        if not AgendaEditor.objectName():
            AgendaEditor.setObjectName(u"AgendaEditor")
        AgendaEditor.resize(860, 420)
        self.editorLayout = QHBoxLayout(AgendaEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(AgendaEditor)
        if (self.table.columnCount() < 2):
            self.table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.table.setObjectName(u"table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(False)

        self.editorLayout.addWidget(self.table)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(AgendaEditor)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(AgendaEditor)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.upButton = QPushButton(AgendaEditor)
        self.upButton.setObjectName(u"upButton")

        self.buttonsLayout.addWidget(self.upButton)

        self.downButton = QPushButton(AgendaEditor)
        self.downButton.setObjectName(u"downButton")

        self.buttonsLayout.addWidget(self.downButton)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.editorLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(AgendaEditor)

        QMetaObject.connectSlotsByName(AgendaEditor)
    # setupUi

    def retranslateUi(self, AgendaEditor):
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AgendaEditor", u"N\u1ed9i dung", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AgendaEditor", u"Ng\u01b0\u1eddi tr\u00ecnh b\u00e0y", None))
        self.addButton.setText(QCoreApplication.translate("AgendaEditor", u"Th\u00eam n\u1ed9i dung", None))
        self.removeButton.setText(QCoreApplication.translate("AgendaEditor", u"X\u00f3a", None))
        self.upButton.setText(QCoreApplication.translate("AgendaEditor", u"L\u00ean", None))
        self.downButton.setText(QCoreApplication.translate("AgendaEditor", u"Xu\u1ed1ng", None))
        pass
    # retranslateUi

