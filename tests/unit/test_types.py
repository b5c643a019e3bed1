"""mypy is clean on the headless layers (domain, db, services, rendering): its settings are [tool.mypy] in
pyproject.toml, the version is pinned in the test extra, and .ci/run runs it too."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_headless_layers_type_check():
    pytest.importorskip("mypy", reason="mypy is pinned in the test extra: pip install -e '.[test]'")
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, f"mypy found type errors:\n{result.stdout}{result.stderr}"
