"""Document model: parsing, validation errors naming the key, NFC, round trip."""

from __future__ import annotations

import unicodedata

import pytest
from render_helpers import letter_dict, minutes_dict, seed_dict, state_dict, variant

from secretary_app.domain.document import DocumentError, conclusion_groups
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.document_writing import document_to_dict


def error_for(d) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        document_from_dict(d)
    return info.value


@pytest.mark.parametrize(
    "make", [seed_dict, state_dict, minutes_dict, letter_dict, lambda: letter_dict("state")]
)
def test_valid_documents_round_trip(make):
    doc = document_from_dict(make())
    assert document_from_dict(document_to_dict(doc)) == doc


def test_seed_notice_has_all_text_and_joined_page_breaks():
    doc = document_from_dict(seed_dict())
    texts = [b.text for b in doc.body]
    assert any("nền tảng tư tưởng của Đảng tiếp tục được đẩy mạnh" in t for t in texts)
    assert any("trực tiếp làm công tác thông tin đối ngoại. Công tác chỉ đạo" in t for t in texts)
    assert texts[-1].endswith("triển khai thực hiện./.")
    assert doc.signature.name == "Hà Thị Mai An"
    assert doc.number == 239 and doc.issuer.code == "ĐU"


def test_conclusion_groups_of_seed():
    groups = conclusion_groups(document_from_dict(seed_dict()))
    assert [g[0] for g in groups] == [
        "Về công tác thông tin:",
        "Về các lĩnh vực công tác của ngành:",
        "Về công tác xây dựng Đảng:",
    ]
    assert [len(g[1]) for g in groups] == [5, 3, 10]


@pytest.mark.parametrize(
    ("mutate", "key"),
    [
        (lambda d: d["signature"].pop("name"), "signature.name"),
        (lambda d: d.pop("signature"), "signature"),
        (lambda d: d["issuer"].pop("code"), "issuer.code"),
        (lambda d: d["body"][3].__setitem__("type", 5), "body[3].type"),
        (lambda d: d["body"][3].__setitem__("type", "chapter"), "body[3].type"),
        (lambda d: d["body"][2].pop("text"), "body[2].text"),
        (lambda d: d.__setitem__("number", "239"), "number"),
        (lambda d: d.__setitem__("number", True), "number"),
        (lambda d: d.__setitem__("number", 0), "number"),
        (lambda d: d.__setitem__("standard", "hd36"), "standard"),
        (lambda d: d.__setitem__("kind", "memo"), "kind"),
        (lambda d: d.__setitem__("date", "2021-02-30"), "date"),
        (lambda d: d.__setitem__("date", "hôm qua"), "date"),
        (lambda d: d.__setitem__("recipients", "Lưu VPĐU"), "recipients"),
        (lambda d: d.__setitem__("recipients", ["a", 3]), "recipients[1]"),
        (lambda d: d.__setitem__("recipents", []), "recipents"),
        (lambda d: d.__setitem__("marks", {"secrecy": "BÍ MẬT"}), "marks.secrecy"),
        (lambda d: d["signature"].__setitem__("authority", "TM. ĐẢNG ỦY"), "signature.authority"),
        (lambda d: d.__setitem__("type_code", "TB/ĐU"), "type_code"),
        (lambda d: d.__setitem__("title", ""), "title"),
    ],
)
def test_invalid_seed_variants_name_the_key(mutate, key):
    d = seed_dict()
    mutate(d)
    err = error_for(d)
    assert err.key == key
    assert key in err.message  # the Vietnamese message names the key
    assert err.message and not err.message.isascii()


def test_state_refuses_party_authority_form():
    d = state_dict()
    d["signature"]["authority"] = "T/M ỦY BAN NHÂN DÂN"
    err = error_for(d)
    assert err.key == "signature.authority" and "TM." in err.message


@pytest.mark.parametrize(
    ("mutate", "key"),
    [
        (lambda d: d["minutes"].__setitem__("chair", 5), "minutes.chair"),  # optional, but a text
        (lambda d: d["minutes"].__setitem__("start", "25:00"), "minutes.start"),
        (lambda d: d["minutes"]["attendance"].__setitem__("present", 40), "minutes.attendance.present"),
        (lambda d: d["minutes"]["items"][0]["votes"][0].pop("for"), "minutes.items[0].votes[0].for"),
        (lambda d: d.pop("signature_left"), "signature_left"),
        (lambda d: d.pop("minutes"), "minutes"),
    ],
)
def test_invalid_minutes_name_the_key(mutate, key):
    d = minutes_dict()
    mutate(d)
    assert error_for(d).key == key


def test_not_a_dict():
    assert error_for([1, 2]).key == "(gốc)"


def test_text_is_nfc_and_single_spaced():
    nfd = unicodedata.normalize("NFD", "Hà Thị  Mai An")
    d = seed_dict()
    d["signature"]["name"] = nfd
    d["body"][0]["text"] = unicodedata.normalize("NFD", "Đảng ủy  thông báo")
    doc = document_from_dict(d)
    assert doc.signature.name == "Hà Thị Mai An"
    assert doc.body[0].text == "Đảng ủy thông báo"


def test_blank_number_draft_without_date():
    d = variant(seed_dict(), number=None, date=None, draft=True)
    doc = document_from_dict(d)
    assert doc.number is None and doc.date is None and doc.draft
    assert error_for(variant(seed_dict(), date=None)).key == "date"  # only drafts may be undated


def test_shorthand_string_blocks_and_tables():
    d = variant(
        seed_dict(), body=["Một đoạn văn.", {"type": "table", "columns": ["A", "B"], "rows": [["1", 2]]}]
    )
    doc = document_from_dict(d)
    assert doc.body[0].type == "paragraph" and doc.body[1].rows == [["1", "2"]]
    bad = variant(seed_dict(), body=[{"type": "table", "columns": ["A", "B"], "rows": [["1"]]}])
    assert error_for(bad).key == "body[0].rows[0]"
