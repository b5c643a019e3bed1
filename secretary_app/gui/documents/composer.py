"""The notice composer: edit a draft conclusion notice with a live preview, plan its directives, issue it.

Entry points (the meetings page and the Văn bản page call these)::

    open_composer_for_meeting(parent, ctx, meeting_id)   # "Soạn thông báo kết luận" on a meeting
    open_composer(parent, ctx, document_id)               # an existing draft (editable) or issued notice

One window per document: opening it again brings the open window forward. The window works on the GUI
thread's AppContext (short writes); only the preview and printing/export render in workers.

* Every edit updates the preview after a 300 ms pause and saves the draft after :data:`AUTOSAVE_MS` (and on
  close, Ctrl+S); the services normalise to NFC.
* The "Nhiệm vụ, thời hạn" tab lists the items of the conclusion ("- …" under "## Về …:") with lead unit,
  cooperating units and deadline (a date, a text such as "Quý IV/2021", or "Thường xuyên"), stored with
  ``IssuingService.set_directive_plan``. A deadline before the meeting date is flagged at once.
* "Cấp số" shows the number the document will take (read-only preview) and asks; ``issue`` then takes the
  real number atomically. Errors are listed above the editor; clicking one goes to the field. An issued
  notice opens read-only with its number and the directives it created; "Tạo bản đính chính" starts a new
  version.
"""

from __future__ import annotations

import copy
import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QMenu,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from secretary_app.domain import models as m
from secretary_app.domain.document import (
    SECRECY_MARKS,
    URGENCY_MARKS,
    BodyBlock,
    Document,
    Issuer,
    Signature,
    conclusion_groups,
)
from secretary_app.domain.errors import NotFoundError, ReadOnlyRecordError, StorageError
from secretary_app.domain.text import DateParseError, parse_vn_date, vn_date_short
from secretary_app.domain.validation import FieldError, ValidationError
from secretary_app.gui.forms.ui_composer import Ui_ComposerWindow
from secretary_app.gui.shared import messages, printing
from secretary_app.gui.shared.i18n import enum_label, translate
from secretary_app.gui.shared.page import make_note, make_title
from secretary_app.gui.shared.style import STYLE_SHEET
from secretary_app.gui.shared.tasks import error_message
from secretary_app.services.issuing import DirectivePlan

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500
COL_TEXT, COL_LEAD, COL_COOP, COL_DEADLINE, COL_ONGOING = range(5)
TAB_CONTENT, TAB_DIRECTIVES, TAB_SIGNATURE = range(3)

_open_windows: dict[tuple[str, int], ComposerWindow] = {}


def _window_key(ctx: AppContext, document_id: int) -> tuple[str, int]:
    return (str(ctx.db_path), document_id)


def open_windows(ctx: AppContext) -> list[ComposerWindow]:
    """The composer windows open on ``ctx``'s database (the main window saves or closes them with it)."""
    return [w for (path, _id), w in list(_open_windows.items()) if path == str(ctx.db_path) and isValid(w)]


def open_composer(parent: QWidget | None, ctx: AppContext, document_id: int) -> ComposerWindow:
    """Show the composer for ``document_id`` (bringing an already open one to the front)."""
    window = _open_windows.get(_window_key(ctx, document_id))
    if window is not None and isValid(window):
        window.showNormal()
        window.raise_()
        window.activateWindow()
        return window
    window = ComposerWindow(ctx, ctx.documents.get(document_id), parent)
    window.show()
    return window


