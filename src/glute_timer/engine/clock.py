"""Time sources for the engine: clocks to read and timers to be woken by, both injectable."""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer

TimerCallback = Callable[[], None]


class Clock(Protocol):
    """Reads the time. ``monotonic`` drives every countdown; ``wall`` only labels and detects."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (its origin means nothing)."""
        ...

    def wall(self) -> float:
        """Seconds since the Unix epoch, UTC, as ``time.time()``."""
        ...

    def suspended(self) -> float | None:
        """Seconds the machine has spent suspended (from an arbitrary origin), or None where
        the platform cannot tell; only differences between readings mean anything."""
        ...


def _suspended_seconds() -> float | None:
    if sys.platform.startswith("linux"):
        # CLOCK_BOOTTIME runs through a suspend, CLOCK_MONOTONIC stands still in it.
        return time.clock_gettime(time.CLOCK_BOOTTIME) - time.clock_gettime(time.CLOCK_MONOTONIC)
    if sys.platform == "darwin":
        # On macOS it is CLOCK_MONOTONIC that runs through a sleep and CLOCK_UPTIME_RAW not.
        uptime = getattr(time, "CLOCK_UPTIME_RAW", None)
        if uptime is not None:
            return time.clock_gettime(time.CLOCK_MONOTONIC) - time.clock_gettime(uptime)
    return None


class SystemClock:
    """The real clock: ``time.monotonic``, ``time.time`` and the platform's suspend clocks."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    def suspended(self) -> float | None:
        return _suspended_seconds()


class Timer(Protocol):
    """A timer that calls back once (single-shot) or every interval (repeating)."""

    def start(self, seconds: float) -> None:
        """(Re)start the timer to call back in ``seconds``; a running timer is restarted."""
        ...

    def stop(self) -> None:
        """Stop the timer; it will not call back until started again."""
        ...

    def is_active(self) -> bool:
        """Whether the timer is started and will call back."""
        ...


class TimerFactory(Protocol):
    """Makes timers. ``precise`` timers aim at 1 ms; the others may be coalesced by the OS."""

    def __call__(
        self, callback: TimerCallback, *, repeating: bool = False, precise: bool = True
    ) -> Timer: ...


class QtTimer:
    """A :class:`Timer` backed by a ``QTimer``."""

    def __init__(
        self,
        callback: TimerCallback,
        *,
        repeating: bool = False,
        precise: bool = True,
        parent: QObject | None = None,
    ) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(not repeating)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer if precise else Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(callback)

    def start(self, seconds: float) -> None:
        # Rounding up: a timer that fires early would only be re-armed for the rest.
        self._timer.start(max(0, math.ceil(seconds * 1000.0)))

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()


class QtTimerFactory:
    """Makes :class:`QtTimer` instances owned by ``parent``."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._parent = parent

    def __call__(
        self, callback: TimerCallback, *, repeating: bool = False, precise: bool = True
    ) -> QtTimer:
        return QtTimer(callback, repeating=repeating, precise=precise, parent=self._parent)
