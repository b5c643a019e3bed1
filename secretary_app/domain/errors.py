"""The errors the application API raises, each with a message a secretary can act on.

Qt-free and SQL-free, so the GUI and the CLI catch them without importing db/ (DESIGN.md: db/ is private
behind the services). db/errors.py maps low-level SQLite and OS errors onto these."""

from __future__ import annotations


class DatabaseOpenError(Exception):
    """The database cannot be opened; ``message`` says why in Vietnamese."""

    def __init__(self, message: str, path: object = None):
        super().__init__(message)
        self.message = message
        self.path = path


class NewerVersionError(DatabaseOpenError):
    """The file was written by a newer version of the app; it is left untouched."""


class CorruptDatabaseError(DatabaseOpenError):
    """The file is not a database or fails its integrity check."""


class DatabaseLockedError(DatabaseOpenError):
    """Another program holds the file locked for longer than we wait."""


class DatabaseMissingError(DatabaseOpenError):
    """No file at the path and the caller did not ask to create one (creating is an explicit act)."""


class ForeignDatabaseError(CorruptDatabaseError):
    """The file is empty (0 bytes, no tables) or another program's SQLite file; it is left byte-identical."""


class ReadOnlyLocationError(DatabaseOpenError):
    """The file or its folder cannot be written (read-only mount, write-protected stick): not damage."""


class NotFoundError(LookupError):
    """A record asked for by id does not exist (deleted meanwhile, or a wrong id)."""


class RuleError(Exception):
    """An operation a record's rules forbid; ``message`` says which rule, in Vietnamese. Nothing was
    written."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ReadOnlyRecordError(RuleError):
    """An attempt to change a record that is locked (issued document, finalised minutes)."""


# ------------------------------------------------------------------------------------------------------------
# Errors while writing (saving a record, copying a backup) that the secretary can do something about. The GUI
# shows ``message`` with a "Thử lại" (retry) button when ``retryable``; nothing committed before the failed
# write is lost, so the messages say so.


class StorageError(Exception):
    """A write failed for a reason outside the program; ``message`` is Vietnamese and says what to do."""

    retryable = True

    def __init__(self, message: str, path: object = None):
        super().__init__(message)
        self.message = message
        self.path = path


class DiskFullError(StorageError):
    """SQLITE_FULL / ENOSPC: the disk (or USB stick) has no room left."""


class ReadOnlyStorageError(StorageError):
    """The file or its folder cannot be written (read-only attribute, write-protected stick, no
    permission)."""


class StorageLockedError(StorageError):
    """Another program (or another window) holds the file locked for longer than we wait."""


class MediaRemovedError(StorageError):
    """The drive went away mid-write (USB stick pulled out, network share dropped) or an I/O error."""


class BackupError(StorageError):
    """A backup could not be made or read for another reason; ``message`` says which."""


class BackupCancelledError(Exception):
    """The user cancelled a backup copy; the partial file has been removed."""


class OutputError(StorageError):
    """An output file cannot be written where the user asked (no such folder, a folder in the way, a name too
    long, the same file as the input); nothing was written. Disk full / read-only / removed media use the
    classes above, so the messages stay the same wherever the write happens."""

    retryable = False


# ------------------------------------------------------------------------------------------------------------
# Exchange between sites (issue 16, docs/exchange.md).


class IdentityFileError(RuleError):
    """A file that is not a readable site identity file (or a hand-edited one); nothing was paired."""


class PacketRefused(RuleError):
    """An exchange packet that is not read: altered, damaged or cut short, too large, from a site not paired
    with this one, meant for another site, or carrying a path that escapes its folder. ``reason`` is a short
    code for programs and tests ("altered", "unpaired", "wrong_recipient", "truncated", "oversized",
    "unsafe_path", "bomb", "not_packet", "signature", "own"); ``message`` says in Vietnamese what happened and
    that nothing was imported."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


class UnreadableDocumentError(RuleError):
    """A received file whose text cannot be read (encrypted PDF, a scan with no text layer, a damaged or
    foreign file); ``message`` says why in Vietnamese and that the fields must be typed. Nothing stored."""
