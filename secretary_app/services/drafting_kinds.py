"""First drafts of the kinds of issue 14: from a meeting (giấy mời, chương trình, nghị quyết, kết luận) or
from the kind's composer template (resources/templates/<kind>.json: quyết định, kế hoạch, tờ trình, and any
kind without a meeting).

Like ``services.drafting`` they return the document's JSON form, a draft the secretary edits: the committee's
own issuer, place, signer and archive line replace the template's sample ones, and the number and date are
left for issuing. The resolution and the conclusion reuse the notice drafting (``notice_from_meeting``): the
same opening, what the meeting heard and the chair's conclusions, under their own type name and closing.
"""

from __future__ import annotations

import json
from typing import Any

from secretary_app.domain import models as m
from secretary_app.domain.document import KIND_TITLES, issuer_from_profile, issuer_to_dict
from secretary_app.domain.errors import RuleError
from secretary_app.domain.numbering import TYPE_CODES
from secretary_app.paths import resource_path
from secretary_app.services.drafting import notice_from_meeting

K = m.DocumentKind
# The kinds a composer template exists for, in the order the "Văn bản mới" menu lists them.
TEMPLATE_KINDS = (K.INVITATION, K.PROGRAMME, K.RESOLUTION, K.CONCLUSION, K.DECISION, K.PLAN, K.SUBMISSION)
# The kinds a meeting drafts in one click ("Soạn giấy mời", "Soạn chương trình", …).
FROM_MEETING = (K.INVITATION, K.PROGRAMME, K.RESOLUTION, K.CONCLUSION)

_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def template(kind: m.DocumentKind | str) -> dict[str, Any]:
    """The composer template of ``kind`` as stored (its sample committee, signer and dates)."""
    kind = m.DocumentKind(kind)
    if kind not in TEMPLATE_KINDS:
        raise RuleError(f"Không có mẫu soạn thảo cho loại văn bản “{m.label(kind)}”.")
    return json.loads(resource_path("templates", f"{kind}.json").read_text(encoding="utf-8"))


def _signature(profile: m.OrganisationProfile, signer: m.Signer | None) -> dict[str, str]:
    signer = signer or (profile.signers[0] if profile.signers else None)
    if signer is None:
        return {"authority": "", "position": "", "name": ""}
    return {"authority": signer.authority, "position": signer.position, "name": signer.name}


def _archive_line(profile: m.OrganisationProfile) -> str:
    """ "Lưu VPĐU" (Party, no colon [R]) or "Lưu: VT" (NĐ 30 [P])."""
    if profile.standard == m.Standard.STATE:
        return "Lưu: VT" + (f", {profile.office_name}" if profile.office_name else "")
    return f"Lưu {profile.office_name or 'Văn phòng'}"


def _own(content: dict[str, Any], profile: m.OrganisationProfile, signer: m.Signer | None) -> dict[str, Any]:
    """``content`` made the committee's: its standard, issuer, place and signer; no number, no date."""
    recipients = [r for r in content.get("recipients", []) if not r.startswith("Lưu")]
    content.update(
        standard=str(profile.standard),
        issuer=issuer_to_dict(issuer_from_profile(profile)),
        number=None,
        type_code=TYPE_CODES[content["kind"]],
        place=profile.place,
        signature=_signature(profile, signer),
        recipients=recipients + [_archive_line(profile)],
        draft=True,
    )
    content.setdefault("meta", {})
    if content.get("enactor"):  # the body that decides is the committee's own
        content["enactor"] = (
            profile.issuing_body
            if profile.standard == m.Standard.STATE
            else f"BAN THƯỜNG VỤ {profile.issuing_body}"
        )
    return content


def from_template(
    kind: m.DocumentKind | str, profile: m.OrganisationProfile, signer: m.Signer | None = None
) -> dict[str, Any]:
    """A draft of ``kind`` from its composer template, for the committee of ``profile``."""
    content = _own(template(kind), profile, signer)
    content["date"] = None
    return content


def _when(meeting: m.Meeting) -> str:
    start = meeting.start
    return (
        f"{start.hour:02d} giờ {start.minute:02d} phút, {_WEEKDAYS[start.weekday()]}, "
        f"ngày {start.day:02d}/{start.month:02d}/{start.year}"
    )


def _invitees(meeting: m.Meeting) -> str:
    names = [
        f"đồng chí {a.name}" + (f", {a.position}" if a.position else "")
        for a in meeting.attendance
        if not a.is_guest
    ]
    guests = [a.name for a in meeting.attendance if a.is_guest] + list(meeting.guests)
    everyone = names + [g for g in guests if g]
    return "; ".join(everyone) if everyone else "các đồng chí ủy viên"


