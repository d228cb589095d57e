"""'Last done' words for a routine card: today, yesterday, 3 days ago, never."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from glute_timer.domain.i18n import PLURAL, translate

if TYPE_CHECKING:  # datetime is imported once a date is read (not on the start-up path)
    from datetime import date

# Routine name key -> the local date it was last done; provided by the app (from the history).
LastDoneSource = Callable[[], Mapping[str, "date"]]


def last_done_text(day: date | None, today: date | None) -> str:
    """ "today", "yesterday", "3 days ago", "2 weeks ago", a date, or "never" (``today`` is
    only read when ``day`` is given), in the person's language."""
    if day is None:
        return translate("LastDone", "never")
    assert today is not None, "a day needs today to compare with"
    days = (today - day).days
    if days <= 0:
        return translate("LastDone", "today")
    if days == 1:
        return translate("LastDone", "yesterday")
    if days < 14:
        return translate("LastDone", "%n day(s) ago", None, PLURAL, days)
    if days < 60:
        weeks = days // 7
        return translate("LastDone", "%n week(s) ago", None, PLURAL, weeks)
    # The order of day, month and year is the translator's (a QLocale date pattern).
    pattern = translate("LastDone", "d MMM yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)
