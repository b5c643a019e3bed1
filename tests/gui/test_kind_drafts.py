"""The other kinds in the GUI (issue 14): "Soạn giấy mời" on a meeting in one click, the other kinds a meeting
drafts, "Văn bản mới theo mẫu" on the documents page, and the composer's rows for Kính gửi, the enactor, the
"Căn cứ" lines and the "Điều 1. …" article lines."""

from __future__ import annotations

from datetime import datetime

import pytest
from shiboken6 import isValid

from secretary_app.domain import models as m
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.gui.documents.body_editor import BodyEditor
from secretary_app.gui.documents.composer_windows import open_windows
from secretary_app.gui.shell.main_window import PAGE_MEETINGS


@pytest.fixture
def meeting(window):
    ctx = window.ctx
    ctx.organisation.save(
        m.OrganisationProfile(
            issuing_body="ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM",
            code="ĐU",
            place="Hà Nội",
            office_name="VPĐU",
            signers=[m.Signer("Hà Thị Mai An", "PHÓ BÍ THƯ", "T/M ĐẢNG ỦY")],
        )
    )
    return ctx.meetings.create(
        m.Meeting(
            title="Hội nghị Ban Thường vụ Đảng ủy tháng 12 năm 2026",
            kind="Hội nghị Ban Thường vụ",
            start=datetime(2026, 12, 14, 8, 0),
            place="Phòng họp tầng 3",
            chair="Hà Thị Mai An",
            agenda=[m.AgendaItem(title="Báo cáo công tác năm 2026", presenter="Nguyễn Văn B")],
        )
    )


def _close_all(window) -> None:
    for composer in open_windows(window.ctx):
        if isValid(composer):
            composer.discard_changes()
            composer.close()


def test_soan_giay_moi_drafts_the_invitation_of_the_selected_meeting(window, meeting, qtbot):
    window.show_page(PAGE_MEETINGS)
    page = window.meetings_page
    assert page.select_meeting(meeting.id)
    assert page.ui.inviteButton.defaultAction() is page.invite_action and page.invite_action.isEnabled()
    page.invite_action.trigger()
    composers = open_windows(window.ctx)
    assert len(composers) == 1
    composer = composers[0]
    try:
        assert composer.document.kind == m.DocumentKind.INVITATION
        assert composer.ui.titleLabel.text() == "Soạn giấy mời"
        text = composer.ui.bodyEdit.toPlainText()
        assert "Thời gian: 08 giờ 00 phút, thứ Hai, ngày 14/12/2026." in text
        assert "Địa điểm: Phòng họp tầng 3." in text and "Đề nghị" in text
        assert not composer.ui.enactorEdit.isVisible() and not composer.ui.basesEdit.isVisible()
        # The arrow of the button: the other kinds a meeting drafts.
        names = [a.objectName() for a in page.kinds_menu.actions()]
        assert names == ["draft_invitation", "draft_programme", "draft_resolution", "draft_conclusion"]
        next(a for a in page.kinds_menu.actions() if a.objectName() == "draft_programme").trigger()
        kinds = {c.document.kind for c in open_windows(window.ctx)}
        assert kinds == {m.DocumentKind.INVITATION, m.DocumentKind.PROGRAMME}
    finally:
        _close_all(window)


def test_a_decision_from_its_template_edits_enactor_bases_and_articles(window, meeting, qtbot, tmp_path):
    page = window.documents_page
    page.set_context(window.ctx)
    page._fill_compose_menu()
    templates = next(a.menu() for a in page._compose_menu.actions() if a.menu() is not None)
    entries = [a.objectName() for a in templates.actions()]
    assert entries == [f"template_{k}" for k in ("invitation", "programme", "resolution", "conclusion",
                                                  "decision", "plan", "submission")]  # fmt: skip
    next(a for a in templates.actions() if a.objectName() == "template_decision").trigger()
    composer = open_windows(window.ctx)[0]
    try:
        ui = composer.ui
        assert composer.document.kind == m.DocumentKind.DECISION
        assert ui.enactorEdit.isVisible() and ui.basesEdit.isVisible() and not ui.addresseesEdit.isVisible()
        assert not ui.tabs.isTabVisible(ui.tabs.indexOf(ui.directivesTab))  # no tasks in a decision
        assert ui.enactorEdit.text() == "BAN THƯỜNG VỤ ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM"
        assert ui.basesEdit.toPlainText().splitlines()[0] == "Căn cứ Điều lệ Đảng"
        lines = ui.bodyEdit.toPlainText().splitlines()
        assert [ln[:8] for ln in lines if ln.startswith("Điều")] == ["Điều 1. ", "Điều 2. ", "Điều 3. "]
        ui.basesEdit.setPlainText("Căn cứ Điều lệ Đảng\nXét đề nghị của Văn phòng Đảng ủy")
        content = composer.content()
        assert content["bases"] == ["Căn cứ Điều lệ Đảng", "Xét đề nghị của Văn phòng Đảng ủy"]
        articles = [b for b in content["body"] if b["type"] == "article"]
        assert [a["number"] for a in articles] == ["1", "2", "3"]
        assert articles[0]["text"].startswith("Thành lập Tổ giúp việc")
        document_from_dict({**content, "date": "2026-12-07"})  # the edited decision still prints
        composer.grab().save(str(tmp_path / "composer-decision.png"))
    finally:
        _close_all(window)


def test_article_lines_are_articles_only_where_the_kind_has_them(qtbot):
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_blocks([{"type": "paragraph", "text": "Điều 3. Quyết định có hiệu lực từ ngày ký."}])
    assert editor.blocks() == [{"type": "paragraph", "text": "Điều 3. Quyết định có hiệu lực từ ngày ký."}]
    editor.articles = True
    assert editor.blocks() == [
        {"type": "article", "number": "3", "text": "Quyết định có hiệu lực từ ngày ký."}
    ]
