"""The report back (báo cáo kết quả thực hiện) answering a received document, drafted from the tasks it
brought: what each task's lead unit did (its progress notes and result), what is still open, what is late.

It is a draft the secretary edits and issues like any other document (the composer, "Cấp số"); its JSON form
follows DESIGN.md's document model, numbered as a báo cáo ("Số …-BC/…") in the profile's standard, addressed
to the sender ("… (để b/c)"), and its ``meta.answers_incoming`` names the register's record by UUID.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from secretary_app.domain import models as m
from secretary_app.domain.deadlines import DONE_STATUSES, DeadlineStatus, deadline_display, directive_status
from secretary_app.domain.document import issuer_from_profile, issuer_to_dict
from secretary_app.domain.incoming import IncomingDocument
from secretary_app.domain.numbering import TYPE_CODES
from secretary_app.domain.text import vn_date_short


def _reference(document: IncomingDocument) -> str:
    """ "Kết luận số 445-KL/TU ngày 12/10/2026 của Tỉnh ủy" """
    kind = document.type_name or "Văn bản"
    symbol = f" số {document.symbol}" if document.symbol else ""
    dated = f" ngày {vn_date_short(document.doc_date)}" if document.doc_date else ""
    return f"{kind}{symbol}{dated} của {document.sender}"


def _task_result(task: m.Directive, status: DeadlineStatus) -> str:
    parts = []
    for note in task.notes:
        parts.append(f"{note.text.rstrip('.;')} ({vn_date_short(note.note_date)})")
    if task.result:
        parts.append(task.result.rstrip(".;"))
    if status in DONE_STATUSES and task.completed_on is not None:
        parts.append(f"hoàn thành ngày {vn_date_short(task.completed_on)}")
    return "; ".join(parts)


def report_content(
    profile: m.OrganisationProfile | None,
    document: IncomingDocument,
    tasks: Sequence[m.Directive],
    units: Mapping[int | None, str],
    today: date,
) -> dict:
    """The report's document model (JSON form) for ``document`` and its ``tasks`` as of ``today``."""
    statuses = [directive_status(t, today) for t in tasks]
    live = [(t, s) for t, s in zip(tasks, statuses, strict=True) if s != DeadlineStatus.CANCELLED]
    done = sum(1 for _, s in live if s in DONE_STATUSES)
    overdue = [(t, s) for t, s in live if s == DeadlineStatus.OVERDUE]
    reference = _reference(document)
    summary = document.summary[:1].lower() + document.summary[1:]
    # A trích yếu read from the header may already start "về …" or "của Ban Thường vụ … về …": never "về của".
    about = f" {summary}" if summary.startswith(("về ", "của ")) else f" về {summary}" if summary else ""
    body: list[dict] = [
        {
            "type": "paragraph",
            "text": f"Thực hiện {reference}{about}, xin báo cáo kết quả thực hiện "
            f"(tính đến ngày {vn_date_short(today)}) như sau:",
        },
        {"type": "section", "number": "I-", "text": "KẾT QUẢ THỰC HIỆN"},
        {
            "type": "paragraph",
            "text": f"Tổng số nhiệm vụ: {len(live)}; đã hoàn thành {done}; đang thực hiện {len(live) - done}"
            + (f", trong đó {len(overdue)} nhiệm vụ quá hạn." if overdue else "."),
        },
    ]
    for number, (task, status) in enumerate(live, start=1):
        unit = units.get(task.lead_unit_id, "")
        lead = f" ({unit} chủ trì)" if unit else ""
        body.append({"type": "heading", "text": f"{number}. {task.content.rstrip('.;')}{lead}"})
        result = _task_result(task, status)
        deadline = deadline_display(task.deadline, task.ongoing, task.deadline_text)
        dated = deadline and not task.ongoing  # "thường xuyên" is said by the status already
        facts = f"Tình hình: {status.label.lower()}" + (f" (thời hạn: {deadline})" if dated else "")
        body.append(
            {
                "type": "paragraph",
                "text": f"{facts}. {result[:1].upper()}{result[1:]}." if result else f"{facts}.",
            }
        )
    body.append(
        {
            "type": "table",
            "columns": ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tình hình"],
            "rows": [
                [
                    str(i),
                    t.content,
                    units.get(t.lead_unit_id, "") or "—",
                    deadline_display(t.deadline, t.ongoing, t.deadline_text) or "—",
                    s.label,
                ]
                for i, (t, s) in enumerate(live, start=1)
            ],
            "widths": [0.7, 4.2, 1.8, 1.4, 1.6],
        }
    )
    body.append({"type": "section", "number": "II-", "text": "PHƯƠNG HƯỚNG, ĐỀ XUẤT"})
    body.append(
        {
            "type": "paragraph",
            "text": "Tiếp tục chỉ đạo hoàn thành các nhiệm vụ còn lại"
            + (", khắc phục các nhiệm vụ đã quá hạn" if overdue else "")
            + f"; báo cáo {document.sender} kết quả thực hiện theo quy định./.",
        }
    )
    signer = profile.signers[0] if profile and profile.signers else None
    return {
        "standard": str(profile.standard) if profile else "party",
        "kind": "report",
        "issuer": issuer_to_dict(issuer_from_profile(profile)),
        "type_code": TYPE_CODES[m.DocumentKind.REPORT],
        "place": profile.place if profile and profile.place else "Hà Nội",
        "date": today.isoformat(),
        "title": "BÁO CÁO",
        "subject": f"Kết quả thực hiện {reference}"[:400],
        "body": body,
        "signature": {"authority": signer.authority, "position": signer.position, "name": signer.name}
        if signer
        else {"authority": "", "position": "", "name": "……………………………"},  # signed by hand
        "recipients": [
            f"{document.sender} (để b/c)",
            f"Lưu {profile.office_name}" if profile and profile.office_name else "Lưu văn phòng",
        ],
        "marks": {"secrecy": document.secrecy or None, "urgency": None},
        "meta": {"report": "incoming_result", "answers_incoming": document.uuid},
    }
