"""How a conflict reads in the exchange dialog: which record (a task by its words, not "nhiệm vụ"), which
field in Vietnamese, and both values as the secretary knows them (dates as 12/10/2021, a status by its
label)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from secretary_app.domain.models import DirectiveStatus
from secretary_app.gui.shared.i18n import enum_label, translate

if TYPE_CHECKING:
    from secretary_app.services.context import AppContext

DATE_FIELDS = frozenset({"deadline", "completed_on", "original_deadline", "on", "doc_date", "new_deadline"})


def _field_labels() -> dict[str, str]:
    return {
        "content": translate("exchange_conflicts", "Nội dung"),
        "heading": translate("exchange_conflicts", "Nhóm nhiệm vụ"),
        "deadline": translate("exchange_conflicts", "Thời hạn"),
        "ongoing": translate("exchange_conflicts", "Thường xuyên"),
        "deadline_text": translate("exchange_conflicts", "Thời hạn (ghi chữ)"),
        "status": translate("exchange_conflicts", "Trạng thái"),
        "completed_on": translate("exchange_conflicts", "Ngày hoàn thành"),
        "result": translate("exchange_conflicts", "Kết quả"),
        "original_deadline": translate("exchange_conflicts", "Thời hạn ban đầu"),
        "cancel_reason": translate("exchange_conflicts", "Lý do hủy"),
        "name": translate("exchange_conflicts", "Tên"),
        "short_name": translate("exchange_conflicts", "Tên viết tắt"),
        "position": translate("exchange_conflicts", "Chức vụ"),
        "subject": translate("exchange_conflicts", "Trích yếu"),
        "text": translate("exchange_conflicts", "Nội dung tiến độ"),
    }


def field_label(column: str) -> str:
    return _field_labels().get(column, column)


def value_text(column: str, value: object) -> str:
    if value is None or value == "":
        return translate("exchange_conflicts", "(trống)")
    if column in DATE_FIELDS and isinstance(value, str):
        try:
            return date.fromisoformat(value[:10]).strftime("%d/%m/%Y")
        except ValueError:
            return value
    if column == "status" and value in {s.value for s in DirectiveStatus}:
        return enum_label(DirectiveStatus(str(value)))
    return str(value)


def record_titles(ctx: AppContext, conflicts: list[dict]) -> dict[str, str]:
    """A task's words for each conflicting task (by UUID); other records keep their kind's label."""
    wanted = {c["key"] for c in conflicts if c.get("table") == "directives"}
    if not wanted:
        return {}
    return {d.uuid: d.content for d in ctx.directives.list_directives() if d.uuid in wanted}


def conflict_rows(ctx: AppContext, conflicts: list[dict]) -> list[list[str]]:
    titles = record_titles(ctx, conflicts)
    return [
        [
            titles.get(c.get("key", ""), "") or str(c.get("label", "")).capitalize(),
            field_label(str(c.get("column", ""))),
            value_text(str(c.get("column", "")), c.get("ours")),
            value_text(str(c.get("column", "")), c.get("theirs")),
            str(c.get("packet", "")),
        ]
        for c in conflicts
    ]
