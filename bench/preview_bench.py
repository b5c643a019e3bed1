"""Live-preview benchmark (the composer's QtPdf preview): prints `name: value unit` lines.

preview_pages               pages of the seed notice (239-TB/ĐU, the "3-page notice" of the goal)
preview_render_ms_p50/p95   ReportLab render of the seed notice in the preview's worker function (30 runs)
preview_load_ms_p50         QPdfDocument.load of that PDF from memory (GUI thread)
preview_total_ms_p50/p95    from the end of the typing pause (debounce fired) to QtPdf having drawn the first
                            visible page of the new PDF, through the real PdfPreview widget (20 edits)
preview_edit_to_display_ms_p50   the same measured from the last keystroke: includes the 300 ms pause

Runs offscreen (QT_QPA_PLATFORM=offscreen is set when unset). Goal: preview_total_ms ≤ 150 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from secretary_app.gui.shared.pdf_preview import DEBOUNCE_MS, PdfPreview, _render  # noqa: E402
from secretary_app.gui.shared.printing import load_pdf  # noqa: E402
from secretary_app.services.demo import seed_notice  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def wait_for(app: QApplication, predicate, timeout_s: float = 10.0) -> None:
    end = time.perf_counter() + timeout_s
    while not predicate():
        if time.perf_counter() > end:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.001)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    notice = seed_notice()
    notice["number"] = None
    notice["draft"] = True

    data, pages, _ = _render(notice, None)  # warm-up: font registration happens once per process
    renders = []
    for i in range(30):
        notice["body"][0]["text"] += f" {i}"
        renders.append(_render(notice, None)[2])
    loads = []
    for _ in range(20):
        start = time.perf_counter()
        load_pdf(data).close()
        loads.append((time.perf_counter() - start) * 1000)

    preview = PdfPreview()
    preview.resize(600, 850)
    preview.show()
    preview.set_content(notice)
    preview.render_now()
    wait_for(app, lambda: preview.renders >= 1 and not preview._waiting_display)
    totals, edit_to_display = [], []
    for _ in range(20):
        shown = preview.renders
        notice["body"][1]["text"] += " ý"  # one keystroke's change
        edited = time.perf_counter()
        preview.set_content(notice)
        wait_for(app, lambda shown=shown: preview.renders > shown and not preview._waiting_display)
        edit_to_display.append((time.perf_counter() - edited) * 1000)
        totals.append(preview.last_total_ms)

    print(f"preview_pages: {pages} pages")
    print(f"preview_render_ms_p50: {statistics.median(renders):.1f} ms")
    print(f"preview_render_ms_p95: {percentile(renders, 0.95):.1f} ms")
    print(f"preview_load_ms_p50: {statistics.median(loads):.1f} ms")
    print(f"preview_total_ms_p50: {statistics.median(totals):.1f} ms")
    print(f"preview_total_ms_p95: {percentile(totals, 0.95):.1f} ms")
    print(
        f"preview_edit_to_display_ms_p50: {statistics.median(edit_to_display):.1f} ms (pause {DEBOUNCE_MS} "
        "ms)"
    )


if __name__ == "__main__":
    main()
