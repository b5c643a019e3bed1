"""Every string the secretary sees can be translated: lupdate finds it, under the context the app looks up,
and the English catalogue translates it."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "secretary_app" / "gui"
CATALOGUE = ROOT / "resources" / "translations" / "secretary_en.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def _sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "forms" not in p.parts)


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_translation_calls_are_ones_lupdate_can_read():
    """lupdate reads only literals, and takes tr()'s context from the enclosing class: a helper such as
    ``def _tr(text): return translate("ctx", text)`` or ``parent.tr("…")`` hides strings from it or files
    them under the wrong context, so they are never translated."""
    problems = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            is_qt_translate = name == "translate" and owner in ("", "QCoreApplication", "QApplication")  # not painters
            if is_qt_translate and not (len(node.args) >= 2 and all(map(_literal, node.args[:2]))):
                problems.append(f"{where}: translate() needs a literal context and text")
            elif name == "tr" and isinstance(func, ast.Attribute):
                on_self = isinstance(func.value, ast.Name) and func.value.id == "self"
                if not on_self or not (node.args and _literal(node.args[0])):
                    problems.append(f"{where}: tr() only as self.tr(\"literal\")")
    assert problems == []


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed here")
def test_the_english_catalogue_is_current_and_complete(tmp_path):
    extracted = tmp_path / "extracted.ts"
    ui_files = sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "vi",
                    "-target-language", "en", *ui_files, *map(str, _sources()), "-ts", str(extracted)],
                   check=True, cwd=ROOT)  # fmt: skip

    def messages(ts: Path) -> dict[tuple[str, str], str]:
        root = ET.parse(ts).getroot()
        return {
            (context.findtext("name"), message.findtext("source")): (
                "" if message.find("translation").get("type") == "unfinished" else message.findtext("translation")
            )
            for context in root.iter("context")
            for message in context.iter("message")
        }

    wanted, committed = messages(extracted), messages(CATALOGUE)
    assert len(wanted) > 500
    missing = sorted(key for key in wanted if key not in committed)
    assert missing == [], "run scripts/update_translations.sh and translate the new strings"
    untranslated = sorted(key for key in wanted if not committed[key])
    assert untranslated == []
