"""Storage: every entity round-trips, migrations are safe, the audit log is written and append-only."""

import sqlite3
import unicodedata
from datetime import date, datetime

import pytest

from secretary_app.db.database import integrity_errors, open_store
from secretary_app.db.schema import MIGRATION_SET
from secretary_app.domain import models as m
from secretary_app.domain.errors import CorruptDatabaseError, NewerVersionError
from secretary_app.domain.validation import ValidationError
from secretary_app.services.context import open_context


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "c.sqlite", create=True)
    yield store
    store.db.conn.close()


def _meeting() -> m.Meeting:
    agenda = m.AgendaItem(title="Sơ kết công tác 9 tháng", presenter="Nguyễn Tuấn Hùng")
    return m.Meeting(
        title="Hội nghị giao ban cấp ủy",
        kind="Giao ban cấp ủy",
        start=datetime(2021, 10, 12, 8, 0),
        end=datetime(2021, 10, 12, 11, 30),
        place="Số 5 Lý Thường Kiệt, Hà Nội",
        online_sites=["Khu vực phía Nam"],
        chair="Nguyễn Tuấn Hùng",
        secretary="Đỗ Thị Trang",
        guests=["Đại diện Đoàn Thanh niên"],
        attendance=[
            m.Attendance(person_id=None, name="Lê Thị Hoa", status=m.AttendanceStatus.PRESENT),
            m.Attendance(
                person_id=None,
                name="Đặng Thu Hà",
                status=m.AttendanceStatus.ABSENT_EXCUSED,
                reason="Đi công tác",
                membership=m.MembershipKind.PROBATIONARY,
            ),
            m.Attendance(
                person_id=None, name="Vũ Minh Đức", status=m.AttendanceStatus.ONLINE, online_site="Đà Nẵng"
            ),
        ],
        agenda=[agenda],
        minutes=[
            m.MinutesEntry(m.MinutesEntryKind.REPORT, "Trình bày báo cáo", "Nguyễn Tuấn Hùng", agenda.uuid),
            m.MinutesEntry(
                m.MinutesEntryKind.VOTE, "Biểu quyết", agenda_item_uuid=agenda.uuid, vote=m.Vote(7, 1, 1)
            ),
        ],
    )


def test_meeting_round_trip_with_children(store):
    meeting = store.insert_meeting(_meeting())
    loaded = store.meeting(meeting.id)
    assert loaded == meeting
    assert loaded.minutes[1].vote.percentages() == (77.8, 11.1, 11.1)
    assert loaded.minutes[0].agenda_item_uuid == loaded.agenda[0].uuid


def test_editing_children_keeps_ids_and_deletes_removed(store):
    meeting = store.insert_meeting(_meeting())
    kept_id = meeting.attendance[0].id
    meeting.attendance = meeting.attendance[:1]
    meeting.attendance[0].reason = "đến muộn"
    store.set_attendance(meeting.id, meeting.attendance)
    loaded = store.meeting(meeting.id)
    assert [a.id for a in loaded.attendance] == [kept_id]
    assert loaded.attendance[0].reason == "đến muộn"
    assert store.db["attendance"].count == 1


