"""The windows that are not the main window's children: the notice composers and the minutes editors.

They are top-level windows of their own, so the main window can come in front of them (an owned window always
stays above its owner); the main window closes them when it closes — each saves what was typed — so the
program ends with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secretary_app.gui.shell.main_window import MainWindow


def close_secondary_windows(window: MainWindow) -> None:
    from secretary_app.gui.documents.composer_windows import close_all

    close_all()
    for _index, page in window._built_pages():
        close = getattr(page, "close_editors", None)
        if close is not None:
            close()
