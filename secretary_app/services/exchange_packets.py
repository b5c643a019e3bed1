"""The exchange packet file (issue 16, docs/exchange.md): one ZIP per send, for a USB stick or internal mail.

Inside: ``manifest.json`` (sender, recipient, sequence number, created time, and the SHA-256 and size of each
part), ``manifest.sig`` (the sender's Ed25519 signature over the manifest's exact bytes) and the parts under
``parts/``. Nothing is ever extracted to disk: the parts come back as bytes.

``read_packet`` checks in an order that reads as little as possible of a file it will refuse: the size on
disk, the ZIP directory (names, kinds, declared sizes, compression ratios), then the manifest and its
signature against the paired sender's key, the recipient, and only then the parts, each against the signed
SHA-256 and size. The first failed check raises PacketRefused with a Vietnamese message; nothing further
is read."""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from secretary_app.domain.errors import PacketRefused
from secretary_app.domain.sites import Site

PACKET_FORMAT = "secretary-exchange-packet"
PACKET_VERSION = 1
PACKET_SUFFIX = ".tkgoi"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PART_DIR = "parts/"
# A part's name: up to four plain names joined by "/" ("changesets/000007.bin"), each starting with a letter
# or digit, so no member can point outside its folder ("..", "/x", "C:", "\\") whatever a reader does with it.
_SEGMENT = r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}"
PART_NAME = re.compile(rf"(?:{_SEGMENT}/){{0,3}}{_SEGMENT}")
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_PARTS = 10_000
# Zip-bomb guard: a member expanding more than this many times its stored size (beyond a small floor, where
# ratios mean nothing) is refused. Changesets of 1,000 similar tasks deflate ~10-20x; 200x is not data.
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class OpenedPacket:
    """A packet that passed every check: who sent it to whom, its sequence number and its parts."""

    sender: Site
    recipient: Site
    sequence: int
    created_at: datetime
    parts: dict[str, bytes]
    sha256: str = ""  # of the whole packet file: what "the same packet twice" is recognised by