def test_every_other_entity_round_trips(store):
    profile = store.save_organisation(
        m.OrganisationProfile(
            issuing_body="ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM",
            parent_body="ĐẢNG BỘ KHỐI CÁC CƠ QUAN TW",
            code="ĐU",
            place="Hà Nội",
            term_start=date(2020, 6, 1),
            default_recipients=["Lưu VPĐU"],
            signers=[m.Signer("Hà Thị Mai An", "PHÓ BÍ THƯ", "T/M ĐẢNG ỦY")],
        )
    )
    assert store.organisation() == profile
    unit = store.save_unit(m.Unit(name="Văn phòng Đảng ủy", short_name="VPĐU"))
    other = store.save_unit(m.Unit(name="Ban Tổ chức"))
    assert store.units() == sorted([unit, other], key=lambda u: u.name)
    person = store.save_person(
        m.Person(name="Lê Thị Hoa", unit_id=unit.id, membership=m.MembershipKind.PROBATIONARY)
    )
    assert store.people() == [person]
    meeting = store.insert_meeting(_meeting())
    document = store.save_document(
        m.StoredDocument(
            kind=m.DocumentKind.NOTICE,
            standard=m.Standard.PARTY,
            type_code="TB",
            subject="Thông báo kết luận",
            doc_date=date(2021, 10, 12),
            number=239,
            status=m.DocumentStatus.ISSUED,
            meeting_id=meeting.id,
            content={"title": "THÔNG BÁO", "body": [{"type": "paragraph", "text": "Nội dung"}]},
            issued_at=datetime(2021, 10, 12, 16, 0),
        )
    )
    assert store.document(document.id) == document
    directive = store.save_directive(
        m.Directive(
            content="Triển khai phần mềm cơ sở dữ liệu đảng viên 3.0",
            heading="Về công tác xây dựng Đảng",
            document_id=document.id,
            meeting_id=meeting.id,
            lead_unit_id=unit.id,
            cooperating_unit_ids=[other.id],
            deadline=date(2021, 12, 31),
            notes=[m.ProgressNote(date(2021, 11, 1), "Đã cài đặt thử")],
        )
    )
    assert store.directive(directive.id) == directive
    directive.cooperating_unit_ids = []
    directive.status, directive.completed_on = m.DirectiveStatus.DONE, date(2021, 12, 20)
    store.save_directive(directive)
    assert store.directive(directive.id) == directive


def test_second_profile_edits_the_only_one(store):
    store.save_organisation(m.OrganisationProfile(issuing_body="A", code="ĐU", place="Hà Nội"))
    store.save_organisation(m.OrganisationProfile(issuing_body="B", code="ĐU", place="Huế"))
    assert store.db["organisation"].count == 1
    assert store.organisation().issuing_body == "B"


def test_audit_entries_written_for_insert_update_delete(store):
    meeting = store.insert_meeting(_meeting())
    meeting.title = "Hội nghị giao ban cấp ủy tháng 10"
    store.save_meeting_details(meeting)
    store.save_meeting_details(meeting)  # nothing changed: no audit line
    store.move_to_bin("meeting", meeting.id, meeting.title)
    entries = [(e.action, e.table) for e in store.audit_entries(meeting.uuid)]
    assert entries == [("insert", "meetings"), ("update", "meetings"), ("delete", "meetings")]
    update = store.audit_entries(meeting.uuid)[1]
    assert update.summary == "title" and update.actor
    assert store.db["attendance"].count == 0  # children went with the meeting (into the bin)


