"""People, units and committee seats: the queries behind services/people.py and services/units.py.

A person's committee role is not a column: it is the seat (committee_seats) held on the day asked for, so a
new term or a changed role never rewrites who sat on the committee on an earlier day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from secretary_app.db import records as r
from secretary_app.domain import models as m

if TYPE_CHECKING:
    from secretary_app.db.repository import Store

# The seat covering day :on (start and end are ISO dates, so text order is date order).
_SEAT_ON = """(s.start IS NULL OR s.start <= :on) AND (s."end" IS NULL OR s."end" > :on)"""
_ROLE_ON = f"""(SELECT s.role FROM committee_seats s WHERE s.person_id = p.id AND {_SEAT_ON}
    ORDER BY s.start DESC LIMIT 1)"""


def people(store: Store, on: date | None = None) -> list[m.Person]:
    """Everyone, in order of precedence, each with the committee role held on ``on`` (default today)."""
    sql = f"SELECT p.*, {_ROLE_ON} AS committee_role FROM people p ORDER BY p.ord, p.id"
    args = {"on": (on or date.today()).isoformat()}
    return [r.PERSON.from_row(dict(row)) for row in _rows(store, sql, args)]


def person(store: Store, person_id: int, on: date | None = None) -> m.Person:
    found = [p for p in people(store, on) if p.id == person_id]
    if not found:
        store.get(r.PERSON, person_id)  # raises NotFoundError
    return found[0]


def seats(store: Store, person_id: int | None = None) -> list[m.CommitteeSeat]:
    where, args = ("person_id = ?", [person_id]) if person_id is not None else (None, None)
    return store.records(r.COMMITTEE_SEAT, where, args, order_by="person_id, start, id")


def save_person(store: Store, person: m.Person, on: date | None = None) -> m.Person:
    """Save the person and, when the role differs from the seat held on ``on`` (today), change the seat."""
    with store.transaction():
        store.save(r.PERSON, person)
        set_committee_role(store, m.stored_id(person), person.committee_role, on or date.today())
    return person


def set_committee_role(store: Store, person_id: int, role: m.CommitteeRole, on: date) -> None:
    history = seats(store, person_id)
    current = next((s for s in history if _covers(s, on)), None)
    if (current.role if current else m.CommitteeRole.NONE) == role:
        return
    with store.transaction():
        if current is not None:
            if current.start == on:  # opened today: a correction, not history
                store.delete(r.COMMITTEE_SEAT, m.stored_id(current))
            else:
                current.end = on
                store.save(r.COMMITTEE_SEAT, current)
        if role != m.CommitteeRole.NONE:
            # A person's first seat is undated ("since before the records began"): on the first day the
            # secretary enters the committee as it is, and the meetings typed in afterwards predate that day.
            start = on if history else None
            store.save(r.COMMITTEE_SEAT, m.CommitteeSeat(person_id=person_id, role=role, start=start))


def start_term(store: Store, start: date, label: str, roles: dict[int, m.CommitteeRole]) -> None:
    """End every seat open on ``start`` the day the term begins and open the new committee's seats."""
    with store.transaction():
        for seat in seats(store):
            if seat.end is not None and seat.end <= start:
                continue
            if seat.start is not None and seat.start >= start:
                store.delete(
                    r.COMMITTEE_SEAT, m.stored_id(seat)
                )  # planned for this term already: replaced below
            else:
                seat.end = start
                store.save(r.COMMITTEE_SEAT, seat)
        for person_id, role in roles.items():
            if role != m.CommitteeRole.NONE:
                store.save(
                    r.COMMITTEE_SEAT,
                    m.CommitteeSeat(person_id=person_id, role=role, start=start, term_label=label),
                )


def _covers(seat: m.CommitteeSeat, on: date) -> bool:
    return (seat.start is None or seat.start <= on) and (seat.end is None or seat.end > on)


def person_uses(store: Store, person_id: int) -> int:
    """How many meeting attendance rows name the person (a person once used is kept: deactivated)."""
    return _count(store, "SELECT COUNT(*) FROM attendance WHERE person_id = ?", [person_id])


def unit_uses(store: Store, unit_id: int) -> int:
    """How many people and directives refer to the unit."""
    return sum(
        _count(store, sql, [unit_id])
        for sql in (
            "SELECT COUNT(*) FROM people WHERE unit_id = ?",
            "SELECT COUNT(*) FROM directives WHERE lead_unit_id = ?",
            "SELECT COUNT(*) FROM directive_cooperating_units WHERE unit_id = ?",
        )
    )


def delete_person(store: Store, person_id: int) -> None:
    store.delete(r.PERSON, person_id)  # the seats go with it (ON DELETE CASCADE)


def delete_unit(store: Store, unit_id: int) -> None:
    store.delete(r.UNIT, unit_id)


def unit(store: Store, unit_id: int) -> m.Unit:
    return store.get(r.UNIT, unit_id)


def next_order(store: Store, table: str) -> int:
    assert table in ("people", "units")
    return _count(store, f"SELECT COALESCE(MAX(ord), 0) FROM {table}", []) + 1


def import_roster(
    store: Store,
    units: list[m.Unit],
    people_: list[tuple[m.Person, m.Unit | None]],
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Save new units, then new people (each with the unit it belongs to, new or stored) and their seats, in
    one transaction: all or nothing. New people have no seat history, so their seats are undated (see
    set_committee_role)."""
    total, chunk = len(units) + len(people_), 500
    with store.transaction():
        store.insert_many(r.UNIT, units)
        for first in range(0, len(people_), chunk):
            batch = people_[first : first + chunk]
            for new_person, its_unit in batch:
                if its_unit is not None:
                    new_person.unit_id = its_unit.id
            store.insert_many(r.PERSON, [p for p, _unit in batch])
            seats_ = [
                m.CommitteeSeat(person_id=m.stored_id(p), role=p.committee_role)
                for p, _unit in batch
                if p.committee_role != m.CommitteeRole.NONE
            ]
            store.insert_many(r.COMMITTEE_SEAT, seats_)
            if progress:
                progress(len(units) + first + len(batch), total)


def _count(store: Store, sql: str, args: list) -> int:
    return store.db.execute(sql, args).fetchone()[0]


def _rows(store: Store, sql: str, args: dict):
    cursor = store.db.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return (dict(zip(names, row, strict=True)) for row in cursor.fetchall())
