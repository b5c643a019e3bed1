"""Exchange with paired sites (issue 16, docs/exchange.md): the data half.

``outgoing(site)`` makes the parts of the next packet for a site (the changesets it has not acknowledged
and ``exchange.json``); ``incoming(site, parts)`` applies a verified packet's parts. The packet file itself
(manifest, signature, refusals) is services/exchange_packets.py's; the sites and their pairing are its tables
too, reached here through a :class:`SiteDirectory`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from secretary_app.db import exchange_store as xs
from secretary_app.db.exchange_sync import ApplyReport, apply_changeset, make_changeset, settle
from secretary_app.db.exchange_tables import BY_NAME
from secretary_app.db.repository import Store
from secretary_app.domain.changes import Change
from secretary_app.domain.errors import NotFoundError, RuleError

DATA_FORMAT = "secretary-exchange-data"
DATA_VERSION = 1
META_PART = "exchange.json"
_CHANGESET_PART = re.compile(r"changesets/(\d{6})\.bin")
# The PDF of each issued document a packet carries (the notice its tasks came from), by the document's UUID.
FILES_DIR = "files/"
_FILE_PART = re.compile(r"files/([0-9a-f-]{36})\.pdf")
RECEIVED_FORMAT = "received-pdf"  # issued_files.format of the PDF the issuing site sent
_CHOICES = ("ours", "theirs")
_KEPT = {"ours": "bản tại đây", "theirs": "bản của đơn vị gửi"}


@dataclass(frozen=True)
class Peer:
    """A site as the data half needs it: ``unit_id`` is the unit it is on our side (we are its head office);
    None when it is our head office."""

    site_id: str
    name: str
    unit_id: int | None = None


class SiteDirectory(Protocol):
    """What the data half needs of services/sites.py (SiteService); its Site has Peer's attributes."""

    def this_site(self) -> Any: ...

    def by_name(self, name: str) -> Any: ...

    def paired_sites(self) -> list: ...

    def write_packet(self, path: Path | str, recipient: Any, sequence: int, parts: Any) -> Path: ...

    def read_packet(self, path: Path | str) -> Any: ...


@dataclass
class Outgoing:
    seq: int  # this packet's sequence number (the newest changeset in it)
    parts: dict[str, bytes]
    counts: Counter  # rows changed since the previous packet, by exchange table
    resent: list[int]  # earlier sequence numbers travelling again (not acknowledged yet)


@dataclass
class ImportResult:
    sender: str
    applied: list[int] = field(default_factory=list)  # sequence numbers applied now
    already: list[int] = field(
        default_factory=list
    )  # present but applied before (a duplicate, a late packet)
    gaps: list[int] = field(default_factory=list)  # sequence numbers still missing
    report: ApplyReport = field(default_factory=ApplyReport)
    preview: bool = False  # computed by preview_import: nothing was written
    files: int = 0  # documents whose issued PDF came with the packet and was kept

    @property
    def changed(self) -> bool:
        return bool(self.report.counts) or bool(self.report.conflicts)

    def summary(self) -> dict[str, Any]:
        return {
            "sender": self.sender,
            "applied": self.applied,
            "already": self.already,
            "gaps": self.gaps,
            "changes": {BY_NAME[k].label: v for k, v in sorted(self.report.counts.items())},
            "conflicts": len(self.report.conflicts),
            "files": self.files,
        }

    def messages(self) -> list[str]:
        """What the secretary reads, in Vietnamese."""
        lines = [f"thiếu gói số {seq} từ {self.sender}" for seq in self.gaps]
        if not self.applied:
            lines.append(f"Gói từ {self.sender} đã được nhận trước đây: không có gì thay đổi.")
        changes = ", ".join(f"{n} {label}" for label, n in self.summary()["changes"].items())
        if self.applied:
            done = "Sẽ nhận" if self.preview else "Đã nhận"
            lines.append(f"{done} từ {self.sender}: {changes or 'không có thay đổi'}.")
        if self.report.conflicts:
            lines.append(
                f"{len(self.report.conflicts)} trường bị sửa ở cả hai nơi: cần chọn giá trị giữ lại."
            )
        return lines


