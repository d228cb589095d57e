"""The routine model: what a person wants to do, before it is turned into timed steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from glute_timer.domain.names import normalize_name


class Mode(StrEnum):
    """How an exercise advances: on a timer, or when the person says they are done."""

    HOLD = "hold"
    REPS = "reps"


class Sides(StrEnum):
    """Which sides an exercise is done on."""

    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"
    NONE = "none"


class Side(StrEnum):
    """One side of the body."""

    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


class Stage(StrEnum):
    """The three stages of building a muscle up: switch it on, make it strong, make it last."""

    ACTIVATION = "activation"
    STRENGTH = "strength"
    ENDURANCE = "endurance"


@dataclass(frozen=True)
class HoldTime:
    """Seconds to hold, possibly different for each side (e.g. less on an injured side)."""

    left: int
    right: int

    @classmethod
    def same(cls, seconds: int) -> HoldTime:
        return cls(seconds, seconds)

    @property
    def is_per_side(self) -> bool:
        return self.left != self.right

    def for_side(self, side: Side | None) -> int:
        """Seconds for ``side``; a one-sided or unsided exercise uses the left value."""
        return self.right if side is Side.RIGHT else self.left


@dataclass(frozen=True)
class Exercise:
    """One exercise of a routine, with its timing.

    ``how_left`` / ``how_right``: the exercise's own sentence per working side ("" means none:
    a built-in illustration then brings its own, see :func:`~glute_timer.domain.how_to.how_to_for`).
    ``rep_seconds``: the tempo of a reps exercise (None: the person says when they are done).
    """

    name: str
    illustration: str = "generic"
    instructions: str = ""
    mode: Mode = Mode.HOLD
    hold: HoldTime = field(default_factory=lambda: HoldTime.same(30))
    reps: int = 10
    sets: int = 1
    sides: Sides = Sides.BOTH
    first_side: Side = Side.LEFT
    switch_seconds: int = 5
    rest_seconds: int = 0
    how_left: str = ""
    how_right: str = ""
    rep_seconds: int | None = None

    def __post_init__(self) -> None:
        # Names are stored in NFC whichever way they came in (file, editor, CLI).
        object.__setattr__(self, "name", normalize_name(self.name))

    def own_how(self, side: Side) -> str:
        """This exercise's own how-to sentence for ``side`` ("" when it has none)."""
        return self.how_right if side is Side.RIGHT else self.how_left

    @property
    def is_paced(self) -> bool:
        """A reps exercise with a tempo: each rep lasts ``rep_seconds`` and the step ends itself."""
        return self.mode is Mode.REPS and self.rep_seconds is not None

    def side_order(self) -> tuple[Side | None, ...]:
        """The sides of one set, in the order they are done."""
        if self.sides is Sides.BOTH:
            return (self.first_side, self.first_side.other)
        if self.sides is Sides.LEFT:
            return (Side.LEFT,)
        if self.sides is Sides.RIGHT:
            return (Side.RIGHT,)
        return (None,)


@dataclass(frozen=True)
class Routine:
    """A named list of exercises with a get-ready time before each exercise."""

    name: str
    exercises: tuple[Exercise, ...]
    prep_seconds: int = 10
    stage: Stage | None = None
    description: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", normalize_name(self.name))
