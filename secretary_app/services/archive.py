"""The year archive (hồ sơ năm): every minutes and every issued document of a year as PDF, an index, a
manifest.

``export_year`` writes into a folder that does not exist yet, through a fresh hidden working folder beside it
(``.<folder>.XXXX.part``) that is renamed only when everything is written: a cancel, a full disk or a
pulled-out stick leaves no folder that looks complete, and nothing the user had is ever removed. The folder
holds:

* one PDF per record, named ``NNN_<date>_<symbol>_<folded title>.pdf`` (ASCII, so any USB stick, zip tool
  or older Windows handles the names);
* ``000_muc-luc.pdf``: the index (mục lục hồ sơ) — number, symbol, date, title, pages of every file;
* ``toan-tap-<year>.pdf``: the volume — the index, then every document in the index's order, in one PDF with a
  running page number on every page (rendering/volume.py), the paper archive box as one file;
* ``manifest.json``: for every file its SHA-256, size, page count and what record it came from;
* the files kept with the year's records (db/schema_incoming.py): each received document's original and
  attachments, each issued document's signed scan, copied byte for byte as ``K001_<date>_<name>.<ext>`` and
  listed under the manifest's ``attachments`` with their SHA-256.

``verify_archive`` re-reads a folder (years later, on another PC) and lists what no longer matches.

The minutes of a meeting are its issued minutes document when there is one; otherwise they are drafted from
the meeting as it is stored (services.drafting), without a number. Drafts of other documents are not records
and are left out. Every PDF (the index too) is PDF/A-2b (rendering/pdfa.py): the manifest says so
(``"pdfa": "2b"``) and ``verify_archive`` then also checks each file's conformance. Archives written before
that (no ``pdfa`` key) are plain PDF and are checked as such.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path

from secretary_app import __version__
from secretary_app.domain import models as m
from secretary_app.domain.document import Document, DocumentError, issuer_from_profile, issuer_to_dict
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.errors import BackupCancelledError, StorageError
from secretary_app.domain.numbering import TYPE_CODES, symbol_of
from secretary_app.domain.text import fold, vn_date_short
from secretary_app.fileio import atomic_write_bytes, fsync_dir, output_error
from secretary_app.services.drafting import minutes_document
from secretary_app.services.render import pdf_pages, pdfa_problems, render_to_file, render_volume

MANIFEST = "manifest.json"
INDEX_FILE = "000_muc-luc.pdf"
VOLUME_FILE = "toan-tap-{year}.pdf"  # after the numbered files in a listing (digits sort first)
FORMAT = "secretary-app-archive/1"
PDFA_FLAVOUR = "2b"  # what the manifest's "pdfa" key says about every PDF of the folder
FIRST_YEAR = 1930  # the founding of the Party: no committee record is older

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ArchiveError(StorageError):
    """The archive could not be written; ``message`` is Vietnamese."""


@dataclass
class ArchiveEntry:
    """One file of the archive, as listed in the index and the manifest."""

    file: str
    kind: str  # a document kind (domain.models.DocumentKind): notice, minutes, decision, …
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
    volume_pages: int = 0
    attachments: list[dict] = field(default_factory=list)  # the kept files copied (manifest "attachments")


@dataclass
class RecordItem:
    """One record as a printable document: an issued document, or a meeting's minutes."""

    when: date
    kind: str
    title: str
    symbol: str
    document: Document
    record_uuid: str
    meeting_id: int | None = None
    registered: tuple[datetime, int] = (datetime.min, 0)  # (issued at, id): the register's order


def _printable(make: Callable[[], Document], title: str, when: date) -> Document:
    """The record as a document, or an ArchiveError naming it (stored before today's limits, or damaged)."""
    try:
        return make()
    except DocumentError as exc:
        raise ArchiveError(_cannot_print(title, when, exc)) from None


def _cannot_print(title: str, when: date, exc: DocumentError) -> str:
    return f"Không in được “{title[:120]}” ({vn_date_short(when)}): {exc.message}"


