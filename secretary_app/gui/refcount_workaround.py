"""A fence around one PySide6 bug: PySide6 6.12.0 on CPython 3.11 returns None/True/False without a reference.

The bindings treat None, True and False as immortal (as CPython 3.12 made them) and hand them back without a
new reference: every void Qt call (``setValue``, ``start``, ``processEvents``…) takes one reference from None,
every ``signal.emit()`` one from True. After a few hundred calls CPython 3.11 aborts ("Fatal Python error:
none_dealloc" / "bool_dealloc"). Debian 12's Python is 3.11; the Windows build bundles 3.12, where the objects
are immortal and nothing needs doing.

The workaround gives the singletons enough references to outlive any session — the 3.12 behaviour the
bindings expect (a running interpreter never frees them anyway). It is active only on the exact versions in
``AFFECTED``; tests/gui/test_refcount_workaround.py measures the bug on the running versions and fails when
the list and the measurement disagree (the bug fixed, or present on a version not listed).
"""

from __future__ import annotations

import sys

# (PySide6 version, CPython major.minor) pairs measured to have the bug.
AFFECTED: frozenset[tuple[str, tuple[int, int]]] = frozenset({("6.12.0", (3, 11))})

_SINGLETONS = (None, True, False, Ellipsis, NotImplemented)
_PINNED_REFERENCES = 1 << 40  # ~10^12 calls: more than any session makes


def applies(pyside_version: str, python_version: tuple[int, int]) -> bool:
    return (pyside_version, python_version) in AFFECTED


def running_versions() -> tuple[str, tuple[int, int]]:
    import PySide6

    return PySide6.__version__, (sys.version_info.major, sys.version_info.minor)


def apply() -> bool:
    """Pin the singletons when the running versions have the bug; True when it did (or had done so)."""
    global active
    if active or not applies(*running_versions()):
        return active
    import ctypes

    for singleton in _SINGLETONS:
        ctypes.c_ssize_t.from_address(id(singleton)).value += _PINNED_REFERENCES  # ob_refcnt: first field
    active = True
    return active


active = False
