"""The effort and pain scale a person rates a session on (0 to 10), and its check."""

from __future__ import annotations

RATING_MIN = 0
RATING_MAX = 10


def check_rating(name: str, value: int | None) -> None:
    """Raise ValueError naming ``name`` when ``value`` is neither None nor on the scale."""
    if value is not None and not RATING_MIN <= value <= RATING_MAX:
        raise ValueError(f"{name} must be between {RATING_MIN} and {RATING_MAX}, not {value}")
