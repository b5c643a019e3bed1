"""Sites of the exchange (issue 16, docs/exchange.md): this database's identity and signing key, pairing with
other sites, and the packet file signed and checked with them (``ctx.sites``).

Rules kept here: the identity and its Ed25519 key are made once, on first use, and never replaced (a new key
would silently unpair every site); the private key never leaves the database (identity files and packets carry
the public key only); a site is paired from its identity file, optionally confirmed by the fingerprint read
aloud, and a site already paired under another key is refused (someone else's file under the same id);
on the head office a paired site maps to the unit (the bureau) it is."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from secretary_app.db import exchange_sites as db
from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain import roster as roster_rules
from secretary_app.domain.changes import Change
from secretary_app.domain.errors import IdentityFileError, RuleError
from secretary_app.domain.sites import (
    MAX_IDENTITY_BYTES,
    Site,
    clean_site_name,
    identity_bytes,
    normalise_fingerprint,
    parse_identity,
)
from secretary_app.services import exchange_packets as packets
from secretary_app.services.exchange_packets import OpenedPacket

DEFAULT_SITE_NAME = "Đơn vị chưa đặt tên"


class SiteService:
    def __init__(self, store: Store):
        self._store = store

    # This site ---------------------------------------------------------------------------------------------
    def this_site(self, name: str | None = None) -> Site:
        """This database as a site, its identity and key made on first use (named ``name``, else after the
        organisation). A ``name`` given later renames it (the id and key stay)."""
        own = db.own(self._store)
        if own is None:
            return self._create(name)
        site, _key = own
        if name is not None:
            cleaned = clean_site_name(name)
            if cleaned != site.name:
                with self._store.transaction():
                    db.rename_own(self._store, cleaned)
                    self._store.audit("rename", "exchange_self", site.site_id, cleaned)
                    self._store.changed(Change.EXCHANGE)
                site.name = cleaned
        return site

    def _create(self, name: str | None) -> Site:
        if name is None:
            profile = self._store.organisation()
            name = (profile.issuing_body if profile else "") or DEFAULT_SITE_NAME
        cleaned = clean_site_name(name)
        key = Ed25519PrivateKey.generate()
        site = Site(site_id=str(uuid.uuid4()), name=cleaned, public_key=key.public_key().public_bytes_raw())
        with self._store.transaction():
            # Two windows making the identity at once: the second finds the first's row and keeps it.
            if db.own(self._store) is None:
                db.create_own(self._store, site, key.private_bytes_raw())
                self._store.audit("create", "exchange_self", site.site_id, cleaned)
                self._store.changed(Change.EXCHANGE)
        own = db.own(self._store)
        assert own is not None
        return own[0]

    def _signing_key(self) -> Ed25519PrivateKey:
        self.this_site()
        own = db.own(self._store)
        assert own is not None
        return Ed25519PrivateKey.from_private_bytes(own[1])

    def identity_file_bytes(self, name: str | None = None) -> bytes:
        return identity_bytes(self.this_site(name))

    def write_identity(self, path: Path | str, name: str | None = None) -> Path:
        """Write this site's pairing file (id, name, public key, fingerprint: nothing secret)."""
        target = Path(path)
        target.write_bytes(self.identity_file_bytes(name))
        return target

    # Pairing -----------------------------------------------------------------------------------------------
    def read_identity(self, path: Path | str) -> Site:
        """The site an identity file describes (shown before pairing, with its fingerprint); nothing is
        written. IdentityFileError when it is not one."""
        source = Path(path)
        try:
            if source.stat().st_size > MAX_IDENTITY_BYTES:
                raise IdentityFileError(f"Tệp {source.name} quá lớn, không phải tệp định danh đơn vị.")
            data = source.read_bytes()
        except OSError:
            raise IdentityFileError(f"Không đọc được tệp {source.name}.") from None
        return parse_identity(data)

    def pair(
        self,
        identity_file: Path | str,
        unit: int | str | None = None,
        fingerprint: str | None = None,
    ) -> Site:
        """Pair with the site in ``identity_file`` (again: updates its name and unit). ``unit``: the unit it
        is (id or name), on the head office. ``fingerprint``: what the other side read aloud; pairing is
        refused when it differs. RuleError (Vietnamese), nothing written, on any bad input."""
        site = self.read_identity(identity_file)
        me = self.this_site()
        if site.site_id == me.site_id:
            raise RuleError("Đây là tệp định danh của chính đơn vị này; hãy dùng tệp do đơn vị kia xuất.")
        if fingerprint is not None:
            typed = normalise_fingerprint(fingerprint)
            if not typed:
                raise RuleError(
                    "Mã nhận dạng gồm 16 ký tự (chữ A–Z và số 2–7), ví dụ ABCD-EFGH-JKLM-NPQR; hãy nhập lại."
                )
            if typed != site.fingerprint:
                raise RuleError(
                    f"Mã nhận dạng đọc được ({typed}) không khớp với tệp định danh của {site.name} "
                    f"({site.fingerprint}). Tệp có thể không do {site.name} xuất; chưa ghép nối."
                )
        known = db.paired_site(self._store, site.site_id)
        if known is not None and known.public_key != site.public_key:
            raise RuleError(
                f"Đã ghép nối với {known.name} bằng một khóa khác. Tệp này không khớp; nếu {known.name} đã "
                "cài lại chương trình, hãy hủy ghép nối cũ trước rồi ghép lại."
            )
        site.unit_id = self._unit(unit).id if unit not in (None, "") else (known.unit_id if known else None)
        with self._store.transaction():
            db.save_paired(self._store, site)
            self._store.audit("pair", "exchange_sites", site.site_id, f"{site.name} ({site.fingerprint})")
            self._store.changed(Change.EXCHANGE)
        paired = db.paired_site(self._store, site.site_id)
        assert paired is not None
        return paired

    def set_unit(self, site_id: str, unit: int | str | None) -> Site:
        site = self.by_id(site_id)
        unit_id = self._unit(unit).id if unit not in (None, "") else None
        with self._store.transaction():
            db.set_unit(self._store, site.site_id, unit_id)
            self._store.audit("set_unit", "exchange_sites", site.site_id, str(unit_id or ""))
            self._store.changed(Change.EXCHANGE)
        return self.by_id(site_id)

    def unpair(self, site_id: str) -> None:
        site = self.by_id(site_id)
        with self._store.transaction():
            db.remove(self._store, site.site_id)
            self._store.audit("unpair", "exchange_sites", site.site_id, site.name)
            self._store.changed(Change.EXCHANGE)

    def _unit(self, unit: int | str) -> m.Unit:
        units = self._store.units()
        if isinstance(unit, int):
            found = [u for u in units if u.id == unit]
        else:
            key = roster_rules.folded_words(unit)
            found = [
                u
                for u in units
                if key in (roster_rules.folded_words(u.name), roster_rules.folded_words(u.short_name))
            ]
        if len(found) != 1:
            raise RuleError(
                f"Không có đơn vị “{unit}” trong danh sách đơn vị."
                if not found
                else f"Có nhiều đơn vị tên “{unit}”; hãy ghi tên đầy đủ."
            )
        return found[0]

    # Paired sites ------------------------------------------------------------------------------------------
    def paired_sites(self) -> list[Site]:
        return db.paired(self._store)

    def by_id(self, site_id: str) -> Site:
        site = db.paired_site(self._store, site_id)
        if site is None:
            raise RuleError("Đơn vị này chưa ghép nối (hoặc đã hủy ghép nối).")
        return site

    def by_name(self, name: str) -> Site:
        """A paired site by its name (case and diacritics aside), or by the name of the unit it is."""
        key = roster_rules.folded_words(name)
        sites = self.paired_sites()
        found = [s for s in sites if roster_rules.folded_words(s.name) == key]
        found = found or [s for s in sites if s.unit_name and roster_rules.folded_words(s.unit_name) == key]
        if len(found) != 1:
            names = ", ".join(s.name for s in sites) or "chưa có"
            raise RuleError(
                f"Không có đơn vị ghép nối tên “{name}” (đã ghép: {names})."
                if not found
                else f"Có nhiều đơn vị ghép nối tên “{name}”."
            )
        return found[0]

    # Packets -----------------------------------------------------------------------------------------------
    def write_packet(
        self, path: Path | str, recipient: Site, sequence: int, parts: Mapping[str, bytes]
    ) -> Path:
        """Write a packet signed by this site for a paired ``recipient``."""
        return packets.write_packet(
            path,
            sender_site=self.this_site(),
            recipient_site=self.by_id(recipient.site_id),
            sequence=sequence,
            parts=parts,
            signing_key=self._signing_key(),
        )

    def read_packet(self, path: Path | str, max_bytes: int = packets.DEFAULT_MAX_BYTES) -> OpenedPacket:
        """Open and verify a packet for this site from a paired one; PacketRefused otherwise."""
        return packets.read_packet(
            path, me=self.this_site(), known_sites=self.paired_sites(), max_bytes=max_bytes
        )
