"""What the history holds, as plain records, and the arithmetic on them (no SQLAlchemy).

The repository (:mod:`glute_timer.storage.history_repository`) runs the queries and builds
these; screens import this module for the types without loading the database layer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from glute_timer.domain.plan import Step, compile_plan
from glute_timer.domain.routine_file import parse_routine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SessionSummary:
    """One row of the history list."""

    id: int
    routine: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    effort: int | None
    pain: int | None
    notes: str
    active_seconds: float
    work_done: int
    work_planned: int
    skipped: int

    @property
    def completion(self) -> float | None:
        """Completed holds and rep sets over those planned (None when none were planned)."""
        if self.work_planned <= 0:
            return None
        return min(1.0, self.work_done / self.work_planned)


@dataclass(frozen=True)
class StepRecord:
    """A step as it was done."""

    position: int
    plan_index: int
    kind: str
    exercise: str | None
    side: str | None
    set_number: int
    set_count: int
    planned_seconds: float
    actual_seconds: float
    outcome: str
    started_at: datetime
    ended_at: datetime
    reps_done: int | None = None
    """Whole reps reached in a paced reps step (None: not counted)."""


@dataclass(frozen=True)
class PlannedStep:
    """A step of the plan that was never reached (the workout stopped before it)."""

    plan_index: int
    kind: str
    exercise: str | None
    side: str | None
    set_number: int
    set_count: int
    planned_seconds: float


@dataclass(frozen=True)
class SessionDetail:
    """A session with every recorded step and the planned steps never reached."""

    summary: SessionSummary
    steps: tuple[StepRecord, ...]
    not_reached: tuple[PlannedStep, ...]


@dataclass(frozen=True)
class WeeklySideTotal:
    """Seconds held per side in one week (weeks start on Monday, local time)."""

    week_start: date
    left_seconds: float
    right_seconds: float
    unsided_seconds: float


@dataclass(frozen=True)
class RatingPoint:
    """Effort and pain given after one session."""

    session_id: int
    started_at: datetime
    effort: int | None
    pain: int | None


@dataclass(frozen=True)
class Streaks:
    """Consecutive days with a session: the run ending today (or yesterday), and the best."""

    current: int
    longest: int
    active_days: int


def not_reached(snapshot: str, recorded: tuple[StepRecord, ...]) -> tuple[PlannedStep, ...]:
    """Plan steps never reached, rebuilt from the routine snapshot.

    When the recorded steps do not match the rebuilt plan (the run used some other plan),
    nothing is guessed and an empty tuple is returned. Imported sessions have no snapshot.
    """
    if not snapshot:
        return ()
    try:
        plan = compile_plan(parse_routine(snapshot, "json", "<session snapshot>", stored=True))
    except Exception as error:  # an old or odd snapshot must not hide the session
        log.warning("cannot rebuild the plan of a session: %s", error)
        return ()
    for step in recorded:
        if not 0 <= step.plan_index < len(plan.steps):
            return ()
        planned = plan.steps[step.plan_index]
        side = planned.side.value if planned.side is not None else None
        if (planned.kind.value, side) != (step.kind, step.side):
            return ()
    done = {step.plan_index for step in recorded}
    return tuple(
        planned_step(step)
        for step in plan.steps
        if step.index not in done and step.kind.value != "finish"
    )


def planned_step(step: Step) -> PlannedStep:
    return PlannedStep(
        plan_index=step.index,
        kind=step.kind.value,
        exercise=step.exercise,
        side=step.side.value if step.side else None,
        set_number=step.set_number,
        set_count=step.set_count,
        planned_seconds=step.seconds,
    )


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def weekly_side_totals(
    holds: Iterable[tuple[date, str | None, float]], since: date | None = None
) -> list[WeeklySideTotal]:
    """Hold seconds per side per week from ``(local day, side, seconds)``, oldest first.

    Every week from the first with holds (or ``since``'s week) to the last is listed, empty
    weeks included, so a chart's axis has no gaps.
    """
    totals: dict[date, list[float]] = {}
    for day, side, seconds in holds:
        slot = 0 if side == "left" else 1 if side == "right" else 2
        totals.setdefault(week_start(day), [0.0, 0.0, 0.0])[slot] += seconds
    if not totals:
        return []
    first = min(totals)
    if since is not None:
        first = min(first, week_start(since))
    last = max(totals)
    weeks = []
    week = first
    while week <= last:
        left, right, unsided = totals.get(week, (0.0, 0.0, 0.0))
        weeks.append(WeeklySideTotal(week, left, right, unsided))
        week += timedelta(days=7)
    return weeks


def day_counts(days: Iterable[date]) -> dict[date, int]:
    """How many sessions fell on each day (days with none left out)."""
    counts: dict[date, int] = {}
    for day in days:
        counts[day] = counts.get(day, 0) + 1
    return counts


def streaks(days: Iterable[date], today: date) -> Streaks:
    """The current and longest runs of consecutive days among ``days``.

    The current run counts up to ``today``, or up to yesterday while today has none yet.
    """
    ordered = sorted(set(days))
    longest = run = 0
    previous: date | None = None
    for day in ordered:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    if ordered and today - ordered[-1] <= timedelta(days=1):
        current = run
    return Streaks(current=current, longest=longest, active_days=len(ordered))


@dataclass(frozen=True)
class SideBalance:
    """How the two working sides compare over some weeks of holds.

    ``percent`` is the weaker side's seconds as a share of the stronger side's; ``early`` and
    ``late`` are the same share over the first and the second half of the weeks (None when
    a half has no holds on the stronger side), so a reader sees whether the gap closes.
    """

    weaker: str
    stronger: str
    percent: int
    weeks: int
    early: int | None
    late: int | None

    @property
    def catching_up(self) -> bool | None:
        """True when the weaker side's share grew from the first half to the second."""
        if self.early is None or self.late is None:
            return None
        return self.late > self.early


def _share(weaker: float, stronger: float) -> int | None:
    return round(100 * weaker / stronger) if stronger > 0 else None


def side_balance(weeks: Iterable[WeeklySideTotal]) -> SideBalance | None:
    """The weaker side and its share of the stronger side's hold seconds over ``weeks``.

    None when no side has any hold. Equal totals name left as the stronger (a tie reads
    as 100 %).
    """
    listed = list(weeks)
    left = sum(w.left_seconds for w in listed)
    right = sum(w.right_seconds for w in listed)
    if left <= 0 and right <= 0:
        return None
    weaker, stronger = ("right", "left") if right <= left else ("left", "right")

    def total(part: list[WeeklySideTotal], side: str) -> float:
        return sum(w.left_seconds if side == "left" else w.right_seconds for w in part)

    half = len(listed) // 2
    first, second = listed[:half], listed[half:]
    return SideBalance(
        weaker=weaker,
        stronger=stronger,
        percent=_share(total(listed, weaker), total(listed, stronger)) or 0,
        weeks=len(listed),
        early=_share(total(first, weaker), total(first, stronger)) if first else None,
        late=_share(total(second, weaker), total(second, stronger)) if second else None,
    )


@dataclass(frozen=True)
class Trend:
    """The mean of a score over the first and the second half of its points."""

    early: float
    late: float

    @property
    def change(self) -> float:
        return self.late - self.early


def score_trend(scores: Iterable[int | None]) -> Trend | None:
    """Mean score of the older half against the newer half (None when fewer than 2 scores)."""
    values = [s for s in scores if s is not None]
    if len(values) < 2:
        return None
    half = len(values) // 2
    early, late = values[:half], values[half:]
    return Trend(sum(early) / len(early), sum(late) / len(late))


def spread_in_days(days: Iterable[date]) -> list[float]:
    """Each point's place on a day axis (days since the epoch), several on one day spread.

    ``days`` are in order; the n points of one day sit at (k + 1) / (n + 1) of it, so they
    never stack on one spot however close their start times were.
    """
    listed = list(days)
    per_day = day_counts(listed)
    seen: dict[date, int] = {}
    epoch = date(1970, 1, 1)
    places = []
    for day in listed:
        k = seen.get(day, 0)
        seen[day] = k + 1
        places.append((day - epoch).days + (k + 1) / (per_day[day] + 1))
    return places


def week_count(days: Iterable[date], today: date) -> int:
    """Sessions from this week's Monday to ``today``."""
    monday = week_start(today)
    return sum(1 for day in days if monday <= day <= today)
