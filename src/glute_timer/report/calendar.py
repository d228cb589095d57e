"""The adherence calendar: one square per day of the period, filled on days with a session."""

from __future__ import annotations

from collections.abc import Set
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from glute_timer.domain.i18n import translate

_FILLED = QColor("#0072B2")
_EMPTY = QColor("#ffffff")
# The weekdays named beside the rows (Qt's numbering: 1 is Monday); the others stay blank.
_NAMED_WEEKDAYS = (1, 3, 5, 7)


def _weekday_labels() -> list[str]:
    locale = QLocale()
    return [
        locale.dayName(day, QLocale.FormatType.ShortFormat) if day in _NAMED_WEEKDAYS else ""
        for day in range(1, 8)
    ]


def calendar_height(unit: float, width: float, start: date, end: date) -> float:
    """The height :func:`draw_calendar` needs for this period at ``width``."""
    return 7 * _cell(unit, width, start, end) + 34 * unit


def _weeks(start: date, end: date) -> int:
    monday = start - timedelta(days=start.weekday())
    return (end - monday).days // 7 + 1


def _cell(unit: float, width: float, start: date, end: date) -> float:
    return min(16 * unit, (width - 30 * unit) / _weeks(start, end))


def draw_calendar(
    painter: QPainter, rect: QRectF, start: date, end: date, days: Set[date], unit: float
) -> None:
    """Weeks as columns (Monday on top), month names above, a legend below."""
    cell = _cell(unit, rect.width(), start, end)
    small = QFont(painter.font())
    small.setPointSizeF(8)
    small.setBold(False)
    metrics = QFontMetricsF(small, painter.device())
    painter.save()
    painter.setFont(small)
    left = rect.left() + 30 * unit
    top = rect.top() + metrics.height() + 2 * unit
    monday = start - timedelta(days=start.weekday())
    locale = QLocale()
    for row, name in enumerate(_weekday_labels()):
        painter.setPen(QColor("#000000"))
        painter.drawText(
            QRectF(rect.left(), top + row * cell, 26 * unit, cell),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            name,
        )
    last_month = None
    label_end = -1e9
    day = monday
    outline = QPen(QColor("#808080"), 0.6 * unit)
    gap = max(0.8 * unit, cell * 0.12)
    while day <= end:
        column = (day - monday).days // 7
        x = left + column * cell
        if day.weekday() == 0 or day == start:
            month_start = day if day >= start else start
            label = locale.standaloneMonthName(month_start.month, QLocale.FormatType.ShortFormat)
            if (month_start.year, month_start.month) != last_month and x >= label_end:
                last_month = (month_start.year, month_start.month)
                painter.setPen(QColor("#000000"))
                painter.drawText(QPointF(x, top - 3 * unit), label)
                label_end = x + metrics.horizontalAdvance(label) + 4 * unit
        if day >= start:
            square = QRectF(x, top + day.weekday() * cell, cell - gap, cell - gap)
            painter.setPen(outline)
            painter.setBrush(_FILLED if day in days else _EMPTY)
            painter.drawRect(square)
        day += timedelta(days=1)
    legend_y = top + 7 * cell + 6 * unit
    size = 8 * unit
    x = left
    legend = (
        (_FILLED, translate("ReportCalendar", "day with a session")),
        (_EMPTY, translate("ReportCalendar", "no session")),
    )
    for colour, label in legend:
        painter.setPen(outline)
        painter.setBrush(colour)
        painter.drawRect(QRectF(x, legend_y, size, size))
        painter.setPen(QColor("#000000"))
        painter.drawText(
            QRectF(x + size + 4 * unit, legend_y - 2 * unit, 200 * unit, size + 4 * unit),
            Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        x += size + 14 * unit + metrics.horizontalAdvance(label)
    painter.restore()