def write_packet(
    path: Path | str,
    *,
    sender_site: Site,
    recipient_site: Site,
    sequence: int,
    parts: Mapping[str, bytes],
    signing_key: Ed25519PrivateKey,
    created_at: datetime | None = None,
) -> Path:
    """Write the packet to ``path`` (a temporary file renamed into place, so a full stick never leaves half a
    packet under the real name) and return the path. Part names must match PART_NAME (a programming error
    otherwise: ValueError)."""
    if sequence < 1:
        raise ValueError("sequence numbers start at 1")
    for name in parts:
        if not PART_NAME.fullmatch(name):
            raise ValueError(f"unsafe part name {name!r}")
    created = (created_at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    manifest = {
        "format": PACKET_FORMAT,
        "version": PACKET_VERSION,
        "sender": {"site_id": sender_site.site_id, "name": sender_site.name},
        "recipient": {"site_id": recipient_site.site_id, "name": recipient_site.name},
        "sequence": sequence,
        "created_at": created.isoformat(),
        "parts": [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in sorted(parts.items())
        ],
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    signature = signing_key.sign(manifest_bytes)
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    # A fixed timestamp on every member: the same content makes the same file.
    stamp = (1980, 1, 1, 0, 0, 0)
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for name, data in [(MANIFEST, manifest_bytes), (SIGNATURE, signature)] + [
                (PART_DIR + name, parts[name]) for name in sorted(parts)
            ]:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                zf.writestr(info, data)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def read_packet(
    path: Path | str,
    *,
    me: Site,
    known_sites: Iterable[Site] | Mapping[str, Site],
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> OpenedPacket:
    """Open and verify a packet meant for ``me`` from one of ``known_sites`` (the paired sites); PacketRefused
    at the first check that fails, having read nothing beyond it. ``max_bytes`` bounds both the file and
    the total size of its parts once expanded."""
    source = Path(path)
    sites = dict(known_sites) if isinstance(known_sites, Mapping) else {s.site_id: s for s in known_sites}
    try:
        size = source.stat().st_size
    except OSError:
        raise _refuse("not_packet", f"Không đọc được tệp gói {source.name}.") from None
    if size > max_bytes:
        raise _refuse(
            "oversized",
            f"Tệp gói {source.name} lớn quá mức cho phép ({_mb(size)} > {_mb(max_bytes)}); "
            "có thể không phải gói trao đổi hoặc đã bị ghép thêm dữ liệu.",
        )
    try:
        data = source.read_bytes()
    except OSError:
        raise _refuse("not_packet", f"Không đọc được tệp gói {source.name}.") from None
    packet_hash = hashlib.sha256(data).hexdigest()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        if data[:4] == b"PK\x03\x04":
            raise _refuse(
                "truncated",
                f"Tệp gói {source.name} bị cắt cụt hoặc hỏng (chép chưa hết sang USB?). "
                "Hãy chép lại tệp từ nơi gửi.",
            ) from None
        raise _refuse("not_packet", f"Tệp {source.name} không phải gói trao đổi dữ liệu.") from None
    with archive:
        members = _check_members(archive, source.name, max_bytes)
        manifest_bytes = _read_member(archive, members[MANIFEST], MAX_MANIFEST_BYTES, source.name)
        signature = _read_member(archive, members[SIGNATURE], 64, source.name)
        manifest = _parse_manifest(manifest_bytes, source.name)
        sender = _paired_sender(manifest, sites, me, source.name)
        try:
            Ed25519PublicKey.from_public_bytes(sender.public_key).verify(signature, manifest_bytes)
        except (InvalidSignature, ValueError):
            raise _refuse(
                "signature",
                f"Gói {source.name} đã bị thay đổi hoặc không do {sender.name} ký: chữ ký số không khớp.",
            ) from None
        recipient_id = manifest["recipient"]["site_id"]
        if recipient_id != me.site_id:
            to_name = manifest["recipient"].get("name") or recipient_id
            raise _refuse(
                "wrong_recipient",
                f"Gói {source.name} của {sender.name} gửi cho “{to_name}”, không phải cho đơn vị này.",
            )
        parts = _read_parts(archive, members, manifest, sender, source.name)
    return OpenedPacket(
        sender=sender,
        recipient=me,
        sequence=manifest["sequence"],
        created_at=datetime.fromisoformat(manifest["created_at"]),
        parts=parts,
        sha256=packet_hash,
    )


def _check_members(archive: zipfile.ZipFile, file_name: str, max_bytes: int) -> dict[str, zipfile.ZipInfo]:
    """The members by name, once every name is a safe one, no name repeats, every member is a plain file and
    the expanded sizes are sane: all from the ZIP's directory, before any member is read."""
    members: dict[str, zipfile.ZipInfo] = {}
    infos = archive.infolist()
    if len(infos) > MAX_PARTS + 2:
        raise _refuse("oversized", f"Gói {file_name} chứa quá nhiều tệp.")
    total = 0
    for info in infos:
        name = info.filename
        if not _safe_member_name(name) or info.is_dir():
            raise _refuse(
                "unsafe_path",
                f"Gói {file_name} chứa đường dẫn không an toàn (“{_shown(name)}”) trỏ ra ngoài thư mục của "
                "gói; không đọc gói này.",
            )
        # The file type bits, when a Unix tool set them: anything but a regular file (a symlink above all)
        # is refused; a member without them (zipfile's own default, Windows tools) is a plain file.
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind and kind != stat.S_IFREG:
            raise _refuse(
                "unsafe_path",
                f"Gói {file_name} chứa liên kết hoặc tệp đặc biệt (“{_shown(name)}”); không đọc gói này.",
            )
        if name in members:
            raise _refuse(
                "unsafe_path", f"Gói {file_name} có hai tệp cùng tên “{_shown(name)}”; không đọc gói này."
            )
        members[name] = info
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(
                "bomb",
                f"Gói {file_name} chứa tệp nén bất thường (bung ra gấp hơn {MAX_RATIO} lần); "
                "không đọc gói này.",
            )
    if total > max_bytes:
        raise _refuse(
            "oversized", f"Nội dung gói {file_name} lớn quá mức cho phép ({_mb(total)} > {_mb(max_bytes)})."
        )
    if MANIFEST not in members or SIGNATURE not in members:
        raise _refuse("not_packet", f"Tệp {file_name} không phải gói trao đổi dữ liệu (thiếu bản kê khai).")
    return members


def _safe_member_name(name: str) -> bool:
    if name in (MANIFEST, SIGNATURE):
        return True
    return name.startswith(PART_DIR) and bool(PART_NAME.fullmatch(name[len(PART_DIR) :]))


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, file_name: str) -> bytes:
    """A member's bytes, never more than ``limit`` nor than its declared size (a directory that lies about
    the size is caught while reading, not after expanding everything)."""
    if info.file_size > limit:
        raise _refuse("oversized", f"Gói {file_name}: “{_shown(info.filename)}” lớn quá mức cho phép.")
    out = bytearray()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                out += chunk
                if len(out) > info.file_size:
                    raise _refuse("bomb", f"Gói {file_name} chứa tệp nén bất thường; không đọc gói này.")
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError):
        raise _refuse(
            "altered",
            f"Gói {file_name} đã bị thay đổi hoặc hỏng (“{_shown(info.filename)}” không đọc được); "
            "hãy xin gửi lại.",
        ) from None
    return bytes(out)


def _parse_manifest(manifest_bytes: bytes, file_name: str) -> dict:
    bad = _refuse("not_packet", f"Bản kê khai của gói {file_name} không đọc được; không phải gói hợp lệ.")
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise bad from None
    if not isinstance(manifest, dict) or manifest.get("format") != PACKET_FORMAT:
        raise bad
    if manifest.get("version") != PACKET_VERSION:
        raise _refuse(
            "not_packet",
            f"Gói {file_name} do phiên bản khác của chương trình tạo; "
            "hãy cập nhật chương trình ở cả hai nơi.",
        )
    try:
        for key in ("sender", "recipient"):
            str(uuid.UUID(manifest[key]["site_id"]))
        sequence, parts = manifest["sequence"], manifest["parts"]
        datetime.fromisoformat(manifest["created_at"])
        ok = isinstance(sequence, int) and sequence >= 1 and isinstance(parts, list)
        for part in parts:
            ok = ok and isinstance(part.get("name"), str) and bool(PART_NAME.fullmatch(part["name"]))
            ok = ok and isinstance(part.get("size"), int) and part["size"] >= 0
            ok = (
                ok
                and isinstance(part.get("sha256"), str)
                and bool(re.fullmatch(r"[0-9a-f]{64}", part["sha256"]))
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise bad from None
    if not ok or len({p["name"] for p in parts}) != len(parts):
        raise bad
    return manifest


def _paired_sender(manifest: dict, sites: dict[str, Site], me: Site, file_name: str) -> Site:
    sender_id = manifest["sender"]["site_id"]
    if sender_id == me.site_id:
        raise _refuse("own", f"Gói {file_name} do chính đơn vị này xuất; không cần nhập.")
    sender = sites.get(sender_id)
    if sender is None:
        shown = manifest["sender"].get("name") or sender_id
        raise _refuse(
            "unpaired",
            f"Gói {file_name} từ “{_shown(str(shown))}”, một đơn vị chưa ghép nối với đơn vị này. "
            "Hãy ghép nối trước (trao đổi tệp định danh), rồi nhập lại.",
        )
    return sender


def _read_parts(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    manifest: dict,
    sender: Site,
    file_name: str,
) -> dict[str, bytes]:
    listed = {PART_DIR + p["name"] for p in manifest["parts"]}
    present = set(members) - {MANIFEST, SIGNATURE}
    if listed != present:
        missing = sorted(listed - present) or sorted(present - listed)
        raise _refuse(
            "altered",
            f"Gói {file_name} đã bị thay đổi: danh sách tệp không khớp bản kê khai do {sender.name} ký "
            f"(“{_shown(missing[0])}”).",
        )
    parts: dict[str, bytes] = {}
    for part in manifest["parts"]:
        info = members[PART_DIR + part["name"]]
        if info.file_size != part["size"]:
            raise _altered(file_name, part["name"], sender)
        data = _read_member(archive, info, part["size"], file_name)
        if len(data) != part["size"] or hashlib.sha256(data).hexdigest() != part["sha256"]:
            raise _altered(file_name, part["name"], sender)
        parts[part["name"]] = data
    return parts


def _altered(file_name: str, part: str, sender: Site) -> PacketRefused:
    return _refuse(
        "altered",
        f"Gói {file_name} đã bị thay đổi sau khi {sender.name} ký: phần “{part}” không khớp mã kiểm tra.",
    )


def _refuse(reason: str, text: str) -> PacketRefused:
    return PacketRefused(f"{text} Chưa nhập gì từ gói này.", reason)


def _shown(name: str) -> str:
    """A member name as printed in a message: printable and short (it comes from an untrusted file)."""
    printable = "".join(ch if ch.isprintable() else "?" for ch in name)
    return printable if len(printable) <= 80 else printable[:77] + "…"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
