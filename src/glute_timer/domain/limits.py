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
# Reps steps without a tempo have no timer; this estimate only feeds total-time figures.
SECONDS_PER_REP_ESTIMATE: Final = 3
# A paced rep's tempo, and the length of an exercise's own per-side how-to sentence.
MIN_REP_SECONDS: Final = 1
MAX_REP_SECONDS: Final = 20
MAX_HOW_TO_LENGTH: Final = 160
# Routine files: checked before any parser sees the text (see domain/structure_limits.py).
MAX_FILE_BYTES: Final = 1_000_000
MAX_NESTING_DEPTH: Final = 32
MAX_NUMBER_DIGITS: Final = 20
# Keys, values, brackets and lines a parser must step through; a full routine needs ~2,500.
MAX_SYNTAX_MARKS: Final = 10_000
# Escapes and quotes cost the TOML parser a Python step each (about 1 us); JSON's are free.
MAX_TOML_BACKSLASHES: Final = 50_000
MAX_QUOTES: Final = 40_000
# TOML outside strings and comments: whitespace and bare words are stepped through per character.
MAX_TOML_BARE_CHARACTERS: Final = 100_000
# TOML text in strings and comments: tomllib reads "..." a character at a time (~0.1 us each).
MAX_TOML_TEXT: Final = 400_000
