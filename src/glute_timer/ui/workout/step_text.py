"""The words the workout screen shows for a step: pure functions of the plan, no widgets."""

from __future__ import annotations

import re

from glute_timer.domain import library
from glute_timer.domain.how_to import how_to_for
from glute_timer.domain.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from glute_timer.domain.model import Side
from glute_timer.domain.plan import Plan, Step, StepKind
from glute_timer.formatting import countdown_clock, seconds_text

# The badge words, translated where shown (kind_word, side_text).
KIND_WORDS: dict[StepKind, str] = {
    StepKind.PREPARE: QT_TRANSLATE_NOOP("WorkoutStepText", "GET READY"),
    StepKind.HOLD: QT_TRANSLATE_NOOP("WorkoutStepText", "HOLD"),
    StepKind.REPS: QT_TRANSLATE_NOOP("WorkoutStepText", "REPS"),
    StepKind.SWITCH: QT_TRANSLATE_NOOP("WorkoutStepText", "SWITCH SIDES"),
    StepKind.REST: QT_TRANSLATE_NOOP("WorkoutStepText", "REST"),
    StepKind.FINISH: QT_TRANSLATE_NOOP("WorkoutStepText", "FINISHED"),
}
SIDE_WORDS: dict[Side, str] = {
    Side.LEFT: QT_TRANSLATE_NOOP("WorkoutStepText", "LEFT"),
    Side.RIGHT: QT_TRANSLATE_NOOP("WorkoutStepText", "RIGHT"),
}


def kind_word(kind: StepKind) -> str:
    """The kind badge's word: "HOLD", "GET READY", ... in the person's language."""
    return translate("WorkoutStepText", KIND_WORDS[kind])


def set_text(step: Step) -> str:
    """ "Set 1 of 2", or "" when the step has no set."""
    if step.kind is StepKind.FINISH or step.set_count <= 0:
        return ""
    return translate("WorkoutStepText", "Set {number} of {count}").format(
        number=step.set_number, count=step.set_count
    )


def side_text(step: Step) -> str:
    """ "LEFT", "RIGHT" or "" for an unsided step."""
    return translate("WorkoutStepText", SIDE_WORDS[step.side]) if step.side is not None else ""


def headline(step: Step) -> str:
    """The big line: the exercise (the one coming, in prepare, switch and rest steps)."""
    if step.kind is StepKind.FINISH:
        return translate("WorkoutStepText", "Workout complete")
    # The kind badge beside it already says "GET READY", "REST" and so on.
    return library.shown(step.exercise or "")


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
    return first_sentence(library.shown(exercise.instructions))


def _describe_reps(step: Step) -> str:
    reps = step.reps or 0
    if step.side is Side.LEFT:
        return translate("WorkoutStepText", "%n rep(s) LEFT", None, PLURAL, reps)
    if step.side is Side.RIGHT:
        return translate("WorkoutStepText", "%n rep(s) RIGHT", None, PLURAL, reps)
    return translate("WorkoutStepText", "%n rep(s)", None, PLURAL, reps)


def _describe_sided(step: Step) -> str:
    """Hold, switch and get-ready phrases, one whole phrase per side (word order differs)."""
    side = step.side
    duration = seconds_text(step.seconds)
    exercise = library.shown(step.exercise or "")
    if step.kind is StepKind.HOLD:
        if side is Side.LEFT:
            text = translate("WorkoutStepText", "hold LEFT, {duration}")
        elif side is Side.RIGHT:
            text = translate("WorkoutStepText", "hold RIGHT, {duration}")
        else:
            text = translate("WorkoutStepText", "hold, {duration}")
    elif step.kind is StepKind.SWITCH:
        if side is Side.LEFT:
            text = translate("WorkoutStepText", "switch to LEFT")
        elif side is Side.RIGHT:
            text = translate("WorkoutStepText", "switch to RIGHT")
        else:
            text = translate("WorkoutStepText", "switch to the other side")
    elif side is Side.LEFT:
        text = translate("WorkoutStepText", "{exercise} LEFT")
    elif side is Side.RIGHT:
        text = translate("WorkoutStepText", "{exercise} RIGHT")
    else:
        text = "{exercise}"
    return text.format(duration=duration, exercise=exercise)


def describe(step: Step) -> str:
    """A short phrase for a step, as used after "Next:"."""
    if step.kind is StepKind.REPS:
        return _describe_reps(step)
    if step.kind in (StepKind.HOLD, StepKind.SWITCH, StepKind.PREPARE):
        return _describe_sided(step)
    if step.kind is StepKind.REST:
        return translate("WorkoutStepText", "rest {duration}").format(
            duration=seconds_text(step.seconds)
        )
    return translate("WorkoutStepText", "finished!")


def next_text(plan: Plan, step: Step) -> str:
    """ "Next: ..." for the step after ``step``, or "" at the end."""
    if step.index + 1 >= len(plan):
        return ""
    return translate("WorkoutStepText", "Next: {step}").format(step=describe(plan[step.index + 1]))


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
    return translate("WorkoutStepText", "Step {number} of {count} · {time} left").format(
        number=number, count=count, time=countdown_clock(after + max(0.0, current))
    )
