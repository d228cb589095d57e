"""The table of every sound the app can play: beep file names and voice prompt ids with their text.

The generators in ``tools/`` and the sound bank read the same table, so a file that the app
expects is always one the tools make. A prompt's words come in the language loaded through
:mod:`glute_timer.domain.i18n` (context ``"VoicePrompt"``); English prompts live in
``voice/``, every other language's in ``voice/<language>/``.
"""

from __future__ import annotations

import re
from enum import StrEnum

from glute_timer.domain import i18n
from glute_timer.domain.how_to import VOICE_CUES
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.library import EXERCISES, shown
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


# Set prompts are pre-recorded up to this many sets; larger plans are announced without them.
MAX_SPOKEN_SETS = 6
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

VOICE_CONTEXT = "VoicePrompt"
FIXED_PROMPTS: dict[str, str] = {
    "get_ready": QT_TRANSLATE_NOOP("VoicePrompt", "Get ready"),
    "left_side": QT_TRANSLATE_NOOP("VoicePrompt", "Left side"),
    "right_side": QT_TRANSLATE_NOOP("VoicePrompt", "Right side"),
    "switch_sides": QT_TRANSLATE_NOOP("VoicePrompt", "Switch sides"),
    "rest": QT_TRANSLATE_NOOP("VoicePrompt", "Rest"),
    "halfway": QT_TRANSLATE_NOOP("VoicePrompt", "Halfway"),
    "last_set": QT_TRANSLATE_NOOP("VoicePrompt", "Last set"),
    "workout_complete": QT_TRANSLATE_NOOP("VoicePrompt", "Workout complete"),
    "last_one": QT_TRANSLATE_NOOP("VoicePrompt", "Last one"),
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


def fixed_prompt_text(prompt_id: str) -> str:
    """The words of one of :data:`FIXED_PROMPTS` in the current language."""
    return translate(VOICE_CONTEXT, FIXED_PROMPTS[prompt_id])


def set_sentence(number: int, count: int) -> str:
    """ "Set 2 of 3" for text-to-speech, which says the digits in its own language."""
    return translate("VoicePrompt", "Set {number} of {count}").format(number=number, count=count)


def spoken_number(number: int) -> str:
    """``number`` as the voice says it: English words, else digits (each language's speech
    engine says digits in its own words)."""
    if i18n.current_language() == i18n.ENGLISH:
        return number_words(number)
    return str(number)


def set_words(number: int, count: int) -> str:
    """ "Set two of three" in the current language."""
    template = translate("VoicePrompt", "Set {number} of {count}")
    return template.format(number=spoken_number(number), count=spoken_number(count))


def voice_prompts() -> dict[str, str]:
    """Every pre-recorded voice prompt: id to the words spoken, in the current language."""
    prompts = {prompt_id: fixed_prompt_text(prompt_id) for prompt_id in FIXED_PROMPTS}
    for count in range(2, MAX_SPOKEN_SETS + 1):
        for number in range(1, count + 1):
            prompts[f"set_{number}_of_{count}"] = set_words(number, count)
    for exercise in EXERCISES:
        prompts[exercise_prompt_id(exercise.name)] = shown(exercise.name)
    for number in range(1, MAX_SPOKEN_REP + 1):
        prompts[f"count_{number}"] = spoken_number(number).capitalize()
    for illustration, text in builtin_cue_texts().items():
        # The per-side cues are marked in domain/how_to.py, in the "VoiceCues" context.
        prompts[cue_prompt_id(illustration[0], illustration[1])] = translate("VoiceCues", text)
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


def voice_file(prompt_id: str, language: str = i18n.ENGLISH) -> str:
    """Asset name of a voice prompt in ``language`` relative to ``assets/sounds/``."""
    if language == i18n.ENGLISH:
        return f"voice/{prompt_id}.wav"
    return f"voice/{language}/{prompt_id}.wav"
