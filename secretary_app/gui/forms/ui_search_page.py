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
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SearchPage(object):
    def setupUi(self, SearchPage):
        if not SearchPage.objectName():
            SearchPage.setObjectName(u"SearchPage")
        SearchPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(SearchPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(SearchPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.searchEdit = QLineEdit(SearchPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setEnabled(False)

        self.pageLayout.addWidget(self.searchEdit)

        self.comingLabel = QLabel(SearchPage)
        self.comingLabel.setObjectName(u"comingLabel")
        self.comingLabel.setTextFormat(Qt.TextFormat.RichText)
        self.comingLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.comingLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.comingLabel)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)


        self.retranslateUi(SearchPage)

        QMetaObject.connectSlotsByName(SearchPage)
    # setupUi

    def retranslateUi(self, SearchPage):
        self.titleLabel.setText(QCoreApplication.translate("SearchPage", u"T\u00ecm ki\u1ebfm", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SearchPage", u"Nh\u1eadp t\u1eeb kh\u00f3a, v\u00ed d\u1ee5: hoi nghi giao ban", None))
        self.comingLabel.setText(QCoreApplication.translate("SearchPage", u"<p><b>Ch\u1ee9c n\u0103ng t\u00ecm ki\u1ebfm s\u1ebd c\u00f3 trong phi\u00ean b\u1ea3n ti\u1ebfp theo.</b></p><p>B\u1ea1n s\u1ebd t\u00ecm \u0111\u01b0\u1ee3c trong to\u00e0n b\u1ed9 bi\u00ean b\u1ea3n, v\u0103n b\u1ea3n v\u00e0 k\u1ebft lu\u1eadn c\u1ee7a c\u1ea5p \u1ee7y b\u1eb1ng m\u1ed9t \u00f4 t\u00ecm ki\u1ebfm. G\u00f5 kh\u00f4ng d\u1ea5u v\u1eabn t\u00ecm \u0111\u01b0\u1ee3c: \u201choi nghi\u201d t\u00ecm ra \u201cH\u1ed9i ngh\u1ecb\u201d, \u201cdang uy\u201d t\u00ecm ra \u201c\u0110\u1ea3ng \u1ee7y\u201d.</p><p>K\u1ebft qu\u1ea3 s\u1ebd hi\u1ec7n ngay khi g\u00f5, k\u00e8m \u0111o\u1ea1n v\u0103n c\u00f3 t\u1eeb kh\u00f3a; b\u1ea5m v\u00e0o m\u1ed9t k\u1ebft qu\u1ea3 \u0111\u1ec3 m\u1edf cu\u1ed9c h\u1ecdp ho\u1eb7c v\u0103n b\u1ea3n.</p>", None))
        pass
    # retranslateUi

