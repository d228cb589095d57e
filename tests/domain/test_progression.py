"""Progression rules at and around each threshold."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from glute_timer.domain import library
from glute_timer.domain.model import HoldTime, Routine, Side, Stage
from glute_timer.domain.progression import (
    THRESHOLDS,
    RecentSession,
    SuggestionKind,
    routine_level,
    session_suggestion,
    stage_suggestion,
    weaker_side,
)


def _builtin(name: str) -> Routine:
    routine = library.builtin_routine(name)
    assert routine is not None
    return routine


WALL = _builtin("Wall push")
T0 = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


def sessions(
    ratings: list[tuple[int | None, int | None]],
    routine: Routine = WALL,
    *,
    completed: bool = True,
    left: float = 60.0,
    right: float = 60.0,
) -> list[RecentSession]:
    """Sessions oldest first, one a day, each (pain, effort)."""
    return [
        RecentSession(
            session_id=n + 1,
            started_at=T0 + timedelta(days=n),
            completed=completed,
            effort=effort,
            pain=pain,
            held_left=left,
            held_right=right,
            level=routine_level(routine),
        )
        for n, (pain, effort) in enumerate(ratings)
    ]


def holds(routine: Routine) -> list[tuple[int, int]]:
    return [(e.hold.left, e.hold.right) for e in routine.exercises if e.mode.value == "hold"]


# ------------------------------------------------------------------- step up


def test_three_easy_completed_sessions_earn_five_seconds_more() -> None:
    suggestion = session_suggestion(WALL, sessions([(2, 6), (0, 3), (1, 5)]))
    assert suggestion is not None and suggestion.kind is SuggestionKind.MORE
    assert suggestion.changed is not None
    assert holds(suggestion.changed) == [(35, 35)]
    assert suggestion.side is None
    assert "+5 s holds" in suggestion.title
    assert suggestion.changed.name == "Wall push"  # the copy is named on accepting


@pytest.mark.parametrize(
    "ratings",
    [
        [(3, 6), (0, 3), (1, 5)],  # pain 3 once
        [(2, 7), (0, 3), (1, 5)],  # effort 7 once
        [(None, 3), (0, 3), (1, 5)],  # not rated
        [(1, 3), (1, 5)],  # only two sessions
    ],
)
def test_no_step_up_just_past_a_threshold(ratings: list[tuple[int | None, int | None]]) -> None:
    assert session_suggestion(WALL, sessions(ratings)) is None


def test_no_step_up_after_a_stopped_session() -> None:
    recent = sessions([(1, 3), (1, 3), (1, 3)])
    recent[1] = replace(recent[1], completed=False)
    assert session_suggestion(WALL, recent) is None


def test_no_step_up_from_sessions_at_an_earlier_level() -> None:
    recent = sessions([(1, 3), (1, 3), (1, 3)])
    recent[0] = replace(recent[0], level="25/25s*2")
    assert session_suggestion(WALL, recent) is None


def test_only_the_last_three_sessions_matter() -> None:
    recent = sessions([(4, 9), (1, 3), (1, 3), (1, 3)])
    assert session_suggestion(WALL, recent) is not None


def test_the_weaker_side_is_stepped_up_first() -> None:
    # Right held 5 s less in all: the gap is exactly the threshold.
    recent = sessions([(1, 3)] * 3, left=60.0, right=60.0 - THRESHOLDS.side_gap_seconds / 3)
    suggestion = session_suggestion(WALL, recent)
    assert suggestion is not None and suggestion.side is Side.RIGHT
    assert suggestion.changed is not None and holds(suggestion.changed) == [(30, 35)]
    assert "right side (the weaker one)" in suggestion.title
    just_under = sessions([(1, 3)] * 3, left=60.0, right=60.0 - 4.9 / 3)
    assert weaker_side(just_under, THRESHOLDS) is None


def test_reps_go_up_by_two() -> None:
    routine = Routine("Squats", (library.SINGLE_LEG_SQUAT,))
    suggestion = session_suggestion(routine, sessions([(0, 4)] * 3, routine))
    assert suggestion is not None and suggestion.changed is not None
    assert suggestion.changed.exercises[0].reps == library.SINGLE_LEG_SQUAT.reps + 2
    assert "+2 reps" in suggestion.title


def test_nothing_to_step_up_at_the_limits() -> None:
    long_hold = replace(library.WALL_PUSH, hold=HoldTime.same(3600))
    routine = Routine("Longest", (long_hold,))
    assert session_suggestion(routine, sessions([(0, 1)] * 3, routine)) is None


def test_step_key_changes_with_the_level() -> None:
    first = session_suggestion(WALL, sessions([(1, 3)] * 3))
    assert first is not None and first.changed is not None
    second = session_suggestion(first.changed, sessions([(1, 3)] * 3, first.changed))
    assert second is not None and second.key != first.key


# ---------------------------------------------------------------- ease back


def test_pain_five_in_the_last_session_eases_back() -> None:
    suggestion = session_suggestion(WALL, sessions([(4, 3), (4, 3), (5, 3)]))
    assert suggestion is not None and suggestion.kind is SuggestionKind.EASE
    assert suggestion.changed is not None and holds(suggestion.changed) == [(25, 25)]
    assert "pain was 5" in suggestion.reason
    # Pain 4 with no rise: neither easy nor a reason to ease back.
    assert session_suggestion(WALL, sessions([(4, 3), (4, 3), (4, 3)])) is None


def test_pain_five_earlier_does_not_ease_back_once_it_settled() -> None:
    assert session_suggestion(WALL, sessions([(5, 3), (1, 3)])) is None


def test_pain_rising_by_two_over_three_sessions_eases_back() -> None:
    suggestion = session_suggestion(WALL, sessions([(0, 3), (1, 3), (2, 3)]))
    assert suggestion is not None and suggestion.kind is SuggestionKind.EASE
    assert "from 0 to 2" in suggestion.reason
    # A rise of 1 is not enough (and these sessions are easy: step up instead).
    rise_one = session_suggestion(WALL, sessions([(1, 3), (1, 3), (2, 3)]))
    assert rise_one is not None and rise_one.kind is SuggestionKind.MORE


def test_ease_back_wins_over_step_up_and_a_single_session_suffices() -> None:
    suggestion = session_suggestion(WALL, sessions([(7, 8)]))
    assert suggestion is not None and suggestion.kind is SuggestionKind.EASE


def test_ease_back_repeats_when_holds_cannot_shrink() -> None:
    short = Routine("Short", (replace(library.WALL_PUSH, hold=HoldTime.same(5)),))
    suggestion = session_suggestion(short, sessions([(6, 3)], short))
    assert suggestion is not None and suggestion.changed is None
    assert "repeat" in suggestion.title
    reps = Routine("Squats", (library.SINGLE_LEG_SQUAT,))
    suggestion = session_suggestion(reps, sessions([(6, 3)], reps))
    assert suggestion is not None and suggestion.changed is None


# -------------------------------------------------------------- next stage

NEXT = {Stage.STRENGTH: "Glute medius strength", Stage.ENDURANCE: "Glute medius endurance"}


def test_three_weeks_met_with_easy_sessions_offers_the_strength_routine() -> None:
    easy = sessions([(1, 4)] * 6)
    suggestion = stage_suggestion(
        {"Wall push": Stage.ACTIVATION}, [True] * 3, {Stage.ACTIVATION: easy}, NEXT
    )
    assert suggestion is not None and suggestion.kind is SuggestionKind.NEXT_STAGE
    assert suggestion.add_routine == "Glute medius strength"
    assert suggestion.key == "next-stage:activation:strength"


def test_strength_leads_to_endurance() -> None:
    stages = {"Wall push": Stage.ACTIVATION, "Glute medius strength": Stage.STRENGTH}
    easy = sessions([(1, 4)] * 3)
    suggestion = stage_suggestion(
        stages, [True] * 3, {Stage.ACTIVATION: easy, Stage.STRENGTH: easy}, NEXT
    )
    assert suggestion is not None and suggestion.add_routine == "Glute medius endurance"


@pytest.mark.parametrize(
    ("weeks", "ratings"),
    [
        ([False, True, True], [(1, 4)] * 6),  # two weeks only
        ([True, True], [(1, 4)] * 6),  # not three weeks of plan yet
        ([True] * 3, [(1, 4), (3, 4), (1, 4)]),  # one session with pain 3
        ([True] * 3, [(1, 4), (1, 7), (1, 4)]),  # one session with effort 7
        ([True] * 3, [(1, 4), (1, 4), (None, None)]),  # only two rated
    ],
)
def test_no_next_stage_without_all_of_it(
    weeks: list[bool], ratings: list[tuple[int | None, int | None]]
) -> None:
    assert (
        stage_suggestion(
            {"Wall push": Stage.ACTIVATION}, weeks, {Stage.ACTIVATION: sessions(ratings)}, NEXT
        )
        is None
    )
