"""The schema, as ordered migrations (sqlite_utils.Migrations).

Rules for adding a migration: append a new function, never edit an applied one; every migration must be
safe to run inside a transaction. The set's name is recorded in ``_sqlite_migrations``; a file holding a
migration this version does not know was written by a newer version and is refused (see migrate.py).
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from secretary_app.db import search

MIGRATION_SET = "secretary_app"
migrations = Migrations(MIGRATION_SET)

# Columns every record table carries: a local integer id, a UUID stable across databases, timestamps.
_COMMON = """
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""

_INITIAL = [
    f"""CREATE TABLE organisation ({_COMMON},
    issuing_body TEXT NOT NULL,
    parent_body TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL,
    place TEXT NOT NULL,
    standard TEXT NOT NULL CHECK (standard IN ('party', 'state')),
    term_start TEXT,
    term_label TEXT NOT NULL DEFAULT '',
    office_name TEXT NOT NULL DEFAULT '',
    default_recipients TEXT NOT NULL DEFAULT '[]',
    signers TEXT NOT NULL DEFAULT '[]')""",
    f"""CREATE TABLE units ({_COMMON},
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1)""",
    f"""CREATE TABLE people ({_COMMON},
    name TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
    membership TEXT NOT NULL DEFAULT 'official',
    is_committee_member INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1)""",
    f"""CREATE TABLE meetings ({_COMMON},
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT,
    place TEXT NOT NULL DEFAULT '',
    online_sites TEXT NOT NULL DEFAULT '[]',
    chair TEXT NOT NULL DEFAULT '',
    secretary TEXT NOT NULL DEFAULT '',
    guests TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'planned',
    minutes_version INTEGER NOT NULL DEFAULT 1,
    notes TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX meetings_start ON meetings(start)",
    f"""CREATE TABLE attendance ({_COMMON},
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    online_site TEXT NOT NULL DEFAULT '',
    membership TEXT NOT NULL DEFAULT 'official',
    is_guest INTEGER NOT NULL DEFAULT 0,
    ord INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX attendance_meeting ON attendance(meeting_id)",
    f"""CREATE TABLE agenda_items ({_COMMON},
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    presenter TEXT NOT NULL DEFAULT '',
    ord INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX agenda_meeting ON agenda_items(meeting_id)",
    f"""CREATE TABLE minutes_entries ({_COMMON},
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    agenda_item_uuid TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT NOT NULL DEFAULT '',
    vote_for INTEGER,
    vote_against INTEGER,
    vote_other INTEGER,
    ord INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX minutes_meeting ON minutes_entries(meeting_id)",
    f"""CREATE TABLE documents ({_COMMON},
    kind TEXT NOT NULL,
    standard TEXT NOT NULL,
    type_code TEXT NOT NULL,
    subject TEXT NOT NULL,
    doc_date TEXT,
    number INTEGER,
    status TEXT NOT NULL DEFAULT 'draft',
    signer_name TEXT NOT NULL DEFAULT '',
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    secrecy TEXT NOT NULL DEFAULT '',
    urgency TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT '{{}}',
    version INTEGER NOT NULL DEFAULT 1,
    supersedes_id INTEGER REFERENCES documents(id),
    issued_at TEXT)""",
    "CREATE INDEX documents_date ON documents(doc_date)",
    f"""CREATE TABLE directives ({_COMMON},
    content TEXT NOT NULL,
    heading TEXT NOT NULL DEFAULT '',
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    lead_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
    deadline TEXT,
    ongoing INTEGER NOT NULL DEFAULT 0,
    deadline_text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    completed_on TEXT,
    result TEXT NOT NULL DEFAULT '',
    ord INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX directives_deadline ON directives(deadline)",
    "CREATE INDEX directives_document ON directives(document_id)",
    """CREATE TABLE directive_cooperating_units (
    directive_id INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    PRIMARY KEY (directive_id, unit_id))""",
    f"""CREATE TABLE progress_notes ({_COMMON},
    directive_id INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    note_date TEXT NOT NULL,
    text TEXT NOT NULL,
    ord INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX progress_directive ON progress_notes(directive_id)",
    """CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_uuid TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '')""",
    # The log is append-only: the database itself refuses edits and deletions, whatever code asks.
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
]


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)


@migrations(name="0002_minutes_versions")
def minutes_versions(db: Database) -> None:
    # Finalised minutes are records: a later correction keeps the finalised text as it was, here.
    db.execute(
        f"""CREATE TABLE minutes_versions ({_COMMON},
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        snapshot TEXT NOT NULL,
        finalised_at TEXT NOT NULL,
        UNIQUE (meeting_id, version))"""
    )


# The statement is spelled out here, not imported, so that this migration stays what it was when later
# versions change the index (they add a migration of their own).
_SEARCH_INDEX = """CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, record_id UNINDEXED, parent_id UNINDEXED, title UNINDEXED, body UNINDEXED,
    ftitle, fbody,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3'
)"""


@migrations(name="0003_search")
def search_index(db: Database) -> None:
    """Full-text search over folded text (see db/search.py), filled for the records already stored."""
    db.execute(_SEARCH_INDEX)
    search.rebuild(db)  # the same entry builder as the live index (the repository hook)


@migrations(name="0004_directive_board_index")
def directive_board_index(db: Database) -> None:
    # The board's status filters and counts need only these facts of every directive: reading them from
    # an index, not from the wide rows, keeps the board fast on a ten-year database (db/board_queries.py).
    db.execute("CREATE INDEX directives_board ON directives(status, ongoing, deadline, completed_on)")


@migrations(name="0005_recycle_bin")
def recycle_bin(db: Database) -> None:
    # Deleting a record moves it here whole (its row and its children's rows, as JSON) instead of to
    # nowhere; "Khôi phục" puts it back with the same UUIDs (db/recycle_bin.py).
    db.execute(
        f"""CREATE TABLE recycle_bin ({_COMMON},
        kind TEXT NOT NULL,
        record_uuid TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        deleted_at TEXT NOT NULL,
        deleted_by TEXT NOT NULL DEFAULT '',
        payload TEXT NOT NULL)"""
    )


# Frozen copies of the rules this migration applies once to the rows already stored (later versions may change
# the live rules; a migration must stay what it was).
def _fold0006(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", (text or "").replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _unit_kind0006(name: str) -> str:
    folded = _fold0006(name)
    if folded.startswith("chi bo"):
        return "cell"
    if folded.startswith("co quan thuong tru"):
        return "bureau"
    if folded.startswith(("ban ", "van phong", "uy ban")):
        return "board"
    return "affiliated"


@migrations(name="0006_people_units")
def people_units(db: Database) -> None:
    """Units get a kind and an order; people an order of precedence; committee membership becomes dated seats.

    Before this, "committee member" was a yes/no flag on the person: a new term would have rewritten it for
    every earlier day too. Each flagged person now holds an undated seat (held "since before the records
    began"): a member of the Standing Committee when the position says so, else of the Executive Committee."""
    db.execute("ALTER TABLE units ADD COLUMN kind TEXT NOT NULL DEFAULT 'affiliated'")
    db.execute("ALTER TABLE units ADD COLUMN ord INTEGER NOT NULL DEFAULT 0")
    for unit_id, name in db.execute("SELECT id, name FROM units").fetchall():
        db.execute(
            "UPDATE units SET kind = ?, ord = ? WHERE id = ?", [_unit_kind0006(name), unit_id, unit_id]
        )
    db.execute("ALTER TABLE people ADD COLUMN ord INTEGER NOT NULL DEFAULT 0")
    db.execute("UPDATE people SET ord = id")
    db.execute(
        f"""CREATE TABLE committee_seats ({_COMMON},
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('bch', 'btv')),
        start TEXT,
        "end" TEXT,
        term_label TEXT NOT NULL DEFAULT '')"""
    )
    db.execute("CREATE INDEX committee_seats_person ON committee_seats(person_id)")
    rows = db.execute(
        "SELECT id, position, created_at FROM people WHERE is_committee_member = 1 ORDER BY id"
    ).fetchall()
    import uuid as _uuid

    for person_id, position, created_at in rows:
        folded = _fold0006(position)
        role = "btv" if ("thuong vu" in folded or "bi thu" in folded) else "bch"
        db.execute(
            "INSERT INTO committee_seats (uuid, created_at, updated_at, person_id, role) "
            "VALUES (?, ?, ?, ?, ?)",
            [str(_uuid.uuid4()), created_at, created_at, person_id, role],
        )
    db.execute("ALTER TABLE people DROP COLUMN is_committee_member")


@migrations(name="0007_directive_life")
def directive_life(db: Database) -> None:
    """Directives through their whole life (issue 12): extensions keep the first deadline and every step;
    cancelling keeps its reason; a task remembers the notice line it came from and where its work went when it
    was split, merged or replaced. The board index gains original_deadline, which the status "done on time
    (extended)" reads, so the counts per status stay answered from the index alone."""
    for column in (
        "original_deadline TEXT",
        "cancel_reason TEXT NOT NULL DEFAULT ''",
        "source_item TEXT NOT NULL DEFAULT ''",
        "replaced_by_id INTEGER REFERENCES directives(id) ON DELETE SET NULL",
        "split_from_id INTEGER REFERENCES directives(id) ON DELETE SET NULL",
    ):
        db.execute(f"ALTER TABLE directives ADD COLUMN {column}")
    db.execute(
        f"""CREATE TABLE directive_extensions ({_COMMON},
        directive_id INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
        previous_deadline TEXT,
        new_deadline TEXT NOT NULL,
        reason TEXT NOT NULL,
        allowed_by TEXT NOT NULL DEFAULT '',
        decided_on TEXT,
        ord INTEGER NOT NULL DEFAULT 0)"""
    )
    db.execute("CREATE INDEX directive_extensions_directive ON directive_extensions(directive_id)")
    db.execute("DROP INDEX directives_board")
    db.execute(
        "CREATE INDEX directives_board"
        " ON directives(status, ongoing, deadline, completed_on, original_deadline)"
    )
    db.execute("CREATE INDEX directives_source_item ON directives(document_id, source_item)")


@migrations(name="0008_directive_source_items")
def directive_source_items(db: Database) -> None:
    """The notice line each task stored before came from (directives.source_item): the item's ref where the
    notice's item has one, else its place ("#3"). Tasks were created in the notice's item order (``ord``);
    a notice whose items no longer line up with its tasks gets the place from ``ord`` alone."""
    import json

    documents = db.execute(
        "SELECT id, content FROM documents WHERE id IN "
        "(SELECT DISTINCT document_id FROM directives WHERE source_item = '')"
    ).fetchall()
    for document_id, content in documents:
        try:
            body = json.loads(content).get("body") or []
        except (ValueError, AttributeError):
            body = []
        refs = [str(b.get("ref") or "") for b in body if isinstance(b, dict) and b.get("type") == "item"]
        tasks = db.execute(
            "SELECT id, ord FROM directives WHERE document_id = ? ORDER BY ord, id", [document_id]
        ).fetchall()
        lined_up = len(tasks) == len(refs)
        for index, (task_id, order) in enumerate(tasks):
            ref = refs[index] if lined_up and refs[index] else f"#{(index if lined_up else order) + 1}"
            db.execute(
                "UPDATE directives SET source_item = ? WHERE id = ? AND source_item = ''", [ref, task_id]
            )


@migrations(name="0009_issued_file_hashes")
def issued_file_hashes(db: Database) -> None:
    """The SHA-256 of the files a document is issued as (issue 14: ``secretary-app verify``): the PDF/A-2b
    archive copy ("pdfa") and the plain PDF ("pdf"), both rendered deterministically at issue time. Documents
    issued before have none (verify says it cannot recognise their files)."""
    db.execute(
        """CREATE TABLE issued_files (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        format TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (document_id, format))"""
    )
    db.execute("CREATE INDEX issued_files_sha256 ON issued_files(sha256)")


# Migrations kept in their own modules register here, after the ones above (import order is apply order).
from secretary_app.db import schema_incoming  # noqa: E402, F401  (0010_incoming_register)

# isort: split
from secretary_app.db import schema_exchange, schema_exchange_sites  # noqa: E402, F401
