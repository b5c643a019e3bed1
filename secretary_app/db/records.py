"""Row <-> record conversion for every table: one mapper per table, no SQL here."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from secretary_app.domain import models as m


class DamagedText(str):
    """A stored text whose bytes are not UTF-8, read as :data:`models.DAMAGED_TEXT`
    (see :func:`tolerant_text`)."""


def tolerant_text(data: bytes) -> str:
    """The connection's text factory while re-reading rows that hold invalid UTF-8 (repository.py)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return DamagedText(m.DAMAGED_TEXT)


# Every stored enum, by table and column (meetings.kind is free text: the meeting type as typed).
ENUM_COLUMNS: dict[tuple[str, str], type[StrEnum]] = {
    ("organisation", "standard"): m.Standard,
    ("people", "membership"): m.MembershipKind,
    ("meetings", "status"): m.MeetingStatus,
    ("attendance", "status"): m.AttendanceStatus,
    ("attendance", "membership"): m.MembershipKind,
    ("minutes_entries", "kind"): m.MinutesEntryKind,
    ("documents", "kind"): m.DocumentKind,
    ("documents", "standard"): m.Standard,
    ("documents", "status"): m.DocumentStatus,
    ("directives", "status"): m.DirectiveStatus,
}
# An unknown status is read as the one that locks the record against edits (it is never saved back anyway).
_ENUM_FALLBACK: dict[type[StrEnum], StrEnum] = {
    m.MeetingStatus: m.MeetingStatus.MINUTES_FINAL,
    m.DocumentStatus: m.DocumentStatus.ISSUED,
}


def repair(table: str, row: dict) -> tuple[dict, list[str]]:
    """``row`` with undecodable texts and unknown enum values replaced, and what was replaced
    (empty: sound)."""
    damage = [f"{column}: chữ hỏng" for column, value in row.items() if isinstance(value, DamagedText)]
    for (enum_table, column), enum in ENUM_COLUMNS.items():
        if enum_table != table or column not in row:
            continue
        try:
            enum(row[column])
        except ValueError:
            damage.append(f"{column}: giá trị lạ “{row[column]}”")
            row = {**row, column: str(_ENUM_FALLBACK.get(enum, next(iter(enum))))}
    return row, damage


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Mapper:
    table: str
    to_row: Callable[[Any], dict]
    from_row: Callable[[dict], Any]


def _signer_dicts(signers: list[m.Signer]) -> list[dict]:
    return [{"name": s.name, "position": s.position, "authority": s.authority} for s in signers]


ORGANISATION = Mapper(
    "organisation",
    lambda p: {
        "issuing_body": p.issuing_body,
        "parent_body": p.parent_body,
        "code": p.code,
        "place": p.place,
        "standard": str(p.standard),
        "term_start": _iso(p.term_start),
        "term_label": p.term_label,
        "office_name": p.office_name,
        "default_recipients": _json(p.default_recipients),
        "signers": _json(_signer_dicts(p.signers)),
    },
    lambda r: m.OrganisationProfile(
        issuing_body=r["issuing_body"],
        parent_body=r["parent_body"],
        code=r["code"],
        place=r["place"],
        standard=m.Standard(r["standard"]),
        term_start=_date(r["term_start"]),
        term_label=r["term_label"],
        office_name=r["office_name"],
        default_recipients=json.loads(r["default_recipients"]),
        signers=[m.Signer(**s) for s in json.loads(r["signers"])],
        id=r["id"],
        uuid=r["uuid"],
    ),
)

UNIT = Mapper(
    "units",
    lambda u: {
        "name": u.name,
        "short_name": u.short_name,
        "kind": str(u.kind),
        "ord": u.order,
        "active": int(u.active),
    },
    lambda r: m.Unit(
        name=r["name"],
        short_name=r["short_name"],
        kind=m.UnitKind(r["kind"]),
        order=r["ord"],
        active=bool(r["active"]),
        id=r["id"],
        uuid=r["uuid"],
    ),
)

