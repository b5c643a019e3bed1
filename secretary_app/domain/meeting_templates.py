"""Meeting kinds and the agenda each one usually follows, to pre-fill a new meeting.

The agendas follow common practice: the monthly chi bộ meeting follows the order of the Party committee
handbooks (tuyên bố lý do, cử thư ký, … thông qua biên bản — document-format.md §8.1); the others are the
usual order of a committee's meetings. Every kind that concludes has the chair's conclusion as an item of
its own; which entry is the conclusion is still the secretary's choice of entry kind
(MinutesEntryKind.CONCLUSION), never read from a title. The secretary edits the pre-filled agenda freely.
"""

from __future__ import annotations

from dataclasses import dataclass

from secretary_app.domain.models import AgendaItem
from secretary_app.domain.text import fold


@dataclass(frozen=True)
class MeetingTemplate:
    kind: str
    title_pattern: str  # "{month}" and "{year}" are filled from the meeting date
    agenda: tuple[str, ...]


TEMPLATES: tuple[MeetingTemplate, ...] = (
    MeetingTemplate(
        "Giao ban cấp ủy",
        "Hội nghị giao ban cấp ủy tháng {month} năm {year}",
        (
            "Báo cáo kết quả thực hiện nhiệm vụ tháng {month}",
            "Tình hình thực hiện các kết luận của kỳ giao ban trước",
            "Phương hướng, nhiệm vụ tháng tiếp theo",
            "Ý kiến thảo luận",
            "Kết luận của đồng chí chủ trì",
        ),
    ),
    MeetingTemplate(
        "Hội nghị Ban Thường vụ",
        "Hội nghị Ban Thường vụ Đảng ủy tháng {month} năm {year}",
        (
            "Thông qua chương trình hội nghị",
            "Báo cáo tình hình thực hiện nhiệm vụ",
            "Cho ý kiến về các nội dung trình hội nghị",
            "Biểu quyết",
            "Kết luận hội nghị",
        ),
    ),
    MeetingTemplate(
        "Hội nghị Ban Chấp hành",
        "Hội nghị Ban Chấp hành Đảng bộ lần thứ …",
        (
            "Thông qua chương trình hội nghị",
            "Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ",
            "Thảo luận",
            "Biểu quyết thông qua nghị quyết",
            "Kết luận của đồng chí chủ trì",
            "Bế mạc",
        ),
    ),
    MeetingTemplate(
        "Sinh hoạt chi bộ thường kỳ",
        "Sinh hoạt chi bộ định kỳ tháng {month} năm {year}",
        (
            "Tuyên bố lý do, giới thiệu đại biểu; cử thư ký",
            "Thông báo tình hình đảng viên dự họp",
            "Thông qua chương trình",
            "Báo cáo kết quả thực hiện nhiệm vụ tháng {month}, phương hướng tháng tới",
            "Triển khai văn bản của cấp trên",
            "Thảo luận",
            "Biểu quyết thông qua nghị quyết",
            "Kết luận của đồng chí chủ trì",
            "Thông qua biên bản",
        ),
    ),
    MeetingTemplate(
        "Sinh hoạt chi bộ chuyên đề",
        "Sinh hoạt chi bộ chuyên đề: …",
        (
            "Tuyên bố lý do, giới thiệu đại biểu; cử thư ký",
            "Trình bày chuyên đề",
            "Thảo luận",
            "Kết luận của đồng chí chủ trì",
            "Thông qua biên bản",
        ),
    ),
    MeetingTemplate("Cuộc họp khác", "", ()),
)


def template_for(kind: str) -> MeetingTemplate | None:
    return next((t for t in TEMPLATES if t.kind == kind), None)


def prefilled_agenda(template: MeetingTemplate, month: int, year: int) -> list[AgendaItem]:
    return [AgendaItem(title=title.format(month=month, year=year)) for title in template.agenda]


def prefilled_title(template: MeetingTemplate, month: int, year: int) -> str:
    return template.title_pattern.format(month=month, year=year)


# The agenda item of the next meeting that reviews how the previous one's conclusions were carried out
# (issue 12, item 6); services/review.py drafts its paragraph.
REVIEW_TITLE = "Tình hình thực hiện kết luận kỳ trước"


def is_review_title(title: str) -> bool:
    """The review item, in the words a template or a secretary uses ("Tình hình thực hiện các kết luận của kỳ
    giao ban trước")."""
    folded = fold(title)
    return all(word in folded for word in ("thuc hien", "ket luan", "truoc"))


def review_position(titles: list[str]) -> int:
    """Where the review item goes in an agenda: before the first report ("Báo cáo …"), after the opening
    formalities; first when there is no report."""
    return next((i for i, t in enumerate(titles) if fold(t).startswith("bao cao")), 0)
