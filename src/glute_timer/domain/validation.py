"""Checks a routine against the limits and names every problem with its field path."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal

from glute_timer.domain import limits
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
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


# Each problem is a whole sentence per field, translated where it is built (word order and
# agreement differ between languages, so no sentence is put together from pieces).
_SECONDS_TEXTS: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        # what -> (below the lowest, above the highest)
        "hold": (
            QT_TRANSLATE_NOOP("RoutineProblems", "hold must be at least 1 second, got {value}"),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "hold must be at most {most} seconds ({minutes} min), got {value}",
            ),
        ),
        "switch": (
            QT_TRANSLATE_NOOP("RoutineProblems", "switch must not be negative, got {value}"),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "switch must be at most {most} seconds ({minutes} min), got {value}",
            ),
        ),
        "rest": (
            QT_TRANSLATE_NOOP("RoutineProblems", "rest must not be negative, got {value}"),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "rest must be at most {most} seconds ({minutes} min), got {value}",
            ),
        ),
        "prepare time": (
            QT_TRANSLATE_NOOP("RoutineProblems", "prepare time must not be negative, got {value}"),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "prepare time must be at most {most} seconds ({minutes} min), got {value}",
            ),
        ),
    }
)


def _seconds(value: int, low: int, high: int, what: str) -> str | None:
    too_low, too_high = _SECONDS_TEXTS[what]
    if value < low:
        return translate("RoutineProblems", too_low).format(value=value)
    if value > high:
        return translate("RoutineProblems", too_high).format(
            most=high, minutes=high // 60, value=value
        )
    return None


# what -> (empty, only invisible characters, too long); how-to texts are never "empty".
_NAME_TEXTS: Final[Mapping[str, tuple[str, str, str]]] = MappingProxyType(
    {
        "name": (
            QT_TRANSLATE_NOOP("RoutineProblems", "name must not be empty"),
            QT_TRANSLATE_NOOP(
                "RoutineProblems", "name must not be empty (it holds only invisible characters)"
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems", "name must be at most {most} characters, got {length}"
            ),
        ),
        "illustration": (
            QT_TRANSLATE_NOOP("RoutineProblems", "illustration must not be empty"),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "illustration must not be empty (it holds only invisible characters)",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems", "illustration must be at most {most} characters, got {length}"
            ),
        ),
        "left how-to": (
            "",
            "",
            QT_TRANSLATE_NOOP(
                "RoutineProblems", "left how-to must be at most {most} characters, got {length}"
            ),
        ),
        "right how-to": (
            "",
            "",
            QT_TRANSLATE_NOOP(
                "RoutineProblems", "right how-to must be at most {most} characters, got {length}"
            ),
        ),
    }
)

_CONTROL, _DIRECTION, _INVISIBLE, _SURROGATE = range(4)
# what -> one sentence per kind of refused character (control, direction, invisible, surrogate).
_CHARACTER_TEXTS: Final[Mapping[str, tuple[str, str, str, str]]] = MappingProxyType(
    {
        "name": (
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "name must not contain a control character (found {character} at character "
                "{position})",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "name must not contain a text-direction control (found {character} at character "
                "{position})",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "name must not contain an invisible character (found {character} at character "
                "{position})",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "name must not contain a lone surrogate (not a real character) (found {character} "
                "at character {position})",
            ),
        ),
        "illustration": (
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "illustration must not contain a control character (found {character} at "
                "character {position})",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "illustration must not contain a text-direction control (found {character} at "
                "character {position})",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "illustration must not contain an invisible character (found {character} at "
                "character {position})",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "illustration must not contain a lone surrogate (not a real character) (found "
                "{character} at character {position})",
            ),
        ),
        "left how-to": (
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "left how-to must not contain a control character (found {character} at "
                "character {position})",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "left how-to must not contain a text-direction control (found {character} at "
                "character {position})",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "left how-to must not contain an invisible character (found {character} at "
                "character {position})",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "left how-to must not contain a lone surrogate (not a real character) (found "
                "{character} at character {position})",
            ),
        ),
        "right how-to": (
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "right how-to must not contain a control character (found {character} at "
                "character {position})",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "right how-to must not contain a text-direction control (found {character} at "
                "character {position})",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "right how-to must not contain an invisible character (found {character} at "
                "character {position})",
            ),
            QT_TRANSLATE_NOOP(
                "RoutineProblems",
                "right how-to must not contain a lone surrogate (not a real character) (found "
                "{character} at character {position})",
            ),
        ),
    }
)

# The names a check can be about: "name", "illustration", "left how-to", "right how-to".
NameWhat = Literal["name", "illustration", "left how-to", "right how-to"]


def _character_kind(char: str) -> int | None:
    category = unicodedata.category(char)
    if category == "Cc" or category in ("Zl", "Zp"):
        return _CONTROL
    if char in BIDI_CONTROLS:
        return _DIRECTION
    if is_invisible(char):
        return _INVISIBLE
    if category == "Cs":
        return _SURROGATE
    return None


def _character_problem(name: str, what: NameWhat) -> str | None:
    """Why a character of ``name`` may not be in a name, naming the first such character."""
    for position, char in enumerate(name, start=1):
        kind = _character_kind(char)
        if kind is None:
            continue
        text = translate("RoutineProblems", _CHARACTER_TEXTS[what][kind])
        return text.format(character=escape_char(char), position=position)
    return None


def check_name(name: str, what: NameWhat = "name", *, stored: bool = False) -> str | None:
    """The problem with a routine or exercise name, or None when it is fine.

    Refused: empty (also when only spacing or invisible characters), too long, and any
    control character (C0, DEL, C1, line separators), text-direction control or invisible
    format character, since they would act on a terminal or hide what the name says.
    ``stored`` (a name the app stored before these characters were refused) skips the
    character rules, so that nothing stored is lost; such names are shown escaped.
    """
    empty, invisible_only, too_long = _NAME_TEXTS[what]
    if not name.strip():
        return translate("RoutineProblems", empty)
    if not stored and not name_key(name):
        return translate("RoutineProblems", invisible_only)
    if len(name) > limits.MAX_NAME_LENGTH:
        return translate("RoutineProblems", too_long).format(
            most=limits.MAX_NAME_LENGTH, length=len(name)
        )
    return None if stored else _character_problem(name, what)


def check_how_to(
    text: str, what: Literal["left how-to", "right how-to"] = "left how-to", *, stored: bool = False
) -> str | None:
    """The problem with a per-side how-to sentence, or None ("" means none and is fine).

    One line of at most ``MAX_HOW_TO_LENGTH`` characters, under the character rules of names.
    """
    if len(text) > limits.MAX_HOW_TO_LENGTH:
        return translate("RoutineProblems", _NAME_TEXTS[what][2]).format(
            most=limits.MAX_HOW_TO_LENGTH, length=len(text)
        )
    return None if stored else _character_problem(text, what)


def check_rep_seconds(value: int | None) -> str | None:
    """The problem with a reps exercise's tempo, or None (None means no tempo)."""
    if value is None:
        return None
    low, high = limits.MIN_REP_SECONDS, limits.MAX_REP_SECONDS
    if not low <= value <= high:
        return translate(
            "RoutineProblems", "seconds per rep must be {lowest} to {highest}, got {value}"
        ).format(lowest=low, highest=high, value=value)
    return None


