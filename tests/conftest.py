"""Shared fixtures: every test gets its own data directory and never touches the real one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point GLUTE_TIMER_DATA_DIR (and Qt's settings) at a fresh temporary directory."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("GLUTE_TIMER_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield data_dir
