"""The layers of DESIGN.md hold: nothing below gui/ loads Qt, only db/ talks SQL, only rendering/ ReportLab."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "secretary_app"
HEADLESS = ["domain", "db", "services", "rendering"]


def test_headless_layers_do_not_load_qt():
    modules = sorted(
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for layer in HEADLESS
        for path in (PACKAGE / layer).rglob("*.py")
    )
    modules += ["secretary_app.cli", "secretary_app.paths", "secretary_app.log"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(modules) > 15
    assert result.stdout.strip() == "", f"PySide6 loaded by headless layers: {result.stdout}"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_each_library_stays_in_its_layer():
    owners = {
        "sqlite_utils": "db",
        "sqlite3": "db",
        "reportlab": "rendering",
        "docx": "rendering",
        "PySide6": "gui",
    }
    allowed_extra = {"secretary_app/selftest.py": {"PySide6"}}  # the self-test opens the window by design
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).as_posix()
        layer = path.relative_to(PACKAGE).parts[0]
        for name in _imports(path):
            owner = owners.get(name)
            if owner and owner != layer and name not in allowed_extra.get(rel, set()):
                offenders.append(f"{rel} imports {name}")
    assert offenders == []
