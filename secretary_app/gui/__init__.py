"""The desktop GUI (PySide6). The only package that imports Qt; everything it shows comes from services."""

from secretary_app.gui import refcount_workaround

refcount_workaround.apply()  # before any Qt call: PySide6 6.12.0 on CPython 3.11 (see the module)
