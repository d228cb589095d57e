"""Bounds on every number a routine may hold, shared by files, the editor and the CLI."""

from typing import Final

MAX_NAME_LENGTH: Final = 80
MAX_INSTRUCTIONS_LENGTH: Final = 2000
MAX_EXERCISES: Final = 100
MIN_HOLD_SECONDS: Final = 1
MAX_HOLD_SECONDS: Final = 3600
MAX_SETS: Final = 50
MAX_REPS: Final = 500
MAX_SWITCH_SECONDS: Final = 600
MAX_REST_SECONDS: Final = 3600
MAX_PREP_SECONDS: Final = 600
# Reps steps have no timer; this estimate only feeds total-time figures.
SECONDS_PER_REP_ESTIMATE: Final = 3
