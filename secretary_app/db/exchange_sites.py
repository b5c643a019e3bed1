"""This site's identity and the paired sites: the queries behind services/sites.py."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from secretary_app.domain.sites import Site

if TYPE_CHECKING:
    from secretary_app.db.repository import Store


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def own(store: Store) -> tuple[Site, bytes] | None:
    """This site and its private key (raw Ed25519 seed), or None before first use."""
    row = store.db.execute(
        "SELECT site_id, name, public_key, private_key FROM exchange_self WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    site_id, name, public_key, private_key = row
    return Site(site_id=site_id, name=name, public_key=bytes(public_key)), bytes(private_key)


def create_own(store: Store, site: Site, private_key: bytes) -> None:
    """Inside the caller's transaction; INSERT (not REPLACE): an identity, once made, is never overwritten."""
    store.db.execute(
        "INSERT INTO exchange_self (id, site_id, name, private_key, public_key, created_at)"
        " VALUES (1, ?, ?, ?, ?, ?)",
        [site.site_id, site.name, private_key, site.public_key, _now()],
    )


def rename_own(store: Store, name: str) -> None:
    store.db.execute("UPDATE exchange_self SET name = ? WHERE id = 1", [name])


_SITE_SELECT = """SELECT s.site_id, s.name, s.public_key, s.unit_id, COALESCE(u.name, ''), s.paired_at
    FROM exchange_sites s LEFT JOIN units u ON u.id = s.unit_id"""


def _site(row) -> Site:
    site_id, name, public_key, unit_id, unit_name, paired_at = row
    return Site(
        site_id=site_id,
        name=name,
        public_key=bytes(public_key),
        unit_id=unit_id,
        unit_name=unit_name,
        paired_at=datetime.fromisoformat(paired_at),
    )


def paired(store: Store) -> list[Site]:
    rows = store.db.execute(_SITE_SELECT + " ORDER BY s.name COLLATE NOCASE, s.id").fetchall()
    return [_site(row) for row in rows]


def paired_site(store: Store, site_id: str) -> Site | None:
    row = store.db.execute(_SITE_SELECT + " WHERE s.site_id = ?", [site_id]).fetchone()
    return _site(row) if row else None


def save_paired(store: Store, site: Site) -> None:
    """Insert or update (name, unit) a paired site, inside the caller's transaction. The key of a site already
    paired is not changed here: the service refuses that before."""
    now = _now()
    store.db.execute(
        """INSERT INTO exchange_sites (site_id, name, public_key, unit_id, paired_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(site_id) DO UPDATE SET name = excluded.name, unit_id = excluded.unit_id,
            updated_at = excluded.updated_at""",
        [site.site_id, site.name, site.public_key, site.unit_id, now, now],
    )


def set_unit(store: Store, site_id: str, unit_id: int | None) -> None:
    store.db.execute(
        "UPDATE exchange_sites SET unit_id = ?, updated_at = ? WHERE site_id = ?", [unit_id, _now(), site_id]
    )


def remove(store: Store, site_id: str) -> None:
    store.db.execute("DELETE FROM exchange_sites WHERE site_id = ?", [site_id])
