"""A plan service on a fresh database with a clock the test moves (Berlin local time)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from glute_timer.domain import library
from glute_timer.domain.model import Routine
from glute_timer.domain.schedule import Frequency, PlanEntry
from glute_timer.storage.database import Database, open_database
from glute_timer.storage.plan_service import PlanService
from tests.storage.plan_helpers import add_run

BERLIN = ZoneInfo("Europe/Berlin")
FRIDAY = date(2026, 3, 27)
MONDAY = FRIDAY - timedelta(days=4)


def builtin(name: str) -> Routine:
    routine = library.builtin_routine(name)
    assert routine is not None
    return routine


WALL = builtin("Wall push")


class Clock:
    """Now, as a local Berlin time the test sets."""

    def __init__(self, day: date, hour: int = 10) -> None:
        self.set(day, hour)

    def set(self, day: date, hour: int = 10) -> None:
        self.now = datetime.combine(day, time(hour), BERLIN).astimezone(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "plan.sqlite3")
    yield db
    db.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(FRIDAY)


@pytest.fixture
def service(database: Database, clock: Clock) -> PlanService:
    return PlanService(database, local_zone=BERLIN, now=clock)


def daily_wall_push(service: PlanService) -> None:
    service.plan.put(PlanEntry("Wall push", Frequency.DAILY, remind_at=time(7, 30), since=MONDAY))


def runs(database: Database, *days: date, **kwargs: object) -> None:
    for day in days:
        add_run(database, WALL, day, BERLIN, **kwargs)  # type: ignore[arg-type]
