"""Fixtures every screen's tests share: ``large_text`` (the check itself is tests/ui/clipping.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from tests.i18n.languages import in_language
from tests.ui.clipping import LARGE_TEXT_SCALES, text_scaled

# English, and German: the longest of the shipped languages.
LAYOUT_LANGUAGES = ("en", "de")


@pytest.fixture(
    params=[(scale, code) for code in LAYOUT_LANGUAGES for scale in LARGE_TEXT_SCALES],
    ids=lambda param: f"text-{param[0]}x-{param[1]}",
)
def large_text(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """Runs the test at each large Text size, in English and in German; yields the scale."""
    scale, code = request.param
    with in_language(code), text_scaled(scale):
        yield scale


def known_in_german_at_2x(request: pytest.FixtureRequest, reason: str) -> None:
    """Mark a large-text run as a known failure at 2x text in German only, with its reason
    (the same run in English, and German at 1.5x, must still pass)."""
    if "text-2.0x-de" in request.node.name:
        request.applymarker(
            pytest.mark.xfail(strict=False, reason=f"known, German at 2x: {reason}")
        )
