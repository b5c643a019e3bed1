"""What Qt itself draws — context menus, the wizard's buttons, the calendar — speaks Vietnamese too."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QDate, QLocale, QTranslator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWizard

from secretary_app.gui.shared.i18n import install_language, ui_number
from secretary_app.paths import resource_path

QT_VI = Path(resource_path("translations", "qt_vi.ts"))


@pytest.fixture
def language(qapp):
    installed: list[QTranslator] = []

    def install(name: str) -> None:
        installed.extend(install_language(qapp, name))

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


def _messages() -> list[tuple[str, str, str]]:
    root = ET.parse(QT_VI).getroot()
    return [(context.findtext("name"), message.findtext("source"), message.findtext("translation"))
            for context in root.iter("context") for message in context.iter("message")]  # fmt: skip


def test_every_message_is_one_qt_really_asks_for(qapp):
    """A context or source text that differs by one character from Qt's is silently never used. Qt's French
    catalogue (shipped with PySide6) translates exactly Qt's own pairs, so each of ours must be found
    there."""
    french = QTranslator()
    assert french.load(str(Path(PySide6.__file__).parent / "Qt" / "translations" / "qtbase_fr.qm"))
    messages = _messages()
    assert len(messages) > 150
    unknown = [(context, source) for context, source, _ in messages if not french.translate(context, source)]
    assert unknown == []
    assert all(translation for _, _, translation in messages)


def _menu_texts(widget) -> list[str]:
    menu = widget.createStandardContextMenu()
    try:
        return [
            action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()
        ]  # no shortcut
    finally:
        menu.deleteLater()


def test_text_field_menus_and_the_wizard_are_vietnamese(qtbot, language):
    language("vi")
    line, text = QLineEdit(), QPlainTextEdit()
    wizard = QWizard()
    for widget in (line, text, wizard):
        qtbot.addWidget(widget)
    expected = ["&Hoàn tác", "&Làm lại", "Cắ&t", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"]
    assert _menu_texts(line) == expected
    assert _menu_texts(text) == expected
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Hoàn tất"
    assert QLocale().monthName(11) == "tháng 11"
    assert QLocale().toString(QDate(2021, 10, 12), "dddd") == "Thứ Ba"
    assert ui_number(1792) == "1.792" and ui_number(100_000) == "100.000"


def test_english_keeps_qt_in_english(qtbot, language):
    language("en")
    line = QLineEdit()
    qtbot.addWidget(line)
    assert "&Paste" in _menu_texts(line)
    assert QLocale().monthName(11) == "November"
    assert ui_number(1792) == "1,792"
