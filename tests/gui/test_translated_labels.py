"""In English the screen shows the labels the Qt-free layers make (deadline statuses, enum values, history
actions, search hit kinds) in English, while a document rendered in the same session keeps them Vietnamese:
those layers only mark them (QT_TRANSLATE_NOOP) and the GUI translates at display time (gui.i18n.ui_label)."""

from __future__ import annotations

import io
import unicodedata

import pdfplumber
import pytest
from PySide6.QtCore import Qt

from gui.demo_window import AFTER, close_window, open_demo_window
from secretary_app.domain.deadlines import DeadlineStatus as S
from secretary_app.gui.directives.dialogs import DirectiveHistoryDialog
from secretary_app.gui.directives.report_dialog import KIND_STATUS, build_report
from secretary_app.gui.shell.main_window import PAGE_DIRECTIVES, PAGE_DOCUMENTS, PAGE_MEETINGS
from secretary_app.rendering import render_pdf
from secretary_app.services import follow_up
from secretary_app.services.directives_board import BoardFilter
from secretary_app.services.reports import Period


@pytest.fixture
def english(qapp, monkeypatch):
    from secretary_app.gui.shared.i18n import install_translator

    monkeypatch.setenv("SECRETARY_LANG", "en")
    translator = install_translator(qapp)
    assert translator is not None
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def win(english, qtbot, tmp_path):
    window = open_demo_window(qtbot, tmp_path)
    yield window
    close_window(window)


def column_texts(page, column: str) -> list[str]:
    model, col = page.model, page.model.COLUMNS.index(column)
    return [model.data(model.index(i, col)) for i in range(model.rowCount()) if model.row_at(i) is not None]


def test_home_chart_and_board_show_english_statuses(win):
    chart = win.overview_page.chart
    lines = chart.toolTip().splitlines()
    assert lines[:8] == [
        "Overdue, not done: 9",
        "No deadline set: 0",
        "Not yet due: 0",
        "In progress (on time): 0",
        "Ongoing: 5",
        "Done on time: 4",
        "Done late: 0",
        "Cancelled: 0",
    ]

    win.show_page(PAGE_DIRECTIVES)
    page = win.directives_page
    page.set_statuses(None)
    statuses = column_texts(page, "status")
    assert statuses.count("Ongoing") == 5 and statuses.count("Overdue, not done") == 9
    assert sum(s.startswith("Done on time\n(") for s in statuses) == 4
    assert column_texts(page, "deadline").count("Ongoing") == 5  # a standing duty's deadline column
    assert [a.text() for a in page.ui.statusButton.menu().actions()][3:5] == ["Ongoing", "No deadline set"]
    page.set_statuses([S.OVERDUE])
    assert page.ui.statusButton.text() == "Status: Overdue, not done"


def test_history_actions_and_changed_fields_are_english(win, qtbot):
    ctx = win.ctx
    first, second = [r for r in ctx.board.rows(BoardFilter(), AFTER) if r.status == S.OVERDUE][:2]
    follow_up.add_progress(ctx, first.id, AFTER, "Đã dự thảo")
    directive = ctx.directives.get(first.id)
    directive.heading = "Về công tác tổ chức"
    ctx.directives.save(directive)  # audited as "update: heading"
    follow_up.tick_off(ctx, [second.id], AFTER, "Xong", today=AFTER)

    def shown(row) -> list[tuple[str, str]]:
        dialog = DirectiveHistoryDialog(ctx, row)
        qtbot.addWidget(dialog)
        assert "Overdue, not done" in dialog.ui.contentLabel.text()
        table = dialog.ui.historyTable
        return [(table.item(i, 1).text(), table.item(i, 2).text()) for i in range(table.rowCount())]

    first_lines = shown(first)
    assert ("Progress", "Đã dự thảo") in first_lines  # what the secretary typed stays as typed
    assert ("Edited", "Changed group") in first_lines
    assert [what for what, _ in shown(second)][-1] == "Marked as done"
    # The service still speaks Vietnamese (for anything that prints it).
    entries = follow_up.history(ctx, first.id)
    assert {"Tiến độ", "Sửa"} <= {e.what for e in entries} and "Thay đổi nhóm" in {e.text for e in entries}


def test_a_report_rendered_in_an_english_session_keeps_vietnamese_statuses(win):
    assert win.overview_page.chart.toolTip().startswith("Overdue, not done: 9")  # the screen is English
    content = build_report(win.ctx, KIND_STATUS, Period.quarter(2021, 4), None, AFTER)
    texts = [block.text for block in content.body]
    assert "Quá hạn chưa hoàn thành: 9 (50,0%)" in texts
    (chart,) = [block for block in content.body if block.type == "chart"]
    assert {s.name for s in chart.series} == {
        "Thường xuyên",
        "Quá hạn chưa hoàn thành",
        "Hoàn thành đúng hạn",
    }

    buffer = io.BytesIO()
    render_pdf(content, buffer)
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        text = unicodedata.normalize("NFC", "\n".join(page.extract_text() or "" for page in pdf.pages))
    assert "Quá hạn chưa hoàn thành: 9" in text and "Hoàn thành đúng hạn" in text
    assert "Overdue" not in text and "Ongoing" not in text


def test_search_hit_kinds_and_enum_labels_are_english(win):
    from secretary_app.gui.search.popup import hit_html

    hits = win.ctx.search.search("hoi nghi")
    kinds = {hit.kind: hit_html(hit) for hit in hits}
    assert kinds["minutes"].startswith("<span style='color:#1d4f91'>[Minutes]</span>")
    assert "[Conclusion/task]" in kinds["directive"] and "[Document]" in kinds["document"]
    assert {hit.kind_label for hit in hits} <= {"Cuộc họp", "Biên bản", "Văn bản", "Kết luận, nhiệm vụ"}
    win.show_page(PAGE_MEETINGS)
    model = win.meetings_page.model
    assert model.index(0, 3).data(Qt.ItemDataRole.DisplayRole) == "Minutes finalised"  # "Biên bản đã chốt"
    win.show_page(PAGE_DOCUMENTS)
    documents = win.documents_page
    shown = {documents.model.index(r, c).data() for r in range(documents.model.rowCount())
             for c in range(documents.model.columnCount())}  # fmt: skip
    assert {"Notice", "Issued"} <= shown