# The committee role is not a column of people: it is read from the seat held on the day asked for
# (db/roster.py adds it to the row as "committee_role").
PERSON = Mapper(
    "people",
    lambda p: {
        "name": p.name,
        "position": p.position,
        "unit_id": p.unit_id,
        "membership": str(p.membership),
        "ord": p.order,
        "active": int(p.active),
    },
    lambda r: m.Person(
        name=r["name"],
        position=r["position"],
        unit_id=r["unit_id"],
        membership=m.MembershipKind(r["membership"]),
        committee_role=m.CommitteeRole(r.get("committee_role") or "none"),
        order=r["ord"],
        active=bool(r["active"]),
        id=r["id"],
        uuid=r["uuid"],
    ),
)

COMMITTEE_SEAT = Mapper(
    "committee_seats",
    lambda s: {
        "person_id": s.person_id,
        "role": str(s.role),
        "start": _iso(s.start),
        "end": _iso(s.end),
        "term_label": s.term_label,
    },
    lambda r: m.CommitteeSeat(
        person_id=r["person_id"],
        role=m.CommitteeRole(r["role"]),
        start=_date(r["start"]),
        end=_date(r["end"]),
        term_label=r["term_label"],
        id=r["id"],
        uuid=r["uuid"],
    ),
)

MEETING = Mapper(
    "meetings",
    lambda x: {
        "title": x.title,
        "kind": x.kind,
        "start": _iso(x.start),
        "end": _iso(x.end),
        "place": x.place,
        "online_sites": _json(x.online_sites),
        "chair": x.chair,
        "secretary": x.secretary,
        "guests": _json(x.guests),
        "status": str(x.status),
        "minutes_version": x.minutes_version,
        "notes": x.notes,
    },
    lambda r: m.Meeting(
        title=r["title"],
        kind=r["kind"],
        start=datetime.fromisoformat(r["start"]),
        end=_datetime(r["end"]),
        place=r["place"],
        online_sites=json.loads(r["online_sites"]),
        chair=r["chair"],
        secretary=r["secretary"],
        guests=json.loads(r["guests"]),
        status=m.MeetingStatus(r["status"]),
        minutes_version=r["minutes_version"],
        notes=r["notes"],
        id=r["id"],
        uuid=r["uuid"],
    ),
)


def _not_savable(_record: Any) -> dict:
    raise TypeError("a MeetingSummary is a partly loaded meeting and cannot be saved")


MEETING_SUMMARY = Mapper(
    "meetings",
    _not_savable,
    lambda r: m.MeetingSummary(
        title=r["title"],
        kind=r["kind"],
        start=datetime.fromisoformat(r["start"]),
        end=_datetime(r["end"]),
        place=r["place"],
        chair=r["chair"],
        secretary=r["secretary"],
        status=m.MeetingStatus(r["status"]),
        minutes_version=r["minutes_version"],
        id=r["id"],
        uuid=r["uuid"],
    ),
)

ATTENDANCE = Mapper(
    "attendance",
    lambda a: {
        "person_id": a.person_id,
        "name": a.name,
        "position": a.position,
        "status": str(a.status),
        "reason": a.reason,
        "online_site": a.online_site,
        "membership": str(a.membership),
        "is_guest": int(a.is_guest),
    },
    lambda r: m.Attendance(
        person_id=r["person_id"],
        name=r["name"],
        position=r["position"],
        status=m.AttendanceStatus(r["status"]),
        reason=r["reason"],
        online_site=r["online_site"],
        membership=m.MembershipKind(r["membership"]),
        is_guest=bool(r["is_guest"]),
        id=r["id"],
        uuid=r["uuid"],
    ),
)

AGENDA_ITEM = Mapper(
    "agenda_items",
    lambda a: {"title": a.title, "presenter": a.presenter},
    lambda r: m.AgendaItem(
        title=r["title"], presenter=r["presenter"], order=r["ord"], id=r["id"], uuid=r["uuid"]
    ),
)


def _vote_columns(entry: m.MinutesEntry) -> dict:
    vote = entry.vote
    return {
        "vote_for": vote.for_count if vote else None,
        "vote_against": vote.against_count if vote else None,
        "vote_other": vote.other_count if vote else None,
    }


