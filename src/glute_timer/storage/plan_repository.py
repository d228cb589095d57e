"""Stores the plan, rest days and dismissed suggestions; reads sessions as the plan sees them.

Returns the domain's dataclasses (``domain.schedule``, ``domain.progression``), never ORM
objects; one database session per call.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import ColumnElement, case, delete, func, select
from sqlalchemy.orm import Session

from glute_timer.domain.names import name_key
from glute_timer.domain.plan import WORK_KINDS
from glute_timer.domain.progression import RecentSession, routine_level
from glute_timer.domain.routine_file import parse_routine
from glute_timer.domain.schedule import (
    CountedSession,
    Frequency,
    PlanEntry,
    RestDay,
    RestKind,
    parse_clock_time,
)
from glute_timer.storage.database import Database
from glute_timer.storage.models import (
    DismissedSuggestionRow,
    PlanEntryRow,
    RestDayRow,
    SessionRow,
    StepResultRow,
)

log = logging.getLogger(__name__)

_WORK_KIND_VALUES = tuple(sorted(kind.value for kind in WORK_KINDS))


def _entry(row: PlanEntryRow) -> PlanEntry:
    weekdays = frozenset(int(d) for d in row.weekdays.split(",") if d)
    return PlanEntry(
        routine=row.routine_name,
        frequency=Frequency(row.frequency),
        per_week=row.per_week or 0,
        weekdays=weekdays,
        remind_at=parse_clock_time(row.remind_at) if row.remind_at else None,
        since=date.fromisoformat(row.since),
    )


def _fill(row: PlanEntryRow, entry: PlanEntry) -> None:
    row.routine_name = entry.routine
    row.routine_key = entry.key
    row.frequency = entry.frequency.value
    row.per_week = entry.per_week if entry.frequency is Frequency.PER_WEEK else None
    row.weekdays = (
        ",".join(str(d) for d in sorted(entry.weekdays))
        if entry.frequency is Frequency.WEEKDAYS
        else ""
    )
    row.remind_at = f"{entry.remind_at:%H:%M}" if entry.remind_at is not None else None
    row.since = entry.since.isoformat()


def _entry_row(session: Session, routine: str) -> PlanEntryRow | None:
    return session.scalar(select(PlanEntryRow).where(PlanEntryRow.routine_key == name_key(routine)))


def _work_seconds_column() -> ColumnElement[float]:
    work = StepResultRow.kind.in_(_WORK_KIND_VALUES)
    return func.coalesce(func.sum(case((work, StepResultRow.actual_seconds), else_=0.0)), 0.0)


class PlanRepository:
    """The plan and rest days in the database, and the sessions they are judged against."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # ------------------------------------------------------------------ plan

    def entries(self) -> list[PlanEntry]:
        """The plan, in the order the entries were added."""
        with self._database.session() as session:
            rows = session.scalars(select(PlanEntryRow).order_by(PlanEntryRow.id))
            return [_entry(row) for row in rows]

    def find(self, routine: str) -> PlanEntry | None:
        """The entry for ``routine`` (matched by name key), or None."""
        with self._database.session() as session:
            row = _entry_row(session, routine)
            return None if row is None else _entry(row)

    def put(self, entry: PlanEntry) -> bool:
        """Add ``entry``, or replace the one for the same routine; True when it was new.

        A replaced entry keeps its ``since`` day, so changing the time does not wipe a streak.
        """
        with self._database.session() as session, session.begin():
            row = _entry_row(session, entry.routine)
            if row is None:
                row = PlanEntryRow()
                _fill(row, entry)
                session.add(row)
                return True
            since = row.since
            _fill(row, entry)
            row.since = min(since, entry.since.isoformat())
            return False

    def rename_routine(self, old: str, new: str) -> bool:
        """Point the entry for ``old`` at ``new`` (after a copy replaced it); False if none."""
        with self._database.session() as session, session.begin():
            row = _entry_row(session, old)
            if row is None or (_entry_row(session, new) not in (None, row)):
                return False
            row.routine_name = new
            row.routine_key = name_key(new)
            return True

    def remove(self, routine: str) -> bool:
        """Remove the entry for ``routine``; False when the plan has none."""
        with self._database.session() as session, session.begin():
            row = _entry_row(session, routine)
            if row is None:
                return False
            session.delete(row)
            return True

    # ------------------------------------------------------------- rest days

    def rest_days(self, start: date | None = None, end: date | None = None) -> list[RestDay]:
        """Rest days from ``start`` to ``end`` inclusive (either open), oldest first."""
        query = select(RestDayRow).order_by(RestDayRow.day)
        if start is not None:
            query = query.where(RestDayRow.day >= start.isoformat())
        if end is not None:
            query = query.where(RestDayRow.day <= end.isoformat())
        with self._database.session() as session:
            return [
                RestDay(date.fromisoformat(r.day), RestKind(r.kind), r.reason)
                for r in session.scalars(query)
            ]

    def mark_rest(self, rest: RestDay) -> bool:
        """Mark a rest day (replacing the kind and reason of one already marked); True if new."""
        with self._database.session() as session, session.begin():
            row = session.get(RestDayRow, rest.day.isoformat())
            if row is None:
                session.add(
                    RestDayRow(day=rest.day.isoformat(), kind=rest.kind.value, reason=rest.reason)
                )
                return True
            row.kind = rest.kind.value
            row.reason = rest.reason
            return False

    def unmark_rest(self, day: date) -> bool:
        """Make ``day`` an ordinary day again; False when it was not marked."""
        with self._database.session() as session, session.begin():
            result = session.execute(delete(RestDayRow).where(RestDayRow.day == day.isoformat()))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    # ----------------------------------------------------------- suggestions

    def dismissed(self) -> frozenset[str]:
        """Keys of every dismissed suggestion."""
        with self._database.session() as session:
            return frozenset(session.scalars(select(DismissedSuggestionRow.key)))

    def dismiss(self, key: str) -> None:
        """Remember that the suggestion ``key`` was dismissed."""
        with self._database.session() as session, session.begin():
            if session.get(DismissedSuggestionRow, key) is None:
                session.add(DismissedSuggestionRow(key=key))

    def undismiss(self, key: str) -> bool:
        """Show a dismissed suggestion again (undo); False when it was not dismissed."""
        with self._database.session() as session, session.begin():
            result = session.execute(
                delete(DismissedSuggestionRow).where(DismissedSuggestionRow.key == key)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    # -------------------------------------------------------------- sessions

    def counted_sessions(self, since: date, zone: tzinfo | None = None) -> list[CountedSession]:
        """Sessions started on or after local day ``since``, with their hold/reps seconds."""
        start = datetime.combine(since - timedelta(days=1), time(), UTC)  # zone slack
        query = (
            select(SessionRow.routine_name, SessionRow.started_at, _work_seconds_column())
            .outerjoin(StepResultRow, StepResultRow.session_id == SessionRow.id)
            .where(SessionRow.deleted_at.is_(None), SessionRow.started_at >= start)
            .group_by(SessionRow.id)
        )
        with self._database.session() as session:
            return [
                CountedSession(name, started, float(seconds))
                for name, started, seconds in session.execute(query)
            ]

    def recent_routine_names(self, since: datetime) -> list[str]:
        """Names of routines with a session started at or after ``since``, newest first."""
        query = (
            select(SessionRow.routine_name, func.max(SessionRow.started_at))
            .where(SessionRow.deleted_at.is_(None), SessionRow.started_at >= since)
            .group_by(SessionRow.routine_name)
            .order_by(func.max(SessionRow.started_at).desc())
        )
        with self._database.session() as session:
            return [name for name, _ in session.execute(query)]

    def recent_sessions(
        self, routine: str, limit: int, since: datetime | None = None
    ) -> list[RecentSession]:
        """The newest ``limit`` sessions of ``routine`` (by name key, started at or after
        ``since``), oldest of them first.

        Sessions with less than the plan's minimum work are left out, as the plan leaves them.
        """
        from glute_timer.domain.schedule import MIN_WORK_SECONDS

        key = name_key(routine)
        with self._database.session() as session:
            names = [
                n
                for n in session.scalars(select(SessionRow.routine_name).distinct())
                if name_key(n) == key
            ]
            if not names:
                return []
            work = _work_seconds_column()
            query = (
                select(
                    SessionRow.id,
                    SessionRow.started_at,
                    SessionRow.status,
                    SessionRow.effort,
                    SessionRow.pain,
                    SessionRow.routine_snapshot,
                    work,
                )
                .outerjoin(StepResultRow, StepResultRow.session_id == SessionRow.id)
                .where(SessionRow.deleted_at.is_(None), SessionRow.routine_name.in_(names))
                .group_by(SessionRow.id)
                .having(work >= MIN_WORK_SECONDS)
                .order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
                .limit(limit)
            )
            if since is not None:
                query = query.where(SessionRow.started_at >= since)
            rows = list(session.execute(query))
            held = self._held_by_side(session, [row[0] for row in rows])
        recent = [
            RecentSession(
                session_id=row[0],
                started_at=row[1],
                completed=row[2] == "completed",
                effort=row[3],
                pain=row[4],
                held_left=held[row[0]][0],
                held_right=held[row[0]][1],
                level=_level(row[5]),
            )
            for row in rows
        ]
        return list(reversed(recent))

    @staticmethod
    def _held_by_side(session: Session, ids: list[int]) -> dict[int, tuple[float, float]]:
        totals: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0])
        if ids:
            query = select(
                StepResultRow.session_id, StepResultRow.side, StepResultRow.actual_seconds
            ).where(StepResultRow.session_id.in_(ids), StepResultRow.kind == "hold")
            for session_id, side, seconds in session.execute(query):
                if side == "left":
                    totals[session_id][0] += seconds
                elif side == "right":
                    totals[session_id][1] += seconds
        return {i: (totals[i][0], totals[i][1]) for i in ids}


def _level(snapshot: str) -> str | None:
    try:
        return routine_level(parse_routine(snapshot, "json", "<session snapshot>", stored=True))
    except Exception as error:  # an odd snapshot must not hide the session
        log.warning("cannot read the routine of a session: %s", error)
        return None
