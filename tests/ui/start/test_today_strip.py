"""The today strip from synthetic histories with known answers."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glute_timer.domain.schedule import RestDay, RestKind
from glute_timer.storage.database import Database
from glute_timer.storage.plan_service import PlanService
from glute_timer.ui.main_window import MINIMUM_SIZE
from glute_timer.ui.start.today_strip import ACTIVATION_REFRESH_S, TodayStrip
from tests.ui.clipping import clipped
from tests.ui.plan_fixtures import FRIDAY, MONDAY, Clock, daily_wall_push, runs

TUESDAY, WEDNESDAY, THURSDAY = (MONDAY + timedelta(days=n) for n in (1, 2, 3))


def strip(qtbot: QtBot, service: PlanService, **kwargs: object) -> TodayStrip:
    widget = TodayStrip(service, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def test_the_strip_shows_due_done_streak_and_adherence(
    qtbot: QtBot, database: Database, service: PlanService
) -> None:
    daily_wall_push(service)
    runs(database, MONDAY, TUESDAY, THURSDAY, FRIDAY)  # Wednesday missed
    widget = strip(qtbot, service)
    assert widget.items_label.text() == "✓ Wall push"
    assert widget.streak_label.text() == "Streak: 2 days"
    assert widget.adherence_label.text() == "This week: 4 of 5 days"
    assert widget.offer_card.isHidden()
    assert widget.rest_label.isHidden()


def test_an_open_day_shows_an_empty_check(
    qtbot: QtBot, database: Database, service: PlanService
) -> None:
    daily_wall_push(service)
    runs(database, MONDAY, TUESDAY, WEDNESDAY, THURSDAY)
    widget = strip(qtbot, service)
    assert widget.items_label.text() == "○ Wall push"
    assert widget.streak_label.text() == "Streak: 4 days"
    assert widget.adherence_label.text() == "This week: 4 of 4 days"  # today still open


def test_marking_a_flare_up_from_the_strip_keeps_the_streak(
    qtbot: QtBot, database: Database, service: PlanService, clock: Clock
) -> None:
    daily_wall_push(service)
    runs(database, MONDAY, TUESDAY, WEDNESDAY, THURSDAY)
    asked: list[date] = []

    def ask(_parent: object, day: date) -> RestDay:
        asked.append(day)
        return RestDay(day, RestKind.FLARE_UP, "hip sore")

    widget = strip(qtbot, service, ask_rest=ask)
    clock.set(FRIDAY + timedelta(days=1))
    widget.refresh()
    assert widget.streak_label.text() == "Streak: 0 days"  # Friday missed, unmarked
    clock.set(FRIDAY)
    widget.refresh()
    with qtbot.waitSignal(widget.changed):
        widget.rest_button.click()
    assert asked == [FRIDAY]
    assert widget.rest_label.text() == "Today: flare-up, the streak is kept (hip sore)"
    assert not widget.rest_label.isHidden() and widget.rest_button.isHidden()
    assert widget.streak_label.text() == "Streak: 4 days"
    clock.set(FRIDAY + timedelta(days=1))
    widget.refresh()
    assert widget.streak_label.text() == "Streak: 4 days"
    assert widget.adherence_label.text() == "This week: 4 of 4 days"


def test_undo_takes_the_rest_day_back(
    qtbot: QtBot, database: Database, service: PlanService
) -> None:
    daily_wall_push(service)
    widget = strip(qtbot, service, ask_rest=lambda _p, day: RestDay(day, RestKind.SICK))
    widget.rest_button.click()
    assert service.plan.rest_days() == [RestDay(FRIDAY, RestKind.SICK)]
    assert widget.undo_bar.label.text() == "Sick marked for today."
    widget.undo_bar.undo_button.click()
    assert service.plan.rest_days() == []
    assert widget.rest_label.isHidden() and not widget.rest_button.isHidden()


def test_cancelling_the_question_marks_nothing(qtbot: QtBot, service: PlanService) -> None:
    daily_wall_push(service)
    widget = strip(qtbot, service, ask_rest=lambda _p, _day: None)
    widget.rest_button.click()
    assert service.plan.rest_days() == []


def test_the_habit_offer_appears_once_and_never_after_not_now(
    qtbot: QtBot, service: PlanService
) -> None:
    widget = strip(qtbot, service)
    assert not widget.offer_card.isHidden()
    assert widget.offer_title.text() == "Make Wall push a morning habit"
    assert widget.items_label.text() == "No plan yet."
    with qtbot.waitSignal(widget.changed):
        widget.offer_not_now.click()
    assert widget.offer_card.isHidden()
    again = strip(qtbot, service)  # a new start of the app
    assert again.offer_card.isHidden()
    assert service.plan.entries() == []


def test_accepting_the_offer_plans_wall_push_at_0730_with_undo(
    qtbot: QtBot, service: PlanService
) -> None:
    widget = strip(qtbot, service)
    widget.offer_accept.click()
    (entry,) = service.plan.entries()
    assert (entry.routine, entry.describe()) == ("Wall push", "daily at 07:30")
    assert widget.offer_card.isHidden()
    assert widget.items_label.text() == "○ Wall push"
    widget.undo_bar.undo_button.click()
    assert service.plan.entries() == []
    assert not widget.offer_card.isHidden()


def test_a_database_failure_is_one_sentence(qtbot: QtBot, service: PlanService) -> None:
    widget = strip(qtbot, service)

    def broken() -> None:
        raise OSError("disk I/O error")

    service.today_status = broken  # type: ignore[method-assign,assignment]
    widget.refresh()
    assert not widget.error_label.isHidden()
    assert widget.error_label.text().startswith("The plan could not be read or changed: ")
    assert widget.error_label.text().count(". ") == 0


def test_large_text_fits_in_the_window_width(
    large_text: float, qtbot: QtBot, database: Database, service: PlanService
) -> None:
    daily_wall_push(service)
    runs(database, MONDAY, TUESDAY)
    widget = strip(qtbot, service)
    width = MINIMUM_SIZE[0] if large_text < 2.0 else 1100
    widget.resize(width, max(widget.heightForWidth(width), widget.sizeHint().height()))
    widget.show()
    qtbot.waitExposed(widget)
    assert clipped(widget) == []


def test_activating_the_window_again_refreshes_at_most_every_20_s(
    qtbot: QtBot, service: PlanService
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    widget = strip(qtbot, service)
    widget.watch_window(window)
    daily_wall_push(service)  # changed elsewhere (the CLI)
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert widget.items_label.text() == "No plan yet."  # refreshed a moment ago
    widget._refreshed_at -= ACTIVATION_REFRESH_S
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert widget.items_label.text() == "○ Wall push"
