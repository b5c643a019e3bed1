"""Joining rendered PDFs for a batch print job: every page in order, and blank backs for two-sided
printing so each document starts on a new sheet."""

from __future__ import annotations

from io import BytesIO

import pdfplumber

from secretary_app.services.demo import seed_notice
from secretary_app.services.render import join_pdfs, render_pdf_bytes


def _pages(data: bytes) -> list[str]:
    with pdfplumber.open(BytesIO(data)) as pdf:
        return [(page.extract_text() or "") for page in pdf.pages]


def test_join_keeps_every_page_in_order():
    first, second = seed_notice(), seed_notice()
    second["number"] = 240
    (a, na), (b, nb) = render_pdf_bytes(first), render_pdf_bytes(second)
    joined, count = join_pdfs([a, b])
    texts = _pages(joined)
    assert count == len(texts) == na + nb
    assert "239-TB/" in texts[0] and "240-TB/" in texts[na]
    assert texts[:na] == _pages(a) and texts[na:] == _pages(b)  # each document exactly as rendered


def test_blank_backs_start_each_document_on_a_new_sheet():
    one_page = seed_notice()
    one_page["body"] = one_page["body"][:1]
    data, pages = render_pdf_bytes(one_page)
    assert pages == 1
    joined, count = join_pdfs([data, data, data], blank_backs=True)
    texts = _pages(joined)
    assert count == 6 and [bool(t.strip()) for t in texts] == [True, False] * 3
    with pdfplumber.open(BytesIO(joined)) as pdf:
        assert {(round(p.width), round(p.height)) for p in pdf.pages} == {(595, 842)}  # A4 blanks
    assert join_pdfs([data, data], blank_backs=False)[1] == 2
