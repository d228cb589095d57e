"""The start screen's "today" strip: what is due, what is done, the streak and the week.

With an empty plan it shows the one-time offer "Make Wall push a morning habit" instead.
Everything it shows comes from a :class:`~glute_timer.storage.plan_service.TodayStatus`;
the strip refreshes itself at midnight and when the window is activated again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from glute_timer.domain.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from glute_timer.domain.library import shown
from glute_timer.domain.progression import HABIT_TIME
from glute_timer.domain.schedule import RestDay, RestKind, TodayItem
from glute_timer.domain.text_safety import display_name
from glute_timer.storage.storage_errors import describe_storage_error
from glute_timer.ui.dialogs.rest_day_dialog import ask_rest_day
from glute_timer.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from glute_timer.domain.progression import Suggestion
    from glute_timer.storage.plan_service import PlanService, TodayStatus

ACTIVATION_REFRESH_S = 20.0
"""Activating the window again refreshes the strip at most this often (a query each time)."""

BUTTON_HEIGHT = 40
"""Easy to hit; a little under the start screen's 44 px main buttons."""

AskRestDay = Callable[[QWidget, date], "RestDay | None"]

# Whole sentences for each kind of day off (the dialog's names do not fit in a sentence in
# every language).
REST_TODAY: dict[RestKind, str] = {
    RestKind.REST: QT_TRANSLATE_NOOP("TodayStrip", "Today: rest day, the streak is kept"),
    RestKind.SICK: QT_TRANSLATE_NOOP("TodayStrip", "Today: sick, the streak is kept"),
    RestKind.FLARE_UP: QT_TRANSLATE_NOOP("TodayStrip", "Today: flare-up, the streak is kept"),
}
REST_MARKED: dict[RestKind, str] = {
    RestKind.REST: QT_TRANSLATE_NOOP("TodayStrip", "Rest day marked for today."),
    RestKind.SICK: QT_TRANSLATE_NOOP("TodayStrip", "Sick marked for today."),
    RestKind.FLARE_UP: QT_TRANSLATE_NOOP("TodayStrip", "Flare-up marked for today."),
}


def item_text(item: TodayItem) -> str:
    """ "✓ Wall push" or "○ Side plank · 1 of 3 this week"."""
    mark = "✓" if item.done else "○"
    name = display_name(shown(item.routine))
    if item.needed_this_week is None:
        return f"{mark} {name}"
    return translate("TodayStrip", "{mark} {routine} · {done} of {needed} this week").format(
        mark=mark, routine=name, done=item.done_this_week, needed=item.needed_this_week
    )


def streak_text(days: int) -> str:
    """ "Streak: 4 days"."""
    return translate("TodayStrip", "Streak: %n day(s)", None, PLURAL, days)


def adherence_text(status: TodayStatus) -> str:
    """ "This week: 4 of 5 days" (days something was due)."""
    adherence = status.adherence
    due = adherence.due
    if due == 0:
        return translate("TodayStrip", "This week: nothing due yet")
    text = translate("TodayStrip", "This week: {done} of %n day(s)", None, PLURAL, due)
    return text.format(done=QLocale().toString(adherence.done))


def rest_text(rest: RestDay) -> str:
    """ "Today: flare-up, the streak is kept (hip sore)"."""
    text = translate("TodayStrip", REST_TODAY[rest.kind])
    if not rest.reason:
        return text
    return translate("TodayStrip", "{sentence} ({reason})").format(
        sentence=text, reason=rest.reason
    )


def habit_time_text() -> str:
    """The offered habit's time of day, as the language writes times ("07:30")."""
    at = QTime(HABIT_TIME.hour, HABIT_TIME.minute)
    return QLocale().toString(at, QLocale.FormatType.ShortFormat)


