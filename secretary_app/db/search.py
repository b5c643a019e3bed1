"""The full-text search index: one FTS5 table over folded text of meetings, minutes, documents, directives.

No SQLite tokenizer folds đ/Đ to d (Unicode does not decompose it), so the index holds a *folded shadow*
of each record's text (:func:`secretary_app.domain.text.fold`: lower case, no diacritics, đ→d) and queries
are folded the same way: "dang uy" finds "Đảng ủy" and "Đảng ủy" finds text typed without accents.

The original (accented) texts are stored beside the folded ones, unindexed, so that a hit can be shown and
highlighted without going back to the record tables.

Row ids encode the record: ``rowid = record_id * 8 + kind code`` (``* 4`` before migration 0010 added the
fifth kind, incoming documents, and rebuilt the index). Updating or deleting one record's entry is
then a primary-key operation, not a scan of the index (FTS5 cannot index its UNINDEXED columns).

The index is written by :class:`~secretary_app.db.repository.Store` in the same transaction as the record
(:func:`index_row`, :func:`unindex`), and filled for existing records by migration 0003_search
(:func:`rebuild`). Bulk loaders that bypass the Store must call :func:`rebuild` afterwards.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlite_utils import Database

from secretary_app.domain.text import fold

if TYPE_CHECKING:
    from secretary_app.db.repository import Store

TABLE = "search_index"

# kind name, code (the low two bits of the rowid), source table
MEETING, MINUTES, DOCUMENT, DIRECTIVE = "meeting", "minutes", "document", "directive"
INCOMING = "incoming"
KIND_CODES = {MEETING: 0, MINUTES: 1, DOCUMENT: 2, DIRECTIVE: 3, INCOMING: 4}
KIND_BITS, KIND_MASK = 3, 7  # the low bits of a row id that hold the kind code
KIND_BY_CODE = {code: kind for kind, code in KIND_CODES.items()}
KIND_BY_TABLE = {
    "meetings": MEETING,
    "minutes_entries": MINUTES,
    "documents": DOCUMENT,
    "directives": DIRECTIVE,
    "incoming_documents": INCOMING,
}

# The table is created by migration 0003_search (db/schema.py). Its columns, in the order bm25 weights follow:
# kind, record_id, parent_id, title, body (unindexed: bookkeeping and the original texts), ftitle, fbody.
# A hit in the title (subject, meeting title, the directive itself) outranks one in the body.
_BM25 = f"bm25({TABLE}, 0, 0, 0, 0, 0, 4.0, 1.0)"

# unicode61 splits on everything but letters and digits (the underscore too).
_TOKEN = re.compile(r"[^\W_]+")


def rowid_of(kind: str, record_id: int) -> int:
    return (record_id << KIND_BITS) + KIND_CODES[kind]


@dataclass(frozen=True)
class Entry:
    """What the index holds for one record: display texts (original) plus extra searchable terms."""

    kind: str
    record_id: int
    parent_id: int | None  # the meeting of a minutes entry, the notice of a directive, …
    title: str
    body: str
    extra_terms: str = ""  # searchable but not shown (a document's number and type code)

    def values(self) -> tuple:
        return (
            rowid_of(self.kind, self.record_id),
            self.kind,
            self.record_id,
            self.parent_id,
            self.title,
            self.body,
            fold(f"{self.title} {self.extra_terms}"),
            fold(self.body),
        )


def _join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def _document_text(content: str | dict | None) -> str:
    """The readable text of a stored document model: its title, subject and body blocks."""
    if isinstance(content, str):
        try:
            content = json.loads(content or "{}")
        except ValueError:
            return ""
    if not isinstance(content, dict):
        return ""
    body = content.get("body")
    blocks = body if isinstance(body, list) else []
    texts = [b.get("text", "") for b in blocks if isinstance(b, dict) and isinstance(b.get("text"), str)]
    return _join(content.get("title") if isinstance(content.get("title"), str) else "", *texts)


def entry_for(table: str, record_id: int, row: dict) -> Entry | None:
    """The index entry of a record given its row (column → value); None for tables not indexed."""
    kind = KIND_BY_TABLE.get(table)
    if kind == MEETING:
        body = " · ".join(p for p in (row.get("kind"), row.get("place"), row.get("chair")) if p)
        return Entry(kind, record_id, None, row.get("title") or "", body)
    if kind == MINUTES:
        return Entry(kind, record_id, row.get("meeting_id"), row.get("speaker") or "", row.get("text") or "")
    if kind == DOCUMENT:
        number = row.get("number")
        extra = f"{number if number is not None else ''} {row.get('type_code') or ''}"
        return Entry(
            kind,
            record_id,
            row.get("meeting_id"),
            row.get("subject") or "",
            _document_text(row.get("content")),
            extra,
        )
    if kind == DIRECTIVE:
        body = _join(row.get("heading"), row.get("result"))
        return Entry(kind, record_id, row.get("document_id"), row.get("content") or "", body)
    if kind == INCOMING:
        body = " · ".join(
            p for p in (row.get("type_name"), row.get("symbol"), row.get("sender"), row.get("handler")) if p
        )
        return Entry(kind, record_id, None, row.get("summary") or "", body, str(row.get("number") or ""))
    return None


_INSERT = (
    f"INSERT INTO {TABLE} (rowid, kind, record_id, parent_id, title, body, ftitle, fbody) VALUES "
    "(?,?,?,?,?,?,?,?)"
)


def index_row(db: Database, table: str, record_id: int, row: dict) -> None:
    """(Re)index one record after an insert or update; a no-op for tables that are not searched."""
    entry = entry_for(table, record_id, row)
    if entry is None:
        return
    db.execute(f"DELETE FROM {TABLE} WHERE rowid = ?", [rowid_of(entry.kind, record_id)])
    db.execute(_INSERT, entry.values())


# What deleting a record does to other indexed records inside SQLite, out of the repository's sight:
# (deleted kind, child table, foreign key, child kind, cascade delete? else SET NULL).
_FOREIGN_KEYS = [
    (MEETING, "minutes_entries", "meeting_id", MINUTES, True),
    (MEETING, "documents", "meeting_id", DOCUMENT, False),
    (DOCUMENT, "directives", "document_id", DIRECTIVE, False),
]


def unindex(db: Database, table: str, record_id: int) -> None:
    """Remove a record about to be deleted, with what the deletion cascades to (a meeting's minutes), and
    forget it as the parent of others (ON DELETE SET NULL). Call before the delete, in its transaction."""
    kind = KIND_BY_TABLE.get(table)
    if kind is None:
        return
    for parent_kind, child_table, column, child_kind, cascade in _FOREIGN_KEYS:
        if parent_kind != kind:
            continue
        children = f"SELECT (id << {KIND_BITS}) + ? FROM {child_table} WHERE {column} = ?"
        args = [KIND_CODES[child_kind], record_id]
        if cascade:
            db.execute(f"DELETE FROM {TABLE} WHERE rowid IN ({children})", args)
        else:
            db.execute(f"UPDATE {TABLE} SET parent_id = NULL WHERE rowid IN ({children})", args)
    db.execute(f"DELETE FROM {TABLE} WHERE rowid = ?", [rowid_of(kind, record_id)])


def _all_entries(db: Database) -> Iterator[tuple]:
    present = set(db.table_names())  # (migration 0003 runs before the tables later ones add)
    for table in KIND_BY_TABLE:
        if table not in present:
            continue
        for row in db.table(table).rows:
            entry = entry_for(table, row["id"], row)
            if entry is not None:  # every row of a searched table has one
                yield entry.values()


def rebuild(db: Database) -> int:
    """Re-create every entry from the record tables; returns the number of entries. Call inside a
    transaction."""
    db.execute(f"DELETE FROM {TABLE}")
    cursor = db.conn.executemany(_INSERT, _all_entries(db))
    db.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")  # merge the b-trees: faster queries
    return cursor.rowcount if cursor.rowcount >= 0 else 0


def query_tokens(query: str) -> list[str]:
    """The folded words of a query, as the index's tokenizer would cut them."""
    return _TOKEN.findall(fold(query))


def match_expression(tokens: list[str]) -> str | None:
    """An FTS5 MATCH expression: all words required, the last one as a prefix (the user is still typing).

    Every word is quoted, so nothing the user types ("AND", "-", quotes) is read as query syntax. A last word
    of one letter is taken whole: "d…" would expand to every word starting with d, slow and useless.
    """
    if not tokens:
        return None
    quoted = [f'"{t}"' for t in tokens]
    if len(tokens[-1]) > 1:
        quoted[-1] += "*"
    return " ".join(quoted)


def _word_patterns(tokens: list[str]) -> list[re.Pattern]:
    """One pattern per query word that finds it in folded text as :func:`match_expression` matches it in
    the index: a whole token, the last word (longer than one letter) as the start of a token."""
    patterns = []
    for i, token in enumerate(tokens):
        prefix = i == len(tokens) - 1 and len(token) > 1
        patterns.append(re.compile(r"(?<![^\W_])" + re.escape(token) + ("" if prefix else r"(?![^\W_])")))
    return patterns


def directives_matching(db: Database, tokens: list[str], directive_ids: list[int]) -> set[int]:
    """Which of ``directive_ids`` match ``tokens`` (as :func:`directive_ids_sql` would find them), tested on
    their indexed folded text read by row id: cheaper than listing every match of a very common word."""
    patterns = _word_patterns(tokens)
    if not patterns:
        return set(directive_ids)
    rows = db.execute(
        f"SELECT rowid >> {KIND_BITS}, ftitle, fbody FROM {TABLE} WHERE rowid IN"
        f" (SELECT (value << {KIND_BITS}) + ? FROM "
        "json_each(?))",
        [KIND_CODES[DIRECTIVE], json.dumps(directive_ids)],
    )
    return {
        record_id
        for record_id, title, body in rows
        if all(p.search(title) or p.search(body) for p in patterns)
    }


def directive_match_count(db: Database, tokens: list[str], at_most: int) -> int:
    """How many directives match ``tokens``, counted up to ``at_most`` (a cheap "is this word common?")."""
    expression = match_expression(tokens)
    if expression is None:
        return 0
    return db.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH ? AND (rowid & {KIND_MASK}) = ?"
        " LIMIT ?)",
        [expression, KIND_CODES[DIRECTIVE], at_most],
    ).fetchone()[0]


