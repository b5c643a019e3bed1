"""Search and directive-board benchmark on the ten-year database: prints `name: value unit` lines.

    .venv/bin/python bench/make_big_db.py          # once: builds $TMPDIR/secretary-bench/big.sqlite
    .venv/bin/python bench/board_bench.py [DB] [--no-gui]

search_p50_ms, search_p95_ms    SearchService.search(q, limit=50) incl. snippets, over 50 queries (goal p95 ≤
20) board_load_ms                   what opening the board/home screen asks for: the counts per status plus
the
                                first page (500 rows) of open items (goal ≤ 100)
board_load_open_all_ms          every open item at once (~10,000 rows), for comparison
board_load_everything_ms        all 100,000 directives at once (what a board must never do)
board_filter_p50_ms, _p95_ms    a mix of filters (unit, text, deadline range, source, overdue, due soon,
                                combinations) on the open items, every matching row at once
board_filter_page_p50_ms, _p95_ms   the same filters as the board page asks them: the first page of rows
                                (PAGE_SIZE + 1) unless the filter has its own limit (goal ≤ 100)
status_counts_ms, overdue_ms, due_within_30_ms
gui_cold_start_ms, gui_peak_rss_mb    when the GUI is importable: a fresh process that opens the database and
                                shows build_main_window(ctx) (offscreen) with its home screen filled (usable),
                                against a bare PySide6 window (bare_qt_cold_start_ms, bare_qt_peak_rss_mb);
                                median of 3 cold starts (goal: ≤ 1.5× bare, ≤ 250 MB). Not included: what
                                gui.application.run() does besides (logging, the single-instance claim, and
                                the file's integrity check, PRAGMA quick_check: ~0.5 s on this database, run
                                beside the imports since app.run_gui starts it first).
gui_import_ms, gui_home_ms      of the cold start: importing the app's modules; building the window incl. the
                                home screen's queries
gui_board_page_ms, gui_search_page_ms, gui_after_pages_rss_mb
                                then, in the same process: switching to the board (first page of open items,
                                counts, filter lists) and a search typed on the Tìm kiếm page; peak RSS after

Times are medians over repeated calls after one warm-up call (the OS file cache is warm; the first search
after start is reported as search_first_ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_big_db import AS_OF, DEFAULT_PATH  # noqa: E402

from secretary_app.domain.deadlines import OPEN_STATUSES, DeadlineStatus  # noqa: E402
from secretary_app.services.context import open_context  # noqa: E402
from secretary_app.services.directives_board import OPEN_ITEMS, BoardFilter, BoardOrder  # noqa: E402

SEARCH_QUERIES = [
    "dang uy",
    "Đảng ủy",
    "ĐẢNG ỦY",
    "cong tac",
    "công tác thông tin",
    "chuyển đổi số",
    "chuyen doi",
    "kiem tra giam sat",
    "Ủy ban Kiểm tra",
    "phong chong tham nhung",
    "tham nh",
    "COVID",
    "covid-19",
    "nguyen tuan hung",
    "Đỗ Thị Trang",
    "ha thi mai",
    "Lý Thường Kiệt",
    "ly thuong k",
    "quy IV",
    "quý I",
    "6 tháng đầu năm",
    "nghi quyet dai hoi",
    "Nghị quyết",
    "chi bo",
    "sinh hoat chi bo",
    "phat trien dang vien",
    "dan van",
    "thi dua khen thuong",
    "cai cach hanh chinh",
    "tai chinh",
    "an ninh mang",
    "bao ve chinh tri noi bo",
    "đào tạo, bồi dưỡng",
    "tiet kiem",
    "tai san cong",
    "Chỉ thị số 05-CT/TW",
    "05-CT",
    "nhiem ky 2020-2025",
    "2021",
    "hội nghị giao ban",
    "hoi nghi tong ket",
    "bieu quyet",
    "100% đại biểu",
    "thuong truc dang uy",
    "tổ chức sơ kết",
    "kien toan",
    "bao cao ket qua",
    "đề nghị làm rõ trách nhiệm",
    "TB",
    "d",
]
assert len(SEARCH_QUERIES) == 50
BOARD_PAGE = 100  # gui/directives/board_page.py PAGE_SIZE (not imported: that module needs Qt)


def _ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def median_ms(fn, runs: int = 7) -> float:
    fn()  # warm-up
    return statistics.median(_ms(fn) for _ in range(runs))


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def bench_search(ctx) -> None:
    first = _ms(lambda: ctx.search.search(SEARCH_QUERIES[0]))
    for query in SEARCH_QUERIES:  # warm-up round: the OS cache, lru caches
        ctx.search.search(query)
    times = [
        statistics.median(_ms(lambda q=q: ctx.search.search(q)) for _ in range(3)) for q in SEARCH_QUERIES
    ]
    print(f"search_first_ms: {first:.1f} ms")
    print(f"search_p50_ms: {percentile(times, 50):.1f} ms")
    print(f"search_p95_ms: {percentile(times, 95):.1f} ms")
    print(f"search_max_ms: {max(times):.1f} ms")
    slowest = sorted(zip(times, SEARCH_QUERIES, strict=True), reverse=True)[:3]
    print("search_slowest: " + "; ".join(f"{q!r} {t:.1f} ms" for t, q in slowest))


def bench_board(ctx, today: date) -> None:
    board = ctx.board
    first_page = BoardFilter(statuses=OPEN_STATUSES, limit=500)
    print(
        "board_load_ms: "
        f"{median_ms(lambda: (board.status_counts(today), board.rows(first_page, today))):.1f} ms"
    )
    print(f"board_load_open_rows: {len(board.rows(OPEN_ITEMS, today))} rows")
    print(f"board_load_open_all_ms: {median_ms(lambda: board.rows(OPEN_ITEMS, today), 5):.1f} ms")
    print(f"board_load_everything_ms: {median_ms(lambda: board.rows(BoardFilter(), today), 3):.0f} ms")
    print(f"status_counts_ms: {median_ms(lambda: board.status_counts(today)):.1f} ms")
    print(f"overdue_ms: {median_ms(lambda: board.overdue(today)):.1f} ms ({len(board.overdue(today))} rows)")
    print(f"due_within_30_ms: {median_ms(lambda: board.due_within(30, today)):.1f} ms")

    units = [u.id for u in ctx.units.list_units()]
    recent_doc = ctx.store.db.execute("SELECT max(id) FROM documents").fetchone()[0]
    quarter = (date(today.year, 10, 1), date(today.year, 12, 31))
    filters = {
        "unit": BoardFilter(statuses=OPEN_STATUSES, lead_unit_ids=frozenset(units[:1])),
        "three_units": BoardFilter(statuses=OPEN_STATUSES, lead_unit_ids=frozenset(units[:3])),
        "text_rare": BoardFilter(statuses=OPEN_STATUSES, text="chuyen doi so"),
        "text_common": BoardFilter(statuses=OPEN_STATUSES, text="cong tac"),
        "quarter": BoardFilter(statuses=OPEN_STATUSES, deadline_from=quarter[0], deadline_to=quarter[1]),
        "source": BoardFilter(document_ids=frozenset({recent_doc})),
        "overdue": BoardFilter(statuses=frozenset({DeadlineStatus.OVERDUE}), order=BoardOrder.DEADLINE),
        "done_late": BoardFilter(statuses=frozenset({DeadlineStatus.DONE_LATE}), limit=500),
        "unit_overdue_text": BoardFilter(
            statuses=frozenset({DeadlineStatus.OVERDUE}), lead_unit_ids=frozenset(units[:5]), text="dang"
        ),
        "by_deadline_page": BoardFilter(statuses=OPEN_STATUSES, order=BoardOrder.DEADLINE, limit=500),
    }
    times = {name: median_ms(lambda f=f: board.rows(f, today), 5) for name, f in filters.items()}
    values = list(times.values())
    print(f"board_filter_p50_ms: {percentile(values, 50):.1f} ms")
    print(f"board_filter_p95_ms: {percentile(values, 95):.1f} ms")
    print("board_filter_each: " + "; ".join(f"{k} {v:.1f} ms" for k, v in times.items()))
    # What the board page asks on a filter change: the first page, one row more than it shows (PAGE_SIZE + 1
    # in gui/directives/board_page.py) to know whether there is more. Filters with a limit of their own keep
    # it.
    paged = {
        name: f if f.limit is not None else replace(f, limit=BOARD_PAGE + 1) for name, f in filters.items()
    }
    times = {name: median_ms(lambda f=f: board.rows(f, today), 5) for name, f in paged.items()}
    values = list(times.values())
    print(f"board_filter_page_p50_ms: {percentile(values, 50):.1f} ms")
    print(f"board_filter_page_p95_ms: {percentile(values, 95):.1f} ms")
    print("board_filter_page_each: " + "; ".join(f"{k} {v:.1f} ms" for k, v in times.items()))


_PEAK = """
def peak_mb():
    # VmHWM belongs to this program's own memory map. ru_maxrss would not do: Linux carries it over from
    # the parent across fork+exec, so a child of this (by then large) benchmark process reported the
    # parent's peak.
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""
_CHILD_APP = (
    _PEAK
    + """
import os, resource, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from secretary_app.gui.shell.application import create_application
from secretary_app.app import build_main_window
from secretary_app.services.context import open_context
t_import = time.perf_counter()
app = create_application([])
ctx = open_context({db!r}, create=True)
t_built = time.perf_counter()
window = build_main_window(ctx)
t_home = time.perf_counter()
window.show()
for _ in range(5):
    app.processEvents()
start_ms = (time.perf_counter() - t0) * 1000
start_rss = peak_mb()
t = time.perf_counter()
window.show_page(3)
for _ in range(3):
    app.processEvents()
board_ms = (time.perf_counter() - t) * 1000
t = time.perf_counter()
window.show_page(4)
window.search_page.search("dang uy")
for _ in range(3):
    app.processEvents()
search_ms = (time.perf_counter() - t) * 1000
print((t_import - t0) * 1000, (t_home - t_built) * 1000, board_ms, search_ms,
      peak_mb(), start_ms, start_rss)
"""
)
_CHILD_BARE = (
    _PEAK
    + """
import resource, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
for _ in range(5):
    app.processEvents()
print((time.perf_counter() - t0) * 1000, peak_mb())
"""
)


