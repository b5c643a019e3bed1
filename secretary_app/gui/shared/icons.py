"""Icons authored for the app (resources/icons/*.svg), looked up through secretary_app.paths."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from secretary_app.paths import resource_path


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if the file is missing, never an error:
    a missing picture must not stop the secretary from working)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
