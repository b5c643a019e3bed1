# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incoming_tasks_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_IncomingTasksDialog(object):
    def setupUi(self, IncomingTasksDialog):
        if not IncomingTasksDialog.objectName():
            IncomingTasksDialog.setObjectName(u"IncomingTasksDialog")
        IncomingTasksDialog.resize(980, 520)
        self.dialogLayout = QVBoxLayout(IncomingTasksDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sourceLabel = QLabel(IncomingTasksDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setText(u"")
        self.sourceLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.sourceLabel)

        self.helpLabel = QLabel(IncomingTasksDialog)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.helpLabel)

        self.tasksTable = QTableWidget(IncomingTasksDialog)
        self.tasksTable.setObjectName(u"tasksTable")
        self.tasksTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasksTable.setWordWrap(True)

        self.dialogLayout.addWidget(self.tasksTable)

        self.rowButtonsLayout = QHBoxLayout()
        self.rowButtonsLayout.setObjectName(u"rowButtonsLayout")
        self.addRowButton = QPushButton(IncomingTasksDialog)
        self.addRowButton.setObjectName(u"addRowButton")

        self.rowButtonsLayout.addWidget(self.addRowButton)

        self.removeRowButton = QPushButton(IncomingTasksDialog)
        self.removeRowButton.setObjectName(u"removeRowButton")

        self.rowButtonsLayout.addWidget(self.removeRowButton)

        self.rowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowButtonsLayout.addItem(self.rowSpacer)

        self.countLabel = QLabel(IncomingTasksDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.rowButtonsLayout.addWidget(self.countLabel)


        self.dialogLayout.addLayout(self.rowButtonsLayout)

        self.errorLabel = QLabel(IncomingTasksDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(IncomingTasksDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(IncomingTasksDialog)

        QMetaObject.connectSlotsByName(IncomingTasksDialog)
    # setupUi

    def retranslateUi(self, IncomingTasksDialog):
        IncomingTasksDialog.setWindowTitle(QCoreApplication.translate("IncomingTasksDialog", u"X\u00e1c nh\u1eadn nhi\u1ec7m v\u1ee5 t\u1eeb v\u0103n b\u1ea3n \u0111\u1ebfn", None))
        self.helpLabel.setText(QCoreApplication.translate("IncomingTasksDialog", u"M\u1ed7i d\u00f2ng l\u00e0 m\u1ed9t nhi\u1ec7m v\u1ee5 \u0111\u1ecdc \u0111\u01b0\u1ee3c trong v\u0103n b\u1ea3n. S\u1eeda n\u1ed9i dung, ch\u1ecdn \u0111\u01a1n v\u1ecb ch\u1ee7 tr\u00ec, nh\u1eadn ho\u1eb7c s\u1eeda th\u1eddi h\u1ea1n (ng\u00e0y/th\u00e1ng/n\u0103m, ho\u1eb7c \u201cTh\u01b0\u1eddng xuy\u00ean\u201d); b\u1ecf ch\u1ecdn \u201cTheo d\u00f5i\u201d \u1edf nh\u1eefng d\u00f2ng kh\u00f4ng ph\u1ea3i nhi\u1ec7m v\u1ee5.", None))
        self.addRowButton.setText(QCoreApplication.translate("IncomingTasksDialog", u"&Th\u00eam nhi\u1ec7m v\u1ee5", None))
        self.removeRowButton.setText(QCoreApplication.translate("IncomingTasksDialog", u"&B\u1ecf d\u00f2ng", None))
    # retranslateUi

