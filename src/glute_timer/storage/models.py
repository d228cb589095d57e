"""ORM models. Times are stored as UTC."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from glute_timer.domain.rating import RATING_MAX, RATING_MIN


def utc_now() -> datetime:
    """Now, in UTC, timezone-aware."""
    return datetime.now(UTC)


def new_uid() -> str:
    """A new session uid: a random UUID4 as text."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Base class of every model."""


class CustomRoutineRow(Base):
    """A routine the person made or imported, stored as its file-format JSON."""

    __tablename__ = "custom_routines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    # Case-folded name: routine names are unique regardless of case.
    name_key: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    definition: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now, onupdate=utc_now
    )


class UtcMillis(TypeDecorator[datetime]):
    """A UTC instant stored as integer milliseconds since the Unix epoch.

    Integers sort and compare fast, read back without parsing (the lean CLI export reads them
    with plain ``sqlite3``) and carry exactly the millisecond precision the export promises.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store times as timezone-aware UTC")
        return datetime_to_ms(value)

    def process_result_value(self, value: int | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return ms_to_datetime(value)


def datetime_to_ms(value: datetime) -> int:
    """Milliseconds since the epoch for an aware datetime (rounded to the nearest ms)."""
    delta = value - _EPOCH
    return delta.days * 86_400_000 + delta.seconds * 1000 + round(delta.microseconds / 1000)


def ms_to_datetime(value: int) -> datetime:
    """The aware UTC datetime for milliseconds since the epoch."""
    return _EPOCH + timedelta(milliseconds=value)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class SessionStatus(StrEnum):
    """Where a recorded workout stands."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


class SessionRow(Base):
    """One workout as it was run: the routine snapshot, times, status and the person's rating."""

    __tablename__ = "sessions"
    __table_args__ = (
        Index("ix_sessions_started_at", "started_at"),
        Index("ix_sessions_routine_started", "routine_name", "started_at"),
        Index("ix_sessions_status", "status"),
        Index("ix_sessions_uid", "uid", unique=True),
        CheckConstraint(
            f"effort IS NULL OR effort BETWEEN {RATING_MIN} AND {RATING_MAX}",
            name="ck_sessions_effort",
        ),
        CheckConstraint(
            f"pain IS NULL OR pain BETWEEN {RATING_MIN} AND {RATING_MAX}", name="ck_sessions_pain"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Stable across computers: an imported session keeps the uid it was exported with.
    uid: Mapped[str] = mapped_column(String(36), nullable=False, default=new_uid)
    routine_name: Mapped[str] = mapped_column(String(80), nullable=False)
    # The routine as run, in the routine-file JSON form, so later edits never rewrite history.
    routine_snapshot: Mapped[str] = mapped_column(Text, nullable=False)
    planned_work_steps: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    planned_seconds: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    started_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    ended_at: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    effort: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pain: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Which process records the session: a live owner holds locks/<owner_token>.lock.
    owner_pid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    owner_token: Mapped[str | None] = mapped_column(String(40), nullable=True)
    # Soft delete, so "undo" can bring a session back; purged at the next start-up.
    deleted_at: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)

    steps: Mapped[list[StepResultRow]] = relationship(
        back_populates="session",
        order_by="StepResultRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class StepResultRow(Base):
    """One finished step of a session: planned against actual, and how it ended."""

    __tablename__ = "step_results"
    __table_args__ = (
        UniqueConstraint("session_id", "position", name="uq_step_results_session_position"),
        Index("ix_step_results_kind_started", "kind", "started_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False
    )
    # Order in which steps finished (a "back" can run a plan step twice).
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    plan_index: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    exercise: Mapped[str | None] = mapped_column(String(80), nullable=True)
    side: Mapped[str | None] = mapped_column(String(8), nullable=True)
    set_number: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    set_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    planned_seconds: Mapped[float] = mapped_column(Float, nullable=False)
    actual_seconds: Mapped[float] = mapped_column(Float, nullable=False)
    outcome: Mapped[str] = mapped_column(String(16), nullable=False)
    started_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    ended_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    # Whole reps reached in a paced reps step; NULL for every other step (nothing counted).
    reps_done: Mapped[int | None] = mapped_column(Integer, nullable=True)

    session: Mapped[SessionRow] = relationship(back_populates="steps")


class PlanEntryRow(Base):
    """One routine of the person's plan: how often, and when to remind."""

    __tablename__ = "plan_entries"
    __table_args__ = (
        CheckConstraint(
            "frequency IN ('daily', 'per-week', 'weekdays')", name="ck_plan_entries_frequency"
        ),
        CheckConstraint(
            "per_week IS NULL OR per_week BETWEEN 1 AND 7", name="ck_plan_entries_per_week"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    routine_name: Mapped[str] = mapped_column(String(80), nullable=False)
    # domain.names.name_key of the routine: one entry per routine.
    routine_key: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    frequency: Mapped[str] = mapped_column(String(16), nullable=False)
    per_week: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Weekday numbers (0 is Monday) joined by commas, e.g. "0,2,4".
    weekdays: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    # Local wall time "HH:MM", or None for no reminder.
    remind_at: Mapped[str | None] = mapped_column(String(5), nullable=True)
    # The first local day the entry applies to, ISO "YYYY-MM-DD".
    since: Mapped[str] = mapped_column(String(10), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False, default=utc_now)


class RestDayRow(Base):
    """A local day marked as rest, sick or flare-up."""

    __tablename__ = "rest_days"
    __table_args__ = (
        CheckConstraint("kind IN ('rest', 'sick', 'flare-up')", name="ck_rest_days_kind"),
    )

    # ISO "YYYY-MM-DD": the local calendar day, which has no time zone.
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False, default=utc_now)


class DismissedSuggestionRow(Base):
    """A progression suggestion the person dismissed, by its step key, so it stays hidden."""

    __tablename__ = "dismissed_suggestions"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    dismissed_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False, default=utc_now)
