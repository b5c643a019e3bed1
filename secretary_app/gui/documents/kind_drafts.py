"""The other kinds of document in the composer (issue 14): "Soạn giấy mời" (and chương trình, nghị quyết,
kết luận) for a meeting in one click, and "Văn bản mới" from a kind's template (quyết định, kế hoạch, tờ
trình, …). The draft is made by the service (``ctx.issuing.draft_kind``) and opens in the composer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from secretary_app.domain import models as m
from secretary_app.domain.errors import NotFoundError, RuleError
from secretary_app.domain.validation import ValidationError
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import enum_label
from secretary_app.gui.shared.tasks import error_message

if TYPE_CHECKING:
    from secretary_app.gui.documents.composer_window import ComposerWindow
    from secretary_app.services.context import AppContext

K = m.DocumentKind
# What a meeting drafts in one click, in menu order; the first is the meeting page's own button.
MEETING_KINDS = (K.INVITATION, K.PROGRAMME, K.RESOLUTION, K.CONCLUSION)
TEMPLATE_KINDS = (K.INVITATION, K.PROGRAMME, K.RESOLUTION, K.CONCLUSION, K.DECISION, K.PLAN, K.SUBMISSION)


def draft_and_open(
    parent: QWidget | None, ctx: AppContext, kind: m.DocumentKind, meeting_id: int | None = None
) -> ComposerWindow | None:
    """Draft a document of ``kind`` (from the meeting when given) and open it in the composer."""
    from secretary_app.gui.documents.composer_windows import open_composer

    try:
        draft = ctx.issuing.draft_kind(kind, meeting_id)
    except (ValidationError, RuleError, NotFoundError) as exc:
        messages.warn(
            parent, QCoreApplication.translate("KindDrafts", "Chưa soạn được văn bản"), error_message(exc)
        )
        return None
    return open_composer(parent, ctx, m.stored_id(draft))


def meeting_kinds_menu(parent: QWidget, ctx_of, meeting_of) -> QMenu:
    """ "Soạn văn bản khác" for a meeting: one entry per kind a meeting drafts. ``ctx_of()`` and
    ``meeting_of()`` give the context and the meeting id at the moment an entry is chosen."""
    menu = QMenu(QCoreApplication.translate("KindDrafts", "Soạn văn bản khác"), parent)
    for kind in MEETING_KINDS:
        action = menu.addAction(enum_label(kind) + "…")
        action.setObjectName(f"draft_{kind}")
        action.triggered.connect(
            lambda _checked=False, kind=kind: _for_meeting(parent, ctx_of(), meeting_of(), kind)
        )
    return menu


def _for_meeting(parent: QWidget, ctx: AppContext | None, meeting_id: int | None, kind: m.DocumentKind):
    if ctx is None or meeting_id is None:
        return None
    return draft_and_open(parent.window(), ctx, kind, meeting_id)


def add_template_entries(menu: QMenu, parent: QWidget, ctx: AppContext | None) -> None:
    """ "Văn bản mới ▸ Quyết định…" entries (the kind's template) at the end of ``menu``."""
    sub = menu.addMenu(QCoreApplication.translate("KindDrafts", "Văn bản mới theo mẫu"))
    for kind in TEMPLATE_KINDS:
        action = sub.addAction(enum_label(kind) + "…")
        action.setObjectName(f"template_{kind}")
        action.setEnabled(ctx is not None)
        action.triggered.connect(
            lambda _checked=False, kind=kind: ctx is not None and draft_and_open(parent.window(), ctx, kind)
        )
