"""The installer's sources say what a secretary's PC needs: a 64-bit per-user install that keeps the user's
data, and a PyInstaller spec that ships the Qt the app uses and nothing of the Qt it does not."""

import ast
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

import secretary_app.paths as paths

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
NSI = INSTALLER / "secretary-app.nsi.in"
SPEC = INSTALLER / "secretary-app.spec"


def nsis_lines() -> list[str]:
    """The NSIS template without comments (";" or "#" lines), so commented-out text cannot satisfy a test."""
    lines = []
    for raw in NSI.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith((";", "#")):
            lines.append(line)
    return lines


def nsis_defines() -> dict[str, str]:
    found = {}
    for line in nsis_lines():
        match = re.fullmatch(r'!define (\w+) "(.*)"', line)
        if match:
            found[match[1]] = match[2]
    return found


def nsis_sections() -> dict[str, list[str]]:
    """Section header line -> the lines inside it."""
    sections, current = {}, None
    for line in nsis_lines():
        if line.startswith("Section "):
            current = line
            sections[current] = []
        elif line == "SectionEnd":
            current = None
        elif current:
            sections[current].append(line)
    return sections


def test_installer_is_64_bit_unicode_and_per_user():
    lines = nsis_lines()
    assert "Target amd64-unicode" in lines  # else makensis builds a 32-bit installer (the wine trap)
    assert "RequestExecutionLevel user" in lines
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_ID}"' in lines
    assert nsis_defines()["APP_ID"] == "ThuKyCapUy"
    # Per-user means HKCU only: writing HKLM would need the administrator rights we do not ask for.
    assert not [line for line in lines if "HKLM" in line]


def test_data_folder_is_the_one_the_app_uses(monkeypatch, tmp_path):
    """The uninstaller's idea of the data folder must match platformdirs' folder in paths.py."""
    seen = {}

    def fake_user_data_dir(appname, appauthor=None, roaming=False, **kwargs):
        seen.update(appname=appname, appauthor=appauthor, roaming=roaming)
        return str(tmp_path / appname)

    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "user_data_dir", fake_user_data_dir)
    paths.data_dir()
    # appauthor=False and roaming=False put it directly under %LOCALAPPDATA% on Windows.
    assert seen["appauthor"] is False and seen["roaming"] is False
    assert nsis_defines()["DATA_DIR"] == f"$LOCALAPPDATA\\{seen['appname']}"


def test_uninstall_keeps_user_data_unless_asked():
    sections = nsis_sections()
    deleting = [header for header, body in sections.items() if any("${DATA_DIR}" in line for line in body)]
    assert len(deleting) == 1, deleting
    header = deleting[0]
    assert header.startswith('Section /o "un.'), "the data-deleting section must be unticked by default"
    # The program's own removal deletes only its files: never the whole folder, which a user may share.
    program = next(body for head, body in sections.items() if head.startswith('Section "un.'))
    assert 'RMDir "$INSTDIR"' in program
    assert not [
        line for line in program if line.startswith("RMDir /r") and line.rstrip('"').endswith("$INSTDIR")
    ]


def test_every_installer_text_exists_in_vietnamese_and_english():
    lines = nsis_lines()
    assert lines.index('!insertmacro MUI_LANGUAGE "Vietnamese"') < lines.index(
        '!insertmacro MUI_LANGUAGE "English"'
    )
    strings: dict[str, set[str]] = {}
    for line in lines:
        match = re.match(r"LangString (\w+) \$\{LANG_(\w+)\} ", line)
        if match:
            strings.setdefault(match[1], set()).add(match[2])
    assert strings and all(langs == {"VIETNAMESE", "ENGLISH"} for langs in strings.values()), strings
    used = set(re.findall(r"\$\((\w+)\)", "\n".join(lines)))
    assert used <= set(strings), used - set(strings)


def _is_pe32_plus(path: Path) -> bool:
    data = path.read_bytes()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    machine = struct.unpack_from("<H", data, pe + 4)[0]
    magic = struct.unpack_from("<H", data, pe + 24)[0]
    return data[pe : pe + 4] == b"PE\0\0" and machine == 0x8664 and magic == 0x20B


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian package nsis) not installed")
def test_template_compiles_to_a_64_bit_installer(tmp_path):
    dist = tmp_path / "dist"
    (dist / "_internal").mkdir(parents=True)
    (dist / "ThuKyCapUy.exe").write_bytes(b"MZ placeholder")
    nsi = tmp_path / "secretary-app.nsi"
    nsi.write_text(
        NSI.read_text(encoding="utf-8").replace("@VERSION_QUAD@", "1.2.3.0").replace("@VERSION@", "1.2.3"),
        encoding="utf-8",
    )
    setup = tmp_path / "setup-test.exe"
    result = subprocess.run(
        [
            "makensis",
            "-V2",
            f"-DDIST_DIR={dist}",
            f"-DOUT_FILE={setup}",
            f"-DAPP_ICON={INSTALLER / 'app.ico'}",
            str(nsi),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert _is_pe32_plus(setup)


def spec_literals() -> dict[str, object]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    values = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    return values


def qt_modules_used_by_app() -> set[str]:
    used = set()
    for path in (ROOT / "secretary_app").rglob("*.py"):
        used.update(re.findall(r"\b(PySide6\.Qt\w+)", path.read_text(encoding="utf-8")))
    return used


def test_spec_excludes_unused_qt_but_not_what_the_app_imports():
    excludes = set(spec_literals()["QT_EXCLUDES"])
    for heavy in (
        "PySide6.QtWebEngineCore",
        "PySide6.QtWebEngineWidgets",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.Qt3DCore",
        "PySide6.QtMultimedia",
    ):
        assert heavy in excludes
    used = qt_modules_used_by_app()
    assert {"PySide6.QtWidgets", "PySide6.QtPdf"} <= used
    assert not used & excludes, used & excludes


def test_spec_bundle_is_windowed_with_icon_and_version():
    text = SPEC.read_text(encoding="utf-8")
    call = next(
        node
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "EXE"
    )
    keywords = {kw.arg: ast.unparse(kw.value) for kw in call.keywords}
    assert keywords["console"] == "not IS_WINDOWS"
    assert "app.ico" in keywords["icon"] and keywords["version"].startswith("version_resource()")
    assert spec_literals()["APP_EXE"] == "ThuKyCapUy"


def test_icon_has_the_sizes_windows_asks_for():
    data = (INSTALLER / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # width byte; 0 means 256
    assert {16, 32, 48, 256} <= sizes


@pytest.mark.parametrize("script", ["build_windows.sh", "build_linux_bundle.sh"])
def test_build_scripts_parse(script):
    result = subprocess.run(["bash", "-n", str(INSTALLER / script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
