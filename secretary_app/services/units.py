"""The organisation's units (đơn vị: ban, chi bộ, cơ quan thường trú, đơn vị trực thuộc): the one door for
reading and changing them, and their import and export.

Rules kept here: a name is required and unique (folded: case and diacritics aside); a unit that a person or a
directive refers to is never deleted, only deactivated, so old directives and reports keep their unit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from secretary_app.db import roster as db
from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain import roster as rules
from secretary_app.domain.changes import Change
from secretary_app.domain.errors import RuleError
from secretary_app.domain.roster_import import ImportPlan, SheetData, plan_units
from secretary_app.domain.text import clean_line, normalise_record
from secretary_app.domain.validation import FieldError, ValidationError
from secretary_app.services import roster_files
from secretary_app.services.people import refuse_problems


class UnitService:
    def __init__(self, store: Store):
        self._store = store

    def list_units(self, query: str = "", active_only: bool = False) -> list[m.Unit]:
        """All units in their order; ``query`` matches name or short name without regard to diacritics."""
        units = self._store.units()
        if active_only:
            units = [u for u in units if u.active]
        if query.strip():
            units = [u for u in units if rules.matches(query, u.name, u.short_name)]
        return units

    def get(self, unit_id: int) -> m.Unit:
        return db.unit(self._store, unit_id)

    def uses(self, unit_id: int) -> int:
        return db.unit_uses(self._store, unit_id)

    def save(self, unit: m.Unit) -> m.Unit:
        normalise_record(unit)
        unit.name, unit.short_name = clean_line(unit.name), clean_line(unit.short_name)
        if not unit.name:
            raise ValidationError([FieldError("name", "Chưa nhập tên đơn vị.")])
        key = rules.folded_words(unit.name)
        twin = next(
            (u for u in self._store.units() if u.id != unit.id and rules.folded_words(u.name) == key), None
        )
        if twin is not None:
            raise ValidationError([FieldError("name", f"Đã có đơn vị “{twin.name}”.")])
        if unit.id is None and not unit.order:
            unit.order = db.next_order(self._store, "units")
        self._store.save_unit(unit)
        self._store.changed(Change.UNITS)
        return unit

    def set_active(self, unit_id: int, active: bool) -> m.Unit:
        unit = self.get(unit_id)
        unit.active = active
        return self.save(unit)

    def delete(self, unit_id: int) -> None:
        """Delete a unit nothing refers to; a used one is refused (RuleError): deactivate it instead."""
        unit = self.get(unit_id)
        uses = db.unit_uses(self._store, unit_id)
        if uses:
            raise RuleError(
                f"Không xóa được {unit.name}: đơn vị đang được dùng ({uses} người hoặc nhiệm vụ). "
                "Hãy chọn “Ngừng sử dụng” để ẩn đơn vị khỏi các danh sách chọn; nhiệm vụ và báo cáo cũ giữ "
                "nguyên."
            )
        db.delete_unit(self._store, unit_id)
        self._store.changed(Change.UNITS)

    # Import and export --------------------------------------------------------------------------------
    def read_file(self, path: Path) -> SheetData:
        return roster_files.read_sheet(path)

    def plan_import(
        self, sheet: SheetData, mapping: list[str | None] | None = None, convert_legacy: bool = True
    ) -> ImportPlan:
        data = sheet.converted() if convert_legacy else sheet
        plan = plan_units(data, self._store.units(), mapping, first_order=db.next_order(self._store, "units"))
        plan.legacy = sheet.legacy
        return plan

    def apply_import(self, plan: ImportPlan, progress: Callable[[int, int], None] | None = None) -> int:
        if not plan.can_import:
            raise RuleError(" ".join(plan.blocking) or "Không có dòng nào để nhập.")
        stored = {rules.folded_words(u.name) for u in self._store.units()}
        clash = [u.name for u in plan.units if rules.folded_words(u.name) in stored]
        if clash:
            raise RuleError(
                f"Đã có trong danh sách (có đơn vị vừa thêm?): {', '.join(clash[:5])}. Xem lại tệp."
            )
        for unit in plan.units:
            normalise_record(unit)
        db.import_roster(self._store, plan.units, [], progress=progress)
        self._store.changed(Change.UNITS)
        return len(plan.units)

    def import_file(self, path: Path, convert_legacy: bool = True) -> tuple[int, ImportPlan]:
        plan = self.plan_import(self.read_file(path), convert_legacy=convert_legacy)
        refuse_problems(plan)
        return self.apply_import(plan), plan

    def table(self) -> tuple[list[str], list[list[str]]]:
        return rules.UNIT_HEADERS, rules.unit_rows(self._store.units())

    def export(self, path: Path) -> Path:
        headers, rows = self.table()
        return roster_files.write_sheet(path, headers, rows, "Đơn vị")
