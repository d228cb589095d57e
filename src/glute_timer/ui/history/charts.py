"""Charts (QtCharts): seconds held per working side each week, effort and pain per session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Side
from glute_timer.domain.rating import RATING_MAX, RATING_MIN
from glute_timer.storage.history_records import RatingPoint, WeeklySideTotal, spread_in_days
from glute_timer.ui.theme import CHART_COLOURS, SIDE_COLOURS, current_scheme

DAY_MS = 86_400_000
EPOCH = date(1970, 1, 1)


class HistoryCharts(QWidget):
    """Two point-and-line charts: minutes held per working side by week; effort and pain.

    The page gives the data (:meth:`show_data`); this widget only draws it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side_chart = QChart()
        self.side_view = self._view(
            self.side_chart,
            translate("HistoryCharts", "Minutes held per working side, by week (this week so far)"),
        )
        self.rating_chart = QChart()
        self.rating_view = self._view(
            self.rating_chart, translate("HistoryCharts", "Effort and pain after each session")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.side_view, 1)
        layout.addWidget(self.rating_view, 1)
        self.weeks: list[WeeklySideTotal] = []
        self.ratings: list[RatingPoint] = []
        self.rating_days: list[date] = []

    def _view(self, chart: QChart, name: str) -> QChartView:
        dark = current_scheme().dark
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundRoundness(0)
        # Dates and numbers on the axes in the person's language.
        chart.setLocale(QLocale())
        chart.setLocalizeNumbers(True)
        chart.setTitle(name)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(name)
        # Tall enough to read at every window size: a small window scrolls instead.
        view.setMinimumSize(200, 230)
        return view

    def show_data(
        self,
        weeks: Sequence[WeeklySideTotal],
        ratings: Sequence[RatingPoint],
        rating_days: Sequence[date],
        first_day: date,
        last_day: date,
    ) -> None:
        """Draw ``weeks`` and ``ratings`` (with each rating's local day) from ``first_day``."""
        self.weeks, self.ratings, self.rating_days = list(weeks), list(ratings), list(rating_days)
        self._draw_sides(first_day, last_day)
        self._draw_ratings(first_day, last_day)

    def _draw_sides(self, first_day: date, last_day: date) -> None:
        chart = _cleared(self.side_chart)
        top = 1.0
        labels = (
            (Side.LEFT, translate("HistoryCharts", "Left working side")),
            (Side.RIGHT, translate("HistoryCharts", "Right working side")),
        )
        for side, label in labels:
            series = _line(label, QColor(SIDE_COLOURS[side]), dashed=side is Side.RIGHT)
            for week in self.weeks:
                seconds = week.left_seconds if side is Side.LEFT else week.right_seconds
                series.append(_ms(week.week_start), seconds / 60)
                top = max(top, seconds / 60)
            chart.addSeries(series)
        if any(w.unsided_seconds for w in self.weeks):
            series = _line(
                translate("HistoryCharts", "No side"), QColor(CHART_COLOURS["unsided"]), dashed=True
            )
            for week in self.weeks:
                series.append(_ms(week.week_start), week.unsided_seconds / 60)
                top = max(top, week.unsided_seconds / 60)
            chart.addSeries(series)
        y_axis = QValueAxis()
        y_axis.setRange(0, top * 1.1)
        y_axis.applyNiceNumbers()
        y_axis.setTitleText(translate("HistoryCharts", "Minutes"))
        y_axis.setLabelFormat("%g")
        self._attach(chart, _date_axis(first_day, last_day), y_axis)

    def _draw_ratings(self, first_day: date, last_day: date) -> None:
        chart = _cleared(self.rating_chart)
        effort = _line(
            translate("HistoryCharts", "Effort"), QColor(CHART_COLOURS["effort"]), dashed=True
        )
        pain = _line(
            translate("HistoryCharts", "Pain"), QColor(CHART_COLOURS["pain"]), dashed=False
        )
        for point, place in zip(self.ratings, spread_in_days(self.rating_days), strict=True):
            day = EPOCH + timedelta(days=int(place))
            x = _ms(day) + (place - int(place)) * DAY_MS
            if point.effort is not None:
                effort.append(x, point.effort)
            if point.pain is not None:
                pain.append(x, point.pain)
        chart.addSeries(effort)
        chart.addSeries(pain)
        y_axis = QValueAxis()
        y_axis.setRange(RATING_MIN, RATING_MAX)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        locale = QLocale()
        y_axis.setTitleText(
            translate("HistoryCharts", "{lowest} to {highest}").format(
                lowest=locale.toString(RATING_MIN), highest=locale.toString(RATING_MAX)
            )
        )
        self._attach(chart, _date_axis(first_day, last_day), y_axis)

    @staticmethod
    def _attach(chart: QChart, x_axis: QDateTimeAxis, y_axis: QValueAxis) -> None:
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)


def _cleared(chart: QChart) -> QChart:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    return chart


def _line(name: str, colour: QColor, *, dashed: bool) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    pen = QPen(colour, 2.5)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    series.setPen(pen)
    series.setPointsVisible(True)
    series.setMarkerSize(6.0)
    return series


def _date_axis(first_day: date, last_day: date) -> QDateTimeAxis:
    axis = QDateTimeAxis()
    span = (last_day - first_day).days
    # Patterns for QLocale, translatable so a language can put the day after the month.
    short = translate("HistoryCharts", "d MMM", "axis date: day and month")
    long = translate("HistoryCharts", "MMM yyyy", "axis date: month and year")
    axis.setFormat(short if span <= 200 else long)
    axis.setTickCount(min(9, max(3, span // 7 + 1)))
    axis.setRange(_qdate(first_day), _qdate(last_day + timedelta(days=1)))
    return axis


def _ms(day: date) -> float:
    """Local midnight of ``day`` in milliseconds since the epoch (the axis shows local time)."""
    return datetime.combine(day, time()).astimezone().timestamp() * 1000


def _qdate(day: date) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(_ms(day)))
