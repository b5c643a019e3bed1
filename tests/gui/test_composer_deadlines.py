"""The composer proposes each task's deadline from its words; the secretary takes it with one key
(issue 12)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from shiboken6 import isValid

from secretary_app.domain.deadlines import suggest_deadline
from secretary_app.gui.documents.composer_windows import open_composer_for_meeting
from secretary_app.gui.documents.directive_plans import COL_DEADLINE, COL_LEAD, COL_ONGOING
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database

ITEMS = [
    "Ban Tổ chức hoàn thành đề án vị trí việc làm trước ngày 20/12/2021",
    "Các đơn vị thực hiện thường xuyên việc cập nhật thông tin",
    "Văn phòng xây dựng kế hoạch kiểm tra trong Quý I/2022",
    "Chuẩn bị văn kiện trình Đại hội, hoàn thành trước Đại hội",
]


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    yield context
    context.close()


@pytest.fixture
def composer(qtbot, ctx, presenter):
    meeting = ctx.meetings.list_meetings()[0]
    presenter.answers = [1]  # the demo's notice 239 is issued: "Soạn thông báo bổ sung, điều chỉnh"
    window = open_composer_for_meeting(None, ctx, meeting.id)
    qtbot.addWidget(window)
    window.show()
    # A supplement is dated the day it is made (today); this one was made a week after the 2021 meeting.
    window.ui.dateEdit.setDate(QDate(2021, 10, 20))
    blocks = [b for b in window.ui.bodyEdit.blocks() if b["type"] not in ("item", "subheading")]
    blocks += [{"type": "subheading", "text": "Về nhiệm vụ:"}]
    blocks += [{"type": "item", "text": text, "ref": f"d{i}"} for i, text in enumerate(ITEMS)]
    window.ui.bodyEdit.set_blocks(blocks)
    window.ui.tabs.setCurrentWidget(window.ui.directivesTab)
    yield window
    if isValid(window):
        window.discard_changes()
        window.close()


def widgets(composer, index: int):
    table, row = composer.ui.directivesTable, composer.plans.item_row(index)
    return table.cellWidget(row, COL_DEADLINE), table.cellWidget(row, COL_ONGOING)


def plan(composer, ref: str):
    return composer.ctx.issuing.directive_plan(composer.document, ref)


def test_deadlines_are_proposed_and_taken_with_one_key(qtbot, composer):
    doc_date = composer.plans._doc_date()
    expected = suggest_deadline(ITEMS[0], doc_date).deadline
    assert expected is not None and expected < date(2021, 12, 20)  # "trước ngày 20/12": the 20th is late
    edit, _box = widgets(composer, 0)
    # Proposed, not filled in: nothing is saved until the secretary takes it.
    assert edit.text() == "" and edit.placeholderText() == f"→ {expected:%d/%m/%Y}"
    assert plan(composer, "d0").deadline is None
    edit.setFocus()
    QTest.qWait(10)
    composer.plans._edit_focused(edit)  # offscreen focus events are not guaranteed: show it as focus does
    hint = composer.plans.hint_label.text()
    assert f"{expected:%d/%m/%Y}" in hint and "Enter/Ctrl+D" in hint and "trước ngày 20/12/2021" in hint
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == f"{expected:%d/%m/%Y}" and plan(composer, "d0").deadline == expected
    assert not composer.plans.hint_label.isVisibleTo(composer)  # taken: nothing left to propose

    # "thường xuyên" ticks ongoing (Ctrl+D).
    edit, box = widgets(composer, 1)
    assert not box.isChecked()
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert box.isChecked() and plan(composer, "d1").ongoing

    # A period: its last working day is tracked, its words kept for printing, also after other edits.
    edit, _box = widgets(composer, 2)
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert (plan(composer, "d2").deadline, plan(composer, "d2").deadline_text) == (
        date(2022, 3, 31),
        "Quý I/2022",
    )
    lead = composer.ui.directivesTable.cellWidget(composer.plans.item_row(2), COL_LEAD)
    lead.setCurrentIndex(1)
    assert plan(composer, "d2").deadline_text == "Quý I/2022"

    # An event with no date: the note says so and asks; taking it keeps the words, no date.
    edit, _box = widgets(composer, 3)
    edit.setFocus()
    composer.plans._edit_focused(edit)
    assert "Đại hội" in composer.plans.hint_label.text()
    assert "hãy nhập ngày" in composer.plans.hint_label.text()
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert plan(composer, "d3").deadline is None and "Đại hội" in plan(composer, "d3").deadline_text

    # A typed deadline is the secretary's: no proposal over it.
    edit, _box = widgets(composer, 0)
    edit.clear()
    edit.setText("31/12/2021")
    assert composer.plans.suggestion("d0") is None


def test_plan_table_keeps_the_task_words_readable_in_a_narrow_window(qtbot, composer):
    """Seen on an 823-px composer: the task column got ~50 px, one word per line, and every field was
    stretched to a row as tall as the screen. On a 1024-px screen the side columns give way (ColumnFitter)
    and the task's words wrap to a few lines."""
    composer.resize(1010, 680)
    composer.ui.splitter.setSizes([606, 404])
    QTest.qWait(50)
    table = composer.ui.directivesTable
    assert table.columnWidth(0) >= 160, [table.columnWidth(c) for c in range(table.columnCount())]
    header = table.horizontalHeader()
    assert table.columnWidth(4) >= header.fontMetrics().horizontalAdvance("Thường xuyên")  # not clipped
    lines = table.rowHeight(composer.plans.item_row(0)) / table.fontMetrics().lineSpacing()
    assert lines <= 6  # a few lines, not one word per line (14 lines at 48 px)
    composer.resize(1600, 700)
    composer.ui.splitter.setSizes([1200, 400])
    QTest.qWait(50)
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    assert widths[1:4] == [160, 110, 130]  # room enough: the side columns at their widths
