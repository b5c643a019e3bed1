# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_attendance_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AttendanceEditor(object):
    def setupUi(self, AttendanceEditor):
        if not AttendanceEditor.objectName():
            AttendanceEditor.setObjectName(u"AttendanceEditor")
        AttendanceEditor.resize(860, 480)
        self.editorLayout = QVBoxLayout(AttendanceEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addMembersButton = QPushButton(AttendanceEditor)
        self.addMembersButton.setObjectName(u"addMembersButton")

        self.buttonsLayout.addWidget(self.addMembersButton)

        self.personCombo = QComboBox(AttendanceEditor)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.personCombo.setMinimumContentsLength(18)

        self.buttonsLayout.addWidget(self.personCombo)

        self.addPersonButton = QPushButton(AttendanceEditor)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.buttonsLayout.addWidget(self.addPersonButton)

        self.addGuestButton = QPushButton(AttendanceEditor)
        self.addGuestButton.setObjectName(u"addGuestButton")

        self.buttonsLayout.addWidget(self.addGuestButton)

        self.removeButton = QPushButton(AttendanceEditor)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.editorLayout.addLayout(self.buttonsLayout)

        self.table = QTableWidget(AttendanceEditor)
        if (self.table.columnCount() < 7):
            self.table.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.table.setObjectName(u"table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)

        self.editorLayout.addWidget(self.table)

        self.countsFrame = QFrame(AttendanceEditor)
        self.countsFrame.setObjectName(u"countsFrame")
        self.countsLayout = QHBoxLayout(self.countsFrame)
        self.countsLayout.setSpacing(18)
        self.countsLayout.setObjectName(u"countsLayout")
        self.totalCount = QLabel(self.countsFrame)
        self.totalCount.setObjectName(u"totalCount")
        self.totalCount.setText(u"")

        self.countsLayout.addWidget(self.totalCount)

        self.officialCount = QLabel(self.countsFrame)
        self.officialCount.setObjectName(u"officialCount")
        self.officialCount.setText(u"")

        self.countsLayout.addWidget(self.officialCount)

        self.probationaryCount = QLabel(self.countsFrame)
        self.probationaryCount.setObjectName(u"probationaryCount")
        self.probationaryCount.setText(u"")

        self.countsLayout.addWidget(self.probationaryCount)

        self.presentCount = QLabel(self.countsFrame)
        self.presentCount.setObjectName(u"presentCount")
        self.presentCount.setText(u"")

        self.countsLayout.addWidget(self.presentCount)

        self.absentCount = QLabel(self.countsFrame)
        self.absentCount.setObjectName(u"absentCount")
        self.absentCount.setText(u"")

        self.countsLayout.addWidget(self.absentCount)

        self.countsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsLayout.addItem(self.countsSpacer)


        self.editorLayout.addWidget(self.countsFrame)


        self.retranslateUi(AttendanceEditor)

        QMetaObject.connectSlotsByName(AttendanceEditor)
    # setupUi

    def retranslateUi(self, AttendanceEditor):
        self.addMembersButton.setText(QCoreApplication.translate("AttendanceEditor", u"Th\u00eam t\u1ea5t c\u1ea3 \u1ee7y vi\u00ean", None))
#if QT_CONFIG(tooltip)
        self.addMembersButton.setToolTip(QCoreApplication.translate("AttendanceEditor", u"Th\u00eam m\u1ecdi \u1ee7y vi\u00ean c\u1ea5p \u1ee7y \u0111ang ho\u1ea1t \u0111\u1ed9ng ch\u01b0a c\u00f3 trong danh s\u00e1ch (Ctrl+Shift+A)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.personCombo.setToolTip(QCoreApplication.translate("AttendanceEditor", u"Ch\u1ecdn m\u1ed9t ng\u01b0\u1eddi trong danh s\u00e1ch c\u00e1n b\u1ed9, \u0111\u1ea3ng vi\u00ean \u0111\u1ec3 th\u00eam", None))
#endif // QT_CONFIG(tooltip)
        self.addPersonButton.setText(QCoreApplication.translate("AttendanceEditor", u"Th\u00eam ng\u01b0\u1eddi", None))
        self.addGuestButton.setText(QCoreApplication.translate("AttendanceEditor", u"Th\u00eam kh\u00e1ch m\u1eddi", None))
        self.removeButton.setText(QCoreApplication.translate("AttendanceEditor", u"X\u00f3a d\u00f2ng", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AttendanceEditor", u"H\u1ecd v\u00e0 t\u00ean", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AttendanceEditor", u"Ch\u1ee9c v\u1ee5", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AttendanceEditor", u"T\u00ecnh h\u00ecnh d\u1ef1 h\u1ecdp", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AttendanceEditor", u"L\u00fd do v\u1eafng", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AttendanceEditor", u"\u0110i\u1ec3m c\u1ea7u", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AttendanceEditor", u"\u0110\u1ea3ng vi\u00ean", None))
        ___qtablewidgetitem6 = self.table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("AttendanceEditor", u"Kh\u00e1ch m\u1eddi", None))
        pass
    # retranslateUi