def collect_records(
    ctx, year: int | None = None, meeting_id: int | None = None, *, unwritten_minutes: bool = True
) -> list[RecordItem]:
    """Records in date order: issued documents, and the minutes of every meeting (its issued minutes
    document, else drafted from the meeting as stored) — of ``year`` (by the document's date, the meeting's
    day) and/or of one meeting. ``unwritten_minutes=False`` leaves out the minutes of a meeting that has no
    minutes entries and no issued minutes (a print batch has nothing to print for it; the archive keeps
    the record that the meeting was held). The archive and the print batches (services/print_batches.py)
    both read records through here."""
    profile = ctx.organisation.get()
    code = profile.code if profile else ""
    items: list[RecordItem] = []
    issued_minutes_of: set[int] = set()
    for doc in ctx.documents.list_documents():
        if doc.status != m.DocumentStatus.ISSUED or doc.doc_date is None:
            continue
        if (year is not None and doc.doc_date.year != year) or (
            meeting_id is not None and doc.meeting_id != meeting_id
        ):
            continue
        if doc.kind == m.DocumentKind.MINUTES and doc.meeting_id is not None:
            issued_minutes_of.add(doc.meeting_id)
        symbol = symbol_of(doc, code)
        title = doc.content.get("title") or m.label(doc.kind)
        label = f"{title.capitalize()} {doc.subject}".strip()
        document = _printable(partial(document_from_dict, doc.content), label, doc.doc_date)
        registered = (doc.issued_at or datetime.min, doc.id or 0)
        items.append(
            RecordItem(
                doc.doc_date, str(doc.kind), label, symbol, document, doc.uuid, doc.meeting_id, registered
            )
        )
    for meeting in ctx.meetings.list_meetings():
        if (year is not None and meeting.start.year != year) or (
            meeting_id is not None and meeting.id != meeting_id
        ):
            continue
        if meeting.id in issued_minutes_of or profile is None:
            continue
        full = ctx.meetings.get(meeting.id)
        if not unwritten_minutes and not full.minutes:
            continue
        label = f"Biên bản {meeting.title}"
        minutes = _printable(partial(minutes_document, full, profile), label, meeting.start.date())
        items.append(
            RecordItem(meeting.start.date(), "minutes", label, "", minutes, meeting.uuid, meeting.id)
        )
    # Minutes before the notice they led to on the same day; then in the register's order (issued first, first
    # listed), whatever their kinds; then by symbol for a stable order.
    return sorted(items, key=lambda it: (it.when, it.kind != "minutes", it.registered, it.symbol, it.title))


def _file_name(position: int, item: RecordItem) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(f"{item.symbol} {item.title}")).strip("-")[:80].rstrip("-")
    return f"{position:03d}_{item.when.isoformat()}_{slug}.pdf"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _index_document(
    profile: m.OrganisationProfile | None, year: int, entries: list[ArchiveEntry]
) -> Document:
    rows = [
        [str(i), e.symbol or "—", vn_date_short(date.fromisoformat(e.date)), e.title, str(e.pages)]
        for i, e in enumerate(entries, start=1)
    ]
    total_pages = sum(e.pages for e in entries)
    return document_from_dict(
        {  # written in the JSON form for reading; validated and cleaned by the parser
            "standard": str(profile.standard) if profile else "party",
            "kind": "report",
            "issuer": issuer_to_dict(issuer_from_profile(profile)),
            "type_code": TYPE_CODES["archive_index"],
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
            # Signed by hand by whoever compiles the file; the dotted line is where the name goes.
            "signature": {"position": "NGƯỜI LẬP MỤC LỤC", "name": "……………………………"},
            "recipients": ["Lưu hồ sơ"],
        }
    )


def check_year(year: int, today: date | None = None) -> None:
    """Refuse a year no record can belong to (before anything is written)."""
    last = (today or date.today()).year + 1  # meetings are planned into next year, never further
    if not isinstance(year, int) or isinstance(year, bool) or not FIRST_YEAR <= year <= last:
        raise ArchiveError(
            f"Năm {year} không hợp lệ: hồ sơ chỉ xuất được cho các năm từ {FIRST_YEAR} đến {last}."
        )


