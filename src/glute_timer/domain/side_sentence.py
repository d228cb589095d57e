"""The one lookup of "what each leg does" for an exercise's side, shared by screen and CLI."""

from __future__ import annotations

from glute_timer.domain.how_to import how_to
from glute_timer.domain.model import Exercise, Side


def side_sentence(exercise: Exercise, side: Side) -> str | None:
    """The sentence for ``side`` of ``exercise`` (the working side), or None if it has none.

    Today only the built-in drawings have sentences (``domain.how_to``, by illustration id);
    a custom exercise drawn with one of them shares its sentences.
    """
    return how_to(exercise.illustration, side)
