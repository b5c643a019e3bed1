"""Writes the compatibility fixtures in tests/fixtures/compat with the code of the commit it runs on.

Run once on 2026-12-05 (commit 3552b1b); the outputs are kept as written by that version, so the tests
prove that later versions open and print what it saved. Re-running it on newer code would defeat that.
"""

import json
import sys
from datetime import datetime
from pathlib import Path

import pdfplumber

from secretary_app.domain import models as m
from secretary_app.services.context import open_context
from secretary_app.services.demo import populate_demo
from secretary_app.services.render import render_file

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
stem = "main-2026-12-05"
for p in out.glob(stem + "*"):
    p.unlink()
db = out / f"{stem}.sqlite"
ctx = open_context(db, create=True)
populate_demo(ctx)
people = ctx.people.list_people()
# a second meeting: minutes typed, finalised, corrected (version 2) and a draft of its minutes document
mt = m.Meeting(
    title="Sinh hoạt chi bộ tháng 11 năm 2026",
    kind="Sinh hoạt chi bộ thường kỳ",
    start=datetime(2026, 11, 20, 8, 0),
    place="Phòng họp tầng 3",
    chair=people[0].name,
    secretary=people[1].name,
)
mt.agenda = [m.AgendaItem(title="Kiểm điểm công tác tháng 11", presenter=people[0].name, order=0)]
mt.attendance = [m.Attendance(person_id=p.id, name=p.name, position=p.position) for p in people[:5]]
mt.attendance[4].status = m.AttendanceStatus.ABSENT_EXCUSED
mt.attendance[4].reason = "Đi công tác"
mt = ctx.meetings.create(mt)
mt.minutes = [
    m.MinutesEntry(
        kind=m.MinutesEntryKind.REPORT,
        text="Báo cáo kết quả công tác tháng 11.",
        speaker=people[0].name,
        agenda_item_uuid=mt.agenda[0].uuid,
        order=0,
    ),
    m.MinutesEntry(
        kind=m.MinutesEntryKind.CONCLUSION,
        text="Giao Văn phòng hoàn thành báo cáo năm trước ngày 20/12/2026.",
        order=1,
    ),
]
mt = ctx.minutes.save_entries(mt.id, mt.minutes)
ctx.minutes.finalise(mt.id)
ctx.minutes.start_correction(mt.id)
mt = ctx.meetings.get(mt.id)
mt.minutes[0].text += " Bổ sung số liệu."
ctx.minutes.save_entries(mt.id, mt.minutes)
ctx.issuing.draft_minutes(mt.id)
ctx.issuing.draft_notice(mt.id)
docs = []
for d in ctx.documents.list_documents():
    full = ctx.documents.get(d.id)
    name = f"{stem}-doc{full.id}"
    (out / f"{name}.json").write_text(
        json.dumps(full.content, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    render_file(out / f"{name}.json", Path(f"/tmp/{name}.pdf"))
    with pdfplumber.open(f"/tmp/{name}.pdf") as pdf:
        text = "\n\f\n".join(page.extract_text() or "" for page in pdf.pages)
    (out / f"{name}.txt").write_text(text, encoding="utf-8")
    docs.append((full.id, str(full.kind), str(full.status), full.number))
print(docs)
ctx.close()
for p in out.glob(f"{stem}.sqlite-*"):
    p.unlink()
