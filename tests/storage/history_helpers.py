"""Helpers for history tests: a small routine, a controllable wall clock, sessions made fast."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import event

from glute_timer.domain import library
from glute_timer.domain.model import HoldTime, Routine
from glute_timer.domain.plan import Plan, Step, compile_plan
from glute_timer.storage.database import Database
from glute_timer.storage.models import SessionRow, StepResultRow

T0 = datetime(2026, 3, 2, 8, 0, 0, tzinfo=UTC)  # a Monday


class WallClock:
    """A wall clock, with the monotonic clock beside it, that moves only when told."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start
        self.elapsed = 0.0

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        """Seconds on the monotonic clock (moved by :meth:`advance`, not by :meth:`jump`)."""
        return self.elapsed

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        self.elapsed += seconds

    def jump(self, seconds: float) -> None:
        """Set the wall clock by ``seconds`` (NTP, a person), leaving the monotonic one."""
        self.now += timedelta(seconds=seconds)


def small_routine(name: str = "Test routine") -> Routine:
    """Wall push, 2 sets each side, 30 s left and 20 s right."""
    wall = replace(library.WALL_PUSH, hold=HoldTime(30, 20), sets=2, rest_seconds=0)
    return Routine(name=name, exercises=(wall,), prep_seconds=5)


def small_plan(name: str = "Test routine") -> tuple[Routine, Plan]:
    routine = small_routine(name)
    return routine, compile_plan(routine)


def run_steps(recorder: object, plan: Plan, clock: WallClock, count: int | None = None) -> None:
    """Feed ``count`` steps (default: every step but finish) through the recorder's slots."""
    steps = [s for s in plan.steps if s.kind.value != "finish"]
    for step in steps[:count]:
        recorder.on_step_started(step)  # type: ignore[attr-defined]
        clock.advance(step.seconds)
        recorder.on_step_finished(step, "completed", step.seconds - 0.25)  # type: ignore[attr-defined]


def add_session(
    database: Database,
    *,
    routine: str = "Test routine",
    started_at: datetime = T0,
    status: str = "completed",
    steps: list[Step] | None = None,
    effort: int | None = None,
    pain: int | None = None,
    outcome: str = "completed",
    token: str | None = None,
) -> int:
    """Insert a finished session directly (for query tests)."""
    routine_obj, plan = small_plan(routine)
    from glute_timer.domain.routine_file import dump_routine

    chosen = steps if steps is not None else [s for s in plan.steps if s.kind.value != "finish"]
    with database.session() as session, session.begin():
        row = SessionRow(
            routine_name=routine,
            routine_snapshot=dump_routine(routine_obj, "json"),
            planned_work_steps=sum(1 for s in plan.steps if s.kind.value in ("hold", "reps")),
            planned_seconds=plan.total_seconds,
            started_at=started_at,
            ended_at=None if status == "in_progress" else started_at + timedelta(minutes=3),
            status=status,
            effort=effort,
            pain=pain,
            notes="",
            owner_token=token,
        )
        session.add(row)
        session.flush()
        moment = started_at
        for position, step in enumerate(chosen):
            session.add(
                StepResultRow(
                    session_id=row.id,
                    position=position,
                    plan_index=step.index,
                    kind=step.kind.value,
                    exercise=step.exercise,
                    side=step.side.value if step.side else None,
                    set_number=step.set_number,
                    set_count=step.set_count,
                    planned_seconds=step.seconds,
                    actual_seconds=step.seconds,
                    outcome=outcome,
                    started_at=moment,
                    ended_at=moment + timedelta(seconds=step.seconds),
                )
            )
            moment += timedelta(seconds=step.seconds)
        return row.id


class DiskFull:
    """Makes every write to ``database`` fail as SQLite does when the disk is full (or with
    the error ``make_error`` returns: an I/O error, say)."""

    def __init__(
        self,
        database: Database,
        make_error: Callable[[], Exception] = lambda: sqlite3.OperationalError(
            "database or disk is full"
        ),
    ) -> None:
        self.on = False
        self.refused = 0
        self._make_error = make_error
        event.listen(database.engine, "before_cursor_execute", self._before)

    def _before(self, _conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if self.on and statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            self.refused += 1
            raise self._make_error()

    def fill(self) -> None:
        self.on = True

    def free(self) -> None:
        self.on = False


class ReadOnly:
    """Makes new connections of ``database`` refuse writes, as a read-only file does."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.on = False
        event.listen(database.engine, "connect", self._connect)

    def _connect(self, dbapi_connection: object, _record: object) -> None:
        if self.on:
            cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
            cursor.execute("PRAGMA query_only=ON")
            cursor.close()

    def set(self, on: bool) -> None:
        self.on = on
        self.database.engine.dispose()


def data_file(data_dir: Path) -> Path:
    from glute_timer.paths import database_path

    return database_path(data_dir)
