"""A built-in routine or exercise with its texts as the person reads them (their language).

The editor shows a built-in through these, and a copy or an added library exercise takes
them as the person's own texts: what they saw is what they get to change.
"""

from __future__ import annotations

from dataclasses import replace

from glute_timer.domain import library
from glute_timer.domain.model import Exercise, Routine


def shown_exercise(exercise: Exercise) -> Exercise:
    """``exercise`` with its name, instructions and how-to lines in the person's language."""
    return replace(
        exercise,
        name=library.shown(exercise.name),
        instructions=library.shown(exercise.instructions),
        how_left=library.shown(exercise.how_left),
        how_right=library.shown(exercise.how_right),
    )


def shown_routine(routine: Routine) -> Routine:
    """``routine`` with its name, description and exercises in the person's language."""
    return replace(
        routine,
        name=library.shown(routine.name),
        description=library.shown(routine.description),
        exercises=tuple(shown_exercise(e) for e in routine.exercises),
    )
