"""'Last done' words for a routine card: today, yesterday, 3 days ago, never."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # datetime is imported once a date is read (not on the start-up path)
    from datetime import date

# Routine name key -> the local date it was last done; provided by the app (from the history).
LastDoneSource = Callable[[], Mapping[str, "date"]]


def last_done_text(day: date | None, today: date | None) -> str:
    """ "today", "yesterday", "3 days ago", "2 weeks ago" or "never" (``today`` is only
    read when ``day`` is given)."""
    if day is None:
        return "never"
    assert today is not None, "a day needs today to compare with"
    days = (today - day).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    return day.strftime("%-d %b %Y")
