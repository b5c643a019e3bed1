"""The exchange packet file (issue 16): a packet written by one site reads back at the paired recipient, and
every kind of bad packet is refused with a Vietnamese message before anything past the failed check is
read."""

from __future__ import annotations

import io
import json
import stat
import uuid
import warnings
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from secretary_app.domain.errors import PacketRefused
from secretary_app.domain.sites import Site
from secretary_app.services import exchange_packets as ep


def _site(name: str) -> tuple[Site, Ed25519PrivateKey]:
    key = Ed25519PrivateKey.generate()
    return Site(site_id=str(uuid.uuid4()), name=name, public_key=key.public_key().public_bytes_raw()), key


HEAD, HEAD_KEY = _site("Văn phòng Đảng ủy")
BUREAU, BUREAU_KEY = _site("CQTT miền Trung")
OTHER, OTHER_KEY = _site("CQTT miền Nam")
PARTS = {
    "changesets/000007.bin": b"changeset " * 500,
    "exchange.json": b"{}",
    "notice-239.pdf": b"%PDF-1.7 fake notice",
}


def _write(tmp_path: Path, **overrides) -> Path:
    options = (
        dict(sender_site=HEAD, recipient_site=BUREAU, sequence=7, parts=PARTS, signing_key=HEAD_KEY)
        | overrides
    )
    return ep.write_packet(tmp_path / "packet.zip", **options)


def _read(path: Path, *, me: Site = BUREAU, known=(HEAD,), max_bytes: int = ep.DEFAULT_MAX_BYTES):
    return ep.read_packet(path, me=me, known_sites=list(known), max_bytes=max_bytes)


