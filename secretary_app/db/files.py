"""The raw files of a database, read byte by byte BEFORE SQLite is allowed to touch them.

SQLite replays whatever ``NAME-wal`` (or hot ``NAME-journal``) lies beside a database file when it opens it:
it cannot tell whether that file belongs to this database. A ``-wal`` left by another database (a backup
copied over the working file while its old ``-wal`` stayed beside it) silently replaces the content. So
opening (db/database.py) first looks at the files themselves:

* :func:`inspect` reads the database header (https://www.sqlite.org/fileformat2.html#the_database_header) and
  the WAL header and frame headers (https://www.sqlite.org/fileformat2.html#walformat);
* :func:`wal_mismatch` says why a ``-wal`` cannot belong to the file (bad header, other page size or text
  encoding, a page 1 of another application);
* :func:`copy_aside` copies every raw file (main, ``-wal``, ``-shm``, ``-journal``) into a dated folder before
  anything may be recovered or migrated, so opening is reversible;
* :func:`set_aside` renames a foreign ``-wal`` or journal (never deletes it) so SQLite does not apply it.

Frame checksums are not recomputed (pure Python would take ~1 s per 4 MB of WAL): a frame counts when its
salts equal the header's, which is how SQLite tells the current WAL generation from stale frames; a torn
last frame is found by SQLite itself.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)  # the low bit: checksums in little- or big-endian words
WAL_VERSION = 3007000
WAL_HEADER, FRAME_HEADER = 32, 24
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
KEEP_RAW_COPIES = 5  # per database: raw copies of a file that then opened intact are only insurance


@dataclass(frozen=True)
class DbHeader:
    page_size: int
    change_counter: int
    page_count: int  # trusted only when ``page_count_valid`` (version-valid-for equals the change counter)
    page_count_valid: bool
    encoding: int  # 1 UTF-8, 2 UTF-16le, 3 UTF-16be
    application_id: int
    wal_mode: bool  # file format read/write versions 2 (WAL) rather than 1 (rollback journal)


@dataclass(frozen=True)
class WalInfo:
    size: int
    header_ok: bool
    page_size: int = 0
    committed_frames: int = 0  # frames of the current generation up to its last commit
    page_one: bytes | None = None  # the newest committed image of page 1 (the header that would win)


@dataclass(frozen=True)
class RawFiles:
    path: Path
    size: int  # -1: the file does not exist
    header: DbHeader | None  # None: not a SQLite file (or shorter than its 100-byte header)
    wal: WalInfo | None  # None: no -wal beside it
    hot_journal: bool  # a rollback journal SQLite would play back

    @property
    def exists(self) -> bool:
        return self.size >= 0

    @property
    def needs_recovery(self) -> bool:
        """Opening would make SQLite change the file from something beside it (a WAL or a hot journal)."""
        return self.hot_journal or (self.wal is not None and self.wal.size > 0)

    def truncated(self) -> bool:
        """Shorter than the pages its header counts (a copy interrupted half-way). Only without a WAL or
        journal beside it: a checkpoint cut short by a full disk legitimately leaves the rest in the WAL."""
        if (
            self.needs_recovery
            or self.header is None
            or self.header.page_count == 0
            or not self.header.page_count_valid
        ):
            return False
        return self.size < self.header.page_count * self.header.page_size


def side_file(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def parse_header(data: bytes) -> DbHeader | None:
    if len(data) < 100 or not data.startswith(SQLITE_MAGIC):
        return None
    page_size = struct.unpack(">H", data[16:18])[0]
    return DbHeader(
        page_size=65536 if page_size == 1 else page_size,
        change_counter=struct.unpack(">I", data[24:28])[0],
        page_count=struct.unpack(">I", data[28:32])[0],
        page_count_valid=data[92:96] == data[24:28],
        encoding=struct.unpack(">I", data[56:60])[0],
        application_id=struct.unpack(">I", data[68:72])[0],
        wal_mode=data[18] == 2 and data[19] == 2,
    )


def _read(path: Path, size: int) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(size)


def wal_checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def read_wal(path: Path) -> WalInfo:
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(WAL_HEADER)
        if len(head) < WAL_HEADER:
            return WalInfo(size=size, header_ok=False)
        magic, version, page_size, _seq, salt1, salt2, ck1, ck2 = struct.unpack(">8I", head)
        ok = (
            magic in WAL_MAGICS
            and version == WAL_VERSION
            and page_size >= 512
            and page_size & (page_size - 1) == 0
            and wal_checksum(head[:24], magic & 1 == 1) == (ck1, ck2)
        )
        if not ok:
            return WalInfo(size=size, header_ok=False)
        committed, frames, page_one, last_page_one = 0, 0, None, None
        while True:
            frame = fh.read(FRAME_HEADER)
            if len(frame) < FRAME_HEADER:
                break
            pgno, commit_size, f_salt1, f_salt2 = struct.unpack(">4I", frame[:16])
            if (f_salt1, f_salt2) != (salt1, salt2):
                break  # a frame of an older generation: SQLite stops here too
            page = fh.read(page_size)
            if len(page) < page_size:
                break
            frames += 1
            if pgno == 1:
                last_page_one = page
            if commit_size:
                committed, page_one = frames, last_page_one or page_one
        return WalInfo(
            size=size, header_ok=True, page_size=page_size, committed_frames=committed, page_one=page_one
        )


def inspect(path: Path | str) -> RawFiles:
    """What lies on disk for ``path``, read without SQLite (nothing is written)."""
    path = Path(path)
    size = path.stat().st_size if path.is_file() else -1
    header = parse_header(_read(path, 100)) if size >= 100 else None
    wal_path = side_file(path, "-wal")
    wal = read_wal(wal_path) if wal_path.is_file() else None
    journal = side_file(path, "-journal")
    hot = journal.is_file() and journal.stat().st_size > 0 and _read(journal, 8) == JOURNAL_MAGIC
    return RawFiles(path=path, size=size, header=header, wal=wal, hot_journal=hot)


def wal_mismatch(files: RawFiles) -> str | None:
    """Why the ``-wal`` beside the file cannot be its own (a Vietnamese reason), or None when it may be.

    A WAL with nothing committed is harmless (SQLite applies nothing from it) and passes."""
    wal, header = files.wal, files.header
    if wal is None or wal.size == 0 or header is None:
        return None
    if not wal.header_ok:
        return "phần đầu tệp -wal không đúng định dạng của SQLite"
    if wal.committed_frames == 0:
        return None
    if wal.page_size != header.page_size:
        return f"cỡ trang của tệp -wal ({wal.page_size}) khác cỡ trang của tệp dữ liệu ({header.page_size})"
    theirs = parse_header(wal.page_one) if wal.page_one is not None else None
    if wal.page_one is not None and theirs is None:
        return "trang đầu trong tệp -wal không phải phần đầu của một cơ sở dữ liệu"
    if theirs is not None:
        if theirs.encoding != header.encoding:
            return "tệp -wal dùng bảng mã chữ khác với tệp dữ liệu"
        if header.application_id and theirs.application_id != header.application_id:
            return "tệp -wal thuộc về cơ sở dữ liệu của một chương trình khác"
        if theirs.page_size != header.page_size:
            return "cỡ trang ghi trong tệp -wal khác với tệp dữ liệu"
    return None


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S")


def copy_aside(path: Path, folder: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Byte copies of ``path`` and of its ``-wal``/``-shm``/``-journal`` into
    ``folder/<name>-<stamp>-<reason>/`` (same names, so SQLite pairs them again if opened there).

    Raises OSError when the copy cannot be made: the caller must then not go on to change the file."""
    base = folder / f"{path.name}-{_stamp(now)}-{reason}"
    target, counter = base, 2
    while target.exists():
        target = base.with_name(f"{base.name}-{counter}")
        counter += 1
    target.mkdir(parents=True)
    for source in (path, *(side_file(path, s) for s in SIDE_SUFFIXES)):
        if source.is_file():
            shutil.copy2(source, target / source.name)
    _sync_folder(target)
    _prune(folder, path.name)
    return target


