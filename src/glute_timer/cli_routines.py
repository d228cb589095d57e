"""The routine commands: ``routines`` (the list) and ``show`` (one routine's steps)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from glute_timer.cli import _find, _repository, _run_rule, _safe
from glute_timer.domain.i18n import PLURAL, QT_TRANSLATE_NOOP, translate, untranslated

if TYPE_CHECKING:
    from glute_timer.domain.plan import Plan, Step

# Words the tables print for stored values (stages, step kinds, sides), translated as shown.
_WORDS: dict[str, str] = {
    "activation": QT_TRANSLATE_NOOP("CliRoutines", "activation"),
    "strength": QT_TRANSLATE_NOOP("CliRoutines", "strength"),
    "endurance": QT_TRANSLATE_NOOP("CliRoutines", "endurance"),
    "prepare": QT_TRANSLATE_NOOP("CliRoutines", "prepare"),
    "hold": QT_TRANSLATE_NOOP("CliRoutines", "hold"),
    "reps": QT_TRANSLATE_NOOP("CliRoutines", "reps"),
    "switch": QT_TRANSLATE_NOOP("CliRoutines", "switch"),
    "rest": QT_TRANSLATE_NOOP("CliRoutines", "rest"),
    "finish": QT_TRANSLATE_NOOP("CliRoutines", "finish"),
    "left": QT_TRANSLATE_NOOP("CliRoutines", "left"),
    "right": QT_TRANSLATE_NOOP("CliRoutines", "right"),
}


def _word(value: str) -> str:
    """A stored value (``"hold"``, ``"left"``) as the tables show it."""
    return translate("CliRoutines", _WORDS[value]) if value in _WORDS else value


def cmd_routines(args: argparse.Namespace) -> int:
    """List built-in and custom routines with their total time."""
    from glute_timer.domain.plan import compile_plan
    from glute_timer.formatting import clock

    entries = _repository(args).all_routines()
    as_run = _run_rule(args)
    if args.json:
        with untranslated():
            _print_routines_json(entries, as_run)
        return 0
    from glute_timer.domain.library import shown

    names = [_safe(shown(e.routine.name) if e.builtin else e.routine.name) for e in entries]
    heads = {
        "name": translate("CliRoutines", "NAME", "column"),
        "time": translate("CliRoutines", "TIME", "column"),
        "stage": translate("CliRoutines", "STAGE", "column"),
        "kind": translate("CliRoutines", "KIND", "column"),
    }
    width = max(len(heads["name"]), *(len(n) for n in names))
    stages = [_word(e.routine.stage.value) if e.routine.stage else "-" for e in entries]
    stage_width = max(10, len(heads["stage"]), *(len(s) for s in stages))
    print(
        f"{heads['name']:<{width}}  {heads['time']:>6}  {heads['stage']:<{stage_width}}  "
        f"{heads['kind']}"
    )
    for e, name, stage in zip(entries, names, stages, strict=True):
        total = clock(compile_plan(as_run(e)).total_seconds)
        kind = (
            translate("CliRoutines", "built-in")
            if e.builtin
            else translate("CliRoutines", "custom")
        )
        print(f"{name:<{width}}  {total:>6}  {stage:<{stage_width}}  {kind}")
    return 0


def _print_routines_json(entries: Any, as_run: Any) -> None:
    from glute_timer.domain.plan import compile_plan

    rows = [
        {
            "name": e.routine.name,
            "builtin": e.builtin,
            "stage": e.routine.stage.value if e.routine.stage else None,
            "total_seconds": compile_plan(as_run(e)).total_seconds,
            "exercises": len(e.routine.exercises),
        }
        for e in entries
    ]
    import json

    print(json.dumps(rows, indent=2))


def plan_as_json(plan: Plan) -> list[dict[str, object]]:
    """The plan's steps in the documented JSON shape of ``glute-timer show --json``.

    A step with a side also has ``how`` (that working side's sentence, or null when there is
    none); a paced reps step also has ``rep_seconds``.
    """
    rows: list[dict[str, object]] = []
    for step in plan.steps:
        row: dict[str, object] = {
            "kind": step.kind.value,
            "exercise": step.exercise,
            "side": step.side.value if step.side else None,
            "set": step.set_number,
            "sets": step.set_count,
            "seconds": step.seconds,
        }
        if step.side is not None:
            row["how"] = step.how
        if step.is_paced:
            row["rep_seconds"] = step.rep_seconds
        rows.append(row)
    return rows


def cmd_show(args: argparse.Namespace) -> int:
    """Print a routine's plan as a table or JSON."""
    from glute_timer.domain.plan import StepKind, compile_plan
    from glute_timer.formatting import clock

    entry = _find(args, args.name)
    if args.json:
        import json

        with untranslated():
            plan = compile_plan(_run_rule(args)(entry))
            print(json.dumps(plan_as_json(plan), indent=2))
        return 0
    from glute_timer.domain.library import shown

    plan = compile_plan(_run_rule(args)(entry))
    title = shown(plan.routine_name) if entry.builtin else plan.routine_name
    total = clock(plan.total_seconds)
    print(
        translate("CliRoutines", "{routine}  ({total} in all)").format(
            routine=_safe(title), total=total
        )
    )
    print(
        translate(
            "CliRoutines",
            "LEFT and RIGHT name the working side: the side whose glute medius does the work.",
        )
    )
    heads = (
        translate("CliRoutines", "STEP", "column"),
        translate("CliRoutines", "EXERCISE", "column"),
        translate("CliRoutines", "SIDE", "column"),
        translate("CliRoutines", "SET", "column"),
        translate("CliRoutines", "TIME", "column"),
    )
    kind_width = max(8, len(heads[0]), *(len(_word(kind.value)) for kind in StepKind))
    side_width = max(5, len(heads[2]), len(_word("left")), len(_word("right")))
    step_head, exercise_head, side_head, set_head, time_head = heads
    print(
        f"{'#':>3}  {step_head:<{kind_width}}  {exercise_head:<32}  {side_head:<{side_width}}  "
        f"{set_head:<7}  {time_head}"
    )
    for step in plan.steps:
        print(_show_row(step, kind_width, side_width))
        how = _how_line(plan, step)
        if how:
            print(f"{'':>3}  {'':<{kind_width}}  {_safe(how)}")
    return 0


