"""The plan compiler: one rule per test, then the invariants with hypothesis."""

from __future__ import annotations

import itertools
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from glute_timer.domain import library
from glute_timer.domain.model import Exercise, HoldTime, Mode, Routine, Side, Sides
from glute_timer.domain.plan import StepKind, compile_plan


def _routine(*exercises: Exercise, prep: int = 10) -> Routine:
    return Routine(name="Test", exercises=exercises, prep_seconds=prep)


def _kinds(routine: Routine) -> list[str]:
    return [step.kind.value for step in compile_plan(routine).steps]


def test_wall_push_follows_the_seed_prescription() -> None:
    plan = compile_plan(library.builtin_routine("Wall push"))  # type: ignore[arg-type]
    summary = [
        (s.kind.value, s.side.value if s.side else None, s.set_number, s.seconds)
        for s in plan.steps
    ]
    assert summary == [
        ("prepare", "left", 1, 10.0),
        ("hold", "left", 1, 30.0),
        ("switch", "right", 1, 5.0),
        ("hold", "right", 1, 30.0),
        ("switch", "left", 2, 5.0),
        ("hold", "left", 2, 30.0),
        ("switch", "right", 2, 5.0),
        ("hold", "right", 2, 30.0),
        ("finish", None, 0, 0.0),
    ]


def test_two_sided_set_is_one_side_switch_other_side() -> None:
    ex = Exercise("A", sets=1, switch_seconds=4, first_side=Side.RIGHT)
    steps = compile_plan(_routine(ex)).steps
    assert [(s.kind, s.side) for s in steps[1:4]] == [
        (StepKind.HOLD, Side.RIGHT),
        (StepKind.SWITCH, Side.LEFT),
        (StepKind.HOLD, Side.LEFT),
    ]
    assert steps[2].seconds == 4


def test_rest_between_sets_but_not_after_the_last_set() -> None:
    ex = Exercise("A", sets=3, sides=Sides.LEFT, rest_seconds=15)
    assert _kinds(_routine(ex)) == ["prepare", "hold", "rest", "hold", "rest", "hold", "finish"]


def test_rest_between_exercises_but_not_after_the_routine() -> None:
    a = Exercise("A", sets=1, sides=Sides.NONE, rest_seconds=20)
    b = Exercise("B", sets=1, sides=Sides.NONE, rest_seconds=20)
    assert _kinds(_routine(a, b)) == ["prepare", "hold", "rest", "prepare", "hold", "finish"]


def test_per_side_hold_times() -> None:
    ex = Exercise("A", hold=HoldTime(20, 45), sets=1)
    holds = [(s.side, s.seconds) for s in compile_plan(_routine(ex)).steps if s.kind == "hold"]
    assert holds == [(Side.LEFT, 20.0), (Side.RIGHT, 45.0)]


def test_reps_steps_carry_the_count() -> None:
    ex = Exercise("A", mode=Mode.REPS, reps=12, sets=1, sides=Sides.NONE)
    step = compile_plan(_routine(ex)).steps[1]
    assert step.kind is StepKind.REPS and step.reps == 12 and step.side is None


def test_zero_switch_time_means_no_switch_step() -> None:
    ex = Exercise("A", sets=1, switch_seconds=0)
    assert _kinds(_routine(ex)) == ["prepare", "hold", "hold", "finish"]


def test_prepare_step_names_what_comes() -> None:
    ex = Exercise("Side plank", first_side=Side.RIGHT)
    first = compile_plan(_routine(ex, prep=7)).steps[0]
    assert (first.kind, first.exercise, first.side, first.seconds) == (
        StepKind.PREPARE,
        "Side plank",
        Side.RIGHT,
        7.0,
    )


def test_step_indexes_are_positions() -> None:
    plan = compile_plan(library.ROUTINES[1])
    assert [s.index for s in plan.steps] == list(range(len(plan)))


