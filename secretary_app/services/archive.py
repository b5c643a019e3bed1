"""The year archive (hồ sơ năm): every minutes and every issued document of a year as PDF, an index, a manifest.

``export_year`` writes into a folder that does not exist yet, through a ``<folder>.part`` working folder that
is renamed only when everything is written: a cancel, a full disk or a pulled-out stick leaves no folder that
looks complete. The folder holds:

* one PDF per record, named ``NNN_<date>_<symbol>_<folded title>.pdf`` (ASCII, so any USB stick, zip tool
  or older Windows handles the names);
* ``000_muc-luc.pdf``: the index (mục lục hồ sơ) — number, symbol, date, title, pages of every file;
* ``manifest.json``: for every file its SHA-256, size, page count and what record it came from.

``verify_archive`` re-reads a folder (years later, on another PC) and lists what no longer matches.

The minutes of a meeting are its issued minutes document when there is one; otherwise they are composed from
the meeting as it is stored (services.composer), without a number. Drafts of other documents are not records
and are left out. The PDFs are plain PDF with embedded fonts, not PDF/A (see docs/data-safety.md).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from secretary_app import __version__
from secretary_app.db.errors import BackupCancelledError, StorageError, storage_error
from secretary_app.domain import models as m
from secretary_app.domain.document import document_from_dict
from secretary_app.domain.numbering import document_symbol
from secretary_app.domain.text import fold, vn_date_short
from secretary_app.services.composer import compose_minutes

MANIFEST = "manifest.json"
INDEX_FILE = "000_muc-luc.pdf"
FORMAT = "secretary-app-archive/1"

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ArchiveError(StorageError):
    """The archive could not be written; ``message`` is Vietnamese."""


@dataclass
class ArchiveEntry:
    """One file of the archive, as listed in the index and the manifest."""

    file: str
    kind: str  # notice | minutes | letter | report
    date: str  # ISO
    title: str
    symbol: str = ""  # "239-TB/ĐU"; "" for minutes that were never numbered
    pages: int = 0
    sha256: str = ""
    size: int = 0
    record_uuid: str = ""  # the stored document's or the meeting's uuid


@dataclass
class ArchiveResult:
    folder: Path
    entries: list[ArchiveEntry] = field(default_factory=list)
    index_pages: int = 0


@dataclass
class _Item:
    when: date
    kind: str
    title: str
    symbol: str
    content: dict
    record_uuid: str


def _collect(ctx, year: int) -> list[_Item]:
    """The year's records in date order: issued documents, and the minutes of every meeting held that year."""
    profile = ctx.organisation.get()
    code = profile.code if profile else ""
    items: list[_Item] = []
    issued_minutes_of: set[int] = set()
    for doc in ctx.documents.list_documents():
        if doc.status != m.DocumentStatus.ISSUED or doc.doc_date is None or doc.doc_date.year != year:
            continue
        if doc.kind == m.DocumentKind.MINUTES and doc.meeting_id is not None:
            issued_minutes_of.add(doc.meeting_id)
        symbol = document_symbol(doc.standard, doc.number, doc.type_code, code)
        title = doc.content.get("title") or m.label(doc.kind)
        items.append(_Item(doc.doc_date, str(doc.kind), f"{title.capitalize()} {doc.subject}".strip(), symbol,
                           doc.content, doc.uuid))  # fmt: skip
    for meeting in ctx.meetings.list_meetings():
        if meeting.start.year != year or meeting.id in issued_minutes_of or profile is None:
            continue
        full = ctx.meetings.get(meeting.id)
        content = compose_minutes(full, profile)
        items.append(
            _Item(meeting.start.date(), "minutes", f"Biên bản {meeting.title}", "", content, meeting.uuid)
        )
    # Minutes before the notice they led to on the same day; then by symbol for a stable order.
    return sorted(items, key=lambda it: (it.when, it.kind != "minutes", it.symbol, it.title))


def _file_name(position: int, item: _Item) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(f"{item.symbol} {item.title}")).strip("-")[:80].rstrip("-")
    return f"{position:03d}_{item.when.isoformat()}_{slug}.pdf"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _index_document(profile: m.OrganisationProfile | None, year: int, entries: list[ArchiveEntry]) -> dict:
    rows = [
        [str(i), e.symbol or "—", vn_date_short(date.fromisoformat(e.date)), e.title, str(e.pages)]
        for i, e in enumerate(entries, start=1)
    ]
    total_pages = sum(e.pages for e in entries)
    issuer = {"parent": profile.parent_body, "name": profile.issuing_body, "code": profile.code} if profile else {
        "parent": "", "name": "CẤP ỦY", "code": "CU"}  # fmt: skip
    return {
        "standard": str(profile.standard) if profile else "party",
        "kind": "report",
        "issuer": issuer,
        "type_code": "ML",
        "unnumbered": True,  # an internal index is not an issued document: no "Số …" line
        "place": profile.place if profile else "Hà Nội",
        "date": date.today().isoformat(),
        "title": "MỤC LỤC HỒ SƠ",
        "subject": f"Biên bản và văn bản năm {year}",
        "body": [
            {
                "type": "paragraph",
                "text": f"Hồ sơ gồm {len(entries)} tài liệu, tổng cộng {total_pages} trang.",
            },
            {
                "type": "table",
                "columns": ["STT", "Số, ký hiệu", "Ngày", "Tên loại và trích yếu", "Số trang"],
                "rows": rows,
                "widths": [0.8, 1.8, 1.7, 4.4, 1.0],
            },
        ],
        # The index is signed by hand by whoever compiles the file; the dotted line is where the name goes.
        "signature": {"position": "NGƯỜI LẬP MỤC LỤC", "name": "……………………………"},
        "recipients": ["Lưu hồ sơ"],
    }


