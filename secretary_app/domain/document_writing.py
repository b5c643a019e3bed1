"""Writing a typed document back to its JSON form: ``document_to_dict`` (the inverse of
``document_reading.document_from_dict``)."""

from __future__ import annotations

from datetime import time
from typing import Any

from secretary_app.domain.document import (
    BodyBlock,
    Document,
    Minutes,
    MinutesItem,
    Signature,
    VoteResult,
    issuer_to_dict,
)

# ------------------------------------------------------------------------------------------------------------
# Serialising


def _drop_empty(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in ("", None, [], {})}


def _block_to_dict(b: BodyBlock) -> dict[str, Any]:
    d = _drop_empty(
        {
            "type": b.type,
            "text": b.text,
            "number": b.number,
            "columns": b.columns,
            "rows": b.rows,
            "widths": b.widths,
            "ref": b.ref,
            "categories": b.categories,
            "series": [
                _drop_empty({"name": s.name, "values": list(s.values), "color": s.color}) for s in b.series
            ],
        }
    )
    if b.stacked:
        d["stacked"] = True
    d.setdefault("type", b.type)
    return d


def _sig_to_dict(s: Signature) -> dict[str, Any]:
    return _drop_empty({"authority": s.authority, "position": s.position, "name": s.name, "label": s.label})


def _vote_to_dict(v: VoteResult) -> dict[str, Any]:
    return {"subject": v.subject, "for": v.for_, "against": v.against, "other": v.other}


def _time_str(t: time | None) -> str | None:
    return f"{t.hour:02d}:{t.minute:02d}" if t else None


def _minutes_item_to_dict(i: MinutesItem) -> dict[str, Any]:
    return _drop_empty(
        {
            "title": i.title,
            "content": [_block_to_dict(b) for b in i.content],
            "speeches": [{"speaker": s.speaker, "text": s.text} for s in i.speeches],
            "conclusion": i.conclusion,
            "votes": [_vote_to_dict(v) for v in i.votes],
        }
    )


def _minutes_to_dict(m: Minutes) -> dict[str, Any]:
    att = {k: getattr(m.attendance, k) for k in ("total", "official", "probationary", "present", "absent")}
    return _drop_empty(
        {
            "start": _time_str(m.start),
            "end": _time_str(m.end),
            "place": m.place,
            "form": m.form,
            "attendance": _drop_empty(att),
            "absentees": [_drop_empty({"name": a.name, "reason": a.reason}) for a in m.absentees],
            "online_sites": m.online_sites,
            "guests": m.guests,
            "chair": m.chair,
            "secretary": m.secretary,
            "agenda": m.agenda,
            "items": [_minutes_item_to_dict(i) for i in m.items],
            "votes": [_vote_to_dict(v) for v in m.votes],
            "closing": m.closing,
            "opening": m.opening,
            "dateline": m.dateline or None,
            "general": _minutes_item_to_dict(m.general) if m.general else None,
            "conclusion": m.conclusion,
            "quorum": m.quorum,
            "noun": m.noun,
            "entitled": m.entitled,
            "approval": m.approval,
        }
    )


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The JSON form of ``doc``; ``document_from_dict(document_to_dict(doc)) == doc``."""
    d: dict[str, Any] = {
        "standard": doc.standard,
        "kind": doc.kind,
        "issuer": issuer_to_dict(doc.issuer),
        "number": doc.number,
        "type_code": doc.type_code,
        "place": doc.place,
        "date": doc.date.isoformat() if doc.date else None,
        "title": doc.title,
        "subject": doc.subject,
        "body": [_block_to_dict(b) for b in doc.body],
        "signature": _sig_to_dict(doc.signature),
        "recipients": list(doc.recipients),
        "marks": {"secrecy": doc.marks.secrecy, "urgency": doc.marks.urgency},
    }
    if doc.addressees:
        d["addressees"] = list(doc.addressees)
    if doc.draft:
        d["draft"] = True
    if doc.draft_label:
        d["draft_label"] = doc.draft_label
    if doc.unnumbered:
        d["unnumbered"] = True
    if doc.signature_left:
        d["signature_left"] = _sig_to_dict(doc.signature_left)
    if doc.signature_blocks:
        d["signature_blocks"] = [
            _drop_empty({"title": b.title, "signers": [_sig_to_dict(s) for s in b.signers]})
            for b in doc.signature_blocks
        ]
    if not doc.signature.name and doc.signature_blocks:
        del d["signature"]  # the blocks sign it
    if doc.minutes:
        d["minutes"] = _minutes_to_dict(doc.minutes)
    if doc.meta:
        d["meta"] = dict(doc.meta)
    return d
