"""Every string the secretary sees can be translated: lupdate finds it, under the context the app looks up,
and the English catalogue translates it. That includes the labels the Qt-free layers make (enum values,
deadline statuses…): they mark them with QT_TRANSLATE_NOOP and the GUI translates them at display time."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "secretary_app"
GUI = PACKAGE / "gui"
CATALOGUE = ROOT / "resources" / "translations" / "secretary_en.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
MARKER = "QT_TRANSLATE_NOOP"
# The one translate() call whose arguments are not literals: gui/shared/i18n.py's ui_label() shows, at display
# time, the labels the Qt-free layers marked with QT_TRANSLATE_NOOP("context", "literal"). lupdate extracts
# them at the marker, so this call needs no literals; exactly ``QCoreApplication.translate(context, text)`` is
# allowed.
DISPLAY_TIME_TRANSLATE = (GUI / "shared" / "i18n.py", "ui_label")


def _sources() -> list[Path]:
    """What scripts/update_translations.sh feeds lupdate (besides ui/*.ui): the GUI, and every module outside
    it that marks labels with QT_TRANSLATE_NOOP."""
    gui = [p for p in GUI.rglob("*.py") if "forms" not in p.parts]
    marked = [
        p for p in PACKAGE.rglob("*.py") if GUI not in p.parents and MARKER + "(" in p.read_text("utf-8")
    ]
    return sorted(gui + marked)


def _display_time_call(path: Path, tree: ast.Module) -> ast.Call | None:
    """The allowed ``QCoreApplication.translate(context, text)`` call inside ui_label() (None elsewhere)."""
    file, function = DISPLAY_TIME_TRANSLATE
    if path != file:
        return None
    body = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == function)
    return next(n for n in ast.walk(body) if isinstance(n, ast.Call)
                and ast.unparse(n) == "QCoreApplication.translate(context, text)")  # fmt: skip


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_translation_calls_are_ones_lupdate_can_read():
    """lupdate reads only literals, and takes tr()'s context from the enclosing class: a helper such as
    ``def _tr(text): return translate("ctx", text)`` or ``parent.tr("…")`` hides strings from it or files
    them under the wrong context, so they are never translated."""
    problems = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed = _display_time_call(path, tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or node is allowed:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            is_qt_translate = name == "translate" and owner in (
                "",
                "QCoreApplication",
                "QApplication",
            )  # not painters
            if is_qt_translate and not (len(node.args) >= 2 and all(map(_literal, node.args[:2]))):
                problems.append(f"{where}: translate() needs a literal context and text")
            elif name == MARKER and not (len(node.args) == 2 and all(map(_literal, node.args))):
                problems.append(f"{where}: {MARKER}() needs a literal context and text")
            elif name == "tr" and isinstance(func, ast.Attribute):
                on_self = isinstance(func.value, ast.Name) and func.value.id == "self"
                if not on_self or not (node.args and _literal(node.args[0])):
                    problems.append(f'{where}: tr() only as self.tr("literal")')
    assert problems == []


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed here")
def test_the_english_catalogue_is_current_and_complete(tmp_path):
    extracted = tmp_path / "extracted.ts"
    ui_files = sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "vi",
                    "-target-language", "en", *ui_files, *map(str, _sources()), "-ts", str(extracted)],
                   check=True, cwd=ROOT)  # fmt: skip

    wanted, committed = _messages(extracted), _messages(CATALOGUE)
    assert len(wanted) > 500
    missing = sorted(key for key in wanted if key not in committed)
    assert missing == [], "run scripts/update_translations.sh and translate the new strings"
    untranslated = sorted(key for key in wanted if not committed[key])
    assert untranslated == []


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation ("" while unfinished)."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): (
            "" if message.find("translation").get("type") == "unfinished" else message.findtext("translation")
        )
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_labels_of_the_qt_free_layers_are_marked_under_the_context_the_gui_looks_up():
    """The catalogue is extracted (the test above), so a label in it was marked with QT_TRANSLATE_NOOP under
    exactly the context the module exports for gui.i18n, and is translated."""
    from secretary_app.domain import deadlines, models
    from secretary_app.services import follow_up, search

    families = {
        models.LABELS_CONTEXT: models.VN_LABELS.values(),
        deadlines.STATUS_CONTEXT: [*deadlines.STATUS_LABELS.values(), deadlines.ONGOING_TEXT],
        search.KIND_CONTEXT: search.KIND_LABELS.values(),
        follow_up.HISTORY_CONTEXT: [*follow_up.ACTION_LABELS.values(), *follow_up.FIELD_LABELS.values(),
                                    follow_up.PROGRESS_LABEL],
    }  # fmt: skip
    catalogue = _messages(CATALOGUE)
    missing = [(context, text) for context, texts in families.items() for text in texts
               if not catalogue.get((context, text))]  # fmt: skip
    assert missing == []
    assert deadlines.DeadlineStatus.OVERDUE.label == "Quá hạn chưa hoàn thành"  # documents keep Vietnamese


def _looked_up(path: Path) -> set[tuple[str, str]]:
    """The (context, text) pairs the app asks Qt for in ``path``: translate("ctx", "text") and self.tr("text")
    (whose context is the enclosing class), read from the syntax tree, wherever they stand."""
    pairs: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id
            args = node.args
            if name in ("translate", MARKER) and len(args) >= 2 and all(map(_literal, args[:2])):
                pairs.add((args[0].value, args[1].value))
            elif name == "tr" and cls and args and _literal(args[0]):
                pairs.add((cls, args[0].value))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return pairs


def test_every_string_the_app_looks_up_is_translated():
    """lupdate's Python reader skips some constructs (a tr() inside an f-string took the rest of its
    expression with it): every pair the code asks for must be in the catalogue, translated, however
    written."""
    catalogue = _messages(CATALOGUE)
    looked_up = set().union(*map(_looked_up, _sources()))
    assert len(looked_up) > 300  # (the .ui files hold the rest)
    assert sorted(pair for pair in looked_up if not catalogue.get(pair)) == []
