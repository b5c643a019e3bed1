"""The desktop GUI (PySide6). The only package that imports Qt; everything it shows comes from services."""

import sys


def _pin_singletons() -> None:
    """Work around PySide6 6.12.0 on CPython < 3.12: its bindings treat None, True and False as immortal (as
    CPython 3.12 made them) and return them without a new reference — every void Qt call (``setValue``,
    ``start``, ``processEvents``…) takes a reference from None, every ``signal.emit()`` one from True. After
    a few hundred calls CPython aborts ("Fatal Python error: none_dealloc" / "bool_dealloc"). These objects
    are never freed in a running interpreter anyway, so give them enough references to outlive any session:
    the 3.12 behaviour the bindings expect. tests/gui/test_tasks.py checks that it holds."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False, Ellipsis, NotImplemented):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40  # ob_refcnt: a PyObject's first field


_pin_singletons()
