"""Builds the real main window on a fake clock, for the UI tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from glute_timer.domain.library import ROUTINES
from glute_timer.domain.plan import Plan
from glute_timer.engine.workout_engine import WorkoutEngine
from glute_timer.settings import Settings
from glute_timer.ui.main_window import MainWindow
from glute_timer.workout_session import WorkoutSession
from tests.fakes import FakeClock, FakeTimerFactory


@dataclass
class RecordingKeepAwake:
    """Records inhibit and release calls."""

    calls: list[str] = field(default_factory=list)
    held: bool = False

    def inhibit(self, reason: str) -> bool:
        self.calls.append(f"inhibit:{reason}")
        self.held = True
        return True

    def release(self) -> None:
        self.calls.append("release")
        self.held = False


@dataclass
class Harness:
    """The window and what drives it."""

    window: MainWindow
    session: WorkoutSession
    clock: FakeClock
    timers: FakeTimerFactory
    keep_awake: RecordingKeepAwake
    settings: Settings
    answers: list[bool]
    asked: list[int]

    def advance(self, seconds: float, step: float = 0.05) -> None:
        """Let ``seconds`` pass in display-tick-sized steps (the view sees each tick)."""
        target = self.clock.monotonic() + seconds
        while self.clock.monotonic() < target:
            self.timers.advance_to(min(target, self.clock.monotonic() + step))


def build(tmp_path: Path, answers: list[bool] | None = None) -> Harness:
    """A main window with built-in routines, fake time and a recording keep-awake."""
    clock = FakeClock()
    timers = FakeTimerFactory(clock)
    keep_awake = RecordingKeepAwake()
    settings = Settings.open(tmp_path)
    answer_queue = answers if answers is not None else []
    asked: list[int] = []

    def factory(plan: Plan, parent: QObject) -> WorkoutEngine:
        return WorkoutEngine(plan, clock=clock, timer_factory=timers, parent=parent)

    def confirm(_parent: QWidget) -> bool:
        asked.append(1)
        return answer_queue.pop(0) if answer_queue else False

    session = WorkoutSession(settings, factory, keep_awake)
    window = MainWindow(settings, session, confirm_stop=confirm)
    window.set_routines([(routine, True) for routine in ROUTINES])
    return Harness(window, session, clock, timers, keep_awake, settings, answer_queue, asked)
