"""A fake clock and fake timers, so tests decide exactly when time passes and timers fire.

Typical use::

    clock = FakeClock()
    timers = FakeTimerFactory(clock)
    engine = WorkoutEngine(plan, clock=clock, timer_factory=timers)
    engine.start()
    timers.advance(30.0)   # moves the clock, firing each due timer at its exact moment

``FakeTimer.fire()`` fires one timer by hand without moving the clock.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

# Far enough from zero that subtracting a few seconds never goes negative by accident.
START_MONOTONIC = 1000.0
START_WALL = 1_767_225_600.0  # 2026-01-01T00:00:00Z
_MAX_FIRES_PER_ADVANCE = 1_000_000


class FakeClock:
    """A clock that moves only when told; the monotonic and wall clocks move together.

    ``suspended`` (the time spent suspended) moves only with :meth:`suspend`; pass
    ``suspend_clock=False`` for a platform without one (Windows).
    """

    def __init__(
        self,
        monotonic: float = START_MONOTONIC,
        wall: float = START_WALL,
        *,
        suspend_clock: bool = True,
    ) -> None:
        self._monotonic = monotonic
        self._wall = wall
        self._suspended: float | None = 0.0 if suspend_clock else None

    def monotonic(self) -> float:
        return self._monotonic

    def wall(self) -> float:
        return self._wall

    def suspended(self) -> float | None:
        return self._suspended

    def advance(self, seconds: float) -> None:
        """Move both clocks forward by ``seconds``."""
        if seconds < 0:
            raise ValueError("time does not go back")
        self._monotonic += seconds
        self._wall += seconds

    def set_monotonic(self, value: float) -> None:
        """Move both clocks so the monotonic one reads ``value`` (never backwards)."""
        self.advance(value - self._monotonic)

    def jump_wall(self, seconds: float) -> None:
        """Move only the wall clock, as NTP or someone setting the clock does."""
        self._wall += seconds

    def suspend(self, seconds: float) -> None:
        """A Linux suspend: the wall and boot-time clocks run on, the monotonic one stands."""
        self._wall += seconds
        if self._suspended is not None:
            self._suspended += seconds


class FakeTimer:
    """A timer that fires when :class:`FakeTimerFactory` advances past its deadline, or by hand."""

    def __init__(
        self,
        factory: FakeTimerFactory,
        callback: Callable[[], None],
        *,
        repeating: bool,
        precise: bool,
    ) -> None:
        self._factory = factory
        self.callback = callback
        self.repeating = repeating
        self.precise = precise
        self.interval: float | None = None
        self.deadline: float | None = None
        self.order = 0
        self.start_count = 0

    def start(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a timer cannot be started in the past")
        self.interval = seconds
        self.deadline = self._factory.clock.monotonic() + seconds
        self.order = self._factory.next_order()
        self.start_count += 1

    def stop(self) -> None:
        self.deadline = None

    def is_active(self) -> bool:
        return self.deadline is not None

    def fire(self) -> None:
        """Call back now (re-arming a repeating timer from its deadline), as Qt would."""
        if self.repeating and self.interval is not None and self.deadline is not None:
            self.deadline += self.interval
            self.order = self._factory.next_order()
        else:
            self.deadline = None
        self.callback()


class FakeTimerFactory:
    """Makes :class:`FakeTimer` instances tied to ``clock``; keeps them all in ``timers``."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.timers: list[FakeTimer] = []
        self._order = itertools.count()

    def __call__(
        self, callback: Callable[[], None], *, repeating: bool = False, precise: bool = True
    ) -> FakeTimer:
        timer = FakeTimer(self, callback, repeating=repeating, precise=precise)
        self.timers.append(timer)
        return timer

    def next_order(self) -> int:
        return next(self._order)

    def active(self) -> list[FakeTimer]:
        return [timer for timer in self.timers if timer.is_active()]

    def advance(self, seconds: float) -> int:
        """Move the clock forward by ``seconds``, firing due timers in time order.

        The clock reads exactly each timer's deadline when it fires; timers due at the same
        moment fire in the order they were started. Returns how many fired.
        """
        return self.advance_to(self.clock.monotonic() + seconds)

    def advance_to(self, target: float) -> int:
        """Like :meth:`advance`, up to the monotonic time ``target``."""
        fired = 0
        while True:
            due = [t for t in self.active() if t.deadline is not None and t.deadline <= target]
            if not due:
                break
            timer = min(due, key=lambda t: (t.deadline, t.order))
            assert timer.deadline is not None
            if timer.deadline > self.clock.monotonic():
                self.clock.set_monotonic(timer.deadline)
            timer.fire()
            fired += 1
            if fired > _MAX_FIRES_PER_ADVANCE:
                raise RuntimeError("timers keep firing without time passing")
        if target > self.clock.monotonic():
            self.clock.set_monotonic(target)
        return fired
