"""The notice composer: editing with a live preview, directive plans, autosave, Cấp số, corrections."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from shiboken6 import isValid

from gui.helpers import type_text
from secretary_app.domain import models as m
from secretary_app.gui.documents.body_editor import BodyEditor, block_line, line_type
from secretary_app.gui.documents.composer_windows import (
    open_composer,
    open_composer_for_meeting,
    open_windows,
)
from secretary_app.gui.documents.directive_plans import COL_DEADLINE, COL_LEAD, COL_ONGOING
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database

CONCLUSION = [
    {"type": "heading", "text": "3. Kết luận Hội nghị"},
    {"type": "subheading", "text": "Về công tác thông tin:"},
    {"type": "item", "text": "Các đơn vị thông tin bám sát tình hình", "ref": "r1"},
    {"type": "item", "text": "Tăng cường thông tin đối ngoại", "ref": "r2"},
]


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    yield context
    context.close()


@pytest.fixture
def composer(qtbot, ctx, presenter):
    meeting = ctx.meetings.list_meetings()[0]
    presenter.answers = [1]  # the demo meeting's notice 239 is issued: "Soạn thông báo bổ sung, điều chỉnh"
    window = open_composer_for_meeting(None, ctx, meeting.id)
    presenter.messages.clear()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ui.preview.renders >= 1, timeout=15000)
    yield window
    if isValid(window):
        window.discard_changes()
        window.close()


def _with_conclusion(window) -> None:
    """Replace the demo's 18 conclusion tasks by the two of CONCLUSION, so the table is small to check."""
    blocks = [b for b in window.ui.bodyEdit.blocks() if b["type"] not in ("item", "subheading")] + CONCLUSION
    window.ui.bodyEdit.set_blocks(blocks)  # emits textChanged -> the composer takes it in


def test_line_syntax_round_trips():
    for block in CONCLUSION + [{"type": "paragraph", "text": "Một đoạn văn."}, {"type": "page_break"}]:
        kind, text = line_type(block_line(block))
        assert kind == block["type"] and text == block.get("text", "")


def test_body_editor_keeps_refs_through_edits(qtbot):
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_blocks(CONCLUSION)
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    type_text(editor, " ở nước ngoài")
    blocks = editor.blocks()
    assert blocks[-1] == {"type": "item", "text": "Tăng cường thông tin đối ngoại ở nước ngoài", "ref": "r2"}
    type_text(editor, "\n- Nhiệm vụ mới")
    new = editor.blocks()[-1]
    assert new["type"] == "item" and new["ref"] not in ("r1", "r2")
    assert editor.blocks()[-1]["ref"] == new["ref"]  # a new item keeps the ref it was given
    editor.move_line(-1)  # Alt+Up: reorder without the mouse
    assert [b.get("ref") for b in editor.blocks()][-2:] == [new["ref"], "r2"]
    editor.set_line_type("paragraph")
    assert editor.blocks()[-2] == {"type": "paragraph", "text": "Nhiệm vụ mới"}


def test_compose_shows_draft_preview_and_saves_typing(qtbot, composer, ctx):
    ui = composer.ui
    assert not composer.is_issued and ui.issueButton.isVisible()
    assert ui.preview.page_count() >= 1
    assert ui.recipientsEdit.toPlainText().splitlines()[0] == "Thường trực Đảng ủy (để b/c)"
    renders = ui.preview.renders
    cursor = ui.bodyEdit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    ui.bodyEdit.setTextCursor(cursor)
    type_text(ui.bodyEdit, "\nĐồng chí Bí thư nhấn mạnh yêu cầu đổi mới./.")
    qtbot.waitUntil(lambda: ui.preview.renders > renders, timeout=15000)
    assert composer.has_unsaved_changes()
    qtbot.waitUntil(lambda: not composer.has_unsaved_changes(), timeout=5000)  # debounced autosave
    stored = ctx.documents.get(composer.document.id)
    assert stored.content["body"][-1]["text"] == "Đồng chí Bí thư nhấn mạnh yêu cầu đổi mới./."


