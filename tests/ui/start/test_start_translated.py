"""The start screen's words go through the catalogue: its own texts, the built-in routines'
names and descriptions (the library's), counts with their plural and dates by the locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from glute_timer.domain.library import ROUTINES
from glute_timer.domain.model import Exercise, Routine
from glute_timer.ui.start.last_done import last_done_text
from glute_timer.ui.start.start_screen import StartScreen
from glute_timer.ui.start.today_strip import streak_text

OWN = Routine(name="My morning", exercises=(Exercise(name="Bridge"),), prep_seconds=5)


def test_the_screen_shows_translated_words_and_library_texts(qtbot: QtBot, bracketed: None) -> None:
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_routines([(ROUTINES[0], True), (OWN, False)])
    assert screen.help_button.text() == "[StartScreen: Keys]"
    assert screen.start_button.accessibleName() == "[StartScreen: Start the selected routine]"
    first = screen.routine_list.item(0).text()
    assert first.startswith("[Library: Wall push]\n")
    assert "[StartScreen: activation]" in first and "[StartScreen: built-in]" in first
    # The person's own names are theirs: never looked up.
    assert screen.routine_list.item(1).text().startswith("My morning\n")
    assert screen.details.name_label.text() == "[Library: Wall push]"
    assert screen.details.meta_label.text().startswith("[StartScreen: ")


def test_counts_take_the_catalogues_plural_and_the_number_is_filled_in(
    bracketed: None,
) -> None:
    assert last_done_text(date(2026, 11, 28), date(2026, 12, 1)) == "[LastDone: 3 day(s) ago]"
    assert streak_text(4) == "[TodayStrip: Streak: 4 day(s)]"


def test_an_old_date_follows_the_locale() -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        words = last_done_text(date(2025, 1, 5), date(2026, 12, 1))
    finally:
        QLocale.setDefault(previous)
    assert words == "5 Jan. 2025"
