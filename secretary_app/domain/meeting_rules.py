"""Quorum and majority by the rules, as data per kind of meeting, each with the text it comes from.

Who counts, how many must attend for the meeting to be valid and how many must approve for a decision, for
the kinds of meeting the app knows (meeting_templates.py). The minutes print the standard sentences from these
rules ("Hội nghị đủ số lượng … theo quy định", "tán thành 13/15 đồng chí, đạt 86,7%") and the app warns when a
meeting lacks its quorum or a vote misses its majority.

Sources (checked 2026-12-05; ``confirmed`` says whether the wording was read in a copy of the text itself or a
verbatim quotation of it, see docs/meeting-rules.md):
- Điều lệ Đảng (2011), Điều 10 khoản 5: "Nghị quyết của các cơ quan lãnh đạo của Đảng chỉ có giá trị thi hành
  khi có hơn một nửa số thành viên trong cơ quan đó tán thành" — the majority is over the MEMBERS of the body,
  not over the votes cast.
- Quy định 24-QĐ/TW (2021) thi hành Điều lệ Đảng, điểm 9.3.2 (đảng viên of a chi bộ: those summoned, without
  those on temporary transfer, exempted and absent, suspended …) and 9.3.3 (a Ban Chấp hành, Ban Thường vụ or
  Ủy ban kiểm tra: its sitting members).
- Luật Tổ chức chính quyền địa phương 2015 (sửa đổi 2019), Điều 114 khoản 3: a meeting of an Ủy ban nhân dân
  "chỉ được tiến hành khi có ít nhất hai phần ba tổng số thành viên" attending.
The two-thirds attendance of a Party committee's meeting and of a chi bộ meeting is the rule of the
committees' working regulations (quy chế làm việc) in common use; no primary text was found for it, so it is
marked unconfirmed and the secretary's committee may differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from secretary_app.domain import models as m


@dataclass(frozen=True)
class Threshold:
    """``at_least`` of the base ("ít nhất hai phần ba"), or strictly more than it ("hơn một nửa")."""

    share: Fraction
    strict: bool = False  # True: more than ``share`` (hơn một nửa); False: at least ``share``
    words: str = ""  # how the rule says it

    def needed(self, base: int) -> int:
        """The smallest count that meets the threshold over ``base`` people."""
        exact = self.share * base
        whole = exact.numerator // exact.denominator
        if self.strict:
            return whole + 1
        return whole if whole == exact else whole + 1

    def met(self, count: int, base: int) -> bool:
        return base > 0 and count >= self.needed(base)


HALF = Threshold(Fraction(1, 2), strict=True, words="hơn một nửa")
TWO_THIRDS = Threshold(Fraction(2, 3), words="ít nhất hai phần ba")


@dataclass(frozen=True)
class MeetingRule:
    key: str
    body: str  # the body that meets: "Ban Chấp hành Đảng bộ"
    members: str  # who counts, as printed: "ủy viên Ban Chấp hành"
    noun: str  # the noun of the attendance lines: "ủy viên", "đảng viên", "thành viên"
    official_only: bool  # only đảng viên chính thức count and vote (a chi bộ)
    quorum: Threshold
    quorum_source: str
    quorum_confirmed: bool
    majority: Threshold
    majority_source: str
    majority_confirmed: bool


_CHARTER = (
    "Điều lệ Đảng, Điều 10 khoản 5 (nghị quyết có giá trị khi hơn một nửa số thành viên của cơ quan"
    " tán thành)"
)
_SITTING = "; Quy định 24-QĐ/TW, điểm 9.3.3 (số thành viên là số ủy viên đương nhiệm)"
_QUY_CHE = "Quy chế làm việc của cấp ủy (thông lệ; chưa tìm được văn bản gốc để đối chiếu)"

RULES: dict[str, MeetingRule] = {
    "bch": MeetingRule(
        key="bch",
        body="Ban Chấp hành",
        members="ủy viên Ban Chấp hành",
        noun="ủy viên",
        official_only=False,
        quorum=TWO_THIRDS,
        quorum_source=_QUY_CHE,
        quorum_confirmed=False,
        majority=HALF,
        majority_source=_CHARTER + _SITTING,
        majority_confirmed=True,
    ),
    "btv": MeetingRule(
        key="btv",
        body="Ban Thường vụ",
        members="ủy viên Ban Thường vụ",
        noun="ủy viên",
        official_only=False,
        quorum=TWO_THIRDS,
        quorum_source=_QUY_CHE,
        quorum_confirmed=False,
        majority=HALF,
        majority_source=_CHARTER + _SITTING,
        majority_confirmed=True,
    ),
    "chi_bo": MeetingRule(
        key="chi_bo",
        body="Chi bộ",
        members="đảng viên chính thức",
        noun="đảng viên",
        official_only=True,
        quorum=TWO_THIRDS,
        quorum_source="Quy chế làm việc / hướng dẫn sinh hoạt chi bộ (thông lệ; chưa tìm được văn bản gốc)",
        quorum_confirmed=False,
        majority=HALF,
        majority_source=_CHARTER
        + "; Quy định 24-QĐ/TW, điểm 9.3.2 (số đảng viên được triệu tập, trừ đảng viên sinh hoạt tạm thời"
        " nơi khác, được miễn sinh hoạt và vắng mặt…); đảng viên dự bị không biểu quyết"
        " (Điều lệ Đảng, Điều 5)",
        majority_confirmed=True,
    ),
    "state": MeetingRule(
        key="state",
        body="tập thể lãnh đạo",
        members="thành viên",
        noun="thành viên",
        official_only=False,
        quorum=TWO_THIRDS,
        quorum_source="Luật Tổ chức chính quyền địa phương 2015 (sửa đổi 2019), Điều 114 khoản 3 (phiên họp"
        " Ủy ban nhân dân); cơ quan khác: theo quy chế làm việc của cơ quan",
        quorum_confirmed=True,
        majority=HALF,
        majority_source="Luật Tổ chức chính quyền địa phương 2015: quyết định của Ủy ban nhân dân phải"
        " được quá nửa tổng số thành viên biểu quyết tán thành (điều khoản chưa đối chiếu được)",
        majority_confirmed=False,
    ),
}

# The meeting kinds of meeting_templates.py that take decisions by vote; a giao ban or "Cuộc họp khác" has no
# quorum rule and prints no quorum sentence.
_KIND_RULES = {
    "Hội nghị Ban Chấp hành": "bch",
    "Hội nghị Ban Thường vụ": "btv",
    "Sinh hoạt chi bộ thường kỳ": "chi_bo",
    "Sinh hoạt chi bộ chuyên đề": "chi_bo",
    "Phiên họp tập thể (cơ quan nhà nước)": "state",
}


def rule_for(kind: str) -> MeetingRule | None:
    key = _KIND_RULES.get(kind)
    return RULES[key] if key else None


def percent(count: int, base: int) -> str:
    """ "86,7" — one decimal, Vietnamese comma, no ",0"."""
    if base <= 0:
        return "0"
    text = f"{count * 100 / base:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


@dataclass(frozen=True)
class Quorum:
    rule: MeetingRule
    entitled: int  # members who count (the base of quorum and majority)
    present: int

    @property
    def needed(self) -> int:
        return self.rule.quorum.needed(self.entitled)

    @property
    def met(self) -> bool:
        return self.rule.quorum.met(self.present, self.entitled)

    def sentence(self) -> str:
        """The standard sentence of the minutes."""
        share = percent(self.present, self.entitled)
        head = f"Có mặt {self.present}/{self.entitled} {self.rule.members}, đạt {share}%."
        if self.met:
            return f"{head} Hội nghị đủ số lượng {self.rule.members} tham dự theo quy định."
        return (
            f"{head} Hội nghị không đủ số lượng {self.rule.members} tham dự theo quy định "
            f"({self.rule.quorum.words}, cần {self.needed})."
        )


def vote_passes(rule: MeetingRule, for_count: int, entitled: int) -> bool:
    return rule.majority.met(for_count, entitled)


def meeting_quorum(meeting: m.Meeting) -> Quorum | None:
    """Who counts at this meeting, by the rule of its kind (domain/meeting_rules.py); None for a kind that
    takes no decisions by vote (giao ban, "Cuộc họp khác") or a meeting with nobody on its list."""
    rule = rule_for(meeting.kind)
    if rule is None:
        return None
    members = [a for a in meeting.attendance if not a.is_guest]
    if rule.official_only:
        members = [a for a in members if a.membership == m.MembershipKind.OFFICIAL]
    if not members:
        return None
    present = sum(a.status in (m.AttendanceStatus.PRESENT, m.AttendanceStatus.ONLINE) for a in members)
    return Quorum(rule, entitled=len(members), present=present)


def meeting_warnings(meeting: m.Meeting) -> list[str]:
    """What the rules say is wrong with the meeting: no quorum, a vote that misses its majority."""
    quorum = meeting_quorum(meeting)
    if quorum is None:
        return []
    warnings = []
    if not quorum.met:
        warnings.append(
            f"Hội nghị không đủ số lượng: có mặt {quorum.present}/{quorum.entitled} {quorum.rule.members}, "
            f"cần {quorum.rule.quorum.words} ({quorum.needed}) — {quorum.rule.quorum_source}."
        )
    for entry in meeting.minutes:
        if entry.kind == m.MinutesEntryKind.VOTE and entry.vote:
            if not vote_passes(quorum.rule, entry.vote.for_count, quorum.entitled):
                warnings.append(
                    f"Biểu quyết “{entry.text.rstrip(' .;:')}” chưa đạt: tán thành "
                    f"{entry.vote.for_count}/{quorum.entitled}, cần {quorum.rule.majority.words} số "
                    f"{quorum.rule.members} ({quorum.rule.majority.needed(quorum.entitled)})."
                )
    return warnings
