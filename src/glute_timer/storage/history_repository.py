"""Reads and edits recorded sessions; returns plain dataclasses, never ORM objects."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from sqlalchemy import ColumnElement, case, delete, func, select, update
from sqlalchemy.orm import Session

from glute_timer.domain.plan import Step, compile_plan
from glute_timer.domain.routine_file import parse_routine
from glute_timer.storage import history_export
from glute_timer.storage.database import Database
from glute_timer.storage.models import (
    SessionRow,
    SessionStatus,
    StepResultRow,
    utc_now,
)

log = logging.getLogger(__name__)

_WORK_KINDS = ("hold", "reps")


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


def _check_scale(name: str, value: int | None) -> None:
    if value is not None and not 0 <= value <= 10:
        raise ValueError(f"{name} must be between 0 and 10, not {value}")


def _not_reached(snapshot: str, recorded: tuple[StepRecord, ...]) -> tuple[PlannedStep, ...]:
    """Plan steps never reached, rebuilt from the routine snapshot.

    When the recorded steps do not match the rebuilt plan (the run used some other plan),
    nothing is guessed and an empty tuple is returned. Imported sessions have no snapshot.
    """
    if not snapshot:
        return ()
    try:
        plan = compile_plan(parse_routine(snapshot, "json", "<session snapshot>"))
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
        _planned(step)
        for step in plan.steps
        if step.index not in done and step.kind.value != "finish"
    )


def _planned(step: Step) -> PlannedStep:
    return PlannedStep(
        plan_index=step.index,
        kind=step.kind.value,
        exercise=step.exercise,
        side=step.side.value if step.side else None,
        set_number=step.set_number,
        set_count=step.set_count,
        planned_seconds=step.seconds,
    )


class HistoryRepository:
    """Session history queries and edits, one database session per call.

    ``local_zone`` decides which calendar day and week a session falls in (None: the
    system's local time, with its daylight-saving rules).
    """

    def __init__(
        self,
        database: Database,
        *,
        local_zone: tzinfo | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._database = database
        self._zone = local_zone
        self._now = now

    @property
    def database_path(self) -> Path:
        return self._database.path

    def to_local(self, moment: datetime) -> datetime:
        """``moment`` in the repository's local time (for display)."""
        return moment.astimezone(self._zone)

    def today(self) -> date:
        """Today's date in the repository's local time."""
        return self.local_date(self._now())

    def local_date(self, moment: datetime) -> date:
        """The calendar day ``moment`` falls on, in the repository's local time."""
        return self.to_local(moment).date()

    def _day_start_utc(self, day: date) -> datetime:
        naive = datetime.combine(day, time())
        if self._zone is None:
            return naive.astimezone().astimezone(UTC)
        return naive.replace(tzinfo=self._zone).astimezone(UTC)

    # ------------------------------------------------------------------ list

    def count_sessions(self, routine: str | None = None) -> int:
        """How many sessions there are (of ``routine``, if given)."""
        query = select(func.count(SessionRow.id)).where(SessionRow.deleted_at.is_(None))
        if routine is not None:
            query = query.where(SessionRow.routine_name == routine)
        with self._database.session() as session:
            return int(session.scalar(query) or 0)

    def routine_names(self) -> list[str]:
        """Every routine name that has a session, alphabetically."""
        with self._database.session() as session:
            names = session.scalars(
                select(SessionRow.routine_name)
                .where(SessionRow.deleted_at.is_(None))
                .distinct()
                .order_by(SessionRow.routine_name)
            )
            return list(names)

    def list_sessions(
        self, offset: int = 0, limit: int = 100, routine: str | None = None
    ) -> list[SessionSummary]:
        """A page of sessions, newest first."""
        page = select(SessionRow.id).where(SessionRow.deleted_at.is_(None))
        if routine is not None:
            page = page.where(SessionRow.routine_name == routine)
        page = (
            page.order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self._database.session() as session:
            ids = list(session.scalars(page))
            return self._summaries(session, ids)

    def _summaries(self, session: Session, ids: list[int]) -> list[SessionSummary]:
        if not ids:
            return []
        work = StepResultRow.kind.in_(_WORK_KINDS) & (StepResultRow.outcome == "completed")
        query = (
            select(
                SessionRow.id,
                SessionRow.routine_name,
                SessionRow.started_at,
                SessionRow.ended_at,
                SessionRow.status,
                SessionRow.effort,
                SessionRow.pain,
                SessionRow.notes,
                SessionRow.planned_work_steps,
                func.coalesce(func.sum(StepResultRow.actual_seconds), 0.0),
                func.coalesce(func.sum(case((work, 1), else_=0)), 0),
                func.coalesce(func.sum(case((StepResultRow.outcome == "skipped", 1), else_=0)), 0),
            )
            .outerjoin(StepResultRow, StepResultRow.session_id == SessionRow.id)
            .where(SessionRow.id.in_(ids), SessionRow.deleted_at.is_(None))
            .group_by(SessionRow.id)
            .order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
        )
        return [
            SessionSummary(
                id=row[0],
                routine=row[1],
                started_at=row[2],
                ended_at=row[3],
                status=row[4],
                effort=row[5],
                pain=row[6],
                notes=row[7] or "",
                work_planned=row[8],
                active_seconds=float(row[9]),
                work_done=int(row[10]),
                skipped=int(row[11]),
            )
            for row in session.execute(query)
        ]

    def session_detail(self, session_id: int) -> SessionDetail | None:
        """A session with its steps; None when there is no such (undeleted) session."""
        with self._database.session() as session:
            summaries = self._summaries(session, [session_id])
            if not summaries:
                return None
            snapshot = session.scalar(
                select(SessionRow.routine_snapshot).where(SessionRow.id == session_id)
            )
            rows = session.scalars(
                select(StepResultRow)
                .where(StepResultRow.session_id == session_id)
                .order_by(StepResultRow.position)
            ).all()
            steps = tuple(
                StepRecord(
                    position=r.position,
                    plan_index=r.plan_index,
                    kind=r.kind,
                    exercise=r.exercise,
                    side=r.side,
                    set_number=r.set_number,
                    set_count=r.set_count,
                    planned_seconds=r.planned_seconds,
                    actual_seconds=r.actual_seconds,
                    outcome=r.outcome,
                    started_at=r.started_at,
                    ended_at=r.ended_at,
                )
                for r in rows
            )
        summary = summaries[0]
        not_reached: tuple[PlannedStep, ...] = ()
        if summary.status != SessionStatus.IN_PROGRESS.value and snapshot:
            not_reached = _not_reached(snapshot, steps)
        return SessionDetail(summary, steps, not_reached)

    # ---------------------------------------------------------------- charts

    def weekly_side_totals(
        self, since: date | None = None, routine: str | None = None
    ) -> list[WeeklySideTotal]:
        """Hold seconds per side per week (local weeks from Monday), oldest first.

        Every week from the first with holds (or ``since``) to the last is listed, empty
        weeks included, so a chart's axis has no gaps.
        """
        query = (
            select(StepResultRow.started_at, StepResultRow.side, StepResultRow.actual_seconds)
            .join(SessionRow, SessionRow.id == StepResultRow.session_id)
            .where(SessionRow.deleted_at.is_(None), StepResultRow.kind == "hold")
        )
        if since is not None:
            query = query.where(StepResultRow.started_at >= self._day_start_utc(since))
        if routine is not None:
            query = query.where(SessionRow.routine_name == routine)
        totals: dict[date, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        with self._database.session() as session:
            for started_at, side, seconds in session.execute(query):
                day = self.local_date(started_at)
                week = day - timedelta(days=day.weekday())
                slot = 0 if side == "left" else 1 if side == "right" else 2
                totals[week][slot] += seconds
        if not totals:
            return []
        first = min(totals)
        if since is not None:
            first = min(first, since - timedelta(days=since.weekday()))
        last = max(totals)
        weeks = []
        week = first
        while week <= last:
            left, right, unsided = totals.get(week, (0.0, 0.0, 0.0))
            weeks.append(WeeklySideTotal(week, left, right, unsided))
            week += timedelta(days=7)
        return weeks

    def rating_series(
        self, since: date | None = None, routine: str | None = None
    ) -> list[RatingPoint]:
        """Effort and pain of every rated session, oldest first."""
        query = select(
            SessionRow.id, SessionRow.started_at, SessionRow.effort, SessionRow.pain
        ).where(
            SessionRow.deleted_at.is_(None),
            SessionRow.effort.is_not(None) | SessionRow.pain.is_not(None),
        )
        if since is not None:
            query = query.where(SessionRow.started_at >= self._day_start_utc(since))
        if routine is not None:
            query = query.where(SessionRow.routine_name == routine)
        query = query.order_by(SessionRow.started_at, SessionRow.id)
        with self._database.session() as session:
            return [RatingPoint(*row) for row in session.execute(query)]

    # -------------------------------------------------------------- calendar

    def _session_days(self, start: date | None = None, end: date | None = None) -> list[date]:
        query = select(SessionRow.started_at).where(SessionRow.deleted_at.is_(None))
        if start is not None:
            query = query.where(SessionRow.started_at >= self._day_start_utc(start))
        if end is not None:
            query = query.where(
                SessionRow.started_at < self._day_start_utc(end + timedelta(days=1))
            )
        with self._database.session() as session:
            return [self.local_date(moment) for moment in session.scalars(query)]

    def day_counts(self, start: date, end: date) -> dict[date, int]:
        """Sessions per local day from ``start`` to ``end`` inclusive (days with none left out)."""
        counts: dict[date, int] = defaultdict(int)
        for day in self._session_days(start, end):
            counts[day] += 1
        return dict(counts)

    def streaks(self, today: date | None = None) -> Streaks:
        """The current and longest runs of consecutive days with at least one session.

        The current run counts up to today, or up to yesterday while today has no session yet.
        """
        days = sorted(set(self._session_days()))
        if today is None:
            today = self.today()
        longest = run = 0
        previous: date | None = None
        for day in days:
            run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
            longest = max(longest, run)
            previous = day
        current = 0
        if days and today - days[-1] <= timedelta(days=1):
            current = run
        return Streaks(current=current, longest=longest, active_days=len(days))

    # ----------------------------------------------------------------- edits

    def set_rating(self, session_id: int, effort: int | None, pain: int | None, note: str) -> bool:
        """Store effort and pain (0 to 10, or None) and a note; False when no such session."""
        _check_scale("effort", effort)
        _check_scale("pain", pain)
        with self._database.session() as session, session.begin():
            result = session.execute(
                update(SessionRow)
                .where(SessionRow.id == session_id, SessionRow.deleted_at.is_(None))
                .values(effort=effort, pain=pain, notes=note.strip())
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def delete_session(self, session_id: int) -> bool:
        """Hide a session (undoable with :meth:`restore_session` until the next start-up)."""
        with self._database.session() as session, session.begin():
            result = session.execute(
                update(SessionRow)
                .where(SessionRow.id == session_id, SessionRow.deleted_at.is_(None))
                .values(deleted_at=self._now())
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def restore_session(self, session_id: int) -> bool:
        """Bring back a deleted session; False when it is not (or no longer) deleted."""
        with self._database.session() as session, session.begin():
            result = session.execute(
                update(SessionRow)
                .where(SessionRow.id == session_id, SessionRow.deleted_at.is_not(None))
                .values(deleted_at=None)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def purge_deleted(self, older_than: datetime | None = None) -> int:
        """Remove deleted sessions for good (those deleted before ``older_than``, if given)."""
        condition: ColumnElement[bool] = SessionRow.deleted_at.is_not(None)
        if older_than is not None:
            condition = condition & (SessionRow.deleted_at < older_than)
        with self._database.session() as session, session.begin():
            ids = list(session.scalars(select(SessionRow.id).where(condition)))
            if not ids:
                return 0
            session.execute(delete(StepResultRow).where(StepResultRow.session_id.in_(ids)))
            session.execute(delete(SessionRow).where(SessionRow.id.in_(ids)))
            return len(ids)

    # ---------------------------------------------------------------- export

    def export(self, target: Path, fmt: str, routine: str | None = None) -> int:
        """Write sessions to ``target`` as "json" or "csv"; returns how many were written."""
        if fmt not in ("json", "csv"):
            raise ValueError(f"unknown export format {fmt!r}")
        return history_export.export_file(self._database.path, target, fmt, routine)
