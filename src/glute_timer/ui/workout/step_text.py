"""The words the workout screen shows for a step: pure functions of the plan, no widgets."""

from __future__ import annotations

import re

from glute_timer.domain.how_to import how_to_for
from glute_timer.domain.plan import Plan, Step, StepKind
from glute_timer.formatting import countdown_clock, seconds_text
from glute_timer.ui.theme import SIDE_LABELS


def set_text(step: Step) -> str:
    """ "Set 1 of 2", or "" when the step has no set."""
    if step.kind is StepKind.FINISH or step.set_count <= 0:
        return ""
    return f"Set {step.set_number} of {step.set_count}"


def side_text(step: Step) -> str:
    """ "LEFT", "RIGHT" or "" for an unsided step."""
    return SIDE_LABELS[step.side] if step.side is not None else ""


def headline(step: Step) -> str:
    """The big line: the exercise (the one coming, in prepare, switch and rest steps)."""
    if step.kind is StepKind.FINISH:
        return "Workout complete"
    # The kind badge beside it already says "GET READY", "REST" and so on.
    return step.exercise or ""


_FIRST_SENTENCE = re.compile(r"\s*(.+?[.!?])(?=\s|$)", re.DOTALL)


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` on one line (all of it when it has no full stop)."""
    flat = " ".join(text.split())
    match = _FIRST_SENTENCE.match(flat)
    return match.group(1) if match else flat


def how_line(plan: Plan, step: Step) -> str:
    """What each leg does in the step ``step`` leads to, in one sentence ("" if unknown).

    A sided step shows its exercise's sentence for that working side
    (``domain.how_to.how_to_for``: its own text, else the built-in one); an exercise without
    one shows the first sentence of its instructions.
    """
    coming = plan.coming(step)
    exercise = plan.exercise_of(coming)
    if exercise is None:
        return ""
    if coming.side is not None:
        sentence = how_to_for(exercise, coming.side)
        if sentence is not None:
            return sentence
    return first_sentence(exercise.instructions)


def describe(step: Step) -> str:
    """A short phrase for a step, as used after "Next:"."""
    side = f" {side_text(step)}" if step.side is not None else ""
    if step.kind is StepKind.HOLD:
        return f"hold{side}, {seconds_text(step.seconds)}"
    if step.kind is StepKind.REPS:
        return f"{step.reps} reps{side}"
    if step.kind is StepKind.SWITCH:
        return f"switch to{side or ' the other side'}"
    if step.kind is StepKind.REST:
        return f"rest {seconds_text(step.seconds)}"
    if step.kind is StepKind.PREPARE:
        return f"{step.exercise}{side}"
    return "finished!"


def next_text(plan: Plan, step: Step) -> str:
    """ "Next: ..." for the step after ``step``, or "" at the end."""
    if step.index + 1 >= len(plan):
        return ""
    return f"Next: {describe(plan[step.index + 1])}"


def planned_before(plan: Plan, step: Step) -> float:
    """Planned seconds of every step before ``step``."""
    return sum(s.seconds for s in plan.steps[: step.index])


def overall_fraction(plan: Plan, step: Step, seconds_left: float) -> float:
    """How far through the whole plan we are, by planned time, 0 to 1."""
    total = plan.total_seconds
    if total <= 0:
        return 1.0
    done_in_step = max(0.0, step.seconds - seconds_left) if step.is_timed else 0.0
    return min(1.0, (planned_before(plan, step) + done_in_step) / total)


def overall_text(plan: Plan, step: Step, seconds_left: float) -> str:
    """ "Step 3 of 10 · 2:15 left" (the finish step is not counted)."""
    count = max(1, len(plan) - 1)
    number = min(step.index + 1, count)
    after = sum(s.seconds for s in plan.steps[step.index + 1 :])
    current = seconds_left if step.is_timed else step.seconds
    return f"Step {number} of {count} · {countdown_clock(after + max(0.0, current))} left"
