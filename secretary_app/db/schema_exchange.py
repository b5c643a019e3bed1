"""Migration 0012_exchange_changes (issue 16, docs/exchange.md): what sites exchange, keyed by UUID.

Integer ids are local to one file. The views below show each exchanged record with its UUID as its key and
its references as the referenced records' UUIDs (a directive's lead unit and notice, a note's directive); the
tables keep what the exchange must remember per paired site. The view statements are spelled out, not built
from db/exchange_tables.py, so this migration stays what it was; a test holds their columns equal to it.
"""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.db import schema_exchange_sites  # noqa: F401  (0011 registers first: apply order)
from secretary_app.db.schema import migrations

_VIEWS = [
    """CREATE VIEW x_units AS SELECT uuid, name, short_name, kind FROM units""",
    """CREATE VIEW x_people AS SELECT p.uuid, p.name, p.position, p.membership,
    (SELECT u.uuid FROM units u WHERE u.id = p.unit_id) AS unit_uuid FROM people p""",
    """CREATE VIEW x_documents AS SELECT uuid, kind, standard, type_code, subject, doc_date, number, status,
    signer_name, secrecy, urgency, content, version, issued_at FROM documents""",
    """CREATE VIEW x_directives AS SELECT d.uuid, d.content, d.heading, d.deadline, d.ongoing,
    d.deadline_text, d.status, d.completed_on, d.result, d.original_deadline, d.cancel_reason,
    d.source_item, d.ord,
    (SELECT doc.uuid FROM documents doc WHERE doc.id = d.document_id) AS document_uuid,
    (SELECT u.uuid FROM units u WHERE u.id = d.lead_unit_id) AS lead_unit_uuid FROM directives d""",
    """CREATE VIEW x_cooperation AS SELECT d.uuid AS directive_uuid, u.uuid AS unit_uuid
    FROM directive_cooperating_units c JOIN directives d ON d.id = c.directive_id
    JOIN units u ON u.id = c.unit_id""",
    """CREATE VIEW x_progress_notes AS SELECT n.uuid, n.note_date, n.text, n.ord,
    (SELECT d.uuid FROM directives d WHERE d.id = n.directive_id) AS directive_uuid FROM progress_notes n""",
    """CREATE VIEW x_extensions AS SELECT e.uuid, e.previous_deadline, e.new_deadline, e.reason, e.allowed_by,
    e.decided_on, e.ord, (SELECT d.uuid FROM directives d WHERE d.id = e.directive_id) AS directive_uuid
    FROM directive_extensions e""",
]

_TABLES = [
    # Per paired site: each exchanged row as that site has it from us (the base the next changeset is
    # computed from), as JSON in the exchange table's column order.
    """CREATE TABLE exchange_base (
    site TEXT NOT NULL, tbl TEXT NOT NULL, row_key TEXT NOT NULL, row TEXT NOT NULL,
    PRIMARY KEY (site, tbl, row_key))""",
    # The changesets made for a site, kept and sent again until the site acknowledges them (base64 text: the
    # file check reads every stored value as text, db/checks.py).
    """CREATE TABLE exchange_outbox (
    site TEXT NOT NULL, seq INTEGER NOT NULL, changeset TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (site, seq))""",
    # Per paired site: the last sequence number given to a changeset for it, and the highest it acknowledged.
    """CREATE TABLE exchange_sequences (
    site TEXT PRIMARY KEY, last_sent INTEGER NOT NULL DEFAULT 0, acked INTEGER NOT NULL DEFAULT 0)""",
    # Every changeset applied here, by sender and sequence number: a second copy is never applied again.
    """CREATE TABLE exchange_inbox (
    site TEXT NOT NULL, seq INTEGER NOT NULL, applied_at TEXT NOT NULL, changes INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site, seq))""",
    """CREATE TABLE exchange_packets (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    site TEXT NOT NULL, site_name TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL,
    file TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '{}')""",
    # Both values of a field both sides changed, until the secretary chooses (docs/exchange.md);
    # travels_seq: the changeset that carries the choice to the other site.
    """CREATE TABLE exchange_conflicts (
    id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, site TEXT NOT NULL, site_name TEXT NOT NULL DEFAULT '',
    packet TEXT NOT NULL DEFAULT '', tbl TEXT NOT NULL, row_key TEXT NOT NULL, col TEXT NOT NULL,
    ours TEXT, theirs TEXT, resolved_at TEXT, choice TEXT, resolved_by TEXT,
    travels_seq INTEGER)""",
    "CREATE INDEX exchange_conflicts_open ON exchange_conflicts(resolved_at, site, tbl, row_key)",
    # Which site last changed a record through a packet (the board shows it; a later local edit wins).
    """CREATE TABLE exchange_record_sites (
    tbl TEXT NOT NULL, row_key TEXT NOT NULL, site TEXT NOT NULL, site_name TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL, PRIMARY KEY (tbl, row_key))""",
]


@migrations(name="0012_exchange_changes")
def exchange_changes(db: Database) -> None:
    for statement in (*_VIEWS, *_TABLES):
        db.execute(statement)
