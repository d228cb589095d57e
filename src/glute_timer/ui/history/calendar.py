"""A month calendar that marks days with sessions, and the current and longest streaks."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QCalendarWidget, QLabel, QVBoxLayout, QWidget

from glute_timer.domain.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from glute_timer.ui.theme import CHART_COLOURS

if TYPE_CHECKING:
    from glute_timer.storage.history_repository import HistoryRepository


log = logging.getLogger(__name__)
MARK_COLOUR = QColor(CHART_COLOURS["session_day"])
LEGEND = QT_TRANSLATE_NOOP(
    "HistoryCalendar",
    "A filled circle marks a day with a session; “12·2” means two sessions on the 12th. "
    "Short starts (under 10 s) count too.",
)


def _to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class SessionCalendar(QCalendarWidget):
    """Paints a filled circle behind each day with a session (and the count when more than one)."""

    def __init__(self, repository: HistoryRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self.counts: dict[date, int] = {}
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setAccessibleName(translate("HistoryCalendar", "Calendar of sessions"))
        self.currentPageChanged.connect(lambda _y, _m: self.reload())

    def reload(self) -> None:
        """Re-read the days shown (the visible month and the edges of its neighbours)."""
        first = QDate(self.yearShown(), self.monthShown(), 1)
        start = _to_date(first.addDays(-7))
        end = _to_date(first.addMonths(1).addDays(13))
        try:
            self.counts = self._repository.day_counts(start, end)
        except Exception:
            log.exception("cannot read the calendar")
            self.counts = {}
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        day = _to_date(qdate)
        count = self.counts.get(day, 0)
        if not count:
            super().paintCell(painter, rect, qdate)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(rect.width(), rect.height()) - 4
        circle = QRect(0, 0, side, side)
        circle.moveCenter(rect.center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MARK_COLOUR)
        painter.drawEllipse(circle)
        painter.setPen(QColor("white"))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        locale = QLocale()
        number = locale.toString(day.day)
        text = number if count == 1 else f"{number}·{locale.toString(count)}"
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class HistoryCalendar(QWidget):
    """The calendar with the streaks written above it."""

    def __init__(self, repository: HistoryRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self.streak_label = QLabel(self)
        self.streak_label.setWordWrap(True)
        self.streak_label.setAccessibleName(translate("HistoryCalendar", "Streaks"))
        self.calendar = SessionCalendar(repository, self)
        self.legend = QLabel(translate("HistoryCalendar", LEGEND), self)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(translate("HistoryCalendar", "Calendar legend"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.streak_label)
        layout.addWidget(self.calendar, 1)
        layout.addWidget(self.legend)

    def reload(self) -> None:
        """Re-read the streaks and the month shown."""
        try:
            streaks = self._repository.streaks()
        except Exception:
            log.exception("cannot read streaks")
            self.streak_label.setText(
                translate("HistoryCalendar", "Streaks cannot be read right now.")
            )
        else:
            self.streak_label.setText(
                streak_text(streaks.current, streaks.longest, streaks.active_days)
            )
        self.calendar.reload()


def streak_text(current: int, longest: int, active: int) -> str:
    """``Current streak: 2 days · longest: 5 days · 9 days with a session in all``."""
    # Three short phrases, each whole in itself, so each carries its own plural.
    return " · ".join(
        (
            translate("HistoryCalendar", "Current streak: %n day(s)", None, PLURAL, current),
            translate("HistoryCalendar", "longest: %n day(s)", None, PLURAL, longest),
            translate("HistoryCalendar", "%n day(s) with a session in all", None, PLURAL, active),
        )
    )
