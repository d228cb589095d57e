"""Which cues each step brings and when."""

from __future__ import annotations

import pytest

from glute_timer.domain.cues import HALFWAY_MIN_SECONDS, Cue
from glute_timer.domain.model import Exercise, HoldTime, Mode, Routine, Sides
from glute_timer.domain.plan import StepKind, compile_plan
from glute_timer.engine.cue_schedule import (
    TimedCue,
    is_first_work_step_of_last_set,
    start_cues,
    timed_cues,
)
from tests.engine.conftest import make_plan


@pytest.mark.parametrize(
    ("kind", "cues"),
    [
        ("prepare", (Cue.GET_READY,)),
        ("hold", (Cue.GO,)),
        ("reps", (Cue.GO,)),
        ("switch", (Cue.SWITCH_SIDE,)),
        ("rest", (Cue.REST,)),
    ],
)
def test_start_cues_by_kind(kind: str, cues: tuple[Cue, ...]) -> None:
    plan = make_plan((kind, 10))
    assert start_cues(plan, 0) == cues
    assert start_cues(plan, 1) == (Cue.WORKOUT_COMPLETE,)


def test_timed_cues_of_a_long_hold_in_firing_order() -> None:
    step = make_plan(("hold", 30)).steps[0]
    assert timed_cues(step) == (
        TimedCue(15.0, Cue.HALFWAY),
        TimedCue(3.0, Cue.COUNTDOWN_3),
        TimedCue(2.0, Cue.COUNTDOWN_2),
        TimedCue(1.0, Cue.COUNTDOWN_1),
    )


def test_reps_and_finish_steps_have_no_timed_cues() -> None:
    plan = make_plan(("reps", 30))
    assert timed_cues(plan.steps[0]) == ()
    assert timed_cues(plan.steps[1]) == ()


@pytest.mark.parametrize("kind", ["prepare", "switch", "rest"])
def test_only_holds_get_halfway(kind: str) -> None:
    step = make_plan((kind, 60)).steps[0]
    assert Cue.HALFWAY not in {c.cue for c in timed_cues(step)}


def test_halfway_threshold_matches_the_domain_constant() -> None:
    below = make_plan(("hold", HALFWAY_MIN_SECONDS - 1)).steps[0]
    at = make_plan(("hold", HALFWAY_MIN_SECONDS)).steps[0]
    assert Cue.HALFWAY not in {c.cue for c in timed_cues(below)}
    assert TimedCue(HALFWAY_MIN_SECONDS / 2, Cue.HALFWAY) in timed_cues(at)


def test_last_set_only_on_first_work_step_of_last_set_of_multi_set_exercises() -> None:
    routine = Routine(
        "r",
        (
            Exercise("a", hold=HoldTime.same(10), sets=3, sides=Sides.BOTH, rest_seconds=5),
            Exercise("b", hold=HoldTime.same(10), sets=1, sides=Sides.BOTH),
            Exercise("c", mode=Mode.REPS, reps=8, sets=2, sides=Sides.NONE, rest_seconds=5),
        ),
        prep_seconds=5,
    )
    plan = compile_plan(routine)
    flagged = [
        (s.exercise, s.side, s.set_number)
        for s in plan.steps
        if is_first_work_step_of_last_set(plan, s.index)
    ]
    assert flagged == [("a", routine.exercises[0].first_side, 3), ("c", None, 2)]
    # Issue 15: announced by the rest that leads into it, so its hold starts with "go" only.
    for step in plan.steps:
        cues = start_cues(plan, step.index)
        leads_in = step.index + 1 < len(plan) and is_first_work_step_of_last_set(
            plan, step.index + 1
        )
        assert (Cue.LAST_SET in cues) == leads_in
        if Cue.LAST_SET in cues:
            assert cues == (Cue.REST, Cue.LAST_SET)
            assert step.kind is StepKind.REST
        if step.kind in (StepKind.HOLD, StepKind.REPS):
            assert cues == (Cue.GO,)


def test_a_last_set_with_no_step_before_it_gets_last_set_with_its_go() -> None:
    exercise = Exercise("bridge", hold=HoldTime.same(10), sets=2, sides=Sides.NONE)
    plan = compile_plan(Routine("r", (exercise,), prep_seconds=5))
    assert [s.kind for s in plan.steps[:3]] == [StepKind.PREPARE, StepKind.HOLD, StepKind.HOLD]
    assert start_cues(plan, 2) == (Cue.GO, Cue.LAST_SET)
    assert start_cues(plan, 1) == (Cue.GO,)
