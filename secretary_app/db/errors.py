"""Maps low-level SQLite and OS errors onto the application's errors (domain/errors.py)."""

from __future__ import annotations

from secretary_app.domain.errors import (  # noqa: F401  (re-exported for db/ modules)
    BackupCancelledError,
    BackupError,
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseOpenError,
    DiskFullError,
    ForeignDatabaseError,
    MediaRemovedError,
    NewerVersionError,
    NotFoundError,
    ReadOnlyLocationError,
    ReadOnlyRecordError,
    ReadOnlyStorageError,
    RuleError,
    StorageError,
    StorageLockedError,
)

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_FULL, _SQLITE_CANTOPEN = 13, 14
# errno values (POSIX) and Windows error codes that mean the same things.
_ERRNO_FULL = {28, 122}  # ENOSPC, EDQUOT
_ERRNO_READONLY = {30, 13, 1}  # EROFS, EACCES, EPERM
_ERRNO_REMOVED = {5, 6, 19, 2, 116}  # EIO, ENXIO, ENODEV, ENOENT (folder vanished), ESTALE
_WINERROR_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WINERROR_READONLY = {5, 19}  # ERROR_ACCESS_DENIED, ERROR_WRITE_PROTECT
_WINERROR_LOCKED = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WINERROR_REMOVED = {
    21,
    55,
    1006,
    1167,
    2,
    3,
}  # NOT_READY, DEV_NOT_EXIST, FILE_INVALID, DEVICE_NOT_CONNECTED, …


def _messages(path: object) -> dict[type[StorageError], str]:
    where = f" ({path})" if path else ""
    return {
        DiskFullError: f"Ổ đĩa{where} đã đầy nên không ghi được. Những gì đã lưu trước đó vẫn còn nguyên. "
        "Hãy xóa bớt tệp không cần thiết hoặc chọn ổ khác, rồi bấm “Thử lại”.",
        ReadOnlyStorageError: f"Không có quyền ghi vào tệp hoặc thư mục{where} (tệp chỉ đọc, USB bị khóa ghi "
        "hoặc thiếu quyền). Những gì đã lưu trước đó vẫn còn nguyên. Hãy kiểm tra rồi bấm “Thử lại”.",
        StorageLockedError: f"Tệp dữ liệu{where} đang bị một chương trình hoặc cửa sổ khác giữ. "
        "Hãy đóng chương trình đó rồi bấm “Thử lại”.",
        MediaRemovedError: f"Mất kết nối với ổ đĩa{where} trong khi ghi (USB bị rút ra hoặc ổ mạng bị ngắt). "
        "Không có tệp dở dang nào được để lại. Hãy cắm lại ổ rồi bấm “Thử lại”.",
    }


def storage_error(exc: BaseException, path: object = None) -> StorageError | None:
    """The :class:`StorageError` a low-level ``sqlite3.Error`` or ``OSError`` stands for, or ``None`` when it
    is not one the user can act on (a programming error, a corrupt file: those keep their own handling).

    Classifies by SQLite result code and errno / Windows error code rather than by message text, which
    changes with the SQLite version and the Windows language.
    """
    if isinstance(exc, StorageError):
        return exc
    kind: type[StorageError] | None = None
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        primary = code & 0xFF
        kind = {
            _SQLITE_FULL: DiskFullError,
            _SQLITE_READONLY: ReadOnlyStorageError,
            _SQLITE_BUSY: StorageLockedError,
            _SQLITE_LOCKED: StorageLockedError,
            _SQLITE_IOERR: MediaRemovedError,
            _SQLITE_CANTOPEN: MediaRemovedError,
        }.get(primary)
    elif isinstance(exc, OSError):
        winerror = getattr(exc, "winerror", None)
        groups: tuple[tuple[set[int], type[StorageError]], ...]
        if winerror is not None:
            groups = (
                (_WINERROR_FULL, DiskFullError),
                (_WINERROR_READONLY, ReadOnlyStorageError),
                (_WINERROR_LOCKED, StorageLockedError),
                (_WINERROR_REMOVED, MediaRemovedError),
            )
            kind = next((k for codes, k in groups if winerror in codes), None)
        if kind is None:
            groups = (
                (_ERRNO_FULL, DiskFullError),
                (_ERRNO_READONLY, ReadOnlyStorageError),
                (_ERRNO_REMOVED, MediaRemovedError),
            )
            kind = next((k for codes, k in groups if exc.errno in codes), None)
        path = path or exc.filename
    if kind is None:
        return None
    error = kind(_messages(path)[kind], path)
    error.__cause__ = exc
    return error
