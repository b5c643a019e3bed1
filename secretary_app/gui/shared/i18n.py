"""Translation: the source strings are Vietnamese; ``SECRETARY_LANG=en`` loads the English catalogue.

:func:`install_language` sets the whole UI's language: the app's catalogue, the strings Qt itself draws
(context menus of text fields, standard buttons, the wizard's buttons, Qt's own file and print dialogs) and
the locale (the calendar's month and day names). Qt ships no Vietnamese catalogue, so ours is
``resources/translations/qt_vi.ts``.

Labels made below ``gui/`` (enum values, deadline statuses, search hit kinds, history actions) stay Vietnamese
there, because documents and reports print them; those layers mark them with ``QT_TRANSLATE_NOOP``
(domain/i18n.py) and the screen shows them through :func:`ui_label` or one of its wrappers.
"""

from __future__ import annotations

import logging
import os
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from secretary_app.domain.deadlines import ONGOING_TEXT, STATUS_CONTEXT, DeadlineStatus, deadline_display
from secretary_app.domain.models import LABELS_CONTEXT, label
from secretary_app.paths import resource_path

if TYPE_CHECKING:
    from secretary_app.services.follow_up import HistoryEntry

LANG_ENV = "SECRETARY_LANG"
SOURCE_LANGUAGE = "vi"
log = logging.getLogger(__name__)
LOCALES = {
    "vi": QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),  # day/month order, as in Vietnam
}

translate = QCoreApplication.translate  # the bare name lupdate recognises: translate("context", "text")


def ui_number(value: int) -> str:
    """A count as the UI's language writes it: "1.792" in Vietnamese, "1,792" in English (documents, always
    Vietnamese, format their own)."""
    return QLocale().toString(value)


def ui_label(context: str, text: str) -> str:
    """``text`` in the UI's language, for a label a Qt-free layer marked with ``QT_TRANSLATE_NOOP(context,
    text)`` (domain/i18n.py). The one translate() call with variable arguments: lupdate has already extracted
    the pair at the marker, so the catalogue holds it; text it does not hold (a unit's name) comes back as
    is."""
    return QCoreApplication.translate(context, text)


def enum_label(value: StrEnum) -> str:
    """The displayed label of an enum value (meeting and document statuses, kinds, attendance…)."""
    return ui_label(LABELS_CONTEXT, label(value))


def status_label(status: DeadlineStatus) -> str:
    """The displayed deadline status of a directive ("Quá hạn chưa hoàn thành" → "Overdue, not done")."""
    return ui_label(STATUS_CONTEXT, status.label)


def deadline_label(deadline: date | None, ongoing: bool, deadline_text: str = "") -> str:
    """The deadline column: a date, the notice's own phrase (as typed), or "Thường xuyên" translated."""
    return (
        ui_label(STATUS_CONTEXT, ONGOING_TEXT)
        if ongoing
        else deadline_display(deadline, ongoing, deadline_text)
    )


def search_kind_label(kind: str) -> str:
    """The bracketed kind of a search hit ("[Biên bản]")."""
    from secretary_app.services.search import KIND_CONTEXT, KIND_LABELS

    return ui_label(KIND_CONTEXT, KIND_LABELS[kind])


def history_label(text: str) -> str:
    """An action or changed-field label of a directive's history (services/follow_up.py)."""
    from secretary_app.services.follow_up import HISTORY_CONTEXT

    return ui_label(HISTORY_CONTEXT, text)


def history_text(entry: HistoryEntry) -> str:
    """The details column of a history line: the changed fields of an update listed in the UI's language."""
    if not entry.fields:
        return entry.text
    changed = ", ".join(map(history_label, entry.fields))
    return translate("history", "Thay đổi {0}").format(
        changed
    )  # "history": HISTORY_CONTEXT, literal for lupdate


def requested_language() -> str:
    return (os.environ.get(LANG_ENV) or SOURCE_LANGUAGE).strip().lower() or SOURCE_LANGUAGE


def install_translator(app: QCoreApplication, language: str | None = None) -> QTranslator | None:
    """Install the catalogue for ``language`` (default: from the environment) and return it.

    The caller keeps the returned translator alive (Qt does not own it). Vietnamese needs no catalogue;
    an unknown language falls back to Vietnamese with a log line rather than an error.
    """
    language = language or requested_language()
    if language == SOURCE_LANGUAGE:
        return None
    return _load(app, f"secretary_{language}.qm")


def install_language(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Put the whole UI in ``language`` (default: from the environment); the caller keeps the translators."""
    language = language or requested_language()
    if language not in LOCALES:
        log.warning("Unknown language %r; using Vietnamese", language)
        language = SOURCE_LANGUAGE
    QLocale.setDefault(LOCALES[language])
    installed = [
        install_translator(app, language),
        _load(app, f"qt_{language}.qm") if language == "vi" else None,
    ]
    return [translator for translator in installed if translator is not None]


def _load(app: QCoreApplication, name: str) -> QTranslator | None:
    qm = resource_path("translations", name)
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        log.warning("No translation catalogue at %s", qm)
        return None
    app.installTranslator(translator)
    return translator
