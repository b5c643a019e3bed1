"""The whole path a secretary walks: meeting with minutes -> compose the notice -> plan a directive ->
Cấp số -> export the PDF -> the directives exist. Plus: numbers never collide, the preview follows typing."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pdfplumber
import pytest

from gui.helpers import type_text
from secretary_app.domain import models as m
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.gui.documents.composer_windows import open_composer
from secretary_app.gui.documents.directive_plans import COL_DEADLINE, COL_LEAD
from secretary_app.gui.shell.main_window import PAGE_DOCUMENTS
from secretary_app.services.context import open_context

CONCLUSION = """Đồng chí Bí thư kết luận:
Về công tác thông tin:
- Các đơn vị thông tin bám sát tình hình, thông tin kịp thời các sự kiện chính trị
- Tăng cường thông tin đối ngoại
Về công tác xây dựng Đảng:
- Hoàn thành kiểm điểm tập thể, cá nhân năm 2026"""


def _set_up(ctx) -> m.Meeting:
    ctx.organisation.save(
        m.OrganisationProfile(
            issuing_body="ĐẢNG ỦY CƠ QUAN THỬ NGHIỆM",
            parent_body="ĐẢNG BỘ KHỐI",
            code="ĐU",
            place="Hà Nội",
            term_start=date(2025, 10, 1),
            office_name="VPĐU",
            default_recipients=["Các chi bộ trực thuộc", "Lưu VPĐU"],
            signers=[m.Signer(name="Trần Thị Bích", position="BÍ THƯ", authority="T/M ĐẢNG ỦY")],
        )
    )
    for name, short in (("Văn phòng Đảng ủy", "VPĐU"), ("Ban Tuyên giáo", "BTG")):
        ctx.units.save(m.Unit(name=name, short_name=short))
    agenda = m.AgendaItem(title="Kết luận Hội nghị", presenter="Trần Thị Bích")
    return ctx.meetings.create(
        m.Meeting(
            title="Hội nghị Ban Thường vụ tháng 3 năm 2026",
            kind="Hội nghị Ban Thường vụ",
            start=datetime(2026, 3, 10, 8, 0),
            place="Phòng họp số 1",
            chair="Trần Thị Bích",
            secretary="Lê Văn An",
            agenda=[agenda],
            minutes=[m.MinutesEntry(m.MinutesEntryKind.CONCLUSION, CONCLUSION, "Trần Thị Bích", agenda.uuid)],
        )
    )


@pytest.fixture
def main(qtbot, db_path):
    from secretary_app.app import build_main_window

    ctx = open_context(db_path, create=True)
    meeting = _set_up(ctx)
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    yield window, meeting
    if window.ctx is not None:
        window.ctx.close()
        window.ctx = None


def test_meeting_to_issued_notice_pdf_and_directives(qtbot, main, presenter, tmp_path):
    window, meeting = main
    window.show_page(PAGE_DOCUMENTS)
    page = window.documents_page
    composer = page.compose_for_meeting(meeting.id)
    qtbot.addWidget(composer)
    ui = composer.ui
    qtbot.waitUntil(lambda: ui.preview.renders >= 1, timeout=15000)
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data() == "(chưa cấp số)"

    # Edit like a secretary: the subject, then watch the preview follow.
    shown = ui.preview.renders
    cursor = ui.subjectEdit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    ui.subjectEdit.setTextCursor(cursor)
    type_text(ui.subjectEdit, " (phiên họp thường kỳ)")
    qtbot.waitUntil(lambda: ui.preview.renders > shown, timeout=15000)

    table = ui.directivesTable
    assert table.rowCount() == 5  # two groups, three items
    assert [table.item(r, 0).text() for r in range(5)] == [
        "Về công tác thông tin",
        "Các đơn vị thông tin bám sát tình hình, thông tin kịp thời các sự kiện chính trị",
        "Tăng cường thông tin đối ngoại",
        "Về công tác xây dựng Đảng",
        "Hoàn thành kiểm điểm tập thể, cá nhân năm 2026",
    ]
    lead = table.cellWidget(composer.plans.item_row(0), COL_LEAD)
    lead.setCurrentIndex(lead.findText("Ban Tuyên giáo"))
    type_text(table.cellWidget(composer.plans.item_row(0), COL_DEADLINE), "30/06/2026")

    presenter.answers = [0]
    assert composer.issue()
    assert presenter.messages[-1].buttons[0] == "Cấp số 01-TB/ĐU"
    assert "01-TB/ĐU" in ui.stateLabel.text()

    out = tmp_path / "thong-bao.pdf"
    presenter.save_paths = [out]
    task = None

    def capture(fmt):
        nonlocal task
        from secretary_app.gui.shared import printing

        task = printing.export_document(
            composer, document_from_dict(composer.document.content), composer.symbol(), fmt
        )

    capture("pdf")
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    with pdfplumber.open(out) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
    assert "Số 01-TB/ĐU" in text
    assert "DỰ THẢO" not in text
    assert "(phiên họp thường kỳ)" in text
    assert "- Tăng cường thông tin đối ngoại;" in text or "- Tăng cường thông tin đối ngoại" in text

    ctx = window.ctx
    directives = [d for d in ctx.directives.list_directives() if d.document_id == composer.document.id]
    assert len(directives) == 3
    first = directives[0]
    assert first.heading == "Về công tác thông tin" and first.deadline == date(2026, 6, 30)
    assert next(u for u in ctx.units.list_units() if u.id == first.lead_unit_id).name == "Ban Tuyên giáo"

    window.show_page(PAGE_DOCUMENTS)
    assert page.model.index(0, 0).data() == "01-TB/ĐU"
    assert page.register_model.rowCount() == 1


def test_two_composers_on_two_connections_never_share_a_number(qtbot, main, presenter, db_path):
    window, meeting = main
    ctx_a, ctx_b = window.ctx, open_context(db_path, create=True)
    try:
        a = open_composer(None, ctx_a, ctx_a.issuing.draft_notice(meeting.id).id)
        b = open_composer(None, ctx_b, ctx_b.issuing.draft_notice(meeting.id).id)
        qtbot.addWidget(a)
        qtbot.addWidget(b)
        # Both confirmations show "01"; B issues while A's question is still open.
        original = presenter.message

        def answer(parent, level, title, text, buttons, default=0, escape=None):
            if parent is a and title == "Cấp số văn bản":
                presenter.message = original
                presenter.answers = [0]
                assert b.issue()
                presenter.answers = [0]  # then A confirms its own question, showing the stale "01"
            return original(parent, level, title, text, buttons, default, escape)

        presenter.message = answer
        assert a.issue()
        assert {a.document.number, b.document.number} == {1, 2}
        assert any(msg.title == "Số đã thay đổi" for msg in presenter.messages)  # A was told it changed
    finally:
        presenter.message = type(presenter).message.__get__(presenter)
        ctx_b.close()


def test_concurrent_issue_from_threads_with_own_connections(db_path, main):
    window, meeting = main
    drafts = [window.ctx.issuing.draft_notice(meeting.id).id for _ in range(6)]
    numbers, errors = [], []
    barrier = threading.Barrier(len(drafts))

    def issue(document_id):
        ctx = open_context(db_path, create=True)  # a connection per thread, never shared
        try:
            barrier.wait()
            numbers.append(ctx.issuing.issue(document_id).number)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            ctx.close()

    threads = [threading.Thread(target=issue, args=(d,)) for d in drafts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    assert sorted(numbers) == list(range(1, len(drafts) + 1))
