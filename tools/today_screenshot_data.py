"""Fills a data folder for the "today" screenshot: Wall push daily at 07:30 and the strength
routine 3 times a week, a week with one missed day, and three easy Wall push sessions with
the right side held less (so "+5 s on the right side" is suggested).

    python tools/today_screenshot_data.py DATA_DIR

then run the app with GLUTE_TIMER_NOW=2026-03-27T10:00:00+00:00 (tools/today_screenshot.sh).
"""

from __future__ import annotations

import sys
from datetime import UTC, date, time, timedelta
from pathlib import Path

from tests.storage.plan_helpers import add_run

from glute_timer.domain import library
from glute_timer.domain.model import Side
from glute_timer.domain.schedule import Frequency, PlanEntry
from glute_timer.paths import database_path
from glute_timer.storage.database import open_database
from glute_timer.storage.plan_repository import PlanRepository

FRIDAY = date(2026, 3, 27)
MONDAY = FRIDAY - timedelta(days=4)


def main(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    database = open_database(database_path(directory))
    wall = library.builtin_routine("Wall push")
    strength = library.builtin_routine("Glute medius strength")
    assert wall is not None and strength is not None
    plan = PlanRepository(database)
    plan.put(PlanEntry(wall.name, Frequency.DAILY, remind_at=time(7, 30), since=MONDAY))
    plan.put(PlanEntry(strength.name, Frequency.PER_WEEK, per_week=3, since=MONDAY))
    add_run(database, wall, MONDAY, UTC, effort=5, pain=3)
    for offset in (1, 3, 4):  # Wednesday missed
        day = MONDAY + timedelta(days=offset)
        add_run(database, wall, day, UTC, effort=4, pain=1, held={Side.LEFT: 60, Side.RIGHT: 50})
    add_run(database, strength, MONDAY + timedelta(days=1), UTC, at=time(18), effort=6, pain=2)
    database.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