def open_composer_for_meeting(
    parent: QWidget | None, ctx: AppContext, meeting_id: int, signer: m.Signer | None = None
) -> ComposerWindow | None:
    """ "Soạn thông báo kết luận" for a meeting: offers the existing draft, else drafts a new notice."""
    drafts = [
        d
        for d in ctx.documents.list_documents()
        if d.meeting_id == meeting_id
        and d.kind == m.DocumentKind.NOTICE
        and d.status == m.DocumentStatus.DRAFT
    ]
    if drafts:
        choice = messages.choose(
            parent,
            translate("ComposerWindow", "Đã có dự thảo"),
            translate(
                "ComposerWindow",
                "Cuộc họp này đã có dự thảo thông báo kết luận (lưu lần cuối {0}). Mở dự thảo đó hay soạn "
                "một dự thảo mới từ biên bản?",
            ).format(vn_date_short(drafts[0].doc_date) if drafts[0].doc_date else "…"),
            [
                translate("ComposerWindow", "Mở dự thảo"),
                translate("ComposerWindow", "Soạn mới"),
                translate("ComposerWindow", "Hủy"),
            ],
            escape=2,
        )
        if choice == 0:
            return open_composer(parent, ctx, drafts[0].id)
        if choice != 1:
            return None
    try:
        document = ctx.issuing.draft_notice(meeting_id, signer)
    except (ValidationError, NotFoundError, StorageError) as exc:
        messages.warn(parent, translate("ComposerWindow", "Chưa soạn được thông báo"), error_message(exc))
        return None
    return open_composer(parent, ctx, document.id)


