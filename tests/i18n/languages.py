"""Run a block of a test in one of the shipped languages (the compiled catalogues)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QLocale

from glute_timer.domain import i18n
from glute_timer.language import available_languages, setup_language


@contextmanager
def in_language(code: str) -> Iterator[None]:
    """The app's texts, Qt's and the locale in ``code`` for the block, English after."""
    if code != i18n.ENGLISH and code not in available_languages():
        pytest.fail(f"no compiled catalogue for {code!r}: run `make translations`")
    before = QLocale()
    loaded = setup_language(code, environ={})
    assert loaded.code == code
    try:
        yield
    finally:
        setup_language(i18n.ENGLISH, environ={})
        QLocale.setDefault(before)
