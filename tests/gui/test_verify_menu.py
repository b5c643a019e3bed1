"""Tệp ▸ Kiểm tra văn bản…: a PDF picked by the secretary is checked off the GUI thread and named, or not."""

from __future__ import annotations

from datetime import date

from secretary_app.domain import models as m
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.gui.shared.messages import Level
from secretary_app.gui.verify.entry import verify_document
from secretary_app.services.render import issued_files


def _issued_pdf(ctx, tmp_path):
    ctx.organisation.save(
        m.OrganisationProfile(
            issuing_body="ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM",
            code="ĐU",
            place="Hà Nội",
            office_name="VPĐU",
            signers=[m.Signer("Hà Thị Mai An", "PHÓ BÍ THƯ", "T/M ĐẢNG ỦY")],
        )
    )
    draft = ctx.issuing.draft_kind(m.DocumentKind.DECISION)
    draft.content["date"] = date(2026, 12, 7).isoformat()
    ctx.issuing.save_draft(draft)
    issued = ctx.issuing.issue(draft.id)
    path = tmp_path / "quyet-dinh.pdf"
    path.write_bytes(issued_files(document_from_dict(issued.content))["pdfa"])
    return path


def test_the_file_menu_checks_a_pdf_and_names_the_document(window, presenter, qtbot, tmp_path):
    actions = [a.objectName() for a in window.ui.menuFile.actions()]
    assert "actionVerifyDocument" in actions
    assert window.ui.actionVerifyDocument.text() == "&Kiểm tra văn bản…"
    path = _issued_pdf(window.ctx, tmp_path)
    presenter.open_paths.append(path)
    window.ui.actionVerifyDocument.trigger()  # asks for the file, then checks it in a worker
    qtbot.waitUntil(lambda: bool(presenter.messages), timeout=20_000)
    message = presenter.messages[-1]
    assert message.title == "Kiểm tra văn bản"
    assert "01-QĐ/ĐU ngày 07/12/2026, bản phát hành" in message.text and "quyet-dinh.pdf" in message.text


def test_a_changed_byte_matches_nothing_and_cancel_does_nothing(window, presenter, qtbot, tmp_path):
    path = _issued_pdf(window.ctx, tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    changed = tmp_path / "sua.pdf"
    changed.write_bytes(bytes(data))
    task = verify_document(window, changed)
    assert task is not None
    qtbot.waitUntil(lambda: bool(presenter.messages), timeout=20_000)
    assert "không khớp với văn bản nào" in presenter.messages[-1].text
    assert presenter.messages[-1].level == Level.WARNING
    count = len(presenter.messages)
    assert verify_document(window) is None  # the file dialog cancelled: nothing runs, nothing is said
    assert len(presenter.messages) == count