def bench_gui(db: Path) -> None:
    try:
        import secretary_app.gui.shell.application  # noqa: F401
    except Exception as exc:  # no display libraries, or no GUI yet
        print(f"gui: not measured ({type(exc).__name__}: {exc})")
        return
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SECRETARY_DATA_DIR": str(db.parent / "gui-data")}
    for name, code in (("bare_qt", _CHILD_BARE), ("gui", _CHILD_APP.format(root=str(ROOT), db=str(db)))):
        runs = []
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            )
            runs.append(tuple(float(x) for x in out.stdout.split()[-7 if name == "gui" else -2 :]))
        print(f"{name}_cold_start_ms: {statistics.median(r[-2] for r in runs):.0f} ms")
        print(f"{name}_peak_rss_mb: {max(r[-1] for r in runs):.0f} MB")
        if name == "gui":
            for i, key in enumerate(
                ("gui_import_ms", "gui_home_ms", "gui_board_page_ms", "gui_search_page_ms")
            ):
                print(f"{key}: {statistics.median(r[i] for r in runs):.0f} ms")
            print(f"gui_after_pages_rss_mb: {max(r[4] for r in runs):.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db} is missing: run bench/make_big_db.py first")
    os.environ.setdefault("SECRETARY_DATA_DIR", str(args.db.parent / "data"))  # migration backups go there
    ctx = open_context(args.db, create=True)
    try:
        counts = ctx.store.db.execute(
            "SELECT (SELECT count(*) FROM directives), (SELECT count(*) FROM meetings), "
            "(SELECT count(*) FROM documents), (SELECT count(*) FROM minutes_entries)"
        ).fetchone()
        print(
            f"database: {counts[0]} directives, {counts[1]} meetings, {counts[2]} documents, {counts[3]} "
            "minutes"
        )
        bench_search(ctx)
        bench_board(ctx, AS_OF)
    finally:
        ctx.close()
    if not args.no_gui:
        bench_gui(args.db)


if __name__ == "__main__":
    main()
