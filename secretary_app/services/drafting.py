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

import re
from typing import Any

from secretary_app.domain import models as m
from secretary_app.domain.document import Document, issuer_from_profile, issuer_to_dict, task_text
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.meeting_rules import meeting_quorum, percent
from secretary_app.domain.meeting_templates import is_review_title
from secretary_app.domain.numbering import TYPE_CODES
from secretary_app.domain.text import fold, vn_date_short

_TRAILING = re.compile(r"[\s;,.:]+$")


def _issuer(profile: m.OrganisationProfile) -> dict:
    return issuer_to_dict(issuer_from_profile(profile))


def _signature(profile: m.OrganisationProfile, signer: m.Signer | None) -> dict:
    signer = signer or (profile.signers[0] if profile.signers else None)
    if signer is None:
        return {"authority": "", "position": "", "name": ""}
    return {"authority": signer.authority, "position": signer.position, "name": signer.name}


def _people_phrase(names: list[str]) -> str:
    return ", ".join(n for n in names if n)


_GROUP_START = re.compile(r"^(về|đối với|riêng|[0-9]+[.)]|[a-zđ][.)]|[IVX]+[.-])\s", re.IGNORECASE)


def _is_group_heading(line: str, next_line: str | None) -> bool:
    """A line ending with ":" heads a group of tasks only when tasks follow it and it reads as a heading
    ("Về công tác thông tin:", "2. Đối với các chi bộ:"), not as a lead-in sentence ("Hội nghị thống nhất
    giao các đơn vị như sau:", "Đồng chí Bí thư lưu ý:")."""
    if not line.endswith(":") or next_line is None or task_text(next_line) is None:
        return False
    if "như sau" in line.lower():
        return False
    return bool(_GROUP_START.match(line)) or len(line.split()) <= 6 and "," not in line


def conclusion_blocks(text: str) -> list[dict]:
    """Blocks from a conclusion typed in the minutes (see the module docstring for the conventions)."""
    lines = [raw.strip() for raw in text.splitlines() if raw.strip()]
    blocks: list[dict] = []
    for i, line in enumerate(lines):
        task = task_text(line)
        if line.startswith("+") and blocks and blocks[-1]["type"] == "item":
            # a sub-point of the task above: printed with its "+", not a task of its own
            blocks.append({"type": "item", "text": line})
        elif task is not None:
            blocks.append({"type": "item", "text": task, "ref": m.new_uuid()})
        elif _is_group_heading(line, lines[i + 1] if i + 1 < len(lines) else None):
            blocks.append({"type": "subheading", "text": line})
        else:
            blocks.append({"type": "paragraph", "text": line})
    return blocks


def _speaker(meeting: m.Meeting, name: str) -> str:
    """ "Đồng chí X" for a person of the meeting; a group ("Đại diện 5 tổ chức đảng") stays as written."""
    people = {a.name for a in meeting.attendance} | {meeting.chair, meeting.secretary}
    return f"Đồng chí {name}" if name in people else name


def _said(meeting: m.Meeting, speaker: str, verb: str, text: str) -> str:
    """ "Đồng chí X trình bày: …", unless the text already names its speaker ("Đồng chí X, Phó Bí thư, …")."""
    who = _speaker(meeting, speaker)
    opening = fold(text[: len(who) + 12])
    if fold(speaker) in opening:
        return text
    return f"{who} {verb}: {text}"


def _vote_phrase(meeting: m.Meeting, entry: m.MinutesEntry) -> str:
    assert entry.vote is not None
    subject = _TRAILING.sub("", entry.text)
    vote = entry.vote
    quorum = meeting_quorum(meeting)
    if quorum is not None:  # by the rules: over the members entitled to vote, not over the votes cast
        base = quorum.entitled
        return (
            f"{subject}: tán thành {vote.for_count}/{base} đồng chí, đạt {percent(vote.for_count, base)}%; "
            f"không tán thành {vote.against_count}/{base}; ý kiến khác {vote.other_count}/{base}."
        )
    for_pct, against_pct, other_pct = vote.percentages()
    return (
        f"{subject}: {vote.for_count}/{vote.total} ý kiến tán thành ({for_pct:g}%), "
        f"{vote.against_count} không tán thành ({against_pct:g}%), "
        f"{vote.other_count} ý kiến khác ({other_pct:g}%)."
    )


