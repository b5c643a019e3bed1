"""Writing output files so that a failure (full disk, stick pulled out, crash, bad path) never leaves half a
file behind, never touches a file the write did not create, and always ends in a Vietnamese message.

Every writer of a user-visible file (PDF/DOCX export and render, CSV export, the year archive) goes through
:func:`atomic_write_bytes`: the bytes go to a fresh temporary file in the target folder (created here, so
removing it on failure can never remove the user's own file) and are renamed over the target only once
complete and synced. :func:`output_error` turns any ``OSError`` into the application's error for it,
classified by errno / Windows error code, never by message text (which changes with the OS language).
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from secretary_app.domain.errors import (
    DiskFullError,
    MediaRemovedError,
    OutputError,
    ReadOnlyStorageError,
    StorageError,
)

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", 122), errno.EFBIG}
_READONLY = {errno.EROFS, errno.EACCES, errno.EPERM, errno.ETXTBSY, errno.EBUSY}
_TOO_LONG = {errno.ENAMETOOLONG}
_BAD_NAME = {errno.EINVAL, errno.EILSEQ}
_WIN_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WIN_READONLY = {
    5,
    19,
    32,
    33,
}  # ACCESS_DENIED, WRITE_PROTECT, SHARING_VIOLATION (open in Word), LOCK_VIOLATION
_WIN_MISSING = {2, 3}  # FILE_NOT_FOUND, PATH_NOT_FOUND
_WIN_TOO_LONG = {206}  # FILENAME_EXCED_RANGE
_WIN_BAD_NAME = {123, 161}  # INVALID_NAME, BAD_PATHNAME
TEMP_PREFIX_CHARS = 24  # the temp name must fit where the final name fits (NAME_MAX is 255 bytes)

# The temp file is created with this mode and the kernel applies the process umask to it, so the result has
# the permissions an ordinary new file would get. Asking for the umask instead (``os.umask`` can only be read
# by setting it) would change it for the whole process for a moment, while other threads create files.
_NEW_FILE_MODE = 0o666
_CREATE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
)


def output_error(exc: OSError, path: Path | str) -> StorageError:
    """The application error (with its Vietnamese ``message``) for ``exc`` raised while writing ``path``."""
    if isinstance(exc, StorageError):
        return exc
    path = Path(path)
    winerror = getattr(exc, "winerror", None)
    code = exc.errno
    where = f"“{path}”"
    if code in _FULL or winerror in _WIN_FULL:
        return DiskFullError(
            f"Ổ đĩa chứa {where} đã đầy nên không ghi được tệp; không có tệp dở dang nào được để lại. "
            "Hãy xóa bớt tệp không cần thiết hoặc chọn ổ khác rồi thử lại.",
            path,
        )
    if code in _TOO_LONG or winerror in _WIN_TOO_LONG:
        return OutputError(
            f"Tên tệp hoặc đường dẫn {where} quá dài; hãy chọn tên hoặc thư mục ngắn hơn.", path
        )
    if isinstance(exc, IsADirectoryError) or _is_dir(path):
        return OutputError(f"{where} là một thư mục, không phải tệp; hãy chọn một tên tệp khác.", path)
    if isinstance(exc, NotADirectoryError) or (os.path.lexists(path.parent) and not _is_dir(path.parent)):
        return OutputError(f"“{path.parent}” không phải là thư mục; hãy chọn nơi lưu khác.", path)
    if code == errno.ENOENT or winerror in _WIN_MISSING:
        if not os.path.lexists(path.parent):
            return OutputError(
                f"Thư mục “{path.parent}” không tồn tại; hãy chọn một thư mục có thật để lưu tệp.", path
            )
        return MediaRemovedError(
            f"Mất kết nối với ổ đĩa chứa {where} trong khi ghi (USB bị rút ra hoặc ổ mạng bị ngắt). "
            "Không có tệp dở dang nào được để lại. Hãy cắm lại ổ rồi thử lại.",
            path,
        )
    if code in _READONLY or winerror in _WIN_READONLY:
        return ReadOnlyStorageError(
            f"Không ghi được {where}: thư mục hoặc tệp chỉ đọc, USB bị khóa ghi, tệp đang mở trong chương "
            "trình khác (Word, trình xem PDF) hoặc không có quyền. Hãy kiểm tra rồi thử lại hoặc chọn nơi "
            "lưu khác.",
            path,
        )
    if code in _BAD_NAME or winerror in _WIN_BAD_NAME:
        return OutputError(
            f'Tên tệp {where} có ký tự không được phép (ví dụ \\ / : * ? " < > |); hãy đặt tên khác.', path
        )
    if code in (errno.EIO, errno.ENXIO, errno.ENODEV, getattr(errno, "ESTALE", 116)):
        return MediaRemovedError(
            f"Lỗi đọc/ghi ổ đĩa chứa {where} (USB bị rút ra, ổ mạng bị ngắt hoặc ổ hỏng). "
            "Không có tệp dở dang nào được để lại. Hãy kiểm tra ổ rồi thử lại.",
            path,
        )
    return OutputError(f"Không ghi được tệp {where}: {exc.strerror or exc}.", path)


def same_file(a: Path | str, b: Path | str) -> bool:
    """Whether ``a`` and ``b`` name the same file (through links, "..", case on Windows); False when
    unsure."""
    try:
        if os.path.exists(a) and os.path.exists(b):
            return os.path.samefile(a, b)
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))
    except (OSError, ValueError):
        return False


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # a name too long, or one the OS cannot even look up
        return False


def check_output_path(path: Path | str, inputs: tuple[Path | str, ...] = ()) -> Path:
    """Refuse, before any work, an output that would replace one of ``inputs`` or that is a folder."""
    path = Path(path)
    for source in inputs:
        if same_file(path, source):
            raise OutputError(
                f"Tệp kết quả “{path}” trùng với tệp đầu vào; hãy chọn tên khác để không ghi đè lên nó.", path
            )
    if _is_dir(path):
        raise OutputError(f"“{path}” là một thư mục, không phải tệp; hãy chọn một tên tệp khác.", path)
    return path


def fsync_dir(folder: Path | str) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _create_temp(path: Path) -> tuple[int, Path]:
    """A new, empty temp file next to ``path`` (same folder, so the final rename is atomic). Its name is short
    (a long target name is cut), so it fits wherever the final name fits; O_EXCL makes it ours."""
    for _ in range(100):
        tmp = path.with_name(f".{path.name[:TEMP_PREFIX_CHARS]}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, _CREATE_FLAGS, _NEW_FILE_MODE), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temp file name", str(path))


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temp file in the same folder and an atomic rename.

    The file gets the permissions an ordinary new file would get (``tempfile.mkstemp`` would make it private,
    0600, and an exported PDF or CSV is meant to be shared). Every ``OSError`` is raised as the application's
    error for it (:func:`output_error`); the temp file is removed, the target left as it was.
    """
    path = check_output_path(path)
    tmp: Path | None = None
    try:
        fd, tmp = _create_temp(path)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
        fsync_dir(path.parent)
    except OSError as exc:
        raise output_error(exc, path) from exc
    finally:
        if tmp is not None:
            try:
                tmp.unlink()
            except OSError:
                pass  # the folder went away with it (stick pulled out): nothing of ours is left to remove
    return path
