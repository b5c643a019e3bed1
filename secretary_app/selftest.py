"""``secretary-app --self-test``: prove that this installation works, end to end, without a display.

It runs the same code a secretary runs — demo database, main window, PDF of notice 239-TB/ĐU — in a temporary
data directory, so the user's own database is never touched. It is what the installer smoke test runs under
wine and what support asks a user to run on a PC where "the app does not open".

Output: one Vietnamese line per step on stdout (when there is one: a windowed Windows build may have none),
and the same lines in ``self-test.txt`` in the user's log folder, because a windowed .exe started from
Explorer or a script under wine has no reliable console. Exit code 0 when every step passed, 1 otherwise.

``SECRETARY_SELFTEST_NOTICE`` replaces the bundled demo notice for the PDF step. It exists so tests can prove
that the self-test really fails on a missing or wrong document instead of always saying "OK".
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from secretary_app import APP_DISPLAY_NAME, __version__

NOTICE_ENV = "SECRETARY_SELFTEST_NOTICE"
REPORT_FILE_NAME = "self-test.txt"
EXPECTED_NUMBER_TEXT = "239-TB/ĐU"  # how the demo notice's number must print (HD 36 party style)
MIN_PAGES = 2  # the demo notice is long enough to need a second page; one page means text was lost

EXIT_OK, EXIT_FAILED = 0, 1


class StepFailed(Exception):
    """A check that did not hold; the message is Vietnamese and says what was expected."""


class Report:
    """Prints the step lines as they come and appends each to the report file at once, so a hard crash (a Qt
    DLL aborting the process) still leaves the lines up to the failing step for support to read."""

    def __init__(self, report_file: Path | None):
        self.report_file = report_file
        self.lines: list[str] = []
        self.failures = 0
        if report_file is not None:
            try:
                report_file.write_text("", encoding="utf-8")
            except OSError:
                self.report_file = None  # the console lines and the exit code still tell the result

    def line(self, text: str) -> None:
        self.lines.append(text)
        stream = sys.stdout
        if stream is not None:  # None in a windowed frozen build started without a console
            print(text, file=stream, flush=True)
        if self.report_file is not None:
            try:
                with self.report_file.open("a", encoding="utf-8") as fh:
                    fh.write(text + "\n")
            except OSError:
                self.report_file = None

    def run(self, number: int, total: int, title: str, step: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = step()
        except StepFailed as exc:
            self.failures += 1
            self.line(f"[{number}/{total}] {title}: LỖI — {exc}")
            return False
        except Exception as exc:  # an unexpected crash is a failed step too, with its traceback for support
            self.failures += 1
            self.line(f"[{number}/{total}] {title}: LỖI — {type(exc).__name__}: {exc}")
            for tb_line in traceback.format_exc().rstrip().splitlines():
                self.line(f"    {tb_line}")
            return False
        elapsed = time.perf_counter() - started
        self.line(f"[{number}/{total}] {title}: đạt ({detail}; {elapsed:.2f} s)")
        return True


@contextmanager
def _temporary_environment(values: dict[str, str]) -> Iterator[None]:
    """Set variables for the duration of the self-test and restore them, so a caller's process is
    unchanged."""
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def _utf8_console() -> None:
    """Vietnamese must not crash the output: a redirected stream on Windows defaults to a legacy code page."""
    stream = sys.stdout
    if stream is not None and not stream.isatty() and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", errors="replace")


def _report_file() -> Path | None:
    """``self-test.txt`` in the real user's log folder (resolved before the data dir is redirected)."""
    try:
        from secretary_app.paths import log_dir

        return log_dir() / REPORT_FILE_NAME
    except OSError:
        return None


