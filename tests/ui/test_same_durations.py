"""The same measured seconds read the same at the end of a workout and in the history."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import StepKind
from glute_timer.domain.tally import Tally
from glute_timer.storage.database import Database
from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.ui.history.table_model import COLUMNS
from glute_timer.ui.history.view import HistoryView
from glute_timer.ui.workout.summary_view import summary_lines
from tests.storage.history_helpers import add_session, small_plan


@pytest.mark.parametrize(
    ("measured", "shown"),
    # 23.4 once read 0:24 on the summary (rounded up) and 0:23 in the history (rounded).
    [(23.4, "0:23"), (23.5, "0:24"), (22.5, "0:23"), (0.4, "0:00"), (3599.5, "1:00:00")],
)
def test_summary_and_history_agree(
    qtbot: QtBot, database: Database, measured: float, shown: str
) -> None:
    _routine, plan = small_plan()
    hold = next(s for s in plan.steps if s.kind is StepKind.HOLD)
    step = replace(hold, seconds=measured)
    add_session(database, steps=[step])
    view = HistoryView(HistoryRepository(database))
    qtbot.addWidget(view)
    view.short_box.setChecked(True)  # 0.4 s of work is a short start, hidden by default
    in_history = view.model.index(0, COLUMNS.index("Duration")).data()

    tally = Tally(routine_name="Test routine")
    tally.add(hold, StepOutcome.COMPLETED, measured)
    on_summary = summary_lines(tally)[0].removeprefix("Total time: ")

    assert in_history == on_summary == shown
