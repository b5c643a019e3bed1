"""Drafting documents from a meeting: the conclusion notice and the minutes (biên bản).

``notice_from_meeting`` and ``minutes_from_meeting`` give the document model of DESIGN.md in its JSON form:
it is what the register stores (the SQLite boundary) as a first draft the secretary edits, and a draft may be
incomplete (no signer yet), which the typed, validated ``Document`` is not. What prints from here goes
through ``minutes_document``, the typed form.

Typing conventions the composer understands in the chair's conclusion: a line that starts with a task marker
(domain.document.TASK_MARKERS, "- …") is a task (it becomes a tracked directive when the notice is issued),
a short line ending with ":" groups the tasks after it ("Về công tác thông tin:"), anything else is a
paragraph.
"""

from __future__ import annotations

from typing import Any

from secretary_app.domain import models as m
from secretary_app.domain.document import (
    Document,
    document_from_dict,
    issuer_from_profile,
    issuer_to_dict,
    task_text,
)
from secretary_app.domain.numbering import TYPE_CODES
from secretary_app.domain.text import fold, vn_date_short


def _issuer(profile: m.OrganisationProfile) -> dict:
    return issuer_to_dict(issuer_from_profile(profile))


def _signature(profile: m.OrganisationProfile, signer: m.Signer | None) -> dict:
    signer = signer or (profile.signers[0] if profile.signers else None)
    if signer is None:
        return {"authority": "", "position": "", "name": ""}
    return {"authority": signer.authority, "position": signer.position, "name": signer.name}


def _people_phrase(names: list[str]) -> str:
    return ", ".join(n for n in names if n)


def conclusion_blocks(text: str) -> list[dict]:
    """Blocks from a conclusion typed in the minutes (see the module docstring for the conventions)."""
    blocks: list[dict] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        task = task_text(line)
        if task is not None:
            blocks.append({"type": "item", "text": task, "ref": m.new_uuid()})
        elif (
            line.endswith(":") and len(line.split()) <= 15
        ):  # "Về công tác …:"; a long lead-in stays a paragraph
            blocks.append({"type": "subheading", "text": line})
        else:
            blocks.append({"type": "paragraph", "text": line})
    return blocks


def _speaker(meeting: m.Meeting, name: str) -> str:
    """ "Đồng chí X" for a person of the meeting; a group ("Đại diện 5 tổ chức đảng") stays as written."""
    people = {a.name for a in meeting.attendance} | {meeting.chair, meeting.secretary}
    return f"Đồng chí {name}" if name in people else name


def _entry_paragraph(meeting: m.Meeting, entry: m.MinutesEntry) -> str:
    if entry.kind == m.MinutesEntryKind.VOTE and entry.vote:
        for_pct, against_pct, other_pct = entry.vote.percentages()
        return (
            f"{entry.text}: {entry.vote.for_count}/{entry.vote.total} ý kiến tán thành ({for_pct:g}%), "
            f"{entry.vote.against_count} không tán thành ({against_pct:g}%), "
            f"{entry.vote.other_count} ý kiến khác ({other_pct:g}%)."
        )
    if entry.speaker and entry.kind == m.MinutesEntryKind.REPORT:
        return f"{_speaker(meeting, entry.speaker)} trình bày: {entry.text}"
    if entry.speaker and entry.kind == m.MinutesEntryKind.OPINION:
        return f"{_speaker(meeting, entry.speaker)} phát biểu: {entry.text}"
    return entry.text


def _attendance_paragraph(meeting: m.Meeting) -> str:
    counts = m.attendance_counts(meeting.attendance)
    parts = []
    if counts.total:
        parts.append(f"Dự Hội nghị có {counts.present}/{counts.total} đồng chí ủy viên")
        absent = [a for a in meeting.attendance if not a.is_guest and a.status.startswith("absent")]
        if absent:
            listed = "; ".join(f"đồng chí {a.name}" + (f" ({a.reason})" if a.reason else "") for a in absent)
            parts.append(f"vắng {counts.absent} đồng chí: {listed}")
    guests = meeting.guests + [a.name for a in meeting.attendance if a.is_guest]
    if guests:
        parts.append(f"mời dự: {_people_phrase(guests)}")
    sentence = "; ".join(parts)
    if meeting.online_sites:
        sentence += (". " if sentence else "") + (
            f"Các điểm cầu dự Hội nghị trực tuyến: {_people_phrase(meeting.online_sites)}"
        )
    return sentence + "." if sentence else ""