exercises = st.builds(
    Exercise,
    name=st.sampled_from(["A", "B", "C"]),
    mode=st.sampled_from(list(Mode)),
    hold=st.builds(HoldTime, st.integers(1, 120), st.integers(1, 120)),
    reps=st.integers(1, 30),
    sets=st.integers(1, 6),
    sides=st.sampled_from(list(Sides)),
    first_side=st.sampled_from(list(Side)),
    switch_seconds=st.integers(0, 20),
    rest_seconds=st.integers(0, 60),
)
routines = st.builds(
    Routine,
    name=st.just("R"),
    exercises=st.lists(exercises, min_size=1, max_size=4).map(tuple),
    prep_seconds=st.integers(0, 30),
)


@given(routines)
def test_total_time_is_the_sum_of_steps(routine: Routine) -> None:
    plan = compile_plan(routine)
    assert plan.total_seconds == sum(s.seconds for s in plan.steps)
    assert plan.steps[-1].kind is StepKind.FINISH
    assert [s for s in plan.steps if s.kind is StepKind.FINISH] == [plan.steps[-1]]


@given(routines)
def test_every_side_of_every_set_appears_once(routine: Routine) -> None:
    plan = compile_plan(routine)
    for index, exercise in enumerate(routine.exercises):
        work = [
            (s.set_number, s.side)
            for s in plan.steps
            if s.exercise_index == index and s.kind in (StepKind.HOLD, StepKind.REPS)
        ]
        expected = [
            (n, side) for n in range(1, exercise.sets + 1) for side in exercise.side_order()
        ]
        assert work == expected


@given(routines)
def test_sides_alternate_within_a_set(routine: Routine) -> None:
    plan = compile_plan(routine)
    work = [s for s in plan.steps if s.kind in (StepKind.HOLD, StepKind.REPS)]
    for a, b in itertools.pairwise(work):
        same_set = a.exercise_index == b.exercise_index and a.set_number == b.set_number
        if same_set:
            assert a.side is not None and b.side == a.side.other


@given(routines)
def test_no_rest_after_the_last_set_and_holds_match_the_routine(routine: Routine) -> None:
    plan = compile_plan(routine)
    assert plan.steps[-2].kind in (StepKind.HOLD, StepKind.REPS)
    for step in plan.steps:
        if step.kind is StepKind.HOLD:
            exercise = routine.exercises[step.exercise_index]
            assert step.seconds == exercise.hold.for_side(step.side)


def test_rest_between_exercises_leads_to_the_next_exercise() -> None:
    a = Exercise("A", sets=2, switch_seconds=5, rest_seconds=20, illustration="wall-push")
    b = Exercise("B", sets=1, first_side=Side.RIGHT, illustration="side-plank")
    plan = compile_plan(_routine(a, b))
    rests = [s for s in plan.steps if s.kind is StepKind.REST]
    between = rests[-1]
    coming = plan.coming(between)
    assert (coming.kind, coming.exercise, coming.side, coming.set_number) == (
        StepKind.HOLD,
        "B",
        Side.RIGHT,
        1,
    )
    assert coming.illustration == "side-plank"
    # The rest itself stays with the exercise just finished (it is recorded there).
    assert between.exercise == "A"
    assert plan.exercise_of(coming) is b


def test_work_and_finish_steps_lead_nowhere() -> None:
    plan = compile_plan(_routine(Exercise("A", sets=2, rest_seconds=10)))
    for step in plan.steps:
        if step.is_work or step.kind is StepKind.FINISH:
            assert step.leads_to is None and plan.coming(step) is step
    assert plan.exercise_of(plan.steps[-1]) is None


@given(routines)
def test_every_non_work_step_leads_to_the_next_work_step(routine: Routine) -> None:
    plan = compile_plan(routine)
    for step in plan.steps[:-1]:
        if step.is_work:
            continue
        assert step.leads_to is not None and step.leads_to > step.index
        assert plan[step.leads_to].is_work
        between = plan.steps[step.index + 1 : step.leads_to]
        assert not any(s.is_work for s in between)
        # Prepare and switch steps already named what comes; only the rest between two
        # exercises names the exercise it follows.
        if step.kind is not StepKind.REST:
            coming = plan[step.leads_to]
            assert (step.exercise_index, step.side) == (coming.exercise_index, coming.side)


def test_replace_keeps_library_exercises_frozen() -> None:
    changed = replace(library.WALL_PUSH, sets=5)
    assert library.WALL_PUSH.sets == 2 and changed.sets == 5
