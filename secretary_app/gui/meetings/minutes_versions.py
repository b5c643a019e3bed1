"""Finalising the minutes (chốt) and correcting finalised ones (đính chính): the version lifecycle of the
minutes editor, asked in the secretary's words; the rules themselves are ctx.minutes'."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from secretary_app.domain.meeting_rules import meeting_warnings
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import translate

if TYPE_CHECKING:
    from secretary_app.gui.meetings.minutes_editor import MinutesEditor

log = logging.getLogger(__name__)


def finalise(editor: MinutesEditor) -> bool:
    """Chốt: ask (with the meeting kind's quorum and majority warnings), then lock this version."""
    if editor.read_only:
        return False
    if not editor.autosaver.flush():
        messages.error(
            editor,
            translate("MinutesEditor", "Chưa chốt được biên bản"),
            translate("MinutesEditor", "Biên bản chưa lưu được: {0}\nHãy xử lý lỗi này rồi chốt lại.").format(
                editor.autosaver.last_error
            ),
        )
        return False
    version = editor.meeting.minutes_version
    question = translate(
        "MinutesEditor",
        "Chốt biên bản phiên bản {0}?\nSau khi chốt, biên bản không sửa được nữa; muốn sửa phải "
        "đính chính (tạo phiên bản mới, phiên bản đã chốt vẫn được lưu lại).",
    ).format(version)
    # The rules of the meeting's kind: a meeting without its quorum, a vote short of its majority.
    # (The warnings are built in Vietnamese by domain/meeting_rules.py, as printed in the minutes.)
    warnings = meeting_warnings(editor.ctx.meetings.get(editor.meeting_id))
    if warnings:
        listed = "\n".join(f"- {w}" for w in warnings)
        question += "\n\n" + translate("MinutesEditor", "Lưu ý theo quy định:") + "\n" + listed
    choice = messages.choose(
        editor,
        translate("MinutesEditor", "Chốt biên bản"),
        question,
        [translate("MinutesEditor", "Chốt biên bản"), translate("MinutesEditor", "Hủy")],
        default=0,
        escape=1,
    )
    if choice != 0:
        return False
    editor.ctx.minutes.finalise(editor.meeting_id)
    log.info("Minutes of meeting %s finalised (version %s)", editor.meeting_id, version)
    editor.reload()
    return True


def start_correction(editor: MinutesEditor) -> bool:
    """Đính chính: open version N+1 of finalised minutes (version N stays as it was)."""
    if not editor.read_only:
        return False
    choice = messages.choose(
        editor,
        translate("MinutesEditor", "Đính chính biên bản"),
        translate(
            "MinutesEditor",
            "Mở phiên bản {0} của biên bản để đính chính?\nPhiên bản {1} đã chốt vẫn được lưu nguyên "
            "văn; việc đính chính được ghi vào nhật ký.",
        ).format(editor.meeting.minutes_version + 1, editor.meeting.minutes_version),
        [translate("MinutesEditor", "Đính chính"), translate("MinutesEditor", "Hủy")],
        default=0,
        escape=1,
    )
    if choice != 0:
        return False
    editor.ctx.minutes.start_correction(editor.meeting_id)
    editor.reload()
    editor.autosaver.discard()
    editor.save_label.setText(
        translate("MinutesEditor", "Đang đính chính — phiên bản {0}").format(editor.meeting.minutes_version)
    )
    return True