def notice_from_meeting(
    meeting: m.Meeting, profile: m.OrganisationProfile, signer: m.Signer | None = None
) -> dict:
    """A draft conclusion notice (thông báo kết luận) for ``meeting``."""
    chair = f"đồng chí {meeting.chair}" if meeting.chair else "Thường trực cấp ủy"
    place = f" tại {meeting.place}" if meeting.place else ""
    body: list[dict] = [
        {
            "type": "paragraph",
            "text": f"Ngày {vn_date_short(meeting.start.date())}{place}, dưới sự chủ trì của {chair}, "
            f"đã diễn ra {meeting.title}.",
        }
    ]
    attendance = _attendance_paragraph(meeting)
    if attendance:
        body.append({"type": "paragraph", "text": attendance})

    conclusions = [e for e in meeting.minutes if e.kind == m.MinutesEntryKind.CONCLUSION]
    # The agenda item that holds the chair's conclusion ("Kết luận Hội nghị") is the conclusion section
    # itself: printing it as a numbered section too would say "Kết luận" twice.
    closing_items = {e.agenda_item_uuid for e in conclusions} | {
        a.uuid for a in meeting.agenda if "ket luan" in fold(a.title)
    }
    number = 0
    for item in meeting.agenda:
        if item.uuid in closing_items:
            continue
        entries = [
            e
            for e in meeting.minutes
            if e.agenda_item_uuid == item.uuid and e.kind != m.MinutesEntryKind.CONCLUSION
        ]
        number += 1
        body.append({"type": "heading", "text": f"{number}. {item.title}"})
        if item.presenter and not any(e.kind == m.MinutesEntryKind.REPORT for e in entries):
            body.append(
                {"type": "paragraph", "text": f"{_speaker(meeting, item.presenter)} trình bày nội dung."}
            )
        body.extend({"type": "paragraph", "text": _entry_paragraph(meeting, e)} for e in entries)

    number += 1
    body.append({"type": "heading", "text": f"{number}. Kết luận Hội nghị"})
    typed = [block for entry in conclusions for block in conclusion_blocks(entry.text)]
    if not typed or typed[0]["type"] != "paragraph":  # the chair's own lead-in, when typed, replaces ours
        body.append({"type": "paragraph", "text": f"Thay mặt chủ trì, {chair} kết luận như sau:"})
    body.extend(typed)
    body.extend(
        {"type": "paragraph", "text": _entry_paragraph(meeting, e)}
        for e in meeting.minutes
        if e.agenda_item_uuid in closing_items and e.kind != m.MinutesEntryKind.CONCLUSION
    )
    body.append(
        {
            "type": "paragraph",
            "text": f"Trên đây là kết luận của {meeting.title}. Đề nghị các cấp ủy, tổ chức đảng và các đơn "
            "vị "
            "biết và triển khai thực hiện./.",
        }
    )
    return {
        "standard": str(profile.standard),
        "kind": "notice",
        "issuer": _issuer(profile),
        "number": None,
        "type_code": TYPE_CODES[m.DocumentKind.NOTICE],
        "place": profile.place,
        "date": meeting.start.date().isoformat(),
        "title": "THÔNG BÁO",
        "subject": meeting.title,
        "body": body,
        "signature": _signature(profile, signer),
        "recipients": list(profile.default_recipients),
        "draft": True,
        "meta": {"meeting_uuid": meeting.uuid, "directives": {}},
    }


def minutes_from_meeting(meeting: m.Meeting, profile: m.OrganisationProfile) -> dict:
    """The minutes (biên bản) of ``meeting`` as a document, two signatures: secretary left, chair right."""
    counts = m.attendance_counts(meeting.attendance)
    items = []
    for item in meeting.agenda:
        entries = [e for e in meeting.minutes if e.agenda_item_uuid == item.uuid]
        items.append(
            {
                "title": item.title,
                "content": [
                    {"type": "paragraph", "text": _entry_paragraph(meeting, e)}
                    for e in entries
                    if e.kind == m.MinutesEntryKind.REPORT
                ],
                "speeches": [
                    {"speaker": e.speaker or "Ý kiến", "text": e.text}
                    for e in entries
                    if e.kind == m.MinutesEntryKind.OPINION
                ],
                "conclusion": "\n".join(e.text for e in entries if e.kind == m.MinutesEntryKind.CONCLUSION),
                "votes": [
                    {
                        "subject": e.text,
                        "for": e.vote.for_count,
                        "against": e.vote.against_count,
                        "other": e.vote.other_count,
                    }
                    for e in entries
                    if e.kind == m.MinutesEntryKind.VOTE and e.vote
                ],
            }
        )
    party = profile.standard == m.Standard.PARTY
    minutes: dict[str, Any] = {
        "start": meeting.start.strftime("%H:%M"),
        "end": meeting.end.strftime("%H:%M") if meeting.end else "",
        "place": meeting.place,
        "form": "trực tiếp kết hợp trực tuyến" if meeting.online_sites else "trực tiếp",
        "online_sites": meeting.online_sites,
        "guests": meeting.guests + [a.name for a in meeting.attendance if a.is_guest],
        "chair": meeting.chair,
        "secretary": meeting.secretary,
        "agenda": [a.title for a in meeting.agenda],
        "items": items,
    }
    if counts.total:
        minutes["attendance"] = {
            "total": counts.total,
            "official": counts.official,
            "probationary": counts.probationary,
            "present": counts.present,
            "absent": counts.absent,
        }
        minutes["absentees"] = [
            {"name": a.name, "reason": a.reason}
            for a in meeting.attendance
            if not a.is_guest and a.status.startswith("absent")
        ]
    return {
        "standard": str(profile.standard),
        "kind": "minutes",
        "issuer": _issuer(profile),
        "number": None,
        "type_code": TYPE_CODES[m.DocumentKind.MINUTES],
        "place": profile.place,
        "date": meeting.start.date().isoformat(),
        "title": "BIÊN BẢN",
        "subject": meeting.title,
        "minutes": minutes,
        "signature": {"position": "CHỦ TRÌ HỘI NGHỊ" if party else "CHỦ TỌA", "name": meeting.chair or "…"},
        "signature_left": {
            "position": "THƯ KÝ HỘI NGHỊ" if party else "THƯ KÝ",
            "name": meeting.secretary or "…",
        },
        "recipients": [f"Lưu {profile.office_name}" if party and profile.office_name else "Lưu hồ sơ"],
        "meta": {"meeting_uuid": meeting.uuid, "minutes_version": meeting.minutes_version},
    }


def minutes_document(meeting: m.Meeting, profile: m.OrganisationProfile) -> Document:
    """The minutes of ``meeting`` as the typed, validated document that prints (raises DocumentError, with a
    Vietnamese message naming the key, when the meeting lacks what minutes must state)."""
    return document_from_dict(minutes_from_meeting(meeting, profile))