class _Preview(Exception):
    """Rolls back a dry run (preview, pending summary) after it computed its answer."""


class ExchangeService:
    def __init__(self, store: Store, sites: SiteDirectory | None = None):
        self._store = store
        self.sites = sites

    # -- sending ---------------------------------------------------------------------------------------
    def export_packet(self, site: str, path: Path | str) -> tuple[Path, Outgoing]:
        """Write the next packet for the paired site named ``site`` to ``path`` (one transaction: when the
        file cannot be written, nothing is recorded as sent). RuleError for an unknown site."""
        peer = self._directory().by_name(site)
        written: list[Path] = []

        def write(out: Outgoing) -> None:
            written.append(self._directory().write_packet(path, peer, out.seq, out.parts))

        out = self.outgoing(peer, write=write, file=Path(path).name)
        return written[0], out

    def outgoing(self, peer: Peer, *, me: Peer | None = None, write=None, file: str = "") -> Outgoing:
        """Make the next packet's parts for ``peer`` and remember its changeset until acknowledged.
        ``write(outgoing)``: called inside the transaction (the packet file), so a failure records nothing."""
        me = me or self._me()
        with self._store.transaction():
            changeset, counts = make_changeset(self._store, peer.site_id, peer.unit_id)
            seq = xs.add_outgoing(self._store, peer.site_id, changeset)
            waiting = xs.unacknowledged(self._store, peer.site_id)
            ack = xs.contiguous(xs.applied(self._store, peer.site_id))
            summary = {BY_NAME[k].label: v for k, v in sorted(counts.items())}
            meta = {
                "format": DATA_FORMAT,
                "version": DATA_VERSION,
                "site": me.site_id,
                "site_name": me.name,
                "ack": ack,
                "changesets": [s for s, _ in waiting],
                "summary": summary,
            }
            files = self._document_files([blob for _s, blob in waiting])
            meta["files"] = sorted(files)
            parts = {META_PART: json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8")}
            parts.update({f"changesets/{s:06d}.bin": blob for s, blob in waiting})
            parts.update({f"{FILES_DIR}{uuid}.pdf": data for uuid, data in files.items()})
            out = Outgoing(seq, parts, counts, [s for s, _ in waiting if s != seq])
            if write is not None:
                write(out)
            xs.add_history(self._store, "out", peer.site_id, peer.name, seq, file, "sent", summary)
            self._store.changed(Change.EXCHANGE)
        return out

    def pending_summary(self, peer: Peer) -> dict[str, int]:
        """What the next packet to ``peer`` would carry as new changes (rows by kind), nothing written."""
        try:
            with self._store.transaction():
                _changeset, counts = make_changeset(self._store, peer.site_id, peer.unit_id)
                raise _Preview(counts)
        except _Preview as done:
            counts = done.args[0]
        return {BY_NAME[k].label: v for k, v in sorted(counts.items())}

    # -- receiving -------------------------------------------------------------------------------------
    def import_packet(self, path: Path | str, *, preview: bool = False) -> ImportResult:
        """Open and verify the packet (PacketRefused, a RuleError, when it is altered, unpaired, for another
        site, truncated, oversized or unsafe: nothing changes), then apply it. ``preview``: what would change,
        nothing written."""
        opened = self._directory().read_packet(path)
        return self.incoming(opened.sender, opened.parts, file=Path(path).name, preview=preview)

    def preview_import(self, path: Path | str) -> ImportResult:
        """What importing the packet would change (the summary shown before applying); writes nothing."""
        return self.import_packet(path, preview=True)

    def incoming(
        self, sender: Peer, parts: dict[str, bytes], *, file: str = "", preview: bool = False
    ) -> ImportResult:
        """Apply a verified packet's parts from ``sender``: every changeset not applied before, in order.
        ``preview``: compute what would change and write nothing. RuleError when the parts are not ours."""
        meta, changesets = _read_parts(parts, sender)
        result = ImportResult(sender.name, preview=preview)
        try:
            with self._store.transaction():
                xs.acknowledge(self._store, sender.site_id, int(meta.get("ack") or 0))
                done = xs.applied(self._store, sender.site_id)
                expected = xs.contiguous(done) + 1
                for seq in sorted(changesets):
                    if seq in done:
                        result.already.append(seq)
                        continue
                    label = f"gói số {seq} từ {sender.name}"
                    report = apply_changeset(self._store, sender.site_id, sender.name, changesets[seq], label)
                    xs.mark_applied(self._store, sender.site_id, seq, sum(report.counts.values()))
                    result.applied.append(seq)
                    result.report.merge(report)
                now_done = done | set(result.applied)
                top = max([*now_done, *changesets, 0])
                result.gaps = [s for s in range(expected, top) if s not in now_done]
                if preview:
                    raise _Preview
                result.files = self._keep_document_files(parts)
                outcome = "applied" if result.applied else "duplicate"
                xs.add_history(
                    self._store,
                    "in",
                    sender.site_id,
                    sender.name,
                    max(changesets, default=0),
                    file,
                    outcome,
                    result.summary(),
                )
                self._store.changed(Change.EXCHANGE, *(_CHANGES if result.changed else ()))
        except _Preview:
            pass
        return result

    # -- the notices' PDFs -----------------------------------------------------------------------------
    def _document_files(self, changesets: list[bytes]) -> dict[str, bytes]:
        """The PDF of every issued document the changesets carry, by UUID: the notice the tasks came from
        travels as the file it was issued as (rendered again: issuing is deterministic, so it is the file
        whose hash was recorded when it was issued). A document that cannot be laid out travels without."""
        from secretary_app.domain.document import DocumentError
        from secretary_app.services.render import render_pdf_bytes

        files = {}
        for record_uuid, document_id in xs.issued_documents_in(self._store, changesets).items():
            try:
                files[record_uuid], _pages = render_pdf_bytes(self._store.document(document_id).content)
            except DocumentError:
                continue
        return files

    def _keep_document_files(self, parts: dict[str, bytes]) -> int:
        """Keep each received PDF with its document (the file store, as its "Bản gốc") and record its SHA-256
        (``verify`` then recognises the file the other site issued); returns how many files were new here.
        A file the store refuses (not a PDF, a bomb) is left out; the changes still apply."""
        from secretary_app.db import issued_files
        from secretary_app.domain.errors import RuleError
        from secretary_app.domain.incoming import FileRole
        from secretary_app.domain.numbering import symbol_of
        from secretary_app.services.stored_files import FileService

        store, kept = FileService(self._store), 0
        for name, data in parts.items():
            found = _FILE_PART.fullmatch(name)
            local = xs.issued_documents_by_uuid(self._store, [found.group(1)]) if found else {}
            for record_uuid, document_id in local.items():
                digest = hashlib.sha256(data).hexdigest()
                if any(f.sha256 == digest for f in store.files_of("documents", record_uuid)):
                    continue  # the same packet again, or the file came before
                file_name = symbol_of(self._store.document(document_id)).replace("/", "-") + ".pdf"
                try:
                    store.attach_in_transaction("documents", record_uuid, FileRole.ORIGINAL, file_name, data)
                except RuleError:
                    continue
                issued_files.record(self._store, document_id, {RECEIVED_FORMAT: (digest, len(data))})
                kept += 1
        return kept

    # -- conflicts -------------------------------------------------------------------------------------
    def list_conflicts(self, *, open_only: bool = True) -> list[dict]:
        """Each conflict with both values (decoded): id, site_name, packet, table, label, key, column, ours,
        theirs, created_at, resolved_at, choice."""
        rows = xs.conflicts(self._store, open_only=open_only)
        return [_conflict_view(row) for row in rows]

    def resolve(self, conflict_id: int, choice: str) -> dict:
        """The secretary keeps ``"ours"`` (sent to the other site with the next packet) or ``"theirs"``
        (written here now). RuleError for an unknown choice or a conflict already resolved."""
        if choice not in _CHOICES:
            raise RuleError(f"Lựa chọn không hợp lệ: {choice!r} (chỉ 'ours' hoặc 'theirs').")
        rows = xs.conflicts(self._store, conflict_id=conflict_id)
        if not rows:
            raise NotFoundError(f"exchange_conflicts #{conflict_id}")
        row = rows[0]
        if row["resolved_at"]:
            raise RuleError("Xung đột này đã được giải quyết.")
        with self._store.transaction():
            settle(self._store, row, choice)
            travels = xs.sequences(self._store, row["site"])[0] + 1  # the next packet to that site carries it
            xs.close_conflict(self._store, conflict_id, choice, self._store.actor, travels)
            table = BY_NAME[row["tbl"]]
            self._store.audit(
                "exchange-resolve",
                table.local,
                row["row_key"] if table.by_uuid else "",
                f"{row['packet']}: {row['col']} giữ {_KEPT[choice]}",
            )
            self._store.changed(Change.EXCHANGE, *_CHANGES)
        return _conflict_view(xs.conflicts(self._store, conflict_id=conflict_id)[0])

    # -- reading ---------------------------------------------------------------------------------------
    def history(self) -> list[dict]:
        return [{**row, "summary": json.loads(row["summary"] or "{}")} for row in xs.history(self._store)]

    def sequences(self, peer: Peer) -> dict[str, int]:
        """last_sent, acked (by them), applied (from them, contiguous), waiting (not acknowledged)."""
        last, acked = xs.sequences(self._store, peer.site_id)
        return {
            "last_sent": last,
            "acked": acked,
            "applied": xs.contiguous(xs.applied(self._store, peer.site_id)),
            "waiting": len(xs.unacknowledged(self._store, peer.site_id)),
        }

    def last_sites(self, directive_uuids: list[str]) -> dict[str, str]:
        """Each task changed last through a packet (not edited here since) → the sending site's name."""
        return xs.last_sites(self._store, "directives", directive_uuids)

    def status(self) -> list[dict]:
        """Each paired site: name, unit, sequence numbers, what waits to be sent, open conflicts."""
        open_by_site = Counter(c["site"] for c in self.list_conflicts())
        return [
            {
                "site_id": site.site_id,
                "name": site.name,
                "unit": getattr(site, "unit_name", "") or "",
                **self.sequences(site),
                "pending": self.pending_summary(site),
                "open_conflicts": open_by_site.get(site.site_id, 0),
            }
            for site in self._directory().paired_sites()
        ]

    def _directory(self) -> SiteDirectory:
        if self.sites is None:
            raise RuleError("Chưa có định danh của đơn vị này để trao đổi.")
        return self.sites

    def _me(self) -> Peer:
        return self._directory().this_site()


_CHANGES = (Change.DIRECTIVES, Change.DOCUMENTS, Change.UNITS, Change.PEOPLE)


def _read_parts(parts: dict[str, bytes], sender: Peer) -> tuple[dict, dict[int, bytes]]:
    try:
        meta = json.loads(parts[META_PART].decode("utf-8"))
        if meta.get("format") != DATA_FORMAT or int(meta.get("version", 0)) > DATA_VERSION:
            raise ValueError(meta.get("format"))
    except (KeyError, ValueError, UnicodeDecodeError, AttributeError) as exc:
        raise RuleError(
            f"Gói từ {sender.name} không chứa dữ liệu trao đổi đọc được; không có gì thay đổi."
        ) from exc
    if meta.get("site") not in (None, sender.site_id):
        raise RuleError(f"Dữ liệu trong gói không phải của {sender.name}; không có gì thay đổi.")
    changesets = {}
    for name, data in parts.items():
        found = _CHANGESET_PART.fullmatch(name)
        if found:
            changesets[int(found.group(1))] = data
    return meta, changesets


def _conflict_view(row: dict) -> dict:
    table = BY_NAME[row["tbl"]]
    return {
        "id": row["id"],
        "site": row["site"],
        "site_name": row["site_name"],
        "packet": row["packet"],
        "table": table.local,
        "label": table.label,
        "key": row["row_key"],
        "column": row["col"],
        "ours": json.loads(row["ours"]) if row["ours"] is not None else None,
        "theirs": json.loads(row["theirs"]) if row["theirs"] is not None else None,
        "created_at": row["created_at"],
        "resolved_at": row["resolved_at"],
        "choice": row["choice"],
    }
