"""Checks a routine against the limits and names every problem with its field path."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from glute_timer.domain import limits
from glute_timer.domain.model import Exercise, Mode, Routine, Sides


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a routine: the field path (``exercises[1].sets``) and what is wrong."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class InvalidRoutineError(ValueError):
    """A routine that breaks the rules; ``problems`` lists each broken rule."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


def _seconds(value: int, low: int, high: int, what: str) -> str | None:
    if value < low:
        if low == 1:
            return f"{what} must be at least 1 second, got {value}"
        return f"{what} must not be negative, got {value}"
    if value > high:
        return f"{what} must be at most {high} seconds ({high // 60} min), got {value}"
    return None


def check_name(name: str, what: str = "name") -> str | None:
    """The problem with a routine or exercise name, or None when it is fine."""
    if not name.strip():
        return f"{what} must not be empty"
    if len(name) > limits.MAX_NAME_LENGTH:
        return f"{what} must be at most {limits.MAX_NAME_LENGTH} characters, got {len(name)}"
    return None


def exercise_problems(exercise: Exercise, path: str = "") -> list[Problem]:
    """Every problem with one exercise; ``path`` prefixes field names (``exercises[0].``)."""
    found: list[Problem] = []

    def add(field_name: str, message: str | None) -> None:
        if message:
            found.append(Problem(path + field_name, message))

    add("name", check_name(exercise.name))
    add("illustration", check_name(exercise.illustration, "illustration"))
    if len(exercise.instructions) > limits.MAX_INSTRUCTIONS_LENGTH:
        add("instructions", f"must be at most {limits.MAX_INSTRUCTIONS_LENGTH} characters")
    if exercise.mode is Mode.HOLD:
        lo, hi = limits.MIN_HOLD_SECONDS, limits.MAX_HOLD_SECONDS
        if exercise.hold.is_per_side:
            if exercise.sides is not Sides.BOTH:
                add("hold_seconds", 'a value per side needs sides = "both"')
            add("hold_seconds.left", _seconds(exercise.hold.left, lo, hi, "hold"))
            add("hold_seconds.right", _seconds(exercise.hold.right, lo, hi, "hold"))
        else:
            add("hold_seconds", _seconds(exercise.hold.left, lo, hi, "hold"))
    else:
        if exercise.reps < 1:
            add("reps", f"must be at least 1, got {exercise.reps}")
        elif exercise.reps > limits.MAX_REPS:
            add("reps", f"must be at most {limits.MAX_REPS}, got {exercise.reps}")
    if exercise.sets < 1:
        add("sets", f"must be at least 1, got {exercise.sets}")
    elif exercise.sets > limits.MAX_SETS:
        add("sets", f"must be at most {limits.MAX_SETS}, got {exercise.sets}")
    add("switch_seconds", _seconds(exercise.switch_seconds, 0, limits.MAX_SWITCH_SECONDS, "switch"))
    add("rest_seconds", _seconds(exercise.rest_seconds, 0, limits.MAX_REST_SECONDS, "rest"))
    return found


def routine_problems(routine: Routine) -> list[Problem]:
    """Every problem with a routine, in field order."""
    found: list[Problem] = []
    if message := check_name(routine.name):
        found.append(Problem("name", message))
    if message := _seconds(routine.prep_seconds, 0, limits.MAX_PREP_SECONDS, "prepare time"):
        found.append(Problem("prep_seconds", message))
    if not routine.exercises:
        found.append(Problem("exercises", "a routine needs at least one exercise"))
    elif len(routine.exercises) > limits.MAX_EXERCISES:
        found.append(
            Problem(
                "exercises",
                f"at most {limits.MAX_EXERCISES} exercises, got {len(routine.exercises)}",
            )
        )
    for index, exercise in enumerate(routine.exercises):
        found.extend(exercise_problems(exercise, f"exercises[{index}]."))
    return found


def validate_routine(routine: Routine) -> Routine:
    """Return ``routine`` unchanged, or raise InvalidRoutineError listing every problem."""
    if problems := routine_problems(routine):
        raise InvalidRoutineError(problems)
    return routine


def check_unique_name(name: str, existing: Iterable[str]) -> None:
    """Raise InvalidRoutineError if ``name`` clashes (ignoring case and spaces) with another."""
    key = name.strip().casefold()
    if any(key == other.strip().casefold() for other in existing):
        raise InvalidRoutineError([Problem("name", f"a routine named {name!r} already exists")])
