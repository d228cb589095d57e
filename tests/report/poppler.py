"""Finding poppler-utils' tools: a test skips without them, except in CI where it fails."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


def poppler_tool(name: str) -> str:
    """The path of ``name`` (pdftotext, pdftoppm)."""
    found = shutil.which(name) or (
        f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None
    )
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing (install poppler-utils)")
        pytest.skip(f"{name} is missing (install poppler-utils)")
    return found
