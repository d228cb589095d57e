"""The report's numbers from small synthetic histories with known answers."""

from __future__ import annotations

from datetime import UTC, date
from typing import Any

from glute_timer.report.data import build_report
from glute_timer.report.table import report_rows


def _hold(
    side: str | None, actual: float, outcome: str = "completed", n: int = 1
) -> dict[str, Any]:
    return {
        "kind": "hold",
        "exercise": "Wall push",
        "side": side,
        "set": n,
        "planned_seconds": 30.0,
        "actual_seconds": actual,
        "outcome": outcome,
    }


def _session(started: str, steps: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "id": 1,
        "uid": None,
        "routine": extra.pop("routine", "Wall push"),
        "started_at": started,
        "ended_at": None,
        "status": extra.pop("status", "completed"),
        "effort": extra.pop("effort", None),
        "pain": extra.pop("pain", None),
        "notes": extra.pop("notes", ""),
        "steps": steps,
    }


HISTORY = [
    _session(
        "2026-03-02T08:00:00.000Z",
        [_hold("left", 30), _hold("right", 20, "skipped"), _hold("left", 30, n=2)],
        effort=6,
        pain=4,
        notes="  tight  ",
    ),
    _session(
        "2026-03-04T23:30:00.000Z",  # 5 March in UTC+1, 4 March in UTC
        [_hold("left", 30), _hold("right", 30)],
        effort=5,
    ),
    _session("2026-03-05T09:00:00.000Z", [_hold("left", 5)], status="stopped"),  # accidental
    _session(
        "2026-03-06T09:00:00.000Z",
        [
            {
                "kind": "reps",
                "exercise": "Clamshell",
                "side": None,
                "set": 1,
                "planned_seconds": 36.0,
                "actual_seconds": 40.0,
                "outcome": "completed",
            }
        ],
        routine="Clamshell",
        pain=1,
    ),
    _session("2026-03-10T09:00:00.000Z", [_hold("left", 30)]),  # after the period
]


def test_totals_per_side() -> None:
    report = build_report(HISTORY, date(2026, 3, 1), date(2026, 3, 8), zone=UTC)
    assert report.accidental_starts == 1
    assert report.sessions == 3
    assert report.session_days == {date(2026, 3, 2), date(2026, 3, 4), date(2026, 3, 6)}
    wall, clam = report.routines
    assert (wall.name, wall.sessions, wall.completed) == ("Wall push", 2, 2)
    left, right = wall.sides
    assert (left.side, left.holds_completed, left.holds_reached) == ("left", 3, 3)
    assert (left.seconds_held, left.seconds_planned) == (90.0, 90.0)
    assert (right.holds_completed, right.holds_reached, right.seconds_held) == (1, 2, 50.0)
    assert [p.seconds["left"] for p in wall.held] == [60.0, 30.0]
    assert [(r.effort, r.pain) for r in wall.ratings] == [(6, 4), (5, None)]
    assert [(s.side, s.actual_seconds, s.outcome) for s in wall.short_steps] == [
        ("right", 20, "skipped")
    ]
    assert [n.text for n in wall.notes] == ["tight"]
    (none,) = clam.sides
    assert (none.side, none.reps_completed, none.reps_reached, none.holds_reached) == (
        "none",
        1,
        1,
        0,
    )


def test_local_dates_decide_the_period() -> None:
    from datetime import timedelta, timezone

    plus_one = timezone(timedelta(hours=1))
    report = build_report(HISTORY, date(2026, 3, 5), date(2026, 3, 5), zone=plus_one)
    assert report.session_days == {date(2026, 3, 5)}
    assert report.accidental_starts == 1
    assert [r.sessions for r in report.routines] == [1]


def test_routine_filter_and_csv_rows() -> None:
    report = build_report(
        HISTORY, date(2026, 3, 1), date(2026, 3, 31), routine="Clamshell", zone=UTC
    )
    assert [r.name for r in report.routines] == ["Clamshell"]
    rows = list(report_rows(report))
    assert ("Clamshell", "reps_sets_completed", "none", "", 1, "") in rows
    assert ("", "days_with_session", "", "", 1, "") in rows
    assert ("Clamshell", "pain", "", "2026-03-06T09:00:00+00:00", 1, "") in rows
