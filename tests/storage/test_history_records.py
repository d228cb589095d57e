"""The history's pure arithmetic: weeks, day counts and streaks, without a database."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from glute_timer.storage.history_records import (
    Streaks,
    WeeklySideTotal,
    day_counts,
    streaks,
    week_start,
    weekly_side_totals,
)

MON = date(2026, 11, 2)  # a Monday


def test_records_load_without_sqlalchemy() -> None:
    code = "import sys, glute_timer.storage.history_records; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_weeks_start_on_monday_and_gaps_are_listed() -> None:
    assert week_start(date(2026, 11, 8)) == MON
    holds = [
        (date(2026, 11, 3), "left", 30.0),
        (date(2026, 11, 4), "right", 20.0),
        (date(2026, 11, 18), None, 5.0),
    ]
    assert weekly_side_totals(holds) == [
        WeeklySideTotal(MON, 30.0, 20.0, 0.0),
        WeeklySideTotal(date(2026, 11, 9), 0.0, 0.0, 0.0),
        WeeklySideTotal(date(2026, 11, 16), 0.0, 0.0, 5.0),
    ]
    since = date(2026, 10, 28)
    assert weekly_side_totals(holds, since)[0].week_start == date(2026, 10, 26)
    assert weekly_side_totals([], since) == []


def test_day_counts_count_sessions_per_day() -> None:
    assert day_counts([MON, MON, date(2026, 11, 4)]) == {MON: 2, date(2026, 11, 4): 1}


def test_streak_runs_to_today_or_yesterday_and_the_best_is_kept() -> None:
    days = [date(2026, 11, d) for d in (1, 2, 3, 4, 7, 8)]
    assert streaks(days, today=date(2026, 11, 9)) == Streaks(current=2, longest=4, active_days=6)
    assert streaks(days, today=date(2026, 11, 10)) == Streaks(current=0, longest=4, active_days=6)
    assert streaks([], today=MON) == Streaks(current=0, longest=0, active_days=0)
