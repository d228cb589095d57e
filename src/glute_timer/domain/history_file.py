"""Reads a history file (the ``history --json`` format) into plain records, checking every field.

Pure: no database, no Qt. Storing the records is ``storage.history_import``'s job.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from glute_timer.domain import strict_json
from glute_timer.domain.bounded_read import FileRefusedError, read_regular_file
from glute_timer.domain.file_problem import file_problem_line
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.limits import MAX_NAME_LENGTH, MAX_REPS
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.structure_limits import StructureError, check_json_structure

MAX_HISTORY_FILE_BYTES: Final = 64 * 1024 * 1024
MAX_NOTE_LENGTH: Final = 10_000

STEP_KINDS: Final = ("prepare", "hold", "reps", "switch", "rest")
SIDES: Final = ("left", "right")
STEP_OUTCOMES: Final = tuple(outcome.value for outcome in StepOutcome)
SESSION_STATUSES: Final = ("completed", "stopped", "interrupted", "in_progress")

_SESSION_KEYS: Final = {
    "id",
    "uid",
    "routine",
    "started_at",
    "ended_at",
    "status",
    "effort",
    "pain",
    "notes",
    "steps",
}
_STEP_KEYS: Final = {
    "kind",
    "exercise",
    "side",
    "set",
    "planned_seconds",
    "actual_seconds",
    "outcome",
    "reps_done",
}
_MAX_STEP_SECONDS: Final = 24 * 3600.0


class HistoryFileError(ValueError):
    """A history file that cannot be imported; the message names the file, field and problem."""

    def __init__(self, path: Path | str, field: str, problem: str) -> None:
        self.path = Path(path)
        self.field = field
        self.problem = problem
        super().__init__(file_problem_line(self.path, field, problem))


@dataclass(frozen=True)
class HistoryStep:
    """One step of an imported session, as ``history --json`` writes it."""

    kind: str
    exercise: str | None
    side: str | None
    set_number: int
    planned_seconds: float
    actual_seconds: float
    outcome: str
    reps_done: int | None = None


@dataclass(frozen=True)
class HistorySession:
    """One imported session; times are milliseconds since the Unix epoch (UTC)."""

    source_id: int | None
    uid: str | None
    routine: str
    started_ms: int
    ended_ms: int | None
    status: str
    effort: int | None
    pain: int | None
    notes: str
    steps: tuple[HistoryStep, ...]


def parse_instant(text: str) -> int:
    """Milliseconds since the epoch for ISO 8601 text with a time zone (``...Z``).

    Raises ValueError for text without a zone or not ISO 8601.
    """
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("no time zone")
    delta = moment.astimezone(UTC) - datetime(1970, 1, 1, tzinfo=UTC)
    return delta.days * 86_400_000 + delta.seconds * 1000 + round(delta.microseconds / 1000)


class _Reader:
    """Turns parsed JSON into records, naming the first bad field it meets."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str, problem: str) -> HistoryFileError:
        return HistoryFileError(self.path, field, problem)

    def check_keys(self, data: Any, allowed: set[str], field: str) -> Mapping[str, Any]:
        if not isinstance(data, dict):
            problem = translate("HistoryFileErrors", "must be an object, not {kind}")
            raise self.fail(field, problem.format(kind=_type_name(data)))
        for key in data:
            if key not in allowed:
                hint = ", ".join(sorted(allowed))
                problem = translate("HistoryFileErrors", "unknown key (expected one of: {keys})")
                raise self.fail(f"{field}.{key}", problem.format(keys=hint))
        return data

    def text(self, data: Mapping[str, Any], key: str, field: str, limit: int) -> str:
        value = data.get(key)
        if not isinstance(value, str):
            problem = translate("HistoryFileErrors", "must be text, not {kind}")
            raise self.fail(f"{field}.{key}", problem.format(kind=_type_name(value)))
        if len(value) > limit:
            problem = translate("HistoryFileErrors", "must be at most {most} characters")
            raise self.fail(f"{field}.{key}", problem.format(most=f"{limit:,}"))
        return value

    def optional_text(self, data: Mapping[str, Any], key: str, field: str) -> str | None:
        if data.get(key) is None:
            return None
        return self.text(data, key, field, MAX_NAME_LENGTH)

    def choice(
        self, data: Mapping[str, Any], key: str, field: str, options: tuple[str, ...]
    ) -> str:
        value = data.get(key)
        if value not in options:
            problem = translate("HistoryFileErrors", "must be one of {options}")
            raise self.fail(f"{field}.{key}", problem.format(options=", ".join(options)))
        return str(value)

    def integer(
        self, data: Mapping[str, Any], key: str, field: str, low: int, high: int
    ) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            problem = translate("HistoryFileErrors", "must be a whole number, not {kind}")
            raise self.fail(f"{field}.{key}", problem.format(kind=_type_name(value)))
        if not low <= value <= high:
            problem = translate(
                "HistoryFileErrors", "must be between {lowest} and {highest}, not {value}"
            )
            raise self.fail(f"{field}.{key}", problem.format(lowest=low, highest=high, value=value))
        return value

    def seconds(self, data: Mapping[str, Any], key: str, field: str) -> float:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            problem = translate("HistoryFileErrors", "must be a number, not {kind}")
            raise self.fail(f"{field}.{key}", problem.format(kind=_type_name(value)))
        if not 0 <= value <= _MAX_STEP_SECONDS:  # also refuses NaN
            problem = translate("HistoryFileErrors", "must be between 0 and {highest}")
            raise self.fail(f"{field}.{key}", problem.format(highest=f"{_MAX_STEP_SECONDS:g}"))
        return float(value)

    def instant(self, data: Mapping[str, Any], key: str, field: str) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            problem = translate("HistoryFileErrors", "must be a date and time, not {kind}")
            raise self.fail(f"{field}.{key}", problem.format(kind=_type_name(value)))
        try:
            return parse_instant(value)
        except ValueError:
            problem = translate(
                "HistoryFileErrors", "{value} is not a date and time like 2026-03-02T08:00:00.000Z"
            )
            raise self.fail(f"{field}.{key}", problem.format(value=repr(value))) from None

    def step(self, data: Any, field: str) -> HistoryStep:
        step = self.check_keys(data, _STEP_KEYS, field)
        for key in ("kind", "set", "planned_seconds", "actual_seconds", "outcome"):
            if key not in step:
                raise self.fail(f"{field}.{key}", _missing())
        set_number = self.integer(step, "set", field, 0, 10_000)
        return HistoryStep(
            kind=self.choice(step, "kind", field, STEP_KINDS),
            exercise=self.optional_text(step, "exercise", field),
            side=None if step.get("side") is None else self.choice(step, "side", field, SIDES),
            set_number=set_number or 0,
            planned_seconds=self.seconds(step, "planned_seconds", field),
            actual_seconds=self.seconds(step, "actual_seconds", field),
            outcome=self.choice(step, "outcome", field, STEP_OUTCOMES),
            reps_done=self.integer(step, "reps_done", field, 0, MAX_REPS),
        )

    def session(self, data: Any, field: str) -> HistorySession:
        session = self.check_keys(data, _SESSION_KEYS, field)
        for key in ("routine", "started_at", "status"):
            if key not in session:
                raise self.fail(f"{field}.{key}", _missing())
        uid = session.get("uid")
        if uid is not None:
            try:
                uid = str(uuid.UUID(uid)) if isinstance(uid, str) else None
            except ValueError:
                uid = None
            if uid is None:
                problem = translate(
                    "HistoryFileErrors",
                    "must be a UUID such as 123e4567-e89b-42d3-a456-426614174000",
                )
                raise self.fail(f"{field}.uid", problem)
        routine = self.text(session, "routine", field, MAX_NAME_LENGTH)
        if not routine.strip():
            raise self.fail(f"{field}.routine", translate("HistoryFileErrors", "must not be empty"))
        started = self.instant(session, "started_at", field)
        if started is None:
            problem = translate("HistoryFileErrors", "must be a date and time, not null")
            raise self.fail(f"{field}.started_at", problem)
        ended = self.instant(session, "ended_at", field)
        if ended is not None and ended < started:
            raise self.fail(
                f"{field}.ended_at", translate("HistoryFileErrors", "is before started_at")
            )
        raw_steps = session.get("steps", [])
        if not isinstance(raw_steps, list):
            problem = translate("HistoryFileErrors", "must be a list, not {kind}")
            raise self.fail(f"{field}.steps", problem.format(kind=_type_name(raw_steps)))
        notes = (
            ""
            if session.get("notes") is None
            else self.text(session, "notes", field, MAX_NOTE_LENGTH)
        )
        return HistorySession(
            source_id=self.integer(session, "id", field, 0, 2**62),
            uid=uid,
            routine=routine,
            started_ms=started,
            ended_ms=ended,
            status=self.choice(session, "status", field, SESSION_STATUSES),
            effort=self.integer(session, "effort", field, 0, 10),
            pain=self.integer(session, "pain", field, 0, 10),
            notes=notes,
            steps=tuple(self.step(step, f"{field}.steps[{n}]") for n, step in enumerate(raw_steps)),
        )

    def history(self, data: Any) -> list[HistorySession]:
        if not isinstance(data, list):
            problem = translate(
                "HistoryFileErrors",
                "must hold a list of sessions as 'history --json' writes, not {kind}",
            )
            raise self.fail("", problem.format(kind=_type_name(data)))
        sessions = []
        seen: dict[str, int] = {}
        for n, item in enumerate(data):
            session = self.session(item, f"sessions[{n}]")
            if session.uid is not None:
                if session.uid in seen:
                    problem = translate("HistoryFileErrors", "repeats the uid of {other}")
                    other = f"sessions[{seen[session.uid]}]"
                    raise self.fail(f"sessions[{n}].uid", problem.format(other=other))
                seen[session.uid] = n
            sessions.append(session)
        return sessions


