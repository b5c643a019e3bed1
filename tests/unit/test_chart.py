"""The "chart" body block: parsing, the PDF drawing (bars and labels, inside the margins), the DOCX
fallback."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from docx import Document as read_docx
from render_helpers import A4, MARGINS, seed_dict

from secretary_app.domain.document import DocumentError
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.domain.document_writing import document_to_dict
from secretary_app.rendering import render_docx, render_pdf
from secretary_app.rendering.chart import chart_png, chart_table

UNITS = ["VPĐU", "BTG", "BTC", "UBKT"]
SERIES = [
    {"name": "Hoàn thành đúng hạn", "values": [3, 0, 5, 1]},
    {"name": "Quá hạn chưa hoàn thành", "values": [2, 4, 0, 1]},
]


def chart_doc(categories=UNITS, series=SERIES, stacked=True) -> dict:
    doc = seed_dict()
    doc.update(kind="report", title="BÁO CÁO", type_code="BC", unnumbered=True)
    doc["body"] = [
        {"type": "paragraph", "text": "Tình hình thực hiện kết luận theo đơn vị."},
        {
            "type": "chart",
            "text": "Biểu đồ tình hình thực hiện",
            "stacked": stacked,
            "categories": categories,
            "series": series,
        },
    ]
    return doc


def pdf_of(content: dict) -> pdfplumber.PDF:
    out = io.BytesIO()
    render_pdf(document_from_dict(content), out)
    return pdfplumber.open(io.BytesIO(out.getvalue()))


def test_chart_block_round_trip_and_validation():
    doc = document_from_dict(chart_doc())
    (chart,) = [b for b in doc.body if b.type == "chart"]
    assert chart.categories == UNITS and chart.stacked and chart.series[1].values == [2, 4, 0, 1]
    assert document_from_dict(document_to_dict(doc)) == doc
    bad = chart_doc(series=[{"name": "x", "values": [1, 2]}])
    with pytest.raises(DocumentError) as err:
        document_from_dict(bad)
    assert err.value.key == "body[1].series[0].values"
    with pytest.raises(DocumentError):
        document_from_dict(chart_doc(series=[{"name": "x", "values": [1, -2, 0, 0]}]))
    with pytest.raises(DocumentError):
        document_from_dict(chart_doc(categories=[]))
    with pytest.raises(DocumentError) as err:
        document_from_dict(chart_doc(series=[{"name": "x", "values": [1, 1, 1, 1], "color": "red"}]))
    assert err.value.key == "body[1].series[0].color"
    coloured = document_from_dict(
        chart_doc(series=[{"name": "x", "values": [1, 1, 1, 1], "color": "#c62828"}])
    )
    assert document_from_dict(document_to_dict(coloured)).body[1].series[0].color == "#c62828"


def _words(page) -> set[str]:
    return {w["text"] for w in page.extract_words(keep_blank_chars=False)}


@pytest.mark.parametrize("stacked", [True, False])
def test_pdf_has_the_bars_and_labels(stacked):
    with pdf_of(chart_doc(stacked=stacked)) as pdf:
        page = pdf.pages[0]
        words = _words(page)
        assert set(UNITS) <= words
        text = page.extract_text()
        assert "Hoàn thành đúng hạn" in text and "Quá hạn chưa hoàn thành" in text
        assert "Biểu đồ tình hình thực hiện" in text
        # One filled rectangle per non-zero value (plus the legend's two swatches).
        filled = [r for r in page.rects if r.get("fill")]
        bars = sum(1 for s in SERIES for v in s["values"] if v)
        assert len(filled) >= bars + 2
        if stacked:
            assert {"5", "4", "2"} <= words  # totals printed over the stacked bars (3+2, 0+4, 5+0, 1+1)


def test_no_glyph_outside_the_margins_even_with_many_long_labels():
    categories = [f"Chi bộ Ban Biên tập số {i}" for i in range(1, 41)]  # 40 units: labels must turn
    series = [
        {"name": name, "values": [(i * k) % 7 for i in range(40)]}
        for k, name in enumerate(
            [
                "Hoàn thành đúng hạn",
                "Hoàn thành quá hạn",
                "Chưa đến hạn",
                "Đang thực hiện (trong hạn)",
                "Quá hạn chưa hoàn thành",
            ],
            start=1,
        )
    ]
    with pdf_of(chart_doc(categories, series)) as pdf:
        for page in pdf.pages:
            for ch in page.chars:
                assert MARGINS["left"] - 0.5 <= ch["x0"] and ch["x1"] <= A4[0] - MARGINS["right"] + 0.5, ch[
                    "text"
                ]
                assert ch["bottom"] <= A4[1] - MARGINS["bottom"] + 0.5, ch["text"]
            for rect in page.rects:
                assert MARGINS["left"] - 0.5 <= rect["x0"] and rect["x1"] <= A4[0] - MARGINS["right"] + 0.5
        assert any(ch["upright"] is False for page in pdf.pages for ch in page.chars)  # turned labels


def test_docx_gets_a_picture_or_the_figures_as_a_table(tmp_path):
    doc = document_from_dict(chart_doc())
    out = tmp_path / "chart.docx"
    render_docx(doc, out)
    word = read_docx(out)
    block = doc.body[1]
    if chart_png(block, 400) is None:  # no rlPyCairo here: the documented fallback
        tables = [t for t in word.tables if t.rows[0].cells[-1].text == "Tổng"]
        assert len(tables) == 1
        cells = [[c.text for c in row.cells] for row in tables[0].rows]
        assert cells == [chart_table(block)[0]] + chart_table(block)[1]
        assert cells[1] == ["VPĐU", "3", "2", "5"]
    else:
        assert word.inline_shapes
    assert "Biểu đồ tình hình thực hiện" in [p.text for p in word.paragraphs]