def export_year(ctx, year: int, out_dir: Path | str, progress: Progress | None = None,
                cancel: Cancel | None = None) -> ArchiveResult:  # fmt: skip
    """Write the archive of ``year`` into ``out_dir`` (which must not exist yet); see the module docstring.

    Raises ``ArchiveError`` (impossible year, folder exists), a ``StorageError`` subclass (disk full, stick
    removed, a path that cannot be written) or ``BackupCancelledError`` when ``cancel()`` turns true; in every
    such case no ``out_dir`` is left behind, and nothing that was there before is touched: the work folder is
    a fresh one this call created (``.<name>.XXXX.part`` beside ``out_dir``) and only it is ever removed.
    """
    check_year(year)
    out_dir = Path(out_dir)
    if os.path.lexists(out_dir):
        raise ArchiveError(
            f"Thư mục {out_dir} đã có; hãy chọn một thư mục mới để không ghi đè hồ sơ cũ.", out_dir
        )
    items = collect_records(ctx, year)
    total = len(items) + 2  # the documents, the index, the volume
    work: Path | None = None
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name[:24]}.", suffix=".part", dir=out_dir.parent))
        result = ArchiveResult(folder=out_dir)
        for position, item in enumerate(items, start=1):
            if cancel is not None and cancel():
                raise BackupCancelledError()
            name = _file_name(position, item)
            try:
                pages = render_to_file(item.document, work / name, pdfa=True)
            except DocumentError as exc:  # a layout that cannot be placed: say which record
                raise ArchiveError(_cannot_print(item.title, item.when, exc)) from None
            result.entries.append(ArchiveEntry(file=name, kind=item.kind, date=item.when.isoformat(),
                                               title=item.title, symbol=item.symbol, pages=pages,
                                               sha256=_sha256(work / name), size=(work / name).stat().st_size,
                                               record_uuid=item.record_uuid))  # fmt: skip
            if progress is not None:
                progress(position, total)
        result.attachments = _copy_kept_files(ctx, year, work)
        profile = ctx.organisation.get()
        result.index_pages = render_to_file(_index_document(profile, year, result.entries),
                                        work / INDEX_FILE, pdfa=True)  # fmt: skip
        if cancel is not None and cancel():
            raise BackupCancelledError()
        volume = VOLUME_FILE.format(year=year)
        result.volume_pages = render_volume(
            [work / INDEX_FILE] + [work / e.file for e in result.entries],
            work / volume,
            title=f"HỒ SƠ NĂM {year}",
            subject=f"Mục lục và toàn bộ biên bản, văn bản năm {year}",
            issuer=profile.issuing_body if profile else "",
            pdfa=True,
        )
        if progress is not None:
            progress(total - 1, total)
        manifest = {
            "format": FORMAT,
            "year": year,
            "organisation": profile.issuing_body if profile else "",
            "created": datetime.now().isoformat(timespec="seconds"),
            "app_version": __version__,
            "pdfa": PDFA_FLAVOUR,
            "index": {
                "file": INDEX_FILE,
                "sha256": _sha256(work / INDEX_FILE),
                "size": (work / INDEX_FILE).stat().st_size,
                "pages": result.index_pages,
            },  # fmt: skip
            "volume": {
                "file": volume,
                "sha256": _sha256(work / volume),
                "size": (work / volume).stat().st_size,
                "pages": result.volume_pages,
            },  # fmt: skip
            "files": [e.__dict__ for e in result.entries],
            "attachments": result.attachments,
        }
        # Every file was written and synced through atomic_write_bytes; the rename makes the folder whole.
        atomic_write_bytes(
            work / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        )
        os.rename(work, out_dir)
        work = None
        fsync_dir(out_dir.parent)
        if progress is not None:
            progress(total, total)
        return result
    except OSError as exc:
        raise output_error(exc, out_dir) from exc
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


_EXTENSIONS = {"pdf": "pdf", "docx": "docx", "png": "png", "jpeg": "jpg", "tiff": "tif"}


