"""What each leg does on each side of a built-in two-sided exercise.

The side named on screen and in the voice is the *working* side: the side whose gluteus
medius does the work (see "Side means the working side" in docs/decisions.md). For each
built-in exercise, keyed by its illustration id, this module holds one short sentence per
side for the screen and a shorter cue per side for the voice. Custom exercises have none.

The tables hold the English text (marked for the "HowTo" and "VoiceCues" contexts); the
functions below return it in the person's language. An exercise's own sentence is the
person's text and comes back as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.model import Exercise, Side, Sides


class WorkingLeg(StrEnum):
    """Which leg's gluteus medius does the work, described by what that leg is doing."""

    STANDING = "standing"
    """The leg you stand on (wall push, single-leg squat)."""
    UNDERNEATH = "underneath"
    """The lower, supporting leg (side plank)."""
    ON_TOP = "on top"
    """The upper leg, lifted against gravity (side-lying abduction, scissor kicks)."""
    IN_FRONT = "in front"
    """The front leg of a split stance (lunge)."""


WORKING_LEG: Mapping[str, WorkingLeg] = MappingProxyType(
    {
        "wall-push": WorkingLeg.STANDING,
        "side-lying-abduction": WorkingLeg.ON_TOP,
        "side-plank": WorkingLeg.UNDERNEATH,
        "side-scissor-kicks": WorkingLeg.ON_TOP,
        "single-leg-squat": WorkingLeg.STANDING,
        "lunge": WorkingLeg.IN_FRONT,
    }
)
"""The working leg of each built-in two-sided exercise, by illustration id."""


def _per_side(left: str, right: str) -> Mapping[Side, str]:
    return MappingProxyType({Side.LEFT: left, Side.RIGHT: right})


HOW_TO: Mapping[str, Mapping[Side, str]] = MappingProxyType(
    {
        "wall-push": _per_side(
            QT_TRANSLATE_NOOP(
                "HowTo",
                "Stand on your left leg, wall on your right; press your right knee into the wall.",
            ),
            QT_TRANSLATE_NOOP(
                "HowTo",
                "Stand on your right leg, wall on your left; press your left knee into the wall.",
            ),
        ),
        "side-lying-abduction": _per_side(
            QT_TRANSLATE_NOOP(
                "HowTo",
                "Lie on your right side, left leg on top; lift your left leg a hand's "
                "width and hold.",
            ),
            QT_TRANSLATE_NOOP(
                "HowTo",
                "Lie on your left side, right leg on top; lift your right leg a hand's "
                "width and hold.",
            ),
        ),
        "side-plank": _per_side(
            QT_TRANSLATE_NOOP(
                "HowTo",
                "Prop yourself on your left forearm, left leg underneath; lift your hips and hold.",
            ),
            QT_TRANSLATE_NOOP(
                "HowTo",
                "Prop yourself on your right forearm, right leg underneath; lift your "
                "hips and hold.",
            ),
        ),
        "side-scissor-kicks": _per_side(
            QT_TRANSLATE_NOOP(
                "HowTo",
                "Lie on your right side, left leg on top; scissor your left leg up, your right leg "
                "down.",
            ),
            QT_TRANSLATE_NOOP(
                "HowTo",
                "Lie on your left side, right leg on top; scissor your right leg up, your left leg "
                "down.",
            ),
        ),
        "single-leg-squat": _per_side(
            QT_TRANSLATE_NOOP(
                "HowTo",
                "Stand on your left leg, right foot off the floor; bend your left knee, then stand "
                "tall.",
            ),
            QT_TRANSLATE_NOOP(
                "HowTo",
                "Stand on your right leg, left foot off the floor; bend your right "
                "knee, then stand "
                "tall.",
            ),
        ),
        "lunge": _per_side(
            QT_TRANSLATE_NOOP(
                "HowTo",
                "Step forward onto your left leg; lower your right knee, push up through your left "
                "heel.",
            ),
            QT_TRANSLATE_NOOP(
                "HowTo",
                "Step forward onto your right leg; lower your left knee, push up "
                "through your right "
                "heel.",
            ),
        ),
    }
)
"""One sentence per side saying what each leg does, by illustration id."""

