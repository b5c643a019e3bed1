"""Exchange between a head office and its bureaus (issue 16, docs/exchange.md): the data half."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from secretary_app.domain import models as m
from secretary_app.services.exchange import Peer
from tests.unit.exchange_helpers import by_uuid, notice, open_site, pair, task


@pytest.fixture
def sites(tmp_path: Path):
    head = open_site(tmp_path / "head.sqlite", "Văn phòng Đảng ủy")
    bureau = open_site(tmp_path / "central.sqlite", "CQTT miền Trung")
    central = head.ctx.units.save(m.Unit(name="Cơ quan thường trú miền Trung"))
    south = head.ctx.units.save(m.Unit(name="Cơ quan thường trú miền Nam"))
    pair(head, bureau, central)
    yield head, bureau, central, south
    head.ctx.close()
    bureau.ctx.close()


def test_directives_go_down_progress_comes_up(sites) -> None:
    head, bureau, central, south = sites
    doc = notice(head.ctx, "Thông báo kết luận giao ban")
    ours = task(head.ctx, "Đẩy mạnh thông tin miền Trung", central, document=doc)
    other = task(head.ctx, "Việc của miền Nam", south, document=doc)
    result = bureau.receive(head.me.name, head.send(bureau.me.name))
    assert result.applied == [1] and not result.report.conflicts
    got = by_uuid(bureau.ctx, ours.uuid)
    assert got is not None and got.content == ours.content
    assert by_uuid(bureau.ctx, other.uuid) is None  # no other unit's tasks
    assert bureau.ctx.store.units()[0].uuid == central.uuid
    # the bureau ticks it off with a note; the head office sees both
    got.status, got.completed_on, got.result = m.DirectiveStatus.DONE, date(2026, 12, 5), "Xong"
    got.notes.append(m.ProgressNote(date(2026, 12, 4), "Đã triển khai"))
    bureau.ctx.directives.save(got)
    back = head.receive(bureau.me.name, bureau.send(head.me.name))
    assert back.applied == [1] and not back.report.conflicts
    mine = head.ctx.directives.get(ours.id)
    assert mine.status == m.DirectiveStatus.DONE and mine.result == "Xong"
    assert [n.text for n in mine.notes] == ["Đã triển khai"]
    assert head.ctx.exchange.last_sites([ours.uuid]) == {ours.uuid: bureau.me.name}
    # nothing echoes back: the next packets carry no new changes
    assert head.send(bureau.me.name).counts == {}
    assert bureau.send(head.me.name).counts == {}


def test_a_secret_notice_never_travels_but_its_task_does(sites) -> None:
    head, bureau, central, _south = sites
    secret = notice(head.ctx, "Thông báo mật", secrecy="MẬT")
    ours = task(head.ctx, "Việc từ thông báo mật", central, document=secret)
    bureau.receive(head.me.name, head.send(bureau.me.name))
    assert bureau.ctx.store.documents() == []
    got = by_uuid(bureau.ctx, ours.uuid)
    assert got is not None and got.document_id is None


def test_the_bureaus_own_issued_minutes_go_up_but_not_its_drafts(sites) -> None:
    head, bureau, central, _south = sites
    task(head.ctx, "Nhiệm vụ", central)
    bureau.receive(head.me.name, head.send(bureau.me.name))  # the head office is the one that gives tasks
    meeting = bureau.ctx.store.insert_meeting(m.Meeting(title="Họp chi bộ", kind="chi bộ", start=_start()))
    issued = notice(bureau.ctx, "Biên bản họp chi bộ tháng 12")
    draft = notice(bureau.ctx, "Bản nháp")
    bureau.ctx.store.db.execute(
        "UPDATE documents SET status = 'issued', meeting_id = ?, kind = 'minutes' WHERE id = ?",
        [meeting.id, issued.id],
    )
    bureau.ctx.store.db.execute("UPDATE documents SET meeting_id = ? WHERE id = ?", [meeting.id, draft.id])
    head.receive(bureau.me.name, bureau.send(head.me.name))
    assert [d.uuid for d in head.ctx.store.documents()] == [issued.uuid]
    # a site paired without a unit that never gave us a task gets none of our minutes
    stranger = bureau.ctx.exchange.outgoing(Peer("site-x", "X"), me=bureau.me)
    assert stranger.counts == {}


def _start():
    from datetime import datetime

    return datetime(2026, 12, 3, 8, 0)


def test_duplicate_late_and_lost_packets(sites) -> None:
    head, bureau, central, _south = sites
    first = task(head.ctx, "Nhiệm vụ một", central)
    p1 = head.send(bureau.me.name)
    second = task(head.ctx, "Nhiệm vụ hai", central)
    p2 = head.send(bureau.me.name)  # p1 is lost: p2 carries changesets 1 and 2
    assert p2.resent == [1]
    r2 = bureau.receive(head.me.name, p2)
    assert r2.applied == [1, 2] and not r2.gaps
    assert by_uuid(bureau.ctx, first.uuid) and by_uuid(bureau.ctx, second.uuid)
    again = bureau.receive(head.me.name, p2)  # duplicated
    late = bureau.receive(head.me.name, p1)  # reordered: arrives after the newer one
    assert again.applied == [] and late.applied == [] and not again.changed and not late.changed
    assert "đã được nhận trước đây" in again.messages()[-1]
    # the bureau's next packet acknowledges 2: the head office stops resending
    head.receive(bureau.me.name, bureau.send(head.me.name))
    assert head.ctx.exchange.sequences(head.peers[bureau.me.name])["waiting"] == 0
    assert head.send(bureau.me.name).resent == []


def test_a_gap_is_named_and_the_missing_changes_still_apply(sites) -> None:
    head, bureau, central, _south = sites
    first = task(head.ctx, "Nhiệm vụ một", central)
    p1 = head.send(bureau.me.name)
    # the head office believes 1 arrived (as after the bureau restored an older backup)
    head.ctx.store.db.execute("DELETE FROM exchange_outbox WHERE seq = 1")
    head.ctx.store.db.execute("UPDATE exchange_sequences SET acked = 1")
    second = task(head.ctx, "Nhiệm vụ hai", central, cooperating=[])
    p2 = head.send(bureau.me.name)
    r2 = bureau.receive(head.me.name, p2)
    assert r2.applied == [2] and r2.gaps == [1]
    assert f"thiếu gói số 1 từ {head.me.name}" in r2.messages()
    assert by_uuid(bureau.ctx, second.uuid) and by_uuid(bureau.ctx, first.uuid) is None
    r1 = bureau.receive(head.me.name, p1)
    assert r1.applied == [1] and r1.gaps == []
    assert by_uuid(bureau.ctx, first.uuid) is not None


def test_a_field_changed_on_both_sides_is_kept_twice_until_the_secretary_chooses(sites) -> None:
    head, bureau, central, _south = sites
    ours = task(head.ctx, "Nhiệm vụ", central)
    bureau.receive(head.me.name, head.send(bureau.me.name))
    theirs = by_uuid(bureau.ctx, ours.uuid)
    theirs.result = "Bản của miền Trung"
    theirs.notes.append(m.ProgressNote(date(2026, 12, 4), "Ghi chú"))
    bureau.ctx.directives.save(theirs)
    mine = head.ctx.directives.get(ours.id)
    mine.result = "Bản của văn phòng"
    head.ctx.directives.save(mine)
    packet = bureau.send(head.me.name)
    preview = head.receive(bureau.me.name, packet, preview=True)
    assert len(preview.report.conflicts) == 1
    assert head.ctx.exchange.list_conflicts() == []  # a preview writes nothing
    result = head.receive(bureau.me.name, packet)
    assert [c["column"] for c in result.report.conflicts] == ["result"]
    assert head.ctx.directives.get(ours.id).result == "Bản của văn phòng"  # ours stays
    assert [n.text for n in head.ctx.directives.get(ours.id).notes] == ["Ghi chú"]  # the rest applies
    (conflict,) = head.ctx.exchange.list_conflicts()
    assert (conflict["ours"], conflict["theirs"]) == ("Bản của văn phòng", "Bản của miền Trung")
    assert "gói số 1 từ CQTT miền Trung" in conflict["packet"]
    actions = [(e.action, e.summary) for e in head.ctx.directives.audit_entries(mine)]
    assert ("exchange-conflict", "gói số 1 từ CQTT miền Trung: result") in actions
    # while open, neither side overwrites the other
    bureau.receive(head.me.name, head.send(bureau.me.name))
    assert by_uuid(bureau.ctx, ours.uuid).result == "Bản của miền Trung"
    head.ctx.exchange.resolve(conflict["id"], "theirs")
    assert head.ctx.directives.get(ours.id).result == "Bản của miền Trung"
    assert head.ctx.exchange.list_conflicts() == []
    # the choice travels (the bureau already holds that value: nothing changes there, nothing is left open)
    after = bureau.receive(head.me.name, head.send(bureau.me.name))
    assert not after.report.counts and not after.report.conflicts
    assert head.send(bureau.me.name).counts == {}


def test_choosing_ours_sends_ours(sites) -> None:
    head, bureau, central, _south = sites
    ours = task(head.ctx, "Nhiệm vụ", central)
    bureau.receive(head.me.name, head.send(bureau.me.name))
    theirs = by_uuid(bureau.ctx, ours.uuid)
    theirs.status = m.DirectiveStatus.DONE
    bureau.ctx.directives.save(theirs)
    head.ctx.directives.cancel(ours.id, "Không còn cần")
    head.receive(bureau.me.name, bureau.send(head.me.name))
    (conflict,) = head.ctx.exchange.list_conflicts()
    assert conflict["column"] == "status"
    head.ctx.exchange.resolve(conflict["id"], "ours")
    bureau.receive(head.me.name, head.send(bureau.me.name))
    assert by_uuid(bureau.ctx, ours.uuid).status == m.DirectiveStatus.CANCELLED


def test_imported_tasks_are_found_by_search_and_audited_with_the_packet(sites) -> None:
    head, bureau, central, _south = sites
    ours = task(head.ctx, "Tăng cường đưa tin về bão lũ", central)
    bureau.receive(head.me.name, head.send(bureau.me.name))
    got = by_uuid(bureau.ctx, ours.uuid)
    hits = bureau.ctx.store.db.execute(
        "SELECT record_id FROM search_index WHERE search_index MATCH 'ftitle:bao'"
    ).fetchall()
    assert [h[0] for h in hits] == [got.id]
    entries = bureau.ctx.directives.audit_entries(got)
    assert entries[0].action == "exchange" and entries[0].summary.startswith("gói số 1 từ Văn phòng Đảng ủy")


def test_the_views_of_migration_0012_have_the_exchange_tables_columns(sites) -> None:
    from secretary_app.db.exchange_tables import TABLES

    head = sites[0]
    for table in TABLES:
        columns = [row[1] for row in head.ctx.store.db.execute(f"PRAGMA table_info({table.name})")]
        assert tuple(columns) == table.all_columns, table.name


def test_two_opposite_choices_never_swap_the_values_silently(sites) -> None:
    head, bureau, central, _south = sites
    ours = task(head.ctx, "Nhiệm vụ", central)
    bureau.receive(head.me.name, head.send(bureau.me.name))
    theirs = by_uuid(bureau.ctx, ours.uuid)
    theirs.result = "B"
    bureau.ctx.directives.save(theirs)
    mine = head.ctx.directives.get(ours.id)
    mine.result = "H"
    head.ctx.directives.save(mine)
    down, up = head.send(bureau.me.name), bureau.send(head.me.name)  # the packets cross
    bureau.receive(head.me.name, down)
    head.receive(bureau.me.name, up)
    (at_head,) = head.ctx.exchange.list_conflicts()
    (at_bureau,) = bureau.ctx.exchange.list_conflicts()
    head.ctx.exchange.resolve(at_head["id"], "theirs")  # the head office takes B
    bureau.ctx.exchange.resolve(at_bureau["id"], "theirs")  # meanwhile the bureau takes H
    bureau.receive(head.me.name, head.send(bureau.me.name))
    head.receive(bureau.me.name, bureau.send(head.me.name))
    values = (head.ctx.directives.get(ours.id).result, by_uuid(bureau.ctx, ours.uuid).result)
    assert values == ("B", "H")  # each side keeps what it chose ...
    shown = head.ctx.exchange.list_conflicts() + bureau.ctx.exchange.list_conflicts()
    assert {frozenset((c["ours"], c["theirs"])) for c in shown} == {frozenset("BH")}  # ... shown again
    # the bureau now agrees with the head office: both conflicts close, the values meet
    for conflict in bureau.ctx.exchange.list_conflicts():
        bureau.ctx.exchange.resolve(conflict["id"], "theirs")
    head.receive(bureau.me.name, bureau.send(head.me.name))
    bureau.receive(head.me.name, head.send(bureau.me.name))
    assert head.ctx.directives.get(ours.id).result == by_uuid(bureau.ctx, ours.uuid).result == "B"
    assert head.ctx.exchange.list_conflicts() == bureau.ctx.exchange.list_conflicts() == []


def test_the_bureaus_members_go_down_with_their_unit_and_no_one_else(sites) -> None:
    head, bureau, central, south = sites
    member = head.ctx.people.save(
        m.Person(name="Nguyễn Văn A", position="Trưởng cơ quan", unit_id=central.id)
    )
    head.ctx.people.save(m.Person(name="Trần Thị B", unit_id=south.id))
    bureau.receive(head.me.name, head.send(bureau.me.name))
    (got,) = bureau.ctx.people.list_people()
    assert (got.uuid, got.name, got.position) == (member.uuid, "Nguyễn Văn A", "Trưởng cơ quan")
    assert bureau.ctx.units.get(got.unit_id).uuid == central.uuid


def test_an_extension_request_goes_up_and_a_broken_changeset_changes_nothing(sites) -> None:
    from secretary_app.domain.errors import RuleError

    head, bureau, central, _south = sites
    ours = task(head.ctx, "Nhiệm vụ", central)
    bureau.receive(head.me.name, head.send(bureau.me.name))
    theirs = by_uuid(bureau.ctx, ours.uuid)
    bureau.ctx.directives.extend(theirs.id, date(2027, 6, 30), "Chờ kinh phí", allowed_by="Trưởng cơ quan")
    packet = bureau.send(head.me.name)
    broken = {**packet.parts, "changesets/000001.bin": packet.parts["changesets/000001.bin"][:-7]}
    with pytest.raises(RuleError):
        head.ctx.exchange.incoming(head.peers[bureau.me.name], broken)
    assert head.ctx.directives.get(ours.id).extensions == []
    assert [h["direction"] for h in head.ctx.exchange.history()] == ["out"]
    head.receive(bureau.me.name, packet)
    mine = head.ctx.directives.get(ours.id)
    assert [(e.new_deadline, e.reason) for e in mine.extensions] == [(date(2027, 6, 30), "Chờ kinh phí")]
    assert mine.deadline == date(2027, 3, 31)  # a request: the head office decides the deadline


def test_a_change_to_a_task_this_site_lacks_is_kept_and_cannot_be_taken_blindly(sites) -> None:
    from secretary_app.domain.errors import RuleError

    head, bureau, central, _south = sites
    ours = task(head.ctx, "Nhiệm vụ", central)
    bureau.receive(head.me.name, head.send(bureau.me.name))
    theirs = by_uuid(bureau.ctx, ours.uuid)
    theirs.result = "Xong"
    bureau.ctx.directives.save(theirs)
    head.ctx.store.db.execute("DELETE FROM directives WHERE id = ?", [ours.id])  # gone here meanwhile
    result = head.receive(bureau.me.name, bureau.send(head.me.name))
    (conflict,) = head.ctx.exchange.list_conflicts()
    assert conflict["column"] == "*" and conflict["ours"] is None and conflict["theirs"] == {"result": "Xong"}
    assert result.report.conflicts
    with pytest.raises(RuleError):
        head.ctx.exchange.resolve(conflict["id"], "theirs")
    assert head.ctx.exchange.list_conflicts() == [conflict]  # still open: nothing was decided
    bureau.receive(head.me.name, head.send(bureau.me.name))
    assert by_uuid(bureau.ctx, ours.uuid) is not None  # the deletion waits for the secretary's choice
    head.ctx.exchange.resolve(conflict["id"], "ours")
    assert head.ctx.exchange.list_conflicts() == []
    bureau.receive(head.me.name, head.send(bureau.me.name))
    assert by_uuid(bureau.ctx, ours.uuid) is None
