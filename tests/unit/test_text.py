import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secretary_app.domain.text import (
    DateParseError,
    clean_line,
    fold,
    nfc,
    parse_vn_date,
    vn_date_long,
    vn_date_short,
    vn_datetime_short,
    vn_place_date,
)


def test_nfc_composes_decomposed_input():
    decomposed = unicodedata.normalize("NFD", "Đảng ủy Thông tấn xã")
    assert decomposed != "Đảng ủy Thông tấn xã"
    assert nfc(decomposed) == "Đảng ủy Thông tấn xã"


def test_nfc_drops_control_characters_but_keeps_newlines():
    assert nfc("Hội\x00 nghị\x0b\nlần 2\t\u200b") == "Hội nghị\nlần 2\t"


def test_clean_line_folds_whitespace():
    assert clean_line("  Hà   Nội \n") == "Hà Nội"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đảng ủy", "dang uy"),
        ("ĐẢNG ỦY THÔNG TẤN XÃ", "dang uy thong tan xa"),
        ("đ Đ d D", "d d d d"),
        ("Nghị quyết số 01-NQ/ĐU", "nghi quyet so 01-nq/du"),
        (unicodedata.normalize("NFD", "Hội nghị"), "hoi nghi"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


@given(
    st.text(
        alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọ"
        "ốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐĂÂÊÔƠƯ "
    )
)
def test_fold_leaves_only_ascii_for_vietnamese_letters(text):
    assert fold(text).isascii()


@pytest.mark.parametrize(
    ("value", "long"),
    [
        (date(2021, 10, 12), "ngày 12 tháng 10 năm 2021"),
        (date(2021, 2, 5), "ngày 05 tháng 02 năm 2021"),
        (date(2026, 1, 9), "ngày 09 tháng 01 năm 2026"),
        (date(2026, 9, 7), "ngày 07 tháng 9 năm 2026"),
        (date(2018, 3, 20), "ngày 20 tháng 3 năm 2018"),
    ],
)
def test_long_date_pads_days_below_10_and_months_1_2(value, long):
    assert vn_date_long(value) == long


def test_short_and_place_dates():
    assert vn_date_short(date(2021, 10, 12)) == "12/10/2021"
    assert vn_date_short(date(2021, 2, 5)) == "05/02/2021"
    assert vn_place_date(" Hà  Nội", date(2021, 10, 12)) == "Hà Nội, ngày 12 tháng 10 năm 2021"
    assert vn_datetime_short(datetime(2021, 10, 12, 8, 5)) == "08 giờ 05, 12/10/2021"


@pytest.mark.parametrize("text", ["12/10/2021", "12.10.2021", "12-10-2021", " 12 / 10 / 2021 ", "2021-10-12"])
def test_parse_vn_date_accepts_common_forms(text):
    assert parse_vn_date(text) == date(2021, 10, 12)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("31/02/2021", "không có trên lịch"), ("", "Chưa nhập ngày"), ("hôm qua", "không phải là ngày hợp lệ")],
)
def test_parse_vn_date_rejects_with_vietnamese_message(text, fragment):
    with pytest.raises(DateParseError) as info:
        parse_vn_date(text)
    assert fragment in info.value.message
