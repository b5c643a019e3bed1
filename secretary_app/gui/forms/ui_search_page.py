# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SearchPage(object):
    def setupUi(self, SearchPage):
        if not SearchPage.objectName():
            SearchPage.setObjectName(u"SearchPage")
        SearchPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(SearchPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(SearchPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.searchEdit = QLineEdit(SearchPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.pageLayout.addWidget(self.searchEdit)

        self.kindsLayout = QHBoxLayout()
        self.kindsLayout.setObjectName(u"kindsLayout")
        self.meetingsCheck = QCheckBox(SearchPage)
        self.meetingsCheck.setObjectName(u"meetingsCheck")
        self.meetingsCheck.setChecked(True)

        self.kindsLayout.addWidget(self.meetingsCheck)

        self.minutesCheck = QCheckBox(SearchPage)
        self.minutesCheck.setObjectName(u"minutesCheck")
        self.minutesCheck.setChecked(True)

        self.kindsLayout.addWidget(self.minutesCheck)

        self.documentsCheck = QCheckBox(SearchPage)
        self.documentsCheck.setObjectName(u"documentsCheck")
        self.documentsCheck.setChecked(True)

        self.kindsLayout.addWidget(self.documentsCheck)

        self.directivesCheck = QCheckBox(SearchPage)
        self.directivesCheck.setObjectName(u"directivesCheck")
        self.directivesCheck.setChecked(True)

        self.kindsLayout.addWidget(self.directivesCheck)

        self.incomingCheck = QCheckBox(SearchPage)
        self.incomingCheck.setObjectName(u"incomingCheck")
        self.incomingCheck.setChecked(True)

        self.kindsLayout.addWidget(self.incomingCheck)

        self.kindsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindsLayout.addItem(self.kindsSpacer)

        self.countLabel = QLabel(SearchPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.kindsLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.kindsLayout)

        self.resultsList = QListWidget(SearchPage)
        self.resultsList.setObjectName(u"resultsList")

        self.pageLayout.addWidget(self.resultsList)

        self.hintLabel = QLabel(SearchPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)


        self.retranslateUi(SearchPage)

        QMetaObject.connectSlotsByName(SearchPage)
    # setupUi

    def retranslateUi(self, SearchPage):
        self.titleLabel.setText(QCoreApplication.translate("SearchPage", u"T\u00ecm ki\u1ebfm", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SearchPage", u"T\u00ecm trong cu\u1ed9c h\u1ecdp, bi\u00ean b\u1ea3n, v\u0103n b\u1ea3n v\u00e0 k\u1ebft lu\u1eadn \u2014 g\u00f5 kh\u00f4ng d\u1ea5u \u0111\u01b0\u1ee3c, v\u00ed d\u1ee5: dang uy", None))
        self.meetingsCheck.setText(QCoreApplication.translate("SearchPage", u"Cu\u1ed9c h\u1ecdp", None))
        self.minutesCheck.setText(QCoreApplication.translate("SearchPage", u"Bi\u00ean b\u1ea3n", None))
        self.documentsCheck.setText(QCoreApplication.translate("SearchPage", u"V\u0103n b\u1ea3n", None))
        self.directivesCheck.setText(QCoreApplication.translate("SearchPage", u"K\u1ebft lu\u1eadn, nhi\u1ec7m v\u1ee5", None))
        self.incomingCheck.setText(QCoreApplication.translate("SearchPage", u"V\u0103n b\u1ea3n \u0111\u1ebfn", None))
        self.hintLabel.setText(QCoreApplication.translate("SearchPage", u"G\u00f5 t\u1eeb kh\u00f3a \u0111\u1ec3 t\u00ecm. Kh\u00f4ng c\u1ea7n g\u00f5 d\u1ea5u: \u201choi nghi\u201d t\u00ecm ra \u201cH\u1ed9i ngh\u1ecb\u201d, \u201cdang uy\u201d t\u00ecm ra \u201c\u0110\u1ea3ng \u1ee7y\u201d. B\u1ea5m Enter ho\u1eb7c nh\u1ea5p \u0111\u00fap v\u00e0o m\u1ed9t k\u1ebft qu\u1ea3 \u0111\u1ec3 m\u1edf. \u1ede b\u1ea5t k\u1ef3 trang n\u00e0o, b\u1ea5m Ctrl+F \u0111\u1ec3 t\u00ecm nhanh.", None))
        pass
    # retranslateUi

