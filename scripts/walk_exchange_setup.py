"""Setup of the exchange walk (scripts/walk_exchange.sh): the head office (the demo committee plus a regional
bureau unit and its member) issues notice 240 whose three tasks fall to the bureau; the bureau is a new
database with its own profile. Usage: walk_exchange_setup.py DIR (writes DIR/head.sqlite and
DIR/bureau.sqlite)."""

import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from secretary_app.domain import models as m
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.issuing import DirectivePlan

root = Path(sys.argv[1])
root.mkdir(parents=True, exist_ok=True)
for name in ("head.sqlite", "bureau.sqlite"):
    for suffix in ("", "-wal", "-shm"):
        Path(str(root / name) + suffix).unlink(missing_ok=True)
ensure_demo_database(root / "head.sqlite")
head = open_context(root / "head.sqlite")
bureau_unit = head.units.save(m.Unit(name="Cơ quan thường trú miền Trung", short_name="CQTT MT"))
head.people.save(m.Person(name="Trần Văn Nam", position="Trưởng cơ quan thường trú", unit_id=bureau_unit.id))
agenda = m.AgendaItem(title="Kết luận giao ban tháng 12", presenter="Nguyễn Tuấn Hùng")
conclusion = (
    "Về công tác thông tin khu vực miền Trung:\n"
    "- Tăng cường thông tin về phòng, chống bão lũ miền Trung.\n"
    "- Tổ chức hội nghị cộng tác viên khu vực miền Trung.\n"
    "- Báo cáo kết quả thông tin bầu cử tại các tỉnh miền Trung."
)
meeting = head.meetings.create(
    m.Meeting(
        title="Hội nghị giao ban cấp ủy tháng 12",
        kind="Giao ban cấp ủy",
        start=datetime(2026, 12, 1, 8, 0),
        chair="Nguyễn Tuấn Hùng",
        secretary="Đỗ Thị Trang",
        agenda=[agenda],
        minutes=[m.MinutesEntry(m.MinutesEntryKind.CONCLUSION, conclusion, "Nguyễn Tuấn Hùng", agenda.uuid)],
    )
)
draft = head.issuing.draft_notice(meeting.id)
items = [b for _heading, b in head.issuing.conclusion_items(draft)]
for n, block in enumerate(items[-3:]):
    head.issuing.set_directive_plan(
        draft, block.ref, DirectivePlan(lead_unit_id=bureau_unit.id, deadline=date(2027, 1 + n, 28))
    )
draft = head.issuing.save_draft(draft)
issued = head.issuing.issue(draft.id, on_date=date(2026, 12, 2))
tasks = [d for d in head.directives.list_directives() if d.document_id == issued.id]
print("issued", head.issuing.symbol(issued), [(t.content[:40], t.lead_unit_id) for t in tasks])
head.close()

bureau = open_context(root / "bureau.sqlite", create=True)
bureau.organisation.save(
    m.OrganisationProfile(
        issuing_body="CHI BỘ CƠ QUAN THƯỜNG TRÚ MIỀN TRUNG",
        parent_body="ĐẢNG BỘ THÔNG TẤN XÃ VIỆT NAM",
        code="CB",
        place="Đà Nẵng",
    )
)
bureau.close()