@dataclass(frozen=True)
class RawHit:
    kind: str
    record_id: int
    parent_id: int | None
    title: str
    body: str
    folded_body: (
        str  # fold(body), as indexed: lets the snippet find its window without folding the body again
    )
    score: float  # higher is better


# bm25 must score every match before it can sort them: for a word in nearly every record ("công tác") that
# is 100,000+ rows and hundreds of milliseconds. Only the RANK_WINDOW newest matches are ranked (row ids
# grow with record ids, and FTS5 walks them newest first and stops): for a rare word that is all its matches,
# for a common one the best of the recent records, which is what a secretary looks for first.
RANK_WINDOW = 2000


def search(
    store: Store, tokens: list[str], limit: int = 50, kinds: Iterable[str] | None = None
) -> list[RawHit]:
    """Best hits first (bm25, among the RANK_WINDOW newest matches), at most ``limit``."""
    expression = match_expression(tokens)
    if expression is None:
        return []
    where = f"{TABLE} MATCH ?"
    args: list[str | int] = [expression]
    if kinds is not None:
        codes = sorted({KIND_CODES[k] for k in kinds})
        where += f" AND (rowid & {KIND_MASK}) IN ({', '.join('?' * len(codes))})"
        args += codes
    # Rank on row ids alone, keep the best ``limit``, and only then read the texts of those few rows: joining
    # before the limit read the (long) texts of every ranked row, e.g. 2,000 notices for "TB".
    rows = store.read_tolerantly(
        lambda: store.db.execute(
            f"""SELECT s.kind, s.record_id, s.parent_id, s.title, s.body, s.fbody, best.score
        FROM (SELECT rowid, score FROM (
                SELECT rowid, {_BM25} AS score FROM {TABLE} WHERE {where} ORDER BY rowid DESC LIMIT ?
            ) ORDER BY score, rowid DESC LIMIT ?) AS best
        JOIN {TABLE} s ON s.rowid = best.rowid
        ORDER BY best.score, best.rowid DESC""",
            [*args, RANK_WINDOW, limit],
        ).fetchall()
    )
    return [
        RawHit(kind, record_id, parent_id, title, body, fbody, -score)
        for kind, record_id, parent_id, title, body, fbody, score in rows
    ]


def directive_ids_sql(tokens: list[str]) -> tuple[str, dict] | None:
    """A sub-select of the ids of directives matching ``tokens``, for ``directives.id IN (…)`` filters,
    with its named parameters (None when the text has no words: no filter)."""
    expression = match_expression(tokens)
    if expression is None:
        return None
    sql = (
        f"SELECT rowid >> {KIND_BITS} FROM {TABLE} WHERE {TABLE} MATCH :search_match"
        f" AND (rowid & {KIND_MASK}) = :search_kind"
    )
    return sql, {"search_match": expression, "search_kind": KIND_CODES[DIRECTIVE]}


def meeting_titles(store: Store, meeting_ids: Iterable[int]) -> dict[int, str]:
    """Titles of the given meetings (to show which meeting a minutes hit belongs to), in one query."""
    ids = sorted(set(meeting_ids))
    if not ids:
        return {}
    rows = store.db.execute(f"SELECT id, title FROM meetings WHERE id IN ({', '.join('?' * len(ids))})", ids)
    return dict(rows.fetchall())
