"""Reads and writes routine files (TOML or JSON, one schema); see docs/routine-format.md."""

from __future__ import annotations

import dataclasses
import json
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from glute_timer.domain import limits, strict_json
from glute_timer.domain.bounded_read import (
    FileRefusedError,
    read_regular_file,
    refuse_unless_regular_or_missing,
)
from glute_timer.domain.file_problem import file_problem_line
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.model import Exercise, HoldTime, Mode, Routine, Side, Sides, Stage
from glute_timer.domain.structure_limits import (
    StructureError,
    check_json_structure,
    check_toml_structure,
)
from glute_timer.domain.text_safety import escape_for_terminal
from glute_timer.domain.validation import (
    InvalidRoutineError,
    too_many_exercises,
    validate_routine,
)

MAX_FILE_BYTES = limits.MAX_FILE_BYTES
SUFFIXES = (".toml", ".json")

_ROUTINE_KEYS = {"name", "prep_seconds", "stage", "description", "exercises"}
_EXERCISE_KEYS = {
    "name",
    "illustration",
    "instructions",
    "mode",
    "hold_seconds",
    "reps",
    "sets",
    "sides",
    "first_side",
    "switch_seconds",
    "rest_seconds",
    "how_left",
    "how_right",
    "rep_seconds",
}


def _model_defaults(kind: type[Any]) -> dict[str, Any]:
    """The default of each field of the dataclass ``kind``: a key left out of a file gets it."""
    found: dict[str, Any] = {}
    for item in dataclasses.fields(kind):
        if item.default is not dataclasses.MISSING:
            found[item.name] = item.default
        elif item.default_factory is not dataclasses.MISSING:
            found[item.name] = item.default_factory()
    return found


_EXERCISE_DEFAULTS = _model_defaults(Exercise)
_ROUTINE_DEFAULTS = _model_defaults(Routine)


class RoutineFileError(ValueError):
    """A routine file that cannot be used; the message names the file, the field and the problem.

    The message is one line: control and invisible characters in the file name, the field or
    the problem are escaped, so a hostile name cannot move the cursor or fake a second line.
    """

    def __init__(self, path: Path | str, field: str, problem: str) -> None:
        self.path = Path(path)
        self.field = field
        self.problem = problem
        super().__init__(escape_for_terminal(file_problem_line(self.path, field, problem)))


