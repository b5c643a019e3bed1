"""Before the database is opened for writing: one window per file, and a damaged file is never written to.

:func:`prepare_database` is what gui/shell/application.py calls first. A damaged file (power cut on an old
disk, a copy from a failing stick) is explained in Vietnamese and nothing is written to it; the secretary
chooses "Khôi phục bản sao lưu gần nhất (dd/MM/yyyy HH:mm)", "Mở tệp khác…" or "Thoát".
"""

from __future__ import annotations

import logging
from pathlib import Path

from secretary_app.gui.data_safety.restore_wizard import (
    describe,
    kept_copy_text,
    restore_database,
    when,
)
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import translate
from secretary_app.gui.shell.database_files import database_file_filter
from secretary_app.gui.shell.single_instance import SingleInstance
from secretary_app.services.backups import (
    BackupService,
    StartupCheckInBackground,
    backup_info_for_file,
    startup_check,
)

log = logging.getLogger(__name__)
MAX_PROBLEMS_SHOWN = 3


def check_database(
    db_path: Path, *, backup_dir: Path | None = None, started: StartupCheckInBackground | None = None
) -> Path | None:
    """The file to open (``db_path``, restored if need be, or another one the secretary picked), or None to
    quit. Loops until the file passes its check, so a restored or picked file is checked too.

    ``started``: the check of ``db_path`` already under way since the program started (app.run_gui); its
    report stands for the first round."""
    path = Path(db_path)
    while True:
        if started is not None and started.path == path and started.backup_dir == backup_dir:
            report, started = started.result(), None
        else:
            report = startup_check(path, backup_dir)
        if report.ok:
            return path
        log.error("Damaged database at start-up: %s: %s", path, report.problems[:MAX_PROBLEMS_SHOWN])
        good = report.newest_good_backup
        restore_label = (
            translate("startup", "Khôi phục bản sao lưu gần nhất ({0})").format(when(good))
            if good
            else translate("startup", "Khôi phục từ tệp…")
        )
        details = "\n".join(f"• {p}" for p in report.problems[:MAX_PROBLEMS_SHOWN])
        details_heading = translate("startup", "Chi tiết kỹ thuật:")
        choice = messages.choose(
            None,
            translate("startup", "Tệp dữ liệu bị hỏng"),
            f"{report.message}\n\n{details_heading}\n{details}\n\n{path}",
            [restore_label, translate("startup", "Mở tệp khác…"), translate("startup", "Thoát")],
            level=messages.Level.ERROR,
            default=0,
            escape=2,
        )
        if choice == 0:
            info = good
            if info is None:
                picked = messages.open_file(
                    None, translate("startup", "Chọn tệp sao lưu"), str(path.parent), database_file_filter()
                )
                if picked is None:
                    continue
                info = backup_info_for_file(picked)
            restored = restore_database(None, BackupService(path, backup_dir), info)
            if restored is not None:
                messages.inform(
                    None,
                    translate("startup", "Đã khôi phục"),
                    translate("startup", "Đã khôi phục dữ liệu từ {0}.").format(describe(info))
                    + kept_copy_text(restored),
                )
            continue
        if choice == 1:
            other = messages.open_file(
                None, translate("startup", "Mở cơ sở dữ liệu"), str(path.parent), database_file_filter()
            )
            if other is not None:
                path = other
            continue
        return None


def claim_instance(db_path: Path, *, lock_dir: Path | None = None) -> SingleInstance | None:
    """The single-instance guard for ``db_path`` if this is the first window on it; otherwise the first window
    was asked to come forward, the secretary is told, and None is returned (the caller exits)."""
    instance = SingleInstance(db_path, lock_dir=lock_dir)
    if instance.acquire():
        return instance
    log.info("%s is already open in another instance (reached: %s)", db_path, instance.reached)
    if instance.reached:
        text = translate(
            "startup",
            "Tệp dữ liệu {0} đang được mở trong một cửa sổ Thư ký cấp ủy khác. Cửa sổ đó đã được đưa "
            "lên trước (nếu không thấy, hãy bấm vào biểu tượng của chương trình trên thanh tác vụ).\n\n"
            "Chương trình không mở thêm cửa sổ thứ hai để hai cửa sổ không cùng ghi vào một tệp.",
        )
    else:
        text = translate(
            "startup",
            "Tệp dữ liệu {0} đang được một cửa sổ Thư ký cấp ủy khác giữ, nhưng cửa sổ đó không trả "
            "lời. Nếu chương trình bị treo, hãy tắt nó (hoặc khởi động lại máy) rồi mở lại.",
        )
    messages.inform(None, translate("startup", "Chương trình đang mở"), text.format(db_path))
    return None
