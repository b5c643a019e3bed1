"""Backups a secretary never has to think about, and a way back when something went wrong.

* ``BackupService.auto_backup("exit" | "daily")`` copies the database into ``data_dir()/backups`` and prunes
  old automatic copies with a grandfather-father-son rotation (see :func:`rotation_keep`).
* ``backup_now(target_dir)`` is the "Sao lưu ngay" button: a copy into a folder the user picks (a USB stick).
* ``list_backups()`` describes every copy of this database for the restore wizard, reading each one
  read-only; ``restore(path)`` first keeps a copy of the current file, then restores.
* :func:`startup_check` runs before the database is opened for writing and, when the file is damaged, offers
  the newest backup that passes its own check.

Every copy runs on its own read-only connection, so the GUI can run it on a worker thread (DESIGN.md: a
connection is never shared between threads) with a progress callback and a cancel flag.

Backup file names carry their moment and reason: ``<db stem>-YYYYMMDD-HHMMSS-<reason>.sqlite``. The rotation
reads the moment from the name, not from the file's mtime, so copying the folder elsewhere changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from secretary_app.db import backups as low
from secretary_app.db import checks
from secretary_app.domain.errors import BackupError
from secretary_app.paths import backups_dir, migration_backup_dir

AUTO_REASONS = ("exit", "daily")  # only these are ever deleted by the rotation
PRE_RESTORE_DIR = "pre-restore"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>[a-z-]+)\.sqlite$")


CheckResult = checks.CheckResult


class DamagedSourceError(BackupError):
    """The database fails ``PRAGMA integrity_check``: copying it could push good backups out of the
    rotation."""

    def __init__(self, path: Path, problems: list[str]):
        super().__init__(
            f"Không sao lưu tệp {path}: tệp dữ liệu có lỗi ({problems[0] if problems else '?'}). Các bản sao "
            "lưu tốt được giữ nguyên; hãy khôi phục từ bản sao lưu hoặc liên hệ người hỗ trợ.",
            path,
        )
        self.problems = problems


def check_database(db_path: Path | str, *, sanity: bool = True) -> CheckResult:
    """``secretary-app check`` and the background check after start: read-only (mode=ro, the journal mode
    untouched, a foreign ``-wal`` never applied), ``integrity_check``, foreign keys, and with ``sanity`` every
    text valid UTF-8 and every enum value known. Tells a read-only location from a damaged file."""
    return checks.check_file(Path(db_path), sanity=sanity, raw_dir=_trial_dir())


def _trial_dir() -> Path:
    from secretary_app.paths import raw_copies_dir

    return raw_copies_dir()


def backup_file(db_path: Path | str, target: Path | str, *, progress=None, cancel=None) -> Path:
    """Copy ``db_path`` to the file ``target`` (the CLI ``backup``) after a full integrity check of the
    source;
    a damaged source raises :class:`DamagedSourceError`, a full or read-only target a ``StorageError``."""
    result = check_database(db_path, sanity=False)
    if result.problems:
        raise DamagedSourceError(Path(db_path), result.problems)
    return low.copy_database(db_path, target, progress=progress, cancel=cancel)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    meetings: int
    documents: int
    directives: int
    reason: str = ""  # exit | daily | manual | pre-restore | before-migration


@dataclass(frozen=True)
class StartupReport:
    ok: bool
    message: str  # Vietnamese, for the start-up dialog
    problems: list[str] = field(default_factory=list)
    newest_good_backup: BackupInfo | None = None


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    pre_restore_copy: Path | None  # None when there was no current file to keep
    counts: dict[str, int]


# ------------------------------------------------------------------------------------------------------------
# Rotation: a pure function of the backups' moments, so it is tested with synthetic dates.


def rotation_keep(moments: list[datetime]) -> set[datetime]:
    """Which automatic backups to keep: the newest of each of the 7 most recent days, 4 most recent ISO weeks
    and 12 most recent months that HAVE a backup (the rule of restic's ``--keep-daily/weekly/monthly``).

    Counting periods that have a backup rather than calendar periods means a PC left off for a month still
    keeps a week of dailies when it comes back. The newest backup is always kept.
    """
    ordered = sorted(set(moments), reverse=True)
    keep: set[datetime] = set()
    for bucket, limit in (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for moment in ordered:
            key = bucket(moment)
            if key not in seen:
                if len(seen) == limit:
                    break
                seen.append(key)
                keep.add(moment)  # the first seen in a bucket is its newest, since ``ordered`` is descending
    return keep


def parse_backup_name(path: Path) -> tuple[str, datetime, str] | None:
    """``(db stem, moment, reason)`` from a backup's file name, or None for a file not named by us."""
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        moment = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return match["stem"], moment, match["reason"]


# ------------------------------------------------------------------------------------------------------------


def _backup_info(path: Path, created: datetime, reason: str) -> BackupInfo:
    try:
        counts = low.summarize(path)
    except Exception:  # any unreadable file is shown as damaged, whatever the reason
        counts = dict.fromkeys(low.SUMMARY_TABLES, -1)
    return BackupInfo(path=path, created=created, size=path.stat().st_size, reason=reason, **counts)


def backup_info_for_file(path: Path) -> BackupInfo:
    """A BackupInfo for a file picked by hand (a copy on a USB stick), with reason "file": the time from its
    name when it has a backup's name, else the file's modification time; counts of -1 when unreadable (it is
    listed as damaged, and a restore then refuses it with its reason)."""
    parsed = parse_backup_name(path)
    created = parsed[1] if parsed else datetime.fromtimestamp(path.stat().st_mtime)
    return _backup_info(path, created, "file")


class BackupService:
    """Backups of one database file. Opens its own connections; safe to use from a worker thread."""

    def __init__(self, db_path: Path | str, backup_dir: Path | None = None):
        self.db_path = Path(db_path)
        self._backup_dir = backup_dir

    @property
    def backup_dir(self) -> Path:
        path = self._backup_dir or backups_dir()
        path.mkdir(parents=True, exist_ok=True)
        return path

    # -- making copies -------------------------------------------------------------------------------------
    def backup_now(
        self,
        target_dir: Path | str,
        *,
        reason: str = "manual",
        progress=None,
        cancel=None,
        now: datetime | None = None,
    ) -> Path:
        """Copy the database into ``target_dir`` under a dated name; returns the new file's path.

        Raises ``DiskFullError`` / ``MediaRemovedError`` / ``ReadOnlyStorageError`` (with Vietnamese messages)
        when the target cannot be written and ``BackupCancelledError`` when cancelled; no partial file
        remains.
        """
        if not self.db_path.is_file():
            raise BackupError(f"Chưa có tệp dữ liệu {self.db_path} để sao lưu.", self.db_path)
        target_dir = Path(target_dir)
        if not target_dir.is_dir():
            raise BackupError(
                f"Không tìm thấy thư mục {target_dir}. Nếu đó là USB, hãy cắm lại rồi bấm “Thử lại”.",
                target_dir,
            )
        return low.copy_database(
            self.db_path,
            self._free_name(target_dir, now or datetime.now(), reason),
            progress=progress,
            cancel=cancel,
        )

    def auto_backup(
        self, reason: str = "exit", *, now: datetime | None = None, progress=None, cancel=None
    ) -> Path | None:
        """The automatic copy on exit or once a day, then the rotation. ``daily`` does nothing (returns None)
        when a backup of this database was already made today; ``exit`` always copies."""
        if reason not in AUTO_REASONS:
            raise ValueError(f"reason must be one of {AUTO_REASONS}")
        now = now or datetime.now()
        if reason == "daily" and any(m.date() == now.date() for m in self._auto_moments().values()):
            return None
        path = self.backup_now(self.backup_dir, reason=reason, progress=progress, cancel=cancel, now=now)
        self.rotate(verified=path)
        return path

    def rotate(self, *, verified: Path | None = None) -> list[Path]:
        """Delete the automatic backups the rotation does not keep; returns what was deleted. Manual copies,
        pre-restore and pre-migration copies are never deleted, nor is the newest automatic copy that passes
        its check (``verified``: a copy just made and checked), even when the rotation would drop it."""
        moments = self._auto_moments()
        keep = rotation_keep(list(moments.values()))
        for path, moment in sorted(moments.items(), key=lambda item: item[1], reverse=True):
            if path == verified or not low.quick_check(path):
                keep.add(moment)
                break
        deleted = []
        for path, moment in moments.items():
            if moment not in keep:
                path.unlink(missing_ok=True)
                deleted.append(path)
        return deleted

    # -- looking at copies ---------------------------------------------------------------------------------
    def list_backups(self) -> list[BackupInfo]:
        """Every backup of this database (automatic, manual, pre-restore, pre-migration), newest first.

        Each file is opened read-only to count its records; a file that cannot be read is listed with
        counts of -1 so the wizard can show it as damaged rather than hide it.
        """
        infos = [_backup_info(path, moment, reason) for path, moment, reason in self._candidates()]
        return sorted(infos, key=lambda info: (info.created, info.path.name), reverse=True)

    def newest_good_backup(self) -> BackupInfo | None:
        """The newest backup that passes ``PRAGMA quick_check`` (older ones are checked only if needed)."""
        for info in self.list_backups():
            if info.meetings >= 0 and not low.quick_check(info.path):
                return info
        return None

    # -- restoring -----------------------------------------------------------------------------------------
    def restore(
        self, backup_path: Path | str, *, now: datetime | None = None, progress=None
    ) -> RestoreReport:
        """Restore the database from ``backup_path``.

        Contract: the caller has CLOSED every connection to the database (the GUI closes its AppContext first
        and reopens it afterwards). Before anything changes, the current file is copied into
        ``backups/pre-restore`` (so a wrong choice can be undone by restoring that copy); a damaged current
        file is byte-copied with its WAL. The backup is checked first and a damaged one is refused.
        """
        backup_path = Path(backup_path)
        problems = low.quick_check(backup_path)
        if problems:
            raise BackupError(
                f"Bản sao lưu {backup_path.name} bị hỏng ({problems[0]}), không thể khôi phục từ bản này. "
                "Hãy chọn một bản sao lưu khác.",
                backup_path,
            )
        pre_restore = None
        if self.db_path.exists():
            folder = self.backup_dir / PRE_RESTORE_DIR
            folder.mkdir(parents=True, exist_ok=True)
            pre_restore = self._free_name(folder, now or datetime.now(), "pre-restore")
            if low.quick_check(self.db_path):
                low.raw_copy(self.db_path, pre_restore)
            else:
                low.copy_database(self.db_path, pre_restore)
            low.restore_into(backup_path, self.db_path, progress=progress)
        else:
            low.replace_file(backup_path, self.db_path)
        problems = low.quick_check(self.db_path)
        if problems:  # cannot happen with SQLite's transactional copy; checked because it is cheap
            raise BackupError(f"Khôi phục không thành công: {problems[0]}", self.db_path)
        return RestoreReport(
            restored_from=backup_path, pre_restore_copy=pre_restore, counts=low.summarize(self.db_path)
        )

    # -- helpers -------------------------------------------------------------------------------------------
    def _free_name(self, folder: Path, moment: datetime, reason: str) -> Path:
        """``<stem>-<stamp>-<reason>.sqlite``, with ``-2``, ``-3``… before the reason if taken (two copies in
        the same second must not overwrite each other)."""
        base = f"{self.db_path.stem}-{moment.strftime(_STAMP)}"
        path = folder / f"{base}-{reason}.sqlite"
        counter = 2
        while path.exists():
            path = folder / f"{base}-{counter}-{reason}.sqlite"
            counter += 1
        return path

    def _candidates(self) -> list[tuple[Path, datetime, str]]:
        found = []
        for folder in (self.backup_dir, self.backup_dir / PRE_RESTORE_DIR):
            for path in folder.glob("*.sqlite") if folder.is_dir() else ():
                parsed = parse_backup_name(path)
                if parsed and parsed[0] == self.db_path.stem:
                    found.append((path, parsed[1], parsed[2]))
        # Copies taken before a migration are named by db/migrate.py: "<stem>-<stamp>-before-<migration>".
        migration_dir = self.backup_dir / migration_backup_dir().name
        for path in (
            migration_dir.glob(f"{self.db_path.stem}-*-before-*.sqlite") if migration_dir.is_dir() else ()
        ):
            stamp = path.name[len(self.db_path.stem) + 1 :].split("-before-", 1)[0]
            try:
                found.append((path, datetime.strptime(stamp, _STAMP), "before-migration"))
            except ValueError:
                continue
        return found

    def _auto_moments(self) -> dict[Path, datetime]:
        return {
            path: moment
            for path, moment, reason in self._candidates()
            if reason in AUTO_REASONS and path.parent == self.backup_dir
        }


class StartupCheckInBackground:
    """:func:`startup_check` started on its own thread, to be collected with :meth:`result`.

    ``PRAGMA quick_check`` reads the whole file (~0.5 s for a ten-year database of 200 MB) and SQLite lets
    other Python threads run meanwhile, so the GUI's imports at start-up can proceed beside it instead of
    after it. The check opens its own read-only connection on that thread (none is shared between threads).
    """

    def __init__(self, db_path: Path | str, backup_dir: Path | None = None):
        import threading

        self.path, self.backup_dir = Path(db_path), backup_dir
        self._report: StartupReport | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="startup-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._report = startup_check(self.path, self.backup_dir)
        except BaseException as exc:  # re-raised on the caller's thread by result()
            self._error = exc

    def result(self) -> StartupReport:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._report is not None
        return self._report


def startup_check(db_path: Path | str, backup_dir: Path | None = None) -> StartupReport:
    """Check the database before the app opens it for writing. Nothing is written to the file.

    Returns ok for a sound file and for a file that does not exist yet (first start). For a damaged file the
    report explains in Vietnamese and offers the newest backup that itself passes the check.
    """
    path = Path(db_path)
    if not path.exists():
        return StartupReport(ok=True, message="Chưa có tệp dữ liệu.")
    # Judge what opening will give: a hot journal played back, the file's own -wal replayed, a foreign one
    # set aside (on a scratch copy when there is something to recover; the file itself is not touched).
    with checks.recovered_view(path, checks.files.inspect(path), _trial_dir()) as (view, foreign):
        problems = low.quick_check(view, alone=foreign is not None and view == path)
    if not problems:
        return StartupReport(ok=True, message="Tệp dữ liệu toàn vẹn.")
    if checks.location_is_readonly(path) and not low.quick_check(path, alone=True):
        # A read-only folder or mount is not damage: opening explains it (ReadOnlyLocationError), no restore.
        return StartupReport(ok=True, message="Tệp dữ liệu nằm ở nơi chỉ đọc.")
    good = BackupService(path, backup_dir).newest_good_backup()
    if good is None:
        offer = (
            "Không tìm thấy bản sao lưu còn tốt trên máy này. Nếu có bản sao lưu trên USB, hãy chọn "
            "“Khôi phục từ tệp…”; nếu không, hãy liên hệ người hỗ trợ và đừng xóa tệp này."
        )
    else:
        offer = (
            f"Có thể khôi phục từ bản sao lưu lúc {good.created:%H:%M} ngày {good.created:%d/%m/%Y} "
            f"({good.meetings} cuộc họp, {good.documents} văn bản, {good.directives} kết luận). "
            "Tệp hiện tại sẽ được giữ lại một bản trước khi khôi phục."
        )
    return StartupReport(
        ok=False,
        message=f"Tệp dữ liệu {path.name} bị hỏng ({len(problems)} lỗi) nên chưa được mở để tránh mất thêm "
        "dữ "
        f"liệu. Chương trình không ghi gì vào tệp này. {offer}",
        problems=problems,
        newest_good_backup=good,
    )
