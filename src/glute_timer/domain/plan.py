"""Compiles a routine into the ordered steps the engine runs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from glute_timer.domain import limits
from glute_timer.domain.how_to import how_to_for, voice_cue_for
from glute_timer.domain.model import Exercise, Mode, Routine, Side


class StepKind(StrEnum):
    """What a step asks of the person."""

    PREPARE = "prepare"
    HOLD = "hold"
    REPS = "reps"
    SWITCH = "switch"
    REST = "rest"
    FINISH = "finish"


TIMED_KINDS = frozenset({StepKind.PREPARE, StepKind.HOLD, StepKind.SWITCH, StepKind.REST})
# The steps that are the exercise itself: counted as done, recorded as work, told as sets.
WORK_KINDS = frozenset({StepKind.HOLD, StepKind.REPS})


@dataclass(frozen=True)
class Step:
    """One step of a plan.

    For prepare, switch and rest steps, ``leads_to`` is the index of the hold or reps step
    they lead to: what the person is getting ready for. Their own ``exercise``, ``side`` and
    ``set_number`` describe the same, except for a rest between two exercises, which belongs to
    (and is recorded under) the exercise just finished. The finish step has no exercise.
    ``seconds`` is the planned duration; for reps steps it is only an estimate (the person
    ends it) unless the step is paced, and for the finish step it is 0.
    ``rep_seconds`` (reps steps only): the tempo of a paced step, which then lasts exactly
    ``reps * rep_seconds`` and ends by itself. ``how`` is the sentence for ``side`` (see
    :func:`~glute_timer.domain.how_to.how_to_for`), ``voice_cue`` its short spoken form.
    """

    index: int
    kind: StepKind
    exercise: str | None
    illustration: str | None
    side: Side | None
    set_number: int
    set_count: int
    seconds: float
    reps: int | None = None
    exercise_index: int = 0
    leads_to: int | None = None
    rep_seconds: int | None = None
    how: str | None = None
    voice_cue: str | None = None

    @property
    def is_paced(self) -> bool:
        """A reps step with a tempo: it runs on a timer like a hold."""
        return self.kind is StepKind.REPS and self.rep_seconds is not None

    @property
    def is_timed(self) -> bool:
        return self.kind in TIMED_KINDS or self.is_paced

    def rep_at(self, active_seconds: float) -> int:
        """The rep under way after ``active_seconds`` of a paced step (1-based, capped at reps).

        0 for a step that is not paced.
        """
        if self.rep_seconds is None or not self.reps:
            return 0
        return min(self.reps, int((active_seconds + 1e-6) // self.rep_seconds) + 1)

    def reps_reached(self, active_seconds: float) -> int | None:
        """Whole reps done after ``active_seconds`` of a paced step (None if not paced)."""
        if self.rep_seconds is None or self.reps is None:
            return None
        # A hair under a boundary counts as reaching it: clocks are read in milliseconds.
        return min(self.reps, int((active_seconds + 1e-6) // self.rep_seconds))

    @property
    def is_work(self) -> bool:
        """A hold or reps step (see ``WORK_KINDS``)."""
        return self.kind in WORK_KINDS


@dataclass(frozen=True)
class Plan:
    """A routine turned into steps; the last step is always ``finish``."""

    routine_name: str
    steps: tuple[Step, ...]
    exercises: tuple[Exercise, ...] = ()
    """The routine's exercises; a step's ``exercise_index`` points into it."""

    def coming(self, step: Step) -> Step:
        """The work step ``step`` leads to (itself for a work or finish step)."""
        if step.leads_to is None:
            return step
        return self.steps[step.leads_to]

    def exercise_of(self, step: Step) -> Exercise | None:
        """The exercise ``step`` belongs to, when the plan was compiled from a routine."""
        if step.kind is StepKind.FINISH or not 0 <= step.exercise_index < len(self.exercises):
            return None
        return self.exercises[step.exercise_index]

    @property
    def total_seconds(self) -> float:
        return sum(step.seconds for step in self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __getitem__(self, index: int) -> Step:
        return self.steps[index]


def _work_step(exercise: Exercise, side: Side | None, set_number: int) -> tuple[StepKind, float]:
    if exercise.mode is Mode.REPS:
        per_rep = exercise.rep_seconds or limits.SECONDS_PER_REP_ESTIMATE
        return StepKind.REPS, float(exercise.reps * per_rep)
    return StepKind.HOLD, float(exercise.hold.for_side(side))


def compile_plan(routine: Routine) -> Plan:
    """Turn ``routine`` into steps.

    Each exercise starts with a prepare step. A two-sided set is one side, a switch step, then
    the other side. Between sets comes a rest step when the exercise has rest time; with no
    rest, a switch step stands in when the side changes. Nothing follows the routine's last set
    but the finish step.
    """
    raw: list[tuple[StepKind, int, Side | None, int, float]] = []
    last_exercise = len(routine.exercises) - 1
    for ex_index, exercise in enumerate(routine.exercises):
        order = exercise.side_order()
        raw.append((StepKind.PREPARE, ex_index, order[0], 1, float(routine.prep_seconds)))
        for set_number in range(1, exercise.sets + 1):
            for side_index, side in enumerate(order):
                if side_index > 0 and exercise.switch_seconds > 0:
                    raw.append(
                        (
                            StepKind.SWITCH,
                            ex_index,
                            side,
                            set_number,
                            float(exercise.switch_seconds),
                        )
                    )
                kind, seconds = _work_step(exercise, side, set_number)
                raw.append((kind, ex_index, side, set_number, seconds))
            is_last_set = set_number == exercise.sets
            if is_last_set:
                continue
            if exercise.rest_seconds > 0:
                raw.append(
                    (
                        StepKind.REST,
                        ex_index,
                        order[0],
                        set_number + 1,
                        float(exercise.rest_seconds),
                    )
                )
            elif len(order) > 1 and exercise.switch_seconds > 0:
                raw.append(
                    (
                        StepKind.SWITCH,
                        ex_index,
                        order[0],
                        set_number + 1,
                        float(exercise.switch_seconds),
                    )
                )
        if ex_index != last_exercise and exercise.rest_seconds > 0:
            raw.append(
                (StepKind.REST, ex_index, order[0], exercise.sets, float(exercise.rest_seconds))
            )

    # Every non-work step leads to the first work step after it (one always follows).
    leads_to: list[int | None] = [None] * len(raw)
    next_work: int | None = None
    for index in range(len(raw) - 1, -1, -1):
        if raw[index][0] in WORK_KINDS:
            next_work = index
        else:
            leads_to[index] = next_work

    steps: list[Step] = []
    for index, (kind, ex_index, side, set_number, seconds) in enumerate(raw):
        exercise = routine.exercises[ex_index]
        steps.append(
            Step(
                index=index,
                kind=kind,
                exercise=exercise.name,
                illustration=exercise.illustration,
                side=side,
                set_number=set_number,
                set_count=exercise.sets,
                seconds=seconds,
                reps=exercise.reps if kind is StepKind.REPS else None,
                exercise_index=ex_index,
                leads_to=leads_to[index],
                rep_seconds=exercise.rep_seconds if kind is StepKind.REPS else None,
                how=how_to_for(exercise, side),
                voice_cue=voice_cue_for(exercise, side),
            )
        )
    steps.append(
        Step(
            index=len(steps),
            kind=StepKind.FINISH,
            exercise=None,
            illustration=None,
            side=None,
            set_number=0,
            set_count=0,
            seconds=0.0,
            exercise_index=max(last_exercise, 0),
        )
    )
    return Plan(routine.name, tuple(steps), tuple(routine.exercises))