class _Reader:
    """Turns a parsed mapping into a Routine, naming the first bad field it meets."""

    def __init__(self, path: Path, stored: bool = False) -> None:
        self.path = path
        self.stored = stored

    def fail(self, field: str, problem: str) -> RoutineFileError:
        return RoutineFileError(self.path, field, problem)

    def check_keys(self, data: Mapping[str, Any], allowed: set[str], prefix: str) -> None:
        for key in data:
            if key not in allowed:
                hint = ", ".join(sorted(allowed))
                problem = translate("RoutineFileErrors", "unknown key (expected one of: {keys})")
                raise self.fail(prefix + str(key), problem.format(keys=hint))

    def text(self, data: Mapping[str, Any], key: str, prefix: str, default: str | None) -> str:
        value = data.get(key, default)
        if value is None:
            raise self.fail(prefix + key, translate("RoutineFileErrors", "is missing"))
        if not isinstance(value, str):
            problem = translate("RoutineFileErrors", "must be text, got {kind}")
            raise self.fail(prefix + key, problem.format(kind=_type_name(value)))
        return value

    def integer(self, data: Mapping[str, Any], key: str, prefix: str, default: int) -> int:
        value = data.get(key, default)
        return self.as_int(value, prefix + key)

    def optional_int(self, data: Mapping[str, Any], key: str, prefix: str) -> int | None:
        return None if key not in data else self.as_int(data[key], prefix + key)

    def as_int(self, value: Any, field: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int | float):
            problem = translate("RoutineFileErrors", "must be a whole number, got {kind}")
            raise self.fail(field, problem.format(kind=_type_name(value)))
        if isinstance(value, float) and not value.is_integer():
            problem = translate("RoutineFileErrors", "must be a whole number, got {value}")
            raise self.fail(field, problem.format(value=value))
        return int(value)

    def choice(
        self, data: Mapping[str, Any], key: str, prefix: str, kind: type[Any], default: str | None
    ) -> Any:
        value = self.text(data, key, prefix, default)
        try:
            return kind(value)
        except ValueError:
            options = ", ".join(f'"{m.value}"' for m in kind)
            problem = translate("RoutineFileErrors", "must be one of {options}, got {value}")
            raise self.fail(
                prefix + key, problem.format(options=options, value=repr(value))
            ) from None

    def hold(self, data: Mapping[str, Any], prefix: str) -> HoldTime:
        if "hold_seconds" not in data:
            default: HoldTime = _EXERCISE_DEFAULTS["hold"]
            return default
        value = data["hold_seconds"]
        field = prefix + "hold_seconds"
        if isinstance(value, Mapping):
            extra = set(value) - {"left", "right"}
            if extra:
                raise self.fail(
                    f"{field}.{sorted(extra)[0]}",
                    translate("RoutineFileErrors", 'unknown key (expected "left", "right")'),
                )
            for side in ("left", "right"):
                if side not in value:
                    raise self.fail(f"{field}.{side}", translate("RoutineFileErrors", "is missing"))
            return HoldTime(
                self.as_int(value["left"], field + ".left"),
                self.as_int(value["right"], field + ".right"),
            )
        return HoldTime.same(self.as_int(value, field))

    def exercise(self, data: Any, prefix: str) -> Exercise:
        if not isinstance(data, Mapping):
            problem = translate("RoutineFileErrors", "must be a table, got {kind}")
            raise self.fail(prefix.rstrip("."), problem.format(kind=_type_name(data)))
        self.check_keys(data, _EXERCISE_KEYS, prefix)
        default = _EXERCISE_DEFAULTS
        return Exercise(
            name=self.text(data, "name", prefix, None),
            illustration=self.text(data, "illustration", prefix, default["illustration"]),
            instructions=self.text(data, "instructions", prefix, default["instructions"]),
            mode=self.choice(data, "mode", prefix, Mode, default["mode"]),
            hold=self.hold(data, prefix),
            reps=self.integer(data, "reps", prefix, default["reps"]),
            sets=self.integer(data, "sets", prefix, default["sets"]),
            sides=self.choice(data, "sides", prefix, Sides, default["sides"]),
            first_side=self.choice(data, "first_side", prefix, Side, default["first_side"]),
            switch_seconds=self.integer(data, "switch_seconds", prefix, default["switch_seconds"]),
            rest_seconds=self.integer(data, "rest_seconds", prefix, default["rest_seconds"]),
            how_left=self.text(data, "how_left", prefix, default["how_left"]),
            how_right=self.text(data, "how_right", prefix, default["how_right"]),
            rep_seconds=self.optional_int(data, "rep_seconds", prefix),
        )

    def routine(self, data: Any) -> Routine:
        if not isinstance(data, Mapping):
            problem = translate("RoutineFileErrors", "the top level must be a table, got {kind}")
            raise self.fail("", problem.format(kind=_type_name(data)))
        self.check_keys(data, _ROUTINE_KEYS, "")
        exercises = data.get("exercises")
        if exercises is None:
            raise self.fail(
                "exercises",
                translate("RoutineFileErrors", "is missing (add at least one [[exercises]] table)"),
            )
        if not isinstance(exercises, list):
            problem = translate("RoutineFileErrors", "must be a list of tables, got {kind}")
            raise self.fail("exercises", problem.format(kind=_type_name(exercises)))
        if len(exercises) > limits.MAX_EXERCISES:
            # Refused before each one is read: a 1 MB file can hold 100,000 tiny tables.
            raise self.fail("exercises", too_many_exercises(len(exercises)))
        stage_text = data.get("stage")
        stage = None if stage_text is None else self.choice(data, "stage", "", Stage, None)
        routine = Routine(
            name=self.text(data, "name", "", None),
            prep_seconds=self.integer(data, "prep_seconds", "", _ROUTINE_DEFAULTS["prep_seconds"]),
            stage=stage,
            description=self.text(data, "description", "", _ROUTINE_DEFAULTS["description"]),
            exercises=tuple(
                self.exercise(item, f"exercises[{i}].") for i, item in enumerate(exercises)
            ),
        )
        try:
            return validate_routine(routine, stored=self.stored)
        except InvalidRoutineError as error:
            first = error.problems[0]
            raise self.fail(first.field, first.message) from None


# What a value in a file is, as the end of "must be text, got ...": a whole noun phrase.
_TYPE_NAMES: dict[type, str] = {
    bool: QT_TRANSLATE_NOOP("RoutineFileErrors", "true/false"),
    int: QT_TRANSLATE_NOOP("RoutineFileErrors", "a number"),
    float: QT_TRANSLATE_NOOP("RoutineFileErrors", "a number"),
    str: QT_TRANSLATE_NOOP("RoutineFileErrors", "text"),
    list: QT_TRANSLATE_NOOP("RoutineFileErrors", "a list"),
    dict: QT_TRANSLATE_NOOP("RoutineFileErrors", "a table"),
}


def _type_name(value: Any) -> str:
    for kind, name in _TYPE_NAMES.items():
        if isinstance(value, kind):
            return translate("RoutineFileErrors", name)
    return type(value).__name__


