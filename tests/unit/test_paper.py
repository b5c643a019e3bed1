"""The sheet arithmetic behind printing: same paper either way round, and the only fit is uniform."""

from __future__ import annotations

import pytest

from secretary_app.domain.paper import Margins, Sheet, fit_page, mm_text

A4, LETTER = Sheet(210, 297), Sheet(215.9, 279.4)
PROFILE = Margins(top=20, bottom=20, left=30, right=15)


def test_same_paper_whichever_way_round_within_a_ppd_rounding():
    assert A4.same_as(Sheet(297, 210))
    assert A4.same_as(Sheet(209.9, 297.0))  # a PPD's 595 × 842 pt
    assert not A4.same_as(LETTER)


def test_labels_name_the_sheet_and_its_size():
    assert A4.label() == "A4 (210 × 297 mm)"
    assert LETTER.label() == "Letter (216 × 279 mm)"
    assert Sheet(200, 250).label() == "200 × 250 mm"


def test_a4_on_letter_is_one_scale_centred():
    fit = fit_page(A4, LETTER, PROFILE)
    assert fit.scale == pytest.approx(279.4 / 297)  # the height limits it; the same factor for both axes
    assert fit.top == pytest.approx(0)
    assert fit.left == pytest.approx((215.9 - 210 * fit.scale) / 2)
    assert fit.margins.top == pytest.approx(20 * fit.scale)  # 18.8 mm: said to the secretary before printing
    assert fit.margins.left - fit.margins.right == pytest.approx((30 - 15) * fit.scale)


def test_landscape_page_fits_a_turned_sheet():
    fit = fit_page(Sheet(297, 210), LETTER, PROFILE)
    assert fit.scale == pytest.approx(min(279.4 / 297, 215.9 / 210))
    assert fit.left >= 0 and fit.top >= 0


def test_same_sheet_is_scale_one():
    fit = fit_page(A4, A4, PROFILE)
    assert (fit.scale, fit.left, fit.top) == (1, 0, 0)
    assert fit.margins == PROFILE


def test_millimetres_written_the_vietnamese_way():
    assert mm_text(18.81) == "18,8"
    assert mm_text(20.0) == "20"
