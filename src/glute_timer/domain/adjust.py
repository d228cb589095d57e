"""Quick adjust's rule: hold times change in 5 s steps, for every hold, one exercise or one side.

A step that would take a chosen hold outside the limits (``domain.limits``) is refused as a
whole, so the holds never drift apart by being clamped one by one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from glute_timer.domain.model import Exercise, HoldTime, Mode, Routine, Side, Sides
from glute_timer.domain.validation import exercise_problems

STEP_SECONDS: Final = 5
# ``exercise_index`` meaning "every timed hold of the routine".
ALL_HOLDS: Final = -1


def is_chosen(exercise: Exercise, index: int, exercise_index: int) -> bool:
    """True when ``exercise`` (at ``index``) is a timed hold that the choice covers."""
    return exercise.mode is Mode.HOLD and exercise_index in (ALL_HOLDS, index)


def chosen_holds(routine: Routine, exercise_index: int = ALL_HOLDS) -> list[Exercise]:
    """The timed-hold exercises that ``exercise_index`` covers, in routine order."""
    return [e for i, e in enumerate(routine.exercises) if is_chosen(e, i, exercise_index)]


def has_two_sides(routine: Routine, exercise_index: int = ALL_HOLDS) -> bool:
    """True when a chosen hold is done on both sides, so a side can be picked."""
    return any(e.sides is Sides.BOTH for e in chosen_holds(routine, exercise_index))


def held_seconds(
    routine: Routine, exercise_index: int = ALL_HOLDS, side: Side | None = None
) -> list[int]:
    """The hold seconds in question: one side's (``side``) or both sides' of each chosen hold."""
    values: list[int] = []
    for exercise in chosen_holds(routine, exercise_index):
        if side is None:
            values.extend((exercise.hold.left, exercise.hold.right))
        else:
            # A one-sided exercise has one value, whichever side is picked.
            values.append(exercise.hold.for_side(side if exercise.sides is Sides.BOTH else None))
    return values


def adjust_hold(exercise: Exercise, delta: int, side: Side | None = None) -> Exercise:
    """``exercise`` with ``delta`` seconds added to one side's hold (``side``) or to both.

    A one-sided or unsided exercise changes as a whole whatever ``side`` says.
    """
    hold = exercise.hold
    if exercise.sides is Sides.BOTH and side is not None:
        left = hold.left + (delta if side is Side.LEFT else 0)
        right = hold.right + (delta if side is Side.RIGHT else 0)
        return replace(exercise, hold=HoldTime(left, right))
    return replace(exercise, hold=HoldTime(hold.left + delta, hold.right + delta))


def adjust_holds(
    routine: Routine, delta: int, exercise_index: int = ALL_HOLDS, side: Side | None = None
) -> Routine:
    """``routine`` with ``delta`` seconds added to timed holds, limits not checked.

    ``exercise_index`` picks one exercise (default: every timed one); ``side`` picks one side
    of two-sided exercises (default: both). One-sided exercises change as a whole.
    """
    exercises = tuple(
        adjust_hold(exercise, delta, side)
        if is_chosen(exercise, index, exercise_index)
        else exercise
        for index, exercise in enumerate(routine.exercises)
    )
    return replace(routine, exercises=exercises)


def adjust_refusal(
    routine: Routine, delta: int, exercise_index: int = ALL_HOLDS, side: Side | None = None
) -> str | None:
    """Why this step may not be taken (``hold must be at least 1 second, got 0``), or None."""
    for exercise in chosen_holds(routine, exercise_index):
        if problems := exercise_problems(adjust_hold(exercise, delta, side)):
            return problems[0].message
    return None
