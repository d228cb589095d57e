"""Loads tools/make_hostile_files.py (tools/ is not a package) for tests and benchmarks."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).resolve().parents[1] / "tools" / "make_hostile_files.py"


def load_hostile_tool() -> ModuleType:
    """The make_hostile_files module."""
    spec = importlib.util.spec_from_file_location("make_hostile_files", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
