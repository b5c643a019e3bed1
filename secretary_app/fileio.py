"""Writing a file so that a failure (full disk, stick pulled out, crash) never leaves half of it behind."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

# The temp file is created with this mode and the kernel applies the process umask to it, so the result has
# the permissions an ordinary new file would get. Asking for the umask instead (``os.umask`` can only be read
# by setting it) would change it for the whole process for a moment, while other threads create files.
_NEW_FILE_MODE = 0o666
_CREATE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
)


def _create_temp(path: Path) -> tuple[int, Path]:
    """A new, empty temp file next to ``path`` (same folder, so the final rename is atomic)."""
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, _CREATE_FLAGS, _NEW_FILE_MODE), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temp file name next to {path}")


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temp file in the same folder and an atomic rename.

    The file gets the permissions an ordinary new file would get (``tempfile.mkstemp`` would make it private,
    0600, and an exported PDF or CSV is meant to be shared).
    """
    path = Path(path)
    fd, tmp = _create_temp(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
