"""Sites of the exchange between a head office and its regional bureaus (issue 16, docs/exchange.md): who a
database is, and the small identity file two sites trade once to pair.

Pure Python: a site is its stable id (a UUID made when the database first needs one), a name people
recognise ("CQTT miền Trung") and the public half of its Ed25519 signing key. The fingerprint is what two
secretaries read aloud to each other over the phone to be sure the identity file on the USB stick is the
one the other side made: 16 base32 letters in 4 groups, from the SHA-256 of the site id and the key."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from secretary_app.domain.errors import IdentityFileError, RuleError

IDENTITY_FORMAT = "secretary-exchange-identity"
IDENTITY_VERSION = 1
PUBLIC_KEY_BYTES = 32  # Ed25519
# An identity file is a few hundred bytes; anything much larger is not one (and is not read into memory).
MAX_IDENTITY_BYTES = 16 * 1024
MAX_NAME_CHARS = 120
_FINGERPRINT_GROUPS = 4
_FINGERPRINT_GROUP = 4


@dataclass
class Site:
    """This site or a paired one. ``unit_id``/``unit_name``: on the head office, the unit (bureau) the paired
    site is; None for this site and on a bureau's side."""

    site_id: str
    name: str
    public_key: bytes
    unit_id: int | None = None
    unit_name: str = ""
    paired_at: datetime | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.site_id, self.public_key)


def fingerprint(site_id: str, public_key: bytes) -> str:
    """ "ABCD-EFGH-JKLM-NPQR": 80 bits of SHA-256 over the site id and its public key, base32 (letters A–Z and
    digits 2–7, so nothing reads like another when spoken: no 0/O, 1/I)."""
    digest = hashlib.sha256(site_id.encode("ascii") + b"\0" + public_key).digest()
    letters = base64.b32encode(digest[:10]).decode("ascii")
    size = _FINGERPRINT_GROUP
    return "-".join(letters[i * size : (i + 1) * size] for i in range(_FINGERPRINT_GROUPS))


def normalise_fingerprint(text: str) -> str:
    """What a secretary typed ("abcd efgh-jklm npqr") in the canonical form, or "" when it cannot be one."""
    letters = re.sub(r"[\s.:–-]", "", text or "").upper()  # spaces, dashes, dots people type between groups
    if not re.fullmatch(r"[A-Z2-7]{16}", letters):
        return ""
    return "-".join(letters[i : i + 4] for i in range(0, 16, 4))


def identity_bytes(site: Site) -> bytes:
    """The pairing file: the site's id, name and public key -- never anything secret."""
    data = {
        "format": IDENTITY_FORMAT,
        "version": IDENTITY_VERSION,
        "site_id": site.site_id,
        "name": site.name,
        "public_key": base64.b64encode(site.public_key).decode("ascii"),
        "fingerprint": site.fingerprint,
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse_identity(data: bytes) -> Site:
    """The site an identity file describes; IdentityFileError (Vietnamese) when it is not one, damaged, or its
    printed fingerprint does not match its key (a hand-edited file)."""
    bad = IdentityFileError(
        "Tệp này không phải tệp định danh đơn vị của Thư ký cấp ủy (hoặc đã bị hỏng). "
        "Hãy xin lại tệp do chính đơn vị kia xuất bằng “Xuất tệp định danh”."
    )
    if len(data) > MAX_IDENTITY_BYTES:
        raise bad
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise bad from None
    if not isinstance(raw, dict) or raw.get("format") != IDENTITY_FORMAT:
        raise bad
    if raw.get("version") != IDENTITY_VERSION:
        raise IdentityFileError(
            "Tệp định danh do phiên bản khác của chương trình tạo; hãy cập nhật chương trình ở cả hai nơi."
        )
    site_id, name, key_text = raw.get("site_id"), raw.get("name"), raw.get("public_key")
    if not (isinstance(site_id, str) and isinstance(name, str) and isinstance(key_text, str)):
        raise bad
    try:
        site_id = str(uuid.UUID(site_id))
        key = base64.b64decode(key_text, validate=True)
    except ValueError:
        raise bad from None
    name = " ".join(name.split())
    if len(key) != PUBLIC_KEY_BYTES or not name or len(name) > MAX_NAME_CHARS:
        raise bad
    site = Site(site_id=site_id, name=name, public_key=key)
    if raw.get("fingerprint") not in (None, site.fingerprint):
        raise IdentityFileError(
            "Tệp định danh đã bị sửa: mã nhận dạng ghi trong tệp không khớp với khóa của đơn vị. Không ghép."
        )
    return site


def clean_site_name(name: str) -> str:
    """A site's name as stored; RuleError when empty or too long."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise RuleError("Chưa nhập tên đơn vị (ví dụ “CQTT miền Trung”).")
    if len(cleaned) > MAX_NAME_CHARS:
        raise RuleError(f"Tên đơn vị dài quá {MAX_NAME_CHARS} ký tự.")
    return cleaned