def test_audit_log_is_append_only(store):
    store.save_unit(m.Unit(name="Văn phòng"))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("UPDATE audit_log SET actor = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("DELETE FROM audit_log")


def test_failed_write_leaves_nothing(store):
    meeting = _meeting()
    meeting.attendance.append(meeting.attendance[0])  # same UUID twice: the second insert fails
    with pytest.raises(sqlite3.IntegrityError):
        store.insert_meeting(meeting)
    assert store.db["meetings"].count == 0
    assert store.db["audit_log"].count == 0


def test_wal_and_foreign_keys_are_on(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migrations_from_empty_file_and_rerun_safely(tmp_path):
    path = tmp_path / "m.sqlite"
    first = open_store(path, create=True)
    first.save_unit(m.Unit(name="Văn phòng"))
    applied = [row["name"] for row in first.db["_sqlite_migrations"].rows]
    first.db.conn.close()
    again = open_store(path, create=True)
    assert [row["name"] for row in again.db["_sqlite_migrations"].rows] == applied
    assert again.units()[0].name == "Văn phòng"
    assert integrity_errors(again) == []
    again.db.conn.close()


def test_existing_file_is_copied_before_migrating(tmp_path, monkeypatch):
    from secretary_app.db import schema

    path = tmp_path / "old.sqlite"
    store = open_store(path, create=True)
    store.save_unit(m.Unit(name="Văn phòng"))
    store.db.conn.close()

    monkeypatch.setattr(schema.migrations, "_migrations", list(schema.migrations._migrations))

    @schema.migrations(name="9999_test_only")
    def _add_column(db):
        db.execute("ALTER TABLE units ADD COLUMN note TEXT")

    backups = tmp_path / "bk"
    migrated = open_store(path, backup_dir=backups, create=True)
    migrated.db.conn.close()
    copies = list(backups.glob("old-*-before-9999_test_only.sqlite"))
    assert len(copies) == 1
    copy = open_store.__globals__["connect"](copies[0])
    assert [r["name"] for r in copy["units"].rows] == ["Văn phòng"]
    assert "note" not in copy["units"].columns_dict


def test_database_from_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    store = open_store(path, create=True)
    store.db["_sqlite_migrations"].insert(
        {"migration_set": MIGRATION_SET, "name": "0999_future", "applied_at": "2030-01-01"}
    )
    store.db.conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerVersionError) as info:
        open_store(path, create=True)
    assert "phiên bản mới hơn" in info.value.message
    assert path.read_bytes() == before


def test_garbage_file_is_refused_with_message(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"This is a Word document, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(CorruptDatabaseError) as info:
        open_store(path, create=True)
    assert "bị hỏng" in info.value.message
    assert path.read_bytes() == before


def test_services_store_nfc_and_validate(tmp_path):
    ctx = open_context(tmp_path / "s.sqlite", create=True)
    nfd = unicodedata.normalize("NFD", "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM")
    saved = ctx.organisation.save(m.OrganisationProfile(issuing_body=nfd, code=" ĐU ", place="Hà Nội"))
    assert ctx.organisation.get().issuing_body == unicodedata.normalize("NFC", nfd)
    assert saved.code == "ĐU"
    with pytest.raises(ValidationError) as info:
        ctx.organisation.save(m.OrganisationProfile(issuing_body="", code="Đ U", place=""))
    assert info.value.for_field("issuing_body") == "Chưa nhập tên cơ quan ban hành."
    assert "dấu cách" in info.value.for_field("code")
    assert info.value.for_field("place")
    assert ctx.organisation.get().issuing_body == unicodedata.normalize("NFC", nfd)  # nothing written
    meeting = _meeting()
    meeting.end = datetime(2021, 10, 12, 7, 0)
    with pytest.raises(ValidationError, match="Giờ kết thúc phải sau giờ bắt đầu"):
        ctx.meetings.create(meeting)
    ctx.close()


def test_demo_database_holds_the_seed_meeting(tmp_path):
    from secretary_app.services.demo import ensure_demo_database

    path = ensure_demo_database(tmp_path / "demo.sqlite")
    ensure_demo_database(path)  # second call opens, does not duplicate
    ctx = open_context(path, create=True)
    [meeting] = ctx.meetings.list_meetings()
    assert meeting.start == datetime(2021, 10, 12, 8, 0)
    assert ctx.organisation.get().issuing_body == "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM"
    [document] = ctx.documents.list_documents()
    assert (document.number, document.type_code, document.status) == (239, "TB", m.DocumentStatus.ISSUED)
    directives = ctx.directives.list_directives()
    assert len(directives) == 18
    assert {d.heading for d in directives} == {
        "Về công tác thông tin",
        "Về các lĩnh vực công tác của ngành",
        "Về công tác xây dựng Đảng",
    }
    assert directives[-1].content.startswith("Lãnh đạo Đoàn thanh niên")
    full = ctx.meetings.get(meeting.id)
    counts = m.attendance_counts(full.attendance)
    assert (counts.total, counts.present, counts.absent, counts.online) == (8, 7, 1, 1)
    ctx.close()


def test_the_check_reads_tables_without_rowid(tmp_path):
    """A WITHOUT ROWID table (the exchange bookkeeping keeps some) is checked by its key: the background check
    said "SQLite không đọc được (no such column: rowid)" about a sound file before."""
    from secretary_app.db.checks import check_file

    path = tmp_path / "w.sqlite"
    store = open_store(path, create=True)
    store.db.execute("CREATE TABLE keyed (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID")
    store.db.execute("INSERT INTO keyed VALUES ('a', 'tốt')")
    store.db.conn.commit()
    assert check_file(path).problems == []
    store.db.execute("INSERT INTO keyed VALUES ('b', CAST(X'C3' AS TEXT))")
    store.db.conn.commit()
    assert check_file(path).problems == ["keyed #b: cột v chứa byte không phải chữ UTF-8 (dữ liệu hỏng)"]
    store.db.conn.close()
