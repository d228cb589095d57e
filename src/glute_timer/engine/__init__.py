"""The workout engine: clocks, timers, cue schedule, sleep detection and the state machine.

Names are imported on first use, so the pure modules (``cue_schedule``, ``step_clock``) can be
used without loading Qt.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from glute_timer.domain.outcome import StepOutcome
    from glute_timer.engine.clock import (
        Clock,
        QtTimer,
        QtTimerFactory,
        SystemClock,
        Timer,
        TimerCallback,
        TimerFactory,
    )
    from glute_timer.engine.workout_engine import WorkoutEngine

_WHERE = {
    "StepOutcome": "glute_timer.domain.outcome",
    "Clock": "glute_timer.engine.clock",
    "QtTimer": "glute_timer.engine.clock",
    "QtTimerFactory": "glute_timer.engine.clock",
    "SystemClock": "glute_timer.engine.clock",
    "Timer": "glute_timer.engine.clock",
    "TimerCallback": "glute_timer.engine.clock",
    "TimerFactory": "glute_timer.engine.clock",
    "WorkoutEngine": "glute_timer.engine.workout_engine",
}

__all__ = [
    "Clock",
    "QtTimer",
    "QtTimerFactory",
    "StepOutcome",
    "SystemClock",
    "Timer",
    "TimerCallback",
    "TimerFactory",
    "WorkoutEngine",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name]), name)
