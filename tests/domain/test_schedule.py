"""The plan's rules on known histories, and properties that must hold for any history."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glute_timer.domain.schedule import (
    MIN_WORK_SECONDS,
    CountedSession,
    DayStatus,
    Frequency,
    PlanEntry,
    PlanHistory,
    RestDay,
    RestKind,
    build_history,
    day_status,
    parse_clock_time,
    parse_weekdays,
    reminders_due,
    streak,
    today_items,
    week_adherence,
    week_days,
)

MONDAY = date(2026, 3, 2)
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SINCE = date(2026, 1, 5)

DAILY = PlanEntry("Wall push", Frequency.DAILY, since=SINCE)
THREE_A_WEEK = PlanEntry("Glute medius strength", Frequency.PER_WEEK, per_week=3, since=SINCE)
MON_WED_FRI = PlanEntry(
    "Glute medius strength", Frequency.WEEKDAYS, weekdays=frozenset({0, 2, 4}), since=SINCE
)


def day(offset: int) -> date:
    return MONDAY + timedelta(days=offset)


def history(done: dict[str, list[date]], rest: list[date] = ()) -> PlanHistory:  # type: ignore[assignment]
    from glute_timer.domain.names import name_key

    return PlanHistory(
        {name_key(k): frozenset(v) for k, v in done.items()}, {d: RestDay(d) for d in rest}
    )


# ------------------------------------------------------------- sessions that count


def test_a_session_counts_on_the_local_day_it_started() -> None:
    # 23:30 in Berlin on Monday is 22:30 UTC; ended after midnight, still Monday.
    started = datetime(2026, 3, 2, 22, 30, tzinfo=UTC)
    h = build_history([CountedSession("Wall push", started, 120.0)], zone=BERLIN)
    assert h.done_on(DAILY, day(0))
    # The same instant in New York is Monday afternoon, in Tokyo Tuesday morning.
    tokyo = build_history(
        [CountedSession("Wall push", started, 120.0)], zone=ZoneInfo("Asia/Tokyo")
    )
    assert tokyo.done_on(DAILY, day(1)) and not tokyo.done_on(DAILY, day(0))


def test_sessions_under_ten_seconds_of_work_do_not_count() -> None:
    at = datetime(2026, 3, 2, 8, tzinfo=UTC)
    short = build_history([CountedSession("Wall push", at, MIN_WORK_SECONDS - 0.01)], zone=UTC)
    enough = build_history([CountedSession("Wall push", at, MIN_WORK_SECONDS)], zone=UTC)
    assert not short.done_on(DAILY, day(0))
    assert enough.done_on(DAILY, day(0))


def test_routine_names_match_by_name_key() -> None:
    at = datetime(2026, 3, 2, 8, tzinfo=UTC)
    h = build_history([CountedSession("  WALL   push ", at, 60.0)], zone=UTC)
    assert h.done_on(DAILY, day(0))


# ------------------------------------------------------------------ due today


def test_daily_is_due_every_day_and_weekdays_only_on_theirs() -> None:
    h = history({})
    assert [i.routine for i in today_items([DAILY, MON_WED_FRI], h, day(0))] == [
        "Wall push",
        "Glute medius strength",
    ]
    assert [i.routine for i in today_items([DAILY, MON_WED_FRI], h, day(1))] == ["Wall push"]


def test_per_week_is_listed_until_the_week_is_met_and_on_the_day_done() -> None:
    h = history({"Glute medius strength": [day(0), day(1), day(2)]})
    monday = today_items([THREE_A_WEEK], h, day(0))
    assert [(i.done, i.done_this_week, i.needed_this_week) for i in monday] == [(True, 3, 3)]
    assert today_items([THREE_A_WEEK], h, day(3)) == []
    h2 = history({"Glute medius strength": [day(0)]})
    items = today_items([THREE_A_WEEK], h2, day(3))
    assert [(i.done, i.done_this_week) for i in items] == [(False, 1)]


def test_nothing_is_due_before_the_entry_was_added() -> None:
    entry = PlanEntry("Wall push", Frequency.DAILY, since=day(3))
    assert today_items([entry], history({}), day(2)) == []
    assert day_status([entry], history({}), day(2), day(5)) is DayStatus.FREE


# ------------------------------------------------------------------- streaks


def test_streak_counts_met_days_back_to_the_first_missed() -> None:
    h = history({"Wall push": [day(0), day(1), day(3), day(4), day(5)]})
    assert streak([DAILY], h, day(5)) == 3  # day(2) missed
    # Today still open does not break the run.
    assert streak([DAILY], h, day(6)) == 3
    # Yesterday missed does.
    assert streak([DAILY], h, day(7)) == 0


def test_rest_days_never_break_a_streak() -> None:
    h = history({"Wall push": [day(0), day(1), day(3), day(4)]}, rest=[day(2)])
    assert streak([DAILY], h, day(4)) == 4
    flare = PlanHistory(h.done, {day(2): RestDay(day(2), RestKind.FLARE_UP, "hip")})
    assert streak([DAILY], flare, day(4)) == 4


def test_streak_passes_over_days_with_nothing_due() -> None:
    h = history({"Glute medius strength": [day(0), day(2), day(4), day(7)]})
    assert streak([MON_WED_FRI], h, day(8)) == 4
    assert streak([MON_WED_FRI], h, day(9)) == 4  # Wednesday still open
    assert streak([MON_WED_FRI], h, day(10)) == 0  # Wednesday day(9) missed


def test_per_week_misses_only_the_days_the_week_could_no_longer_be_met() -> None:
    # Done Monday only: two more were needed; Saturday and Sunday are the missed ones.
    h = history({"Glute medius strength": [day(0)]})
    statuses = [day_status([THREE_A_WEEK], h, d, day(7)) for d in week_days(day(0))]
    assert statuses == [DayStatus.MET] + [DayStatus.FREE] * 4 + [DayStatus.MISSED] * 2
    # On Thursday nothing is missed yet.
    assert week_adherence([THREE_A_WEEK], h, day(3), day(3)).due == 1


# ----------------------------------------------------------------- adherence


def test_adherence_is_days_done_over_days_due_without_rest_days() -> None:
    h = history({"Wall push": [day(0), day(1), day(3)]}, rest=[day(2)])
    adherence = week_adherence([DAILY], h, day(0), day(6))
    # Mon, Tue, Thu done; Wed rest; Fri, Sat missed; Sunday (today) still open.
    assert (adherence.done, adherence.due) == (3, 5)
    assert adherence.ratio == pytest.approx(0.6)


def test_adherence_counts_today_once_done() -> None:
    h = history({"Wall push": [day(0)]})
    assert week_adherence([DAILY], h, day(0), day(0)).ratio == 1.0
    assert week_adherence([DAILY], history({}), day(0), day(0)).ratio is None


def test_per_week_adherence_of_a_finished_week() -> None:
    met = history({"Glute medius strength": [day(0), day(3), day(6)]})
    assert week_adherence([THREE_A_WEEK], met, day(0), day(7)).ratio == 1.0
    two = history({"Glute medius strength": [day(0), day(3)]})
    assert (week_adherence([THREE_A_WEEK], two, day(0), day(7)).done, 3) == (2, 3)
    # The missing day fell on a marked rest day (Sunday): forgiven.
    rested = history({"Glute medius strength": [day(0), day(3)]}, rest=[day(6)])
    assert week_adherence([THREE_A_WEEK], rested, day(0), day(7)).ratio == 1.0


def test_a_week_with_a_daylight_saving_change_counts_seven_days() -> None:
    # Europe/Berlin springs forward on Sunday 2026-03-29; New York on 2026-03-08.
    for zone, monday in ((BERLIN, date(2026, 3, 23)), (NEW_YORK, date(2026, 3, 2))):
        sessions = [
            CountedSession(
                "Wall push",
                datetime.combine(monday + timedelta(days=n), time(23, 59), zone),
                60.0,
            )
            for n in range(7)
        ]
        h = build_history(sessions, zone=zone)
        adherence = week_adherence([DAILY], h, monday, monday + timedelta(days=7))
        assert (adherence.done, adherence.due) == (7, 7)
        assert len(week_days(monday)) == 7


# ----------------------------------------------------------------- reminders


def test_reminders_only_when_due_not_done_time_come_and_no_rest_day() -> None:
    entry = PlanEntry("Wall push", Frequency.DAILY, remind_at=time(7, 30), since=SINCE)
    at = datetime.combine(day(0), time(7, 30))
    assert [i.routine for i in reminders_due([entry], history({}), at)] == ["Wall push"]
    assert reminders_due([entry], history({}), at - timedelta(minutes=1)) == []
    assert reminders_due([entry], history({"Wall push": [day(0)]}), at) == []
    assert reminders_due([entry], history({}, rest=[day(0)]), at) == []
    assert reminders_due([DAILY], history({}), at) == []  # no reminder time


# -------------------------------------------------------------------- parsing


def test_parse_weekdays_and_times() -> None:
    assert parse_weekdays("mon,wed,FRI") == frozenset({0, 2, 4})
    assert parse_clock_time("07:30") == time(7, 30)
    with pytest.raises(ValueError, match="'funday' is not a weekday"):
        parse_weekdays("mon,funday")
    for bad in ("7:30", "24:00", "07:60", "0730", "ab:cd"):
        with pytest.raises(ValueError):
            parse_clock_time(bad)


def test_entry_values_are_checked() -> None:
    with pytest.raises(ValueError):
        PlanEntry("x", Frequency.PER_WEEK, per_week=0)
    with pytest.raises(ValueError):
        PlanEntry("x", Frequency.WEEKDAYS)


# ---------------------------------------------------------------- properties

ENTRIES = st.sampled_from([DAILY, THREE_A_WEEK, MON_WED_FRI]).flatmap(
    lambda first: st.lists(st.sampled_from([DAILY, THREE_A_WEEK, MON_WED_FRI]), max_size=2).map(
        lambda rest: list(dict.fromkeys([first, *rest]))
    )
)
DAYS = st.integers(min_value=-10, max_value=20).map(day)
KEYS = st.sampled_from(["Wall push", "Glute medius strength"])


@st.composite
def histories(draw: st.DrawFn) -> PlanHistory:
    done = draw(st.dictionaries(KEYS, st.lists(DAYS, max_size=15)))
    rest = draw(st.lists(DAYS, max_size=6))
    return history(done, rest)


def _as_number(ratio: float | None) -> float:
    return 1.0 if ratio is None else ratio  # nothing due: nothing missed


@settings(max_examples=300, deadline=None)
@given(plan=ENTRIES, h=histories(), rest=DAYS, today=DAYS)
def test_marking_a_rest_day_never_lowers_adherence_or_streak(
    plan: list[PlanEntry], h: PlanHistory, rest: date, today: date
) -> None:
    rested = PlanHistory(h.done, {**h.rest_days, rest: RestDay(rest, RestKind.SICK)})
    assert streak(plan, rested, today) >= streak(plan, h, today)
    for week in (today - timedelta(days=7), today):
        before = week_adherence(plan, h, week, today)
        after = week_adherence(plan, rested, week, today)
        assert _as_number(after.ratio) >= _as_number(before.ratio) - 1e-12
        assert after.done >= before.done


@settings(max_examples=200, deadline=None)
@given(
    local=st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.none()
    ),
    zone=st.sampled_from([BERLIN, NEW_YORK]),
)
def test_a_session_at_23_59_local_counts_for_that_day(local: datetime, zone: ZoneInfo) -> None:
    started = datetime.combine(local.date(), time(23, 59, 59), zone).astimezone(UTC)
    h = build_history([CountedSession("Wall push", started, 30.0)], zone=zone)
    assert h.done_on(DAILY, local.date())
    assert not h.done_on(DAILY, local.date() + timedelta(days=1))


@settings(max_examples=100, deadline=None)
@given(
    monday=st.dates(min_value=date(2026, 1, 5), max_value=date(2030, 12, 30)).map(
        lambda d: d - timedelta(days=d.weekday())
    ),
    zone=st.sampled_from([BERLIN, NEW_YORK]),
    minute=st.integers(min_value=0, max_value=24 * 60 - 1),
)
def test_every_week_counts_seven_days_whatever_the_clock_change(
    monday: date, zone: ZoneInfo, minute: int
) -> None:
    at = time(minute // 60, minute % 60)
    sessions = [
        CountedSession("Wall push", datetime.combine(d, at, zone).astimezone(UTC), 30.0)
        for d in week_days(monday)
    ]
    h = build_history(sessions, zone=zone)
    adherence = week_adherence([DAILY], h, monday, monday + timedelta(days=7))
    assert (adherence.done, adherence.due) == (7, 7)
