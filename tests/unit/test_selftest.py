"""`secretary-app --self-test` really exercises the app: it passes on a sound checkout and fails, with a
reason, when the document it must print is missing or prints wrong. Each run is a subprocess (it creates a
QApplication, which a unit-test process must not hold)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from secretary_app.paths import resource_path
from secretary_app.selftest import NOTICE_ENV, REPORT_FILE_NAME


def run_self_test(data_dir: Path, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k != NOTICE_ENV}
    environ.update(SECRETARY_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1", **env)
    return subprocess.run(
        [sys.executable, "-m", "secretary_app", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        timeout=120,
    )


def test_self_test_passes_and_reports_each_step(tmp_path):
    result = run_self_test(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = [line for line in lines if line.startswith("[")]
    assert len(steps) == 7 and all(": đạt (" in line for line in steps), result.stdout
    assert "thấy “239-TB/ĐU”" in steps[4] and "số “239-TB/ĐU”" in steps[5]
    assert "chi nhánh nhận 1 nhiệm vụ" in steps[6]  # a signed packet made by one database, read by another
    assert lines[-1] == "KẾT QUẢ: ĐẠT"
    # The report survives in the user's log folder (a windowed Windows build has no console to read) ...
    report = (tmp_path / "logs" / REPORT_FILE_NAME).read_text(encoding="utf-8")
    assert report.splitlines() == lines
    # ... while the test's own database went to a temporary folder, not into the user's data.
    assert not list(tmp_path.glob("*.sqlite"))


def test_missing_document_fails_with_a_reason(tmp_path):
    missing = tmp_path / "không-có.json"
    result = run_self_test(tmp_path / "data", **{NOTICE_ENV: str(missing)})
    assert result.returncode == 1
    assert f"[4/7] Xuất PDF thông báo 239-TB/ĐU: LỖI — không tìm thấy tệp văn bản {missing}" in result.stdout
    assert "[5/7] Đọc lại chữ trong PDF: bỏ qua (bước 4 lỗi)" in result.stdout
    assert "[6/7] Đọc văn bản đến từ PDF: bỏ qua (bước 4 lỗi)" in result.stdout
    assert "[3/7] Cửa sổ chính: đạt" in result.stdout  # steps that do not need the document still run
    assert result.stdout.splitlines()[-1] == "KẾT QUẢ: KHÔNG ĐẠT (1 bước lỗi)"


def test_pdf_text_check_reads_what_was_printed(tmp_path):
    """A notice that renders fine but carries another number must fail the text check: the check reads the
    PDF back instead of trusting the renderer."""
    notice = json.loads(resource_path("demo", "notice-239-TB-DU.json").read_text(encoding="utf-8"))
    notice["number"] = 240
    other = tmp_path / "notice-240.json"
    other.write_text(json.dumps(notice, ensure_ascii=False), encoding="utf-8")
    result = run_self_test(tmp_path / "data", **{NOTICE_ENV: str(other)})
    assert result.returncode == 1
    assert "[4/7] Xuất PDF thông báo 239-TB/ĐU: đạt" in result.stdout
    assert "[5/7] Đọc lại chữ trong PDF: LỖI — không tìm thấy “239-TB/ĐU” trong chữ của PDF" in result.stdout