class SelfTest:
    """The steps, sharing state (paths, the Qt application) through attributes."""

    def __init__(self, work: Path):
        self.work = work
        self.db_path = work / "self-test.sqlite"
        self.pdf_path = work / "thong-bao-239.pdf"
        self.app = None  # the QApplication, created by the window step and reused by the PDF check

    def environment(self) -> str:
        from secretary_app.paths import data_dir, resource_path

        if data_dir() != self.work:
            raise StepFailed(f"thư mục dữ liệu là {data_dir()}, không phải thư mục tạm {self.work}")
        missing = [
            str(p)
            for p in (resource_path("demo"), resource_path("fonts"), resource_path("icons"))
            if not p.is_dir()
        ]
        if missing:
            raise StepFailed("thiếu thư mục tài nguyên: " + ", ".join(missing))
        frozen = "bản đóng gói" if getattr(sys, "frozen", False) else "mã nguồn"
        return (
            f"{APP_DISPLAY_NAME} {__version__}, {frozen}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()} {platform.machine()}"
        )

    def database(self) -> str:
        from secretary_app.services.context import open_context
        from secretary_app.services.demo import ensure_demo_database

        ensure_demo_database(self.db_path)
        ctx = open_context(self.db_path)
        try:
            problems = ctx.integrity_errors()
            if problems:
                raise StepFailed("cơ sở dữ liệu mẫu có lỗi: " + "; ".join(problems))
            if ctx.organisation.get() is None:
                raise StepFailed("cơ sở dữ liệu mẫu không có thông tin cơ quan")
            directives = len(ctx.directives.list_directives())
        finally:
            ctx.close()
        size_kb = self.db_path.stat().st_size / 1024
        if directives == 0:
            raise StepFailed("cơ sở dữ liệu mẫu không có nhiệm vụ nào")
        return f"{self.db_path.name}, {size_kb:.0f} KB, {directives} nhiệm vụ, toàn vẹn"

    def window(self) -> str:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        from secretary_app.services.context import open_context

        self.app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "secretary-app"])
        from secretary_app.app import build_main_window  # after QApplication: it may create widgets on import

        ctx = open_context(self.db_path)
        try:
            window = build_main_window(ctx)
            window.show()
            deadline = time.monotonic() + 0.5  # let queued loads and the first paint happen
            while time.monotonic() < deadline:
                # Plain processEvents(): the (flags, maxtime) overload aborts PySide6 6.12 (none_dealloc).
                QCoreApplication.processEvents()
                time.sleep(0.01)
            shot = window.grab()
            title = window.windowTitle().replace("[*]", "")  # Qt's modified-marker placeholder
            closed = window.close()  # the window closes ctx itself (it owns it)
            window.deleteLater()
            QCoreApplication.processEvents()
        finally:
            ctx.close()  # again only if the window never took it; closing twice is harmless
        if not closed:
            raise StepFailed("cửa sổ chính từ chối đóng (còn thay đổi chưa lưu?)")
        if shot.isNull() or shot.width() < 200 or shot.height() < 150:
            raise StepFailed(f"cửa sổ chính không vẽ được (ảnh chụp {shot.width()}×{shot.height()})")
        return f"“{title}”, {shot.width()}×{shot.height()} px, nền {self.app.platformName()}"

    def pdf(self) -> str:
        from secretary_app.services.render import render_to_file

        source = os.environ.get(NOTICE_ENV)
        if source:
            path = Path(source)
            if not path.is_file():
                raise StepFailed(f"không tìm thấy tệp văn bản {path}")
            data = json.loads(path.read_text(encoding="utf-8"))
        else:
            from secretary_app.services.demo import seed_notice

            data = seed_notice()
        pages = render_to_file(data, self.pdf_path)
        head = self.pdf_path.read_bytes()[:5]
        if head != b"%PDF-":
            raise StepFailed(f"tệp {self.pdf_path.name} không phải PDF (bắt đầu bằng {head!r})")
        if pages < MIN_PAGES:
            raise StepFailed(f"chỉ có {pages} trang, cần ít nhất {MIN_PAGES}")
        size_kb = self.pdf_path.stat().st_size / 1024
        return f"{pages} trang, {size_kb:.0f} KB"

    def pdf_text(self) -> str:
        """Read the PDF back with QtPdf (bundled for the preview), so the check needs no test-only library."""
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument()
        error = document.load(str(self.pdf_path))
        if error != QPdfDocument.Error.None_:
            raise StepFailed(f"QtPdf không mở được {self.pdf_path.name}: {error.name}")
        try:
            pages = document.pageCount()
            text = " ".join(document.getAllText(page).text() for page in range(pages))
        finally:
            document.close()
        flat = " ".join(text.split())
        if EXPECTED_NUMBER_TEXT not in flat:
            raise StepFailed(f"không tìm thấy “{EXPECTED_NUMBER_TEXT}” trong chữ của PDF ({len(flat)} ký tự)")
        return f"QtPdf đọc lại {pages} trang, thấy “{EXPECTED_NUMBER_TEXT}”"

    def exchange(self) -> str:
        """A packet from a head office to a bureau on two new databases: Ed25519 signing (cryptography),
        SQLite's session extension (apsw) and the ZIP reader, the native parts a frozen bundle can miss."""
        from secretary_app.domain import models as m
        from secretary_app.services.context import open_context

        head = open_context(self.work / "tru-so.sqlite", create=True)
        bureau = open_context(self.work / "chi-nhanh.sqlite", create=True)
        try:
            unit = head.units.save(m.Unit(name="Chi nhánh miền Trung"))
            head.sites.this_site("Trụ sở")
            bureau.sites.this_site("Chi nhánh miền Trung")
            head.sites.pair(bureau.sites.write_identity(self.work / "chi-nhanh.id"), unit.id)
            bureau.sites.pair(head.sites.write_identity(self.work / "tru-so.id"))
            head.directives.save(m.Directive(content="Báo cáo kết quả quý IV", lead_unit_id=unit.id))
            packet, _ = head.exchange.export_packet("Chi nhánh miền Trung", self.work / "goi-1.zip")
            bureau.exchange.import_packet(packet)
            received = [d.content for d in bureau.directives.list_directives()]
        finally:
            head.close()
            bureau.close()
        if received != ["Báo cáo kết quả quý IV"]:
            raise StepFailed(f"chi nhánh nhận được {received!r} thay vì nhiệm vụ đã gửi")
        return f"gói {packet.stat().st_size / 1024:.0f} KB ký số, chi nhánh nhận 1 nhiệm vụ"

    def incoming(self) -> str:
        """Read the notice PDF back as a received document (pdfplumber and pdfminer in the bundle)."""
        from secretary_app.services.incoming_extraction import propose

        proposal = propose(self.pdf_path)
        if proposal.symbol != EXPECTED_NUMBER_TEXT:
            raise StepFailed(f"không đọc ra số ký hiệu {EXPECTED_NUMBER_TEXT} (đọc được “{proposal.symbol}”)")
        return f"số “{proposal.symbol}”, {len(proposal.tasks)} nhiệm vụ đề xuất"


