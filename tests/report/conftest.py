"""These tests read English dates and numbers: QLocale() is pinned to English whatever the
machine's locale (the app sets it from the chosen language; tests load no catalogue)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)
