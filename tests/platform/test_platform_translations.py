"""The platform's sentences for the person follow the installed language (a stand-in
catalogue here), and read as before in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from glute_timer.domain.library import LIBRARY_CONTEXT
from glute_timer.platform import reminder_install
from glute_timer.platform.keep_awake import NoKeepAwake, NullBackend, workout_reason
from tests.fake_catalogue import installed


def _marked(context: str, text: str, _disambiguation: str | None, _count: int) -> str:
    if context == LIBRARY_CONTEXT:
        return {"Wall push": "Wanddrücken"}.get(text, "")
    return f"[{text}]"


@pytest.fixture
def marked() -> Iterator[None]:
    with installed(_marked):
        yield


def test_the_inhibit_reason_names_the_routine_in_the_persons_language(marked: None) -> None:
    assert workout_reason("Wall push") == "[Following Wanddrücken]"
    assert workout_reason("My own") == "[Following My own]"


def test_the_inhibit_reason_in_english() -> None:
    assert workout_reason("Wall push") == "Following Wall push"


def test_reasons_for_no_keep_awake_are_translated_when_read(marked: None) -> None:
    # Made before and after the language is chosen: both answer in it.
    assert NoKeepAwake().unavailable_reason == "[no keep-awake service]"
    assert NullBackend().reason == "[keeping the screen awake is turned off]"


def test_reminder_status_is_translated(tmp_path: Path, marked: None) -> None:
    assert reminder_install.status(tmp_path) == (
        "[Reminders are not installed ('glute-timer reminders install' sets them up).]"
    )
    reminder_install.manifest_path(tmp_path).write_text(
        '{"kind": "autostart", "files": [], "times": []}', encoding="utf-8"
    )
    assert reminder_install.status(tmp_path) == "[Installed: an autostart entry for [no time].]"