def test_plans_deadline_check_and_issue(qtbot, composer, ctx, presenter):
    _with_conclusion(composer)
    table = composer.ui.directivesTable
    assert table.rowCount() == 3  # the group "Về công tác thông tin" and its two items
    assert (
        table.item(0, 0).text() == "Về công tác thông tin" and table.columnSpan(0, 0) == table.columnCount()
    )
    first, second = composer.plans.item_row(0), composer.plans.item_row(1)
    lead = table.cellWidget(first, COL_LEAD)
    lead.setCurrentIndex(lead.findText("Ban Biên tập Tin Trong nước"))
    deadline = table.cellWidget(first, COL_DEADLINE)
    type_text(deadline, "01/10/2021")  # before the meeting (12/10/2021)
    assert "trước ngày họp 12/10/2021" in composer.ui.planErrorLabel.text()
    table.cellWidget(second, COL_ONGOING).setChecked(True)

    assert not composer.issue()
    assert not presenter.messages  # a document that cannot be issued is not offered a number
    assert composer.ui.errorsList.isVisible() and "trước ngày họp" in composer.ui.errorsList.item(0).text()
    assert composer.ui.tabs.currentWidget() is composer.ui.directivesTab

    deadline.clear()
    type_text(deadline, "31/12/2021")
    assert composer.ui.planErrorLabel.text() == ""
    presenter.answers = [0]
    assert composer.issue()
    assert presenter.messages[-1].buttons[0] == "Cấp số 240-TB/ĐU"
    assert composer.document.number == 240 and composer.is_issued
    assert "240-TB/ĐU" in composer.ui.stateLabel.text()
    assert composer.ui.bodyEdit.isReadOnly() and not composer.ui.issueButton.isVisible()
    directives = [d for d in ctx.directives.list_directives() if d.document_id == composer.document.id]
    assert [(d.content, d.deadline, d.ongoing) for d in directives] == [
        ("Các đơn vị thông tin bám sát tình hình", date(2021, 12, 31), False),
        ("Tăng cường thông tin đối ngoại", None, True),
    ]
    assert directives[0].lead_unit_id is not None
    assert table.rowCount() == 3 and table.item(1, COL_LEAD).text() == "TTN"  # the directives it created


def test_cancel_issue_takes_no_number(composer, ctx, presenter):
    presenter.answers = [1]
    assert not composer.issue()
    assert ctx.documents.get(composer.document.id).status == m.DocumentStatus.DRAFT
    assert ctx.issuing.next_number(composer.document) == 240


def test_issued_document_opens_read_only_and_correction(qtbot, ctx, presenter):
    issued = next(d for d in ctx.documents.list_documents() if d.number == 239)
    window = open_composer(None, ctx, issued.id)
    qtbot.addWidget(window)
    assert window.is_issued and window.ui.correctionButton.isVisible()
    assert window.ui.directivesTable.rowCount() > 0
    assert open_composer(None, ctx, issued.id) is window  # one window per document
    window.create_correction()
    correction = max(ctx.documents.list_documents(), key=lambda d: d.id)
    assert correction.version == 2 and correction.supersedes_id == issued.id
    (other,) = [w for w in open_windows(ctx) if w.document.id == correction.id]  # opened in its own window
    qtbot.addWidget(other)
    assert open_composer(None, ctx, correction.id) is other
    assert not other.is_issued and "phiên bản 2" in other.ui.stateLabel.text()


def test_second_compose_offers_the_existing_draft(qtbot, composer, ctx, presenter):
    presenter.answers = [1]  # "Mở dự thảo đang soạn"
    again = open_composer_for_meeting(None, ctx, composer.document.meeting_id)
    assert again is composer
    assert presenter.messages[-1].buttons[:3] == [
        "Mở thông báo đã ban hành",
        "Mở dự thảo đang soạn",
        "Soạn thông báo bổ sung, điều chỉnh",
    ]


