"""Errors from opening or writing the database, each with a message a secretary can act on."""

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


class NotFoundError(LookupError):
    """A record asked for by id does not exist (deleted meanwhile, or a wrong id)."""


class ReadOnlyRecordError(Exception):
    """An attempt to change a record that is locked (issued document, finalised minutes)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
