"""Time accounting of one step: active seconds across pauses, deadline and time left (no Qt)."""

from __future__ import annotations


class StepClock:
    """How long one step has run, on a monotonic clock the caller reads.

    Active time is the seconds banked by earlier running segments plus the current segment
    (none while paused). Time left is the planned seconds less the active time, so a resumed
    step goes on from its remainder, and the deadline follows from the segment's start.
    """

    def __init__(self, planned_seconds: float, start: float, *, running: bool = True) -> None:
        self.planned_seconds = planned_seconds
        self._banked = 0.0
        self._segment_start: float | None = start if running else None

    @property
    def running(self) -> bool:
        """Whether a segment is counting (False while paused or after the step ended)."""
        return self._segment_start is not None

    def active(self, now: float) -> float:
        """Active seconds at ``now`` (pauses excluded)."""
        if self._segment_start is None:
            return self._banked
        return self._banked + (now - self._segment_start)

    def left(self, now: float) -> float:
        """Planned seconds less active seconds at ``now`` (negative once overdue)."""
        return self.planned_seconds - self.active(now)

    def progress(self, now: float, *, counting_up: bool = False) -> tuple[float, float]:
        """What a countdown shows at ``now``: seconds and the fraction done (0..1).

        Counting down (timed steps): seconds left, never below 0. Counting up (reps steps):
        active seconds, with the fraction against the planned seconds capped at 1.
        """
        planned = self.planned_seconds
        if counting_up:
            elapsed = self.active(now)
            return elapsed, (min(1.0, elapsed / planned) if planned > 0 else 0.0)
        left = max(0.0, self.left(now))
        fraction = 1.0 - left / planned if planned > 0 else 1.0
        return left, min(1.0, max(0.0, fraction))

    def deadline(self) -> float | None:
        """The moment the running step's planned seconds are used up (None while paused)."""
        if self._segment_start is None:
            return None
        return self._segment_start + (self.planned_seconds - self._banked)

    def pause(self, at: float) -> None:
        """Bank the running segment up to ``at`` (never before it began) and stop counting."""
        if self._segment_start is not None:
            self._banked = self.active(max(at, self._segment_start))
            self._segment_start = None

    def resume(self, at: float) -> None:
        """Start a new segment at ``at``; does nothing while already counting."""
        if self._segment_start is None:
            self._segment_start = at
