"""Exchange benchmark (issue 16): the packet for 1,000 changed tasks, its size and its import time.

    .venv/bin/python bench/exchange_bench.py

A head office and a bureau on two database files, paired with real identity files. The head office gives the
bureau 1,000 tasks (from one issued notice, whose PDF travels too, and a progress note each) and exports; the
bureau imports. Then 1,000 of the tasks change on the bureau (result, status, a new progress note) and travel
up.

packet_down_kb, packet_up_kb         the signed packet file on disk (goal ≤ 200 kB)
export_down_ms, export_up_ms         making the changeset (SQLite session diff) and writing the packet
import_down_ms, import_up_ms         verifying the packet and applying it: changes, search index, audit log,
                                     one transaction (goal ≤ 1,000 ms); the CPU time of the process beside
                                     the wall time (several sessions share the 2 cores)
changeset_down_kb, changeset_up_kb   the session changeset alone (before the packet's compression)
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from secretary_app.domain import models as m  # noqa: E402
from secretary_app.services.context import open_context  # noqa: E402
from secretary_app.services.demo import seed_notice  # noqa: E402

TASKS = 1000


def _timed(step):
    """(result, wall ms, CPU ms of this process): on a shared, loaded machine CPU time is the fair figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = step()
    return result, (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="exchange-bench-"))
    head = open_context(work / "head.sqlite", create=True)
    bureau = open_context(work / "bureau.sqlite", create=True)
    try:
        unit = head.units.save(m.Unit(name="Cơ quan thường trú miền Trung"))
        head.sites.this_site("Văn phòng Đảng ủy")
        head.sites.pair(bureau.sites.write_identity(work / "bureau.id", "CQTT miền Trung"), unit=unit.id)
        bureau.sites.pair(head.sites.write_identity(work / "head.id"))
        notice = head.store.save_document(
            m.StoredDocument(
                kind=m.DocumentKind.NOTICE,
                standard=m.Standard.PARTY,
                type_code="TB",
                subject="Thông báo kết luận hội nghị giao ban",
                doc_date=date(2026, 12, 1),
                # issued, with the seed notice's text: the packet carries its PDF (~100 kB) as it would
                number=239,
                status=m.DocumentStatus.ISSUED,
                content=seed_notice(),
            )
        )
        with head.store.transaction():
            for n in range(TASKS):
                head.directives.save(
                    m.Directive(
                        content=f"Nhiệm vụ số {n + 1}: tăng cường thông tin về công tác phòng chống bão lũ, "
                        "bảo đảm an toàn cho phóng viên tác nghiệp tại địa bàn",
                        lead_unit_id=unit.id,
                        document_id=notice.id,
                        deadline=date(2027, 3, 31),
                        notes=[m.ProgressNote(date(2026, 12, 2), "Đã giao cho đơn vị triển khai")],
                    )
                )
        down = work / "down.tkgoi"
        (_path, out), export_down, export_down_cpu = _timed(
            lambda: head.exchange.export_packet("CQTT miền Trung", down)
        )
        changeset_down = sum(len(v) for k, v in out.parts.items() if k.endswith(".bin"))
        result, import_down, import_down_cpu = _timed(lambda: bureau.exchange.import_packet(down))
        assert result.report.counts["x_directives"] == TASKS, result.report.counts

        with bureau.store.transaction():
            for d in bureau.directives.list_directives():
                d.status, d.completed_on, d.result = (
                    m.DirectiveStatus.DONE,
                    date(2026, 12, 20),
                    "Đã hoàn thành",
                )
                d.notes.append(m.ProgressNote(date(2026, 12, 20), "Báo cáo kết quả gửi Văn phòng"))
                bureau.directives.save(d)
        up = work / "up.tkgoi"
        (_path, out), export_up, export_up_cpu = _timed(
            lambda: bureau.exchange.export_packet("Văn phòng Đảng ủy", up)
        )
        changeset_up = sum(len(v) for k, v in out.parts.items() if k.endswith(".bin"))
        result, import_up, import_up_cpu = _timed(lambda: head.exchange.import_packet(up))
        assert result.report.counts["x_directives"] == TASKS, result.report.counts
        assert not result.report.conflicts

        print(f"tasks: {TASKS} tasks")
        print(f"packet_down_kb: {down.stat().st_size / 1024:.1f} kB (goal ≤ 200)")
        print(f"changeset_down_kb: {changeset_down / 1024:.1f} kB")
        print(f"export_down_ms: {export_down:.0f} ms (CPU {export_down_cpu:.0f} ms)")
        print(f"import_down_ms: {import_down:.0f} ms (goal ≤ 1000; CPU {import_down_cpu:.0f} ms)")
        print(f"packet_up_kb: {up.stat().st_size / 1024:.1f} kB (goal ≤ 200)")
        print(f"changeset_up_kb: {changeset_up / 1024:.1f} kB")
        print(f"export_up_ms: {export_up:.0f} ms (CPU {export_up_cpu:.0f} ms)")
        print(f"import_up_ms: {import_up:.0f} ms (goal ≤ 1000; CPU {import_up_cpu:.0f} ms)")
    finally:
        head.close()
        bureau.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
