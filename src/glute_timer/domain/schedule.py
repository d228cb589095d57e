"""The plan's rules: what is due on a local day, which sessions count, streaks and adherence.

Everything here works on local calendar dates (``datetime.date``); an instant becomes a date
only through :func:`local_day`, so daylight-saving changes never add or drop a day. Weeks
start on Monday, as in the history's charts.

Per-week plans ("3 per week") have no fixed days. Within a week, the days still needed
(``per_week`` minus the days already done) are *assigned to the latest days of the week*
that have no session, so an early day is never counted as missed while the week can still
be met. Rest days do not move that assignment: an assigned day that is a rest day is
forgiven, never missed. That makes marking a rest day unable to lower adherence or a streak.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Final

from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.names import name_key

MIN_WORK_SECONDS: Final = 10.0
"""A session counts for the plan only with at least this much hold/reps time."""

WEEKDAY_NAMES: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""The days as typed (``--days mon,wed``) and stored: English in every language."""

WEEKDAY_LABELS: Final = (
    QT_TRANSLATE_NOOP("Schedule", "mon"),
    QT_TRANSLATE_NOOP("Schedule", "tue"),
    QT_TRANSLATE_NOOP("Schedule", "wed"),
    QT_TRANSLATE_NOOP("Schedule", "thu"),
    QT_TRANSLATE_NOOP("Schedule", "fri"),
    QT_TRANSLATE_NOOP("Schedule", "sat"),
    QT_TRANSLATE_NOOP("Schedule", "sun"),
)
"""The short day names as shown, Monday first (translate with the "Schedule" context)."""


class Frequency(StrEnum):
    """How often a routine is planned."""

    DAILY = "daily"
    PER_WEEK = "per-week"
    WEEKDAYS = "weekdays"


class RestKind(StrEnum):
    """Why a day is off: all of them forgive the day."""

    REST = "rest"
    SICK = "sick"
    FLARE_UP = "flare-up"


class DayStatus(StrEnum):
    """How a day stands against the plan."""

    MET = "met"  # everything due was done
    MISSED = "missed"  # something due was not done and the day is over
    OPEN = "open"  # today (or later), something due is not done yet
    REST = "rest"  # a rest day with nothing done: excluded from everything
    FREE = "free"  # nothing due


@dataclass(frozen=True)
class PlanEntry:
    """One routine of the plan and how often it is meant to be done.

    ``weekdays`` holds ``date.weekday()`` numbers (0 is Monday) for :attr:`Frequency.WEEKDAYS`;
    ``per_week`` is the number of days a week for :attr:`Frequency.PER_WEEK`. ``since`` is the
    first local day the entry applies to (days before it are never due).
    """

    routine: str
    frequency: Frequency
    per_week: int = 0
    weekdays: frozenset[int] = frozenset()
    remind_at: time | None = None
    since: date = date(1970, 1, 1)

    def __post_init__(self) -> None:
        if self.frequency is Frequency.PER_WEEK and not 1 <= self.per_week <= 7:
            problem = translate("Schedule", "per week must be 1 to 7, not {count}")
            raise ValueError(problem.format(count=self.per_week))
        if self.frequency is Frequency.WEEKDAYS and (
            not self.weekdays or not self.weekdays <= frozenset(range(7))
        ):
            raise ValueError(
                translate("Schedule", "weekdays must name at least one day, each 0 (Monday) to 6")
            )

    @property
    def key(self) -> str:
        return name_key(self.routine)

    def describe(self) -> str:
        """``daily``, ``3 per week``, ``mon, wed, fri``; with ``at 07:30`` when reminded.

        In the person's language (the reminder time as HH:MM in every language).
        """
        at = None if self.remind_at is None else f"{self.remind_at:%H:%M}"
        days = ", ".join(translate("Schedule", WEEKDAY_LABELS[d]) for d in sorted(self.weekdays))
        if self.frequency is Frequency.DAILY:
            if at is None:
                return translate("Schedule", "daily")
            return translate("Schedule", "daily at {time}").format(time=at)
        if self.frequency is Frequency.PER_WEEK:
            if at is None:
                return translate("Schedule", "{count} per week").format(count=self.per_week)
            text = translate("Schedule", "{count} per week at {time}")
            return text.format(count=self.per_week, time=at)
        if at is None:
            return days
        return translate("Schedule", "{days} at {time}").format(days=days, time=at)


