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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(1100, 720)
        self.pageLayout = QVBoxLayout(OverviewPage)
        self.pageLayout.setSpacing(10)
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

        self.firstDayFrame = QFrame(OverviewPage)
        self.firstDayFrame.setObjectName(u"firstDayFrame")
        self.firstDayFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.firstDayLayout = QVBoxLayout(self.firstDayFrame)
        self.firstDayLayout.setSpacing(4)
        self.firstDayLayout.setObjectName(u"firstDayLayout")
        self.firstDayTitle = QLabel(self.firstDayFrame)
        self.firstDayTitle.setObjectName(u"firstDayTitle")

        self.firstDayLayout.addWidget(self.firstDayTitle)

        self.profileStepLayout = QHBoxLayout()
        self.profileStepLayout.setObjectName(u"profileStepLayout")
        self.profileStepLabel = QLabel(self.firstDayFrame)
        self.profileStepLabel.setObjectName(u"profileStepLabel")
        self.profileStepLabel.setWordWrap(True)

        self.profileStepLayout.addWidget(self.profileStepLabel)

        self.profileStepButton = QPushButton(self.firstDayFrame)
        self.profileStepButton.setObjectName(u"profileStepButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.profileStepButton.sizePolicy().hasHeightForWidth())
        self.profileStepButton.setSizePolicy(sizePolicy)
        self.profileStepButton.setMinimumSize(QSize(190, 0))

        self.profileStepLayout.addWidget(self.profileStepButton)

        self.profileStepLayout.setStretch(0, 1)

        self.firstDayLayout.addLayout(self.profileStepLayout)

        self.peopleStepLayout = QHBoxLayout()
        self.peopleStepLayout.setObjectName(u"peopleStepLayout")
        self.peopleStepLabel = QLabel(self.firstDayFrame)
        self.peopleStepLabel.setObjectName(u"peopleStepLabel")
        self.peopleStepLabel.setWordWrap(True)

        self.peopleStepLayout.addWidget(self.peopleStepLabel)

        self.peopleStepButton = QPushButton(self.firstDayFrame)
        self.peopleStepButton.setObjectName(u"peopleStepButton")
        sizePolicy.setHeightForWidth(self.peopleStepButton.sizePolicy().hasHeightForWidth())
        self.peopleStepButton.setSizePolicy(sizePolicy)
        self.peopleStepButton.setMinimumSize(QSize(190, 0))

        self.peopleStepLayout.addWidget(self.peopleStepButton)

        self.peopleStepLayout.setStretch(0, 1)

        self.firstDayLayout.addLayout(self.peopleStepLayout)

        self.unitsStepLayout = QHBoxLayout()
        self.unitsStepLayout.setObjectName(u"unitsStepLayout")
        self.unitsStepLabel = QLabel(self.firstDayFrame)
        self.unitsStepLabel.setObjectName(u"unitsStepLabel")
        self.unitsStepLabel.setWordWrap(True)

        self.unitsStepLayout.addWidget(self.unitsStepLabel)

        self.unitsStepButton = QPushButton(self.firstDayFrame)
        self.unitsStepButton.setObjectName(u"unitsStepButton")
        sizePolicy.setHeightForWidth(self.unitsStepButton.sizePolicy().hasHeightForWidth())
        self.unitsStepButton.setSizePolicy(sizePolicy)
        self.unitsStepButton.setMinimumSize(QSize(190, 0))

        self.unitsStepLayout.addWidget(self.unitsStepButton)

        self.unitsStepLayout.setStretch(0, 1)

        self.firstDayLayout.addLayout(self.unitsStepLayout)

        self.meetingStepLayout = QHBoxLayout()
        self.meetingStepLayout.setObjectName(u"meetingStepLayout")
        self.meetingStepLabel = QLabel(self.firstDayFrame)
        self.meetingStepLabel.setObjectName(u"meetingStepLabel")
        self.meetingStepLabel.setWordWrap(True)

        self.meetingStepLayout.addWidget(self.meetingStepLabel)

        self.meetingStepButton = QPushButton(self.firstDayFrame)
        self.meetingStepButton.setObjectName(u"meetingStepButton")
        sizePolicy.setHeightForWidth(self.meetingStepButton.sizePolicy().hasHeightForWidth())
        self.meetingStepButton.setSizePolicy(sizePolicy)
        self.meetingStepButton.setMinimumSize(QSize(190, 0))

        self.meetingStepLayout.addWidget(self.meetingStepButton)

        self.meetingStepLayout.setStretch(0, 1)

        self.firstDayLayout.addLayout(self.meetingStepLayout)


        self.pageLayout.addWidget(self.firstDayFrame)

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

        self.overdueCard = QFrame(OverviewPage)
        self.overdueCard.setObjectName(u"overdueCard")
        self.overdueCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.overdueCardLayout = QVBoxLayout(self.overdueCard)
        self.overdueCardLayout.setObjectName(u"overdueCardLayout")
        self.overdueCount = QLabel(self.overdueCard)
        self.overdueCount.setObjectName(u"overdueCount")
        self.overdueCount.setText(u"0")

        self.overdueCardLayout.addWidget(self.overdueCount)

        self.overdueCaption = QLabel(self.overdueCard)
        self.overdueCaption.setObjectName(u"overdueCaption")
        self.overdueCaption.setWordWrap(True)

        self.overdueCardLayout.addWidget(self.overdueCaption)


        self.cardsLayout.addWidget(self.overdueCard)

        self.dueSoonCard = QFrame(OverviewPage)
        self.dueSoonCard.setObjectName(u"dueSoonCard")
        self.dueSoonCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.dueSoonCardLayout = QVBoxLayout(self.dueSoonCard)
        self.dueSoonCardLayout.setObjectName(u"dueSoonCardLayout")
        self.dueSoonCount = QLabel(self.dueSoonCard)
        self.dueSoonCount.setObjectName(u"dueSoonCount")
        self.dueSoonCount.setText(u"0")

        self.dueSoonCardLayout.addWidget(self.dueSoonCount)

        self.dueSoonCaption = QLabel(self.dueSoonCard)
        self.dueSoonCaption.setObjectName(u"dueSoonCaption")
        self.dueSoonCaption.setWordWrap(True)

        self.dueSoonCardLayout.addWidget(self.dueSoonCaption)


        self.cardsLayout.addWidget(self.dueSoonCard)


        self.pageLayout.addLayout(self.cardsLayout)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(20)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(6)
        self.leftColumn.setObjectName(u"leftColumn")
        self.chartLabel = QLabel(OverviewPage)
        self.chartLabel.setObjectName(u"chartLabel")
        self.chartLabel.setWordWrap(True)

        self.leftColumn.addWidget(self.chartLabel)

        self.chartHost = QWidget(OverviewPage)
        self.chartHost.setObjectName(u"chartHost")
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.leftColumn.addWidget(self.chartHost)

        self.meetingsWeekLabel = QLabel(OverviewPage)
        self.meetingsWeekLabel.setObjectName(u"meetingsWeekLabel")

        self.leftColumn.addWidget(self.meetingsWeekLabel)

        self.meetingsWeekList = QListWidget(OverviewPage)
        self.meetingsWeekList.setObjectName(u"meetingsWeekList")
        self.meetingsWeekList.setWordWrap(True)

        self.leftColumn.addWidget(self.meetingsWeekList)

        self.recentDocumentsLabel = QLabel(OverviewPage)
        self.recentDocumentsLabel.setObjectName(u"recentDocumentsLabel")

        self.leftColumn.addWidget(self.recentDocumentsLabel)

        self.recentDocumentsList = QListWidget(OverviewPage)
        self.recentDocumentsList.setObjectName(u"recentDocumentsList")
        self.recentDocumentsList.setWordWrap(True)

        self.leftColumn.addWidget(self.recentDocumentsList)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(6)
        self.rightColumn.setObjectName(u"rightColumn")
        self.overdueLabel = QLabel(OverviewPage)
        self.overdueLabel.setObjectName(u"overdueLabel")

        self.rightColumn.addWidget(self.overdueLabel)

        self.overdueList = QListWidget(OverviewPage)
        self.overdueList.setObjectName(u"overdueList")
        self.overdueList.setWordWrap(True)

        self.rightColumn.addWidget(self.overdueList)

        self.dueSoonLabel = QLabel(OverviewPage)
        self.dueSoonLabel.setObjectName(u"dueSoonLabel")

        self.rightColumn.addWidget(self.dueSoonLabel)

        self.dueSoonList = QListWidget(OverviewPage)
        self.dueSoonList.setObjectName(u"dueSoonList")
        self.dueSoonList.setWordWrap(True)

        self.rightColumn.addWidget(self.dueSoonList)

        self.rightColumn.setStretch(1, 3)
        self.rightColumn.setStretch(3, 2)

        self.columnsLayout.addLayout(self.rightColumn)

        self.columnsLayout.setStretch(0, 1)
        self.columnsLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.columnsLayout)


        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.titleLabel.setText(QCoreApplication.translate("OverviewPage", u"T\u1ed5ng quan", None))
        self.firstDayTitle.setText(QCoreApplication.translate("OverviewPage", u"B\u1eaft \u0111\u1ea7u l\u00e0m vi\u1ec7c v\u1edbi c\u01a1 s\u1edf d\u1eef li\u1ec7u m\u1edbi", None))
        self.profileStepLabel.setText(QCoreApplication.translate("OverviewPage", u"Nh\u1eadp th\u00f4ng tin c\u01a1 quan, \u0111\u01a1n v\u1ecb ban h\u00e0nh v\u00e0 ng\u01b0\u1eddi k\u00fd (m\u1ee5c C\u00e0i \u0111\u1eb7t)", None))
        self.profileStepButton.setText(QCoreApplication.translate("OverviewPage", u"Nh\u1eadp th\u00f4ng tin c\u01a1 quan", None))
        self.peopleStepLabel.setText(QCoreApplication.translate("OverviewPage", u"Nh\u1eadp danh s\u00e1ch c\u00e1n b\u1ed9, \u1ee7y vi\u00ean (g\u00f5 t\u1eebng ng\u01b0\u1eddi ho\u1eb7c nh\u1eadp t\u1eeb t\u1ec7p Excel)", None))
        self.peopleStepButton.setText(QCoreApplication.translate("OverviewPage", u"Nh\u1eadp danh s\u00e1ch ng\u01b0\u1eddi", None))
        self.unitsStepLabel.setText(QCoreApplication.translate("OverviewPage", u"Nh\u1eadp c\u00e1c \u0111\u01a1n v\u1ecb: ban, chi b\u1ed9, c\u01a1 quan th\u01b0\u1eddng tr\u00fa, \u0111\u01a1n v\u1ecb tr\u1ef1c thu\u1ed9c", None))
        self.unitsStepButton.setText(QCoreApplication.translate("OverviewPage", u"Nh\u1eadp danh s\u00e1ch \u0111\u01a1n v\u1ecb", None))
        self.meetingStepLabel.setText(QCoreApplication.translate("OverviewPage", u"T\u1ea1o cu\u1ed9c h\u1ecdp \u0111\u1ea7u ti\u00ean: th\u00e0nh ph\u1ea7n d\u1ef1 h\u1ecdp v\u00e0 ch\u01b0\u01a1ng tr\u00ecnh", None))
        self.meetingStepButton.setText(QCoreApplication.translate("OverviewPage", u"T\u1ea1o cu\u1ed9c h\u1ecdp", None))
        self.meetingsCaption.setText(QCoreApplication.translate("OverviewPage", u"Cu\u1ed9c h\u1ecdp", None))
        self.documentsCaption.setText(QCoreApplication.translate("OverviewPage", u"V\u0103n b\u1ea3n", None))
        self.directivesCaption.setText(QCoreApplication.translate("OverviewPage", u"K\u1ebft lu\u1eadn, nhi\u1ec7m v\u1ee5 ch\u01b0a xong", None))
        self.overdueCaption.setText(QCoreApplication.translate("OverviewPage", u"Qu\u00e1 h\u1ea1n ch\u01b0a ho\u00e0n th\u00e0nh", None))
        self.dueSoonCaption.setText(QCoreApplication.translate("OverviewPage", u"\u0110\u1ebfn h\u1ea1n trong 7 ng\u00e0y t\u1edbi", None))
        self.chartLabel.setText(QCoreApplication.translate("OverviewPage", u"T\u00ecnh h\u00ecnh th\u1ef1c hi\u1ec7n k\u1ebft lu\u1eadn", None))
        self.meetingsWeekLabel.setText(QCoreApplication.translate("OverviewPage", u"Cu\u1ed9c h\u1ecdp trong tu\u1ea7n", None))
        self.recentDocumentsLabel.setText(QCoreApplication.translate("OverviewPage", u"V\u0103n b\u1ea3n m\u1edbi ban h\u00e0nh", None))
        self.overdueLabel.setText(QCoreApplication.translate("OverviewPage", u"Vi\u1ec7c qu\u00e1 h\u1ea1n", None))
        self.dueSoonLabel.setText(QCoreApplication.translate("OverviewPage", u"\u0110\u1ebfn h\u1ea1n trong 7 ng\u00e0y t\u1edbi", None))
        pass
    # retranslateUi

