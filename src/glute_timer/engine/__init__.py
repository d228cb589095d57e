"""The workout engine: clocks, timers, cue schedule, sleep detection and the state machine."""

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
