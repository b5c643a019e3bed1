# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(OverviewPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(OverviewPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.organisationLabel = QLabel(OverviewPage)
        self.organisationLabel.setObjectName(u"organisationLabel")
        self.organisationLabel.setText(u"\u2014")
        self.organisationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.organisationLabel)

        self.cardsLayout = QHBoxLayout()
        self.cardsLayout.setSpacing(12)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.meetingsCard = QFrame(OverviewPage)
        self.meetingsCard.setObjectName(u"meetingsCard")
        self.meetingsCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.meetingsCardLayout = QVBoxLayout(self.meetingsCard)
        self.meetingsCardLayout.setObjectName(u"meetingsCardLayout")
        self.meetingsCount = QLabel(self.meetingsCard)
        self.meetingsCount.setObjectName(u"meetingsCount")
        self.meetingsCount.setText(u"0")

        self.meetingsCardLayout.addWidget(self.meetingsCount)

        self.meetingsCaption = QLabel(self.meetingsCard)
        self.meetingsCaption.setObjectName(u"meetingsCaption")
        self.meetingsCaption.setWordWrap(True)

        self.meetingsCardLayout.addWidget(self.meetingsCaption)


        self.cardsLayout.addWidget(self.meetingsCard)

        self.documentsCard = QFrame(OverviewPage)
        self.documentsCard.setObjectName(u"documentsCard")
        self.documentsCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.documentsCardLayout = QVBoxLayout(self.documentsCard)
        self.documentsCardLayout.setObjectName(u"documentsCardLayout")
        self.documentsCount = QLabel(self.documentsCard)
        self.documentsCount.setObjectName(u"documentsCount")
        self.documentsCount.setText(u"0")

        self.documentsCardLayout.addWidget(self.documentsCount)

        self.documentsCaption = QLabel(self.documentsCard)
        self.documentsCaption.setObjectName(u"documentsCaption")
        self.documentsCaption.setWordWrap(True)

        self.documentsCardLayout.addWidget(self.documentsCaption)


        self.cardsLayout.addWidget(self.documentsCard)

        self.directivesCard = QFrame(OverviewPage)
        self.directivesCard.setObjectName(u"directivesCard")
        self.directivesCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.directivesCardLayout = QVBoxLayout(self.directivesCard)
        self.directivesCardLayout.setObjectName(u"directivesCardLayout")
        self.directivesCount = QLabel(self.directivesCard)
        self.directivesCount.setObjectName(u"directivesCount")
        self.directivesCount.setText(u"0")

        self.directivesCardLayout.addWidget(self.directivesCount)

        self.directivesCaption = QLabel(self.directivesCard)
        self.directivesCaption.setObjectName(u"directivesCaption")
        self.directivesCaption.setWordWrap(True)

        self.directivesCardLayout.addWidget(self.directivesCaption)


        self.cardsLayout.addWidget(self.directivesCard)


        self.pageLayout.addLayout(self.cardsLayout)

        self.recentLabel = QLabel(OverviewPage)
        self.recentLabel.setObjectName(u"recentLabel")

        self.pageLayout.addWidget(self.recentLabel)

        self.recentMeetingsList = QListWidget(OverviewPage)
        self.recentMeetingsList.setObjectName(u"recentMeetingsList")
        self.recentMeetingsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recentMeetingsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recentMeetingsList.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.recentMeetingsList.sizePolicy().hasHeightForWidth())
        self.recentMeetingsList.setSizePolicy(sizePolicy)

        self.pageLayout.addWidget(self.recentMeetingsList)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

        self.comingLabel = QLabel(OverviewPage)
        self.comingLabel.setObjectName(u"comingLabel")
        self.comingLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.comingLabel)


        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.titleLabel.setText(QCoreApplication.translate("OverviewPage", u"T\u1ed5ng quan", None))
        self.meetingsCaption.setText(QCoreApplication.translate("OverviewPage", u"Cu\u1ed9c h\u1ecdp", None))
        self.documentsCaption.setText(QCoreApplication.translate("OverviewPage", u"V\u0103n b\u1ea3n", None))
        self.directivesCaption.setText(QCoreApplication.translate("OverviewPage", u"K\u1ebft lu\u1eadn \u0111ang theo d\u00f5i", None))
        self.recentLabel.setText(QCoreApplication.translate("OverviewPage", u"Cu\u1ed9c h\u1ecdp g\u1ea7n \u0111\u00e2y", None))
        self.comingLabel.setText(QCoreApplication.translate("OverviewPage", u"B\u1ea3ng \u0111i\u1ec1u khi\u1ec3n \u0111\u1ea7y \u0111\u1ee7 \u2014 k\u1ebft lu\u1eadn s\u1eafp \u0111\u1ebfn h\u1ea1n v\u00e0 qu\u00e1 h\u1ea1n, l\u1ecbch h\u1ecdp s\u1eafp t\u1edbi, v\u0103n b\u1ea3n ch\u1edd c\u1ea5p s\u1ed1 \u2014 s\u1ebd c\u00f3 trong phi\u00ean b\u1ea3n ti\u1ebfp theo.", None))
        pass
    # retranslateUi

