"""Sites and pairing (issue 16): this database's identity and key are made once, the identity file carries
nothing secret, pairing checks what it is given and writes nothing when it refuses, the key survives a
backup, and ``secretary-app exchange identity|pair`` exit 2 on bad input with nothing changed."""

from __future__ import annotations

import base64
import json
import re
import sqlite3
from pathlib import Path

import pytest

from secretary_app.domain import models as m
from secretary_app.domain.errors import PacketRefused, RuleError
from secretary_app.services.context import AppContext, open_context
from tests.unit.test_cli import run


@pytest.fixture
def head(tmp_path: Path):
    ctx = open_context(tmp_path / "head.sqlite", create=True)
    ctx.units.save(m.Unit(name="Cơ quan thường trú miền Trung", short_name="CQTT MT"))
    ctx.units.save(m.Unit(name="Ban Tuyên giáo"))
    ctx.sites.this_site("Văn phòng Đảng ủy")
    yield ctx
    ctx.close()


@pytest.fixture
def bureau(tmp_path: Path):
    ctx = open_context(tmp_path / "bureau.sqlite", create=True)
    ctx.sites.this_site("CQTT miền Trung")
    yield ctx
    ctx.close()


def _private_key(ctx: AppContext) -> bytes:
    with sqlite3.connect(ctx.db_path) as conn:
        return conn.execute("SELECT private_key FROM exchange_self").fetchone()[0]


def _audit_count(ctx: AppContext) -> int:
    return len(ctx.store.audit_entries())


def test_the_identity_is_made_once_and_kept(tmp_path: Path) -> None:
    ctx = open_context(tmp_path / "a.sqlite", create=True)
    first = ctx.sites.this_site()
    assert first.name == "Đơn vị chưa đặt tên" and len(first.public_key) == 32
    assert ctx.sites.this_site().site_id == first.site_id
    renamed = ctx.sites.this_site("CQTT miền Trung")
    assert (renamed.site_id, renamed.public_key) == (first.site_id, first.public_key)
    ctx.close()
    again = open_context(tmp_path / "a.sqlite")
    assert (
        again.sites.this_site().site_id == first.site_id and again.sites.this_site().name == "CQTT miền Trung"
    )
    again.close()


def test_the_identity_file_carries_no_secret(head: AppContext, tmp_path: Path) -> None:
    path = head.sites.write_identity(tmp_path / "head.id")
    data = path.read_bytes()
    secret = _private_key(head)
    for form in (secret, base64.b64encode(secret), secret.hex().encode(), base64.b32encode(secret)):
        assert form not in data
    parsed = json.loads(data)
    assert set(parsed) == {"format", "version", "site_id", "name", "public_key", "fingerprint"}
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", parsed["fingerprint"])
    assert head.sites.read_identity(path).fingerprint == parsed["fingerprint"]


def test_pairing_maps_the_site_to_its_unit(head: AppContext, bureau: AppContext, tmp_path: Path) -> None:
    identity = bureau.sites.write_identity(tmp_path / "bureau.id")
    fingerprint = bureau.sites.this_site().fingerprint
    # Read aloud and typed in lower case with spaces: the same code.
    site = head.sites.pair(identity, unit="cqtt mt", fingerprint=fingerprint.lower().replace("-", " "))
    assert site.unit_name == "Cơ quan thường trú miền Trung" and site.paired_at is not None
    assert [s.name for s in head.sites.paired_sites()] == ["CQTT miền Trung"]
    assert head.sites.by_name("cqtt mien trung").site_id == site.site_id
    assert head.sites.by_name("Cơ quan thường trú miền Trung").site_id == site.site_id
    assert any(e.action == "pair" and e.record_uuid == site.site_id for e in head.store.audit_entries())
    # Pairing again (a new file from the same site) keeps its unit and changes nothing else.
    assert head.sites.pair(identity).unit_name == "Cơ quan thường trú miền Trung"
    with pytest.raises(RuleError, match="Không có đơn vị ghép nối"):
        head.sites.by_name("CQTT miền Nam")


def _refused_and_unchanged(ctx: AppContext, call, match: str) -> None:
    before = (ctx.sites.paired_sites(), _audit_count(ctx))
    with pytest.raises(RuleError, match=match):
        call()
    assert (ctx.sites.paired_sites(), _audit_count(ctx)) == before


def test_pairing_refusals_write_nothing(head: AppContext, bureau: AppContext, tmp_path: Path) -> None:
    identity = bureau.sites.write_identity(tmp_path / "bureau.id")
    other = head.sites.this_site().fingerprint
    _refused_and_unchanged(head, lambda: head.sites.pair(identity, fingerprint=other), "không khớp")
    _refused_and_unchanged(head, lambda: head.sites.pair(identity, fingerprint="ABCD-1234"), "16 ký tự")
    _refused_and_unchanged(head, lambda: head.sites.pair(identity, unit="Ban Kiểm tra"), "Không có đơn vị")
    own = head.sites.write_identity(tmp_path / "head.id")
    _refused_and_unchanged(head, lambda: head.sites.pair(own), "chính đơn vị này")
    junk = tmp_path / "junk.id"
    junk.write_text("not json", encoding="utf-8")
    _refused_and_unchanged(head, lambda: head.sites.pair(junk), "không phải tệp định danh")
    edited = json.loads(identity.read_text(encoding="utf-8"))
    edited["public_key"] = base64.b64encode(bytes(32)).decode()
    forged = tmp_path / "forged.id"
    forged.write_text(json.dumps(edited), encoding="utf-8")
    _refused_and_unchanged(head, lambda: head.sites.pair(forged), "đã bị sửa")
    # Same site id, another key (the fingerprint line removed so the file is self-consistent).
    head.sites.pair(identity)
    del edited["fingerprint"]
    forged.write_text(json.dumps(edited), encoding="utf-8")
    _refused_and_unchanged(head, lambda: head.sites.pair(forged), "khóa khác")