VOICE_CUES: Mapping[str, Mapping[Side, str]] = MappingProxyType(
    {
        "wall-push": _per_side(
            QT_TRANSLATE_NOOP("VoiceCues", "Left leg standing, right knee to the wall"),
            QT_TRANSLATE_NOOP("VoiceCues", "Right leg standing, left knee to the wall"),
        ),
        "side-lying-abduction": _per_side(
            QT_TRANSLATE_NOOP("VoiceCues", "Left leg on top, lift and hold"),
            QT_TRANSLATE_NOOP("VoiceCues", "Right leg on top, lift and hold"),
        ),
        "side-plank": _per_side(
            QT_TRANSLATE_NOOP("VoiceCues", "Left leg underneath, hips up"),
            QT_TRANSLATE_NOOP("VoiceCues", "Right leg underneath, hips up"),
        ),
        "side-scissor-kicks": _per_side(
            QT_TRANSLATE_NOOP("VoiceCues", "Left leg on top, scissor"),
            QT_TRANSLATE_NOOP("VoiceCues", "Right leg on top, scissor"),
        ),
        "single-leg-squat": _per_side(
            QT_TRANSLATE_NOOP("VoiceCues", "Left leg standing, squat slowly"),
            QT_TRANSLATE_NOOP("VoiceCues", "Right leg standing, squat slowly"),
        ),
        "lunge": _per_side(
            QT_TRANSLATE_NOOP("VoiceCues", "Left leg in front, lunge"),
            QT_TRANSLATE_NOOP("VoiceCues", "Right leg in front, lunge"),
        ),
    }
)
"""A short spoken cue per side, by illustration id."""


def how_to(illustration_id: str, side: Side) -> str | None:
    """The sentence for ``side`` of the built-in exercise drawn as ``illustration_id``, in the
    person's language.

    None when the id is not a built-in two-sided exercise (a custom exercise, say).
    """
    sentences = HOW_TO.get(illustration_id)
    return None if sentences is None else translate("HowTo", sentences[side])


def voice_cue(illustration_id: str, side: Side) -> str | None:
    """The spoken cue for ``side`` of the built-in exercise drawn as ``illustration_id``, in
    the person's language (text-to-speech speaks it; recorded prompts use their own files).

    None when the id is not a built-in two-sided exercise.
    """
    cues = VOICE_CUES.get(illustration_id)
    return None if cues is None else translate("VoiceCues", cues[side])


def _works_side(exercise: Exercise, side: Side | None) -> bool:
    if side is None or exercise.sides is Sides.NONE:
        return False
    return exercise.sides is Sides.BOTH or exercise.sides.value == side.value


def how_to_for(exercise: Exercise, side: Side | None) -> str | None:
    """The sentence for ``side`` of ``exercise``: its own text first, then the built-in one.

    None for an unsided step, a side the exercise is not done on, or when neither has text.
    Every reader (screen, ``show``, voice) goes through this one rule. The built-in sentence
    comes in the person's language (inside ``untranslated()``, for ``--json``, in English).
    """
    if side is None or not _works_side(exercise, side):
        return None
    return exercise.own_how(side).strip() or how_to(exercise.illustration, side)


def voice_cue_for(exercise: Exercise, side: Side | None) -> str | None:
    """The short spoken cue for ``side`` of ``exercise`` (built-in illustrations only).

    An exercise with its own how-to text has no recorded cue: the built-in one might
    contradict what its own sentence says.
    """
    if side is None or not _works_side(exercise, side) or exercise.own_how(side).strip():
        return None
    return voice_cue(exercise.illustration, side)
