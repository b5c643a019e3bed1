"""The render fuzz in the normal suite (issue 17): a few hundred hostile documents, each printed or refused
with a Vietnamese message — never a traceback, never a partial file. bench/fuzz_render.py runs thousands."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from render_helpers import seed_dict

from secretary_app.domain.document import DocumentError
from secretary_app.domain.document_reading import document_from_dict
from secretary_app.rendering import render_docx, render_pdf

BENCH = Path(__file__).resolve().parents[2] / "bench" / "fuzz_render.py"


def _bench():
    if "fuzz_render" not in sys.modules:
        spec = importlib.util.spec_from_file_location("fuzz_render", BENCH)
        module = importlib.util.module_from_spec(spec)
        sys.modules["fuzz_render"] = module
        spec.loader.exec_module(module)
    return sys.modules["fuzz_render"]


@settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**31))
def test_seeded_hostile_documents_through_the_cli_door(index):
    """The bench's generator (texts up to 8,000 characters here), through render_file to PDF or DOCX,
    sometimes to an impossible output path."""
    with tempfile.TemporaryDirectory() as tmp:
        result = _bench().run_case(4242, index, Path(tmp), big=8_000)
    assert result["outcome"] in ("ok", "refused"), result
    assert not result["partial"], result


_TEXT = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()),  # every code point, surrogates included
    max_size=300,
)
_SCALAR = st.none() | st.booleans() | st.integers() | st.floats() | _TEXT
_JSONISH = st.recursive(
    _SCALAR,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=12,
)  # noqa: E501
_KEYS = ["title", "subject", "place", "date", "number", "type_code", "recipients", "marks", "draft", "body"]


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(st.sampled_from(_KEYS), _JSONISH | _TEXT, max_size=3),
    st.lists(
        st.fixed_dictionaries(
            {"type": st.sampled_from(["paragraph", "item", "heading", "table", "chart", "page_break"])},
            optional={
                "text": _TEXT,
                "rows": _JSONISH,
                "columns": _JSONISH,
                "widths": _JSONISH,
                "categories": _JSONISH,
                "series": _JSONISH,
                "stacked": _SCALAR,
            },  # fmt: skip
        ),
        max_size=4,
    ),
    st.booleans(),
)
def test_arbitrary_values_in_a_real_document(changes, blocks, docx):
    """Hypothesis' own values — any code point, any JSON shape — in the keys and body of the seed notice."""
    data = seed_dict()
    data.update(changes)
    if isinstance(data.get("body"), list):
        data["body"] = data["body"][:2] + blocks
    try:
        doc = document_from_dict(json.loads(json.dumps(data)))
    except (DocumentError, ValueError) as exc:
        assert isinstance(exc, DocumentError), exc  # the JSON round trip itself never refuses here
        assert exc.message
        return
    except RecursionError:  # pragma: no cover - bounded by max_leaves
        raise
    try:
        (render_docx if docx else render_pdf)(doc, io.BytesIO())
    except DocumentError as exc:  # a layout refused with a message is an answer, not a crash
        assert exc.message
