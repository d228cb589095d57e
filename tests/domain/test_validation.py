"""Validation names the field and the problem."""

from __future__ import annotations

import pytest

from glute_timer.domain import library
from glute_timer.domain.model import Exercise, HoldTime, Mode, Routine, Sides
from glute_timer.domain.validation import (
    InvalidRoutineError,
    check_unique_name,
    routine_problems,
    validate_routine,
)


def _problems(**changes: object) -> list[str]:
    exercise = Exercise(**{"name": "A", **changes})  # type: ignore[arg-type]
    return [str(p) for p in routine_problems(Routine("R", (exercise,)))]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"hold": HoldTime.same(0)},
            "exercises[0].hold_seconds: hold must be at least 1 second, got 0",
        ),
        (
            {"hold": HoldTime.same(-3)},
            "exercises[0].hold_seconds: hold must be at least 1 second, got -3",
        ),
        (
            {"hold": HoldTime.same(3601)},
            "exercises[0].hold_seconds: hold must be at most 3600 seconds (60 min), got 3601",
        ),
        (
            {"hold": HoldTime(20, 0)},
            "exercises[0].hold_seconds.right: hold must be at least 1 second, got 0",
        ),
        ({"sets": 0}, "exercises[0].sets: must be at least 1, got 0"),
        ({"sets": 51}, "exercises[0].sets: must be at most 50, got 51"),
        ({"name": "  "}, "exercises[0].name: name must not be empty"),
        ({"rest_seconds": -1}, "exercises[0].rest_seconds: rest must not be negative, got -1"),
        ({"mode": Mode.REPS, "reps": 0}, "exercises[0].reps: must be at least 1, got 0"),
        (
            {"hold": HoldTime(10, 20), "sides": Sides.LEFT},
            'exercises[0].hold_seconds: a value per side needs sides = "both"',
        ),
    ],
)
def test_bad_values_are_named(changes: dict[str, object], expected: str) -> None:
    assert expected in _problems(**changes)


def test_library_is_valid() -> None:
    for routine in library.ROUTINES:
        assert validate_routine(routine) is routine


def test_empty_routine_name_and_no_exercises() -> None:
    with pytest.raises(InvalidRoutineError) as caught:
        validate_routine(Routine("", ()))
    assert [str(p) for p in caught.value.problems] == [
        "name: name must not be empty",
        "exercises: a routine needs at least one exercise",
    ]


def test_duplicate_names_ignore_case_and_spaces() -> None:
    with pytest.raises(InvalidRoutineError, match="already exists"):
        check_unique_name(" wall PUSH ", ["Wall push"])
    check_unique_name("Wall push 2", ["Wall push"])
