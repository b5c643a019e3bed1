"""Build a synthetic ten-year committee database for the board and search benchmarks.

    .venv/bin/python bench/make_big_db.py [OUT.sqlite] [--seed N]

Ten years (2016–2025) of one Đảng ủy: 5,000 meetings with ~6 minutes entries each, 2,000 conclusion notices
with full text, 100,000 directives (about 30% with progress notes), 40 units. The text is assembled from
phrase lists of real Party-committee vocabulary, so word frequencies (đảng, công tác, thực hiện…) are as
skewed as in real minutes, which is what makes search hard.

Follow-up state is realistic for a date of 15/11/2025: old directives are mostly done (some late), a few
were cancelled, a few stay overdue; recent ones are open; ~15% are standing duties ("thường xuyên").

Rows are written with secretary_app.db.bulk.bulk_load (one transaction, no per-row audit entries, search
index rebuilt once at the end), not through the Store's audited row-by-row saves, which would take many
minutes for this volume. The file is created by the app's own migrations first, so its schema is the real one.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from secretary_app.db.bulk import bulk_load  # noqa: E402
from secretary_app.db.database import close, open_store  # noqa: E402
from secretary_app.domain.deadlines import add_working_days  # noqa: E402
from secretary_app.domain.models import OrganisationProfile, Standard  # noqa: E402

DEFAULT_PATH = Path(tempfile.gettempdir()) / "secretary-bench" / "big.sqlite"
AS_OF = date(2025, 11, 15)  # the "today" the follow-up state is realistic for (board_bench uses it)
YEARS = range(2016, 2026)
MEETINGS, DOCUMENTS, DIRECTIVES = 5_000, 2_000, 100_000

UNITS = [
    ("Văn phòng Đảng ủy", "VPĐU"),
    ("Ban Tổ chức Đảng ủy", "BTC"),
    ("Ban Tuyên giáo Đảng ủy", "BTG"),
    ("Ủy ban Kiểm tra Đảng ủy", "UBKT"),
    ("Ban Dân vận Đảng ủy", "BDV"),
    ("Công đoàn cơ quan", "CĐ"),
    ("Đoàn Thanh niên", "ĐTN"),
    ("Hội Cựu chiến binh", "CCB"),
    ("Ban Thư ký Biên tập", "TKBT"),
    ("Ban Biên tập Tin Trong nước", "TTN"),
    ("Ban Biên tập Tin Đối ngoại", "TĐN"),
    ("Ban Biên tập Ảnh", "ẢNH"),
    ("Trung tâm Truyền hình", "TTH"),
    ("Trung tâm Kỹ thuật", "TTKT"),
    ("Ban Kế hoạch - Tài chính", "KHTC"),
    ("Ban Tổ chức - Cán bộ", "TCCB"),
    ("Ban Hợp tác quốc tế", "HTQT"),
    ("Ban Kiểm tra", "BKT"),
    ("Báo Tin tức", "BTT"),
    ("Báo Thể thao và Văn hóa", "TTVH"),
    ("Tạp chí Ảnh Việt Nam", "TCA"),
    ("Nhà xuất bản Thông tấn", "NXB"),
    ("Trung tâm Thông tin tư liệu", "TTTL"),
    ("Văn phòng Tổng Giám đốc", "VPTGĐ"),
] + [(f"Chi bộ Cơ quan thường trú khu vực {i}", f"CB{i}") for i in range(1, 17)]
PEOPLE = [
    "Nguyễn Tuấn Hùng", "Hà Thị Mai An", "Đỗ Thị Trang", "Trần Văn Bình", "Lê Thị Hoa", "Phạm Quốc Dũng",
    "Vũ Minh Đức", "Đặng Thu Hà", "Bùi Văn Long", "Hoàng Thị Lan", "Ngô Đức Thắng", "Dương Thị Nga",
    "Phan Văn Khải", "Trịnh Thị Hằng", "Lý Quang Vinh", "Đinh Thị Thủy", "Cao Xuân Sơn", "Mai Thị Liên",
]  # fmt: skip
MEETING_KINDS = [
    "Hội nghị giao ban cấp ủy", "Hội nghị Ban Chấp hành Đảng bộ", "Họp Ban Thường vụ Đảng ủy",
    "Sinh hoạt chi bộ thường kỳ", "Hội nghị sơ kết", "Hội nghị tổng kết", "Hội nghị chuyên đề",
]  # fmt: skip
PLACES = [
    "Số 5 Lý Thường Kiệt, Hà Nội",
    "Phòng họp tầng 3, số 79 Lý Thường Kiệt",
    "Hội trường lớn",
    "Trực tuyến",
]
FIELDS = [
    "công tác thông tin",
    "công tác tuyên truyền",
    "công tác xây dựng Đảng",
    "công tác kiểm tra, giám sát",
    "công tác cán bộ",
    "công tác dân vận",
    "công tác phát triển đảng viên",
    "công tác thi đua, khen thưởng",
    "công tác phòng, chống tham nhũng, lãng phí",
    "chuyển đổi số",
    "cải cách hành chính",
    "công tác tài chính",
    "công tác đối ngoại",
    "công tác bảo vệ chính trị nội bộ",
    "công tác đào tạo, bồi dưỡng",
    "thực hành tiết kiệm",
    "phòng, chống dịch COVID-19",
    "công tác an ninh mạng",
    "quản lý tài sản công",
]
VERBS = [
    "Tăng cường",
    "Tiếp tục đẩy mạnh",
    "Triển khai thực hiện",
    "Nâng cao chất lượng",
    "Rà soát, hoàn thiện",
    "Chỉ đạo thực hiện tốt",
    "Tổ chức sơ kết",
    "Xây dựng kế hoạch",
    "Kiện toàn",
    "Đổi mới nội dung, phương thức",
    "Quán triệt, triển khai",
    "Báo cáo kết quả",
    "Tham mưu ban hành",
    "Hoàn thành",
]
TAILS = [
    "trong toàn Đảng bộ", "theo Nghị quyết Đại hội Đảng bộ nhiệm kỳ {term}", "của các chi bộ trực thuộc",
    "gắn với thực hiện Chỉ thị số 05-CT/TW", "bảo đảm đúng quy định", "theo chỉ đạo của Thường trực Đảng ủy",
    "năm {year}", "trong {period}", "ở các đơn vị thông tin", "đối với cán bộ, đảng viên",
]  # fmt: skip
PERIODS = ["quý I", "quý II", "quý III", "quý IV", "6 tháng đầu năm", "6 tháng cuối năm", "3 tháng cuối năm"]
OPINIONS = [
    "Đồng chí {who} đề nghị làm rõ trách nhiệm của tập thể, cá nhân trong {field}.",
    "Đồng chí {who} báo cáo kết quả {field} {period} năm {year}, nêu những tồn tại, hạn chế và nguyên nhân.",
    "Các ý kiến thống nhất với dự thảo báo cáo; đề nghị bổ sung số liệu về {field}.",
    "Đồng chí {who} kết luận: các đơn vị {verb} {field}, báo cáo Thường trực Đảng ủy trước ngày {day}.",
    "Hội nghị biểu quyết thông qua chủ trương về {field} với 100% đại biểu có mặt tán thành.",
]  # fmt: skip
HEADINGS = [
    "Về công tác thông tin",
    "Về các lĩnh vực công tác của ngành",
    "Về công tác xây dựng Đảng",
    "Về công tác kiểm tra, giám sát",
    "Về công tác dân vận",
    "Về công tác tổ chức, cán bộ",
]
NOTES = [
    "Đã xây dựng kế hoạch triển khai",
    "Đang tổng hợp báo cáo của các chi bộ",
    "Đã tổ chức hội nghị quán triệt",
    "Đã trình Ban Thường vụ xem xét",
    "Đang hoàn thiện dự thảo",
]


def _term(year: int) -> str:
    start = 2015 + 5 * ((year - 2015) // 5)
    return f"{start}-{start + 5}"


def _phrase(rnd: random.Random, year: int) -> str:
    tail = rnd.choice(TAILS).format(term=_term(year), year=year, period=rnd.choice(PERIODS))
    return f"{rnd.choice(VERBS)} {rnd.choice(FIELDS)} {tail}"


def _deadline(rnd: random.Random, doc_date: date) -> tuple[date | None, bool, str]:
    roll = rnd.random()
    if roll < 0.15:
        return None, True, "Thường xuyên"
    if roll < 0.25:
        n = rnd.choice((5, 10, 15, 20))
        return add_working_days(doc_date, n), False, f"{n} ngày làm việc"
    if roll < 0.6:
        quarter_end = date(doc_date.year, 3 * ((doc_date.month - 1) // 3) + 3, 1) + timedelta(days=31)
        end = quarter_end.replace(day=1) - timedelta(days=1)
        return end, False, f"quý {['I', 'II', 'III', 'IV'][(end.month - 1) // 3]}/{end.year}"
    if roll < 0.85:
        return date(doc_date.year, 12, 31), False, f"năm {doc_date.year}"
    day = doc_date + timedelta(days=rnd.randint(10, 120))
    return day, False, f"trước ngày {day.day:02d}/{day.month:02d}/{day.year}"


def build(path: Path, seed: int = 2021) -> dict[str, int]:
    rnd = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = open_store(path, actor="bench", create=True)
    store.save_organisation(
        OrganisationProfile("ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM", "ĐU", "Hà Nội", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TW",
                            Standard.PARTY, date(2020, 6, 1), "2020-2025", "VPĐU")
    )  # fmt: skip
    units = [{"id": i + 1, "name": n, "short_name": s} for i, (n, s) in enumerate(UNITS)]
    people = [{"id": i + 1, "name": n, "position": "Ủy viên Ban Chấp hành"} for i, n in enumerate(PEOPLE)]

    days = [date(y, 1, 1) + timedelta(days=d) for y in YEARS for d in range(365)]
    meetings, minutes = [], []
    meeting_dates = sorted(rnd.choice(days) for _ in range(MEETINGS))
    for mid, day in enumerate(meeting_dates, start=1):
        kind, chair = rnd.choice(MEETING_KINDS), rnd.choice(PEOPLE[:4])
        start = datetime(day.year, day.month, day.day, rnd.choice((8, 14)), 0)
        meetings.append(
            {
                "id": mid,
                "title": f"{kind} {_phrase(rnd, day.year).lower()}",
                "kind": kind,
                "start": start.isoformat(),
                "end": (start + timedelta(hours=3)).isoformat(),
                "place": rnd.choice(PLACES),
                "chair": chair,
                "secretary": "Đỗ Thị Trang",
                "status": "minutes_final" if day < AS_OF else "planned",
            }
        )
        for order in range(rnd.randint(3, 9)):
            text = rnd.choice(OPINIONS).format(
                who=rnd.choice(PEOPLE), field=rnd.choice(FIELDS), period=rnd.choice(PERIODS), year=day.year,
                verb=rnd.choice(VERBS).lower(), day=f"{rnd.randint(1, 28)}/{rnd.randint(1, 12)}/{day.year}",
            )  # fmt: skip
            kind_ = "conclusion" if "kết luận" in text else "opinion"
            minutes.append(
                {"meeting_id": mid, "kind": kind_, "text": text, "speaker": rnd.choice(PEOPLE), "ord": order}
            )

    minutes_by_meeting: dict[int, list[str]] = {}
    for entry in minutes:
        minutes_by_meeting.setdefault(entry["meeting_id"], []).append(entry["text"])
    documents, directives, notes = [], [], []
    per_doc = DIRECTIVES // DOCUMENTS
    noticed = sorted(rnd.sample(range(1, MEETINGS + 1), DOCUMENTS))
    numbers: dict[str, int] = {}
    for did, mid in enumerate(noticed, start=1):
        doc_date = date.fromisoformat(meetings[mid - 1]["start"][:10])
        term = _term(doc_date.year)
        numbers[term] = numbers.get(term, 0) + 1
        items = [_phrase(rnd, doc_date.year) for _ in range(per_doc)]
        headings = [HEADINGS[i * len(HEADINGS) // per_doc] for i in range(per_doc)]
        body = [{"type": "paragraph", "text": f"Ngày {doc_date:%d/%m/%Y}, {meetings[mid - 1]['title']}."}]
        body += [{"type": "paragraph", "text": text} for text in minutes_by_meeting.get(mid, [])[:6]]
        body += [{"type": "heading", "text": "Hội nghị kết luận như sau:"}]
        for heading in dict.fromkeys(headings):
            body.append({"type": "subheading", "text": heading + ":"})
            body += [
                {"type": "item", "text": t} for t, h in zip(items, headings, strict=True) if h == heading
            ]
        subject = meetings[mid - 1]["title"]
        content = {
            "standard": "party",
            "kind": "notice",
            "title": "THÔNG BÁO",
            "subject": subject,
            "body": body,
            "issuer": {"code": "ĐU", "name": "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM"},
            "type_code": "TB",
            "number": numbers[term],
            "date": doc_date.isoformat(),
        }
        documents.append(
            {
                "id": did,
                "kind": "notice",
                "standard": "party",
                "type_code": "TB",
                "subject": subject,
                "doc_date": doc_date.isoformat(),
                "number": numbers[term],
                "status": "issued",
                "signer_name": "Nguyễn Tuấn Hùng",
                "meeting_id": mid,
                "content": json.dumps(content, ensure_ascii=False),
                "issued_at": f"{doc_date.isoformat()}T16:00:00",
            }
        )
        for order, (text, heading) in enumerate(zip(items, headings, strict=True)):
            deadline, ongoing, deadline_text = _deadline(rnd, doc_date)
            row = {
                "id": len(directives) + 1,
                "content": text,
                "heading": heading,
                "document_id": did,
                "meeting_id": mid,
                "lead_unit_id": rnd.randint(1, len(UNITS)),
                "deadline": deadline.isoformat() if deadline else None,
                "ongoing": int(ongoing),
                "deadline_text": deadline_text,
                "status": "open",
                "completed_on": None,
                "result": "",
                "ord": order,
            }
            due = deadline or doc_date + timedelta(days=365)
            age = (AS_OF - due).days
            roll = rnd.random()
            if age > 60 and roll < 0.93 or age > 0 and roll < 0.6:
                late = rnd.random() < 0.12
                done = (
                    due + timedelta(days=rnd.randint(1, 40))
                    if late
                    else due - timedelta(days=rnd.randint(0, 30))
                )
                row.update(
                    status="done",
                    completed_on=min(done, AS_OF).isoformat(),
                    result="Đã hoàn thành, có báo cáo.",
                )
            elif age > 60 and roll < 0.96:
                row.update(status="cancelled", result="Không tiếp tục thực hiện do thay đổi chủ trương.")
            directives.append(row)
            if rnd.random() < 0.3:
                for k in range(rnd.randint(1, 2)):
                    note_day = min(doc_date + timedelta(days=15 * (k + 1)), AS_OF)
                    notes.append({"directive_id": row["id"], "note_date": note_day.isoformat(),
                                  "text": rnd.choice(NOTES), "ord": k})  # fmt: skip

    counts = bulk_load(
        store.db,
        {"units": units, "people": people, "meetings": meetings, "minutes_entries": minutes,
         "documents": documents, "directives": directives, "progress_notes": notes},
        actor="bench/make_big_db.py",
    )  # fmt: skip
    store.db.execute("ANALYZE")
    close(store)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()
    started = time.perf_counter()
    counts = build(args.path, args.seed)
    for table, n in counts.items():
        print(f"{table}_rows: {n} rows")
    print(f"build_s: {time.perf_counter() - started:.1f} s")
    print(f"db_size_mb: {args.path.stat().st_size / 1e6:.0f} MB")
    print(f"path: {args.path}")


if __name__ == "__main__":
    main()
