"""Fixtures every screen's tests share: ``large_text`` (the check itself is tests/ui/clipping.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.clipping import LARGE_TEXT_SCALES, text_scaled


@pytest.fixture(params=LARGE_TEXT_SCALES, ids=lambda scale: f"text-{scale}x")
def large_text(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """Runs the test at each large Text size; yields the scale."""
    scale: float = request.param
    with text_scaled(scale):
        yield scale
