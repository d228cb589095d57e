"""What a person reads for the values of domain enums: stages, sides, steps, outcomes, days.

The enum values are data (routine files, history, ``--json``) and stay English; these
functions give the word to show, in the person's language. Each label is lowercase in
English and mostly reads like the value (``activation``, ``left``, ``flare-up``), so English
output hardly changes where a caller switches to it; start a line with ``label.capitalize()``.
A rest day (``RestKind.REST``, ``DayStatus.REST``) reads ``rest day``, apart from the rest step.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.model import Mode, Side, Sides, Stage
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import StepKind
from glute_timer.domain.schedule import DayStatus, Frequency, RestKind

CONTEXT: Final = "Labels"

STAGE_LABELS: Final[Mapping[Stage, str]] = MappingProxyType(
    {
        Stage.ACTIVATION: QT_TRANSLATE_NOOP("Labels", "activation"),
        Stage.STRENGTH: QT_TRANSLATE_NOOP("Labels", "strength"),
        Stage.ENDURANCE: QT_TRANSLATE_NOOP("Labels", "endurance"),
    }
)

SIDE_LABELS: Final[Mapping[Side, str]] = MappingProxyType(
    {
        Side.LEFT: QT_TRANSLATE_NOOP("Labels", "left"),
        Side.RIGHT: QT_TRANSLATE_NOOP("Labels", "right"),
    }
)

SIDES_LABELS: Final[Mapping[Sides, str]] = MappingProxyType(
    {
        Sides.BOTH: QT_TRANSLATE_NOOP("Labels", "both sides"),
        Sides.LEFT: QT_TRANSLATE_NOOP("Labels", "left side only"),
        Sides.RIGHT: QT_TRANSLATE_NOOP("Labels", "right side only"),
        Sides.NONE: QT_TRANSLATE_NOOP("Labels", "no side"),
    }
)

MODE_LABELS: Final[Mapping[Mode, str]] = MappingProxyType(
    {
        Mode.HOLD: QT_TRANSLATE_NOOP("Labels", "timed hold"),
        Mode.REPS: QT_TRANSLATE_NOOP("Labels", "reps"),
    }
)

STEP_KIND_LABELS: Final[Mapping[StepKind, str]] = MappingProxyType(
    {
        StepKind.PREPARE: QT_TRANSLATE_NOOP("Labels", "prepare"),
        StepKind.HOLD: QT_TRANSLATE_NOOP("Labels", "hold"),
        StepKind.REPS: QT_TRANSLATE_NOOP("Labels", "reps"),
        StepKind.SWITCH: QT_TRANSLATE_NOOP("Labels", "switch"),
        StepKind.REST: QT_TRANSLATE_NOOP("Labels", "rest"),
        StepKind.FINISH: QT_TRANSLATE_NOOP("Labels", "finish"),
    }
)

OUTCOME_LABELS: Final[Mapping[StepOutcome, str]] = MappingProxyType(
    {
        StepOutcome.COMPLETED: QT_TRANSLATE_NOOP("Labels", "completed"),
        StepOutcome.SKIPPED: QT_TRANSLATE_NOOP("Labels", "skipped"),
        StepOutcome.STOPPED: QT_TRANSLATE_NOOP("Labels", "stopped"),
        StepOutcome.RESTARTED: QT_TRANSLATE_NOOP("Labels", "restarted"),
    }
)

# A stored session's status (``history_file.SESSION_STATUSES``): plain text in the database.
SESSION_STATUS_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "completed": QT_TRANSLATE_NOOP("Labels", "completed"),
        "stopped": QT_TRANSLATE_NOOP("Labels", "stopped"),
        "interrupted": QT_TRANSLATE_NOOP("Labels", "interrupted"),
        "in_progress": QT_TRANSLATE_NOOP("Labels", "in progress"),
    }
)

FREQUENCY_LABELS: Final[Mapping[Frequency, str]] = MappingProxyType(
    {
        Frequency.DAILY: QT_TRANSLATE_NOOP("Labels", "daily"),
        Frequency.PER_WEEK: QT_TRANSLATE_NOOP("Labels", "per week"),
        Frequency.WEEKDAYS: QT_TRANSLATE_NOOP("Labels", "weekdays"),
    }
)

REST_KIND_LABELS: Final[Mapping[RestKind, str]] = MappingProxyType(
    {
        RestKind.REST: QT_TRANSLATE_NOOP("Labels", "rest day"),
        RestKind.SICK: QT_TRANSLATE_NOOP("Labels", "sick"),
        RestKind.FLARE_UP: QT_TRANSLATE_NOOP("Labels", "flare-up"),
    }
)

DAY_STATUS_LABELS: Final[Mapping[DayStatus, str]] = MappingProxyType(
    {
        DayStatus.MET: QT_TRANSLATE_NOOP("Labels", "met"),
        DayStatus.MISSED: QT_TRANSLATE_NOOP("Labels", "missed"),
        DayStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "open"),
        DayStatus.REST: QT_TRANSLATE_NOOP("Labels", "rest day"),
        DayStatus.FREE: QT_TRANSLATE_NOOP("Labels", "free"),
    }
)


def stage_label(stage: Stage) -> str:
    """``activation``, ``strength`` or ``endurance`` in the person's language."""
    return translate(CONTEXT, STAGE_LABELS[stage])


def side_label(side: Side) -> str:
    """``left`` or ``right`` in the person's language."""
    return translate(CONTEXT, SIDE_LABELS[side])


def sides_label(sides: Sides) -> str:
    """Which sides an exercise is done on (``both sides``, ``left side only``...)."""
    return translate(CONTEXT, SIDES_LABELS[sides])


def mode_label(mode: Mode) -> str:
    """``timed hold`` or ``reps`` in the person's language."""
    return translate(CONTEXT, MODE_LABELS[mode])


def step_kind_label(kind: StepKind) -> str:
    """``prepare``, ``hold``, ``reps``, ``switch``, ``rest`` or ``finish``."""
    return translate(CONTEXT, STEP_KIND_LABELS[kind])


def outcome_label(outcome: StepOutcome) -> str:
    """How a step ended: ``completed``, ``skipped``, ``stopped`` or ``restarted``."""
    return translate(CONTEXT, OUTCOME_LABELS[outcome])


def session_status_label(status: str) -> str:
    """A stored session's status; an unknown one comes back as stored."""
    label = SESSION_STATUS_LABELS.get(status)
    return status if label is None else translate(CONTEXT, label)


def frequency_label(frequency: Frequency) -> str:
    """``daily``, ``per week`` or ``weekdays`` in the person's language."""
    return translate(CONTEXT, FREQUENCY_LABELS[frequency])


def rest_kind_label(kind: RestKind) -> str:
    """``rest day``, ``sick`` or ``flare-up`` in the person's language."""
    return translate(CONTEXT, REST_KIND_LABELS[kind])


def day_status_label(status: DayStatus) -> str:
    """``met``, ``missed``, ``open``, ``rest day`` or ``free`` in the person's language."""
    return translate(CONTEXT, DAY_STATUS_LABELS[status])
