"""The tally: time, work done per side and skips, from finished steps alone."""

from __future__ import annotations

from glute_timer.domain.library import ROUTINES
from glute_timer.domain.model import Side
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import Step, StepKind, compile_plan
from glute_timer.domain.tally import NO_SIDE, Tally


def step(kind: StepKind, side: Side | None = Side.LEFT, seconds: float = 10.0) -> Step:
    return Step(0, kind, "Clam", "clam", side, 1, 1, seconds)


def test_a_whole_routine_counts_each_side_and_the_skips() -> None:
    plan = compile_plan(ROUTINES[0])
    tally = Tally(routine_name="Wall push")
    for planned in plan.steps[:-1]:
        outcome = StepOutcome.SKIPPED if planned.kind is StepKind.SWITCH else StepOutcome.COMPLETED
        tally.add(planned, outcome, planned.seconds)
    assert tally.completed_by_side == {"left": 2, "right": 2}
    assert tally.skipped == 3
    assert tally.work_done == 4
    assert tally.seconds == sum(s.seconds for s in plan.steps[:-1])


def test_only_completed_work_counts_as_done() -> None:
    tally = Tally()
    tally.add(step(StepKind.PREPARE), StepOutcome.COMPLETED, 5.0)
    tally.add(step(StepKind.REST), StepOutcome.COMPLETED, 5.0)
    tally.add(step(StepKind.HOLD), StepOutcome.STOPPED, 3.0)
    tally.add(step(StepKind.REPS, side=Side.RIGHT), StepOutcome.COMPLETED, 20.0)
    tally.add(step(StepKind.HOLD, side=None), StepOutcome.COMPLETED, 10.0)
    assert tally.completed_by_side == {"right": 1, NO_SIDE: 1}
    assert tally.seconds == 43.0
    assert tally.skipped == 0


def test_the_finish_step_is_never_a_skip_and_negative_time_counts_as_none() -> None:
    tally = Tally()
    tally.add(step(StepKind.FINISH, side=None, seconds=0.0), StepOutcome.SKIPPED, -2.0)
    tally.add(step(StepKind.HOLD), StepOutcome.SKIPPED, -1.0)
    assert tally.skipped == 1
    assert tally.seconds == 0.0
    assert tally.work_done == 0


def test_a_restarted_attempt_counts_its_seconds_but_not_as_a_hold_done() -> None:
    tally = Tally()
    tally.add(step(StepKind.HOLD), StepOutcome.RESTARTED, 4.5)
    tally.add(step(StepKind.HOLD), StepOutcome.COMPLETED, 10.0)
    assert tally.seconds == 14.5
    assert tally.completed_by_side == {"left": 1}
    assert tally.held_seconds_by_side == {"left": 14.5}
    assert tally.skipped == 0


def test_held_seconds_are_counted_per_side_from_completed_holds_only() -> None:
    tally = Tally()
    tally.add(step(StepKind.HOLD, seconds=30), StepOutcome.COMPLETED, 30.4)
    tally.add(step(StepKind.HOLD, side=Side.RIGHT), StepOutcome.COMPLETED, 29.8)
    tally.add(step(StepKind.HOLD, side=Side.RIGHT), StepOutcome.SKIPPED, 4.0)
    tally.add(step(StepKind.REPS), StepOutcome.COMPLETED, 20.0)
    tally.add(step(StepKind.HOLD), StepOutcome.COMPLETED, -1.0)
    assert tally.held_seconds_by_side == {"left": 30.4, "right": 29.8}
