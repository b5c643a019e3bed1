"""People and units: edits, dated committee seats and terms, deactivation instead of deletion once used,
search without diacritics, and the migration that brought them (the demo's 8 people and 7 units survive
it)."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.errors import RuleError
from secretary_app.domain.validation import ValidationError
from secretary_app.services.context import open_context

COMPAT = Path(__file__).resolve().parents[1] / "fixtures" / "compat" / "main-2026-12-05.sqlite"


@pytest.fixture
def ctx(tmp_path):
    context = open_context(tmp_path / "c.sqlite", create=True)
    yield context
    context.close()


def _changes(ctx) -> list:
    seen: list = []
    ctx.changes.subscribe(lambda op: seen.append(op))
    return seen


def test_old_database_keeps_its_people_and_units_with_seats(tmp_path):
    target = tmp_path / "old.sqlite"
    shutil.copyfile(COMPAT, target)
    ctx = open_context(target)
    try:
        people = ctx.people.list_people()
        assert [p.name for p in people][:3] == ["Nguyễn Tuấn Hùng", "Hà Thị Mai An", "Đỗ Thị Trang"]
        assert len(people) == 8 and all(p.active for p in people)
        roles = {p.name: p.committee_role for p in people}
        assert roles["Đỗ Thị Trang"] == m.CommitteeRole.STANDING  # "Ủy viên Ban Thường vụ, …"
        assert roles["Hà Thị Mai An"] == m.CommitteeRole.STANDING  # "Phó Bí thư"
        assert roles["Lê Thị Hoa"] == m.CommitteeRole.EXECUTIVE
        # Undated seats: the committee of 2021 (the demo meeting's year) is the same eight.
        assert len(ctx.people.committee(date(2021, 10, 12))) == 8
        units = ctx.units.list_units()
        assert len(units) == 7 and units[0].name == "Văn phòng Đảng ủy"
        kinds = {u.short_name: u.kind for u in units}
        assert kinds["BTG"] == m.UnitKind.BOARD and kinds["ĐTN"] == m.UnitKind.AFFILIATED
        # Attendance of the old meeting is untouched by the new model.
        meeting = ctx.meetings.get(
            next(mt.id for mt in ctx.meetings.list_meetings() if mt.start.year == 2021)
        )
        assert len(meeting.attendance) == 8
    finally:
        ctx.close()


def test_edit_person_publishes_and_validates(ctx):
    seen = _changes(ctx)
    unit = ctx.units.save(m.Unit(name="Văn phòng Đảng ủy", short_name="VPĐU"))
    person = ctx.people.save(m.Person(name="  Lê   Thị Hoa ", position="Chánh Văn phòng", unit_id=unit.id))
    assert person.name == "Lê Thị Hoa" and person.order == 1
    person.position = "Phó Bí thư"
    ctx.people.save(person)
    assert ctx.people.get(person.id).position == "Phó Bí thư"
    assert [op.kinds for op in seen] == [{Change.UNITS}, {Change.PEOPLE}, {Change.PEOPLE}]
    with pytest.raises(ValidationError):
        ctx.people.save(m.Person(name="   "))
    with pytest.raises(ValidationError):
        ctx.units.save(m.Unit(name="VĂN PHÒNG ĐẢNG UỶ"))  # the same unit, another spelling


def test_used_person_and_unit_are_deactivated_not_deleted(ctx):
    unit = ctx.units.save(m.Unit(name="Ban Tuyên giáo"))
    spare_unit = ctx.units.save(m.Unit(name="Ban Tổ chức"))
    used = ctx.people.save(m.Person(name="Trần Văn Bình", unit_id=unit.id))
    spare = ctx.people.save(m.Person(name="Người Nhập Nhầm"))
    ctx.meetings.create(
        m.Meeting(
            title="Giao ban",
            kind="Giao ban",
            start=datetime(2026, 1, 5, 8),
            attendance=[m.Attendance(person_id=used.id, name=used.name)],
        )
    )
    with pytest.raises(RuleError, match="Ngừng theo dõi"):
        ctx.people.delete(used.id)
    with pytest.raises(RuleError, match="Ngừng sử dụng"):
        ctx.units.delete(unit.id)  # a person belongs to it
    assert ctx.people.get(used.id).name == "Trần Văn Bình"
    ctx.people.set_active(used.id, False)
    assert not ctx.people.get(used.id).active
    assert used.id not in {p.id for p in ctx.people.list_people(active_only=True)}
    ctx.people.delete(spare.id)  # never used: really deleted
    ctx.units.delete(spare_unit.id)
    assert {p.name for p in ctx.people.list_people()} == {"Trần Văn Bình"}
    assert {u.name for u in ctx.units.list_units()} == {"Ban Tuyên giáo"}


def test_search_ignores_case_and_diacritics_including_d(ctx):
    unit = ctx.units.save(m.Unit(name="Đoàn Thanh niên", short_name="ĐTN"))
    ctx.people.save(m.Person(name="Đặng Thu Hà", position="Bí thư Đoàn", unit_id=unit.id))
    ctx.people.save(m.Person(name="Lê Văn Dũng", position="Chuyên viên"))
    assert [p.name for p in ctx.people.list_people(query="dang thu")] == ["Đặng Thu Hà"]
    assert [p.name for p in ctx.people.list_people(query="DOAN THANH")] == ["Đặng Thu Hà"]  # by unit
    assert [p.name for p in ctx.people.list_people(query="dung")] == ["Lê Văn Dũng"]
    assert [u.name for u in ctx.units.list_units(query="dtn")] == ["Đoàn Thanh niên"]


def test_changed_role_is_dated_and_a_new_term_leaves_the_old_committee_alone(ctx):
    from secretary_app.domain import models

    ctx.organisation.save(
        models.OrganisationProfile(
            issuing_body="ĐẢNG ỦY X", code="ĐU", place="Hà Nội", term_label="2020-2025"
        )
    )
    old = ctx.people.save(m.Person(name="Nguyễn Văn Cũ", committee_role=m.CommitteeRole.EXECUTIVE))
    kept = ctx.people.save(m.Person(name="Trần Thị Tiếp", committee_role=m.CommitteeRole.EXECUTIVE))
    new = ctx.people.save(m.Person(name="Lê Văn Mới"))
    today = date.today()
    # The first seat is undated: meetings typed in afterwards for earlier days find the committee.
    assert {p.name for p in ctx.people.committee(date(2021, 1, 1))} == {"Nguyễn Văn Cũ", "Trần Thị Tiếp"}

    kept.committee_role = m.CommitteeRole.STANDING  # elected to the Standing Committee today
    ctx.people.save(kept)
    assert ctx.people.get(kept.id).committee_role == m.CommitteeRole.STANDING
    assert ctx.people.get(kept.id, on=today - timedelta(days=1)).committee_role == m.CommitteeRole.EXECUTIVE

    start = today + timedelta(days=10)
    seen = _changes(ctx)
    ctx.people.start_term(
        start, "2025-2030", {kept.id: m.CommitteeRole.STANDING, new.id: m.CommitteeRole.EXECUTIVE}
    )
    before = {p.name for p in ctx.people.committee(start - timedelta(days=1))}
    after = {p.name: p.committee_role for p in ctx.people.committee(start)}
    assert before == {"Nguyễn Văn Cũ", "Trần Thị Tiếp"}
    assert after == {"Trần Thị Tiếp": m.CommitteeRole.STANDING, "Lê Văn Mới": m.CommitteeRole.EXECUTIVE}
    assert ctx.people.get(old.id, on=start).committee_role == m.CommitteeRole.NONE
    profile = ctx.organisation.get()
    assert profile.term_start == start and profile.term_label == "2025-2030"
    assert seen[-1].kinds == {Change.PEOPLE, Change.ORGANISATION}


def test_reassign_refuses_an_empty_or_unused_unit_and_changes_nothing(ctx):
    from secretary_app.services import follow_up

    lead = ctx.units.save(m.Unit(name="Ban Tuyên giáo"))
    old = ctx.units.save(m.Unit(name="Ban cũ", active=False))
    directive = ctx.directives.save(m.Directive(content="Tổ chức hội nghị", lead_unit_id=lead.id))
    with pytest.raises(ValidationError, match="Chưa chọn đơn vị chủ trì mới"):
        follow_up.reassign(ctx, [directive.id], None)
    with pytest.raises(ValidationError, match="không còn trong danh sách"):
        follow_up.reassign(ctx, [directive.id], old.id)
    assert ctx.directives.get(directive.id).lead_unit_id == lead.id
    assert not [e for e in ctx.directives.audit_entries(directive) if e.action == "reassign"]


def test_chair_candidates_are_members_then_signers_then_others(ctx):
    ctx.organisation.save(
        m.OrganisationProfile(
            issuing_body="ĐẢNG ỦY X",
            code="ĐU",
            place="Hà Nội",
            signers=[
                m.Signer(name="Nguyễn Văn Ký", position="BÍ THƯ"),
                m.Signer(name="Trần Thị Ủy", position="PHÓ BÍ THƯ"),
            ],
        )
    )
    ctx.people.save(m.Person(name="Lê Văn Khách", position="Chuyên viên"))
    ctx.people.save(
        m.Person(name="Trần Thị Ủy", committee_role=m.CommitteeRole.STANDING, position="Phó Bí thư")
    )
    ctx.people.save(m.Person(name="Người Nghỉ", committee_role=m.CommitteeRole.EXECUTIVE, active=False))
    assert ctx.people.chair_candidates() == [
        ("Trần Thị Ủy", "Phó Bí thư"),
        ("Nguyễn Văn Ký", "BÍ THƯ"),
        ("Lê Văn Khách", "Chuyên viên"),
    ]
