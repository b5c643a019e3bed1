"""Migration 0011: who this database is in the exchange between sites, and the sites paired with it (issue 16,
docs/exchange.md). Imported at the end of schema.py, so it registers after the migrations there.

``exchange_self`` holds one row: this site's id, name and Ed25519 key pair. The private key lives in the
database on purpose: a backup (a copy of the file) carries it, so a restored head office still signs as
itself and its bureaus need not pair again; it is never written to a packet or an identity file.
``exchange_sites`` are the paired sites: their public key, and on the head office the unit each one is."""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.db.schema import migrations


@migrations(name="0011_exchange_sites")
def exchange_sites(db: Database) -> None:
    db.execute(
        """CREATE TABLE exchange_self (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        site_id TEXT NOT NULL,
        name TEXT NOT NULL,
        private_key BLOB NOT NULL,
        public_key BLOB NOT NULL,
        created_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE exchange_sites (
        id INTEGER PRIMARY KEY,
        site_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        public_key BLOB NOT NULL,
        unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
        paired_at TEXT NOT NULL,
        updated_at TEXT NOT NULL)"""
    )
