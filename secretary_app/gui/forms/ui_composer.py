# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'composer.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableWidget, QTableWidgetItem, QToolButton,
    QVBoxLayout, QWidget)

from secretary_app.gui.documents.body_editor import BodyEditor
from secretary_app.gui.shared.pdf_preview import PdfPreview

class Ui_ComposerWindow(object):
    def setupUi(self, ComposerWindow):
        if not ComposerWindow.objectName():
            ComposerWindow.setObjectName(u"ComposerWindow")
        ComposerWindow.resize(1280, 820)
        self.mainLayout = QVBoxLayout(ComposerWindow)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 10, 14, 10)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(ComposerWindow)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.stateLabel = QLabel(ComposerWindow)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"D\u1ef1 th\u1ea3o")
        self.stateLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.stateLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.issueButton = QPushButton(ComposerWindow)
        self.issueButton.setObjectName(u"issueButton")

        self.headerLayout.addWidget(self.issueButton)

        self.correctionButton = QPushButton(ComposerWindow)
        self.correctionButton.setObjectName(u"correctionButton")

        self.headerLayout.addWidget(self.correctionButton)

        self.printButton = QPushButton(ComposerWindow)
        self.printButton.setObjectName(u"printButton")

        self.headerLayout.addWidget(self.printButton)

        self.exportPdfButton = QPushButton(ComposerWindow)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.headerLayout.addWidget(self.exportPdfButton)

        self.exportDocxButton = QPushButton(ComposerWindow)
        self.exportDocxButton.setObjectName(u"exportDocxButton")

        self.headerLayout.addWidget(self.exportDocxButton)

        self.headerLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.headerLayout)

        self.errorsList = QListWidget(ComposerWindow)
        self.errorsList.setObjectName(u"errorsList")
        self.errorsList.setMaximumSize(QSize(16777215, 90))

        self.mainLayout.addWidget(self.errorsList)

        self.splitter = QSplitter(ComposerWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.contentTab = QWidget()
        self.contentTab.setObjectName(u"contentTab")
        self.contentLayout = QVBoxLayout(self.contentTab)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentForm = QFormLayout()
        self.contentForm.setObjectName(u"contentForm")
        self.contentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.subjectLabel = QLabel(self.contentTab)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.contentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QPlainTextEdit(self.contentTab)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setMaximumSize(QSize(16777215, 56))
        self.subjectEdit.setTabChangesFocus(True)

        self.contentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.placeLabel = QLabel(self.contentTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.contentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeDateLayout = QHBoxLayout()
        self.placeDateLayout.setObjectName(u"placeDateLayout")
        self.placeEdit = QLineEdit(self.contentTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.placeDateLayout.addWidget(self.placeEdit)

        self.dateEdit = QDateEdit(self.contentTab)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.placeDateLayout.addWidget(self.dateEdit)


        self.contentForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.placeDateLayout)

        self.addresseesLabel = QLabel(self.contentTab)
        self.addresseesLabel.setObjectName(u"addresseesLabel")

        self.contentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addresseesLabel)

        self.addresseesEdit = QPlainTextEdit(self.contentTab)
        self.addresseesEdit.setObjectName(u"addresseesEdit")
        self.addresseesEdit.setMaximumSize(QSize(16777215, 56))
        self.addresseesEdit.setTabChangesFocus(True)

        self.contentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addresseesEdit)

        self.enactorLabel = QLabel(self.contentTab)
        self.enactorLabel.setObjectName(u"enactorLabel")

        self.contentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.enactorLabel)

        self.enactorEdit = QLineEdit(self.contentTab)
        self.enactorEdit.setObjectName(u"enactorEdit")

        self.contentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.enactorEdit)

        self.basesLabel = QLabel(self.contentTab)
        self.basesLabel.setObjectName(u"basesLabel")

        self.contentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.basesLabel)

        self.basesEdit = QPlainTextEdit(self.contentTab)
        self.basesEdit.setObjectName(u"basesEdit")
        self.basesEdit.setMaximumSize(QSize(16777215, 80))
        self.basesEdit.setTabChangesFocus(True)

        self.contentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.basesEdit)


        self.contentLayout.addLayout(self.contentForm)

        self.bodyBarLayout = QHBoxLayout()
        self.bodyBarLayout.setObjectName(u"bodyBarLayout")
        self.bodyLabel = QLabel(self.contentTab)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.bodyBarLayout.addWidget(self.bodyLabel)

        self.refreshButton = QPushButton(self.contentTab)
        self.refreshButton.setObjectName(u"refreshButton")

        self.bodyBarLayout.addWidget(self.refreshButton)

        self.bodyBarSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bodyBarLayout.addItem(self.bodyBarSpacer)

        self.paragraphButton = QToolButton(self.contentTab)
        self.paragraphButton.setObjectName(u"paragraphButton")

        self.bodyBarLayout.addWidget(self.paragraphButton)

        self.headingButton = QToolButton(self.contentTab)
        self.headingButton.setObjectName(u"headingButton")

        self.bodyBarLayout.addWidget(self.headingButton)

        self.subheadingButton = QToolButton(self.contentTab)
        self.subheadingButton.setObjectName(u"subheadingButton")

        self.bodyBarLayout.addWidget(self.subheadingButton)

        self.itemButton = QToolButton(self.contentTab)
        self.itemButton.setObjectName(u"itemButton")

        self.bodyBarLayout.addWidget(self.itemButton)


        self.contentLayout.addLayout(self.bodyBarLayout)

        self.bodyEdit = BodyEditor(self.contentTab)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.contentLayout.addWidget(self.bodyEdit)

        self.bodyHelpLabel = QLabel(self.contentTab)
        self.bodyHelpLabel.setObjectName(u"bodyHelpLabel")
        self.bodyHelpLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.bodyHelpLabel)

        self.contentLayout.setStretch(2, 1)
        self.tabs.addTab(self.contentTab, "")
        self.directivesTab = QWidget()
        self.directivesTab.setObjectName(u"directivesTab")
        self.directivesLayout = QVBoxLayout(self.directivesTab)
        self.directivesLayout.setObjectName(u"directivesLayout")
        self.directivesNote = QLabel(self.directivesTab)
        self.directivesNote.setObjectName(u"directivesNote")
        self.directivesNote.setWordWrap(True)

        self.directivesLayout.addWidget(self.directivesNote)

        self.directivesTable = QTableWidget(self.directivesTab)
        self.directivesTable.setObjectName(u"directivesTable")
        self.directivesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.directivesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.directivesTable.setWordWrap(True)
        self.directivesTable.verticalHeader().setVisible(False)

        self.directivesLayout.addWidget(self.directivesTable)

        self.emptyDirectivesLabel = QLabel(self.directivesTab)
        self.emptyDirectivesLabel.setObjectName(u"emptyDirectivesLabel")
        self.emptyDirectivesLabel.setWordWrap(True)
        self.emptyDirectivesLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.directivesLayout.addWidget(self.emptyDirectivesLabel)

        self.planErrorLabel = QLabel(self.directivesTab)
        self.planErrorLabel.setObjectName(u"planErrorLabel")
        self.planErrorLabel.setText(u"")
        self.planErrorLabel.setWordWrap(True)

        self.directivesLayout.addWidget(self.planErrorLabel)

        self.directivesLayout.setStretch(1, 1)
        self.directivesLayout.setStretch(2, 1)
        self.tabs.addTab(self.directivesTab, "")
        self.signatureTab = QWidget()
        self.signatureTab.setObjectName(u"signatureTab")
        self.signatureForm = QFormLayout(self.signatureTab)
        self.signatureForm.setObjectName(u"signatureForm")
        self.signatureForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.signerLabel = QLabel(self.signatureTab)
        self.signerLabel.setObjectName(u"signerLabel")

        self.signatureForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerCombo = QComboBox(self.signatureTab)
        self.signerCombo.setObjectName(u"signerCombo")

        self.signatureForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signerCombo)

        self.authorityLabel = QLabel(self.signatureTab)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.signatureForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityEdit = QLineEdit(self.signatureTab)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.signatureForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.positionLabel = QLabel(self.signatureTab)
        self.positionLabel.setObjectName(u"positionLabel")

        self.signatureForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(self.signatureTab)
        self.positionEdit.setObjectName(u"positionEdit")

        self.signatureForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.nameLabel = QLabel(self.signatureTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.signatureForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.signatureTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.signatureForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.recipientsLabel = QLabel(self.signatureTab)
        self.recipientsLabel.setObjectName(u"recipientsLabel")
        self.recipientsLabel.setWordWrap(True)

        self.signatureForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.recipientsLabel)

        self.recipientsEdit = QPlainTextEdit(self.signatureTab)
        self.recipientsEdit.setObjectName(u"recipientsEdit")
        self.recipientsEdit.setTabChangesFocus(True)

        self.signatureForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.recipientsEdit)

        self.secrecyLabel = QLabel(self.signatureTab)
        self.secrecyLabel.setObjectName(u"secrecyLabel")

        self.signatureForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.secrecyLabel)

        self.secrecyCombo = QComboBox(self.signatureTab)
        self.secrecyCombo.setObjectName(u"secrecyCombo")

        self.signatureForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.secrecyCombo)

        self.urgencyLabel = QLabel(self.signatureTab)
        self.urgencyLabel.setObjectName(u"urgencyLabel")

        self.signatureForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.urgencyLabel)

        self.urgencyCombo = QComboBox(self.signatureTab)
        self.urgencyCombo.setObjectName(u"urgencyCombo")

        self.signatureForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.urgencyCombo)

        self.tabs.addTab(self.signatureTab, "")
        self.splitter.addWidget(self.tabs)
        self.preview = PdfPreview(self.splitter)
        self.preview.setObjectName(u"preview")
        self.splitter.addWidget(self.preview)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.addresseesLabel.setBuddy(self.addresseesEdit)
        self.enactorLabel.setBuddy(self.enactorEdit)
        self.basesLabel.setBuddy(self.basesEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.signerLabel.setBuddy(self.signerCombo)
        self.authorityLabel.setBuddy(self.authorityEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.recipientsLabel.setBuddy(self.recipientsEdit)
        self.secrecyLabel.setBuddy(self.secrecyCombo)
        self.urgencyLabel.setBuddy(self.urgencyCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.subjectEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.bodyEdit)

        self.retranslateUi(ComposerWindow)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ComposerWindow)
    # setupUi

    def retranslateUi(self, ComposerWindow):
        ComposerWindow.setWindowTitle(QCoreApplication.translate("ComposerWindow", u"So\u1ea1n th\u00f4ng b\u00e1o k\u1ebft lu\u1eadn", None))
        self.titleLabel.setText(QCoreApplication.translate("ComposerWindow", u"Th\u00f4ng b\u00e1o k\u1ebft lu\u1eadn", None))
        self.issueButton.setText(QCoreApplication.translate("ComposerWindow", u"C\u1ea5p s\u1ed1\u2026", None))
#if QT_CONFIG(tooltip)
        self.issueButton.setToolTip(QCoreApplication.translate("ComposerWindow", u"L\u1ea5y s\u1ed1 ti\u1ebfp theo trong s\u1ed5 v\u0103n b\u1ea3n \u0111i v\u00e0 ban h\u00e0nh v\u0103n b\u1ea3n (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.correctionButton.setText(QCoreApplication.translate("ComposerWindow", u"T\u1ea1o b\u1ea3n \u0111\u00ednh ch\u00ednh", None))
#if QT_CONFIG(tooltip)
        self.correctionButton.setToolTip(QCoreApplication.translate("ComposerWindow", u"V\u0103n b\u1ea3n \u0111\u00e3 ban h\u00e0nh kh\u00f4ng s\u1eeda \u0111\u01b0\u1ee3c: t\u1ea1o m\u1ed9t d\u1ef1 th\u1ea3o m\u1edbi thay th\u1ebf n\u00f3", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ComposerWindow", u"In\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ComposerWindow", u"In qua h\u1ed9p tho\u1ea1i in c\u1ee7a h\u1ec7 th\u1ed1ng (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.exportPdfButton.setText(QCoreApplication.translate("ComposerWindow", u"Xu\u1ea5t PDF\u2026", None))
        self.exportDocxButton.setText(QCoreApplication.translate("ComposerWindow", u"Xu\u1ea5t Word\u2026", None))
#if QT_CONFIG(tooltip)
        self.errorsList.setToolTip(QCoreApplication.translate("ComposerWindow", u"Nh\u1ea5n v\u00e0o m\u1ed9t l\u1ed7i \u0111\u1ec3 \u0111\u1ebfn \u00f4 c\u1ea7n s\u1eeda", None))
#endif // QT_CONFIG(tooltip)
        self.subjectLabel.setText(QCoreApplication.translate("ComposerWindow", u"&Tr\u00edch y\u1ebfu:", None))
        self.placeLabel.setText(QCoreApplication.translate("ComposerWindow", u"\u0110\u1ecba &danh, ng\u00e0y:", None))
        self.addresseesLabel.setText(QCoreApplication.translate("ComposerWindow", u"K\u00ednh &g\u1eedi (m\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i):", None))
        self.enactorLabel.setText(QCoreApplication.translate("ComposerWindow", u"Th\u1ea9m quy\u1ec1n &ban h\u00e0nh:", None))
        self.enactorEdit.setPlaceholderText(QCoreApplication.translate("ComposerWindow", u"BAN TH\u01af\u1edcNG V\u1ee4 \u0110\u1ea2NG \u1ee6Y \u2026", None))
        self.basesLabel.setText(QCoreApplication.translate("ComposerWindow", u"C\u0103n &c\u1ee9 (m\u1ed7i d\u00f2ng m\u1ed9t c\u0103n c\u1ee9):", None))
        self.bodyLabel.setText(QCoreApplication.translate("ComposerWindow", u"N\u1ed9i d&ung:", None))
        self.refreshButton.setText(QCoreApplication.translate("ComposerWindow", u"C\u1eadp nh\u1eadt t\u1eeb bi\u00ean b\u1ea3n\u2026", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("ComposerWindow", u"\u0110\u01b0a c\u00e1c thay \u0111\u1ed5i c\u1ee7a bi\u00ean b\u1ea3n (k\u1ebft lu\u1eadn, nhi\u1ec7m v\u1ee5 th\u00eam, b\u1ecf, s\u1eeda) v\u00e0o d\u1ef1 th\u1ea3o; xem v\u00e0 ch\u1ecdn t\u1eebng thay \u0111\u1ed5i, ph\u1ea7n b\u1ea1n t\u1ef1 g\u00f5 \u0111\u01b0\u1ee3c gi\u1eef nguy\u00ean", None))
#endif // QT_CONFIG(tooltip)
        self.paragraphButton.setText(QCoreApplication.translate("ComposerWindow", u"\u0110o\u1ea1n v\u0103n", None))
#if QT_CONFIG(tooltip)
        self.paragraphButton.setToolTip(QCoreApplication.translate("ComposerWindow", u"D\u00f2ng hi\u1ec7n t\u1ea1i l\u00e0 \u0111o\u1ea1n v\u0103n (Ctrl+1)", None))
#endif // QT_CONFIG(tooltip)
        self.headingButton.setText(QCoreApplication.translate("ComposerWindow", u"\u0110\u1ec1 m\u1ee5c", None))
#if QT_CONFIG(tooltip)
        self.headingButton.setToolTip(QCoreApplication.translate("ComposerWindow", u"D\u00f2ng hi\u1ec7n t\u1ea1i l\u00e0 \u0111\u1ec1 m\u1ee5c in \u0111\u1eadm, v\u00ed d\u1ee5 \u201c1. K\u1ebft lu\u1eadn H\u1ed9i ngh\u1ecb\u201d (Ctrl+2)", None))
#endif // QT_CONFIG(tooltip)
        self.subheadingButton.setText(QCoreApplication.translate("ComposerWindow", u"Nh\u00f3m nhi\u1ec7m v\u1ee5", None))
#if QT_CONFIG(tooltip)
        self.subheadingButton.setToolTip(QCoreApplication.translate("ComposerWindow", u"D\u00f2ng hi\u1ec7n t\u1ea1i l\u00e0 nh\u00f3m nhi\u1ec7m v\u1ee5, v\u00ed d\u1ee5 \u201cV\u1ec1 c\u00f4ng t\u00e1c th\u00f4ng tin:\u201d (Ctrl+3)", None))
#endif // QT_CONFIG(tooltip)
        self.itemButton.setText(QCoreApplication.translate("ComposerWindow", u"Nhi\u1ec7m v\u1ee5", None))
#if QT_CONFIG(tooltip)
        self.itemButton.setToolTip(QCoreApplication.translate("ComposerWindow", u"D\u00f2ng hi\u1ec7n t\u1ea1i l\u00e0 m\u1ed9t nhi\u1ec7m v\u1ee5 \u201c- \u2026\u201d, \u0111\u01b0\u1ee3c theo d\u00f5i sau khi ban h\u00e0nh (Ctrl+4)", None))
#endif // QT_CONFIG(tooltip)
        self.bodyHelpLabel.setText(QCoreApplication.translate("ComposerWindow", u"M\u1ed7i d\u00f2ng l\u00e0 m\u1ed9t kh\u1ed1i. \u201c# \u201d \u0111\u1ea7u d\u00f2ng: \u0111\u1ec1 m\u1ee5c; \u201c## \u201d: nh\u00f3m nhi\u1ec7m v\u1ee5; \u201c- \u201d: nhi\u1ec7m v\u1ee5; \u201c---\u201d: sang trang; c\u00f2n l\u1ea1i: \u0111o\u1ea1n v\u0103n.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contentTab), QCoreApplication.translate("ComposerWindow", u"&N\u1ed9i dung", None))
        self.directivesNote.setText(QCoreApplication.translate("ComposerWindow", u"M\u1ed7i nhi\u1ec7m v\u1ee5 \u201c- \u2026\u201d trong ph\u1ea7n k\u1ebft lu\u1eadn s\u1ebd \u0111\u01b0\u1ee3c theo d\u00f5i sau khi ban h\u00e0nh. Ch\u1ecdn \u0111\u01a1n v\u1ecb ch\u1ee7 tr\u00ec, \u0111\u01a1n v\u1ecb ph\u1ed1i h\u1ee3p v\u00e0 th\u1eddi h\u1ea1n (ho\u1eb7c \u201cTh\u01b0\u1eddng xuy\u00ean\u201d).", None))
        self.emptyDirectivesLabel.setText(QCoreApplication.translate("ComposerWindow", u"Ph\u1ea7n k\u1ebft lu\u1eadn ch\u01b0a c\u00f3 nhi\u1ec7m v\u1ee5 n\u00e0o. Trong th\u1ebb \u201cN\u1ed9i dung\u201d, g\u00f5 m\u1ed9t d\u00f2ng nh\u00f3m \u201c## V\u1ec1 c\u00f4ng t\u00e1c \u2026:\u201d r\u1ed3i m\u1ed7i nhi\u1ec7m v\u1ee5 m\u1ed9t d\u00f2ng b\u1eaft \u0111\u1ea7u b\u1eb1ng \u201c- \u201d.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.directivesTab), QCoreApplication.translate("ComposerWindow", u"Nhi\u1ec7&m v\u1ee5, th\u1eddi h\u1ea1n", None))
        self.signerLabel.setText(QCoreApplication.translate("ComposerWindow", u"&Ng\u01b0\u1eddi k\u00fd:", None))
        self.authorityLabel.setText(QCoreApplication.translate("ComposerWindow", u"&Quy\u1ec1n h\u1ea1n k\u00fd:", None))
        self.authorityEdit.setPlaceholderText(QCoreApplication.translate("ComposerWindow", u"T/M \u0110\u1ea2NG \u1ee6Y", None))
        self.positionLabel.setText(QCoreApplication.translate("ComposerWindow", u"&Ch\u1ee9c v\u1ee5:", None))
        self.positionEdit.setPlaceholderText(QCoreApplication.translate("ComposerWindow", u"PH\u00d3 B\u00cd TH\u01af", None))
        self.nameLabel.setText(QCoreApplication.translate("ComposerWindow", u"&H\u1ecd v\u00e0 t\u00ean:", None))
        self.recipientsLabel.setText(QCoreApplication.translate("ComposerWindow", u"N\u01a1i nh\u1eadn (m\u1ed7i d\u00f2ng &m\u1ed9t n\u01a1i):", None))
        self.secrecyLabel.setText(QCoreApplication.translate("ComposerWindow", u"\u0110\u1ed9 &m\u1eadt:", None))
        self.urgencyLabel.setText(QCoreApplication.translate("ComposerWindow", u"\u0110\u1ed9 &kh\u1ea9n:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.signatureTab), QCoreApplication.translate("ComposerWindow", u"&K\u00fd, n\u01a1i nh\u1eadn", None))
    # retranslateUi

