"""The language comes from the setting or the locale, and reaches texts, numbers and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from glute_timer.domain import i18n, library
from glute_timer.language import available_languages, native_name, setup_language
from tests.i18n.languages import in_language

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_languages_are_installed() -> None:
    assert {"en", "de", "es"} <= set(available_languages())
    assert [native_name(c) for c in ("en", "de", "es")] == ["English", "Deutsch", "Español"]


@pytest.mark.parametrize(
    ("environ", "setting", "expected"),
    [
        ({"LANGUAGE": "de"}, "system", "de"),
        ({"LANG": "es_ES.UTF-8"}, "system", "es"),
        ({"LC_MESSAGES": "de_AT.UTF-8", "LANG": "en_GB.UTF-8"}, "system", "de"),
        ({"LANGUAGE": "fr:es", "LANG": "C.UTF-8"}, "system", "es"),
        ({"LANGUAGE": "de"}, "es", "es"),
        ({"LANGUAGE": "de"}, "en", "en"),
        ({"LANG": "fr_FR.UTF-8"}, "system", "en"),
    ],
)
def test_the_language_chosen(environ: dict[str, str], setting: str, expected: str) -> None:
    try:
        assert setup_language(setting, environ).code == expected
        assert i18n.current_language() == expected
        assert QLocale().language() == QLocale(expected).language()
    finally:
        setup_language("en", environ={})


@pytest.mark.parametrize("code", ["de", "es"])
def test_built_in_texts_numbers_and_plurals_follow_the_language(code: str) -> None:
    with in_language(code):
        shown = library.shown("Wall push")
        assert shown != "Wall push"
        assert library.builtin_routine(shown) is library.builtin_routine("Wall push")
        assert QLocale().toString(1.5, "f", 1) == "1,5"
    assert library.shown("Wall push") == "Wall push"


def _cli(*args: str, language: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT / "src"),
        GLUTE_TIMER_DATA_DIR=str(data),
        LANGUAGE=language,
        LC_ALL="",
        LANG="C.UTF-8",
        QT_QPA_PLATFORM="offscreen",
    )
    return subprocess.run(
        [sys.executable, "-m", "glute_timer", *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )


def test_show_speaks_the_language_and_json_stays_neutral(tmp_path: Path) -> None:
    english = _cli("show", "Wall push", language="en", data=tmp_path)
    as_json = _cli("show", "Wall push", "--json", language="en", data=tmp_path).stdout
    assert "Wall push" in json.dumps(json.loads(as_json))
    for code in ("de", "es"):
        with in_language(code):
            name = library.shown("Wall push")
        shown = _cli("show", "Wall push", language=code, data=tmp_path)
        assert name in shown.stdout and shown.stdout != english.stdout
        by_own_name = _cli("show", name, language=code, data=tmp_path)
        assert by_own_name.stdout == shown.stdout
        assert _cli("show", "Wall push", "--json", language=code, data=tmp_path).stdout == as_json


def test_the_cli_reads_the_language_the_settings_dialog_stored(tmp_path: Path) -> None:
    from glute_timer.language import language_setting
    from glute_timer.settings import Settings

    assert language_setting(tmp_path) == "system"  # no settings file yet
    settings = Settings.open(tmp_path)
    settings.preferences.language = "es"
    settings.sync()
    assert language_setting(tmp_path) == "es"
    (tmp_path / "settings.ini").write_bytes(b"\xff\xfe[not ini\x00")
    assert language_setting(tmp_path) == "system"
