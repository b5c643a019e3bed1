"""The "recent files" list, kept in QSettings: newest first, at most 8, files that vanished are pruned."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8
KEY = "recentDatabases"


class RecentFiles:
    def __init__(self, settings: QSettings | None = None):
        self._settings = settings if settings is not None else QSettings()

    def paths(self) -> list[Path]:
        """The recent databases that still exist (the stored list is pruned as a side effect)."""
        stored = self._stored()
        existing = [p for p in stored if p.is_file()]
        if existing != stored:
            self._write(existing)
        return existing

    def add(self, path: Path) -> None:
        path = path.resolve()
        self._write([path, *(p for p in self._stored() if p != path)][:MAX_RECENT])

    def _stored(self) -> list[Path]:
        value = self._settings.value(KEY, [])
        if isinstance(value, str):  # QSettings returns a bare string for a one-element list (INI format)
            value = [value]
        return [Path(v) for v in (value or []) if v]

    def _write(self, paths: list[Path]) -> None:
        self._settings.setValue(KEY, [str(p) for p in paths])
        self._settings.sync()
