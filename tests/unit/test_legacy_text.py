"""Legacy Vietnamese encodings (TCVN3/ABC and VNI Windows) pasted into a Unicode field."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secretary_app.domain.legacy_text import (
    TCVN3_TABLE,
    VNI_TABLE,
    convert_legacy,
    detect_legacy,
    encode_legacy,
    is_vietnamese_syllable,
)

TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def vietnamese_letters() -> list[str]:
    """The 134 letters of Vietnamese that are not plain ASCII: 67 lower-case and their capitals."""
    lower = [unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in TONES]
    lower = [ch for ch in lower if not ch.isascii()] + ["đ"]
    return lower + [ch.upper() for ch in lower]


SAMPLES = [
    "Đảng ủy Thông tấn xã Việt Nam",
    "Hội nghị giao ban cấp ủy",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
    "Các đồng chí được phân công phải tổ chức thực hiện những nhiệm vụ, báo cáo kết quả trước ngày "
    "15/12/2021.",
    "Ban Thường vụ Đảng ủy yêu cầu Văn phòng theo dõi, đôn đốc; ý kiến khác: không.",
]
CAPITAL_SAMPLES = [
    "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM",
    "THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ",
    "BIÊN BẢN HỘI NGHỊ",
]


def test_there_are_134_letters_and_vni_has_them_all():
    letters = vietnamese_letters()
    assert len(letters) == len(set(letters)) == 134
    assert set(letters) <= set(VNI_TABLE.values())


def test_tcvn3_has_every_lower_case_letter_and_the_plain_capitals_once_each():
    letters = vietnamese_letters()
    assert set(letters[:67]) | set("ĂÂÊÔƠƯĐ") == set(TCVN3_TABLE.values())
    assert len(TCVN3_TABLE) == 74  # injective: no two codes for one letter
    assert all(len(code) == 1 and code.encode("cp1252") for code in TCVN3_TABLE)


@pytest.mark.parametrize(
    ("pasted", "encoding", "unicode"),
    [
        # Known pastes, typed out as they appear (not produced by our own encoder).
        ("§¶ng ñy Th«ng tÊn x· ViÖt Nam", "tcvn3", "Đảng ủy Thông tấn xã Việt Nam"),
        ("Héi nghÞ giao ban cÊp ñy", "tcvn3", "Hội nghị giao ban cấp ủy"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "tcvn3", "Độc lập - Tự do - Hạnh phúc"),
        ("®\xadîc ng\xadêi tæ chøc nh÷ng c¬ quan n¨m", "tcvn3", "được người tổ chức những cơ quan năm"),
        ("§¶NG ñY TH«NG TÊN X· VIÖT NAM", "tcvn3", "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM"),  # .VnTimeH heading
        ("Ñaûng uûy Thoâng taán xaõ Vieät Nam", "vni", "Đảng ủy Thông tấn xã Việt Nam"),
        ("Hoäi nghò giao ban caáp uûy", "vni", "Hội nghị giao ban cấp ủy"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "vni", "Độc lập - Tự do - Hạnh phúc"),
        ("ngöôøi Ñaëng chæ thò", "vni", "người Đặng chỉ thị"),
        ("ÑAÛNG UÛY THOÂNG TAÁN XAÕ VIEÄT NAM", "vni", "ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM"),
    ],
)
def test_known_pastes_are_detected_and_converted(pasted, encoding, unicode):
    assert detect_legacy(pasted) == encoding
    assert convert_legacy(pasted, encoding) == unicode


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("text", SAMPLES + CAPITAL_SAMPLES)
def test_round_trip_of_samples(text, encoding):
    pasted = encode_legacy(text, encoding)
    assert pasted != text and pasted.encode("cp1252")  # what a paste from Word really contains
    assert detect_legacy(pasted) == encoding
    assert convert_legacy(pasted, encoding) == text


def test_every_letter_round_trips_through_vni():
    for letter in vietnamese_letters():
        assert convert_legacy(encode_legacy(f"x{letter}n", "vni"), "vni") == f"x{letter}n", letter


def test_every_letter_round_trips_through_tcvn3_with_capitals_in_capital_words():
    for letter in vietnamese_letters():
        word = f"T{letter}N" if letter.isupper() else f"t{letter}n"  # capitals only exist in capital words
        assert convert_legacy(encode_legacy(word, "tcvn3"), "tcvn3") == word, letter


def test_title_case_tcvn3_word_stays_title_case():
    assert convert_legacy("Hµ Néi, Hå ChÝ Minh", "tcvn3") == "Hà Nội, Hồ Chí Minh"


def test_conversion_is_nfc_and_drops_control_characters():
    result = convert_legacy("ViÖt\x00 Nam\u200b", "tcvn3")
    assert result == "Việt Nam" and unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize(
    "text",
    [
        *SAMPLES,
        *CAPITAL_SAMPLES,
        "tôi là ai",  # Unicode Vietnamese whose letters all lie in Latin-1
        "Tô Lâm, Hà Giang, Cà Mau",
        "Hello world, meeting at 8:30.",
        "café crème brûlée à la française",
        "Señor Muñoz, Größe, Ærøskøbing, naïve coöperation",
        "“Quoted” — text… with € and ½",
        "",
        "12/10/2021",
    ],
)
def test_detection_does_not_fire_on_unicode_or_foreign_text(text):
    assert detect_legacy(text) is None


def test_unknown_encoding_is_refused():
    with pytest.raises(ValueError):
        convert_legacy("abc", "viscii")


def test_syllable_shape():
    assert all(is_vietnamese_syllable(w) for w in ["nghiêng", "khuỷu", "người", "quyết", "Đảng", "ủy", "gì"])
    assert not any(is_vietnamese_syllable(w) for w in ["école", "größe", "hóà", "strength", "vieät"])


WORDS = (
    "Đảng ủy thông tấn xã Việt Nam hội nghị giao ban cấp tôi là ai Hà Cà Mau người được những kết luận năm"
).split()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), st.sampled_from(["tcvn3", "vni"]))
def test_property_unicode_never_detected_and_lower_case_round_trips(words, encoding):
    text = " ".join(words)
    assert detect_legacy(text) is None
    lower = text.lower()
    assert convert_legacy(encode_legacy(lower, encoding), encoding) == lower
