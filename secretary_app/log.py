"""Logging to a rotating file in the user data directory (and stderr when run from a terminal)."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from secretary_app.paths import log_dir

LOG_FILE_NAME = "secretary-app.log"


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_secretary", False) for h in root.handlers):
        return  # already configured (tests open several windows in one process)
    handler = logging.handlers.RotatingFileHandler(
        log_dir() / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._secretary = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if sys.stderr is not None and sys.stderr.isatty():
        root.addHandler(logging.StreamHandler())
    root.setLevel(level)
