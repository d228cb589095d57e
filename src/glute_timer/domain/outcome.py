"""How a step or a whole workout ended."""

from enum import StrEnum


class StepOutcome(StrEnum):
    """How a step ended; ``completed`` and ``stopped`` also describe a whole workout.

    ``restarted``: an attempt at a hold or set of reps that Back replaced (restarted, or left
    for the step before); its active seconds are work done and count in every total.
    """

    COMPLETED = "completed"
    SKIPPED = "skipped"
    STOPPED = "stopped"
    RESTARTED = "restarted"
