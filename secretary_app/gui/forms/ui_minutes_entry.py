# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minutes_entry.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QToolButton, QVBoxLayout,
    QWidget)

class Ui_MinutesEntry(object):
    def setupUi(self, MinutesEntry):
        if not MinutesEntry.objectName():
            MinutesEntry.setObjectName(u"MinutesEntry")
        MinutesEntry.resize(700, 170)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(MinutesEntry.sizePolicy().hasHeightForWidth())
        MinutesEntry.setSizePolicy(sizePolicy)
        self.entryLayout = QVBoxLayout(MinutesEntry)
        self.entryLayout.setSpacing(4)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryLayout.setContentsMargins(8, 6, 8, 6)
        self.headLayout = QHBoxLayout()
        self.headLayout.setObjectName(u"headLayout")
        self.kindCombo = QComboBox(MinutesEntry)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy1)
        self.kindCombo.setMinimumSize(QSize(110, 0))

        self.headLayout.addWidget(self.kindCombo)

        self.speakerEdit = QLineEdit(MinutesEntry)
        self.speakerEdit.setObjectName(u"speakerEdit")

        self.headLayout.addWidget(self.speakerEdit)

        self.headSpacer = QSpacerItem(0, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headLayout.addItem(self.headSpacer)

        self.removeButton = QToolButton(MinutesEntry)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setText(u"\u2715")
        self.removeButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.removeButton.setAutoRaise(True)

        self.headLayout.addWidget(self.removeButton)

        self.headLayout.setStretch(1, 1)

        self.entryLayout.addLayout(self.headLayout)

        self.textEdit = QPlainTextEdit(MinutesEntry)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.entryLayout.addWidget(self.textEdit)

        self.voteBox = QWidget(MinutesEntry)
        self.voteBox.setObjectName(u"voteBox")
        self.voteLayout = QHBoxLayout(self.voteBox)
        self.voteLayout.setObjectName(u"voteLayout")
        self.voteLayout.setContentsMargins(0, 0, 0, 0)
        self.forLabel = QLabel(self.voteBox)
        self.forLabel.setObjectName(u"forLabel")

        self.voteLayout.addWidget(self.forLabel)

        self.forSpin = QSpinBox(self.voteBox)
        self.forSpin.setObjectName(u"forSpin")
        self.forSpin.setMaximum(100000)

        self.voteLayout.addWidget(self.forSpin)

        self.againstLabel = QLabel(self.voteBox)
        self.againstLabel.setObjectName(u"againstLabel")

        self.voteLayout.addWidget(self.againstLabel)

        self.againstSpin = QSpinBox(self.voteBox)
        self.againstSpin.setObjectName(u"againstSpin")
        self.againstSpin.setMaximum(100000)

        self.voteLayout.addWidget(self.againstSpin)

        self.otherLabel = QLabel(self.voteBox)
        self.otherLabel.setObjectName(u"otherLabel")

        self.voteLayout.addWidget(self.otherLabel)

        self.otherSpin = QSpinBox(self.voteBox)
        self.otherSpin.setObjectName(u"otherSpin")
        self.otherSpin.setMaximum(100000)

        self.voteLayout.addWidget(self.otherSpin)

        self.percentLabel = QLabel(self.voteBox)
        self.percentLabel.setObjectName(u"percentLabel")
        self.percentLabel.setText(u"")
        self.percentLabel.setWordWrap(True)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.percentLabel.sizePolicy().hasHeightForWidth())
        self.percentLabel.setSizePolicy(sizePolicy2)

        self.voteLayout.addWidget(self.percentLabel)

        self.voteSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.voteLayout.addItem(self.voteSpacer)


        self.entryLayout.addWidget(self.voteBox)

#if QT_CONFIG(shortcut)
        self.forLabel.setBuddy(self.forSpin)
        self.againstLabel.setBuddy(self.againstSpin)
        self.otherLabel.setBuddy(self.otherSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.speakerEdit)
        QWidget.setTabOrder(self.speakerEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.forSpin)
        QWidget.setTabOrder(self.forSpin, self.againstSpin)
        QWidget.setTabOrder(self.againstSpin, self.otherSpin)

        self.retranslateUi(MinutesEntry)

        QMetaObject.connectSlotsByName(MinutesEntry)
    # setupUi

    def retranslateUi(self, MinutesEntry):
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("MinutesEntry", u"Lo\u1ea1i m\u1ee5c ghi: b\u00e1o c\u00e1o, \u00fd ki\u1ebfn, k\u1ebft lu\u1eadn, bi\u1ec3u quy\u1ebft", None))
#endif // QT_CONFIG(tooltip)
        self.speakerEdit.setPlaceholderText(QCoreApplication.translate("MinutesEntry", u"Ng\u01b0\u1eddi tr\u00ecnh b\u00e0y / ph\u00e1t bi\u1ec3u (g\u00f5 v\u00e0i ch\u1eef, kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("MinutesEntry", u"X\u00f3a m\u1ee5c ghi n\u00e0y (Ctrl+Shift+Del; ho\u00e0n t\u00e1c b\u1eb1ng Ctrl+Z)", None))
#endif // QT_CONFIG(tooltip)
        self.textEdit.setPlaceholderText(QCoreApplication.translate("MinutesEntry", u"N\u1ed9i dung\u2026 (Ctrl+Enter: th\u00eam m\u1ee5c ghi m\u1edbi)", None))
        self.forLabel.setText(QCoreApplication.translate("MinutesEntry", u"T\u00e1n th\u00e0nh", None))
        self.againstLabel.setText(QCoreApplication.translate("MinutesEntry", u"Kh\u00f4ng t\u00e1n th\u00e0nh", None))
        self.otherLabel.setText(QCoreApplication.translate("MinutesEntry", u"\u00dd ki\u1ebfn kh\u00e1c", None))
        pass
    # retranslateUi

