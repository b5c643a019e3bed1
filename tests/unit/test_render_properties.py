"""Property tests: random Vietnamese text, very long names, 1–30 page bodies never crash or leave the
margins."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from render_helpers import A4, MARGINS, open_pdf, render_bytes, seed_dict

from secretary_app.domain.document_reading import document_from_dict

VIET = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
ALPHABET = VIET + VIET.upper() + "0123456789 ,.;:()-/“”"
word = st.text(alphabet=VIET + VIET.upper(), min_size=1, max_size=25)
sentence = st.lists(word, min_size=1, max_size=60).map(" ".join)
long_name = st.lists(word, min_size=1, max_size=30).map(" ".join)
TOL = 0.5


def assert_inside_margins(data: bytes) -> None:
    with open_pdf(data) as pdf:
        for page in pdf.pages:
            for ch in page.chars:
                if ch["text"].isspace():
                    continue
                assert MARGINS["left"] - TOL <= ch["x0"] and ch["x1"] <= A4[0] - MARGINS["right"] + TOL, ch
                assert ch["bottom"] <= A4[1] - MARGINS["bottom"] + TOL, ch
                assert ch["top"] >= MARGINS["top"] - TOL or (page.page_number > 1 and ch["text"].isdigit()), (
                    ch
                )


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parent=long_name,
    name=long_name,
    subject=sentence,
    signer=long_name,
    position=long_name,
    recipients=st.lists(long_name, min_size=0, max_size=12),
    body=st.lists(
        st.tuples(st.sampled_from(["paragraph", "heading", "item", "subheading", "section"]), sentence),
        min_size=1,
        max_size=12,
    ),
    standard=st.sampled_from(["party", "state"]),
)
def test_random_documents_stay_inside_margins(
    parent, name, subject, signer, position, recipients, body, standard
):
    d = seed_dict()
    d.update(
        standard=standard,
        subject=subject,
        recipients=recipients,
        body=[{"type": t, "text": x} for t, x in body],
    )
    d["issuer"].update(parent=parent, name=name)
    d["signature"] = {
        "authority": "T/M ĐẢNG ỦY" if standard == "party" else "TM. ỦY BAN NHÂN DÂN",
        "position": position,
        "name": signer,
    }
    data, pages = render_bytes(document_from_dict(d))
    assert pages >= 1
    assert_inside_margins(data)


@settings(max_examples=5, deadline=None)
@given(pages=st.integers(min_value=1, max_value=30), text=sentence)
def test_long_bodies(pages, text):
    # a text block holds ~728 pt; each paragraph below is ~7 lines of 18 pt + 6 pt, so six of them fill a page
    paragraph = (
        " ".join(["Đảng ủy lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị của đơn vị"] * 8) + " " + text
    )
    d = seed_dict()
    d["body"] = [{"type": "paragraph", "text": paragraph}] * (pages * 6)
    data, count = render_bytes(document_from_dict(d))
    assert count >= pages
    with open_pdf(data) as pdf:
        assert len(pdf.pages) == count
        last = pdf.pages[-1]  # the signature is never alone: body text shares its page
        assert any(c["text"] == "Đ" and c["size"] == 14 for c in last.chars)


@pytest.mark.parametrize("n", [40])
def test_many_recipients_split_over_pages(n):
    d = seed_dict()
    d["recipients"] = [f"Chi bộ số {i} trực thuộc Đảng bộ cơ sở" for i in range(n)]
    data, pages = render_bytes(document_from_dict(d))
    assert_inside_margins(data)
