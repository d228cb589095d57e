"""Shared fixtures: every test gets its own data directory and never touches the real one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from glute_timer.storage.database import Database


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point GLUTE_TIMER_DATA_DIR (and Qt's settings) at a fresh temporary directory."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("GLUTE_TIMER_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    # Tests read English whatever the machine's locale; tests/i18n chooses other languages.
    monkeypatch.setenv("LANGUAGE", "en")
    yield data_dir
    from glute_timer.domain import i18n

    if i18n.current_language() != i18n.ENGLISH:
        from glute_timer.language import setup_language

        setup_language(i18n.ENGLISH, environ={})


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Dates and numbers as the C locale writes them, whatever the machine's locale: the app
    sets QLocale from the chosen language, and tests load no catalogue unless they say so."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated database in the test's temporary folder."""
    from glute_timer.storage.database import open_database

    db = open_database(tmp_path / "db.sqlite3")
    yield db
    db.close()
