"""Every duration and hold text: one wording, durations rounded half up, countdowns up."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glute_timer.domain import library
from glute_timer.domain.model import Exercise, HoldTime, Mode, Sides
from glute_timer.formatting import (
    clock,
    countdown_clock,
    dial_text,
    duration_text,
    exercise_amount_text,
    held_range_text,
    hold_time_text,
    precise_seconds_text,
    seconds_text,
    whole_seconds,
)
from tests.fake_catalogue import Entries, catalogue


@pytest.mark.parametrize(
    ("seconds", "whole"),
    [(23.4, 23), (23.5, 24), (22.5, 23), (0.49, 0), (0.5, 1), (-3.0, 0), (59.6, 60)],
)
def test_durations_round_half_up(seconds: float, whole: int) -> None:
    assert whole_seconds(seconds) == whole


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (23.4, "0:23"),
        (23.5, "0:24"),
        (145, "2:25"),
        (3599.4, "59:59"),
        (3900, "1:05:00"),
    ],
)
def test_clock(seconds: float, text: str) -> None:
    assert clock(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (45, "45 s"),
        (59.6, "1 min 00 s"),
        (245, "4 min 05 s"),
        (145, "2 min 25 s"),
        (3900, "1 h 05 min 00 s"),
    ],
)
def test_duration_in_words(seconds: float, text: str) -> None:
    assert duration_text(seconds) == text


@pytest.mark.parametrize(("seconds", "text"), [(30, "30 s"), (29.5, "30 s"), (0, "0 s")])
def test_seconds(seconds: float, text: str) -> None:
    assert seconds_text(seconds) == text


@pytest.mark.parametrize(("seconds", "text"), [(30, "30"), (9.2, "10"), (0.01, "1"), (125, "2:05")])
def test_format_seconds(seconds: float, text: str) -> None:
    # The workout dial: a countdown, rounded up so "0" only shows at the end.
    assert dial_text(seconds) == text


def test_countdown_rounds_up() -> None:
    assert countdown_clock(23.4) == "0:24"
    assert countdown_clock(3.0000001) == "0:03"
    assert countdown_clock(0) == "0:00"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (23.44, "23.4 s"),
        (23.45, "23.5 s"),
        (0.04, "0.0 s"),
        (59.94, "59.9 s"),
        (59.96, "1:00"),
        (75.2, "1:15"),
    ],
)
def test_precise_seconds(seconds: float, text: str) -> None:
    assert precise_seconds_text(seconds) == text


@given(st.floats(min_value=0, max_value=360_000, allow_nan=False))
def test_clock_and_words_agree(seconds: float) -> None:
    whole = whole_seconds(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    assert clock(seconds).endswith(
        f"{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    )
    assert duration_text(seconds).endswith(f"{secs:02d} s" if whole >= 60 else f"{secs} s")


def test_hold_texts() -> None:
    assert hold_time_text(HoldTime.same(30)) == "30 s"
    assert hold_time_text(HoldTime(45, 30)) == "left 45 s, right 30 s"
    assert held_range_text([20, 45, 30]) == "20–45 s"
    assert held_range_text([20, 20]) == "20 s"
    assert held_range_text([]) == "–"


@pytest.mark.parametrize(
    ("exercise", "text"),
    [
        (replace(library.WALL_PUSH, hold=HoldTime.same(30), sets=2), "2 × 30 s each side"),
        (replace(library.WALL_PUSH, hold=HoldTime(45, 30), sets=1), "left 45 s, right 30 s"),
        (replace(library.WALL_PUSH, sides=Sides.LEFT, sets=1), "30 s left only"),
        (Exercise("Lunge", mode=Mode.REPS, reps=12, sets=2), "2 × 12 reps each side"),
        (Exercise("Bridge", mode=Mode.REPS, reps=12, sides=Sides.NONE), "12 reps"),
    ],
)
def test_exercise_amounts(exercise: Exercise, text: str) -> None:
    assert exercise_amount_text(exercise) == text


def test_all_holds_default_matches_the_adjust_rule() -> None:
    import inspect

    from glute_timer import formatting
    from glute_timer.domain.adjust import ALL_HOLDS

    default = inspect.signature(formatting.chosen_holds_text).parameters["exercise_index"].default
    assert default == ALL_HOLDS


def test_one_rep_is_singular() -> None:
    one = Exercise("Bridge", mode=Mode.REPS, reps=1, sides=Sides.NONE)
    assert exercise_amount_text(one) == "1 rep"
    assert exercise_amount_text(replace(one, reps=2)) == "2 reps"


def test_words_come_from_whole_translated_templates() -> None:
    german: Entries = {
        ("Durations", "{seconds} s"): "{seconds} Sek.",
        ("Durations", "{whole}.{tenth} s"): "{whole},{tenth} s",
        ("Durations", "{minutes} min {seconds} s"): "{minutes} Min. {seconds} Sek.",
        (
            "Durations",
            "left {left_time}, right {right_time}",
        ): "links {left_time}, rechts {right_time}",
        ("Durations", "{sets} × {amount} each side"): "je Seite {sets} × {amount}",
        ("Durations", "{amount} left only"): "nur links {amount}",
        ("Durations", "%n rep(s)"): ("%n Wiederholung", "%n Wiederholungen"),
        ("Durations", "{low}–{high} s"): "{low} bis {high} s",
    }
    with catalogue(german):
        assert seconds_text(30) == "30 Sek."
        assert precise_seconds_text(23.44) == "23,4 s"
        assert duration_text(245) == "4 Min. 05 Sek."
        assert hold_time_text(HoldTime(45, 30)) == "links 45 Sek., rechts 30 Sek."
        assert exercise_amount_text(library.WALL_PUSH) == "je Seite 2 × 30 Sek."
        reps = Exercise("Lunge", mode=Mode.REPS, reps=1, sides=Sides.LEFT)
        assert exercise_amount_text(reps) == "nur links 1 Wiederholung"
        assert held_range_text([20, 45]) == "20 bis 45 s"
        assert clock(90) == "1:30"  # clock durations are the same in every language
    assert seconds_text(30) == "30 s"