def invitation_from_meeting(
    meeting: m.Meeting, profile: m.OrganisationProfile, signer: m.Signer | None = None
) -> dict[str, Any]:
    """The giấy mời of ``meeting`` (NĐ 30 Mẫu 1.7: who is invited, to what, chaired by whom, when, where; then
    what to prepare): one click from the meeting page."""
    body: list[dict[str, Any]] = [
        {"type": "paragraph", "text": f"{_body_name(profile)} trân trọng kính mời: {_invitees(meeting)}."},
        {"type": "paragraph", "text": f"Tới dự {meeting.title}."},
    ]
    if meeting.agenda:
        body.append({"type": "paragraph", "text": "Nội dung:"})
        titles = [a.title.rstrip(" .;") for a in meeting.agenda]
        body += [
            {"type": "item", "text": t + ("." if i == len(titles) - 1 else ";")} for i, t in enumerate(titles)
        ]
    if meeting.chair:
        body.append({"type": "paragraph", "text": f"Chủ trì: Đồng chí {meeting.chair}."})
    body.append({"type": "paragraph", "text": f"Thời gian: {_when(meeting)}."})
    if meeting.place:
        body.append({"type": "paragraph", "text": f"Địa điểm: {meeting.place}."})
    if meeting.online_sites:
        body.append(
            {"type": "paragraph", "text": "Điểm cầu trực tuyến: " + "; ".join(meeting.online_sites) + "."}
        )
    body.append(
        {
            "type": "paragraph",
            "text": "Đề nghị các đồng chí nghiên cứu tài liệu gửi kèm, chuẩn bị ý kiến tham gia và dự họp "
            "đúng giờ./.",
        }
    )
    content = {
        "kind": "invitation",
        "title": KIND_TITLES["invitation"],
        "subject": f"Dự {meeting.title}",
        "date": None,
        "body": body,
        "recipients": ["Như trên"],
        "meta": {"meeting_uuid": meeting.uuid},
    }
    return _own(content, profile, signer)


def _body_name(profile: m.OrganisationProfile) -> str:
    name = profile.issuing_body.strip()
    return name[:1] + name[1:].lower() if name.isupper() else name


def programme_from_meeting(
    meeting: m.Meeting, profile: m.OrganisationProfile, signer: m.Signer | None = None
) -> dict[str, Any]:
    """The chương trình of ``meeting``: its agenda as a table of times and presenters (the first row starts at
    the meeting's time; the secretary fills in the others)."""
    start = f"{meeting.start.hour:02d}h{meeting.start.minute:02d}"  # "08h00", as programmes write it
    rows = [[start if i == 0 else "", a.title, a.presenter] for i, a in enumerate(meeting.agenda)]
    if meeting.end is not None:
        rows.append([f"{meeting.end.hour:02d}h{meeting.end.minute:02d}", "Bế mạc", ""])
    place = f" Địa điểm: {meeting.place}." if meeting.place else ""
    content = {
        "kind": "programme",
        "title": KIND_TITLES["programme"],
        "subject": meeting.title,
        "date": None,
        "body": [
            {"type": "paragraph", "text": f"Thời gian: ngày {meeting.start.strftime('%d/%m/%Y')}.{place}"},
            {
                "type": "table",
                "columns": ["Thời gian", "Nội dung", "Người thực hiện"],
                "widths": [1.3, 3.1, 1.6],
                "rows": rows or [[start, "", ""]],
            },
        ],
        "recipients": ["Các đồng chí dự Hội nghị"],
        "meta": {"meeting_uuid": meeting.uuid},
    }
    return _own(content, profile, signer)


_CLOSINGS = {
    K.RESOLUTION: "Nghị quyết này được phổ biến đến các chi bộ, đảng bộ bộ phận và đảng viên để thực hiện./.",
    K.CONCLUSION: "Đề nghị các cấp ủy, tổ chức đảng và các đơn vị nghiêm túc thực hiện Kết luận này./.",
}
_LEAD_INS = {K.RESOLUTION: "Hội nghị thống nhất quyết nghị:", K.CONCLUSION: "Hội nghị kết luận như sau:"}


def conclusions_document(
    kind: m.DocumentKind, meeting: m.Meeting, profile: m.OrganisationProfile, signer: m.Signer | None = None
) -> dict[str, Any]:
    """A nghị quyết or kết luận of ``meeting``, drafted from its conclusions as the notice is
    (``notice_from_meeting``), under its own type name, lead-in and closing. Its items are not tasks: only a
    notice turns items into tracked directives, so the same conclusions are never tracked twice."""
    content = notice_from_meeting(meeting, profile, signer)
    body = []
    for block in content["body"]:
        block = {k: v for k, v in block.items() if k != "ref"}
        if block["type"] == "paragraph" and block["text"].endswith("Hội nghị kết luận như sau:"):
            block["text"] = block["text"][: -len("Hội nghị kết luận như sau:")] + _LEAD_INS[kind]
        body.append(block)
    if body and body[-1]["type"] == "paragraph" and body[-1]["text"].startswith("Trên đây là kết luận"):
        body[-1] = {"type": "paragraph", "text": _CLOSINGS[kind]}
    content.update(kind=str(kind), title=KIND_TITLES[kind], body=body, date=None)
    content["meta"] = {"meeting_uuid": meeting.uuid}
    return _own(content, profile, signer)


def draft_content(
    kind: m.DocumentKind | str,
    profile: m.OrganisationProfile,
    meeting: m.Meeting | None = None,
    signer: m.Signer | None = None,
) -> dict[str, Any]:
    """The first draft of ``kind``: from ``meeting`` for the kinds a meeting drafts, else its template."""
    kind = m.DocumentKind(kind)
    if meeting is None or kind not in FROM_MEETING:
        return from_template(kind, profile, signer)
    if kind == K.INVITATION:
        return invitation_from_meeting(meeting, profile, signer)
    if kind == K.PROGRAMME:
        return programme_from_meeting(meeting, profile, signer)
    return conclusions_document(kind, meeting, profile, signer)
