"""The exchange tables: each record as it travels between sites, keyed and cross-referenced by UUID.

One definition serves the scratch database the session extension works in (db/exchange_scratch.py), the
views of migration 0012 that read the app's tables in this shape (db/schema_exchange.py; a test holds them
equal) and the writer that turns exchanged rows back into local rows (db/exchange_store.py).
Integer ids never travel: a reference is the referenced record's UUID, resolved to the local id on arrival
(docs/exchange.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Ref:
    """A reference column: ``column`` (a UUID) is ``local_column`` (an id) of a row in ``table``."""

    column: str
    local_column: str
    table: str


@dataclass(frozen=True)
class XTable:
    name: str  # the exchange table (and view) name
    local: str  # the app's table
    columns: tuple[str, ...]  # plain columns, copied as they are
    refs: tuple[Ref, ...] = ()
    key: tuple[str, ...] = ("uuid",)  # the primary key across sites
    label: str = ""  # Vietnamese, for summaries

    @cached_property
    def all_columns(self) -> tuple[str, ...]:
        refs = tuple(ref.column for ref in self.refs if ref.column not in self.key)
        return (*self.key, *self.columns, *refs)

    @property
    def by_uuid(self) -> bool:
        return self.key == ("uuid",)

    def key_of(self, row: dict | tuple) -> str:
        """The row's key as one text (the bookkeeping tables store it so)."""
        if isinstance(row, tuple):
            values = list(row[: len(self.key)])
        else:
            values = [row[k] for k in self.key]
        return values[0] if self.by_uuid else json.dumps(values)

    def ref(self, column: str) -> Ref | None:
        return next((ref for ref in self.refs if ref.column == column), None)

    def create_sql(self, schema: str = "main") -> str:
        return (
            f"CREATE TABLE {schema}.{self.name} ({', '.join(self.all_columns)}, "
            f"PRIMARY KEY ({', '.join(self.key)}))"
        )


UNITS = XTable("x_units", "units", ("name", "short_name", "kind"), label="đơn vị")
PEOPLE = XTable(
    "x_people",
    "people",
    ("name", "position", "membership"),
    (Ref("unit_uuid", "unit_id", "units"),),
    label="người",
)
DOCUMENTS = XTable(
    "x_documents",
    "documents",
    (
        "kind",
        "standard",
        "type_code",
        "subject",
        "doc_date",
        "number",
        "status",
        "signer_name",
        "secrecy",
        "urgency",
        "content",
        "version",
        "issued_at",
    ),
    label="văn bản",
)
DIRECTIVES = XTable(
    "x_directives",
    "directives",
    (
        "content",
        "heading",
        "deadline",
        "ongoing",
        "deadline_text",
        "status",
        "completed_on",
        "result",
        "original_deadline",
        "cancel_reason",
        "source_item",
        "ord",
    ),
    (Ref("document_uuid", "document_id", "documents"), Ref("lead_unit_uuid", "lead_unit_id", "units")),
    label="nhiệm vụ",
)
COOPERATION = XTable(
    "x_cooperation",
    "directive_cooperating_units",
    (),
    (Ref("directive_uuid", "directive_id", "directives"), Ref("unit_uuid", "unit_id", "units")),
    key=("directive_uuid", "unit_uuid"),
    label="đơn vị phối hợp",
)
PROGRESS = XTable(
    "x_progress_notes",
    "progress_notes",
    ("note_date", "text", "ord"),
    (Ref("directive_uuid", "directive_id", "directives"),),
    label="tiến độ",
)
EXTENSIONS = XTable(
    "x_extensions",
    "directive_extensions",
    ("previous_deadline", "new_deadline", "reason", "allowed_by", "decided_on", "ord"),
    (Ref("directive_uuid", "directive_id", "directives"),),
    label="gia hạn",
)

# Parents before children: inserts apply in this order, deletes in the reverse one.
TABLES: tuple[XTable, ...] = (UNITS, PEOPLE, DOCUMENTS, DIRECTIVES, COOPERATION, PROGRESS, EXTENSIONS)
BY_NAME = {table.name: table for table in TABLES}
