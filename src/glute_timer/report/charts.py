"""Print charts drawn with QPainter: dated point-and-line series with axes, titles and a legend.

Drawn directly rather than with QtCharts: QtCharts needs a QApplication and a graphics scene,
while these need only a QPainter on the PDF, stay vector, and keep full control of print type.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from glute_timer.domain.i18n import translate

# Okabe-Ito colours: told apart with the common colour-vision differences, and on grey print.
COLOURS = {
    "left": QColor("#0072B2"),
    "right": QColor("#D55E00"),
    "none": QColor("#555555"),
    "effort": QColor("#009E73"),
    "pain": QColor("#CC79A7"),
}


@dataclass(frozen=True)
class Series:
    """One line: its legend label, colour, marker ("circle", "square", "diamond") and points."""

    label: str
    colour: QColor
    marker: str
    dashed: bool
    points: Sequence[tuple[datetime, float]]


def nice_step(span: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving about ``ticks`` ticks."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


def _date_ticks(start: date, end: date) -> list[date]:
    days = (end - start).days + 1
    if days <= 70:  # weekly, on Mondays
        first = start + timedelta(days=(7 - start.weekday()) % 7)
        return [first + timedelta(weeks=n) for n in range((end - first).days // 7 + 1)]
    step = 1 if days <= 200 else 2 if days <= 400 else 3 if days <= 800 else 12
    ticks = []
    tick = date(start.year, start.month, 1)
    while tick <= end:
        if tick >= start and (tick.month - 1) % step == 0:
            ticks.append(tick)
        tick = date(tick.year + tick.month // 12, tick.month % 12 + 1, 1)
    return ticks


def _tick_label(day: date, start: date, end: date) -> str:
    # QLocale patterns, translatable so a language can order day and month its own way.
    if (end - start).days <= 70:
        pattern = translate("ReportCharts", "d MMM", "axis date: day and month")
    elif day.month != 1:
        pattern = translate("ReportCharts", "MMM", "axis date: month")
    else:
        pattern = translate("ReportCharts", "MMM yyyy", "axis date: month and year")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def draw_chart(
    painter: QPainter,
    rect: QRectF,
    *,
    title: str,
    y_title: str,
    series: Sequence[Series],
    start: date,
    end: date,
    y_max: float | None = None,
    unit: float = 1.0,
) -> None:
    """Draw a dated chart in ``rect``; ``unit`` is one typographic point in device units."""
    base = QFont(painter.font())
    small = QFont(base)
    small.setPointSizeF(8)
    small.setBold(False)
    title_font = QFont(base)
    title_font.setPointSizeF(10)
    title_font.setBold(True)
    metrics = QFontMetricsF(small, painter.device())
    line = metrics.height()

    painter.save()
    painter.setFont(title_font)
    painter.setPen(QColor("#000000"))
    title_height = QFontMetricsF(title_font, painter.device()).height()
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_height), title)
    legend_top = rect.top() + title_height + 2 * unit
    painter.setFont(small)
    x = rect.left()
    for item in series:
        _marker(painter, QPointF(x + 9 * unit, legend_top + line / 2), item, unit, legend=True)
        painter.setPen(QColor("#000000"))
        label_rect = QRectF(
            x + 20 * unit, legend_top, metrics.horizontalAdvance(item.label) + 4, line
        )
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, item.label)
        x = label_rect.right() + 14 * unit

    values = [y for item in series for _, y in item.points]
    top_value = y_max if y_max is not None else max(values, default=0.0)
    step = nice_step(top_value or 1.0)
    top_value = max(step, math.ceil(top_value / step) * step)
    y_labels = [step * n for n in range(round(top_value / step) + 1)]
    label_width = max(metrics.horizontalAdvance(_number(v)) for v in y_labels)
    plot = QRectF(
        rect.left() + line + label_width + 6 * unit,
        legend_top + line + 6 * unit,
        0,
        0,
    )
    plot.setRight(rect.right() - 6 * unit)
    plot.setBottom(rect.bottom() - 2 * line - 4 * unit)

    first = datetime(start.year, start.month, start.day).timestamp()
    last = datetime(end.year, end.month, end.day).timestamp() + 86_400

    def to_x(moment: datetime) -> float:
        stamp = moment.replace(tzinfo=None).timestamp()
        return plot.left() + (stamp - first) / (last - first) * plot.width()

    def to_y(value: float) -> float:
        return plot.bottom() - value / top_value * plot.height()

    grid = QPen(QColor("#d0d0d0"), 0.5 * unit)
    axis = QPen(QColor("#000000"), 0.8 * unit)
    for value in y_labels:
        y = to_y(value)
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#000000"))
        painter.drawText(
            QRectF(plot.left() - label_width - 4 * unit, y - line / 2, label_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _number(value),
        )
    for tick in _date_ticks(start, end):
        x_tick = to_x(datetime(tick.year, tick.month, tick.day))
        painter.setPen(grid)
        painter.drawLine(QPointF(x_tick, plot.top()), QPointF(x_tick, plot.bottom()))
        painter.setPen(QColor("#000000"))
        text = _tick_label(tick, start, end)
        width = metrics.horizontalAdvance(text) + 2
        painter.drawText(
            QRectF(x_tick - width / 2, plot.bottom() + 2 * unit, width, line),
            Qt.AlignmentFlag.AlignHCenter,
            text,
        )
    painter.setPen(axis)
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    painter.setPen(QColor("#000000"))
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + line + 3 * unit, plot.width(), line),
        Qt.AlignmentFlag.AlignHCenter,
        translate("ReportCharts", "Date"),
    )
    painter.save()
    painter.translate(rect.left(), plot.center().y())
    painter.rotate(-90)
    painter.drawText(
        QRectF(-plot.height() / 2, 0, plot.height(), line), Qt.AlignmentFlag.AlignHCenter, y_title
    )
    painter.restore()

    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setClipRect(plot.adjusted(-4 * unit, -4 * unit, 4 * unit, 4 * unit))
    for item in series:
        points = [QPointF(to_x(when), to_y(value)) for when, value in item.points]
        if len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            pen = QPen(item.colour, 1.2 * unit)
            if item.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        crowded = len(points) > 120
        for point in points:
            _marker(painter, point, item, unit * (0.6 if crowded else 1.0))
    if not values:
        painter.setPen(QColor("#555555"))
        painter.drawText(
            plot,
            Qt.AlignmentFlag.AlignCenter,
            translate("ReportCharts", "Nothing recorded in this period"),
        )
    painter.restore()


def _marker(
    painter: QPainter, centre: QPointF, item: Series, unit: float, legend: bool = False
) -> None:
    painter.save()
    if legend:
        pen = QPen(item.colour, 1.2 * unit)
        if item.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(centre - QPointF(9 * unit, 0), centre + QPointF(9 * unit, 0))
    painter.setPen(QPen(QColor("#ffffff"), 0.5 * unit))
    painter.setBrush(QBrush(item.colour))
    size = 2.6 * unit
    if item.marker == "square":
        painter.drawRect(QRectF(centre.x() - size, centre.y() - size, 2 * size, 2 * size))
    elif item.marker == "diamond":
        path = QPainterPath(centre + QPointF(0, -size * 1.3))
        for dx, dy in ((size * 1.3, 0), (0, size * 1.3), (-size * 1.3, 0)):
            path.lineTo(centre + QPointF(dx, dy))
        path.closeSubpath()
        painter.drawPath(path)
    else:
        painter.drawEllipse(centre, size, size)
    painter.restore()


def _number(value: float) -> str:
    return QLocale().toString(value, "g", 6)
