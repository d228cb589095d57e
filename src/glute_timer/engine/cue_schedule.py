"""Which cues a step brings, and when: pure functions of the plan, no Qt."""

from __future__ import annotations

from dataclasses import dataclass

from glute_timer.domain.cues import HALFWAY_MIN_SECONDS, Cue
from glute_timer.domain.plan import WORK_KINDS, Plan, Step, StepKind

# Steps whose last three seconds are counted down out loud.
COUNTDOWN_KINDS = frozenset({StepKind.PREPARE, StepKind.SWITCH, StepKind.REST, StepKind.HOLD})
# The steps that lead into a set: they announce it.
LEAD_IN_KINDS = frozenset({StepKind.PREPARE, StepKind.SWITCH, StepKind.REST})
# The countdown: each cue at that many seconds left.
COUNTDOWN = ((3, Cue.COUNTDOWN_3), (2, Cue.COUNTDOWN_2), (1, Cue.COUNTDOWN_1))


@dataclass(frozen=True, order=True)
class TimedCue:
    """A cue due when the step has ``at_seconds_left`` seconds to go.

    ``rep``: for a ``rep`` cue, the number of the rep that begins (2 to the step's reps).
    """

    at_seconds_left: float
    cue: Cue
    rep: int = 0


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


def leads_into_last_set(plan: Plan, index: int) -> bool:
    """Whether step ``index`` is a prepare, switch or rest right before a last set begins."""
    step = plan[index]
    return (
        step.kind in LEAD_IN_KINDS
        and index + 1 < len(plan)
        and is_first_work_step_of_last_set(plan, index + 1)
    )


def start_cues(plan: Plan, index: int) -> tuple[Cue, ...]:
    """Cues emitted as step ``index`` starts, in order.

    ``last_set`` comes with the switch or rest that leads into a last set, so that a hold
    begins with nothing but ``go``; only a last set with no step before it (no switch, no
    rest) gets it with its ``go``.
    """
    kind = plan[index].kind
    if kind in WORK_KINDS:
        first_of_last = is_first_work_step_of_last_set(plan, index)
        if first_of_last and (index == 0 or plan[index - 1].kind in WORK_KINDS):
            return (Cue.GO, Cue.LAST_SET)
        return (Cue.GO,)
    if kind not in LEAD_IN_KINDS:
        return (Cue.WORKOUT_COMPLETE,)
    lead = {StepKind.PREPARE: Cue.GET_READY, StepKind.SWITCH: Cue.SWITCH_SIDE}.get(kind, Cue.REST)
    return (lead, Cue.LAST_SET) if leads_into_last_set(plan, index) else (lead,)


def timed_cues(step: Step) -> tuple[TimedCue, ...]:
    """Cues due while ``step`` runs, latest-due last (so in the order they fire).

    Countdown cues come at 3, 2 and 1 s left, only those that fall strictly inside the step
    (a 3 s rest gets "2" and "1": a "3" would land on top of its start cue). Holds of
    ``HALFWAY_MIN_SECONDS`` or more get ``halfway`` at half time. A paced reps step gets a
    ``rep`` cue at each boundary between two reps, carrying the number of the rep that begins
    (rep 1 begins with the step's ``go``); its reps are its count, so it has no countdown.
    """
    if step.is_paced:
        return rep_cues(step)
    if step.kind not in COUNTDOWN_KINDS:
        return ()
    cues = [TimedCue(float(n), cue) for n, cue in COUNTDOWN if n < step.seconds]
    if step.kind is StepKind.HOLD and step.seconds >= HALFWAY_MIN_SECONDS:
        cues.append(TimedCue(step.seconds / 2.0, Cue.HALFWAY))
    return tuple(sorted(cues, reverse=True))


def rep_cues(step: Step) -> tuple[TimedCue, ...]:
    """The ``rep`` cues of a paced reps step, in the order they fire (none otherwise)."""
    if step.rep_seconds is None or not step.reps:
        return ()
    return tuple(
        TimedCue(step.seconds - done * step.rep_seconds, Cue.REP, rep=done + 1)
        for done in range(1, step.reps)
    )
