"""The translation hook (English plurals, untranslated blocks) and the choice of language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glute_timer.domain import i18n
from glute_timer.domain.i18n import PLURAL, install, translate, untranslated
from glute_timer.domain.language_choice import choose_language, language_code, system_languages


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    install(None, i18n.ENGLISH)


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 sessions"), (1, "1 session"), (2, "2 sessions"), (21, "21 sessions")],
)
def test_english_plural_comes_from_the_source_text(count: int, expected: str) -> None:
    assert translate("Test", "%n session(s)", None, PLURAL, count) == expected


def test_english_plural_only_drops_a_suffix_right_after_a_letter() -> None:
    text = "%n rep(s) done (left side)"
    assert translate("Test", text, None, PLURAL, 1) == "1 rep done (left side)"
    assert translate("Test", text, None, PLURAL, 3) == "3 reps done (left side)"


def test_a_text_without_plural_keeps_its_brackets_and_percent_n() -> None:
    assert translate("Test", "%n session(s)") == "%n session(s)"


def test_a_catalogue_plural_replaces_the_english_rule() -> None:
    def lookup(context: str, text: str, disambiguation: str | None, count: int) -> str:
        return "%n Einheit" if count == 1 else "%n Einheiten"

    install(lookup, "de", format_count=lambda n: f"<{n}>")
    assert translate("Test", "%n session(s)", None, PLURAL, 1) == "<1> Einheit"
    assert translate("Test", "%n session(s)", None, PLURAL, 4) == "<4> Einheiten"


def test_a_missing_translation_falls_back_to_english() -> None:
    install(lambda *_: "", "de")
    assert translate("Test", "Start") == "Start"
    assert translate("Test", "%n set(s)", None, PLURAL, 2) == "2 sets"


def test_untranslated_gives_english_and_nests() -> None:
    install(lambda *_: "Übersetzt", "de")
    with untranslated():
        with untranslated():
            assert translate("Test", "Start") == "Start"
        assert i18n.current_language() == i18n.ENGLISH
        assert translate("Test", "Start") == "Start"
    assert translate("Test", "Start") == "Übersetzt"
    assert i18n.current_language() == "de"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("de_AT.UTF-8@euro", "de"),
        ("es-MX", "es"),
        ("pt_BR", "pt"),
        ("C", ""),
        ("C.UTF-8", ""),
        ("POSIX", ""),
        ("", ""),
    ],
)
def test_language_code(name: str, code: str) -> None:
    assert language_code(name) == code


AVAILABLE = ("de", "es")


def test_language_list_is_read_in_order_up_to_an_available_one() -> None:
    environ = {"LANGUAGE": "fr:es:de", "LANG": "de_DE.UTF-8"}
    assert system_languages(environ) == ["fr", "es", "de"]
    assert choose_language(environ, "system", AVAILABLE) == "es"


def test_lc_all_beats_lc_messages_and_lang() -> None:
    environ = {"LC_ALL": "es_ES.UTF-8", "LC_MESSAGES": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"}
    assert choose_language(environ, "system", AVAILABLE) == "es"


def test_lc_messages_beats_lang() -> None:
    environ = {"LC_MESSAGES": "de_DE.UTF-8", "LANG": "es_ES.UTF-8"}
    assert choose_language(environ, "system", AVAILABLE) == "de"


def test_c_and_posix_locales_mean_english() -> None:
    assert choose_language({"LC_ALL": "C"}, "system", AVAILABLE) == "en"
    assert choose_language({"LANG": "POSIX"}, "system", AVAILABLE) == "en"
    # C in LC_ALL still decides: it is set, so LANG is not read.
    assert choose_language({"LC_ALL": "C.UTF-8", "LANG": "de_DE.UTF-8"}, "", AVAILABLE) == "en"


def test_c_in_language_is_skipped_for_the_next_preference() -> None:
    environ = {"LANGUAGE": "C:de", "LANG": "es_ES.UTF-8"}
    assert choose_language(environ, "system", AVAILABLE) == "de"


def test_the_setting_overrides_the_environment() -> None:
    environ = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
    assert choose_language(environ, "es", AVAILABLE) == "es"
    assert choose_language(environ, "en", AVAILABLE) == "en"


def test_an_unavailable_language_falls_back() -> None:
    # A setting for a language without a catalogue: the environment decides.
    assert choose_language({"LANG": "de_DE.UTF-8"}, "fr", AVAILABLE) == "de"
    # Nothing available asked for: English.
    assert choose_language({"LANGUAGE": "fr:it", "LANG": "pt_BR.UTF-8"}, "fr", AVAILABLE) == "en"
    assert choose_language({}, "system", AVAILABLE) == "en"


def test_english_in_the_language_list_stops_the_search() -> None:
    assert choose_language({"LANGUAGE": "fr:en:de"}, "system", AVAILABLE) == "en"
