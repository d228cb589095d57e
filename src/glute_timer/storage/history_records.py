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
