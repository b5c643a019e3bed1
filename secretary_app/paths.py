"""Where things live: the user's data directory and the bundled resources.

The data directory is the per-user one from platformdirs (``%LOCALAPPDATA%\\thu-ky-cap-uy`` on Windows,
``~/.local/share/thu-ky-cap-uy`` on Linux); ``SECRETARY_DATA_DIR`` overrides it so tests, portable installs
and a USB-stick setup can point elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR_ENV = "SECRETARY_DATA_DIR"
DEFAULT_DB_NAME = "thu-ky-cap-uy.sqlite"
DEMO_DB_NAME = "demo.sqlite"


def data_dir() -> Path:
    """The user data directory, created if missing."""
    override = os.environ.get(DATA_DIR_ENV)
    path = (
        Path(override) if override else Path(user_data_dir("thu-ky-cap-uy", appauthor=False, roaming=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def demo_db_path() -> Path:
    return data_dir() / DEMO_DB_NAME


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    """Automatic backups (on exit, daily) with their rotation; see services/backups.py."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def migration_backup_dir() -> Path:
    path = data_dir() / "backups" / "before-migration"
    path.mkdir(parents=True, exist_ok=True)
    return path


def raw_copies_dir() -> Path:
    """Byte copies of a database's files taken before SQLite recovers anything or a migration runs
    (db/files.py ``copy_aside``): one folder per occasion, ``<file>-<stamp>-before-recovery``."""
    path = data_dir() / "backups" / "before-open"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The bundled ``resources/`` folder, from a checkout or from a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
