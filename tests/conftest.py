"""Shared test setup: every test gets its own data directory, so nothing touches the real user's files."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SECRETARY_DATA_DIR", str(data))
    return data
