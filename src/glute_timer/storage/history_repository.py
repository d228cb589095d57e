"""Reads and edits recorded sessions; returns plain dataclasses, never ORM objects."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from sqlalchemy import ColumnElement, case, delete, func, select, update
from sqlalchemy.orm import Session

from glute_timer.domain.plan import WORK_KINDS
from glute_timer.domain.rating import check_rating
from glute_timer.storage import history_export
from glute_timer.storage import history_records as records
from glute_timer.storage.database import Database
from glute_timer.storage.history_records import (
    PlannedStep,
    RatingPoint,
    SessionDetail,
    SessionSummary,
    StepRecord,
    Streaks,
    WeeklySideTotal,
)
from glute_timer.storage.models import (
    SessionRow,
    SessionStatus,
    StepResultRow,
    utc_now,
)

# The records are imported from here too (older callers); their home is history_records.
__all__ = [
    "HistoryRepository",
    "PlannedStep",
    "RatingPoint",
    "SessionDetail",
    "SessionSummary",
    "StepRecord",
    "Streaks",
    "WeeklySideTotal",
]

log = logging.getLogger(__name__)

_WORK_KINDS = tuple(sorted(kind.value for kind in WORK_KINDS))


SHORT_WORK_SECONDS = 10.0


def _long_enough() -> ColumnElement[bool]:
    """Sessions with at least :data:`SHORT_WORK_SECONDS` of holds and reps (not a mis-start).

    One long enough work step settles it (an indexed look-up that stops at the first); only
    sessions without one have their work summed, so a long history counts fast.
    """
    work = (StepResultRow.session_id == SessionRow.id) & StepResultRow.kind.in_(_WORK_KINDS)
    one_long_step = (
        select(StepResultRow.id)
        .where(work, StepResultRow.actual_seconds >= SHORT_WORK_SECONDS)
        .exists()
    )
    summed = (
        select(func.coalesce(func.sum(StepResultRow.actual_seconds), 0.0))
        .where(work)
        .scalar_subquery()
    )
    return one_long_step | (summed >= SHORT_WORK_SECONDS)


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

    def count_sessions(self, routine: str | None = None, *, hide_short: bool = False) -> int:
        """How many sessions there are (of ``routine``, if given; without short starts)."""
        query = select(func.count(SessionRow.id)).where(SessionRow.deleted_at.is_(None))
        if routine is not None:
            query = query.where(SessionRow.routine_name == routine)
        if hide_short:
            query = query.where(_long_enough())
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
        self,
        offset: int = 0,
        limit: int = 100,
        routine: str | None = None,
        *,
        hide_short: bool = False,
    ) -> list[SessionSummary]:
        """A page of sessions, newest first (without short starts when ``hide_short``)."""
        page = select(SessionRow.id).where(SessionRow.deleted_at.is_(None))
        if routine is not None:
            page = page.where(SessionRow.routine_name == routine)
        if hide_short:
            page = page.where(_long_enough())
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
                    reps_done=r.reps_done,
                )
                for r in rows
            )
        summary = summaries[0]
        not_reached: tuple[PlannedStep, ...] = ()
        if summary.status != SessionStatus.IN_PROGRESS.value and snapshot:
            not_reached = records.not_reached(snapshot, steps)
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
        with self._database.session() as session:
            holds = [
                (self.local_date(started_at), side, seconds)
                for started_at, side, seconds in session.execute(query)
            ]
        return records.weekly_side_totals(holds, since)

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
        return records.day_counts(self._session_days(start, end))

    def streaks(self, today: date | None = None) -> Streaks:
        """The current and longest runs of consecutive days with at least one session.

        The current run counts up to today, or up to yesterday while today has no session yet.
        """
        return records.streaks(self._session_days(), today if today is not None else self.today())

    # ----------------------------------------------------------------- edits

    def set_rating(self, session_id: int, effort: int | None, pain: int | None, note: str) -> bool:
        """Store effort and pain (0 to 10, or None) and a note; False when no such session."""
        check_rating("effort", effort)
        check_rating("pain", pain)
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
