"""The bundled illustrations' ``<title>`` and ``<desc>`` texts, marked for translation.

The SVG files keep their English texts; these copies let lupdate find them (a test checks
they match the files). A mirrored picture's description is its own message, with left and
right exchanged, since the words for the sides cannot be swapped inside a translation.
Titles are the built-in exercises' names, translated with the library.
"""

from __future__ import annotations

from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.library import shown

CONTEXT = "Illustrations"

MARKED: tuple[str, ...] = (
    # generic.svg
    QT_TRANSLATE_NOOP("Illustrations", "Exercise"),
    QT_TRANSLATE_NOOP(
        "Illustrations", "A person standing relaxed, for exercises without their own picture."
    ),
    # lunge.svg
    QT_TRANSLATE_NOOP(
        "Illustrations",
        "Side view: a long step forward onto the left leg (the working leg), front knee over "
        "the ankle, back knee lowered towards the floor, trunk upright; down and up again.",
    ),
    QT_TRANSLATE_NOOP(
        "Illustrations",
        "Side view: a long step forward onto the right leg (the working leg), front knee over "
        "the ankle, back knee lowered towards the floor, trunk upright; down and up again.",
    ),
    # side-lying-abduction.svg
    QT_TRANSLATE_NOOP(
        "Illustrations",
        "Lying on the right side on a mat, head on the lower arm, lower knee bent, the "
        "straight left leg on top (the working leg) lifted a hand's width and held.",
    ),
    QT_TRANSLATE_NOOP(
        "Illustrations",
        "Lying on the left side on a mat, head on the lower arm, lower knee bent, the "
        "straight right leg on top (the working leg) lifted a hand's width and held.",
    ),
    # side-plank.svg
    QT_TRANSLATE_NOOP(
        "Illustrations",
        "Propped on the left forearm with the elbow under the shoulder and the left leg "
        "underneath (the working side), the hips lifted so the body is one straight line "
        "from head to feet.",
    ),
    QT_TRANSLATE_NOOP(
        "Illustrations",
        "Propped on the right forearm with the elbow under the shoulder and the right leg "
        "underneath (the working side), the hips lifted so the body is one straight line "
        "from head to feet.",
    ),
    # side-scissor-kicks.svg
    QT_TRANSLATE_NOOP(
        "Illustrations",
        "Lying on the right side, legs straight: the top (left) leg, the working leg, "
        "scissors up while the lower leg goes down, then they close again.",
    ),
    QT_TRANSLATE_NOOP(
        "Illustrations",
        "Lying on the left side, legs straight: the top (right) leg, the working leg, "
        "scissors up while the lower leg goes down, then they close again.",
    ),
    # single-leg-squat.svg
    QT_TRANSLATE_NOOP(
        "Illustrations",
        "Side view: standing on the left leg (the working leg) with the arms forward, the "
        "standing knee bent over the foot, the right foot lifted behind; down slowly and up "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "Illustrations",
        "Side view: standing on the right leg (the working leg) with the arms forward, the "
        "standing knee bent over the foot, the left foot lifted behind; down slowly and up "
        "again.",
    ),
    # wall-push.svg
    QT_TRANSLATE_NOOP(
        "Illustrations",
        "Three-quarter view: standing on the left leg (the working leg, the left knee soft), "
        "side-on to a wall; the knee nearer the wall lifted forward to hip height with the "
        "shin hanging down, the outside of that thigh and the hip pressed flush into the "
        "wall.",
    ),
    QT_TRANSLATE_NOOP(
        "Illustrations",
        "Three-quarter view: standing on the right leg (the working leg, the right knee "
        "soft), side-on to a wall; the knee nearer the wall lifted forward to hip height "
        "with the shin hanging down, the outside of that thigh and the hip pressed flush "
        "into the wall.",
    ),
)

_MARKED = frozenset(MARKED)


def shown_title(title: str) -> str:
    """An illustration's title in the person's language (a built-in exercise's name, or a
    marked text; anything else unchanged)."""
    return translate(CONTEXT, title) if title in _MARKED else shown(title)


def shown_description(description: str) -> str:
    """An illustration's description (already turned for the side) in the person's
    language; an unmarked one (a custom picture's) comes back unchanged."""
    return translate(CONTEXT, description) if description in _MARKED else description
