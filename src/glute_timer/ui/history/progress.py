"""The progress view: last session, this week, streak, side balance, pain trend, charts."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from glute_timer.domain import library
from glute_timer.domain.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from glute_timer.formatting import clock
from glute_timer.storage.history_records import (
    SessionDetail,
    SideBalance,
    Trend,
    WeeklySideTotal,
    score_trend,
    side_balance,
    week_start,
)
from glute_timer.ui.history.dates import session_moment

if TYPE_CHECKING:
    from glute_timer.storage.history_repository import HistoryRepository
    from glute_timer.ui.history.charts import HistoryCharts

log = logging.getLogger(__name__)

CONTEXT = "HistoryProgress"
PERIODS_CONTEXT = CONTEXT
# (label, weeks back; None for everything); the labels are translated where shown.
PERIODS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("HistoryProgress", "4 weeks"), 4),
    (QT_TRANSLATE_NOOP("HistoryProgress", "12 weeks"), 12),
    (QT_TRANSLATE_NOOP("HistoryProgress", "All time"), None),
)
DEFAULT_PERIOD = 1


# lupdate's Python parser drops a plural call whose count is followed by a comma, the way
# the formatter splits a long call; these long ones stay as written.
# fmt: off
def _balance_template(weaker: str, ending: str, weeks: int) -> str:
    """The whole sentence for the weaker side and the way it goes (each written out whole,
    as the word order differs between languages)."""
    if weaker == "right":
        if ending == "catching up":
            return translate(
                "HistoryProgress",
                "Right working side: {percent} % of left over %n week(s);"
                " catching up ({earlier} % → {lately} %).",
                None, PLURAL, weeks
            )
        if ending == "falling behind":
            return translate(
                "HistoryProgress",
                "Right working side: {percent} % of left over %n week(s);"
                " falling behind ({earlier} % → {lately} %).",
                None, PLURAL, weeks
            )
        return translate(
            "HistoryProgress",
            "Right working side: {percent} % of left over %n week(s).",
            None, PLURAL, weeks
        )
    if ending == "catching up":
        return translate(
            "HistoryProgress",
            "Left working side: {percent} % of right over %n week(s);"
            " catching up ({earlier} % → {lately} %).",
            None, PLURAL, weeks
        )
    if ending == "falling behind":
        return translate(
            "HistoryProgress",
            "Left working side: {percent} % of right over %n week(s);"
            " falling behind ({earlier} % → {lately} %).",
            None, PLURAL, weeks
        )
    return translate(
        "HistoryProgress",
        "Left working side: {percent} % of right over %n week(s).",
        None, PLURAL, weeks
    )

# fmt: on


def balance_text(balance: SideBalance | None) -> str:
    """One line: the weaker working side's share of the other, and whether it is catching up."""
    if balance is None:
        return translate("HistoryProgress", "Working sides: no holds in this period yet.")
    if balance.catching_up is True:
        ending = "catching up"
    elif balance.catching_up is False and balance.early != balance.late:
        ending = "falling behind"
    else:
        ending = ""
    weeks = balance.weeks
    locale = QLocale()
    return _balance_template(balance.weaker, ending, weeks).format(
        percent=locale.toString(balance.percent),
        earlier="" if balance.early is None else locale.toString(balance.early),
        lately="" if balance.late is None else locale.toString(balance.late),
    )


def _trend_template(measure: str, way: str) -> str:
    if measure == "pain":
        if way == "same":
            return translate(
                "HistoryProgress",
                "Pain: about the same (average {earlier} earlier, {lately} lately).",
            )
        if way == "falling":
            return translate(
                "HistoryProgress", "Pain: falling (average {earlier} earlier, {lately} lately)."
            )
        return translate(
            "HistoryProgress", "Pain: rising (average {earlier} earlier, {lately} lately)."
        )
    if way == "same":
        return translate(
            "HistoryProgress",
            "Effort: about the same (average {earlier} earlier, {lately} lately).",
        )
    if way == "falling":
        return translate(
            "HistoryProgress", "Effort: falling (average {earlier} earlier, {lately} lately)."
        )
    return translate(
        "HistoryProgress", "Effort: rising (average {earlier} earlier, {lately} lately)."
    )


def trend_text(measure: str, trend: Trend | None) -> str:
    """One line: a score's mean earlier and lately, and which way it goes.

    ``measure`` is ``"pain"`` or ``"effort"``.
    """
    if trend is None:
        if measure == "pain":
            return translate("HistoryProgress", "Pain: not enough ratings in this period yet.")
        return translate("HistoryProgress", "Effort: not enough ratings in this period yet.")
    if abs(trend.change) < 0.5:
        way = "same"
    elif trend.change < 0:
        way = "falling"
    else:
        way = "rising"
    locale = QLocale()
    return _trend_template(measure, way).format(
        earlier=locale.toString(trend.early, "f", 1), lately=locale.toString(trend.late, "f", 1)
    )


def held_per_side(detail: SessionDetail) -> tuple[float, float]:
    """Seconds held on the left and the right working side in one session."""
    left = sum(s.actual_seconds for s in detail.steps if s.kind == "hold" and s.side == "left")
    right = sum(s.actual_seconds for s in detail.steps if s.kind == "hold" and s.side == "right")
    return left, right