def _load_json(text: str, path: Path) -> Any:
    try:
        return strict_json.loads(text)
    except strict_json.StrictJsonError as error:
        raise RoutineFileError(path, error.field, error.problem) from None


def not_utf8(position: int) -> str:
    """The problem with a file that is not UTF-8 (``position``: the first bad byte)."""
    text = translate("RoutineFileErrors", "not UTF-8 text (bad byte at position {position})")
    return text.format(position=position)


def _wrong_suffix() -> str:
    return translate("RoutineFileErrors", "the file name must end in .toml or .json")


def parse_routine(
    text: str, fmt: str, path: Path | str = "<text>", *, stored: bool = False
) -> Routine:
    """Parse routine text in ``fmt`` ("toml" or "json").

    ``stored``: text the app stored itself, whose names may hold characters refused since.
    """
    path = Path(path)
    if not text.strip():
        raise RoutineFileError(path, "", translate("RoutineFileErrors", "the file is empty"))
    kind = "TOML" if fmt == "toml" else "JSON"
    unusable = translate("RoutineFileErrors", "not a usable {format} routine: {problem}")
    try:
        # Before the parser: bounds its recursion and its quadratic cases (see decisions.md).
        if fmt == "toml":
            check_toml_structure(text)
        else:
            check_json_structure(text)
    except StructureError as error:
        problem = unusable.format(format=kind, problem=error)
        raise RoutineFileError(path, "", problem) from None
    try:
        data: Any = tomllib.loads(text) if fmt == "toml" else _load_json(text, path)
    except tomllib.TOMLDecodeError as error:
        problem = translate("RoutineFileErrors", "not valid TOML: {problem}").format(problem=error)
        raise RoutineFileError(path, "", problem) from None
    except (RecursionError, ValueError, OverflowError) as error:
        if isinstance(error, RoutineFileError):
            raise
        # The structure check should have kept these out; a refusal still beats a traceback.
        raise RoutineFileError(path, "", unusable.format(format=kind, problem=error)) from None
    return _Reader(path, stored).routine(data)


def read_routine_file(path: Path | str) -> Routine:
    """Read and validate a .toml or .json routine file.

    Only a regular file is read (a folder, pipe or device is refused without waiting), and
    never more than the size limit plus one byte.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise RoutineFileError(path, "", _wrong_suffix())
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except FileRefusedError as error:
        raise RoutineFileError(path, "", error.problem) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RoutineFileError(path, "", not_utf8(error.start)) from None
    return parse_routine(text, suffix.lstrip("."), path)


def routine_to_dict(routine: Routine) -> dict[str, Any]:
    """The routine as plain data in file form (TOML and JSON share it)."""
    data: dict[str, Any] = {"name": routine.name, "prep_seconds": routine.prep_seconds}
    if routine.stage is not None:
        data["stage"] = routine.stage.value
    if routine.description:
        data["description"] = routine.description
    data["exercises"] = [exercise_to_dict(e) for e in routine.exercises]
    return data


def exercise_to_dict(exercise: Exercise) -> dict[str, Any]:
    """One exercise in file form."""
    hold: int | dict[str, int] = (
        {"left": exercise.hold.left, "right": exercise.hold.right}
        if exercise.hold.is_per_side
        else exercise.hold.left
    )
    data: dict[str, Any] = {
        "name": exercise.name,
        "illustration": exercise.illustration,
        "mode": exercise.mode.value,
    }
    if exercise.instructions:
        data["instructions"] = exercise.instructions
    if exercise.mode is Mode.HOLD:
        data["hold_seconds"] = hold
    else:
        data["reps"] = exercise.reps
        if exercise.rep_seconds is not None:
            data["rep_seconds"] = exercise.rep_seconds
    data.update(
        sets=exercise.sets,
        sides=exercise.sides.value,
        first_side=exercise.first_side.value,
        switch_seconds=exercise.switch_seconds,
        rest_seconds=exercise.rest_seconds,
    )
    if exercise.how_left:
        data["how_left"] = exercise.how_left
    if exercise.how_right:
        data["how_right"] = exercise.how_right
    return data


def dump_routine(routine: Routine, fmt: str) -> str:
    """Routine text in ``fmt`` ("toml" or "json")."""
    data = routine_to_dict(routine)
    if fmt == "toml":
        return tomli_w.dumps(data)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_routine_file(routine: Routine, path: Path | str) -> None:
    """Write ``routine`` to ``path``; the suffix (.toml or .json) picks the format."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise RoutineFileError(path, "", _wrong_suffix())
    try:
        refuse_unless_regular_or_missing(path)
    except FileRefusedError as error:
        raise RoutineFileError(path, "", error.problem) from None
    path.write_text(dump_routine(routine, suffix.lstrip(".")), encoding="utf-8")
