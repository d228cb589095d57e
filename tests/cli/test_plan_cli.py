"""The plan commands, run in-process on a temporary data folder at an injected time."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from glute_timer.cli import main
from glute_timer.domain import library
from glute_timer.storage.database import open_database
from tests.storage.plan_helpers import add_run

BERLIN = ZoneInfo("Europe/Berlin")
FRIDAY = date(2026, 3, 27)


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder, local time Europe/Berlin, now Friday 27 March 2026 08:00 local."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    monkeypatch.setenv("GLUTE_TIMER_NOW", "2026-03-27T08:00:00+01:00")
    yield tmp_path / "data"
    monkeypatch.undo()  # TZ as it was, then read again
    time.tzset()


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return status, out, err


def wall_push_session(data: Path, day: date = FRIDAY, **kwargs: object) -> None:
    routine = library.builtin_routine("Wall push")
    assert routine is not None
    database = open_database(data / "glute-timer.sqlite3")
    try:
        add_run(database, routine, day, BERLIN, **kwargs)  # type: ignore[arg-type]
    finally:
        database.close()


def test_plan_add_show_and_remove(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    status, out, _ = run(capsys, data, "plan")
    assert status == 0 and "Nothing planned" in out
    status, out, _ = run(capsys, data, "plan", "add", "wall   PUSH", "--daily", "--at", "07:30")
    assert (status, out) == (0, "Added 'Wall push': daily at 07:30.\n")
    run(capsys, data, "plan", "add", "Glute medius strength", "--days", "mon,wed,fri")
    status, out, _ = run(capsys, data, "plan", "add", "Wall push", "--per-week", "5")
    assert out == "Changed 'Wall push': 5 per week.\n"
    status, out, _ = run(capsys, data, "plan", "--json")
    rows = json.loads(out)
    assert [(r["routine"], r["frequency"], r["per_week"], r["weekdays"]) for r in rows] == [
        ("Wall push", "per-week", 5, []),
        ("Glute medius strength", "weekdays", None, ["mon", "wed", "fri"]),
    ]
    status, out, _ = run(capsys, data, "plan", "remove", "WALL PUSH")
    assert (status, out) == (0, "Removed 'Wall push' from the plan.\n")
    status, _, err = run(capsys, data, "plan", "remove", "Wall push")
    assert status == 2 and err.count("\n") == 1 and "not in the plan" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plan", "add", "Nope", "--daily"], "no routine named 'Nope'"),
        (["plan", "add", "Wall push", "--per-week", "8"], "--per-week must be a whole number"),
        (["plan", "add", "Wall push", "--per-week", "x"], "--per-week must be a whole number"),
        (["plan", "add", "Wall push", "--days", "mon,xyz"], "'xyz' is not a weekday"),
        (["plan", "add", "Wall push", "--daily", "--at", "7:30"], "--at: '7:30' is not a time"),
        (["plan", "add", "Wall push", "--daily", "--at", "25:00"], "not a time of day"),
        (["rest-day", "2026-02-30"], "DATE: '2026-02-30' is not a date"),
        (["rest-day", "--kind", "holiday"], "--kind must be one of rest, sick, flare-up"),
        (["rest-day", "--reason", "a\x1bb"], "--reason must not contain control"),
        (["rest-day", "--undo"], "2026-03-27 is not marked as a rest day"),
        (["suggest", "--accept", "3"], "no suggestion '3'"),
    ],
)
def test_bad_values_get_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], data: Path, args: list[str], message: str
) -> None:
    status, out, err = run(capsys, data, *args)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and message in err, err


def test_bad_now_is_refused(
    capsys: pytest.CaptureFixture[str], data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GLUTE_TIMER_NOW", "2026-03-27T08:00:00")
    status, _, err = run(capsys, data, "today")
    assert status == 2 and "needs a UTC offset" in err


def test_today_shows_due_done_streak_and_week(
    capsys: pytest.CaptureFixture[str], data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GLUTE_TIMER_NOW", "2026-03-23T06:00:00+01:00")  # Monday
    run(capsys, data, "plan", "add", "Wall push", "--daily", "--at", "07:30")
    monkeypatch.setenv("GLUTE_TIMER_NOW", "2026-03-27T20:00:00+01:00")  # Friday evening
    for day in (23, 24, 26, 27):
        wall_push_session(data, date(2026, 3, day))
    run(capsys, data, "rest-day", "2026-03-25", "--kind", "flare-up", "--reason", "sore hip")
    status, out, _ = run(capsys, data, "today")
    assert status == 0
    assert out.splitlines() == [
        "Today, Friday 27 March 2026",
        "  [x] Wall push  daily at 07:30",
        "Streak: 4 days",
        "This week: 4 of 4 days done (100%)",
    ]
    status, out, _ = run(capsys, data, "today", "--json")
    report = json.loads(out)
    assert report["streak"] == 4
    assert report["week"] == {"start": "2026-03-23", "done": 4, "due": 4, "adherence": 1.0}
    assert [(d["routine"], d["done"]) for d in report["due"]] == [("Wall push", True)]
    # Without the flare-up day, Wednesday is missed.
    run(capsys, data, "rest-day", "2026-03-25", "--undo")
    report = json.loads(run(capsys, data, "today", "--json")[1])
    assert (report["streak"], report["week"]["done"], report["week"]["due"]) == (2, 4, 5)


def test_rest_day_today_is_shown(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    run(capsys, data, "plan", "add", "Wall push", "--daily")
    status, out, _ = run(capsys, data, "rest-day", "--kind", "sick", "--reason", "a cold")
    assert (status, out) == (0, "2026-03-27 marked as a sick day; it never breaks your streak.\n")
    out = run(capsys, data, "today")[1]
    assert "Marked as a sick day (a cold)" in out
    assert json.loads(run(capsys, data, "today", "--json")[1])["rest_day"] == {
        "kind": "sick",
        "reason": "a cold",
    }


def test_suggest_accept_and_dismiss(
    capsys: pytest.CaptureFixture[str], data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, data, "plan", "add", "Wall push", "--daily")
    for day in (24, 25, 26):
        wall_push_session(data, date(2026, 3, day), effort=5, pain=2)
    status, out, _ = run(capsys, data, "suggest", "--json")
    (suggestion,) = json.loads(out)
    assert (suggestion["kind"], suggestion["routine"]) == ("more", "Wall push")
    assert "+5 s holds" in suggestion["title"]
    status, out, _ = run(capsys, data, "suggest", "--accept", "1")
    assert status == 0 and "'Wall push (custom)'" in out
    assert json.loads(run(capsys, data, "plan", "--json")[1])[0]["routine"] == "Wall push (custom)"
    assert json.loads(run(capsys, data, "suggest", "--json")[1]) == []
    show = json.loads(run(capsys, data, "show", "Wall push (custom)", "--json")[1])
    assert {s["seconds"] for s in show if s["kind"] == "hold"} == {35}
    # A painful session of another routine: ease back, then dismissed for good.
    for day in (25, 26):
        wall_push_session(data, date(2026, 3, day), at=datetime(2026, 1, 1, 18).time(), pain=6)
    out = run(capsys, data, "suggest")[1]
    assert out.startswith("1. Ease back: Wall push with holds 5 s shorter")
    status, out, _ = run(capsys, data, "suggest", "--dismiss", "1")
    assert status == 0 and out.startswith("Dismissed: Ease back")
    assert run(capsys, data, "suggest")[1] == "No suggestions: keep going as planned.\n"


def test_remind_without_anything_due_says_so(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    run(capsys, data, "plan", "add", "Wall push", "--daily", "--at", "09:00")  # not yet time
    status, out, _ = run(capsys, data, "remind")
    assert (status, out) == (0, "Nothing due now.\n")
    run(capsys, data, "plan", "remove", "Wall push")
    # Nothing planned: --wait reminds of nothing and has no later time to wait for.
    status, out, _ = run(capsys, data, "remind", "--wait", "--action-wait", "0")
    assert (status, out) == (0, "Nothing due now.\n")


def test_today_starts_without_qt_or_sqlalchemy_import_cost(tmp_path: Path) -> None:
    """``glute-timer today`` imports no Qt; its wall time is measured in docs/decisions.md."""
    code = (
        "import sys, glute_timer.cli as c; c.main(['--data-dir', sys.argv[1], 'today']);"
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "False"