def run_self_test() -> int:
    """Run every step; 0 when all passed, 1 otherwise (the failing step's line says why)."""
    _utf8_console()
    report = Report(_report_file())
    report.line(f"Tự kiểm tra {APP_DISPLAY_NAME} {__version__}")
    # ignore_cleanup_errors: on Windows a file still held by a closing handle must not turn "pass" into a
    # crash.
    with tempfile.TemporaryDirectory(prefix="thu-ky-self-test-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        overrides = {"SECRETARY_DATA_DIR": str(work)}
        # The offscreen platform needs no display (CI, a locked session, wine); a real run may pick another.
        if not os.environ.get("QT_QPA_PLATFORM"):
            overrides["QT_QPA_PLATFORM"] = "offscreen"
        if not os.environ.get("QT_QPA_FONTDIR"):
            # Qt's offscreen platform reads fonts from a folder, not from Windows: give it the bundled ones.
            from secretary_app.paths import resource_path

            overrides["QT_QPA_FONTDIR"] = str(resource_path("fonts"))
        with _temporary_environment(overrides):
            test = SelfTest(work)
            # (title, step, the step it needs): a step whose prerequisite failed is skipped, not run into a
            # second, misleading error.
            steps = [
                ("Môi trường", test.environment, None),
                ("Cơ sở dữ liệu mẫu", test.database, 0),
                ("Cửa sổ chính", test.window, 1),
                ("Xuất PDF thông báo 239-TB/ĐU", test.pdf, 0),
                ("Đọc lại chữ trong PDF", test.pdf_text, 3),
                ("Đọc văn bản đến từ PDF", test.incoming, 3),
                ("Gói trao đổi ký số giữa hai đơn vị", test.exchange, 0),
            ]
            passed: list[bool] = []
            for number, (title, step, needs) in enumerate(steps, start=1):
                if needs is not None and not passed[needs]:
                    report.line(f"[{number}/{len(steps)}] {title}: bỏ qua (bước {needs + 1} lỗi)")
                    passed.append(False)
                    continue
                passed.append(report.run(number, len(steps), title, step))
            test.app = None
    if report.failures:
        report.line(f"KẾT QUẢ: KHÔNG ĐẠT ({report.failures} bước lỗi)")
    else:
        report.line("KẾT QUẢ: ĐẠT")
    return EXIT_FAILED if report.failures else EXIT_OK
