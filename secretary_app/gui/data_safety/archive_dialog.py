"""The year archive (hồ sơ năm): export every minutes and issued document of a year as PDF, and check an
archive folder later. Both run in a worker with a progress dialog (services/archive.py does the work)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from secretary_app.gui.data_safety.backup_dialogs import choose_folder, run_with_progress, run_with_retry
from secretary_app.gui.forms.ui_archive_dialog import Ui_ArchiveDialog
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.i18n import translate
from secretary_app.gui.shared.tasks import TaskControl, with_context
from secretary_app.services.archive import ArchiveResult, export_year, verify_archive

_FOLDER_KEY = "archive/folder"


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager (a local file URL: no network is involved)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def free_folder(parent: Path, year: int) -> Path:
    """``ho-so-<year>`` in ``parent``, or ``ho-so-<year>-2``… when taken: an archive never overwrites
    another."""
    path, counter = parent / f"ho-so-{year}", 2
    while path.exists() or path.with_name(path.name + ".part").exists():
        path, counter = parent / f"ho-so-{year}-{counter}", counter + 1
    return path


class ArchiveDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ArchiveDialog()
        self.ui.setupUi(self)
        self.db_path = Path(db_path)
        self.result: ArchiveResult | None = None
        self.ui.yearSpin.setValue(date.today().year - (1 if date.today().month == 1 else 0))
        self.ui.folderEdit.setText(str(QSettings().value(_FOLDER_KEY, str(Path.home()))))
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.folderEdit.textChanged.connect(self._update_target)
        self.ui.yearSpin.valueChanged.connect(self._update_target)
        self._update_target()

    def target(self) -> Path | None:
        text = self.ui.folderEdit.text().strip()
        return free_folder(Path(text), self.ui.yearSpin.value()) if text else None

    def _update_target(self) -> None:
        target = self.target()
        self.ui.targetLabel.setText(
            translate("archive_dialog", "Hồ sơ sẽ được lưu vào thư mục mới: {0}").format(target)
            if target
            else ""
        )
        self.ui.exportButton.setEnabled(target is not None)

    def browse(self) -> None:
        folder = choose_folder(
            self,
            translate("archive_dialog", "Chọn thư mục lưu hồ sơ"),
            self.ui.folderEdit.text() or Path.home(),
        )
        if folder is not None:
            self.ui.folderEdit.setText(str(folder))

    def export(self) -> ArchiveResult | None:
        parent_dir = Path(self.ui.folderEdit.text().strip())
        year = self.ui.yearSpin.value()
        title = translate("archive_dialog", "Xuất hồ sơ năm {0}").format(year)
        if not parent_dir.is_dir():
            messages.warn(
                self,
                title,
                translate(
                    "archive_dialog",
                    "Không tìm thấy thư mục {0}. Nếu đó là USB, hãy cắm lại rồi chọn lại thư mục.",
                ).format(parent_dir),
            )
            return None
        QSettings().setValue(_FOLDER_KEY, str(parent_dir))

        def work(ctx, control: TaskControl) -> ArchiveResult:
            # A new folder name per attempt: after "Thử lại" the failed attempt left nothing behind anyway.
            return export_year(ctx, year, free_folder(parent_dir, year),
                               progress=lambda done, total: control.report(done, total),
                               cancel=lambda: control.cancelled)  # fmt: skip

        # The worker opens its own connection (a SQLite connection is never shared between threads).
        outcome = run_with_retry(
            self,
            title,
            translate("archive_dialog", "Đang xuất hồ sơ năm {0}…").format(year),
            with_context(self.db_path, work),
        )
        if not outcome.ok:
            return None
        self.result = result = outcome.result
        choice = messages.choose(
            self,
            title,
            translate("archive_dialog", "Đã xuất {0} tệp PDF và mục lục hồ sơ ({1} trang) vào:\n{2}").format(
                len(result.entries), result.index_pages, result.folder
            ),
            [translate("archive_dialog", "Mở thư mục"), translate("archive_dialog", "Đóng")],
            level=messages.Level.INFO,
        )
        if choice == 0:
            open_folder(result.folder)
        self.accept()
        return result


def verify_archive_folder(parent: QWidget | None, folder: Path | None = None) -> list[str] | None:
    """ "Kiểm tra hồ sơ…": pick an archive folder, check every file against its manifest, say what is
    wrong."""
    title = translate("archive_dialog", "Kiểm tra hồ sơ")
    if folder is None:
        folder = choose_folder(parent, translate("archive_dialog", "Chọn thư mục hồ sơ cần kiểm tra"),
                               QSettings().value(_FOLDER_KEY, str(Path.home())))  # fmt: skip
        if folder is None:
            return None
    outcome = run_with_progress(
        parent,
        title,
        translate("archive_dialog", "Đang kiểm tra {0}…").format(folder),
        lambda _control: verify_archive(folder),
        cancellable=False,
    )
    if outcome.error is not None:
        return None
    problems: list[str] = outcome.result
    if problems:
        shown = problems[:20]
        more = (
            translate("archive_dialog", "\n… và {0} vấn đề khác.").format(len(problems) - len(shown))
            if len(problems) > 20
            else ""
        )
        messages.warn(
            parent,
            title,
            translate("archive_dialog", "Hồ sơ {0} có {1} vấn đề:\n\n").format(folder, len(problems))
            + "\n".join(f"• {p}" for p in shown)
            + more,
        )
    else:
        messages.inform(
            parent,
            title,
            translate(
                "archive_dialog", "Hồ sơ {0} còn nguyên vẹn: mọi tệp đều khớp với danh mục (SHA-256)."
            ).format(folder),
        )
    return problems