MINUTES_ENTRY = Mapper(
    "minutes_entries",
    lambda e: {
        "kind": str(e.kind),
        "text": e.text,
        "speaker": e.speaker,
        "agenda_item_uuid": e.agenda_item_uuid,
        **_vote_columns(e),
    },
    lambda r: m.MinutesEntry(
        kind=m.MinutesEntryKind(r["kind"]),
        text=r["text"],
        speaker=r["speaker"],
        agenda_item_uuid=r["agenda_item_uuid"],
        vote=m.Vote(r["vote_for"], r["vote_against"], r["vote_other"]) if r["vote_for"] is not None else None,
        order=r["ord"],
        id=r["id"],
        uuid=r["uuid"],
    ),
)

DOCUMENT = Mapper(
    "documents",
    lambda d: {
        "kind": str(d.kind),
        "standard": str(d.standard),
        "type_code": d.type_code,
        "subject": d.subject,
        "doc_date": _iso(d.doc_date),
        "number": d.number,
        "status": str(d.status),
        "signer_name": d.signer_name,
        "meeting_id": d.meeting_id,
        "secrecy": d.secrecy,
        "urgency": d.urgency,
        "content": _json(d.content),
        "version": d.version,
        "supersedes_id": d.supersedes_id,
        "issued_at": _iso(d.issued_at),
    },
    lambda r: m.StoredDocument(
        kind=m.DocumentKind(r["kind"]),
        standard=m.Standard(r["standard"]),
        type_code=r["type_code"],
        subject=r["subject"],
        doc_date=_date(r["doc_date"]),
        number=r["number"],
        status=m.DocumentStatus(r["status"]),
        signer_name=r["signer_name"],
        meeting_id=r["meeting_id"],
        secrecy=r["secrecy"],
        urgency=r["urgency"],
        content=json.loads(r["content"]),
        version=r["version"],
        supersedes_id=r["supersedes_id"],
        issued_at=_datetime(r["issued_at"]),
        id=r["id"],
        uuid=r["uuid"],
    ),
)

DIRECTIVE = Mapper(
    "directives",
    lambda d: {
        "content": d.content,
        "heading": d.heading,
        "document_id": d.document_id,
        "meeting_id": d.meeting_id,
        "lead_unit_id": d.lead_unit_id,
        "deadline": _iso(d.deadline),
        "ongoing": int(d.ongoing),
        "deadline_text": d.deadline_text,
        "status": str(d.status),
        "completed_on": _iso(d.completed_on),
        "result": d.result,
        "original_deadline": _iso(d.original_deadline),
        "cancel_reason": d.cancel_reason,
        "source_item": d.source_item,
        "replaced_by_id": d.replaced_by_id,
        "split_from_id": d.split_from_id,
        "incoming_id": d.incoming_id,
    },
    lambda r: m.Directive(
        content=r["content"],
        heading=r["heading"],
        document_id=r["document_id"],
        meeting_id=r["meeting_id"],
        lead_unit_id=r["lead_unit_id"],
        deadline=_date(r["deadline"]),
        ongoing=bool(r["ongoing"]),
        deadline_text=r["deadline_text"],
        status=m.DirectiveStatus(r["status"]),
        completed_on=_date(r["completed_on"]),
        result=r["result"],
        order=r["ord"],
        original_deadline=_date(r["original_deadline"]),
        cancel_reason=r["cancel_reason"],
        source_item=r["source_item"],
        replaced_by_id=r["replaced_by_id"],
        split_from_id=r["split_from_id"],
        incoming_id=r.get("incoming_id"),
        id=r["id"],
        uuid=r["uuid"],
    ),
)

DEADLINE_EXTENSION = Mapper(
    "directive_extensions",
    lambda e: {
        "previous_deadline": _iso(e.previous_deadline),
        "new_deadline": _iso(e.new_deadline),
        "reason": e.reason,
        "allowed_by": e.allowed_by,
        "decided_on": _iso(e.decided_on),
    },
    lambda r: m.DeadlineExtension(
        previous_deadline=_date(r["previous_deadline"]),
        new_deadline=date.fromisoformat(r["new_deadline"]),
        reason=r["reason"],
        allowed_by=r["allowed_by"],
        decided_on=_date(r["decided_on"]),
        id=r["id"],
        uuid=r["uuid"],
    ),
)

PROGRESS_NOTE = Mapper(
    "progress_notes",
    lambda n: {"note_date": _iso(n.note_date), "text": n.text},
    lambda r: m.ProgressNote(
        note_date=date.fromisoformat(r["note_date"]), text=r["text"], id=r["id"], uuid=r["uuid"]
    ),
)