def _members(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def _rezip(path: Path, members: list[tuple[str, bytes]], *, mode: int = stat.S_IFREG | 0o644) -> Path:
    out = path.with_name("rezipped.zip")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names some tests write
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in members:
                info = zipfile.ZipInfo(name)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = mode << 16
                zf.writestr(info, data)
    return out


def _refusal(path: Path, **kwargs) -> PacketRefused:
    with pytest.raises(PacketRefused) as caught:
        _read(path, **kwargs)
    assert "Chưa nhập gì" in caught.value.message
    return caught.value


def test_a_packet_reads_back_whole_at_its_recipient(tmp_path: Path) -> None:
    opened = _read(_write(tmp_path))
    assert opened.sender.site_id == HEAD.site_id and opened.recipient.site_id == BUREAU.site_id
    assert opened.sequence == 7 and opened.parts == PARTS
    assert opened.created_at.tzinfo is not None and len(opened.sha256) == 64


def test_the_manifest_lists_each_part_with_its_hash_and_size(tmp_path: Path) -> None:
    members = dict(_members(_write(tmp_path)))
    manifest = json.loads(members["manifest.json"])
    assert (
        manifest["sender"]["site_id"] == HEAD.site_id and manifest["recipient"]["site_id"] == BUREAU.site_id
    )
    assert manifest["sequence"] == 7 and manifest["created_at"]
    assert {p["name"]: p["size"] for p in manifest["parts"]} == {k: len(v) for k, v in PARTS.items()}
    assert all(len(p["sha256"]) == 64 for p in manifest["parts"])
    assert len(members["manifest.sig"]) == 64
    # Never the private key, in any form.
    raw = (tmp_path / "packet.zip").read_bytes()
    assert HEAD_KEY.private_bytes_raw() not in raw


def test_unsafe_part_names_are_not_written(tmp_path: Path) -> None:
    for name in ("../x", "a/../b", "/a", "a//b", "", ".hidden", "a\\b", "a/b/c/d/e"):
        with pytest.raises(ValueError):
            _write(tmp_path, parts={name: b"x"})


def test_a_changed_part_is_refused_as_altered(tmp_path: Path) -> None:
    path = _write(tmp_path)
    members = [
        (n, d.replace(b"changeset", b"changesEt", 1) if n == "parts/changesets/000007.bin" else d)
        for n, d in _members(path)
    ]
    refused = _refusal(_rezip(path, members))
    assert refused.reason == "altered" and "changesets/000007.bin" in refused.message


def test_one_flipped_byte_in_the_file_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("parts/changesets/000007.bin")
    # A byte inside the part's compressed data (past its local header).
    data[info.header_offset + 30 + len(info.filename) + 5] ^= 0x01
    path.write_bytes(bytes(data))
    assert _refusal(path).reason == "altered"


def test_an_altered_manifest_is_refused_by_its_signature(tmp_path: Path) -> None:
    path = _write(tmp_path)
    members = _members(path)
    manifest = json.loads(dict(members)["manifest.json"])
    manifest["sequence"] = 8
    changed = [(n, json.dumps(manifest).encode() if n == "manifest.json" else d) for n, d in members]
    refused = _refusal(_rezip(path, changed))
    assert refused.reason == "signature" and "chữ ký" in refused.message


def test_a_packet_signed_by_another_key_is_refused(tmp_path: Path) -> None:
    # Someone who knows the head office's id and name but not its key.
    refused = _refusal(_write(tmp_path, signing_key=OTHER_KEY))
    assert refused.reason == "signature"


def test_a_garbage_signature_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    members = [(n, b"\0" * 64 if n == "manifest.sig" else d) for n, d in _members(path)]
    assert _refusal(_rezip(path, members)).reason == "signature"


def test_a_packet_from_an_unpaired_site_is_refused_by_name(tmp_path: Path) -> None:
    refused = _refusal(_write(tmp_path, sender_site=OTHER, signing_key=OTHER_KEY))
    assert (
        refused.reason == "unpaired"
        and "CQTT miền Nam" in refused.message
        and "chưa ghép nối" in refused.message
    )


def test_a_packet_for_another_site_is_refused(tmp_path: Path) -> None:
    refused = _refusal(_write(tmp_path, recipient_site=OTHER))
    assert refused.reason == "wrong_recipient" and "CQTT miền Nam" in refused.message


def test_own_packet_is_refused(tmp_path: Path) -> None:
    assert _refusal(_write(tmp_path), me=HEAD, known=(BUREAU,)).reason == "own"


@pytest.mark.parametrize("keep", [0.3, 0.9, 0.999])
def test_a_truncated_packet_is_refused(tmp_path: Path, keep: float) -> None:
    path = _write(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    refused = _refusal(path)
    assert refused.reason == "truncated" and "cắt cụt" in refused.message


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path, monkeypatch) -> None:
    path = _write(tmp_path)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read an oversized packet"))
    refused = _refusal(path, max_bytes=path.stat().st_size - 1)
    assert refused.reason == "oversized" and "lớn quá" in refused.message


def test_parts_expanding_past_the_limit_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    # The file itself fits; its parts (5 kB of changeset) do not.
    assert _refusal(path, max_bytes=path.stat().st_size + 100).reason == "oversized"


def test_not_a_packet(tmp_path: Path) -> None:
    path = tmp_path / "notes.zip"
    path.write_bytes(b"just some text, not a zip at all")
    assert _refusal(path).reason == "not_packet"
    assert _refusal(tmp_path / "missing.zip").reason == "not_packet"
    empty_zip = _rezip(path, [("parts/a.bin", b"x")])
    assert _refusal(empty_zip).reason == "not_packet"


@pytest.mark.parametrize(
    "name",
    [
        "../evil.bin",
        "/etc/passwd",
        "parts/../../evil.bin",
        "parts/sub/../x.bin",
        "parts//x.bin",
        "parts/./x.bin",
        "C:\\evil.bin",
        "parts\\..\\evil.bin",
        "other/x.bin",
        "parts/",
    ],
)
def test_a_member_path_escaping_its_folder_is_refused(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path)
    refused = _refusal(_rezip(path, _members(path) + [(name, b"x")]))
    assert refused.reason == "unsafe_path"


def test_a_symlink_member_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    out = path.with_name("links.zip")
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in _members(path):
            info = zipfile.ZipInfo(name)
            link = name == "parts/notice-239.pdf"
            info.external_attr = ((stat.S_IFLNK | 0o777) if link else (stat.S_IFREG | 0o644)) << 16
            zf.writestr(info, b"/etc/passwd" if link else data)
    refused = _refusal(out)
    assert refused.reason == "unsafe_path" and "liên kết" in refused.message


def test_duplicate_member_names_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    members = _members(path)
    twin = [(n, d) for n, d in members if n == "parts/changesets/000007.bin"]
    refused = _refusal(_rezip(path, members + twin))
    assert refused.reason == "unsafe_path" and "cùng tên" in refused.message


def test_a_zip_bomb_is_refused_without_expanding_it(tmp_path: Path) -> None:
    path = _write(tmp_path)
    bomb = _rezip(path, _members(path) + [("parts/zeros.bin", bytes(30 * 1024 * 1024))])
    assert bomb.stat().st_size < 100 * 1024
    assert _refusal(bomb).reason == "bomb"


def test_a_member_larger_than_its_directory_says_is_caught_while_reading(tmp_path: Path) -> None:
    # The central directory claims a small manifest; the stream holds more: reading stops at the claim.
    path = _write(tmp_path)
    members = _members(path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    data = bytearray(buffer.getvalue())
    manifest_len = len(dict(members)["manifest.json"]).to_bytes(4, "little")
    # Lower the manifest's uncompressed size in its central directory entry (offset 24 in the entry).
    start = data.find(b"PK\x01\x02")
    assert data[start + 24 : start + 28] == manifest_len
    data[start + 24 : start + 28] = (len(dict(members)["manifest.json"]) - 10).to_bytes(4, "little")
    tampered = tmp_path / "liar.zip"
    tampered.write_bytes(bytes(data))
    assert _refusal(tampered).reason in {"bomb", "altered"}


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda p: _write(p, sender_site=OTHER, signing_key=OTHER_KEY), "unpaired"),
        (lambda p: _write(p, signing_key=OTHER_KEY), "signature"),
        (lambda p: _write(p, recipient_site=OTHER), "wrong_recipient"),
    ],
)
def test_a_refused_packet_has_no_part_read(tmp_path: Path, monkeypatch, make, reason: str) -> None:
    path = make(tmp_path)
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self, name, *args, **kwargs):
        opened.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    assert _refusal(path).reason == reason
    assert set(opened) <= {"manifest.json", "manifest.sig"}
