"""Validation rules that forms and services share; messages are Vietnamese and name the field."""

from __future__ import annotations

from dataclasses import dataclass

from secretary_app.domain.models import Meeting, OrganisationProfile

MAX_LINE = 500  # a one-line field longer than this is a paste gone wrong, not a name
MAX_TEXT = 2_000_000  # ~2 MB of text per field: generous for a long report, bounded for the UI


@dataclass(frozen=True)
class FieldError:
    field: str  # attribute name of the record, so a form can put the message next to its widget
    message: str


class ValidationError(ValueError):
    """Raised by services when a record cannot be saved; nothing has been written."""

    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors

    def for_field(self, name: str) -> str | None:
        return next((e.message for e in self.errors if e.field == name), None)


def _required(errors: list[FieldError], name: str, value: str, label: str) -> None:
    if not value.strip():
        errors.append(FieldError(name, f"Chưa nhập {label}."))
    elif len(value) > MAX_LINE:
        errors.append(FieldError(name, f"{label[:1].upper()}{label[1:]} quá dài (tối đa {MAX_LINE} ký tự)."))


def validate_profile(profile: OrganisationProfile) -> list[FieldError]:
    errors: list[FieldError] = []
    _required(errors, "issuing_body", profile.issuing_body, "tên cơ quan ban hành")
    _required(errors, "code", profile.code, "ký hiệu cơ quan")
    _required(errors, "place", profile.place, "địa danh")
    if profile.code and any(ch in profile.code for ch in " /-"):
        errors.append(
            FieldError("code", "Ký hiệu cơ quan không được chứa dấu cách, “/” hoặc “-” (ví dụ: ĐU).")
        )
    if len(profile.parent_body) > MAX_LINE:
        errors.append(FieldError("parent_body", f"Tên cơ quan cấp trên quá dài (tối đa {MAX_LINE} ký tự)."))
    for i, signer in enumerate(profile.signers):
        if not signer.name.strip():
            errors.append(FieldError(f"signers[{i}]", f"Người ký thứ {i + 1} chưa có họ tên."))
    return errors


def validate_meeting(meeting: Meeting) -> list[FieldError]:
    errors: list[FieldError] = []
    _required(errors, "title", meeting.title, "tên cuộc họp")
    _required(errors, "kind", meeting.kind, "loại cuộc họp")
    if meeting.end is not None and meeting.end < meeting.start:
        errors.append(FieldError("end", "Giờ kết thúc phải sau giờ bắt đầu."))
    for i, entry in enumerate(meeting.minutes):
        if len(entry.text) > MAX_TEXT:
            errors.append(FieldError(f"minutes[{i}]", "Nội dung quá lớn (tối đa 2 triệu ký tự mỗi mục)."))
    return errors
