"""The suggestion card: Accept makes the person's own copy with Undo; Dismiss for good."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from glute_timer.domain.model import Side
from glute_timer.storage.database import Database
from glute_timer.storage.plan_service import PlanService
from glute_timer.ui.widgets.suggestion_card import SuggestionCard
from tests.ui.plan_fixtures import FRIDAY, WALL, daily_wall_push, runs

EASY_DAYS = [FRIDAY - timedelta(days=n) for n in (3, 2, 1)]


def card(qtbot: QtBot, service: PlanService) -> SuggestionCard:
    widget = SuggestionCard(service)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def test_nothing_earned_hides_the_card(
    qtbot: QtBot, database: Database, service: PlanService
) -> None:
    runs(database, *EASY_DAYS[:2], effort=4, pain=1)  # two easy sessions are not a pattern
    widget = card(qtbot, service)
    assert widget.isHidden()


def test_accept_creates_wall_push_custom_with_5_s_more_and_undo_restores(
    qtbot: QtBot, database: Database, service: PlanService
) -> None:
    daily_wall_push(service)
    runs(database, *EASY_DAYS, effort=4, pain=1, held={Side.LEFT: 60.0, Side.RIGHT: 50.0})
    widget = card(qtbot, service)
    assert widget.isVisible()
    assert "+5 s holds on the right side" in widget.title.text()
    assert "pain 2 or less" in widget.reason.text()
    with qtbot.waitSignal(widget.changed) as changed:
        widget.accept_button.click()
    assert changed.args == ["Wall push (custom)"]
    copy = service.routines.find("Wall push (custom)")
    assert copy is not None and not copy.builtin
    hold = copy.routine.exercises[0].hold
    base = WALL.exercises[0].hold
    assert (hold.left, hold.right) == (base.left, base.right + 5)
    assert [e.routine for e in service.plan.entries()] == ["Wall push (custom)"]
    assert "Wall push (custom)" in widget.undo_bar.label.text()
    assert widget.isVisible()  # Undo stays on offer
    with qtbot.waitSignal(widget.changed) as undone:
        widget.undo_bar.undo_button.click()
    assert undone.args == ["Wall push"]
    assert service.routines.find("Wall push (custom)") is None
    assert [e.routine for e in service.plan.entries()] == ["Wall push"]
    assert widget.suggestion is not None  # suggested again


def test_dismiss_hides_that_step_for_good(
    qtbot: QtBot, database: Database, service: PlanService
) -> None:
    runs(database, *EASY_DAYS, effort=4, pain=1)
    widget = card(qtbot, service)
    assert widget.suggestion is not None
    widget.dismiss_button.click()
    assert widget.isHidden()
    assert card(qtbot, service).isHidden()
    assert service.routines.find("Wall push (custom)") is None


def test_pain_suggests_easing_back(qtbot: QtBot, database: Database, service: PlanService) -> None:
    runs(database, FRIDAY - timedelta(days=1), effort=5, pain=6)
    widget = card(qtbot, service)
    assert widget.suggestion is not None
    assert widget.suggestion.kind.value == "ease"
    assert widget.title.text() == widget.suggestion.title
