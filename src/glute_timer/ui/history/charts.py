"""Charts (QtCharts): hold time per working side per week, and pain and effort over time."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from glute_timer.domain.model import Side
from glute_timer.domain.rating import RATING_MAX, RATING_MIN
from glute_timer.storage.history_records import RatingPoint, WeeklySideTotal
from glute_timer.ui.theme import SIDE_COLOURS

if TYPE_CHECKING:
    from glute_timer.storage.history_repository import HistoryRepository

log = logging.getLogger(__name__)

# (label, weeks back; None for everything)
RANGES: tuple[tuple[str, int | None], ...] = (
    ("Last 12 weeks", 12),
    ("Last 6 months", 26),
    ("Last year", 52),
    ("Everything", None),
)
EFFORT_COLOUR = QColor("#5f3dc4")
PAIN_COLOUR = QColor("#c92a2a")
UNSIDED_COLOUR = QColor("#5c6670")


class HistoryCharts(QWidget):
    """Two charts over a chosen span: minutes held per working side each week; pain and effort."""

    def __init__(
        self,
        repository: HistoryRepository,
        routine: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._routine = routine
        self.range_box = QComboBox(self)
        self.range_box.setAccessibleName("Time span of the charts")
        for label, weeks in RANGES:
            self.range_box.addItem(label, weeks)
        self.range_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.side_chart = QChart()
        self.side_chart.setTitle("Minutes held per working side, by week")
        self.side_view = self._view(self.side_chart, "Hold time per working side per week")
        self.rating_chart = QChart()
        self.rating_chart.setTitle(
            f"Effort and pain after each session ({RATING_MIN} to {RATING_MAX})"
        )
        self.rating_view = self._view(self.rating_chart, "Effort and pain over time")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel("Show:", self))
        top.addWidget(self.range_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.side_view, 1)
        layout.addWidget(self.rating_view, 1)
        self.weeks: list[WeeklySideTotal] = []
        self.ratings: list[RatingPoint] = []

    def _view(self, chart: QChart, name: str) -> QChartView:
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(name)
        view.setMinimumSize(200, 200)
        return view

    def set_routine(self, routine: str | None) -> None:
        self._routine = routine
        self.reload()

    def since(self) -> date | None:
        """The first day shown, from the span chosen."""
        weeks = self.range_box.currentData()
        if weeks is None:
            return None
        today = self._repository.today()
        monday = today - timedelta(days=today.weekday())
        return monday - timedelta(weeks=int(weeks) - 1)

    def reload(self) -> None:
        """Re-read the data and redraw both charts."""
        since = self.since()
        try:
            self.weeks = self._repository.weekly_side_totals(since, self._routine)
            self.ratings = self._repository.rating_series(since, self._routine)
        except Exception:
            log.exception("cannot read chart data")
            self.weeks, self.ratings = [], []
            self.note.setText("The charts cannot be read right now.")
        else:
            self.note.setText(
                "" if self.weeks or self.ratings else "No holds or ratings in this span yet."
            )
        self._draw_sides()
        self._draw_ratings()

    def _draw_sides(self) -> None:
        chart = self.side_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QBarSeries()
        left = QBarSet("Left")
        left.setColor(QColor(SIDE_COLOURS[Side.LEFT]))
        right = QBarSet("Right")
        right.setColor(QColor(SIDE_COLOURS[Side.RIGHT]))
        unsided = QBarSet("No side")
        unsided.setColor(UNSIDED_COLOUR)
        labels = []
        for week in self.weeks:
            left.append(week.left_seconds / 60)
            right.append(week.right_seconds / 60)
            unsided.append(week.unsided_seconds / 60)
            labels.append(f"{week.week_start.day} {week.week_start:%b}")
        series.append(left)
        series.append(right)
        if any(w.unsided_seconds for w in self.weeks):
            series.append(unsided)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        # Too many labels overlap: keep about twelve. Categories must be unique, so the
        # hidden ones become distinct runs of zero-width spaces.
        stride = max(1, len(labels) // 12)
        x_axis.append(
            [text if i % stride == 0 else "\u200b" * (i + 1) for i, text in enumerate(labels)]
        )
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        y_axis = QValueAxis()
        top = max(
            [1.0]
            + [max(w.left_seconds, w.right_seconds, w.unsided_seconds) / 60 for w in self.weeks]
        )
        y_axis.setRange(0, top * 1.1)
        y_axis.applyNiceNumbers()
        y_axis.setTitleText("Minutes")
        y_axis.setLabelFormat("%g")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y_axis)

    def _draw_ratings(self) -> None:
        chart = self.rating_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        effort = QLineSeries()
        effort.setName("Effort")
        effort.setColor(EFFORT_COLOUR)
        effort.setPointsVisible(True)
        pain = QLineSeries()
        pain.setName("Pain")
        pain.setColor(PAIN_COLOUR)
        pain.setPointsVisible(True)
        for point in self.ratings:
            # The axis takes milliseconds since the epoch and shows them in local time.
            x = point.started_at.timestamp() * 1000
            if point.effort is not None:
                effort.append(x, point.effort)
            if point.pain is not None:
                pain.append(x, point.pain)
        chart.addSeries(effort)
        chart.addSeries(pain)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM yy")
        x_axis.setTickCount(5)
        since = self.since()
        today = self._repository.today()
        start = since if since is not None else self._first_day(today)
        x_axis.setRange(_local_midnight(start), _local_midnight(today + timedelta(days=1)))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        y_axis = QValueAxis()
        y_axis.setRange(RATING_MIN, RATING_MAX)
        y_axis.setTickCount(3)
        y_axis.setMinorTickCount(4)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText("Score")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (effort, pain):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def _first_day(self, today: date) -> date:
        if self.ratings:
            return self._repository.local_date(self.ratings[0].started_at)
        return today - timedelta(days=7)


def _local_midnight(day: date) -> QDateTime:
    moment = datetime.combine(day, time()).astimezone()
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))
