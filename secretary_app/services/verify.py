"""Is this PDF a document we issued, unaltered? (``secretary-app verify FILE.pdf``, Tệp ▸ Kiểm tra văn bản…)

The file's SHA-256 is looked up among the files recorded when documents were issued (the PDF/A-2b copy and the
plain PDF, services/issuing.py) and in year-archive manifests: the one of the folder the file sits in, and any
archive folder named. A match names the document ("239-TB/ĐU ngày 12/10/2021, bản phát hành"); a file that
matches nothing — also one changed by a single byte — is not recognised. Only whole-file identity is
claimed: a document issued before hashes were recorded (or rendered with other fonts) is not found.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from secretary_app.domain.errors import StorageError
from secretary_app.domain.text import vn_date_short

FORMAT_LABELS = {"pdfa": "bản phát hành", "pdf": "bản phát hành (PDF thường)"}


class VerifyError(StorageError):
    """The file could not be read; ``message`` is Vietnamese."""


def file_sha256(path: Path | str) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 16), b""):
                digest.update(chunk)
    except OSError as exc:
        raise VerifyError(f"Không đọc được tệp {path} ({exc.strerror or exc}).", Path(path)) from None
    return digest.hexdigest()


def _dated(symbol: str, day: date | None) -> str:
    return f"{symbol} ngày {vn_date_short(day)}" if day else symbol


def _from_manifest(folder: Path, sha256: str) -> list[str]:
    try:
        manifest = json.loads((folder / "manifest.json").read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return []
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list):
        return []
    found = []
    year = manifest.get("year", "")
    volume = manifest.get("volume")
    if isinstance(volume, dict) and volume.get("sha256") == sha256:  # the year's volume (toàn tập)
        found.append(f"toàn tập hồ sơ năm {year} ({folder / str(volume.get('file'))})")
    for entry in [manifest.get("index"), *manifest["files"]]:
        if not isinstance(entry, dict) or entry.get("sha256") != sha256:
            continue
        try:
            day = date.fromisoformat(str(entry.get("date")))
        except ValueError:
            day = None
        what = _dated(str(entry.get("symbol") or entry.get("title") or "mục lục"), day)
        found.append(f"{what}, bản lưu trong hồ sơ năm {year} ({folder / str(entry.get('file'))})")
    return found


def verify_file(ctx, path: Path | str, archives: Sequence[Path | str] = ()) -> list[str]:
    """What the file is, one line per match (Vietnamese); [] when it matches nothing we issued or archived.

    Raises :class:`VerifyError` when the file cannot be read.
    """
    path = Path(path)
    sha256 = file_sha256(path)
    found = []
    for document, fmt in ctx.issuing.issued_files_matching(sha256):
        symbol = ctx.issuing.symbol(document)
        found.append(f"{_dated(symbol, document.doc_date)}, {FORMAT_LABELS.get(fmt, fmt)}")
    folders = [path.resolve().parent, *(Path(a).resolve() for a in archives)]
    for folder in dict.fromkeys(folders):  # each folder once, in order
        found += _from_manifest(folder, sha256)
    return found
