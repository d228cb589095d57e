"""Fixtures for engine tests: plans built step by step, an engine on fake time, a signal log."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtStateMachine import QStateMachine

from glute_timer.domain.model import Side
from glute_timer.domain.plan import Plan, Step, StepKind
from glute_timer.engine import WorkoutEngine
from tests.fakes import FakeClock, FakeTimerFactory


def make_plan(*specs: tuple[str, float] | tuple[str, float, dict[str, Any]]) -> Plan:
    """A plan from (kind, seconds[, extra Step fields]) tuples; a finish step is appended."""
    steps: list[Step] = []
    for spec in specs:
        kind, seconds = StepKind(spec[0]), float(spec[1])
        extra: dict[str, Any] = dict(spec[2]) if len(spec) == 3 else {}
        fields: dict[str, Any] = {
            "index": len(steps),
            "kind": kind,
            "exercise": "wall push",
            "illustration": "wall_push",
            "side": Side.LEFT,
            "set_number": 1,
            "set_count": 1,
            "seconds": seconds,
            "reps": 10 if kind is StepKind.REPS else None,
        }
        fields.update(extra)
        steps.append(Step(**fields))
    steps.append(Step(len(steps), StepKind.FINISH, None, None, None, 0, 0, 0.0))
    return Plan("test", tuple(steps))


def machine_of(engine: WorkoutEngine) -> QStateMachine:
    """The engine's state machine, found as its child (the engine exposes no accessor)."""
    machine = engine.findChild(QStateMachine)
    assert machine is not None
    return machine


@dataclass
class Event:
    """One signal the engine emitted, with the fake monotonic time it was emitted at."""

    at: float
    name: str
    args: tuple[Any, ...]


@dataclass
class Recorder:
    """Records every public signal of an engine, in order, with its time."""

    clock: FakeClock
    t0: float
    events: list[Event] = field(default_factory=list)

    def attach(self, engine: WorkoutEngine) -> None:
        for name in (
            "step_started",
            "tick",
            "cue",
            "rep_began",
            "step_finished",
            "paused",
            "resumed",
            "slept",
            "finished",
        ):
            getattr(engine, name).connect(self._recorder(name))

    def _recorder(self, name: str) -> Callable[..., None]:
        def record(*args: Any) -> None:
            # Rounded to the microsecond: float sums of 0.05 s ticks are not exact.
            self.events.append(Event(round(self.clock.monotonic() - self.t0, 6), name, args))

        return record

    def of(self, *names: str) -> list[Event]:
        return [e for e in self.events if e.name in names]

    def cues(self) -> list[tuple[float, str]]:
        return [(e.at, e.args[0]) for e in self.of("cue")]

    def cue_names(self) -> list[str]:
        return [e.args[0] for e in self.of("cue")]

    def started(self) -> list[tuple[float, int]]:
        return [(e.at, e.args[0].index) for e in self.of("step_started")]

    def reports(self) -> list[tuple[float, int, str, float]]:
        return [
            (e.at, e.args[0].index, e.args[1], round(e.args[2], 6))
            for e in self.of("step_finished")
        ]

    def ticks(self) -> list[tuple[float, float, float]]:
        """Every tick as (time, seconds, fraction), the values rounded to the microsecond."""
        return [(e.at, round(e.args[0], 6), round(e.args[1], 6)) for e in self.of("tick")]

    def last_tick(self) -> tuple[float, float, float]:
        """The latest tick as (time, seconds, fraction): what a countdown shows now.

        The engine ticks at every start and resume, so right after ``resume()`` this is the
        time left that the pause kept.
        """
        ticks = self.ticks()
        assert ticks, "no tick yet"
        return ticks[-1]

    def trace(self) -> list[tuple[str, Any]]:
        """Everything but ticks, as (name, key argument) pairs."""
        out: list[tuple[str, Any]] = []
        for e in self.events:
            if e.name == "tick":
                continue
            if e.name in ("step_started", "step_finished"):
                out.append((e.name, e.args[0].index))
            else:
                out.append((e.name, e.args[0] if e.args else None))
        return out

    def clear(self) -> None:
        self.events.clear()


@dataclass
class Rig:
    """An engine on fake time, with its clock, timers and signal log."""

    engine: WorkoutEngine
    clock: FakeClock
    timers: FakeTimerFactory
    rec: Recorder

    @property
    def now(self) -> float:
        """Seconds since the rig was built."""
        return self.clock.monotonic() - self.rec.t0

    def advance(self, seconds: float) -> None:
        self.timers.advance(seconds)

    def advance_to(self, at: float) -> None:
        """Advance to ``at`` seconds since the rig was built."""
        self.timers.advance_to(self.rec.t0 + at)

    def configuration(self) -> set[str]:
        return {state.objectName() for state in machine_of(self.engine).configuration()}


@pytest.fixture
def make_rig(qapp: QCoreApplication) -> Iterator[Callable[[Plan], Rig]]:
    engines: list[WorkoutEngine] = []

    def build(plan: Plan) -> Rig:
        clock = FakeClock()
        timers = FakeTimerFactory(clock)
        engine = WorkoutEngine(plan, clock=clock, timer_factory=timers)
        rec = Recorder(clock, clock.monotonic())
        rec.attach(engine)
        engines.append(engine)
        return Rig(engine, clock, timers, rec)

    yield build
    for engine in engines:
        engine.stop()
        engine.deleteLater()
