"""Every duration and hold time as the app writes it, on every screen and in the CLI (no Qt).

Two rules, one each for two kinds of number:

* A duration (measured, planned or totalled) is rounded half up to whole seconds: 23.4 s
  reads ``0:23`` and 23.5 s reads ``0:24``, on the summary, in the history, in the CLI.
* A countdown (time *left*) is rounded up, so it shows ``1`` until the very end and never
  ``0`` while a hold is still running.

Units and words ("s", "min", "each side", "left only") are whole translatable templates;
clock durations (``1:30``) are the same in every language.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

from glute_timer.domain.i18n import PLURAL, QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from glute_timer.domain.model import Exercise, HoldTime, Routine, Side

# The hold texts import the domain model when first used: ``clock`` alone stays cheap for the
# CLI's history table, which must start fast.
_ALL_HOLDS: Final = -1  # domain.adjust.ALL_HOLDS (checked by a test)

# Below this many seconds the workout dial shows bare digits, read faster across a room.
DIAL_DIGITS_BELOW: Final = 100
# Floating-point slack so that 3.0000001 s left still counts as 3.
_COUNTDOWN_SLACK: Final = 1e-6


def whole_seconds(seconds: float) -> int:
    """``seconds`` rounded half up to whole seconds, never negative: the one duration rule."""
    return max(0, math.floor(seconds + 0.5))


def countdown_seconds(seconds_left: float) -> int:
    """Whole seconds left on a countdown, rounded up: the one countdown rule."""
    return max(0, math.ceil(seconds_left - _COUNTDOWN_SLACK))


def _clock(total: int) -> str:
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def clock(seconds: float) -> str:
    """A duration as ``m:ss``, or ``h:mm:ss`` from an hour: ``2:25``, ``1:05:00``."""
    return _clock(whole_seconds(seconds))


def countdown_clock(seconds_left: float) -> str:
    """Time left as ``m:ss`` (``h:mm:ss`` from an hour), rounded up."""
    return _clock(countdown_seconds(seconds_left))


def dial_text(seconds_left: float) -> str:
    """Digits for the workout dial: whole seconds up to 99, then ``m:ss``; rounded up."""
    whole = countdown_seconds(seconds_left)
    return str(whole) if whole < DIAL_DIGITS_BELOW else _clock(whole)


def seconds_text(seconds: float) -> str:
    """A short duration in seconds: ``30 s``."""
    return translate("Durations", "{seconds} s").format(seconds=whole_seconds(seconds))


def duration_text(seconds: float) -> str:
    """A duration in words: ``45 s``, ``4 min 05 s``, ``1 h 05 min 00 s``."""
    total = whole_seconds(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return translate("Durations", "{hours} h {minutes} min {seconds} s").format(
            hours=hours, minutes=f"{minutes:02d}", seconds=f"{secs:02d}"
        )
    if minutes:
        return translate("Durations", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=f"{secs:02d}"
        )
    return translate("Durations", "{seconds} s").format(seconds=secs)


def precise_seconds_text(seconds: float) -> str:
    """A measured step: tenths below a minute (``23.4 s``), else :func:`clock`; half up."""
    tenths = max(0, math.floor(seconds * 10 + 0.5))
    if tenths < 600:
        # The decimal mark is in the template: a translator writes "{whole},{tenth} s".
        return translate("Durations", "{whole}.{tenth} s", "seconds with one decimal").format(
            whole=tenths // 10, tenth=tenths % 10
        )
    return clock(seconds)


def hold_time_text(hold: HoldTime) -> str:
    """One exercise's hold: ``30 s``, or ``left 45 s, right 30 s`` when the sides differ."""
    if hold.is_per_side:
        return translate("Durations", "left {left_time}, right {right_time}").format(
            left_time=seconds_text(hold.left), right_time=seconds_text(hold.right)
        )
    return seconds_text(hold.left)


# How many sets, and on which sides, around the amount; keyed by ``Sides`` values.
_WITH_SETS: Final = {
    "both": QT_TRANSLATE_NOOP("Durations", "{sets} × {amount} each side"),
    "left": QT_TRANSLATE_NOOP("Durations", "{sets} × {amount} left only"),
    "right": QT_TRANSLATE_NOOP("Durations", "{sets} × {amount} right only"),
    "none": QT_TRANSLATE_NOOP("Durations", "{sets} × {amount}"),
}
_ONE_SET: Final = {
    "both": QT_TRANSLATE_NOOP("Durations", "{amount} each side"),
    "left": QT_TRANSLATE_NOOP("Durations", "{amount} left only"),
    "right": QT_TRANSLATE_NOOP("Durations", "{amount} right only"),
    "none": "{amount}",
}


def exercise_amount_text(exercise: Exercise) -> str:
    """How long or how many: ``2 × 30 s each side``, ``left 45 s, right 30 s``, ``12 reps``."""
    from glute_timer.domain.model import Mode, Sides

    if exercise.mode is Mode.REPS:
        reps = exercise.reps
        amount = translate("Durations", "%n rep(s)", None, PLURAL, reps)
    else:
        amount = hold_time_text(exercise.hold)
    sides = exercise.sides
    # Per-side holds already name both sides.
    if sides is Sides.BOTH and exercise.mode is Mode.HOLD and exercise.hold.is_per_side:
        sides = Sides.NONE
    # Whole templates per case: word order differs between languages.
    key = sides.value
    template = translate("Durations", (_WITH_SETS if exercise.sets > 1 else _ONE_SET)[key])
    return template.format(sets=exercise.sets, amount=amount)


def held_range_text(values: list[int]) -> str:
    """A set of hold times: ``20 s``, or the range ``20–45 s``; ``–`` for none."""
    if not values:
        return "–"
    low, high = min(values), max(values)
    if low == high:
        return seconds_text(low)
    return translate("Durations", "{low}–{high} s", "a range of seconds").format(low=low, high=high)


def chosen_holds_text(
    routine: Routine, exercise_index: int = _ALL_HOLDS, side: Side | None = None
) -> str:
    """What quick adjust would change: ``30 s``, ``left 45 s, right 30 s``, ``20–45 s``."""
    from glute_timer.domain.adjust import chosen_holds, held_seconds

    chosen = chosen_holds(routine, exercise_index)
    if side is None and len(chosen) == 1 and chosen[0].hold.is_per_side:
        return hold_time_text(chosen[0].hold)
    return held_range_text(held_seconds(routine, exercise_index, side))
