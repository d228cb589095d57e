"""Control, bidi and invisible characters are shown escaped, on one line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glute_timer.domain.text_safety import display_name, escape_for_terminal, is_unsafe


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b]0;title\x07b", "a\\x1b]0;title\\x07b"),
        ("line\nbreak\r", "line\\x0abreak\\x0d"),
        ("nul\x00", "nul\\x00"),
        ("del\x7f c1\x9b", "del\\x7f c1\\x9b"),
        ("\u200b", "\\u{200b}"),
        ("\u202eevil", "\\u{202e}evil"),
        ("\ufeffbom", "\\u{feff}bom"),
        ("sep\u2028x", "sep\\u{2028}x"),
    ],
)
def test_unsafe_characters_are_escaped(raw: str, shown: str) -> None:
    assert escape_for_terminal(raw) == shown


@pytest.mark.parametrize(
    "text", ["Wall push", "Café", "Мост ягодиц", "Clam 😀", "a\u00a0b", "x\\y"]
)
def test_printable_text_passes_unchanged(text: str) -> None:
    assert escape_for_terminal(text) == text
    assert display_name(text) == text


@given(st.text())
def test_escaped_text_is_one_safe_line(text: str) -> None:
    shown = escape_for_terminal(text)
    assert not any(is_unsafe(char) for char in shown)
    assert len(shown.splitlines()) <= 1