def _show_row(step: Step, kind_width: int, side_width: int) -> str:
    """One step of ``show``'s table."""
    from glute_timer.domain.library import shown
    from glute_timer.domain.plan import StepKind
    from glute_timer.formatting import clock

    time = "-" if step.kind is StepKind.FINISH else clock(step.seconds)
    if step.kind is StepKind.REPS:
        reps = step.reps or 0
        if step.is_paced:
            time = translate("CliRoutines", "%n rep(s) x {seconds} s", None, PLURAL, reps).format(
                seconds=_number(step.rep_seconds)
            )
        else:
            time = translate("CliRoutines", "%n rep(s)", None, PLURAL, reps)
    side = _word(step.side.value) if step.side else ""
    set_text = f"{step.set_number}/{step.set_count}" if step.set_count else ""
    exercise = _safe(shown(step.exercise or ""))
    return (
        f"{step.index + 1:>3}  {_word(step.kind.value):<{kind_width}}  {exercise:<32}  "
        f"{side:<{side_width}}  {set_text:<7}  {time}"
    )


def _number(value: int | None) -> str:
    """A whole number as the person's locale writes it."""
    from PySide6.QtCore import QLocale

    return "" if value is None else QLocale().toString(value)


def _how_line(plan: Plan, step: Step) -> str | None:
    """What each leg does, for a hold or reps step of a two-sided exercise."""
    from glute_timer.domain.how_to import how_to_for
    from glute_timer.domain.model import Sides

    exercise = plan.exercise_of(step)
    if not step.is_work or step.side is None or exercise is None:
        return None
    if exercise.sides is not Sides.BOTH:
        return None
    return how_to_for(exercise, step.side)