def test_a_site_with_its_keys_passes_the_full_check(
    head: AppContext, bureau: AppContext, tmp_path: Path
) -> None:
    """The keys are BLOBs, not text: the background check (db/checks.py) must not call them damaged text (it
    did, stopping the automatic backups of every database that had made its identity)."""
    from secretary_app.db.checks import check_file

    head.sites.pair(bureau.sites.write_identity(tmp_path / "bureau.id"), unit="CQTT MT")
    assert check_file(head.db_path).problems == []


def test_packets_between_paired_sites(head: AppContext, bureau: AppContext, tmp_path: Path) -> None:
    head.sites.pair(bureau.sites.write_identity(tmp_path / "bureau.id"), unit="CQTT MT")
    bureau.sites.pair(head.sites.write_identity(tmp_path / "head.id"))
    packet = head.sites.write_packet(
        tmp_path / "p1.tkgoi", head.sites.by_name("CQTT miền Trung"), 1, {"changes.bin": b"abc"}
    )
    opened = bureau.sites.read_packet(packet)
    assert opened.sender.name == "Văn phòng Đảng ủy" and opened.parts == {"changes.bin": b"abc"}
    assert _private_key(head) not in packet.read_bytes()
    bureau.sites.unpair(head.sites.this_site().site_id)
    with pytest.raises(PacketRefused) as refused:
        bureau.sites.read_packet(packet)
    assert refused.value.reason == "unpaired"


def test_a_restored_backup_signs_as_the_same_site(
    head: AppContext, bureau: AppContext, tmp_path: Path
) -> None:
    bureau.sites.pair(head.sites.write_identity(tmp_path / "head.id"))
    head.sites.pair(bureau.sites.write_identity(tmp_path / "bureau.id"))
    copy = head.backup(tmp_path / "backup.sqlite")
    restored = open_context(copy)
    try:
        assert restored.sites.this_site().site_id == head.sites.this_site().site_id
        packet = restored.sites.write_packet(
            tmp_path / "p.tkgoi", restored.sites.by_name("CQTT miền Trung"), 1, {"x.bin": b"1"}
        )
        assert bureau.sites.read_packet(packet).sequence == 1
    finally:
        restored.close()


# The CLI ---------------------------------------------------------------------------------------------------


def test_cli_identity_and_pair(tmp_path: Path) -> None:
    head_db, bureau_db = tmp_path / "head.sqlite", tmp_path / "bureau.sqlite"
    with_unit = open_context(head_db, create=True)
    with_unit.units.save(m.Unit(name="Cơ quan thường trú miền Trung", short_name="CQTT MT"))
    with_unit.close()
    open_context(bureau_db, create=True).close()
    out = tmp_path / "bureau.id"
    made = run(
        "exchange",
        "identity",
        "--name",
        "CQTT miền Trung",
        "-o",
        str(out),
        "--db",
        str(bureau_db),
        data_dir=tmp_path,
    )
    assert made.returncode == 0, made.stderr
    assert "CQTT miền Trung" in made.stdout and "Mã nhận dạng" in made.stdout
    fingerprint = json.loads(out.read_text(encoding="utf-8"))["fingerprint"]
    assert fingerprint in made.stdout
    paired = run(
        "--db",
        str(head_db),
        "exchange",
        "pair",
        str(out),
        "--unit",
        "CQTT MT",
        "--fingerprint",
        fingerprint,
        data_dir=tmp_path,
    )
    assert paired.returncode == 0, paired.stderr
    assert "Đã ghép nối với “CQTT miền Trung”" in paired.stdout
    assert "Cơ quan thường trú miền Trung" in paired.stdout


def _paired_rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM exchange_sites").fetchone()[0]


def test_cli_bad_input_exits_2_with_nothing_changed(tmp_path: Path) -> None:
    head_db, bureau_db = tmp_path / "head.sqlite", tmp_path / "bureau.sqlite"
    for db in (head_db, bureau_db):
        open_context(db, create=True).close()
    out = tmp_path / "bureau.id"
    assert (
        run("exchange", "identity", "-o", str(out), "--db", str(bureau_db), data_dir=tmp_path).returncode == 0
    )
    before = out.read_bytes()
    again = run("exchange", "identity", "-o", str(out), "--db", str(bureau_db), data_dir=tmp_path)
    assert again.returncode == 2 and "đã tồn tại" in again.stderr and out.read_bytes() == before
    blank = run(
        "exchange",
        "identity",
        "--name",
        "  ",
        "-o",
        str(tmp_path / "x.id"),
        "--db",
        str(head_db),
        data_dir=tmp_path,
    )
    assert blank.returncode == 2 and "Chưa nhập tên" in blank.stderr and not (tmp_path / "x.id").exists()
    junk = tmp_path / "junk.id"
    junk.write_bytes(b"\x00\x01 not an identity")
    cases = [
        ([str(junk)], "không phải tệp định danh"),
        ([str(tmp_path / "missing.id")], "Không đọc được"),
        ([str(out), "--unit", "Ban Kiểm tra"], "Không có đơn vị"),
        ([str(out), "--fingerprint", "AAAA-AAAA-AAAA-AAAA"], "không khớp"),
    ]
    for extra, message in cases:
        result = run("--db", str(head_db), "exchange", "pair", *extra, data_dir=tmp_path)
        assert result.returncode == 2 and message in result.stderr, (extra, result.stderr)
        assert _paired_rows(head_db) == 0
    english = run("--lang", "en", "exchange", "--help", data_dir=tmp_path)
    assert english.returncode == 0 and "identity" in english.stdout and "pair" in english.stdout