def _copy_kept_files(ctx, year: int, work: Path) -> list[dict]:
    """Copy the files kept with the year's received documents and issued documents into the archive."""
    owners: list[tuple[str, str, str, str]] = []  # (owner table, uuid, date, title)
    for doc in sorted(ctx.incoming.entries(year), key=lambda d: d.number or 0):
        owners.append(("incoming_documents", doc.uuid, doc.received_on.isoformat(), f"den-{doc.number}"))
    for doc in ctx.documents.list_documents():
        if doc.status == m.DocumentStatus.ISSUED and doc.doc_date is not None and doc.doc_date.year == year:
            owners.append(("documents", doc.uuid, doc.doc_date.isoformat(), f"di-{doc.number or ''}"))
    copied: list[dict] = []
    for table, owner_uuid, when, label in owners:
        for kept in ctx.files.files_of(table, owner_uuid):
            stem = re.sub(r"[^a-z0-9]+", "-", fold(f"{label} {Path(kept.file_name).stem}")).strip("-")[:60]
            name = f"K{len(copied) + 1:03d}_{when}_{stem}.{_EXTENSIONS.get(kept.file_type, 'bin')}"
            atomic_write_bytes(work / name, ctx.files.content(kept))
            copied.append({"file": name, "sha256": kept.sha256, "size": kept.size, "role": str(kept.role),
                           "original_name": kept.file_name, "record_uuid": owner_uuid})  # fmt: skip
    return copied


def _listed_attachments(manifest: dict) -> list[dict]:
    kept = manifest.get("attachments", [])  # archives written before issue 15 have none
    if not isinstance(kept, list):
        raise ValueError("“attachments” không phải là danh sách")
    for i, entry in enumerate(kept):
        if not isinstance(entry, dict) or not _plain_name(entry.get("file")):
            raise ValueError(f"mục attachments[{i}] có tên tệp không hợp lệ")
        if not isinstance(entry.get("size"), int) or not isinstance(entry.get("sha256"), str):
            raise ValueError(f"mục attachments[{i}] thiếu kích thước hoặc mã SHA-256")
    return kept


def _check_kept(path: Path, entry: dict) -> list[str]:
    name = entry["file"]
    try:
        if not path.is_file():
            return [f"Thiếu tệp {name}."]
        if path.stat().st_size != entry["size"] or _sha256(path) != entry["sha256"]:
            return [f"Tệp {name} đã bị thay đổi hoặc hỏng (mã SHA-256 không khớp)."]
    except OSError as exc:
        return [f"Không đọc được tệp {name} ({exc.strerror or exc})."]
    return []


def _plain_name(name: object) -> bool:
    """An archive file is a bare name inside the folder: never a path that could lead out of it."""
    return (
        isinstance(name, str)
        and name not in ("", ".", "..")
        and not any(ch in name for ch in "/\\:\x00")
        and Path(name).name == name
    )


def _listed(manifest: object) -> list[dict]:
    """The manifest's entries, each checked for shape; raises ValueError naming the first bad one."""
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list):
        raise ValueError("thiếu danh sách “files”")
    volume = [manifest["volume"]] if "volume" in manifest else []  # archives before issue 14 have none
    listed = [manifest.get("index"), *volume, *manifest["files"]]
    for i, entry in enumerate(listed):
        where = "index" if i == 0 else "volume" if i <= len(volume) else f"files[{i - 1 - len(volume)}]"
        if not isinstance(entry, dict):
            raise ValueError(f"mục {where} không phải là một đối tượng")
        if not _plain_name(entry.get("file")):
            raise ValueError(f"mục {where} có tên tệp không hợp lệ ({str(entry.get('file'))[:80]!r})")
        if not isinstance(entry.get("size"), int) or not isinstance(entry.get("sha256"), str):
            raise ValueError(f"mục {where} thiếu kích thước hoặc mã SHA-256")
    return listed


