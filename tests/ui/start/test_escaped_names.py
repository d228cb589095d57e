"""Names stored before control and invisible characters were refused are shown escaped."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from glute_timer.domain.model import Exercise, Routine
from glute_timer.ui.start.start_screen import StartScreen, routine_details

OLD = Routine(name="Old\x1b[2J", exercises=(Exercise(name="Clam\u200b"),), prep_seconds=5)


def test_start_screen_escapes_stored_names(qtbot: QtBot) -> None:
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_routines([(OLD, False)])
    text = screen.routine_list.item(0).text()
    assert text.startswith("Old\\x1b[2J\n")
    assert "\x1b" not in text
    assert screen.select("old\x1b[2j")  # still found by its own (raw) name
    assert screen.selected() is OLD
    assert "• Clam\\u{200b}: 30 s each side" in routine_details(OLD)