def test_compose_again_after_issuing_warns_and_drafts_a_supplement(qtbot, ctx, presenter):
    """Issue 12: a second "Soạn thông báo kết luận" on the demo meeting (239-TB/ĐU issued) silently made
    240-TB/ĐU with 18 duplicate tasks."""
    meeting = ctx.meetings.list_meetings()[0]
    before = len(ctx.directives.list_directives())
    presenter.answers = [0]  # "Mở thông báo đã ban hành"
    issued = open_composer_for_meeting(None, ctx, meeting.id)
    qtbot.addWidget(issued)
    warning = presenter.messages[-1]
    assert "239-TB/ĐU" in warning.text and warning.buttons[0] == "Mở thông báo đã ban hành"
    assert issued.is_issued and issued.document.number == 239
    presenter.answers = [1]  # "Soạn thông báo bổ sung, điều chỉnh"
    supplement = open_composer_for_meeting(None, ctx, meeting.id)
    qtbot.addWidget(supplement)
    assert not supplement.is_issued
    assert supplement.document.subject.startswith("Bổ sung, điều chỉnh Thông báo")
    # Each item says what issuing will do: the demo's items are all tasks of 239 already.
    table = supplement.ui.directivesTable
    first = table.item(supplement.plans.item_row(0), 0)
    assert "Đã có" in first.text()
    presenter.answers = [0]
    assert supplement.issue()
    assert len(ctx.directives.list_directives()) == before  # no duplicate tasks
    supplement.discard_changes()


def test_missing_signer_name_goes_to_the_field(qtbot, composer, presenter):
    composer.ui.tabs.setCurrentIndex(0)
    composer.ui.nameEdit.clear()
    composer.ui.nameEdit.textEdited.emit("")
    presenter.answers = [0]
    assert not composer.issue()
    assert composer.ui.tabs.currentWidget() is composer.ui.signatureTab
    assert "signature.name" in composer.ui.errorsList.item(0).text()
    qtbot.waitUntil(lambda: "Chưa xem trước được" in composer.ui.preview.status.text(), timeout=15000)


def test_keyboard_shortcuts_set_line_types(qtbot, composer):
    editor = composer.ui.bodyEdit
    composer.activateWindow()
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    type_text(editor, "\nVề công tác tổ chức:")
    QTest.keyClick(editor, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert editor.blocks()[-1] == {"type": "subheading", "text": "Về công tác tổ chức:"}


def test_composer_reads_only_its_own_records(qtbot, ctx, presenter, monkeypatch):
    """Finding a meeting's draft and showing a notice's directives are narrow service reads, not a scan of
    every document and directive of the database."""

    def scan(*_args):
        raise AssertionError("the composer must not load every record")

    monkeypatch.setattr(ctx.documents, "list_documents", scan)
    monkeypatch.setattr(ctx.directives, "list_directives", scan)
    meeting = ctx.meetings.list_meetings()[0]
    presenter.answers = [1]  # the notice 239 is issued: "Soạn thông báo bổ sung, điều chỉnh"
    first = open_composer_for_meeting(None, ctx, meeting.id)
    qtbot.addWidget(first)
    presenter.answers = [1]  # "Mở dự thảo đang soạn"
    assert open_composer_for_meeting(None, ctx, meeting.id) is first
    issued = open_composer(None, ctx, 1)  # the demo's notice 239, with its 18 directives
    qtbot.addWidget(issued)
    assert issued.is_issued and issued.ui.directivesTable.rowCount() > 18  # the items and their group rows
    first.discard_changes()  # qtbot closes both windows


def test_an_incomplete_draft_is_not_sent_to_the_printer(composer, presenter):
    """The composer hands printing a typed Document: a draft that does not parse is refused in the window,
    its problem listed and its field shown, before any dialog or worker."""
    composer.ui.nameEdit.clear()
    composer.ui.nameEdit.textEdited.emit("")
    composer.export("pdf")
    composer.print_document()
    assert not presenter.messages  # no save or print dialog was offered
    assert "signature.name" in composer.ui.errorsList.item(0).text()
    assert composer.ui.tabs.currentWidget() is composer.ui.signatureTab


def test_closing_right_after_typing_keeps_the_typing(qtbot, composer, ctx, presenter):
    """The composer autosaves: its X (or Ctrl+W) saves the draft instead of asking to drop it (issue 11)."""
    ui = composer.ui
    cursor = ui.bodyEdit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    ui.bodyEdit.setTextCursor(cursor)
    type_text(ui.bodyEdit, "\nGiao Văn phòng theo dõi./.")
    assert composer.has_unsaved_changes()  # before the debounced autosave
    document_id = composer.document.id
    composer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it again at teardown
    composer.close()
    assert presenter.messages == []
    assert ctx.documents.get(document_id).content["body"][-1]["text"] == "Giao Văn phòng theo dõi./."
