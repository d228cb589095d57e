"""How the history page writes a session's moment: in the person's language, via QLocale."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from glute_timer.domain.i18n import translate


def qt_moment(moment: datetime) -> QDateTime:
    """``moment``'s wall-clock date and time (as shown, whatever its zone) as a QDateTime."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def session_moment(moment: datetime) -> str:
    """The day and time a session began, with its weekday: ``Tue 10 Mar 2026 08:00``."""
    # The pattern is a message of its own so a translator can reorder it.
    pattern = translate("HistoryDates", "ddd dd MMM yyyy HH:mm")
    return QLocale().toString(qt_moment(moment), pattern)


def session_moment_without_weekday(moment: datetime) -> str:
    """The day and time a session began: ``10 Mar 2026 08:00``."""
    pattern = translate("HistoryDates", "dd MMM yyyy HH:mm")
    return QLocale().toString(qt_moment(moment), pattern)
