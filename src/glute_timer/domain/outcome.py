"""How a step or a whole workout ended."""

from enum import StrEnum


class StepOutcome(StrEnum):
    """How a step ended; ``completed`` and ``stopped`` also describe a whole workout."""

    COMPLETED = "completed"
    SKIPPED = "skipped"
    STOPPED = "stopped"