@dataclass(frozen=True)
class RestDay:
    """A day marked as rest, sick or flare-up, with an optional reason."""

    day: date
    kind: RestKind = RestKind.REST
    reason: str = ""


@dataclass(frozen=True)
class CountedSession:
    """What the plan needs to know about a recorded session."""

    routine: str
    started_at: datetime
    work_seconds: float


@dataclass(frozen=True)
class PlanHistory:
    """Which local days each routine was done on (by name key), and the rest days."""

    done: Mapping[str, frozenset[date]] = field(default_factory=dict)
    rest_days: Mapping[date, RestDay] = field(default_factory=dict)

    def done_on(self, entry: PlanEntry, day: date) -> bool:
        return day in self.done.get(entry.key, frozenset())

    def is_rest(self, day: date) -> bool:
        return day in self.rest_days


def local_day(moment: datetime, zone: tzinfo | None = None) -> date:
    """The local calendar day ``moment`` falls on (``zone`` None: the system's local time)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass timezone-aware instants")
    return moment.astimezone(zone).date()


def counts(session: CountedSession) -> bool:
    """True when the session has enough work to count for the plan."""
    return session.work_seconds >= MIN_WORK_SECONDS


def build_history(
    sessions: Iterable[CountedSession],
    rest_days: Iterable[RestDay] = (),
    zone: tzinfo | None = None,
) -> PlanHistory:
    """The days done per routine, from sessions counted on the local day they started."""
    done: dict[str, set[date]] = {}
    for session in sessions:
        if counts(session):
            done.setdefault(name_key(session.routine), set()).add(
                local_day(session.started_at, zone)
            )
    return PlanHistory(
        {key: frozenset(days) for key, days in done.items()},
        {rest.day: rest for rest in rest_days},
    )


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def week_days(day: date) -> list[date]:
    """The seven dates of ``day``'s week, Monday first."""
    start = week_start(day)
    return [start + timedelta(days=offset) for offset in range(7)]


def _per_week_assigned(entry: PlanEntry, history: PlanHistory, day: date) -> frozenset[date]:
    """The days of ``day``'s week that a per-week entry still needs, latest days first."""
    days = [d for d in week_days(day) if d >= entry.since]
    done = [d for d in days if history.done_on(entry, d)]
    need = entry.per_week - len(done)
    if need <= 0:
        return frozenset()
    candidates = [d for d in days if not history.done_on(entry, d)]
    return frozenset(candidates[-need:])


def entry_status(entry: PlanEntry, history: PlanHistory, day: date, today: date) -> DayStatus:
    """How ``day`` stands for one entry, judged on ``today`` (later days are OPEN if due)."""
    if day < entry.since:
        return DayStatus.FREE
    if history.done_on(entry, day):
        return DayStatus.MET
    if entry.frequency is Frequency.WEEKDAYS and day.weekday() not in entry.weekdays:
        return DayStatus.FREE
    if entry.frequency is Frequency.PER_WEEK and day not in _per_week_assigned(entry, history, day):
        return DayStatus.FREE
    if history.is_rest(day):
        return DayStatus.REST
    return DayStatus.MISSED if day < today else DayStatus.OPEN


def day_status(
    plan: Iterable[PlanEntry], history: PlanHistory, day: date, today: date
) -> DayStatus:
    """How ``day`` stands for the whole plan: missed if any entry missed it, met if all done."""
    statuses = {entry_status(entry, history, day, today) for entry in plan}
    for status in (DayStatus.MISSED, DayStatus.OPEN, DayStatus.MET):
        if status in statuses:
            return status
    return DayStatus.REST if history.is_rest(day) else DayStatus.FREE


def streak(plan: Iterable[PlanEntry], history: PlanHistory, today: date) -> int:
    """Days that met the plan, counted back from today until a missed day.

    Rest days and days with nothing due are passed over (they neither count nor break the
    run); today counts once it is met and never breaks the run while it is still open.
    """
    entries = list(plan)
    if not entries:
        return 0
    first = min(entry.since for entry in entries)
    run = 0
    day = today
    while day >= first:
        status = day_status(entries, history, day, today)
        if status is DayStatus.MISSED:
            break
        if status is DayStatus.MET:
            run += 1
        day -= timedelta(days=1)
    return run


