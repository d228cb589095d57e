"""Which cues a step brings, and when: pure functions of the plan, no Qt."""

from __future__ import annotations

from dataclasses import dataclass

from glute_timer.domain.cues import HALFWAY_MIN_SECONDS, Cue
from glute_timer.domain.plan import WORK_KINDS, Plan, Step, StepKind

# Steps whose last three seconds are counted down out loud.
COUNTDOWN_KINDS = frozenset({StepKind.PREPARE, StepKind.SWITCH, StepKind.REST, StepKind.HOLD})
# The countdown: each cue at that many seconds left.
COUNTDOWN = ((3, Cue.COUNTDOWN_3), (2, Cue.COUNTDOWN_2), (1, Cue.COUNTDOWN_1))


@dataclass(frozen=True, order=True)
class TimedCue:
    """A cue due when the step has ``at_seconds_left`` seconds to go."""

    at_seconds_left: float
    cue: Cue


def is_first_work_step_of_last_set(plan: Plan, index: int) -> bool:
    """Whether step ``index`` is the first hold/reps step of a multi-set exercise's last set."""
    step = plan[index]
    if step.kind not in WORK_KINDS or step.set_count <= 1 or step.set_number != step.set_count:
        return False
    return not any(
        earlier.kind in WORK_KINDS
        and earlier.exercise_index == step.exercise_index
        and earlier.set_number == step.set_number
        for earlier in plan.steps[:index]
    )


def start_cues(plan: Plan, index: int) -> tuple[Cue, ...]:
    """Cues emitted as step ``index`` starts, in order."""
    kind = plan[index].kind
    if kind is StepKind.PREPARE:
        return (Cue.GET_READY,)
    if kind in WORK_KINDS:
        if is_first_work_step_of_last_set(plan, index):
            return (Cue.GO, Cue.LAST_SET)
        return (Cue.GO,)
    if kind is StepKind.SWITCH:
        return (Cue.SWITCH_SIDE,)
    if kind is StepKind.REST:
        return (Cue.REST,)
    return (Cue.WORKOUT_COMPLETE,)


def timed_cues(step: Step) -> tuple[TimedCue, ...]:
    """Cues due while ``step`` runs, latest-due last (so in the order they fire).

    Countdown cues come at 3, 2 and 1 s left, only those that fall strictly inside the step
    (a 3 s rest gets "2" and "1": a "3" would land on top of its start cue). Holds of
    ``HALFWAY_MIN_SECONDS`` or more get ``halfway`` at half time.
    """
    if step.kind not in COUNTDOWN_KINDS:
        return ()
    cues = [TimedCue(float(n), cue) for n, cue in COUNTDOWN if n < step.seconds]
    if step.kind is StepKind.HOLD and step.seconds >= HALFWAY_MIN_SECONDS:
        cues.append(TimedCue(step.seconds / 2.0, Cue.HALFWAY))
    return tuple(sorted(cues, reverse=True))
