# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_popup.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SearchPopup(object):
    def setupUi(self, SearchPopup):
        if not SearchPopup.objectName():
            SearchPopup.setObjectName(u"SearchPopup")
        SearchPopup.resize(640, 420)
        SearchPopup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popupLayout = QVBoxLayout(SearchPopup)
        self.popupLayout.setSpacing(6)
        self.popupLayout.setObjectName(u"popupLayout")
        self.searchEdit = QLineEdit(SearchPopup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.popupLayout.addWidget(self.searchEdit)

        self.resultsList = QListWidget(SearchPopup)
        self.resultsList.setObjectName(u"resultsList")

        self.popupLayout.addWidget(self.resultsList)

        self.countLabel = QLabel(SearchPopup)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.popupLayout.addWidget(self.countLabel)


        self.retranslateUi(SearchPopup)

        QMetaObject.connectSlotsByName(SearchPopup)
    # setupUi

    def retranslateUi(self, SearchPopup):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SearchPopup", u"T\u00ecm nhanh (g\u00f5 kh\u00f4ng d\u1ea5u \u0111\u01b0\u1ee3c) \u2014 Enter \u0111\u1ec3 m\u1edf, Esc \u0111\u1ec3 \u0111\u00f3ng", None))
        pass
    # retranslateUi

