"""Translation: the source strings are Vietnamese; ``SECRETARY_LANG=en`` loads the English catalogue."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QTranslator

from secretary_app.paths import resource_path

LANG_ENV = "SECRETARY_LANG"
SOURCE_LANGUAGE = "vi"
log = logging.getLogger(__name__)


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
    qm = resource_path("translations", f"secretary_{language}.qm")
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        log.warning("No translation catalogue for %r at %s; using Vietnamese", language, qm)
        return None
    app.installTranslator(translator)
    return translator
