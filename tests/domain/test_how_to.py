"""Per-side how-to sentences and voice cues name the working leg, as docs/decisions.md says."""

from __future__ import annotations

import re

import pytest

from glute_timer.domain.how_to import (
    HOW_TO,
    VOICE_CUES,
    WORKING_LEG,
    WorkingLeg,
    how_to,
    voice_cue,
)
from glute_timer.domain.library import EXERCISES
from glute_timer.domain.model import Side, Sides

TWO_SIDED = sorted({e.illustration for e in EXERCISES if e.sides is Sides.BOTH})

# The table in docs/decisions.md, "Side means the working side": the working side's rule.
EXPECTED_WORKING_LEG = {
    "wall-push": WorkingLeg.STANDING,
    "side-lying-abduction": WorkingLeg.ON_TOP,
    "side-plank": WorkingLeg.UNDERNEATH,
    "side-scissor-kicks": WorkingLeg.ON_TOP,
    "single-leg-squat": WorkingLeg.STANDING,
    "lunge": WorkingLeg.IN_FRONT,
}

# How a LEFT sentence must put the left leg in its working role.
LEFT_SENTENCE_NAMES = {
    WorkingLeg.STANDING: "stand on your left leg",
    WorkingLeg.UNDERNEATH: "left leg underneath",
    WorkingLeg.ON_TOP: "left leg on top",
    WorkingLeg.IN_FRONT: "step forward onto your left leg",
}


def swap_sides(text: str) -> str:
    return re.sub(
        r"\b(left|right|Left|Right)\b",
        lambda m: {"left": "right", "right": "left", "Left": "Right", "Right": "Left"}[m[0]],
        text,
    )


def test_every_two_sided_builtin_exercise_has_a_rule_sentences_and_cues() -> None:
    assert TWO_SIDED, "the library has two-sided exercises"
    for illustration in TWO_SIDED:
        assert WORKING_LEG.get(illustration) is EXPECTED_WORKING_LEG[illustration], illustration
        for side in Side:
            assert how_to(illustration, side), (illustration, side)
            assert voice_cue(illustration, side), (illustration, side)


def test_nothing_is_described_that_is_not_a_builtin_exercise() -> None:
    ids = set(TWO_SIDED)
    assert set(HOW_TO) == ids
    assert set(VOICE_CUES) == ids
    assert set(WORKING_LEG) == ids


@pytest.mark.parametrize("illustration", TWO_SIDED)
def test_left_sentence_names_the_left_leg_in_its_working_role(illustration: str) -> None:
    sentence = how_to(illustration, Side.LEFT)
    assert sentence is not None
    assert LEFT_SENTENCE_NAMES[WORKING_LEG[illustration]] in sentence.lower()


@pytest.mark.parametrize("illustration", TWO_SIDED)
def test_left_cue_starts_with_the_left_leg_in_its_working_role(illustration: str) -> None:
    cue = voice_cue(illustration, Side.LEFT)
    assert cue is not None
    assert cue.startswith(f"Left leg {WORKING_LEG[illustration]}")


@pytest.mark.parametrize("illustration", TWO_SIDED)
def test_right_side_is_the_left_side_with_the_legs_exchanged(illustration: str) -> None:
    assert how_to(illustration, Side.RIGHT) == swap_sides(how_to(illustration, Side.LEFT) or "")
    assert voice_cue(illustration, Side.RIGHT) == swap_sides(
        voice_cue(illustration, Side.LEFT) or ""
    )


def test_wall_push_left_stands_on_the_left_leg_and_presses_the_right_knee() -> None:
    assert how_to("wall-push", Side.LEFT) == (
        "Stand on your left leg, wall on your right; press your right knee into the wall."
    )
    assert voice_cue("wall-push", Side.LEFT) == "Left leg standing, right knee to the wall"


def test_sentences_are_short_enough_for_one_line_on_screen() -> None:
    for sentences in HOW_TO.values():
        for sentence in sentences.values():
            assert len(sentence) <= 90, sentence
    for cues in VOICE_CUES.values():
        for cue in cues.values():
            assert len(cue.split()) <= 8, cue


def test_unknown_illustration_has_no_how_to() -> None:
    assert how_to("my-own-exercise", Side.LEFT) is None
    assert voice_cue("generic", Side.RIGHT) is None


def test_how_to_for_prefers_the_exercises_own_text_then_the_builtin_table() -> None:
    from dataclasses import replace

    from glute_timer.domain.how_to import how_to_for, voice_cue_for
    from glute_timer.domain.library import WALL_PUSH
    from glute_timer.domain.model import Exercise, Side, Sides

    assert how_to_for(WALL_PUSH, Side.LEFT) == HOW_TO["wall-push"][Side.LEFT]
    assert voice_cue_for(WALL_PUSH, Side.RIGHT) == "Right leg standing, left knee to the wall"
    own = replace(WALL_PUSH, how_left="Lean on the left.", how_right="")
    assert how_to_for(own, Side.LEFT) == "Lean on the left."
    assert how_to_for(own, Side.RIGHT) == HOW_TO["wall-push"][Side.RIGHT]
    # Its own sentence may say something else than the recorded cue: none is spoken.
    assert voice_cue_for(own, Side.LEFT) is None
    assert voice_cue_for(own, Side.RIGHT) == "Right leg standing, left knee to the wall"
    custom = Exercise(name="Clam", illustration="generic", how_right="Knees bent, open.")
    assert how_to_for(custom, Side.LEFT) is None
    assert how_to_for(custom, Side.RIGHT) == "Knees bent, open."
    assert how_to_for(custom, None) is None
    left_only = replace(WALL_PUSH, sides=Sides.LEFT)
    assert how_to_for(left_only, Side.RIGHT) is None
    assert how_to_for(replace(WALL_PUSH, sides=Sides.NONE), Side.LEFT) is None


def test_plan_steps_carry_the_sentence_of_their_side() -> None:
    from glute_timer.domain.library import WALL_PUSH
    from glute_timer.domain.model import Routine
    from glute_timer.domain.plan import StepKind, compile_plan

    plan = compile_plan(Routine("W", (WALL_PUSH,)))
    for step in plan.steps:
        if step.kind is StepKind.FINISH:
            assert step.how is None
            continue
        assert step.side is not None
        assert step.how == HOW_TO["wall-push"][step.side]
        assert step.voice_cue == VOICE_CUES["wall-push"][step.side]