@dataclass(frozen=True)
class Adherence:
    """Days done over days due in one week; rest days and today while open are left out."""

    week_start: date
    done: int
    due: int

    @property
    def ratio(self) -> float | None:
        """``done / due``, or None while nothing has been due."""
        return None if self.due == 0 else self.done / self.due


def week_adherence(
    plan: Iterable[PlanEntry], history: PlanHistory, day: date, today: date
) -> Adherence:
    """Adherence of ``day``'s week as judged on ``today`` (days after today are not due yet)."""
    entries = list(plan)
    done = due = 0
    for d in week_days(day):
        if d > today:
            break
        status = day_status(entries, history, d, today)
        if status is DayStatus.MET:
            done += 1
            due += 1
        elif status is DayStatus.MISSED:
            due += 1
    return Adherence(week_start(day), done, due)


def week_met(plan: Iterable[PlanEntry], history: PlanHistory, day: date, today: date) -> bool:
    """True when ``day``'s week had something due and nothing due was missed."""
    adherence = week_adherence(plan, history, day, today)
    return adherence.due > 0 and adherence.done == adherence.due


@dataclass(frozen=True)
class TodayItem:
    """A routine on today's list: done or not, and for per-week plans the week's count."""

    entry: PlanEntry
    done: bool
    done_this_week: int
    needed_this_week: int | None  # per-week entries only

    @property
    def routine(self) -> str:
        return self.entry.routine


def today_items(plan: Iterable[PlanEntry], history: PlanHistory, today: date) -> list[TodayItem]:
    """What is on today's list: entries scheduled today, and per-week ones not yet met.

    A per-week entry is listed every day until its week is met (the person may do it any
    day), and on the day it was done.
    """
    items: list[TodayItem] = []
    week = week_days(today)
    for entry in plan:
        if today < entry.since:
            continue
        done_today = history.done_on(entry, today)
        done_week = sum(1 for d in week if d >= entry.since and history.done_on(entry, d))
        if entry.frequency is Frequency.PER_WEEK:
            listed = done_today or done_week < entry.per_week
            needed: int | None = entry.per_week
        else:
            listed = entry.frequency is Frequency.DAILY or today.weekday() in entry.weekdays
            needed = None
        if listed:
            items.append(TodayItem(entry, done_today, done_week, needed))
    return items


def reminders_due(
    plan: Iterable[PlanEntry], history: PlanHistory, now_local: datetime
) -> list[TodayItem]:
    """Entries to remind about at ``now_local`` (a local wall time).

    Nothing on a rest day; otherwise entries on today's list, not done today, whose reminder
    time has come. Entries without a reminder time are never reminded.
    """
    today = now_local.date()
    if history.is_rest(today):
        return []
    moment = now_local.time().replace(tzinfo=None)
    return [
        item
        for item in today_items(plan, history, today)
        if not item.done and item.entry.remind_at is not None and item.entry.remind_at <= moment
    ]


def parse_weekdays(text: str) -> frozenset[int]:
    """``mon,wed,fri`` as weekday numbers; raises ValueError naming a bad day."""
    days: set[int] = set()
    for part in text.split(","):
        word = part.strip().lower()[:3]
        if word not in WEEKDAY_NAMES:
            problem = translate("Schedule", "{text} is not a weekday (use {days})")
            raise ValueError(problem.format(text=repr(part.strip()), days=", ".join(WEEKDAY_NAMES)))
        days.add(WEEKDAY_NAMES.index(word))
    return frozenset(days)


def parse_clock_time(text: str) -> time:
    """``07:30`` as a time; raises ValueError unless it is HH:MM on a 24-hour clock."""
    parts = text.strip().split(":")
    if len(parts) != 2 or not all(p.isdigit() and len(p) == 2 for p in parts):
        problem = translate("Schedule", "{text} is not a time as HH:MM (e.g. 07:30)")
        raise ValueError(problem.format(text=repr(text)))
    hour, minute = int(parts[0]), int(parts[1])
    if hour > 23 or minute > 59:
        problem = translate("Schedule", "{text} is not a time of day (00:00 to 23:59)")
        raise ValueError(problem.format(text=repr(text)))
    return time(hour, minute)
