"""The built-in exercises and routines, written from our seed notes on glute medius training."""

from __future__ import annotations

from dataclasses import replace

from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.model import Exercise, HoldTime, Mode, Routine, Side, Sides, Stage
from glute_timer.domain.names import name_key

WALL_PUSH = Exercise(
    name=QT_TRANSLATE_NOOP("Library", "Wall push"),
    illustration="wall-push",
    instructions=QT_TRANSLATE_NOOP(
        "Library",
        "Stand side-on to a wall, close enough for your hip to touch it. Lift the knee nearer "
        "the wall until the thigh is level with the floor (90 degrees). Press the thigh and "
        "hip into the wall as if pushing it away and keep the pressure steady. The standing "
        "leg's buttock does the work.",
    ),
    mode=Mode.HOLD,
    hold=HoldTime.same(30),
    sets=2,
    sides=Sides.BOTH,
    first_side=Side.LEFT,
    switch_seconds=5,
    rest_seconds=0,
)

SIDE_LYING_ABDUCTION = Exercise(
    name=QT_TRANSLATE_NOOP("Library", "Side-lying hip abduction hold"),
    illustration="side-lying-abduction",
    instructions=QT_TRANSLATE_NOOP(
        "Library",
        "Lie on your side with the body in one straight line, lower knee bent for balance. "
        "Lift the top leg a hand's width, toes pointing forward, heel slightly back, and hold "
        "it still. Keep the hips stacked; do not roll backwards.",
    ),
    mode=Mode.HOLD,
    hold=HoldTime.same(20),
    sets=2,
    sides=Sides.BOTH,
    switch_seconds=8,
    rest_seconds=15,
)

SIDE_PLANK = Exercise(
    name=QT_TRANSLATE_NOOP("Library", "Side plank"),
    illustration="side-plank",
    instructions=QT_TRANSLATE_NOOP(
        "Library",
        "Lie on your side propped on the forearm, elbow under the shoulder. Lift the hips so "
        "the body forms a straight line from head to feet and hold. Knees down makes it easier.",
    ),
    mode=Mode.HOLD,
    hold=HoldTime.same(20),
    sets=2,
    sides=Sides.BOTH,
    switch_seconds=8,
    rest_seconds=20,
)

SIDE_SCISSOR_KICKS = Exercise(
    name=QT_TRANSLATE_NOOP("Library", "Side scissor kicks"),
    illustration="side-scissor-kicks",
    instructions=QT_TRANSLATE_NOOP(
        "Library",
        "Lie on your side, legs straight and stacked, lifted a little off the floor. Scissor "
        "the top leg up and the lower leg down, then back together, with small controlled "
        "movements. Each open and close is one rep.",
    ),
    mode=Mode.REPS,
    reps=12,
    rep_seconds=2,
    sets=2,
    sides=Sides.BOTH,
    switch_seconds=8,
    rest_seconds=20,
)

SINGLE_LEG_SQUAT = Exercise(
    name=QT_TRANSLATE_NOOP("Library", "Single-leg squat"),
    illustration="single-leg-squat",
    instructions=QT_TRANSLATE_NOOP(
        "Library",
        "Stand on one leg, arms forward for balance. Bend the standing knee slowly, keeping it "
        "over the middle of the foot and the pelvis level, then stand tall again. Go only as "
        "low as you can control.",
    ),
    mode=Mode.REPS,
    reps=8,
    rep_seconds=4,
    sets=2,
    sides=Sides.BOTH,
    switch_seconds=5,
    rest_seconds=30,
)

LUNGE = Exercise(
    name=QT_TRANSLATE_NOOP("Library", "Lunge"),
    illustration="lunge",
    instructions=QT_TRANSLATE_NOOP(
        "Library",
        "Take a long step forward and lower the back knee towards the floor, front knee over "
        "the ankle and the trunk upright. Push back up through the front heel.",
    ),
    mode=Mode.REPS,
    reps=10,
    rep_seconds=4,
    sets=3,
    sides=Sides.BOTH,
    switch_seconds=5,
    rest_seconds=30,
)

EXERCISES: tuple[Exercise, ...] = (
    WALL_PUSH,
    SIDE_LYING_ABDUCTION,
    SIDE_PLANK,
    SIDE_SCISSOR_KICKS,
    SINGLE_LEG_SQUAT,
    LUNGE,
)

ROUTINES: tuple[Routine, ...] = (
    Routine(
        name=QT_TRANSLATE_NOOP("Library", "Wall push"),
        description=QT_TRANSLATE_NOOP(
            "Library",
            "Switch the glute medius on: 30 s pushes into a wall, each leg, twice. "
            "Good first thing in the morning.",
        ),
        stage=Stage.ACTIVATION,
        prep_seconds=10,
        exercises=(WALL_PUSH,),
    ),
    Routine(
        name=QT_TRANSLATE_NOOP("Library", "Glute medius strength"),
        description=QT_TRANSLATE_NOOP(
            "Library", "Side-lying holds, side plank, scissor kicks and single-leg squats."
        ),
        stage=Stage.STRENGTH,
        prep_seconds=10,
        exercises=(SIDE_LYING_ABDUCTION, SIDE_PLANK, SIDE_SCISSOR_KICKS, SINGLE_LEG_SQUAT),
    ),
    Routine(
        name=QT_TRANSLATE_NOOP("Library", "Glute medius endurance"),
        description=QT_TRANSLATE_NOOP(
            "Library", "Longer holds and more sets to make the hip stable for the whole run."
        ),
        stage=Stage.ENDURANCE,
        prep_seconds=10,
        exercises=(
            replace(SIDE_LYING_ABDUCTION, hold=HoldTime.same(45), sets=3, rest_seconds=20),
            replace(SIDE_PLANK, hold=HoldTime.same(40), sets=3, rest_seconds=30),
            replace(LUNGE, reps=12, sets=3),
            replace(SINGLE_LEG_SQUAT, reps=12, sets=3),
        ),
    ),
)


# The built-in texts are stored in English (routine files, history and --json stay
# language-neutral) and shown through this context.
LIBRARY_CONTEXT = "Library"


def shown(text: str) -> str:
    """A built-in routine's or exercise's text (name, description, instructions) in the
    person's language; any other text (the person's own names) comes back unchanged."""
    return translate(LIBRARY_CONTEXT, text) if text else text


def _known_as(name: str, english: str) -> bool:
    key = name_key(name)
    return key in (name_key(english), name_key(shown(english)))


def builtin_routine(name: str) -> Routine | None:
    """The built-in routine called ``name`` in English or in the person's language
    (case-insensitive), or None."""
    return next((r for r in ROUTINES if _known_as(name, r.name)), None)


def library_exercise(name: str) -> Exercise | None:
    """The built-in exercise called ``name`` in English or in the person's language
    (case-insensitive), or None."""
    return next((e for e in EXERCISES if _known_as(name, e.name)), None)
