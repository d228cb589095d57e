"""The table of every sound the app can play: beep file names and voice prompt ids with their text.

The generators in ``tools/`` and the sound bank read the same table, so a file that the app
expects is always one the tools make.
"""

from __future__ import annotations

import re
from enum import StrEnum

from glute_timer.domain.how_to import VOICE_CUES
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
_UNITS = (
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = {2: "twenty", 3: "thirty"}
# Paced reps are counted out loud up to this rep; later ones get a tick.
MAX_SPOKEN_REP = 30

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


def number_words(number: int) -> str:
    """``number`` (1 to 39) in words: "seven", "twenty-one"."""
    if not 1 <= number < 40:
        raise ValueError(f"no words for {number}")
    if number < 20:
        return _UNITS[number]
    tens, units = divmod(number, 10)
    return _TENS[tens] + (f"-{_UNITS[units]}" if units else "")


def rep_prompt_id(number: int, reps: int) -> str | None:
    """Voice prompt id said as paced rep ``number`` of ``reps`` begins, or None (no recording).

    The last rep is "Last one"; others are their number, up to ``MAX_SPOKEN_REP``.
    """
    if number == reps and number > 1:
        return "last_one"
    if 1 <= number <= MAX_SPOKEN_REP:
        return f"count_{number}"
    return None


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
    for number in range(1, MAX_SPOKEN_REP + 1):
        prompts[f"count_{number}"] = number_words(number).capitalize()
    prompts["last_one"] = "Last one"
    for illustration, text in builtin_cue_texts().items():
        prompts[cue_prompt_id(illustration[0], illustration[1])] = text
    return prompts


def cue_prompt_id(illustration_id: str, side: Side) -> str:
    """Voice prompt id of the built-in short cue for ``side`` of an illustration."""
    return f"cue_{slug(illustration_id)}_{side.value}"


def builtin_cue_texts() -> dict[tuple[str, Side], str]:
    """Every built-in per-side voice cue, by (illustration id, side)."""
    return {
        (illustration, side): text
        for illustration, cues in VOICE_CUES.items()
        for side, text in cues.items()
    }


def voice_file(prompt_id: str) -> str:
    """Asset name of a voice prompt relative to ``assets/sounds/``."""
    return f"voice/{prompt_id}.wav"