class ProgressPanel(QWidget):
    """What the person wants to know first: how the last session went and where they stand."""

    def __init__(self, repository: HistoryRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self.charts: HistoryCharts | None = None
        self.last_label = _label(
            self,
            translate("HistoryProgress", "Last session"),
            translate("HistoryProgress", "Loading…"),
        )
        self.last_label.setTextFormat(Qt.TextFormat.PlainText)
        self.week_label = _label(self, translate("HistoryProgress", "This week and the streak"), "")
        self.balance_label = _label(self, translate("HistoryProgress", "Working side balance"), "")
        font = self.balance_label.font()
        font.setBold(True)
        self.balance_label.setFont(font)
        self.pain_label = _label(self, translate("HistoryProgress", "Pain trend"), "")
        self.pain_label.setFont(font)
        self.effort_label = _label(self, translate("HistoryProgress", "Effort trend"), "")
        self.charts_box = QVBoxLayout()
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        for widget in (self.last_label, self.week_label, line):
            layout.addWidget(widget)
        for widget in (self.balance_label, self.pain_label, self.effort_label):
            layout.addWidget(widget)
        layout.addLayout(self.charts_box, 1)
        self.balance: SideBalance | None = None
        self.pain: Trend | None = None

    def period_start(self, weeks: int | None) -> date | None:
        """The Monday starting the last ``weeks`` weeks (None: everything)."""
        if weeks is None:
            return None
        return week_start(self._repository.today()) - timedelta(weeks=weeks - 1)

    def reload(self, routine: str | None, weeks: int | None, hide_short: bool = True) -> None:
        """Re-read everything shown, for ``routine`` (None: all) over the last ``weeks``."""
        repo = self._repository
        since = self.period_start(weeks)
        today = repo.today()
        try:
            latest = repo.list_sessions(0, 1, routine, hide_short=hide_short)
            detail = repo.session_detail(latest[0].id) if latest else None
            totals = _up_to(repo.weekly_side_totals(since, routine), week_start(today))
            ratings = repo.rating_series(since, routine)
            streaks = repo.streaks()
            this_week = sum(repo.day_counts(week_start(today), today).values())
        except Exception:
            log.exception("cannot read the progress")
            self.last_label.setText(
                translate("HistoryProgress", "The history cannot be read right now.")
            )
            return
        self._show_last(detail)
        current = streaks.current
        # Two phrases, each whole, each with its own plural.
        self.week_label.setText(
            translate("HistoryProgress", "This week: %n session(s)", None, PLURAL, this_week)
            + " · "
            + translate(
                "HistoryProgress", "streak: %n day(s) in a row (best {best})", None, PLURAL, current
            ).format(best=QLocale().toString(streaks.longest))
        )
        self.balance = side_balance(totals)
        self.pain = score_trend(p.pain for p in ratings)
        self.balance_label.setText(balance_text(self.balance))
        self.pain_label.setText(trend_text("pain", self.pain))
        self.effort_label.setText(trend_text("effort", score_trend(p.effort for p in ratings)))
        charts = self._ensure_charts()
        rating_days = [repo.local_date(p.started_at) for p in ratings]
        first = since
        if first is None:
            starts = [w.week_start for w in totals] + rating_days
            first = min(starts) if starts else today - timedelta(days=27)
        charts.show_data(totals, ratings, rating_days, first, today)

    def _show_last(self, detail: SessionDetail | None) -> None:
        if detail is None:
            self.last_label.setText(
                translate("HistoryProgress", "No sessions yet: your first workout will show here.")
            )
            return
        s = detail.summary
        left, right = held_per_side(detail)
        when = session_moment(self._repository.to_local(s.started_at))
        parts = [
            translate("HistoryProgress", "Last session: {when}").format(when=when),
            library.shown(s.routine),
            translate("HistoryProgress", "held left {left}, right {right}").format(
                left=clock(left), right=clock(right)
            ),
            translate("HistoryProgress", "effort {effort}").format(effort=_rating(s.effort)),
            translate("HistoryProgress", "pain {pain}").format(pain=_rating(s.pain)),
        ]
        text = " · ".join(parts)
        if s.notes:
            text += "\n" + translate("HistoryProgress", "Note: {note}").format(note=s.notes)
        self.last_label.setText(text)

    def _ensure_charts(self) -> HistoryCharts:
        if self.charts is None:
            # QtCharts loads only when the charts are first drawn, after the page's first paint.
            from glute_timer.ui.history.charts import HistoryCharts

            self.charts = HistoryCharts(self)
            self.charts_box.addWidget(self.charts)
            self.charts.show()
        return self.charts


def _up_to(weeks: list[WeeklySideTotal], last: date) -> list[WeeklySideTotal]:
    """``weeks`` with the empty weeks after them up to ``last``'s week, so the span is whole."""
    if not weeks:
        return weeks
    week = weeks[-1].week_start + timedelta(weeks=1)
    while week <= last:
        weeks.append(WeeklySideTotal(week, 0.0, 0.0, 0.0))
        week += timedelta(weeks=1)
    return weeks


def _rating(value: int | None) -> str:
    return "—" if value is None else QLocale().toString(value)


def _label(parent: QWidget, name: str, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