def verify_archive(folder: Path | str) -> list[str]:
    """What no longer matches in an archive folder (Vietnamese, one line per problem); [] when it is intact.

    Only reads files named in the manifest as bare names inside ``folder`` (an absolute or ``..`` path in a
    tampered manifest is reported, never followed), and reports an unreadable folder or manifest instead of
    raising.
    """
    folder = Path(folder)
    if not folder.is_dir():
        if os.path.lexists(folder):
            return [f"{folder} không phải là thư mục hồ sơ."]
        return [f"Không có thư mục {folder}."]
    try:
        manifest = json.loads((folder / MANIFEST).read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return [f"Không có tệp {MANIFEST} trong {folder}: không kiểm tra được hồ sơ."]
    except OSError as exc:
        return [f"Không đọc được tệp {MANIFEST} trong {folder} ({exc.strerror or exc})."]
    except (ValueError, RecursionError) as exc:
        return [f"Tệp {MANIFEST} bị hỏng hoặc sai định dạng ({str(exc)[:200]})."]
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        return [f"Tệp {MANIFEST} không phải của hồ sơ Thư ký cấp ủy (định dạng “{str(found)[:80]}”)."]
    try:
        listed = _listed(manifest)
    except ValueError as exc:
        return [f"Tệp {MANIFEST} bị hỏng hoặc sai định dạng ({exc})."]
    problems = []
    pdfa = manifest.get("pdfa") == PDFA_FLAVOUR
    for entry in listed:
        problems += _check_file(folder / entry["file"], entry, pdfa)
    if "volume" in manifest:
        problems += _check_volume(folder, manifest)
    try:
        kept = _listed_attachments(manifest)
    except ValueError as exc:
        return problems + [f"Tệp {MANIFEST} bị hỏng hoặc sai định dạng ({exc})."]
    for entry in kept:
        problems += _check_kept(folder / entry["file"], entry)
    known = {entry["file"] for entry in [*listed, *kept]} | {MANIFEST}
    try:
        present = sorted(p.name for p in folder.iterdir())
    except OSError as exc:
        return problems + [f"Không đọc được thư mục {folder} ({exc.strerror or exc})."]
    return problems + [f"Tệp lạ {name} không có trong danh mục." for name in present if name not in known]


def _check_volume(folder: Path, manifest: dict) -> list[str]:
    """The volume holds the index and every document: its pages are theirs, in number."""
    volume = manifest["volume"]
    expected = sum(e.get("pages", 0) for e in [manifest["index"], *manifest["files"]] if isinstance(e, dict))
    path = folder / volume["file"]
    if not path.is_file():
        return []  # reported as missing by _check_file
    try:
        pages = pdf_pages(path)
    except Exception:  # noqa: BLE001 - any damage pikepdf meets is the same finding here
        return [f"Tệp {volume['file']} không đọc được như một tệp PDF."]
    if pages != expected or volume.get("pages") != expected:
        return [
            f"Tệp {volume['file']} có {pages} trang, khác tổng số trang của mục lục và các văn bản "
            f"({expected})."
        ]
    return []


def archive_is_pdfa(folder: Path | str) -> bool:
    """Whether the archive's manifest declares its PDFs PDF/A-2b (which ``verify_archive`` then checks)."""
    try:
        manifest = json.loads((Path(folder) / MANIFEST).read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(manifest, dict) and manifest.get("pdfa") == PDFA_FLAVOUR


def _check_file(path: Path, entry: dict, pdfa: bool = False) -> list[str]:
    name = entry["file"]
    try:
        if not path.is_file():
            return [f"Thiếu tệp {name}."]
        size = path.stat().st_size
        if size != entry["size"] or _sha256(path) != entry["sha256"]:
            return [f"Tệp {name} đã bị thay đổi hoặc hỏng (mã SHA-256 không khớp)."]
        with open(path, "rb") as fh:
            head = fh.read(5)
            fh.seek(max(0, size - 1024))
            tail = fh.read()
    except OSError as exc:
        return [f"Không đọc được tệp {name} ({exc.strerror or exc})."]
    if head != b"%PDF-" or b"%%EOF" not in tail:
        return [f"Tệp {name} không phải là PDF hoàn chỉnh."]
    if pdfa:
        findings = pdfa_problems(path)
        if findings:
            shown = "; ".join(findings[:3]) + (f"; … ({len(findings)} lỗi)" if len(findings) > 3 else "")
            return [f"Tệp {name} không đạt chuẩn PDF/A-2b: {shown}"]
    return []