def _entry_paragraph(meeting: m.Meeting, entry: m.MinutesEntry) -> str:
    if entry.kind == m.MinutesEntryKind.VOTE and entry.vote:
        return _vote_phrase(meeting, entry)
    if entry.speaker and entry.kind == m.MinutesEntryKind.REPORT:
        return _said(meeting, entry.speaker, "trình bày", entry.text)
    if entry.speaker and entry.kind == m.MinutesEntryKind.OPINION:
        return _said(meeting, entry.speaker, "phát biểu", entry.text)
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


def _names(meeting: m.Meeting, speakers: list[str]) -> str:
    """ "các đồng chí A, B" for people of the meeting; groups as written; each name once."""
    seen: list[str] = []
    for name in speakers:
        if name and name not in seen:
            seen.append(name)
    people = [n for n in seen if _speaker(meeting, n) != n]
    groups = [n for n in seen if _speaker(meeting, n) == n]
    parts = []
    if people:
        parts.append(("các đồng chí " if len(people) > 1 else "đồng chí ") + ", ".join(people))
    parts.extend(g[:1].lower() + g[1:] for g in groups)
    return ", ".join(parts)


def notice_from_meeting(
    meeting: m.Meeting,
    profile: m.OrganisationProfile,
    signer: m.Signer | None = None,
    include_speeches: bool = False,
) -> dict:
    """A draft conclusion notice (thông báo kết luận) for ``meeting``, as a secretary drafts it: the opening
    paragraph (date, place, who chaired, who attended), what the meeting heard, then "Hội nghị kết luận như
    sau:" and the chair's conclusions grouped under their headings (the seed notice 239-TB/ĐU). Reports and
    speeches are not pasted verbatim unless ``include_speeches``: the secretary summarises them."""
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

    votes = [e for e in meeting.minutes if e.kind == m.MinutesEntryKind.VOTE and e.vote]
    number = 0
    heard: list[str] = []
    speakers: list[str] = []
    for item in meeting.agenda:
        entries = [e for e in meeting.minutes if e.agenda_item_uuid == item.uuid]
        reports = [e for e in entries if e.kind == m.MinutesEntryKind.REPORT]
        speakers += [e.speaker for e in entries if e.kind == m.MinutesEntryKind.OPINION]
        # The conclusion's own item, the discussion, the votes have their part below; the review of the
        # previous conclusions keeps its heading, services/review.py writes its paragraph under it.
        if not reports and not (item.presenter and not entries) and not is_review_title(item.title):
            continue
        number += 1
        body.append({"type": "heading", "text": f"{number}. {item.title}"})
        presenters = [e.speaker for e in reports if e.speaker] or [item.presenter]
        heard.append(item.title[:1].lower() + item.title[1:])
        if include_speeches and reports:
            body.extend({"type": "paragraph", "text": _entry_paragraph(meeting, e)} for e in reports)
        else:
            who = f"{_speaker(meeting, presenters[0])} trình bày" if presenters[0] else "Hội nghị nghe"
            body.append({"type": "paragraph", "text": f"{who} nội dung {heard[-1]}."})
    general = [e for e in meeting.minutes if e.agenda_item_uuid not in {a.uuid for a in meeting.agenda}]
    speakers += [e.speaker for e in general if e.kind == m.MinutesEntryKind.OPINION]
    if include_speeches:
        body.extend(
            {"type": "paragraph", "text": _entry_paragraph(meeting, e)}
            for e in meeting.minutes
            if e.kind == m.MinutesEntryKind.OPINION
        )

    typed = minutes_conclusion_blocks(meeting)
    own_lead_in = bool(typed) and typed[0]["type"] == "paragraph"  # the chair's own words replace ours
    discussed = _names(meeting, speakers)
    if own_lead_in and discussed and not include_speeches:
        body.append(
            {"type": "paragraph", "text": f"Tại Hội nghị, {discussed} đã phát biểu ý kiến thảo luận."}
        )
    number += 1
    body.append({"type": "heading", "text": f"{number}. Kết luận Hội nghị"})
    lead = []
    if heard:
        lead.append("các nội dung trình bày tại Hội nghị")
    if discussed:
        lead.append(f"ý kiến thảo luận của {discussed}")
    if not own_lead_in:
        lead_in = ("Sau khi nghe " + ", ".join(lead) + ", Hội nghị kết luận như sau:") if lead else ""
        body.append({"type": "paragraph", "text": lead_in or "Hội nghị kết luận như sau:"})
    body.extend(typed)
    body.extend({"type": "paragraph", "text": _entry_paragraph(meeting, e)} for e in votes)
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
        # What the conclusion section was drafted from: "Cập nhật từ biên bản" (services/draft_refresh.py)
        # compares the minutes with it later, so what the secretary typed by hand is told apart.
        "meta": {"meeting_uuid": meeting.uuid, "directives": {}, MINUTES_SNAPSHOT: block_snapshot(typed)},
    }


