"""What a workout did, counted from its finished steps: time, work done per side, skips."""

from __future__ import annotations

from dataclasses import dataclass, field

from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import Step, StepKind

NO_SIDE = "none"  # the key in ``completed_by_side`` for work without a side


@dataclass
class Tally:
    """Counts finished steps as the engine reports them (``step_finished``).

    Attributes:
        routine_name: the routine that ran.
        seconds: time measured on every finished step, together.
        completed_by_side: completed holds and sets by side value ("left", "right", or
            :data:`NO_SIDE`).
        held_seconds_by_side: measured seconds of completed holds and of attempts replaced by
            Back (``restarted``), by side value (as in ``completed_by_side``).
        skipped: steps skipped (the finish step does not count).
        outcome: how the workout ended; None while it runs.
    """

    routine_name: str = ""
    seconds: float = 0.0
    completed_by_side: dict[str, int] = field(default_factory=dict)
    held_seconds_by_side: dict[str, float] = field(default_factory=dict)
    skipped: int = 0
    outcome: StepOutcome | None = None

    def add(self, step: Step, outcome: StepOutcome, actual_seconds: float) -> None:
        """Count one finished step (negative measured time counts as none)."""
        self.seconds += max(0.0, actual_seconds)
        if outcome == StepOutcome.SKIPPED and step.kind is not StepKind.FINISH:
            self.skipped += 1
        key = step.side.value if step.side is not None else NO_SIDE
        if outcome == StepOutcome.COMPLETED and step.is_work:
            self.completed_by_side[key] = self.completed_by_side.get(key, 0) + 1
        # An attempt replaced by Back was held too: its seconds count, as in the history.
        held = outcome in (StepOutcome.COMPLETED, StepOutcome.RESTARTED)
        if held and step.kind is StepKind.HOLD:
            total = self.held_seconds_by_side.get(key, 0.0) + max(0.0, actual_seconds)
            self.held_seconds_by_side[key] = total

    @property
    def work_done(self) -> int:
        """Completed holds and sets, on every side."""
        return sum(self.completed_by_side.values())
