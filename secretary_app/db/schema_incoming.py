"""Migration 0010: the incoming register (sổ văn bản đến) and the file store (issue 15).

Registered on :data:`secretary_app.db.schema.migrations` (schema.py imports this module at its end), so it
runs after 0009 and before the migrations later modules add.

Files are kept INSIDE the database, content-addressed: ``file_blobs`` holds each distinct content once under
its SHA-256, ``stored_files`` says which record holds which content in what role. Inside, not in a folder
beside it, because everything that already keeps the database safe then keeps the files too, with nothing
to forget: a backup is still ONE self-contained file (db/backups.py), a restore puts records and files back
in one transaction, a copy on a USB stick cannot lose half its files, and a write is all or nothing with the
record it belongs to. The cost is a larger file; a size limit per file (services/file_checks.py) bounds it.

A stored content is never deleted while anything refers to it (the foreign key has no cascade, so SQLite
itself refuses) and nothing here deletes contents at all: editing a record, replacing its scan or moving it
to the recycle bin leaves every byte in place.
"""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.db import search
from secretary_app.db.schema import _COMMON, migrations


@migrations(name="0010_incoming_register")
def incoming_register(db: Database) -> None:
    db.execute(
        """CREATE TABLE file_blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        file_type TEXT NOT NULL,
        data BLOB NOT NULL,
        stored_at TEXT NOT NULL)"""
    )
    db.execute(
        f"""CREATE TABLE stored_files ({_COMMON},
        owner_table TEXT NOT NULL,
        owner_uuid TEXT NOT NULL,
        role TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES file_blobs(sha256),
        size INTEGER NOT NULL,
        file_type TEXT NOT NULL,
        ord INTEGER NOT NULL DEFAULT 0)"""
    )
    db.execute("CREATE INDEX stored_files_owner ON stored_files(owner_table, owner_uuid)")
    db.execute(
        f"""CREATE TABLE incoming_documents ({_COMMON},
        year INTEGER NOT NULL,
        number INTEGER NOT NULL,
        received_on TEXT NOT NULL,
        sender TEXT NOT NULL,
        symbol TEXT NOT NULL DEFAULT '',
        doc_date TEXT,
        type_name TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL,
        urgency TEXT NOT NULL DEFAULT '',
        secrecy TEXT NOT NULL DEFAULT '',
        handling_deadline TEXT,
        handler TEXT NOT NULL DEFAULT '',
        handled_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        report_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        UNIQUE (year, number))"""
    )
    db.execute("CREATE INDEX incoming_received ON incoming_documents(received_on)")
    db.execute("CREATE INDEX incoming_deadline ON incoming_documents(handling_deadline)")
    # The last number given per year: a number once given is never given again (the record may be in the bin).
    db.execute("CREATE TABLE incoming_numbers (year INTEGER PRIMARY KEY, last INTEGER NOT NULL)")
    db.execute(
        "ALTER TABLE directives ADD COLUMN incoming_id INTEGER"
        " REFERENCES incoming_documents(id) ON DELETE SET NULL"
    )
    db.execute("CREATE INDEX directives_incoming ON directives(incoming_id)")
    # The search index gains a fifth kind of record: its row ids now keep three bits for the kind.
    search.rebuild(db)
