"""The end-of-workout summary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glute_timer.domain.library import ROUTINES
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import StepKind, compile_plan
from glute_timer.domain.tally import Tally
from glute_timer.ui.main_window import MINIMUM_SIZE
from glute_timer.ui.theme import space
from glute_timer.ui.workout.summary_view import SummaryView, summary_lines
from tests.ui.clipping import clipped


def test_tally_counts_sides_and_skips() -> None:
    plan = compile_plan(ROUTINES[0])
    tally = Tally(routine_name="Wall push")
    for step in plan.steps[:-1]:
        outcome = StepOutcome.SKIPPED if step.kind is StepKind.SWITCH else StepOutcome.COMPLETED
        tally.add(step, outcome, step.seconds)
    tally.outcome = StepOutcome.COMPLETED
    assert tally.completed_by_side == {"left": 2, "right": 2}
    assert tally.skipped == 3
    assert summary_lines(tally) == [
        "Total time: 2:25",
        "Holds and sets completed: Left 2, Right 2",
        "Steps skipped: 3",
    ]


def test_nothing_done() -> None:
    assert summary_lines(Tally()) == [
        "Total time: 0:00",
        "Holds and sets completed: none",
        "Steps skipped: none",
    ]


def test_view_says_stopped_or_complete(qtbot: QtBot) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_tally(Tally(routine_name="Wall push", outcome=StepOutcome.STOPPED))
    assert view.heading.text() == "Wall push stopped"
    view.show_tally(Tally(routine_name="Wall push", outcome=StepOutcome.COMPLETED))
    assert "complete" in view.heading.text()
    with qtbot.waitSignal(view.back_requested):
        view.back_button.click()


def test_rating_panel_is_offered_and_closed(qtbot: QtBot) -> None:
    from glute_timer.ui.dialogs.rating_dialog import RatingPanel

    view = SummaryView()
    qtbot.addWidget(view)
    panel = RatingPanel()
    view.set_rating_panel(panel)
    view.show()
    view.show_tally(Tally(routine_name="Wall push", outcome=StepOutcome.COMPLETED))
    assert panel.isHidden()
    panel.effort.setValue(4)
    view.offer_rating()
    assert not panel.isHidden()
    assert panel.effort.text() == "not rated"  # cleared for this workout
    assert view.focusWidget() is panel.effort
    view.close_rating("Rating saved.")
    assert panel.isHidden()
    assert view.rating_result.text() == "Rating saved." and not view.rating_result.isHidden()
    assert view.focusWidget() is view.back_button
    view.show_tally(Tally(routine_name="Wall push", outcome=StepOutcome.STOPPED))
    assert view.rating_result.isHidden()


def _summary_with_rating(qtbot: QtBot) -> SummaryView:
    from glute_timer.ui.dialogs.rating_dialog import RatingPanel

    view = SummaryView()
    qtbot.addWidget(view)
    view.set_rating_panel(RatingPanel())
    plan = compile_plan(ROUTINES[0])
    tally = Tally(routine_name="Glute medius endurance", outcome=StepOutcome.COMPLETED)
    for step in plan.steps[:-1]:
        tally.add(step, StepOutcome.COMPLETED, step.seconds)
    view.show_tally(tally)
    view.offer_rating()
    view.show()
    qtbot.waitExposed(view)
    return view


def test_large_text_is_not_clipped(large_text: float, qtbot: QtBot) -> None:
    view = _summary_with_rating(qtbot)
    # The page scrolls its card (it no longer sizes itself to fit it): the smallest window's
    # height, as wide as the card asks, and everything readable by scrolling.
    card_width = view.card.minimumSizeHint().width()
    width = max(
        MINIMUM_SIZE[0],
        card_width + 2 * space(3) + view.scroll_area.verticalScrollBar().sizeHint().width(),
    )
    view.resize(width, MINIMUM_SIZE[1])
    qtbot.waitUntil(lambda: view.size() == QSize(width, MINIMUM_SIZE[1]))
    assert view.heading.font().pointSizeF() > QApplication.font().pointSizeF()  # a heading
    page = view.scroll_area.widget()
    assert page is not None and page.height() > view.scroll_area.viewport().height()  # scrolls
    qtbot.waitUntil(lambda: view.card.width() >= card_width)  # laid out, not squeezed
    assert clipped(view) == []


def test_large_text_fits_the_smallest_window(
    large_text: float, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    if large_text >= 2.0:
        request.applymarker(
            pytest.mark.xfail(
                strict=False,
                reason="known: at 2x text the rating's rows of 11 chips need about 730 px, more "
                "than the smallest window gives the card, so the rating's labels are squeezed",
            )
        )
    view = _summary_with_rating(qtbot)
    view.resize(*MINIMUM_SIZE)
    qtbot.waitUntil(lambda: view.size() == QSize(*MINIMUM_SIZE))
    QApplication.processEvents()  # the card's new width is laid out on the next pass
    assert view.minimumSizeHint().width() <= MINIMUM_SIZE[0]
    assert clipped(view) == []


def test_per_side_held_time(qtbot: QtBot) -> None:
    from glute_timer.ui.workout.summary_view import side_results

    plan = compile_plan(ROUTINES[0])
    tally = Tally(routine_name="Wall push")
    for step in plan.steps[:-1]:
        tally.add(step, StepOutcome.COMPLETED, step.seconds)
    tally.outcome = StepOutcome.COMPLETED
    assert side_results(tally) == "Left 1:00 held · Right 1:00 held"
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_tally(tally)
    assert view.sides.text() == "Left 1:00 held · Right 1:00 held"
    assert view.back_button.text() == "Done"


def test_done_saves_what_was_rated(qtbot: QtBot) -> None:
    from glute_timer.ui.dialogs.rating_dialog import Rating, RatingPanel

    view = SummaryView()
    qtbot.addWidget(view)
    panel = RatingPanel()
    view.set_rating_panel(panel)
    view.show()
    view.show_tally(Tally(routine_name="Wall push", outcome=StepOutcome.COMPLETED))
    view.offer_rating()
    panel.pain.setValue(3)
    assert not panel.save_button.isVisible()  # one Done
    with qtbot.waitSignal(panel.rated) as rated, qtbot.waitSignal(view.back_requested):
        view.back_button.click()
    assert rated.args == [Rating(None, 3, "")]
