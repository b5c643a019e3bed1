"""Translation: the source strings are Vietnamese; ``SECRETARY_LANG=en`` loads the English catalogue.

:func:`install_language` sets the whole UI's language: the app's catalogue, the strings Qt itself draws
(context menus of text fields, standard buttons, the wizard's buttons, Qt's own file and print dialogs) and
the locale (the calendar's month and day names). Qt ships no Vietnamese catalogue, so ours is
``resources/translations/qt_vi.ts``.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from secretary_app.paths import resource_path

LANG_ENV = "SECRETARY_LANG"
SOURCE_LANGUAGE = "vi"
log = logging.getLogger(__name__)
LOCALES = {
    "vi": QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),  # day/month order, as in Vietnam
}

translate = QCoreApplication.translate  # the bare name lupdate recognises: translate("context", "text")


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
    installed = [install_translator(app, language), _load(app, f"qt_{language}.qm") if language == "vi" else None]
    return [translator for translator in installed if translator is not None]


def _load(app: QCoreApplication, name: str) -> QTranslator | None:
    qm = resource_path("translations", name)
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        log.warning("No translation catalogue at %s", qm)
        return None
    app.installTranslator(translator)
    return translator
