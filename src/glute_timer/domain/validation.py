"""Checks a routine against the limits and names every problem with its field path."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from glute_timer.domain import limits
from glute_timer.domain.model import Exercise, Mode, Routine, Sides
from glute_timer.domain.names import duplicate_of, name_key
from glute_timer.domain.text_safety import (
    BIDI_CONTROLS,
    escape_char,
    is_invisible,
)


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


def _character_problem(name: str, what: str) -> str | None:
    """Why a character of ``name`` may not be in a name, naming the first such character."""
    for position, char in enumerate(name, start=1):
        category = unicodedata.category(char)
        shown = escape_char(char)
        if category == "Cc" or category in ("Zl", "Zp"):
            kind = "a control character"
        elif char in BIDI_CONTROLS:
            kind = "a text-direction control"
        elif is_invisible(char):
            kind = "an invisible character"
        elif category == "Cs":
            kind = "a lone surrogate (not a real character)"
        else:
            continue
        return f"{what} must not contain {kind} (found {shown} at character {position})"
    return None


def check_name(name: str, what: str = "name", *, stored: bool = False) -> str | None:
    """The problem with a routine or exercise name, or None when it is fine.

    Refused: empty (also when only spacing or invisible characters), too long, and any
    control character (C0, DEL, C1, line separators), text-direction control or invisible
    format character, since they would act on a terminal or hide what the name says.
    ``stored`` (a name the app stored before these characters were refused) skips the
    character rules, so that nothing stored is lost; such names are shown escaped.
    """
    if not name.strip():
        return f"{what} must not be empty"
    if not stored and not name_key(name):
        return f"{what} must not be empty (it holds only invisible characters)"
    if len(name) > limits.MAX_NAME_LENGTH:
        return f"{what} must be at most {limits.MAX_NAME_LENGTH} characters, got {len(name)}"
    return None if stored else _character_problem(name, what)


def check_how_to(text: str, what: str = "how-to", *, stored: bool = False) -> str | None:
    """The problem with a per-side how-to sentence, or None ("" means none and is fine).

    One line of at most ``MAX_HOW_TO_LENGTH`` characters, under the character rules of names.
    """
    if len(text) > limits.MAX_HOW_TO_LENGTH:
        return f"{what} must be at most {limits.MAX_HOW_TO_LENGTH} characters, got {len(text)}"
    return None if stored else _character_problem(text, what)


def check_rep_seconds(value: int | None) -> str | None:
    """The problem with a reps exercise's tempo, or None (None means no tempo)."""
    if value is None:
        return None
    low, high = limits.MIN_REP_SECONDS, limits.MAX_REP_SECONDS
    if not low <= value <= high:
        return f"seconds per rep must be {low} to {high}, got {value}"
    return None


def exercise_problems(exercise: Exercise, path: str = "", *, stored: bool = False) -> list[Problem]:
    """Every problem with one exercise; ``path`` prefixes field names (``exercises[0].``).

    ``stored``: read back from the app's own storage (see :func:`check_name`).
    """
    found: list[Problem] = []

    def add(field_name: str, message: str | None) -> None:
        if message:
            found.append(Problem(path + field_name, message))

    add("name", check_name(exercise.name, stored=stored))
    add("illustration", check_name(exercise.illustration, "illustration", stored=stored))
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
        add("rep_seconds", check_rep_seconds(exercise.rep_seconds))
    add("how_left", check_how_to(exercise.how_left, "left how-to", stored=stored))
    add("how_right", check_how_to(exercise.how_right, "right how-to", stored=stored))
    if exercise.sets < 1:
        add("sets", f"must be at least 1, got {exercise.sets}")
    elif exercise.sets > limits.MAX_SETS:
        add("sets", f"must be at most {limits.MAX_SETS}, got {exercise.sets}")
    add("switch_seconds", _seconds(exercise.switch_seconds, 0, limits.MAX_SWITCH_SECONDS, "switch"))
    add("rest_seconds", _seconds(exercise.rest_seconds, 0, limits.MAX_REST_SECONDS, "rest"))
    return found


def routine_problems(routine: Routine, *, stored: bool = False) -> list[Problem]:
    """Every problem with a routine, in field order (``stored``: see :func:`check_name`)."""
    found: list[Problem] = []
    if message := check_name(routine.name, stored=stored):
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
        found.extend(exercise_problems(exercise, f"exercises[{index}].", stored=stored))
    return found


def validate_routine(routine: Routine, *, stored: bool = False) -> Routine:
    """Return ``routine`` unchanged, or raise InvalidRoutineError listing every problem.

    ``stored``: read back from the app's own storage (see :func:`check_name`).
    """
    if problems := routine_problems(routine, stored=stored):
        raise InvalidRoutineError(problems)
    return routine


def duplicate_problem(name: str, existing: Iterable[str]) -> Problem | None:
    """The clash of ``name`` with one of ``existing``, or None.

    Same :func:`~glute_timer.domain.names.name_key` (case, spacing, width, invisible
    characters ignored) is "already exists"; same skeleton (lookalike letters from another
    alphabet) is refused as imitating that routine.
    """
    other = duplicate_of(name, existing)
    if other is None:
        return None
    # repr() shows any control or invisible character escaped, on one line.
    if name_key(other) == name_key(name):
        return Problem("name", f"a routine named {name!r} already exists")
    return Problem(
        "name",
        f"{name!r} looks the same as the routine {other!r} "
        "(letters from another alphabet); choose a name that reads differently",
    )


def check_unique_name(name: str, existing: Iterable[str]) -> None:
    """Raise InvalidRoutineError if ``name`` is the same as or imitates another routine's."""
    if problem := duplicate_problem(name, existing):
        raise InvalidRoutineError([problem])
