"""Telling a suspended machine from a running one, by comparing clocks between observations."""

from __future__ import annotations

import logging

_log = logging.getLogger(__name__)

# A monotonic gap this long between two display ticks (20 Hz) means the process did not run:
# on Windows and macOS the monotonic clock keeps counting through a suspend.
GAP_SECONDS = 5.0
# The wall clock running this far ahead of the monotonic one between two ticks means a suspend
# on Linux, where CLOCK_MONOTONIC stands still while the machine sleeps.
WALL_JUMP_SECONDS = 2.0


class SleepDetector:
    """Watches successive (monotonic, wall) readings and reports how long the machine slept.

    Call :meth:`reset` when observation (re)starts, then :meth:`observe` at each tick.
    """

    def __init__(
        self, gap_seconds: float = GAP_SECONDS, wall_jump_seconds: float = WALL_JUMP_SECONDS
    ) -> None:
        self.gap_seconds = gap_seconds
        self.wall_jump_seconds = wall_jump_seconds
        self._last: tuple[float, float] | None = None

    @property
    def last_monotonic(self) -> float | None:
        """The monotonic time of the last reading taken, or None before the first."""
        return None if self._last is None else self._last[0]

    def reset(self, monotonic: float, wall: float) -> None:
        """Start observing from this reading, forgetting earlier ones."""
        self._last = (monotonic, wall)

    def stop(self) -> None:
        """Forget the last reading (nothing is watched until the next :meth:`reset`)."""
        self._last = None

    def observe(self, monotonic: float, wall: float) -> float | None:
        """Record a reading; return the seconds slept since the previous one, or None."""
        if self._last is None:
            self._last = (monotonic, wall)
            return None
        last_mono, last_wall = self._last
        self._last = (monotonic, wall)
        d_mono = monotonic - last_mono
        d_wall = wall - last_wall
        if d_wall - d_mono > self.wall_jump_seconds or d_mono > self.gap_seconds:
            return max(d_mono, d_wall)
        if d_mono - d_wall > self.wall_jump_seconds:
            # The wall clock was set back: nothing slept, so keep going.
            _log.info("wall clock went back by %.1f s; ignored", d_mono - d_wall)
        return None
