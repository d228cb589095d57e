"""The plan in the database, judged against synthetic histories with known answers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from glute_timer.domain import library
from glute_timer.domain.model import Routine, Side
from glute_timer.domain.progression import SuggestionKind
from glute_timer.domain.schedule import Frequency, PlanEntry, RestDay, RestKind
from glute_timer.storage.database import Database, open_database
from glute_timer.storage.plan_service import PlanService
from tests.storage.plan_helpers import add_run

BERLIN = ZoneInfo("Europe/Berlin")


def _builtin(name: str) -> Routine:
    routine = library.builtin_routine(name)
    assert routine is not None
    return routine


WALL = _builtin("Wall push")
FRIDAY = date(2026, 3, 27)  # the Sunday after is a daylight-saving change in Berlin


class Clock:
    def __init__(self, local: datetime) -> None:
        self.now = local.astimezone(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "plan.sqlite3")
    yield db
    db.close()


def service(database: Database, local: datetime) -> PlanService:
    return PlanService(database, local_zone=BERLIN, now=Clock(local))


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), BERLIN)


def daily(name: str = "Wall push", since: date = date(2026, 3, 2)) -> PlanEntry:
    return PlanEntry(name, Frequency.DAILY, remind_at=time(7, 30), since=since)


# ----------------------------------------------------------------- repository


def test_plan_entries_are_added_replaced_renamed_and_removed(database: Database) -> None:
    plan = service(database, at(FRIDAY)).plan
    assert plan.put(daily()) is True
    weekdays = PlanEntry("Mine", Frequency.WEEKDAYS, weekdays=frozenset({0, 4}), since=FRIDAY)
    assert plan.put(weekdays) is True
    # Same routine under another spelling replaces it, keeping the earlier since day.
    assert plan.put(PlanEntry("WALL  PUSH", Frequency.PER_WEEK, per_week=4, since=FRIDAY)) is False
    entries = plan.entries()
    assert [(e.routine, e.frequency, e.per_week, e.since) for e in entries] == [
        ("WALL  PUSH", Frequency.PER_WEEK, 4, date(2026, 3, 2)),
        ("Mine", Frequency.WEEKDAYS, 0, FRIDAY),
    ]
    assert plan.find("mine") == weekdays
    assert plan.rename_routine("wall push", "Wall push (custom)") is True
    assert plan.rename_routine("mine", "Wall push (custom)") is False  # taken
    assert plan.remove("wall push (custom)") is True
    assert plan.remove("wall push (custom)") is False
    assert [e.routine for e in plan.entries()] == ["Mine"]


def test_rest_days_are_marked_changed_and_undone(database: Database) -> None:
    plan = service(database, at(FRIDAY)).plan
    assert plan.mark_rest(RestDay(FRIDAY)) is True
    assert plan.mark_rest(RestDay(FRIDAY, RestKind.FLARE_UP, "hip")) is False
    assert plan.rest_days() == [RestDay(FRIDAY, RestKind.FLARE_UP, "hip")]
    assert plan.rest_days(start=FRIDAY + timedelta(days=1)) == []
    assert plan.unmark_rest(FRIDAY) is True
    assert plan.unmark_rest(FRIDAY) is False


def test_sessions_under_ten_seconds_of_work_are_not_counted(database: Database) -> None:
    add_run(database, WALL, FRIDAY, BERLIN, work_seconds=9.9)
    s = service(database, at(FRIDAY, 12))
    s.plan.put(daily())
    assert [i.done for i in s.today_status().items] == [False]
    add_run(database, WALL, FRIDAY, BERLIN, at=time(11), work_seconds=10.0)
    assert [i.done for i in s.today_status().items] == [True]


def test_a_session_at_23_59_counts_for_that_local_day(database: Database) -> None:
    thursday = FRIDAY - timedelta(days=1)
    add_run(database, WALL, thursday, BERLIN, at=time(23, 59))
    s = service(database, at(FRIDAY, 8))
    s.plan.put(daily(since=thursday))
    status = s.today_status()
    assert [i.done for i in status.items] == [False]
    assert status.streak == 1
    assert (status.adherence.done, status.adherence.due) == (1, 1)


# ------------------------------------------------------- streaks and adherence


def test_a_flare_up_day_keeps_the_streak(database: Database) -> None:
    # Daily wall push since Monday 23 March; Wednesday a flare-up, the rest done.
    monday = date(2026, 3, 23)
    for offset in (0, 1, 3, 4):
        add_run(database, WALL, monday + timedelta(days=offset), BERLIN)
    s = service(database, at(FRIDAY, 20))
    s.plan.put(daily(since=monday))
    assert s.today_status().streak == 2  # Wednesday missed
    s.plan.mark_rest(RestDay(monday + timedelta(days=2), RestKind.FLARE_UP, "sore hip"))
    status = s.today_status()
    assert status.streak == 4
    assert (status.adherence.done, status.adherence.due) == (4, 4)
    assert [i.done for i in status.items] == [True]


def test_weekly_adherence_across_the_clock_change(database: Database) -> None:
    # The week of 23-29 March 2026 has 7 days in Berlin though Sunday is 23 hours long.
    monday = date(2026, 3, 23)
    for offset in range(7):
        add_run(database, WALL, monday + timedelta(days=offset), BERLIN, at=time(23, 59))
    status = service(
        database,
        at(
            monday + timedelta(days=6),
            23,
            59,
        ),
    ).today_status()
    assert status.items == ()  # no plan yet
    s = service(database, at(monday + timedelta(days=6), 23, 59))
    s.plan.put(daily(since=monday))
    status = s.today_status()
    assert (status.adherence.done, status.adherence.due) == (7, 7)
    assert status.streak == 7


def test_rest_day_today_is_reported(database: Database) -> None:
    s = service(database, at(FRIDAY))
    s.plan.put(daily())
    s.plan.mark_rest(RestDay(FRIDAY, RestKind.SICK, "cold"))
    assert s.today_status().rest_day == RestDay(FRIDAY, RestKind.SICK, "cold")


# ---------------------------------------------------------------- reminders


def test_reminders_due_only_after_the_time_and_until_done(database: Database) -> None:
    s = service(database, at(FRIDAY, 7, 29))
    s.plan.put(daily())
    assert s.reminders_due() == []
    assert s.next_reminder() == at(FRIDAY, 7, 30)
    s = service(database, at(FRIDAY, 7, 30))
    assert [i.routine for i in s.reminders_due()] == ["Wall push"]
    assert s.next_reminder() is None
    add_run(database, WALL, FRIDAY, BERLIN, at=time(7, 0))
    assert s.reminders_due() == []


# -------------------------------------------------------------- suggestions


def easy_week(database: Database, start: date, days: int = 3, **kwargs: object) -> None:
    for offset in range(days):
        add_run(database, WALL, start + timedelta(days=offset), BERLIN, effort=4, pain=1, **kwargs)  # type: ignore[arg-type]


def test_easy_sessions_suggest_more_and_accept_makes_a_copy(database: Database) -> None:
    easy_week(database, FRIDAY - timedelta(days=3))
    s = service(database, at(FRIDAY, 12))
    s.plan.put(daily())
    (suggestion,) = s.suggestions()
    assert suggestion.kind is SuggestionKind.MORE and suggestion.routine == "Wall push"
    change = s.accept(suggestion)
    assert change.created_copy == "Wall push (custom)"
    copy = s.routines.find("Wall push (custom)")
    assert copy is not None and not copy.builtin
    assert (copy.routine.exercises[0].hold.left, copy.routine.exercises[0].hold.right) == (35, 35)
    builtin = s.routines.find("Wall push")
    assert builtin is not None and builtin.routine == WALL  # never changed
    assert [e.routine for e in s.plan.entries()] == ["Wall push (custom)"]
    assert s.suggestions() == []  # the copy has no sessions yet; the old step is answered
    s.undo(change)
    assert s.routines.find("Wall push (custom)") is None
    assert [e.routine for e in s.plan.entries()] == ["Wall push"]
    assert [x.key for x in s.suggestions()] == [suggestion.key]


def test_the_weaker_side_comes_first(database: Database) -> None:
    easy_week(database, FRIDAY - timedelta(days=3), held={Side.LEFT: 50.0, Side.RIGHT: 60.0})
    (suggestion,) = service(database, at(FRIDAY, 12)).suggestions()
    assert suggestion.side is Side.LEFT
    assert suggestion.changed is not None
    assert suggestion.changed.exercises[0].hold.left == 35
    assert suggestion.changed.exercises[0].hold.right == 30


def test_a_dismissed_step_stays_hidden(database: Database) -> None:
    easy_week(database, FRIDAY - timedelta(days=3))
    s = service(database, at(FRIDAY, 12))
    (suggestion,) = s.suggestions()
    s.dismiss(suggestion)
    assert s.suggestions() == []
    assert service(database, at(FRIDAY, 13)).suggestions() == []


def test_pain_eases_back_a_custom_routine_in_place_and_undo_restores(database: Database) -> None:
    from dataclasses import replace

    mine = replace(WALL, name="My wall push")
    s = service(database, at(FRIDAY, 12))
    s.routines.save(mine)
    add_run(database, mine, FRIDAY - timedelta(days=1), BERLIN, effort=5, pain=6)
    (suggestion,) = s.suggestions()
    assert suggestion.kind is SuggestionKind.EASE and "pain was 6" in suggestion.reason
    change = s.accept(suggestion)
    found = s.routines.find("My wall push")
    assert found is not None and found.routine.exercises[0].hold.left == 25
    assert s.suggestions() == []
    s.undo(change)
    found = s.routines.find("My wall push")
    assert found is not None and found.routine.exercises[0].hold.left == 30


def test_sessions_older_than_four_weeks_suggest_nothing(database: Database) -> None:
    add_run(database, WALL, FRIDAY - timedelta(days=29), BERLIN, effort=5, pain=8)
    assert service(database, at(FRIDAY, 12)).suggestions() == []


def test_weeks_met_with_one_hard_session_offer_no_next_stage(database: Database) -> None:
    first_monday = date(2026, 3, 2)
    s = service(database, at(date(2026, 3, 23), 12))  # Monday of the fourth week
    s.plan.put(daily(since=first_monday))
    for offset in range(21):
        effort = 7 if offset == 4 else 4  # one effort above 6, in the first week
        add_run(
            database, WALL, first_monday + timedelta(days=offset), BERLIN, effort=effort, pain=1
        )
    assert [x.kind for x in s.suggestions()] == [SuggestionKind.MORE]


def test_easy_weeks_meeting_the_plan_offer_the_next_stage(database: Database) -> None:
    first_monday = date(2026, 3, 2)
    s = service(database, at(date(2026, 3, 23), 12))
    s.plan.put(daily(since=first_monday))
    for offset in range(21):
        day = first_monday + timedelta(days=offset)
        if offset == 9:  # a flare-up Wednesday in week two: forgiven
            s.plan.mark_rest(RestDay(day, RestKind.FLARE_UP))
            continue
        add_run(database, WALL, day, BERLIN, effort=4, pain=1)
    kinds = {x.kind: x for x in s.suggestions()}
    assert set(kinds) == {SuggestionKind.MORE, SuggestionKind.NEXT_STAGE}
    stage = kinds[SuggestionKind.NEXT_STAGE]
    assert stage.add_routine == "Glute medius strength"
    change = s.accept(stage)
    added = s.plan.find("Glute medius strength")
    assert added is not None and (added.frequency, added.per_week) == (Frequency.PER_WEEK, 3)
    assert all(x.kind is not SuggestionKind.NEXT_STAGE for x in s.suggestions())
    s.undo(change)
    assert s.plan.find("Glute medius strength") is None


def test_a_missed_day_in_the_three_weeks_offers_no_next_stage(database: Database) -> None:
    first_monday = date(2026, 3, 2)
    s = service(database, at(date(2026, 3, 23), 12))
    s.plan.put(daily(since=first_monday))
    for offset in range(21):
        if offset != 9:
            add_run(database, WALL, first_monday + timedelta(days=offset), BERLIN, effort=4, pain=1)
    assert all(x.kind is not SuggestionKind.NEXT_STAGE for x in s.suggestions())


def test_the_morning_habit_is_offered_once_to_a_new_person(database: Database) -> None:
    s = service(database, at(FRIDAY, 12))
    offer = s.habit_offer()
    assert offer is not None and offer.title == "Make Wall push a morning habit"
    change = s.accept(offer)
    (entry,) = s.plan.entries()
    assert (entry.routine, entry.frequency, entry.remind_at) == (
        "Wall push",
        Frequency.DAILY,
        time(7, 30),
    )
    assert s.habit_offer() is None
    s.undo(change)
    assert s.plan.entries() == []
    offer = s.habit_offer()
    assert offer is not None
    s.dismiss(offer)
    assert s.habit_offer() is None
    # Someone who planned something themselves is not offered it.
    other = service(database, at(FRIDAY, 12))
    other.plan.undismiss(offer.key)
    other.plan.put(daily())
    assert other.habit_offer() is None
