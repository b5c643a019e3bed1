"""The minutes as a document: printed and exported (PDF, DOCX) from what the minutes editor has saved.

Functions of the editor window (gui/meetings/minutes_editor.py), apart so the window stays one job: the
document is composed by the services from the stored minutes; rendering runs in the background through
gui/shared/printing.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from secretary_app.gui.shared import messages, printing
from secretary_app.gui.shared.i18n import translate

if TYPE_CHECKING:
    from secretary_app.domain.document import Document
    from secretary_app.gui.meetings.minutes_editor import MinutesEditor


def minutes_document(editor: MinutesEditor) -> Document | None:
    """The biên bản as a document model (DESIGN.md), from what is saved now: pending typing is saved
    first. None, after telling the secretary why, when it cannot be made."""
    from secretary_app.domain.document import DocumentError
    from secretary_app.services.drafting import minutes_document as compose

    if not editor.read_only and not editor.autosaver.flush():
        messages.error(
            editor, translate("MinutesEditor", "Chưa lưu được biên bản"), editor.autosaver.last_error
        )
        return None
    profile = editor.ctx.organisation.get()
    if profile is None:
        messages.warn(
            editor,
            translate("MinutesEditor", "Chưa có thông tin cơ quan"),
            translate(
                "MinutesEditor",
                "Biên bản in tên cơ quan ở đầu trang. Hãy nhập thông tin cơ quan (mục Cài đặt) trước.",
            ),
        )
        return None
    try:  # refused here, with the reason, rather than in the worker
        return compose(editor.ctx.meetings.get(editor.meeting_id), profile)
    except DocumentError as exc:
        messages.error(editor, translate("MinutesEditor", "Không tạo được biên bản"), exc.message)
        return None


def export_minutes(editor: MinutesEditor, fmt: str):
    """Save dialog, then PDF/DOCX written in the background (gui/shared/printing.py); the task or None."""
    content = minutes_document(editor)
    if content is None:
        return None
    name = translate("MinutesEditor", "Bien-ban {0:%Y-%m-%d} phien-ban-{1}").format(
        editor.meeting.start, editor.meeting.minutes_version
    )
    return printing.export_document(editor, content, name, fmt)


def print_minutes(editor: MinutesEditor):
    content = minutes_document(editor)
    return printing.print_document(editor, content) if content is not None else None


def compose_notice(editor: MinutesEditor):
    """Biên bản ▸ Soạn thông báo kết luận: the composer for this meeting, drafted from what is saved now
    (pending typing is saved first, so the draft has the last words typed)."""
    from secretary_app.gui.documents.composer_windows import open_composer_for_meeting

    if not editor.read_only and not editor.autosaver.flush():
        messages.error(
            editor, translate("MinutesEditor", "Chưa lưu được biên bản"), editor.autosaver.last_error
        )
        return None
    return open_composer_for_meeting(editor.owner or editor, editor.ctx, editor.meeting_id)
