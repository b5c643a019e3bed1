"""Small helpers for editable Qt tables."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView


def commit_open_editor(table: QTableView) -> None:
    """Take in a cell still being typed in.

    A keyboard shortcut (Ctrl+S, Ctrl+↑) does not move the focus out of the cell, so without this the text
    typed last would silently be missing from what is saved or moved.
    """
    if table.state() != QAbstractItemView.State.EditingState:
        return
    editor = table.indexWidget(table.currentIndex())
    if editor is not None:
        table.commitData(editor)
        table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