def _prune(folder: Path, name: str) -> None:
    """Keep the newest raw copies of this database; older ones were insurance for opens that succeeded."""
    copies = sorted((p for p in folder.glob(f"{name}-*-before-*") if p.is_dir()), key=lambda p: p.name)
    for old in copies[:-KEEP_RAW_COPIES]:
        shutil.rmtree(old, ignore_errors=True)


def set_aside(side: Path, *, now: datetime | None = None) -> Path:
    """Rename a ``-wal`` or journal that must not be applied to ``<name>.foreign-<stamp>``; never deleted.
    The ``-shm`` index that describes it is renamed with it (it would point into the WAL)."""
    target = side.with_name(f"{side.name}.foreign-{_stamp(now)}")
    counter = 2
    while target.exists():
        target = side.with_name(f"{side.name}.foreign-{_stamp(now)}-{counter}")
        counter += 1
    os.replace(side, target)
    if side.name.endswith("-wal"):
        shm = side.with_name(side.name[: -len("-wal")] + "-shm")
        if shm.is_file():
            os.replace(shm, target.with_name(target.name.replace("-wal.foreign", "-shm.foreign")))
    _sync_folder(side.parent)
    return target


def _sync_folder(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- is another connection using the WAL right now? ---------------------------------------------------
# Every connection to a WAL database holds a shared lock on byte 128 of the ``-shm`` file (SQLite's "DMS"
# lock, the same offset in os_unix.c and os_win.c) for as long as it is open. A ``-wal`` in use is live, not a
# leftover to recover: it is never copied aside or set aside. Connections of this process are not seen by
# POSIX record locks, so db/database.py also counts its own open stores (``in_process``) -- and then the
# -shm must not even be opened here: closing any descriptor of a file drops ALL of this process's POSIX
# locks on it, SQLite's included.
SHM_DMS_OFFSET = 128


_open_here: Counter[Path] = Counter()  # files this process holds open through db/database.py
_open_lock = threading.Lock()


def note_open(path: Path, delta: int) -> None:
    key = Path(path).resolve()
    with _open_lock:
        _open_here[key] += delta
        if _open_here[key] <= 0:
            del _open_here[key]


def open_here(path: Path) -> bool:
    with _open_lock:
        return _open_here[Path(path).resolve()] > 0


def shm_in_use(path: Path, in_process: bool = False) -> bool:
    if in_process or open_here(path):
        return True
    shm = side_file(path, "-shm")
    if not shm.is_file():
        return False
    try:
        if sys.platform == "win32":
            import msvcrt

            with open(shm, "r+b") as fh:
                fh.seek(SHM_DMS_OFFSET)
                try:
                    msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
                except OSError:
                    return True
                fh.seek(SHM_DMS_OFFSET)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
                return False
        import fcntl

        with open(shm, "rb") as fh:
            query = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, SHM_DMS_OFFSET, 1, 0)
            answer = fcntl.fcntl(fh.fileno(), fcntl.F_GETLK, query)
            return struct.unpack("hhqqi4x", answer)[0] != fcntl.F_UNLCK  # F_RDLCK is 0 on Linux
    except OSError:
        return True  # cannot tell: treat as live, which leaves the files as they are
