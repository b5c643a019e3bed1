"""Import of a 5,000-row member list (goal ≤ 2 s, DESIGN.md): prints `name: value unit` lines.

    .venv/bin/python bench/import_bench.py

import_read_xlsx_ms     reading the .xlsx into text cells (openpyxl, read-only mode)
import_plan_ms          header recognition, legacy-encoding check, parsing and duplicate detection
import_write_ms         writing the 5,000 people (and the 40 units they name) in one transaction
import_total_ms         the three together: what the secretary waits for from "Mở tệp" to "Đã nhập"
                        (goal ≤ 2000)
import_read_csv_ms      reading the same list saved as CSV, for comparison
Each is the median of 3 runs, each on a fresh database.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from secretary_app.services.context import open_context  # noqa: E402
from secretary_app.services.roster_files import write_sheet  # noqa: E402

ROWS = 5000
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Quốc", "Thu", "Ngọc", "Đức", "Thanh", "Hoài"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hải",
    "Hoa",
    "Hùng",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Phúc",
    "Trang",
]
HEADERS = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Đảng viên chính thức/dự bị", "Ủy viên cấp ủy"]


def member_rows() -> list[list[str]]:
    rows = []
    for i in range(ROWS):
        name = f"{FAMILY[i % 12]} {MIDDLE[(i // 12) % 10]} {GIVEN[(i // 120) % 14]} {i // 1680 + 1}"
        rows.append(
            [
                str(i + 1),
                name,
                "Chuyên viên",
                f"Chi bộ số {i % 40 + 1}",
                "Dự bị" if i % 9 == 0 else "Chính thức",
                "Ủy viên BCH" if i < 15 else "",
            ]
        )
    return rows


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="import-bench-"))
    rows = member_rows()
    xlsx = write_sheet(folder / "members.xlsx", HEADERS, rows, "Danh sách")
    csv = write_sheet(folder / "members.csv", HEADERS, rows, "Danh sách")
    results: dict[str, list[float]] = {k: [] for k in ("read_xlsx", "plan", "write", "total", "read_csv")}
    for run in range(3):
        ctx = open_context(folder / f"run{run}.sqlite", create=True)
        try:
            t0 = time.perf_counter()
            sheet = ctx.people.read_file(xlsx)
            t1 = time.perf_counter()
            plan = ctx.people.plan_import(sheet)
            t2 = time.perf_counter()
            count = ctx.people.apply_import(plan)
            t3 = time.perf_counter()
            assert count == ROWS and not plan.problems, plan.problems[:3]
            t4 = time.perf_counter()
            ctx.people.read_file(csv)
            t5 = time.perf_counter()
        finally:
            ctx.close()
        for key, value in (
            ("read_xlsx", t1 - t0),
            ("plan", t2 - t1),
            ("write", t3 - t2),
            ("total", t3 - t0),
            ("read_csv", t5 - t4),
        ):
            results[key].append(value * 1000)
    for key, values in results.items():
        print(f"import_{key}_ms: {statistics.median(values):.0f} ms")
    print(f"import_rows: {ROWS} rows (goal: import_total_ms ≤ 2000)")


if __name__ == "__main__":
    main()
