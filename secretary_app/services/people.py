"""The people of the organisation (người): the one door for reading and changing them, their committee seats
and their import and export.

Rules kept here: a name is required; a person named in a meeting's attendance is never deleted, only
deactivated (attendance rows copy name and position, but keep the link for counts); a changed committee role
or a new term dates the seats, so the committee of an earlier day stays what it was (db/roster.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from secretary_app.db import roster as db
from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain import roster as rules
from secretary_app.domain.changes import Change
from secretary_app.domain.errors import RuleError
from secretary_app.domain.roster_import import ImportPlan, SheetData, plan_people
from secretary_app.domain.text import clean_line, normalise_record
from secretary_app.domain.validation import FieldError, ValidationError
from secretary_app.services import roster_files

Progress = Callable[[int, int], None]


class PeopleService:
    def __init__(self, store: Store):
        self._store = store

    # Reading ------------------------------------------------------------------------------------------
    def list_people(
        self, on: date | None = None, query: str = "", active_only: bool = False
    ) -> list[m.Person]:
        """Everyone in order of precedence with the committee role held on ``on`` (today); ``query`` matches
        name, position or unit without regard to case or diacritics."""
        people = db.people(self._store, on)
        if active_only:
            people = [p for p in people if p.active]
        if query.strip():
            units = {u.id: f"{u.name} {u.short_name}" for u in self._store.units()}
            people = [p for p in people if rules.matches(query, p.name, p.position, units.get(p.unit_id, ""))]
        return people

    def get(self, person_id: int, on: date | None = None) -> m.Person:
        return db.person(self._store, person_id, on)

    def committee(self, on: date | None = None) -> list[m.Person]:
        """The active committee members on ``on`` (today), in order of precedence: "Thêm tất cả ủy viên"."""
        return [p for p in db.people(self._store, on) if p.active and p.is_committee_member]

    def chair_candidates(self, on: date | None = None) -> list[tuple[str, str]]:
        """(name, position) of whoever may chair or take the minutes of a meeting on ``on``: the committee's
        members in order of precedence, then the profile's signers not among them, then everyone else
        active. The dialogs offer these and still accept a name typed in."""
        people = [p for p in db.people(self._store, on) if p.active]
        members = [(p.name, p.position) for p in people if p.is_committee_member]
        others = [(p.name, p.position) for p in people if not p.is_committee_member]
        profile = self._store.organisation()
        signers = [(s.name, s.position) for s in (profile.signers if profile else []) if s.name.strip()]
        result: list[tuple[str, str]] = []
        seen: set[str] = set()
        for name, position in (*members, *signers, *others):
            if rules.folded_words(name) not in seen:
                seen.add(rules.folded_words(name))
                result.append((name, position))
        return result

    def seats(self, person_id: int) -> list[m.CommitteeSeat]:
        return db.seats(self._store, person_id)

    def uses(self, person_id: int) -> int:
        return db.person_uses(self._store, person_id)

    # Writing ------------------------------------------------------------------------------------------
    def save(self, person: m.Person) -> m.Person:
        """Validate and save (ValidationError, nothing written, on bad input); a changed role dates the
        seat."""
        normalise_record(person)
        person.name, person.position = clean_line(person.name), clean_line(person.position)
        if not person.name:
            raise ValidationError([FieldError("name", "Chưa nhập họ và tên.")])
        if person.id is None and not person.order:
            person.order = db.next_order(self._store, "people")
        db.save_person(self._store, person)
        self._store.changed(Change.PEOPLE)
        return person

    def set_active(self, person_id: int, active: bool) -> m.Person:
        person = self.get(person_id)
        person.active = active
        return self.save(person)

    def delete(self, person_id: int) -> None:
        """Delete a person never used; one named in an attendance list is refused (RuleError): deactivate."""
        person = self.get(person_id)
        uses = db.person_uses(self._store, person_id)
        if uses:
            raise RuleError(
                f"Không xóa được {person.name}: đã có tên trong thành phần dự họp ({uses} lần). "
                "Hãy chọn “Ngừng theo dõi” để ẩn người này khỏi các danh sách chọn; các biên bản cũ giữ "
                "nguyên."
            )
        db.delete_person(self._store, person_id)
        self._store.changed(Change.PEOPLE)

    def start_term(self, start: date, label: str, roles: dict[int, m.CommitteeRole]) -> None:
        """A new term (nhiệm kỳ) from ``start``: the seats open that day end, ``roles`` are the new committee.
        The organisation profile's term (which Party numbering counts within) follows, when there is one."""
        label = clean_line(label)
        with self._store.transaction():
            db.start_term(self._store, start, label, roles)
            self._store.changed(Change.PEOPLE)
            profile = self._store.organisation()
            if profile is not None:
                profile.term_start, profile.term_label = start, label or profile.term_label
                self._store.save_organisation(profile)
                self._store.changed(Change.ORGANISATION)

    # Import and export --------------------------------------------------------------------------------
    def read_file(self, path: Path) -> SheetData:
        return roster_files.read_sheet(path)

    def plan_import(
        self, sheet: SheetData, mapping: list[str | None] | None = None, convert_legacy: bool = True
    ) -> ImportPlan:
        """What importing ``sheet`` would add and what is wrong with it; nothing is written."""
        data = sheet.converted() if convert_legacy else sheet
        plan = plan_people(
            data,
            db.people(self._store),
            self._store.units(),
            mapping,
            first_order=db.next_order(self._store, "people"),
        )
        plan.legacy = sheet.legacy
        return plan

    def apply_import(self, plan: ImportPlan, progress: Progress | None = None) -> int:
        """Write the plan's people (and the units they name that do not exist yet) in one transaction."""
        if not plan.can_import:
            raise RuleError(" ".join(plan.blocking) or "Không có dòng nào để nhập.")
        units = {rules.folded_words(u.name): u for u in self._store.units()}
        units.update({rules.folded_words(u.short_name): u for u in self._store.units() if u.short_name})
        stored = {rules.folded_words(p.name) for p in db.people(self._store)}
        clash = [p.name for p, _unit in plan.people if rules.folded_words(p.name) in stored]
        if clash:
            raise RuleError(
                f"Đã có trong danh sách (có người vừa thêm?): {', '.join(clash[:5])}. Xem lại tệp."
            )
        new_units: list[m.Unit] = []
        order = db.next_order(self._store, "units")
        pairs = []
        for person, unit_name in plan.people:
            unit = None
            if unit_name:
                key = rules.folded_words(unit_name)
                unit = units.get(key)
                if unit is None:
                    unit = units[key] = m.Unit(
                        name=unit_name, kind=rules.guess_unit_kind(unit_name), order=order + len(new_units)
                    )
                    new_units.append(unit)
            normalise_record(person)
            pairs.append((person, unit))
        db.import_roster(self._store, new_units, pairs, progress=progress)
        self._store.changed(Change.PEOPLE, *([Change.UNITS] if new_units else []))
        return len(pairs)

    def import_file(self, path: Path, convert_legacy: bool = True) -> tuple[int, ImportPlan]:
        """Headless import: refused as a whole (RuleError) when the file has any problem."""
        plan = self.plan_import(self.read_file(path), convert_legacy=convert_legacy)
        refuse_problems(plan)
        return self.apply_import(plan), plan

    def table(self) -> tuple[list[str], list[list[str]]]:
        return rules.PEOPLE_HEADERS, rules.people_rows(db.people(self._store), self._store.units())

    def export(self, path: Path) -> Path:
        headers, rows = self.table()
        return roster_files.write_sheet(path, headers, rows, "Danh sách")


def refuse_problems(plan: ImportPlan) -> None:
    if plan.blocking:
        raise RuleError(" ".join(plan.blocking))
    if plan.problems:
        lines = [f"Dòng {p.row_number}: {p.message}" for p in plan.problems[:20]]
        more = len(plan.problems) - len(lines)
        raise RuleError(
            "Tệp có dòng lỗi, chưa nhập gì:\n"
            + "\n".join(lines)
            + (f"\n… và {more} dòng nữa." if more else "")
        )
    if not plan.count:
        raise RuleError("Tệp không có dòng nào để nhập.")
