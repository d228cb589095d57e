"""The effort and pain scale a person rates a session on (0 to 10), and its check."""

from __future__ import annotations

from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate

RATING_MIN = 0
RATING_MAX = 10


# The two scales, as shown: "effort" and "pain" are the stored names (and --json keys).
RATING_LABELS = {
    "effort": QT_TRANSLATE_NOOP("Rating", "effort"),
    "pain": QT_TRANSLATE_NOOP("Rating", "pain"),
}
_OUT_OF_RANGE = {
    "effort": QT_TRANSLATE_NOOP(
        "Rating", "effort must be between {lowest} and {highest}, not {value}"
    ),
    "pain": QT_TRANSLATE_NOOP("Rating", "pain must be between {lowest} and {highest}, not {value}"),
}


def rating_label(name: str) -> str:
    """``effort`` or ``pain`` in the person's language (any other name as it is)."""
    label = RATING_LABELS.get(name)
    return name if label is None else translate("Rating", label)


def check_rating(name: str, value: int | None) -> None:
    """Raise ValueError naming ``name`` when ``value`` is neither None nor on the scale."""
    if value is not None and not RATING_MIN <= value <= RATING_MAX:
        template = _OUT_OF_RANGE.get(
            name, "{name} must be between {lowest} and {highest}, not {value}"
        )
        problem = translate("Rating", template)
        raise ValueError(
            problem.format(name=name, lowest=RATING_MIN, highest=RATING_MAX, value=value)
        )
