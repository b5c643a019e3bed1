"""Validation rules that forms and services share; messages are Vietnamese and name the field."""

from __future__ import annotations

from dataclasses import dataclass

from secretary_app.domain.models import Directive, Meeting, MinutesEntry, OrganisationProfile

# Limits chosen from what real records need (docs/data-safety.md, "Bounded input"): far above the longest real
# text, low enough that saving, printing and the year archive stay quick.
MAX_LINE = 500  # a one-line field longer than this is a paste gone wrong, not a name
MAX_ENTRY = 1_200_000  # one minutes entry: a pasted 1 MB transcript file (~350 printed pages) still saves
MAX_MINUTES = 2_000_000  # all entries of one meeting: ~600 printed pages; its archive takes seconds
MAX_DIRECTIVE = 4_000  # a conclusion item (1–5 sentences in real notices, ~800 characters at most): one page
MAX_NOTE = 20_000  # a progress note or a directive's result


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
    for i, item in enumerate(meeting.agenda):
        if len(item.title) > MAX_LINE:
            errors.append(
                FieldError(f"agenda[{i}]", f"Nội dung chương trình thứ {i + 1} quá dài ({_max(MAX_LINE)}).")
            )
    errors += validate_minutes(meeting.minutes)
    return errors


def validate_minutes(entries: list[MinutesEntry]) -> list[FieldError]:
    """The bounds on what the minutes of one meeting may hold (each entry, and all together)."""
    errors: list[FieldError] = []
    for i, entry in enumerate(entries):
        if len(entry.text) > MAX_ENTRY:
            errors.append(
                FieldError(
                    f"minutes[{i}]",
                    f"Mục biên bản thứ {i + 1} dài {_n(len(entry.text))} ký tự ({_max(MAX_ENTRY)} mỗi mục, "
                    "khoảng 350 trang in); hãy tách thành nhiều mục.",
                )
            )
        if len(entry.speaker) > MAX_LINE:
            errors.append(FieldError(f"minutes[{i}]", f"Tên người phát biểu quá dài ({_max(MAX_LINE)})."))
    total = sum(len(entry.text) for entry in entries)
    if total > MAX_MINUTES:
        errors.append(
            FieldError(
                "minutes",
                f"Biên bản dài {_n(total)} ký tự ({_max(MAX_MINUTES)} cho một cuộc họp, "
                "khoảng 600 trang in).",
            )
        )
    return errors


def validate_directive(directive: Directive) -> list[FieldError]:
    errors: list[FieldError] = []
    if len(directive.content) > MAX_DIRECTIVE:
        errors.append(
            FieldError(
                "content",
                f"Nội dung kết luận dài {_n(len(directive.content))} ký tự ({_max(MAX_DIRECTIVE)}, "
                "khoảng một trang); hãy tách thành nhiều kết luận.",
            )
        )
    for name, label in (("heading", "Nhóm kết luận"), ("deadline_text", "Thời hạn ghi bằng chữ")):
        if len(getattr(directive, name)) > MAX_LINE:
            errors.append(FieldError(name, f"{label} quá dài ({_max(MAX_LINE)})."))
    if len(directive.result) > MAX_NOTE:
        errors.append(FieldError("result", f"Kết quả thực hiện quá dài ({_max(MAX_NOTE)})."))
    for i, note in enumerate(directive.notes):
        if len(note.text) > MAX_NOTE:
            errors.append(
                FieldError(f"notes[{i}]", f"Ghi chú tiến độ thứ {i + 1} quá dài ({_max(MAX_NOTE)}).")
            )
    return errors


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _max(limit: int) -> str:
    return f"tối đa {_n(limit)} ký tự"
