"""Synthetic histories for plan tests: sessions of any routine at given local times.

The issue asks for these histories to come in through ``glute-timer history import``; until
that command exists they are written straight into the tables, as history_helpers does.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from glute_timer.domain.model import Routine, Side
from glute_timer.domain.plan import WORK_KINDS, compile_plan
from glute_timer.domain.routine_file import dump_routine
from glute_timer.storage.database import Database
from glute_timer.storage.models import SessionRow, StepResultRow


def add_run(
    database: Database,
    routine: Routine,
    day: date,
    zone: tzinfo,
    *,
    at: time = time(7, 30),
    status: str = "completed",
    effort: int | None = None,
    pain: int | None = None,
    held: dict[Side, float] | None = None,
    work_seconds: float | None = None,
) -> int:
    """Insert a session of ``routine`` started at local ``day`` ``at`` in ``zone``.

    ``held`` scales each side's holds to that many seconds in all (the planned times
    otherwise); ``work_seconds`` keeps only that much work (for the 10 s rule).
    """
    plan = compile_plan(routine)
    started = datetime.combine(day, at, zone)
    steps = [s for s in plan.steps if s.kind.value != "finish"]
    with database.session() as session, session.begin():
        row = SessionRow(
            routine_name=routine.name,
            routine_snapshot=dump_routine(routine, "json"),
            planned_work_steps=sum(1 for s in steps if s.kind in WORK_KINDS),
            planned_seconds=plan.total_seconds,
            started_at=started,
            ended_at=started + timedelta(seconds=plan.total_seconds),
            status=status,
            effort=effort,
            pain=pain,
            notes="",
        )
        session.add(row)
        session.flush()
        side_totals: dict[Side, float] = {}
        for step in steps:
            if step.kind.value == "hold" and step.side is not None:
                side_totals[step.side] = side_totals.get(step.side, 0.0) + step.seconds
        moment = started
        budget = work_seconds
        for position, step in enumerate(steps):
            actual = step.seconds
            if step.kind in WORK_KINDS:
                if held and step.side in held and step.kind.value == "hold":
                    actual = step.seconds * held[step.side] / side_totals[step.side]
                if budget is not None:
                    actual = min(actual, budget)
                    budget -= actual
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
                    actual_seconds=actual,
                    outcome="completed",
                    started_at=moment,
                    ended_at=moment + timedelta(seconds=actual),
                )
            )
            moment += timedelta(seconds=actual)
        return row.id
