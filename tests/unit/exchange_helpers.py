"""Two or more sites on database files for the exchange tests (no packet files: parts move in memory)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from secretary_app.domain import models as m
from secretary_app.services.context import AppContext, open_context
from secretary_app.services.exchange import ImportResult, Outgoing, Peer


@dataclass
class Site:
    ctx: AppContext
    me: Peer
    peers: dict[str, Peer]  # by name

    def send(self, to: str) -> Outgoing:
        return self.ctx.exchange.outgoing(self.peers[to], me=self.me)

    def receive(self, sender: str, packet: Outgoing, preview: bool = False) -> ImportResult:
        return self.ctx.exchange.incoming(self.peers[sender], packet.parts, preview=preview)


def open_site(path: Path, name: str) -> Site:
    ctx = open_context(path, create=True)
    return Site(ctx, Peer(f"site-{name}", name), {})


def pair(head: Site, bureau: Site, unit: m.Unit) -> None:
    """On the head office the bureau is ``unit``; on the bureau the head office is no unit."""
    head.peers[bureau.me.name] = Peer(bureau.me.site_id, bureau.me.name, unit.id)
    bureau.peers[head.me.name] = Peer(head.me.site_id, head.me.name, None)


def task(
    ctx: AppContext,
    content: str,
    lead: m.Unit,
    *,
    document: m.StoredDocument | None = None,
    cooperating: list[m.Unit] = (),
) -> m.Directive:
    directive = m.Directive(
        content=content,
        lead_unit_id=lead.id,
        cooperating_unit_ids=[u.id for u in cooperating],
        deadline=date(2027, 3, 31),
        document_id=document.id if document else None,
    )
    return ctx.directives.save(directive)


def notice(ctx: AppContext, subject: str, *, secrecy: str = "") -> m.StoredDocument:
    document = m.StoredDocument(
        kind=m.DocumentKind.NOTICE,
        standard=m.Standard.PARTY,
        type_code="TB",
        subject=subject,
        doc_date=date(2026, 12, 1),
        secrecy=secrecy,
        content={"subject": subject},
    )
    return ctx.store.save_document(document)


def by_uuid(ctx: AppContext, uuid: str) -> m.Directive | None:
    return next((d for d in ctx.directives.list_directives() if d.uuid == uuid), None)
