"""Short starts: sessions with under 10 s of holds and reps are left out on request only."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from glute_timer.domain.plan import StepKind
from glute_timer.storage.database import Database
from glute_timer.storage.history_repository import HistoryRepository
from tests.storage.history_helpers import T0, add_session, small_plan


def test_short_starts_are_left_out_only_when_asked(database: Database) -> None:
    _routine, plan = small_plan()
    hold = next(s for s in plan.steps if s.kind is StepKind.HOLD)
    prepare = next(s for s in plan.steps if s.kind is StepKind.PREPARE)
    long_one = add_session(database, started_at=T0)
    nothing = add_session(database, started_at=T0 + timedelta(hours=1), steps=[prepare])
    short = add_session(
        database, started_at=T0 + timedelta(hours=2), steps=[replace(hold, seconds=9.5)]
    )
    # two holds of 6 s: no single step reaches 10 s, but together they do
    summed = add_session(
        database, started_at=T0 + timedelta(hours=3), steps=[replace(hold, seconds=6.0)] * 2
    )
    repository = HistoryRepository(database)
    assert repository.count_sessions() == 4
    assert repository.count_sessions(hide_short=True) == 2
    kept = {s.id for s in repository.list_sessions(hide_short=True)}
    assert kept == {long_one, summed}
    assert {s.id for s in repository.list_sessions()} == {long_one, nothing, short, summed}