MINUTES_SNAPSHOT = "from_minutes"


def minutes_conclusion_blocks(meeting: m.Meeting) -> list[dict]:
    """The conclusion section's blocks as the minutes' conclusions give them (tasks, groups, paragraphs)."""
    conclusions = [e for e in meeting.minutes if e.kind == m.MinutesEntryKind.CONCLUSION]
    return [block for entry in conclusions for block in conclusion_blocks(entry.text)]


def block_snapshot(blocks: list[dict]) -> list[list[str]]:
    """[type, text] of each block: what a draft was made from, kept in its meta."""
    return [[str(b.get("type", "")), str(b.get("text", ""))] for b in blocks]


def _minutes_item(meeting: m.Meeting, title: str, entries: list[m.MinutesEntry], conclusions: bool) -> dict:
    return {
        "title": title,
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
        "conclusion": "\n".join(e.text for e in entries if e.kind == m.MinutesEntryKind.CONCLUSION)
        if conclusions
        else "",
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


def minutes_from_meeting(meeting: m.Meeting, profile: m.OrganisationProfile) -> dict:
    """The minutes (biên bản) of ``meeting`` as a document, two signatures: secretary left, chair right.

    Every entry is printed: those of each agenda item under it, those recorded outside the agenda ("Nội dung
    chung, ý kiến khác") in their own part, and the chair's conclusion recorded there as the minutes' own
    "Kết luận của đồng chí chủ trì" part — chosen by the entry's kind, never guessed from a title."""
    counts = m.attendance_counts(meeting.attendance)
    agenda_ids = {a.uuid for a in meeting.agenda}
    items = [
        _minutes_item(meeting, a.title, [e for e in meeting.minutes if e.agenda_item_uuid == a.uuid], True)
        for a in meeting.agenda
    ]
    general = [e for e in meeting.minutes if e.agenda_item_uuid not in agenda_ids]
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
        "approval": "các đồng chí dự Hội nghị",
    }
    if any(e.kind != m.MinutesEntryKind.CONCLUSION for e in general):
        minutes["general"] = _minutes_item(meeting, "Ý kiến khác", general, False)
    conclusion = "\n".join(e.text for e in general if e.kind == m.MinutesEntryKind.CONCLUSION)
    if conclusion:
        minutes["conclusion"] = conclusion
    quorum = meeting_quorum(meeting)
    if quorum is not None:
        minutes["quorum"] = quorum.sentence()
        minutes["noun"] = quorum.rule.noun
        minutes["entitled"] = quorum.entitled
        minutes["approval"] = f"các đồng chí {quorum.rule.members} dự Hội nghị"
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