def export_year(ctx, year: int, out_dir: Path | str, progress: Progress | None = None,
                cancel: Cancel | None = None) -> ArchiveResult:  # fmt: skip
    """Write the archive of ``year`` into ``out_dir`` (which must not exist yet); see the module docstring.

    Raises ``ArchiveError`` (folder exists), a ``StorageError`` subclass (disk full, stick removed) or
    ``BackupCancelledError`` when ``cancel()`` turns true; in every such case no ``out_dir`` is left behind.
    """
    from secretary_app.rendering import render_pdf  # rendering is heavy: load it only when an archive is made

    out_dir = Path(out_dir)
    if out_dir.exists():
        raise ArchiveError(
            f"Thư mục {out_dir} đã có; hãy chọn một thư mục mới để không ghi đè hồ sơ cũ.", out_dir
        )
    work = out_dir.with_name(out_dir.name + ".part")
    items = _collect(ctx, year)
    total = len(items) + 1
    try:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        result = ArchiveResult(folder=out_dir)
        for position, item in enumerate(items, start=1):
            if cancel is not None and cancel():
                raise BackupCancelledError()
            name = _file_name(position, item)
            pages = render_pdf(document_from_dict(item.content), work / name)
            result.entries.append(ArchiveEntry(file=name, kind=item.kind, date=item.when.isoformat(),
                                               title=item.title, symbol=item.symbol, pages=pages,
                                               sha256=_sha256(work / name), size=(work / name).stat().st_size,
                                               record_uuid=item.record_uuid))  # fmt: skip
            if progress is not None:
                progress(position, total)
        profile = ctx.organisation.get()
        result.index_pages = render_pdf(document_from_dict(_index_document(profile, year, result.entries)),
                                        work / INDEX_FILE)  # fmt: skip
        manifest = {
            "format": FORMAT,
            "year": year,
            "organisation": profile.issuing_body if profile else "",
            "created": datetime.now().isoformat(timespec="seconds"),
            "app_version": __version__,
            "index": {
                "file": INDEX_FILE,
                "sha256": _sha256(work / INDEX_FILE),
                "size": (work / INDEX_FILE).stat().st_size,
                "pages": result.index_pages,
            },  # fmt: skip
            "files": [e.__dict__ for e in result.entries],
        }
        manifest_path = work / MANIFEST
        manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        for path in work.iterdir():  # flush every file before the folder gets its final name
            with open(path, "rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(work, out_dir)
        if progress is not None:
            progress(total, total)
        return result
    except BaseException as exc:
        shutil.rmtree(work, ignore_errors=True)
        if isinstance(exc, OSError):
            raise (storage_error(exc, out_dir.parent) or exc) from exc
        raise


def verify_archive(folder: Path | str) -> list[str]:
    """What no longer matches in an archive folder (Vietnamese, one line per problem); [] when it is intact."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        listed = [manifest["index"], *manifest["files"]]
    except FileNotFoundError:
        return [f"Không có tệp {MANIFEST} trong {folder}: không kiểm tra được hồ sơ."]
    except (ValueError, KeyError, TypeError) as exc:
        return [f"Tệp {MANIFEST} bị hỏng hoặc sai định dạng ({exc})."]
    if manifest.get("format") != FORMAT:
        return [f"Tệp {MANIFEST} không phải của hồ sơ Thư ký cấp ủy (định dạng “{manifest.get('format')}”)."]
    problems = []
    for entry in listed:
        path = folder / entry["file"]
        if not path.is_file():
            problems.append(f"Thiếu tệp {entry['file']}.")
            continue
        if path.stat().st_size != entry["size"] or _sha256(path) != entry["sha256"]:
            problems.append(f"Tệp {entry['file']} đã bị thay đổi hoặc hỏng (mã SHA-256 không khớp).")
            continue
        with open(path, "rb") as fh:
            head = fh.read(5)
            fh.seek(max(0, path.stat().st_size - 1024))
            tail = fh.read()
        if head != b"%PDF-" or b"%%EOF" not in tail:
            problems.append(f"Tệp {entry['file']} không phải là PDF hoàn chỉnh.")
    known = {entry["file"] for entry in listed} | {MANIFEST}
    problems += [
        f"Tệp lạ {p.name} không có trong danh mục." for p in sorted(folder.iterdir()) if p.name not in known
    ]
    return problems
