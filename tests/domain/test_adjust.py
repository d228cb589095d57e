"""Quick adjust's rule: 5 s steps on every hold, one exercise or one side, within the limits."""

from __future__ import annotations

from dataclasses import replace

import pytest

from glute_timer.domain import library, limits
from glute_timer.domain.adjust import (
    ALL_HOLDS,
    STEP_SECONDS,
    adjust_holds,
    adjust_refusal,
    has_two_sides,
    held_seconds,
)
from glute_timer.domain.model import Exercise, HoldTime, Mode, Routine, Side, Sides
from glute_timer.formatting import chosen_holds_text

ONE_SIDED = replace(library.WALL_PUSH, name="One side", sides=Sides.LEFT, hold=HoldTime.same(40))
REPS = Exercise("Lunge", mode=Mode.REPS, reps=10)
ROUTINE = Routine("Mixed", (replace(library.WALL_PUSH, hold=HoldTime.same(30)), REPS, ONE_SIDED))


def test_helpers() -> None:
    routine = library.ROUTINES[1]
    assert chosen_holds_text(routine) == "20 s"
    assert chosen_holds_text(adjust_holds(routine, 5, 0, Side.RIGHT), 0) == "left 20 s, right 25 s"
    assert (
        chosen_holds_text(adjust_holds(routine, 5, 0, Side.RIGHT), ALL_HOLDS, Side.RIGHT)
        == "20–25 s"
    )
    one_sided = replace(library.WALL_PUSH, sides=Sides.LEFT)
    assert adjust_holds(Routine("x", (one_sided,)), 5, ALL_HOLDS, Side.RIGHT).exercises[
        0
    ].hold == HoldTime.same(35)


def test_step_is_five_seconds() -> None:
    assert STEP_SECONDS == 5


def test_all_holds_change_and_reps_do_not() -> None:
    changed = adjust_holds(ROUTINE, STEP_SECONDS)
    assert [e.hold for e in changed.exercises] == [
        HoldTime.same(35),
        REPS.hold,
        HoldTime.same(45),
    ]
    assert changed.name == ROUTINE.name


def test_one_exercise_one_side() -> None:
    changed = adjust_holds(ROUTINE, -STEP_SECONDS, 0, Side.LEFT)
    assert changed.exercises[0].hold == HoldTime(25, 30)
    assert changed.exercises[2] == ONE_SIDED
    # A one-sided exercise changes as a whole whichever side is chosen.
    assert adjust_holds(ROUTINE, 5, 2, Side.RIGHT).exercises[2].hold == HoldTime.same(45)


def test_values_in_question() -> None:
    assert held_seconds(ROUTINE) == [30, 30, 40, 40]
    per_side = adjust_holds(ROUTINE, 5, 0, Side.RIGHT)
    assert held_seconds(per_side, ALL_HOLDS, Side.RIGHT) == [35, 40]
    assert held_seconds(per_side, 1) == []
    assert chosen_holds_text(per_side, 1) == "–"
    assert chosen_holds_text(per_side) == "30–40 s"
    assert has_two_sides(ROUTINE, 0)
    assert not has_two_sides(ROUTINE, 2)
    assert has_two_sides(ROUTINE)


@pytest.mark.parametrize(
    ("hold", "delta", "message"),
    [
        (5, -5, "hold must be at least 1 second, got 0"),
        (
            limits.MAX_HOLD_SECONDS,
            5,
            f"hold must be at most {limits.MAX_HOLD_SECONDS} seconds (60 min), "
            f"got {limits.MAX_HOLD_SECONDS + 5}",
        ),
    ],
)
def test_steps_past_the_limits_are_refused(hold: int, delta: int, message: str) -> None:
    routine = Routine("x", (replace(library.WALL_PUSH, hold=HoldTime.same(hold)),))
    assert adjust_refusal(routine, delta) == message
    assert adjust_refusal(routine, -delta) is None


def test_a_refused_side_names_its_field_message() -> None:
    routine = Routine("x", (replace(library.WALL_PUSH, hold=HoldTime(5, 30)),))
    assert adjust_refusal(routine, -5, 0, Side.RIGHT) is None
    assert adjust_refusal(routine, -5, 0, Side.LEFT) == "hold must be at least 1 second, got 0"
