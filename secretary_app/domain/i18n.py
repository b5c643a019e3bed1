"""Marking Vietnamese labels of the Qt-free layers as translatable, without Qt.

The labels of enums, deadline statuses, search hit kinds and history actions live below ``gui/`` because they
serve two readers: the screen, which shows them in the secretary's language, and the printed documents and
reports (PDF, DOCX, CSV), which are official Vietnamese papers whatever the screen's language. So these layers
keep returning Vietnamese, and only *mark* each label::

    DeadlineStatus.OVERDUE: QT_TRANSLATE_NOOP("deadline_status", "Quá hạn chưa hoàn thành"),

``pyside6-lupdate`` recognises the name ``QT_TRANSLATE_NOOP`` and extracts the (context, text) pair into the
catalogue (scripts/update_translations.sh feeds it every file that contains the marker); at run time the
marker just returns ``text``. The GUI translates at display time with
``secretary_app.gui.shared.i18n.ui_label(context, text)`` (or its wrappers). Both arguments must be literals:
lupdate reads nothing else (tests/unit/test_translations.py checks it). Use one context per family of
labels, and keep the context in the constant its module exports for the GUI.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Return ``text`` unchanged; lupdate extracts ``text`` under ``context`` for the GUI to translate."""
    return text