# What a JSON value is, as the end of "must be text, not ...": a whole noun phrase.
_TYPE_NAMES: Final[dict[type, str]] = {
    type(None): "null",
    bool: QT_TRANSLATE_NOOP("HistoryFileErrors", "true/false"),
    int: QT_TRANSLATE_NOOP("HistoryFileErrors", "a number"),
    float: QT_TRANSLATE_NOOP("HistoryFileErrors", "a number"),
    str: QT_TRANSLATE_NOOP("HistoryFileErrors", "text"),
    list: QT_TRANSLATE_NOOP("HistoryFileErrors", "a list"),
    dict: QT_TRANSLATE_NOOP("HistoryFileErrors", "an object"),
}


def _type_name(value: Any) -> str:
    for kind, name in _TYPE_NAMES.items():
        if isinstance(value, kind):
            # "null" is JSON's own word.
            return name if kind is type(None) else translate("HistoryFileErrors", name)
    return type(value).__name__


def _missing() -> str:
    return translate("HistoryFileErrors", "is missing")


def parse_history(text: str, path: Path | str = "<text>") -> list[HistorySession]:
    """Parse ``history --json`` text; raises HistoryFileError naming the first bad field."""
    path = Path(path)
    if not text.strip():
        raise HistoryFileError(path, "", translate("HistoryFileErrors", "the file is empty"))
    try:
        check_json_structure(text, small=False)
        data = strict_json.loads(text)
    except StructureError as error:
        problem = translate("HistoryFileErrors", "not a usable history file: {problem}")
        raise HistoryFileError(path, "", problem.format(problem=error)) from None
    except strict_json.StrictJsonError as error:
        raise HistoryFileError(path, error.field, error.problem) from None
    return _Reader(path).history(data)


def read_history_file(
    path: Path | str, max_bytes: int = MAX_HISTORY_FILE_BYTES
) -> list[HistorySession]:
    """Read and check a history file: a regular file of at most ``max_bytes`` UTF-8 bytes."""
    path = Path(path)
    try:
        raw = read_regular_file(path, max_bytes)
    except FileRefusedError as error:
        raise HistoryFileError(path, "", error.problem) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problem = translate("HistoryFileErrors", "not UTF-8 text (bad byte at position {position})")
        raise HistoryFileError(path, "", problem.format(position=error.start)) from None
    return parse_history(text, path)
