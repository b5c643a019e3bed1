"""The PySide6 reference-count workaround is active exactly where the bug is (secretary_app/gui/
refcount_workaround.py): this test measures the bug on the running versions, in a child process that never
imports secretary_app.gui, and fails when the measurement and the list of affected versions disagree."""

import subprocess
import sys

from secretary_app.gui import refcount_workaround as fence

CALLS = 300  # few enough that an affected 3.11 does not abort before it prints

PROBE = f"""
import os, sys
from PySide6.QtCore import QObject, QTimer, Signal

class Emitter(QObject):
    ping = Signal(bool)

emitter, timer = Emitter(), QTimer()
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range({CALLS}):
    timer.setInterval(1)
    emitter.ping.emit(True)
print(none_before - sys.getrefcount(None), true_before - sys.getrefcount(True), flush=True)
os._exit(0)  # an affected interpreter would abort while finalising
"""


def _bug_present() -> bool:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    none_lost, true_lost = (int(n) for n in result.stdout.split())
    return none_lost >= CALLS or true_lost >= CALLS


def test_the_workaround_is_active_exactly_where_pyside_loses_references():
    pyside, python = fence.running_versions()
    versions = f"PySide6 {pyside} on CPython {python[0]}.{python[1]}"
    bug = _bug_present()
    if fence.applies(pyside, python):
        assert bug, (
            f"{versions} no longer takes references from None/True: the workaround is not needed here. "
            "Remove this pair from AFFECTED in secretary_app/gui/refcount_workaround.py (and the module "
            "with its call in gui/__init__.py once AFFECTED is empty)."
        )
        assert fence.active
    else:
        assert not bug, (
            f"{versions} takes references from None/True without giving them back (the app would abort "
            "with none_dealloc): add this pair to AFFECTED in secretary_app/gui/refcount_workaround.py."
        )
        assert not fence.active


def test_only_the_listed_versions_are_fenced():
    assert fence.applies("6.12.0", (3, 11))
    assert not fence.applies("6.12.0", (3, 12))  # the Windows build: None and True are immortal there
    assert not fence.applies("6.12.1", (3, 11))  # a new PySide6 is measured before it is listed