def _grouped_rows(items: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """(heading, item) pairs -> table rows: a (heading, None) group row before each run of one heading."""
    rows: list[tuple[str, Any]] = []
    last: str | None = None
    for heading, item in items:
        if heading != last:
            rows.append((heading, None))
            last = heading
        rows.append((heading, item))
    return rows


class _WheelGuard(QObject):
    """Combo boxes inside the table must not change value when the secretary scrolls the table."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QComboBox) and not obj.hasFocus():
            event.ignore()
            return True
        return False


class ComposerWindow(QWidget):
    saved = Signal(object)  # the StoredDocument after a save
    issued = Signal(object)  # the StoredDocument after issuing

    def __init__(self, ctx: AppContext, document: m.StoredDocument, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.document = document
        self.ui = Ui_ComposerWindow()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE_SHEET)
        make_title(self.ui.titleLabel)
        make_note(self.ui.stateLabel)
        make_note(self.ui.bodyHelpLabel)
        make_note(self.ui.directivesNote)
        make_note(self.ui.emptyDirectivesLabel)
        self.ui.planErrorLabel.setProperty("role", "error")
        self.ui.errorsList.setStyleSheet("QListWidget { color: #c62828; }")
        self.ui.splitter.setStretchFactor(0, 5)
        self.ui.splitter.setStretchFactor(1, 4)
        self.ui.dateEdit.setMinimumDate(QDate(1945, 1, 1))
        self._wheel_guard = _WheelGuard(self)

        profile = ctx.organisation.get()
        self._profile = profile
        self._units = [u for u in ctx.units.list_units() if u.active]
        self._meeting_date = self._load_meeting_date()
        self._loading = False
        self._dirty = False
        self._item_rows: list[str] = []  # refs of the conclusion items, in order
        self._row_of: dict[str, int] = {}  # ref -> table row (group rows sit between items)
        self._layout_key: list[str] = []  # what the table shows now: refs, "" for a group row
        self._row_errors: dict[str, str] = {}

        self._fill_choices()
        self._connect()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self._load()
        _open_windows[_window_key(ctx, document.id)] = self
        self.resize(1280, 820)
        self.ui.splitter.setSizes([700, 580])  # the editor side gets the room; the preview fits the width

    # -- setup -----------------------------------------------------------------------------------------
    def _load_meeting_date(self) -> date | None:
        if self.document.meeting_id is None:
            return None
        try:
            return self.ctx.meetings.get(self.document.meeting_id).start.date()
        except NotFoundError:
            return None

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.signerCombo.addItem(self.tr("(nhập tay)"), None)
        for signer in self._profile.signers if self._profile else []:
            ui.signerCombo.addItem(f"{signer.name} — {signer.authority} {signer.position}".strip(), signer)
        ui.secrecyCombo.addItem(self.tr("(không)"), "")
        for mark in SECRECY_MARKS:
            ui.secrecyCombo.addItem(mark, mark)
        ui.urgencyCombo.addItem(self.tr("(không)"), "")
        for mark in URGENCY_MARKS:
            ui.urgencyCombo.addItem(mark, mark)
        table = ui.directivesTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(self._draft_headers())
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_LEAD, 160), (COL_COOP, 110), (COL_DEADLINE, 100)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(col, width)
        header.setSectionResizeMode(COL_ONGOING, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.subjectEdit, ui.bodyEdit, ui.recipientsEdit):
            edit.textChanged.connect(self._changed)
        for line in (ui.placeEdit, ui.authorityEdit, ui.positionEdit, ui.nameEdit):
            line.textEdited.connect(self._changed)
        ui.dateEdit.dateChanged.connect(self._changed)
        ui.secrecyCombo.currentIndexChanged.connect(self._changed)
        ui.urgencyCombo.currentIndexChanged.connect(self._changed)
        ui.signerCombo.activated.connect(self._signer_chosen)
        ui.paragraphButton.clicked.connect(lambda: self._set_line_type("paragraph"))
        ui.headingButton.clicked.connect(lambda: self._set_line_type("heading"))
        ui.subheadingButton.clicked.connect(lambda: self._set_line_type("subheading"))
        ui.itemButton.clicked.connect(lambda: self._set_line_type("item"))
        ui.issueButton.clicked.connect(self.issue)
        ui.correctionButton.clicked.connect(self.create_correction)
        ui.printButton.clicked.connect(self.print_document)
        ui.exportPdfButton.clicked.connect(lambda: self.export("pdf"))
        ui.exportDocxButton.clicked.connect(lambda: self.export("docx"))
        ui.errorsList.itemActivated.connect(self._go_to_error)
        ui.errorsList.itemClicked.connect(self._go_to_error)
        for keys, slot in (
            ("Ctrl+S", self.save),
            ("Ctrl+P", self.print_document),
            ("Ctrl+Return", self.issue),
            ("Ctrl+W", self.close),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

    def _set_line_type(self, kind: str) -> None:
        self.ui.bodyEdit.set_line_type(kind)
        self.ui.bodyEdit.setFocus()

    # -- document <-> widgets --------------------------------------------------------------------------
    @property
    def is_issued(self) -> bool:
        return self.document.status == m.DocumentStatus.ISSUED

    def _load(self) -> None:
        ui, content = self.ui, self.document.content
        self._loading = True
        try:
            ui.subjectEdit.setPlainText(content.get("subject", ""))
            ui.placeEdit.setText(content.get("place", ""))
            when = (
                date.fromisoformat(content["date"])
                if content.get("date")
                else (self._meeting_date or date.today())
            )
            ui.dateEdit.setDate(QDate(when.year, when.month, when.day))
            ui.bodyEdit.set_blocks(list(content.get("body", [])))
            signature = content.get("signature") or {}
            ui.authorityEdit.setText(signature.get("authority", ""))
            ui.positionEdit.setText(signature.get("position", ""))
            ui.nameEdit.setText(signature.get("name", ""))
            index = next(
                (
                    i
                    for i in range(1, ui.signerCombo.count())
                    if ui.signerCombo.itemData(i).name == signature.get("name")
                ),
                0,
            )
            ui.signerCombo.setCurrentIndex(index)
            ui.recipientsEdit.setPlainText("\n".join(content.get("recipients", [])))
            marks = content.get("marks") or {}
            ui.secrecyCombo.setCurrentIndex(max(0, ui.secrecyCombo.findData(marks.get("secrecy") or "")))
            ui.urgencyCombo.setCurrentIndex(max(0, ui.urgencyCombo.findData(marks.get("urgency") or "")))
        finally:
            self._loading = False
        self._apply_state()
        self._rebuild_directives()
        ui.preview.set_content(self.document.content)
        ui.preview.render_now()

    def content(self) -> dict[str, Any]:
        """The document dict as the widgets show it now (the stored content's other keys are kept)."""
        ui = self.ui
        content = copy.deepcopy(self.document.content)
        when = ui.dateEdit.date()
        signature = {
            "authority": ui.authorityEdit.text().strip(),
            "position": ui.positionEdit.text().strip(),
            "name": ui.nameEdit.text().strip(),
        }
        content.update(
            subject=" ".join(ui.subjectEdit.toPlainText().split()),
            place=ui.placeEdit.text().strip(),
            date=date(when.year(), when.month(), when.day()).isoformat(),
            body=ui.bodyEdit.blocks(),
            signature={k: v for k, v in signature.items() if v or k == "name"},
            recipients=[
                line.strip() for line in ui.recipientsEdit.toPlainText().splitlines() if line.strip()
            ],
            marks={
                "secrecy": ui.secrecyCombo.currentData() or None,
                "urgency": ui.urgencyCombo.currentData() or None,
            },
        )
        return content

    def _changed(self, *_args: Any) -> None:
        if self._loading or self.is_issued:
            return
        self.document.content = self.content()
        self.ui.preview.set_content(self.document.content)
        self._mark_dirty()
        self._rebuild_directives()

    def _mark_dirty(self) -> None:
        self._dirty = True
        self.setWindowModified(True)
        self._autosave.start()

    def _signer_chosen(self, index: int) -> None:
        signer = self.ui.signerCombo.itemData(index)
        if signer is None:
            self.ui.authorityEdit.setFocus()
            return
        self.ui.authorityEdit.setText(signer.authority)
        self.ui.positionEdit.setText(signer.position)
        self.ui.nameEdit.setText(signer.name)
        self._changed()

    def _apply_state(self) -> None:
        """Editable draft or read-only issued document: widgets, buttons, title and state line."""
        ui, issued = self.ui, self.is_issued
        for edit in (ui.subjectEdit, ui.bodyEdit, ui.recipientsEdit):
            edit.setReadOnly(issued)
        for line in (ui.placeEdit, ui.authorityEdit, ui.positionEdit, ui.nameEdit):
            line.setReadOnly(issued)
        ui.dateEdit.setReadOnly(issued)
        for widget in (
            ui.signerCombo,
            ui.secrecyCombo,
            ui.urgencyCombo,
            ui.paragraphButton,
            ui.headingButton,
            ui.subheadingButton,
            ui.itemButton,
        ):
            widget.setEnabled(not issued)
        ui.issueButton.setVisible(not issued)
        ui.correctionButton.setVisible(issued)
        ui.bodyHelpLabel.setVisible(not issued)
        ui.errorsList.setVisible(ui.errorsList.count() > 0)
        kind = enum_label(self.document.kind)
        if issued:
            state = self.tr(
                "Đã ban hành: Số {0}, ngày {1}. Văn bản đã ban hành không sửa được; muốn sửa, "
                "hãy tạo bản đính chính."
            ).format(self.symbol(), vn_date_short(self.document.doc_date))
            title = self.tr("{0} số {1}").format(kind, self.symbol())
            ui.stateLabel.setProperty("role", "success")
        else:
            state = self.tr("Dự thảo — tự động lưu khi bạn gõ.")
            if self.document.version > 1:
                state = self.tr("Bản đính chính (phiên bản {0}) — dự thảo, tự động lưu.").format(
                    self.document.version
                )
            title = self.tr("Soạn {0}").format(kind.lower())
            ui.stateLabel.setProperty("role", "note")
        ui.stateLabel.setText(state)
        ui.stateLabel.style().unpolish(ui.stateLabel)
        ui.stateLabel.style().polish(ui.stateLabel)
        ui.titleLabel.setText(title)
        subject = self.document.subject or self.tr("(chưa có trích yếu)")
        self.setWindowTitle(f"{title} — {subject[:80]}[*]")
        ui.directivesNote.setText(
            self.tr("Các nhiệm vụ đã được đưa vào theo dõi khi ban hành văn bản này.")
            if issued
            else self.tr(
                "Mỗi nhiệm vụ “- …” trong phần kết luận sẽ được theo dõi sau khi ban hành. Chọn đơn vị "
                "chủ trì, đơn vị phối hợp và thời hạn: một ngày (31/12/2021), một mốc bằng chữ "
                "(Quý IV/2021) hoặc đánh dấu “Thường xuyên”."
            )
        )

    def symbol(self, number: int | None = None) -> str:
        """ "240-TB/ĐU": the document's symbol, or the one it would print with ``number``."""
        return self.ctx.issuing.symbol(self.document, number)

    # -- directives (conclusion items) -----------------------------------------------------------------
    def conclusion_items(self) -> list[tuple[str, BodyBlock]]:
        """(group heading, item block) for every conclusion item of the current body."""
        blocks = [
            BodyBlock(type=b["type"], text=b.get("text", ""), ref=b.get("ref", ""))
            for b in self.document.content.get("body", [])
        ]
        skeleton = Document(
            standard="party",
            kind="notice",
            issuer=Issuer("", ""),
            type_code="",
            place="",
            date=None,
            signature=Signature(""),
            body=blocks,
        )
        return [(heading, block) for heading, items in conclusion_groups(skeleton) for block in items]

    def _rebuild_directives(self) -> None:
        if self.is_issued:
            self._show_issued_directives()
            return
        items = self.conclusion_items()
        rows = _grouped_rows([(heading, block) for heading, block in items])
        key = ["" if block is None else block.ref for _heading, block in rows]
        table = self.ui.directivesTable
        if key == self._layout_key:  # the same items in the same groups: only texts may have changed
            for row, (heading, block) in enumerate(rows):
                self._set_text_cell(row, COL_TEXT, self._group_text(heading) if block is None else block.text)
            return
        self._reset_table(len(rows), self._draft_headers())
        self._layout_key = key
        for row, (heading, block) in enumerate(rows):
            if block is None:
                self._group_row(row, heading)
                continue
            plan = self.ctx.issuing.directive_plan(self.document, block.ref)
            self._item_rows.append(block.ref)
            self._row_of[block.ref] = row
            self._set_text_cell(row, COL_TEXT, block.text)
            table.setCellWidget(row, COL_LEAD, self._lead_combo(block.ref, plan))
            table.setCellWidget(row, COL_COOP, self._coop_button(block.ref, plan))
            table.setCellWidget(row, COL_DEADLINE, self._deadline_edit(block.ref, plan))
            table.setCellWidget(row, COL_ONGOING, self._ongoing_box(block.ref, plan))
        self.ui.tabs.setTabText(TAB_DIRECTIVES, self.tr("Nhiệ&m vụ, thời hạn ({0})").format(len(items)))
        table.setVisible(bool(items))
        self.ui.emptyDirectivesLabel.setVisible(not items)
        self._check_plans()

    def _draft_headers(self) -> list[str]:
        return [
            self.tr("Nhiệm vụ"),
            self.tr("Chủ trì"),
            self.tr("Phối hợp"),
            self.tr("Thời hạn"),
            self.tr("Thường xuyên"),
        ]

    def _reset_table(self, count: int, headers: list[str]) -> None:
        """Empty the table, cell widgets included, for ``count`` rows under ``headers``."""
        table = self.ui.directivesTable
        table.clearSpans()
        for row in range(table.rowCount()):
            for col in range(table.columnCount()):
                widget = table.cellWidget(row, col)
                if widget is not None:
                    widget.hide()  # deleted later, when control is back in the event loop: not shown till then
                    table.removeCellWidget(row, col)
        table.setRowCount(0)
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(count)
        self._item_rows, self._row_of, self._layout_key = [], {}, []

    def _group_text(self, heading: str) -> str:
        return heading.rstrip(":").strip() or self.tr("(không thuộc nhóm nào)")

    def _group_row(self, row: int, heading: str) -> None:
        """A group ("Về công tác …") as a full-width row above its items, so the items get the width."""
        table = self.ui.directivesTable
        self._set_text_cell(row, COL_TEXT, self._group_text(heading))
        item = table.item(row, COL_TEXT)
        font = item.font()
        font.setBold(True)
        font.setItalic(True)
        item.setFont(font)
        item.setBackground(QColor("#eef1f5"))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        table.setSpan(row, 0, 1, table.columnCount())

    def item_row(self, index: int) -> int:
        """The table row of the ``index``-th conclusion item (group rows sit between items)."""
        return self._row_of[self._item_rows[index]]

    def _set_text_cell(self, row: int, col: int, text: str) -> None:
        table = self.ui.directivesTable
        item = table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            table.setItem(row, col, item)
        if item.text() != text:
            item.setText(text)
            item.setToolTip(text)

    def _unit_name(self, unit_id: int | None) -> str:
        return next((u.short_name or u.name for u in self._units if u.id == unit_id), "")

    def _lead_combo(self, ref: str, plan: DirectivePlan) -> QComboBox:
        combo = QComboBox()
        combo.installEventFilter(self._wheel_guard)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.addItem(self.tr("— chọn đơn vị —"), None)
        for unit in self._units:
            combo.addItem(unit.name, unit.id)
        combo.setCurrentIndex(max(0, combo.findData(plan.lead_unit_id)) if plan.lead_unit_id else 0)
        combo.currentIndexChanged.connect(lambda _i, ref=ref: self._plan_edited(ref))
        return combo

    def _coop_button(self, ref: str, plan: DirectivePlan) -> QToolButton:
        button = QToolButton()
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        for unit in self._units:
            action = QAction(unit.name, menu)
            action.setCheckable(True)
            action.setChecked(unit.id in plan.cooperating_unit_ids)
            action.setData(unit.id)
            action.toggled.connect(lambda _on, ref=ref: self._plan_edited(ref))
            menu.addAction(action)
        button.setMenu(menu)
        self._label_coop(button)
        return button

    def _label_coop(self, button: QToolButton) -> None:
        chosen = [a.data() for a in button.menu().actions() if a.isChecked()]
        button.setText(", ".join(self._unit_name(u) for u in chosen) or self.tr("(không)"))

    def _deadline_edit(self, ref: str, plan: DirectivePlan) -> QLineEdit:
        edit = QLineEdit(vn_date_short(plan.deadline) if plan.deadline else plan.deadline_text)
        edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        edit.setToolTip(
            self.tr("Một ngày (31/12/2021) để theo dõi quá hạn, hoặc một mốc bằng chữ (Quý IV/2021).")
        )
        edit.setEnabled(not plan.ongoing)
        edit.textEdited.connect(lambda _t, ref=ref: self._plan_edited(ref))
        return edit

    def _ongoing_box(self, ref: str, plan: DirectivePlan) -> QWidget:
        box = QCheckBox()
        box.setToolTip(self.tr("Nhiệm vụ thường xuyên: không có hạn, không bao giờ quá hạn"))
        box.setAccessibleName(self.tr("Thường xuyên"))
        box.setChecked(plan.ongoing)
        box.toggled.connect(lambda _on, ref=ref: self._plan_edited(ref))
        return box

    def _row_widgets(self, row: int) -> tuple[QComboBox, QToolButton, QLineEdit, QCheckBox]:
        table = self.ui.directivesTable
        return (
            table.cellWidget(row, COL_LEAD),
            table.cellWidget(row, COL_COOP),
            table.cellWidget(row, COL_DEADLINE),
            table.cellWidget(row, COL_ONGOING),
        )

    def _plan_from_row(self, row: int) -> DirectivePlan:
        lead, coop, deadline_edit, ongoing_box = self._row_widgets(row)
        text = deadline_edit.text().strip()
        deadline: date | None = None
        deadline_text = ""
        if text:
            try:
                deadline = parse_vn_date(text)
            except DateParseError:
                deadline_text = text  # a deadline in words: printed and kept, not checked for overdue
        return DirectivePlan(
            lead_unit_id=lead.currentData(),
            cooperating_unit_ids=[a.data() for a in coop.menu().actions() if a.isChecked()],
            deadline=deadline,
            ongoing=ongoing_box.isChecked(),
            deadline_text=deadline_text,
        )

    def _plan_edited(self, ref: str) -> None:
        if self.is_issued or ref not in self._row_of:
            return
        row = self._row_of[ref]
        _lead, coop, deadline_edit, ongoing_box = self._row_widgets(row)
        self._label_coop(coop)
        deadline_edit.setEnabled(not ongoing_box.isChecked())
        self.ctx.issuing.set_directive_plan(self.document, ref, self._plan_from_row(row))
        self._check_plans()
        self._mark_dirty()

    def _check_plans(self) -> list[FieldError]:
        """Flag deadlines before the meeting date now, not only when issuing; returns the problems."""
        errors: list[FieldError] = []
        for index, ref in enumerate(self._item_rows):
            plan = self.ctx.issuing.directive_plan(self.document, ref)
            bad = (
                plan.deadline is not None
                and not plan.ongoing
                and self._meeting_date is not None
                and plan.deadline < self._meeting_date
            )
            edit = self._row_widgets(self._row_of[ref])[2]
            edit.setStyleSheet("QLineEdit { border: 1px solid #c62828; background: #fdecea; }" if bad else "")
            if bad:
                errors.append(
                    FieldError(
                        f"directives[{ref}]",
                        self.tr("Nhiệm vụ {0}: hạn {1} trước ngày họp {2}.").format(
                            index + 1, vn_date_short(plan.deadline), vn_date_short(self._meeting_date)
                        ),
                    )
                )
        self.ui.planErrorLabel.setText("\n".join(e.message for e in errors))
        return errors

    def _show_issued_directives(self) -> None:
        directives = [d for d in self.ctx.directives.list_directives() if d.document_id == self.document.id]
        rows = _grouped_rows([(d.heading, d) for d in directives])
        self._reset_table(
            len(rows),
            [
                self.tr("Nhiệm vụ"),
                self.tr("Chủ trì"),
                self.tr("Phối hợp"),
                self.tr("Thời hạn"),
                self.tr("Trạng thái"),
            ],
        )
        for row, (heading, d) in enumerate(rows):
            if d is None:
                self._group_row(row, heading)
                continue
            deadline = (
                self.tr("Thường xuyên")
                if d.ongoing
                else (vn_date_short(d.deadline) if d.deadline else d.deadline_text)
            )
            values = [
                d.content,
                self._unit_name(d.lead_unit_id),
                ", ".join(self._unit_name(u) for u in d.cooperating_unit_ids),
                deadline,
                enum_label(d.status),
            ]
            for col, value in enumerate(values):
                self._set_text_cell(row, col, value)
        self.ui.directivesTable.resizeColumnToContents(COL_DEADLINE)  # "Thường xuyên" in full
        self.ui.tabs.setTabText(TAB_DIRECTIVES, self.tr("Nhiệ&m vụ đã giao ({0})").format(len(directives)))
        self.ui.directivesTable.setVisible(bool(directives))
        self.ui.emptyDirectivesLabel.setVisible(not directives)
        self.ui.planErrorLabel.setText("")

    # -- saving and issuing ----------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def discard_changes(self) -> None:
        """Forget unsaved edits (the secretary chose "Không lưu" when leaving the database)."""
        self._autosave.stop()
        self._dirty = False
        self.setWindowModified(False)

    def save(self) -> bool:
        """Save the draft now; False (with the reason shown) if it could not be saved."""
        self._autosave.stop()
        if not self._dirty or self.is_issued:
            return True
        self.document.content = self.content()
        try:
            self.document = self.ctx.issuing.save_draft(self.document)
        except (ValidationError, ReadOnlyRecordError, StorageError, NotFoundError) as exc:
            messages.error(self, self.tr("Chưa lưu được dự thảo"), error_message(exc))
            return False
        self._dirty = False
        self.setWindowModified(False)
        self.ui.stateLabel.setText(
            self.tr("Dự thảo — đã lưu lúc {0}.").format(QTime.currentTime().toString("HH:mm:ss"))
        )
        self.saved.emit(self.document)
        return True

    def issue(self) -> bool:
        """ "Cấp số": confirm with the number it will take, then issue. True if issued."""
        if self.is_issued or not self.save():
            return False
        plan_errors = self._check_plans()
        if plan_errors:  # known before asking: no confirmation for a document that cannot be issued
            self.show_errors(plan_errors)
            return False
        self.show_errors([])
        try:
            preview = self.ctx.issuing.next_number(self.document)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        symbol = self.symbol(preview)
        when = (
            vn_date_short(self.document.doc_date) if self.document.doc_date else vn_date_short(date.today())
        )
        choice = messages.choose(
            self,
            self.tr("Cấp số văn bản"),
            self.tr(
                "Văn bản sẽ được cấp Số {0}, ngày {1}.\n\nSau khi cấp số, văn bản không sửa được nữa; "
                "muốn sửa phải tạo bản đính chính. Cấp số ngay?"
            ).format(symbol, when),
            [self.tr("Cấp số {0}").format(symbol), self.tr("Hủy")],
            escape=1,
        )
        if choice != 0:
            return False
        try:
            issued = self.ctx.issuing.issue(self.document.id)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except (ReadOnlyRecordError, StorageError) as exc:
            messages.error(self, self.tr("Không cấp số được"), exc.message)
            self.document = self.ctx.documents.get(self.document.id)
            self._apply_state()
            return False
        self.document = issued
        if issued.number != preview:
            messages.inform(
                self,
                self.tr("Số đã thay đổi"),
                self.tr(
                    "Trong lúc chờ, Số {0} đã được cấp cho một văn bản khác. Văn bản này nhận Số {1}."
                ).format(symbol, self.symbol()),
            )
        self._dirty = False
        self.setWindowModified(False)
        self._apply_state()
        self._rebuild_directives()
        self.ui.preview.set_content(self.document.content)
        self.ui.preview.render_now()
        self.issued.emit(issued)
        return True

    def show_errors(self, errors: list[FieldError]) -> None:
        """List the errors above the editor; each one leads to its field."""
        errors_list = self.ui.errorsList
        errors_list.clear()
        for error in errors:
            item = QListWidgetItem(error.message)
            item.setData(Qt.ItemDataRole.UserRole, error.field)
            errors_list.addItem(item)
        errors_list.setVisible(bool(errors))
        if errors:
            self._go_to_field(errors[0].field)

    def _go_to_error(self, item: QListWidgetItem) -> None:
        self._go_to_field(item.data(Qt.ItemDataRole.UserRole))

    def _go_to_field(self, key: str) -> None:
        ui = self.ui
        if key.startswith("directives["):
            ref = key[len("directives[") : -1]
            ui.tabs.setCurrentIndex(TAB_DIRECTIVES)
            if ref in self._row_of:
                row = self._row_of[ref]
                ui.directivesTable.selectRow(row)
                self._row_widgets(row)[2].setFocus()
            return
        targets = {
            "subject": (TAB_CONTENT, ui.subjectEdit),
            "place": (TAB_CONTENT, ui.placeEdit),
            "date": (TAB_CONTENT, ui.dateEdit),
            "body": (TAB_CONTENT, ui.bodyEdit),
            "title": (TAB_CONTENT, ui.subjectEdit),
            "signature.authority": (TAB_SIGNATURE, ui.authorityEdit),
            "signature.position": (TAB_SIGNATURE, ui.positionEdit),
            "signature.name": (TAB_SIGNATURE, ui.nameEdit),
            "signature": (TAB_SIGNATURE, ui.nameEdit),
            "recipients": (TAB_SIGNATURE, ui.recipientsEdit),
            "marks": (TAB_SIGNATURE, ui.secrecyCombo),
        }
        base = key.split("[", 1)[0]
        tab, widget = targets.get(key) or targets.get(base) or targets.get(key.split(".", 1)[0], (None, None))
        if widget is not None:
            ui.tabs.setCurrentIndex(tab)
            widget.setFocus()

    def create_correction(self) -> None:
        """ "Tạo bản đính chính": a new draft version of this issued document, opened in its own window."""
        try:
            correction = self.ctx.issuing.new_version(self.document.id)
        except (ReadOnlyRecordError, StorageError, NotFoundError) as exc:
            messages.error(self, self.tr("Không tạo được bản đính chính"), getattr(exc, "message", str(exc)))
            return
        open_composer(self.parentWidget(), self.ctx, correction.id)

    # -- output ----------------------------------------------------------------------------------------
    def _file_name(self) -> str:
        if self.is_issued:
            return self.symbol()
        return self.tr("Du-thao-{0}").format(self.document.type_code)

    def print_document(self) -> None:
        printing.print_document(self, self._output_content())

    def export(self, fmt: str) -> None:
        printing.export_document(self, self._output_content(), self._file_name(), fmt)

    def _output_content(self) -> dict[str, Any]:
        return self.document.content if self.is_issued else self.content()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self.is_issued and not self.save():
            choice = messages.choose(
                self,
                self.tr("Chưa lưu được"),
                self.tr("Dự thảo chưa lưu được. Đóng cửa sổ và bỏ các thay đổi chưa lưu?"),
                [self.tr("Đóng, bỏ thay đổi"), self.tr("Ở lại")],
                escape=1,
            )
            if choice != 0:
                event.ignore()
                return
        _open_windows.pop(_window_key(self.ctx, self.document.id), None)
        event.accept()
