"""The table of every sound the app can play: beep file names and voice prompt ids with their text.

The generators in ``tools/`` and the sound bank read the same table, so a file that the app
expects is always one the tools make.
"""

from __future__ import annotations

import re
from enum import StrEnum

from glute_timer.domain.library import EXERCISES
from glute_timer.domain.model import Side

# Every file in assets/sounds/ is written in this one format, so prompts can be joined.
SAMPLE_RATE = 44100
CHANNELS = 1
SAMPLE_WIDTH = 2


class Beep(StrEnum):
    """The non-verbal cue sounds, each a WAV file ``assets/sounds/<value>.wav``."""

    TICK = "tick"
    GO = "go"
    HALFWAY = "halfway"
    HOLD_END = "hold_end"
    SWITCH_SIDE = "switch_side"
    REST = "rest"
    WORKOUT_COMPLETE = "workout_complete"


def beep_file(beep: Beep) -> str:
    """Asset name of ``beep`` relative to ``assets/sounds/``."""
    return f"{beep.value}.wav"


_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six")
# Set prompts are pre-recorded up to this many sets; larger plans are announced without them.
MAX_SPOKEN_SETS = len(_NUMBER_WORDS) - 1

FIXED_PROMPTS: dict[str, str] = {
    "get_ready": "Get ready",
    "left_side": "Left side",
    "right_side": "Right side",
    "switch_sides": "Switch sides",
    "rest": "Rest",
    "halfway": "Halfway",
    "last_set": "Last set",
    "workout_complete": "Workout complete",
}


def slug(text: str) -> str:
    """A file-name-safe id for ``text``: lower case, words joined by underscores."""
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")


def exercise_prompt_id(name: str) -> str:
    """Voice prompt id for an exercise name (only built-in names have a recording)."""
    return f"exercise_{slug(name)}"


def side_prompt_id(side: Side) -> str:
    """Voice prompt id that names ``side``."""
    return "left_side" if side is Side.LEFT else "right_side"


def set_prompt_id(number: int, count: int) -> str | None:
    """Voice prompt id for "Set <number> of <count>", or None when no recording exists."""
    if count < 2 or not 1 <= number <= count or count > MAX_SPOKEN_SETS:
        return None
    return f"set_{number}_of_{count}"


def voice_prompts() -> dict[str, str]:
    """Every pre-recorded voice prompt: id to the words spoken."""
    prompts = dict(FIXED_PROMPTS)
    for count in range(2, MAX_SPOKEN_SETS + 1):
        for number in range(1, count + 1):
            prompts[f"set_{number}_of_{count}"] = (
                f"Set {_NUMBER_WORDS[number]} of {_NUMBER_WORDS[count]}"
            )
    for exercise in EXERCISES:
        prompts[exercise_prompt_id(exercise.name)] = exercise.name
    return prompts


def voice_file(prompt_id: str) -> str:
    """Asset name of a voice prompt relative to ``assets/sounds/``."""
    return f"voice/{prompt_id}.wav"
