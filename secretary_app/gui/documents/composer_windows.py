"""Opening the notice composer: one window per document, and the windows open on a database.

Entry points (the meetings page and the Văn bản page call these)::

    open_composer_for_meeting(parent, ctx, meeting_id)   # "Soạn thông báo kết luận" on a meeting
    open_composer(parent, ctx, document_id)               # an existing draft (editable) or issued notice
    open_windows(ctx)                                     # the main window saves or closes them with the
    database

Opening a document whose window is open brings that window forward instead of opening a second one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shiboken6 import isValid

from secretary_app.domain import models as m
from secretary_app.domain.errors import NotFoundError, RuleError, StorageError
from secretary_app.domain.text import vn_date_short
from secretary_app.domain.validation import ValidationError
from secretary_app.gui.documents.composer_window import ComposerWindow
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import translate
from secretary_app.gui.shared.tasks import error_message

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from secretary_app.services.context import AppContext

_open_windows: dict[tuple[str, int], ComposerWindow] = {}


def _window_key(ctx: AppContext, document_id: int) -> tuple[str, int]:
    return (str(ctx.db_path), document_id)


def close_all() -> None:
    """Close every composer window (each saves its draft): the main window is closing."""
    for window in list(_open_windows.values()):
        if isValid(window):
            window.close()


def open_windows(ctx: AppContext) -> list[ComposerWindow]:
    """The composer windows open on ``ctx``'s database (the main window saves or closes them with it)."""
    return [w for (path, _id), w in list(_open_windows.items()) if path == str(ctx.db_path) and isValid(w)]


def open_composer(parent: QWidget | None, ctx: AppContext, document_id: int) -> ComposerWindow:
    """Show the composer for ``document_id`` (bringing an already open one to the front)."""
    key = _window_key(ctx, document_id)
    window = _open_windows.get(key)
    if window is not None and isValid(window):
        window.showNormal()
        window.raise_()
        window.activateWindow()
        return window
    # A window of its own, not owned by ``parent``: an owned window stays in front of its owner (Windows, X11
    # window managers), so the main window could not come forward while a notice was open. The registry
    # keeps it alive; the main window closes it with the database.
    window = ComposerWindow(ctx, ctx.documents.get(document_id))
    _open_windows[key] = window
    window.closed.connect(lambda _id, key=key: _open_windows.pop(key, None))
    window.correction_requested.connect(
        lambda correction_id: open_composer(
            parent if parent is not None and isValid(parent) else None, ctx, correction_id
        )
    )
    window.show()
    return window


def open_composer_for_meeting(
    parent: QWidget | None, ctx: AppContext, meeting_id: int, signer: m.Signer | None = None
) -> ComposerWindow | None:
    """ "Soạn thông báo kết luận" for a meeting: offers the existing draft, else drafts a new notice. A
    meeting whose notice is already issued gets no second notice silently (it would repeat every task):
    the secretary opens the issued one, or drafts a supplementary/correcting notice whose issuing makes
    only what is new."""
    draft = ctx.issuing.notice_draft_for(meeting_id)
    issued = ctx.issuing.issued_notices_for(meeting_id)
    if issued:
        return _after_issued(parent, ctx, meeting_id, issued, draft, signer)
    if draft is not None:
        choice = messages.choose(
            parent,
            translate("ComposerWindow", "Đã có dự thảo"),
            translate(
                "ComposerWindow",
                "Cuộc họp này đã có dự thảo thông báo kết luận (lưu lần cuối {0}). Mở dự thảo đó hay soạn "
                "một dự thảo mới từ biên bản?",
            ).format(vn_date_short(draft.doc_date) if draft.doc_date else "…"),
            [
                translate("ComposerWindow", "Mở dự thảo"),
                translate("ComposerWindow", "Soạn mới"),
                translate("ComposerWindow", "Hủy"),
            ],
            escape=2,
        )
        if choice == 0:
            return open_composer(parent, ctx, draft.id)
        if choice != 1:
            return None
    try:
        document = ctx.issuing.draft_notice(meeting_id, signer)
    except (ValidationError, NotFoundError, StorageError) as exc:
        messages.warn(parent, translate("ComposerWindow", "Chưa soạn được thông báo"), error_message(exc))
        return None
    return open_composer(parent, ctx, document.id)


def _after_issued(
    parent: QWidget | None,
    ctx: AppContext,
    meeting_id: int,
    issued: list[m.StoredDocument],
    draft: m.StoredDocument | None,
    signer: m.Signer | None,
) -> ComposerWindow | None:
    symbols = ", ".join(ctx.issuing.symbol(d) for d in issued)
    buttons = [translate("ComposerWindow", "Mở thông báo đã ban hành")]
    if draft is not None:
        buttons.append(translate("ComposerWindow", "Mở dự thảo đang soạn"))
    buttons += [
        translate("ComposerWindow", "Soạn thông báo bổ sung, điều chỉnh"),
        translate("ComposerWindow", "Hủy"),
    ]
    choice = messages.choose(
        parent,
        translate("ComposerWindow", "Đã ban hành thông báo kết luận"),
        translate(
            "ComposerWindow",
            "Cuộc họp này đã có Thông báo số {0} (đã ban hành, đã giao nhiệm vụ). Soạn thêm một thông báo "
            "như thế sẽ giao trùng các nhiệm vụ.\n\nMở thông báo đã ban hành, hay soạn thông báo bổ sung, "
            "điều chỉnh? Khi ban hành thông báo bổ sung, chỉ nhiệm vụ mới được tạo; nhiệm vụ đã có không "
            "tạo lại, nhiệm vụ được sửa thì thay nhiệm vụ cũ.",
        ).format(symbols),
        buttons,
        level=messages.Level.WARNING,
        escape=len(buttons) - 1,
    )
    if choice == 0:
        return open_composer(parent, ctx, max(issued, key=lambda d: d.id or 0).id or 0)
    if draft is not None and choice == 1:
        return open_composer(parent, ctx, draft.id or 0)
    if choice != len(buttons) - 2:
        return None
    try:
        document = ctx.issuing.draft_supplement(meeting_id, signer)
    except (ValidationError, NotFoundError, StorageError, RuleError) as exc:
        messages.warn(parent, translate("ComposerWindow", "Chưa soạn được thông báo"), error_message(exc))
        return None
    return open_composer(parent, ctx, document.id or 0)
