"""Telling a suspended machine from a running one, by comparing clocks between observations.

Where the platform keeps a clock that runs through a suspend beside one that does not (Linux:
``CLOCK_BOOTTIME`` and ``CLOCK_MONOTONIC``), their difference grows by exactly the time spent
suspended, and by nothing else; see :meth:`glute_timer.engine.clock.SystemClock.suspended`.
Elsewhere the monotonic clock runs through a suspend, so a long gap between two display ticks
is the sign. The wall clock is never used: NTP or a person can step it by hours with nothing
asleep.
"""

from __future__ import annotations

import logging

_log = logging.getLogger(__name__)

# A monotonic gap this long between two display ticks (20 Hz) means the process did not run:
# on Windows the monotonic clock keeps counting through a suspend.
GAP_SECONDS = 5.0
# The suspended-time reading growing this much between two ticks means the machine slept.
SUSPEND_SECONDS = 1.0


class SleepDetector:
    """Watches successive (monotonic, suspended) readings and reports how long the machine
    slept. ``suspended`` is the platform's seconds-spent-suspended reading, or None where
    there is none.

    Call :meth:`reset` when observation (re)starts, then :meth:`observe` at each tick.
    """

    def __init__(
        self, gap_seconds: float = GAP_SECONDS, suspend_seconds: float = SUSPEND_SECONDS
    ) -> None:
        self.gap_seconds = gap_seconds
        self.suspend_seconds = suspend_seconds
        self._last: tuple[float, float | None] | None = None

    @property
    def last_monotonic(self) -> float | None:
        """The monotonic time of the last reading taken, or None before the first."""
        return None if self._last is None else self._last[0]

    def reset(self, monotonic: float, suspended: float | None) -> None:
        """Start observing from this reading, forgetting earlier ones."""
        self._last = (monotonic, suspended)

    def stop(self) -> None:
        """Forget the last reading (nothing is watched until the next :meth:`reset`)."""
        self._last = None

    def observe(self, monotonic: float, suspended: float | None) -> float | None:
        """Record a reading; return the seconds slept since the previous one, or None."""
        if self._last is None:
            self._last = (monotonic, suspended)
            return None
        last_mono, last_suspended = self._last
        self._last = (monotonic, suspended)
        d_mono = monotonic - last_mono
        if suspended is not None and last_suspended is not None:
            d_suspended = suspended - last_suspended
            if d_suspended > self.suspend_seconds:
                return d_mono + d_suspended
        if d_mono > self.gap_seconds:
            return d_mono
        return None