def _at_least_one(value: int) -> str:
    return translate("RoutineProblems", "must be at least 1, got {value}").format(value=value)


def _at_most(most: int, value: int) -> str:
    return translate("RoutineProblems", "must be at most {most}, got {value}").format(
        most=most, value=value
    )


def too_many_exercises(count: int) -> str:
    """The problem with a routine of ``count`` exercises, over the limit."""
    return translate("RoutineProblems", "at most {most} exercises, got {count}").format(
        most=limits.MAX_EXERCISES, count=count
    )


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
        add(
            "instructions",
            translate("RoutineProblems", "must be at most {most} characters").format(
                most=limits.MAX_INSTRUCTIONS_LENGTH
            ),
        )
    if exercise.mode is Mode.HOLD:
        lo, hi = limits.MIN_HOLD_SECONDS, limits.MAX_HOLD_SECONDS
        if exercise.hold.is_per_side:
            if exercise.sides is not Sides.BOTH:
                add(
                    "hold_seconds",
                    translate("RoutineProblems", 'a value per side needs sides = "both"'),
                )
            add("hold_seconds.left", _seconds(exercise.hold.left, lo, hi, "hold"))
            add("hold_seconds.right", _seconds(exercise.hold.right, lo, hi, "hold"))
        else:
            add("hold_seconds", _seconds(exercise.hold.left, lo, hi, "hold"))
    else:
        if exercise.reps < 1:
            add("reps", _at_least_one(exercise.reps))
        elif exercise.reps > limits.MAX_REPS:
            add("reps", _at_most(limits.MAX_REPS, exercise.reps))
        add("rep_seconds", check_rep_seconds(exercise.rep_seconds))
    add("how_left", check_how_to(exercise.how_left, "left how-to", stored=stored))
    add("how_right", check_how_to(exercise.how_right, "right how-to", stored=stored))
    if exercise.sets < 1:
        add("sets", _at_least_one(exercise.sets))
    elif exercise.sets > limits.MAX_SETS:
        add("sets", _at_most(limits.MAX_SETS, exercise.sets))
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
        needs_one = translate("RoutineProblems", "a routine needs at least one exercise")
        found.append(Problem("exercises", needs_one))
    elif len(routine.exercises) > limits.MAX_EXERCISES:
        found.append(Problem("exercises", too_many_exercises(len(routine.exercises))))
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
        text = translate("RoutineProblems", "a routine named {name} already exists")
        return Problem("name", text.format(name=repr(name)))
    text = translate(
        "RoutineProblems",
        "{name} looks the same as the routine {other} "
        "(letters from another alphabet); choose a name that reads differently",
    )
    return Problem("name", text.format(name=repr(name), other=repr(other)))


def check_unique_name(name: str, existing: Iterable[str]) -> None:
    """Raise InvalidRoutineError if ``name`` is the same as or imitates another routine's."""
    if problem := duplicate_problem(name, existing):
        raise InvalidRoutineError([problem])
