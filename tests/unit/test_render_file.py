"""services.render.render_file: the CLI's entry point."""

from __future__ import annotations

import json

import pytest
from render_helpers import SEED_JSON, seed_dict

from secretary_app.domain.document import DocumentError
from secretary_app.services.render import render_file


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".PDF"])
def test_renders_by_suffix(tmp_path, suffix):
    out = tmp_path / f"out{suffix}"
    render_file(SEED_JSON, out)
    assert out.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")


def test_invalid_json_names_line_and_column(tmp_path):
    src = tmp_path / "bad.json"
    src.write_text('{\n  "standard": "party",\n  "kind": \n}', encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        render_file(src, tmp_path / "out.pdf")
    assert info.value.key == "(json)"
    assert "dòng 4" in info.value.message and "cột" in info.value.message
    assert not (tmp_path / "out.pdf").exists()


def test_invalid_document_leaves_no_output(tmp_path):
    d = seed_dict()
    d["date"] = "2021-02-30"
    src = tmp_path / "doc.json"
    src.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8-sig")  # BOM from Notepad is fine
    with pytest.raises(DocumentError) as info:
        render_file(src, tmp_path / "out.pdf")
    assert info.value.key == "date"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]


def test_missing_file_and_bad_suffix(tmp_path):
    with pytest.raises(DocumentError) as info:
        render_file(tmp_path / "none.json", tmp_path / "out.pdf")
    assert info.value.key == "(file)"
    with pytest.raises(DocumentError) as info:
        render_file(SEED_JSON, tmp_path / "out.odt")
    assert info.value.key == "(output)"


def test_reportlab_runs_with_its_c_accelerators():
    """rl_accel is a pinned dependency: without it ReportLab silently falls back to pure Python (~25 %
    slower)."""
    from reportlab.lib import rl_accel

    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
    assert type(rl_accel.instanceStringWidthTTF).__name__ == "builtin_function_or_method"