def _big(widget: QWidget, scale: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


class TodayStrip(QFrame):
    """Today's plan at a glance, with "Mark today as rest day…" and "Plan…".

    Signals:
        plan_requested(): the person wants the Plan section.
        changed(): the plan or a rest day changed here (others showing the plan refresh).
    """

    plan_requested = Signal()
    changed = Signal()

    def __init__(
        self,
        service: PlanService,
        parent: QWidget | None = None,
        *,
        ask_rest: AskRestDay = ask_rest_day,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayStrip")
        self.setAccessibleName(translate("TodayStrip", "Today"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.service = service
        self._ask_rest = ask_rest
        self.status: TodayStatus | None = None
        self.offer: Suggestion | None = None
        self._shown_day: date | None = None
        self._refreshed_at = 0.0

        self.heading = QLabel(translate("TodayStrip", "Today"), self)
        _big(self.heading, 1.4, bold=True)
        self.items_label = QLabel(self)
        self.items_label.setAccessibleName(translate("TodayStrip", "Due today"))
        self.items_label.setWordWrap(True)
        _big(self.items_label, 1.3)
        self.streak_label = QLabel(self)
        self.streak_label.setAccessibleName(translate("TodayStrip", "Streak"))
        _big(self.streak_label, 1.15, bold=True)
        self.adherence_label = QLabel(self)
        self.adherence_label.setAccessibleName(translate("TodayStrip", "This week"))
        _big(self.adherence_label, 1.15)
        self.rest_label = QLabel(self)
        self.rest_label.setAccessibleName(translate("TodayStrip", "Rest day"))
        self.rest_label.setWordWrap(True)
        self.rest_button = QPushButton(translate("TodayStrip", "Mark today as rest day…"), self)
        self.rest_button.setProperty("role", "secondary")
        self.rest_button.clicked.connect(self.mark_rest_day)
        self.unrest_button = QPushButton(translate("TodayStrip", "Not a rest day"), self)
        self.unrest_button.setAccessibleName(translate("TodayStrip", "Undo the rest day"))
        self.unrest_button.setProperty("role", "secondary")
        self.unrest_button.clicked.connect(self.undo_rest_day)
        self.plan_button = QPushButton(translate("TodayStrip", "Plan…"), self)
        self.plan_button.setAccessibleName(translate("TodayStrip", "Plan"))
        self.plan_button.setProperty("role", "secondary")
        self.plan_button.clicked.connect(self.plan_requested)
        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(translate("TodayStrip", "Problem"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.undo_bar = UndoBar(self)
        for button in (self.rest_button, self.unrest_button, self.plan_button):
            button.setMinimumHeight(BUTTON_HEIGHT)

        self.offer_card = QFrame(self)
        self.offer_card.setObjectName("habitOffer")
        self.offer_card.setAccessibleName(translate("TodayStrip", "Offer"))
        self.offer_title = QLabel(self.offer_card)
        _big(self.offer_title, 1.2, bold=True)
        self.offer_reason = QLabel(self.offer_card)
        self.offer_reason.setWordWrap(True)
        self.offer_accept = QPushButton(translate("TodayStrip", "Accept"), self.offer_card)
        self.offer_accept.setProperty("role", "primary")
        self.offer_accept.clicked.connect(self.accept_offer)
        self.offer_not_now = QPushButton(translate("TodayStrip", "Not now"), self.offer_card)
        self.offer_not_now.setProperty("role", "secondary")
        self.offer_not_now.clicked.connect(self.dismiss_offer)
        for button in (self.offer_accept, self.offer_not_now):
            button.setMinimumHeight(BUTTON_HEIGHT)
        offer_buttons = QHBoxLayout()
        offer_buttons.addStretch(1)
        offer_buttons.addWidget(self.offer_not_now)
        offer_buttons.addWidget(self.offer_accept)
        offer_layout = QVBoxLayout(self.offer_card)
        offer_layout.setContentsMargins(0, 0, 0, 0)
        offer_layout.addWidget(self.offer_title)
        offer_layout.addWidget(self.offer_reason)
        offer_layout.addLayout(offer_buttons)

        numbers = QVBoxLayout()
        numbers.addWidget(self.streak_label)
        numbers.addWidget(self.adherence_label)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.items_label, 1)
        top.addLayout(numbers)
        top.addWidget(self.unrest_button)
        top.addWidget(self.rest_button)
        top.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rest_label)
        layout.addWidget(self.offer_card)
        layout.addWidget(self.error_label)
        layout.addWidget(self.undo_bar)

        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.refresh)
        self._watched: QObject | None = None

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read today's status (and the offer) again and show it."""
        self._refreshed_at = time.monotonic()
        try:
            status = self.service.today_status()
            offer = self.service.habit_offer()
        except Exception as error:  # the database said no: one sentence, keep the rest
            self._fail(error)
            return
        self.error_label.hide()
        self.show_status(status, offer)
        self._arm_midnight()

    def show_status(self, status: TodayStatus, offer: Suggestion | None = None) -> None:
        """Show ``status`` (plain data) and, with an empty plan, ``offer``."""
        self.status = status
        self.offer = offer
        self._shown_day = status.today
        if status.items:
            self.items_label.setText("    ".join(item_text(i) for i in status.items))
        elif offer is not None:
            self.items_label.setText(translate("TodayStrip", "No plan yet."))
        else:
            self.items_label.setText(translate("TodayStrip", "Nothing planned for today."))
        has_plan = bool(status.items) or status.adherence.due > 0 or status.streak > 0
        self.streak_label.setText(streak_text(status.streak))
        self.adherence_label.setText(adherence_text(status))
        for label in (self.streak_label, self.adherence_label):
            label.setVisible(has_plan)
        rest = status.rest_day
        self.rest_label.setText(rest_text(rest) if rest else "")
        self.rest_label.setVisible(rest is not None)
        self.unrest_button.setVisible(rest is not None)
        self.rest_button.setVisible(rest is None and offer is None)
        self.offer_card.setVisible(offer is not None)
        if offer is not None:
            self.offer_title.setText(offer.title)
            self.offer_reason.setText(offer.reason)

    def _fail(self, error: BaseException) -> None:
        self.error_label.setText(
            translate("TodayStrip", "The plan could not be read or changed: {reason}").format(
                reason=_reason(error)
            )
        )
        self.error_label.show()

    def _arm_midnight(self) -> None:
        now = datetime.now().astimezone()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        seconds = (tomorrow.replace(tzinfo=now.tzinfo) - now).total_seconds()
        self._midnight.start(int(max(1.0, seconds + 1.0) * 1000))

    def watch_window(self, window: QObject) -> None:
        """Refresh when ``window`` is activated again (the day may have turned meanwhile)."""
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._watched
            and event.type() == QEvent.Type.WindowActivate
            and time.monotonic() - self._refreshed_at >= ACTIVATION_REFRESH_S
        ):
            self.refresh()
        return False

    # -- acting --------------------------------------------------------------------------

    def mark_rest_day(self) -> None:
        """Ask what kind of day off today is, mark it, and offer Undo."""
        day = self.service.today()
        rest = self._ask_rest(self, day)
        if rest is None:
            return
        try:
            self.service.plan.mark_rest(rest)
        except Exception as error:
            self._fail(error)
            return
        self.undo_bar.offer(translate("TodayStrip", REST_MARKED[rest.kind]), self.undo_rest_day)
        self._changed()

    def undo_rest_day(self) -> None:
        """Today is no longer a rest day."""
        try:
            self.service.plan.unmark_rest(self.service.today())
        except Exception as error:
            self._fail(error)
            return
        self.undo_bar.clear()
        self._changed()

    def accept_offer(self) -> None:
        """Put the offered routine in the plan (daily at 07:30), with Undo."""
        offer = self.offer
        if offer is None:
            return
        try:
            change = self.service.accept(offer)
        except Exception as error:
            self._fail(error)
            return

        def undo() -> None:
            try:
                self.service.undo(change)
            except Exception as error:
                self._fail(error)
                return
            self._changed()

        text = translate("TodayStrip", "Added to your plan: {routine} every day at {time}.")
        self.undo_bar.offer(
            text.format(routine=display_name(shown(offer.routine)), time=habit_time_text()), undo
        )
        self._changed()

    def dismiss_offer(self) -> None:
        """Never offer it again."""
        offer = self.offer
        if offer is None:
            return
        try:
            self.service.dismiss(offer)
        except Exception as error:
            self._fail(error)
            return
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()


def _reason(error: BaseException) -> str:
    text = describe_storage_error(error) if not isinstance(error, LookupError) else str(error)
    return text.rstrip(".") + "."
