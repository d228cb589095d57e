"""Records a running workout into the history, one committed transaction per finished step."""

from __future__ import annotations

import errno
import logging
import os
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from sqlalchemy import update
from sqlalchemy.orm import Session

from glute_timer import APP_NAME
from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Routine
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import Plan, Step, StepKind
from glute_timer.domain.rating import check_rating
from glute_timer.domain.routine_file import dump_routine
from glute_timer.storage.database import Database
from glute_timer.storage.history_writer import (
    DEFAULT_RETRY_DELAYS,
    HistoryWriter,
    WriteAbandonedError,
)
from glute_timer.storage.models import (
    SessionRow,
    SessionStatus,
    StepResultRow,
    new_uid,
    utc_now,
)
from glute_timer.storage.session_lock import OwnerLock, lock_path
from glute_timer.storage.storage_errors import describe_storage_error

log = logging.getLogger(__name__)


def describe_write_error(error: BaseException, data_dir: Path | None = None) -> str:
    """A sentence for the person about why history cannot be saved, and what to do."""
    text = str(getattr(error, "orig", None) or error).lower()
    code = getattr(error, "errno", None)
    if "disk is full" in text or "no space" in text or code == errno.ENOSPC:
        return translate(
            "HistoryRecorder",
            "History cannot be saved: the disk is full. The workout goes on; free some space "
            "while {app} is open and it will be saved as soon as there is room.",
        ).format(app=APP_NAME)
    if (
        "readonly" in text
        or "read-only" in text
        or "permission denied" in text
        or "unable to open" in text
        or code in (errno.EACCES, errno.EROFS, errno.EPERM)
    ):
        if data_dir is None:
            return translate(
                "HistoryRecorder",
                "History cannot be saved: the data folder cannot be written. The workout goes "
                "on; make the folder writable while {app} is open and it will be saved then.",
            ).format(app=APP_NAME)
        return translate(
            "HistoryRecorder",
            "History cannot be saved: the data folder ({folder}) cannot be written. The workout "
            "goes on; make the folder writable while {app} is open and it will be saved then.",
        ).format(folder=data_dir, app=APP_NAME)
    if "i/o error" in text or "input/output error" in text or code == errno.EIO:
        return translate(
            "HistoryRecorder",
            "History cannot be saved: the disk reported a read or write error. The workout "
            "goes on, what is already saved is left as it is, and saving will be retried.",
        )
    if "locked" in text or "busy" in text:
        return translate(
            "HistoryRecorder",
            "History cannot be saved right now: another program is holding the history "
            "database. The workout goes on and saving will be retried.",
        )
    reason = describe_storage_error(error)  # never SQL text; the raw error goes to the log
    return translate(
        "HistoryRecorder",
        "History cannot be saved: {reason}. The workout goes on and saving will be retried.",
    ).format(reason=reason)


@dataclass
class _Run:
    """What the writer thread knows about the session being recorded (touched only there)."""

    session_id: int | None = None
    position: int = 0


@dataclass
class _Live:
    """What the GUI thread knows about the session being recorded."""

    run: _Run
    token: str
    lock: OwnerLock | None
    started_wall: datetime
    started_monotonic: float
    step_started: dict[int, datetime] = field(default_factory=dict)


class SessionRecorder(QObject):
    """Writes the workout as it happens: a session row at the start, each finished step at once.

    Connect it to the engine with :meth:`connect_engine` (or by hand: ``step_started`` to
    :meth:`on_step_started`, ``step_finished`` to :meth:`on_step_finished`, ``finished`` to
    :meth:`on_finished`) and call :meth:`start_session` just before the engine starts. All
    database work runs on one background thread, in order; nothing here raises into the engine.

    The wall clock is read once, when the session starts; every later time (step starts and
    ends, the session's end) is that start plus monotonic time elapsed, so a clock change
    (NTP, a person setting the clock) neither stretches nor reverses a stored session.

    Signals:
        failed(str): history cannot be saved; the sentence is for the person.
        dropped(str): a write was given up for good (it could never succeed); the sentence
            is for the person.
        available_changed(bool): saving stopped (False) or works again (True).
        session_saved(int): the end of a session (its id) is stored; a rating may follow.

    Attributes:
        available: False while writes fail (they are kept and retried).
    """

    failed = Signal(str)
    dropped = Signal(str)
    available_changed = Signal(bool)
    session_saved = Signal(int)

    def __init__(
        self,
        database: Database,
        data_dir: Path,
        *,
        wall_clock: Callable[[], datetime] = utc_now,
        monotonic: Callable[[], float] = time.monotonic,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._now = wall_clock
        self._monotonic = monotonic
        self._live: _Live | None = None
        self._last_run: _Run | None = None
        self._available = True
        self._writer = HistoryWriter(
            database,
            on_failure=self._writer_failed,
            on_recovery=self._writer_recovered,
            on_dropped=self._writer_dropped,
            retry_delays=retry_delays,
        )

    # ----------------------------------------------------------------- state

    @property
    def available(self) -> bool:
        """Whether history is being saved (False while writes fail and wait for a retry)."""
        return self._available

    @property
    def recording(self) -> bool:
        """Whether a session has started and not yet ended."""
        return self._live is not None

    @property
    def write_times(self) -> list[float]:
        """Seconds each recent successful write took on the writer thread."""
        return self._writer.recent_write_times()

    def flush(self, timeout: float | None = 5.0) -> bool:
        """Wait until every queued write is stored (for tests and shutdown)."""
        return self._writer.flush(timeout)

    @property
    def unsaved(self) -> int:
        """Writes queued and not yet stored (more than a moment's worth only while failing)."""
        return self._writer.pending

    def close(self, timeout: float = 5.0) -> bool:
        """Store what is queued within ``timeout`` and stop the writer thread.

        A session still being recorded (the app quits without the engine having ended it) is
        stored as stopped. If that cannot be stored in time the session stays in_progress
        and its lock is let go, so the next start marks it interrupted, keeping its steps.
        """
        live = self._live
        if live is not None:
            log.warning("closing while a session is recorded: storing it as stopped")
            self.on_finished(StepOutcome.STOPPED)
        return self._writer.close(timeout)

    def retry_now(self) -> None:
        """Try a failed write again at once (e.g. after the person freed disk space)."""
        self._writer.retry_now()

    # -------------------------------------------------------------- recording

    def connect_engine(self, engine: Any) -> None:
        """Connect the engine's ``step_started``, ``step_finished`` and ``finished`` signals."""
        engine.step_started.connect(self.on_step_started)
        engine.step_finished.connect(self.on_step_finished)
        engine.finished.connect(self.on_finished)

    def attach(self, engine: Any, routine: Routine) -> None:
        """Record ``engine``'s workout of ``routine``: call when the engine is built, before
        it starts (the session row is queued at once, using ``engine.plan``)."""
        self.start_session(routine, engine.plan)
        self.connect_engine(engine)

    def start_session(self, routine: Routine, plan: Plan) -> None:
        """Begin a session for ``routine`` run as ``plan``; its row is queued at once."""
        try:
            self._start(routine, plan)
        except Exception:
            log.exception("could not start recording")

    def _start(self, routine: Routine, plan: Plan) -> None:
        if self._live is not None:
            log.warning("a new session started before the last one ended; ending it as stopped")
            self.on_finished(StepOutcome.STOPPED)
        token = uuid.uuid4().hex
        lock: OwnerLock | None = OwnerLock(lock_path(self._data_dir, token))
        try:
            assert lock is not None
            if not lock.acquire():
                lock = None
        except OSError as error:
            log.warning("cannot take the owner lock for %s: %s", token, error)
            lock = None
        run = _Run()
        started_at = self._now()
        self._live = _Live(run, token, lock, started_at, self._monotonic())
        self._last_run = run
        snapshot = dump_routine(routine, "json")
        work_steps = sum(1 for s in plan.steps if s.is_work)
        planned_seconds = sum(s.seconds for s in plan.steps)
        pid = os.getpid()

        def write(session: Session) -> Callable[[], None]:
            row = SessionRow(
                uid=new_uid(),
                routine_name=routine.name,
                routine_snapshot=snapshot,
                planned_work_steps=work_steps,
                planned_seconds=planned_seconds,
                started_at=started_at,
                status=SessionStatus.IN_PROGRESS.value,
                notes="",
                owner_pid=pid,
                owner_token=token,
            )
            session.add(row)
            session.flush()
            row_id = row.id

            def committed() -> None:
                run.session_id = row_id

            return committed

        self._writer.submit("start session", write)

    @Slot(object)
    def on_step_started(self, step: Step) -> None:
        """Note when ``step`` began (UTC, counted from the session's start)."""
        if self._live is not None:
            self._live.step_started[step.index] = self._elapsed_time(self._live)

    @Slot(object, object, float)
    def on_step_finished(self, step: Step, outcome: StepOutcome, actual_seconds: float) -> None:
        """Queue ``step``'s result; it is committed in a transaction of its own."""
        try:
            self._step_finished(step, outcome, actual_seconds)
        except Exception:
            log.exception("could not record a step")

    def _step_finished(self, step: Step, outcome: StepOutcome, actual_seconds: float) -> None:
        live = self._live
        if live is None or step.kind is StepKind.FINISH:
            return
        ended_at = self._elapsed_time(live)
        actual = max(0.0, float(actual_seconds))
        started_at = live.step_started.pop(step.index, None) or ended_at - timedelta(seconds=actual)
        try:
            outcome = StepOutcome(outcome)
        except ValueError:
            log.warning("unknown step outcome %r recorded as stopped", outcome)
            outcome = StepOutcome.STOPPED
        run = live.run

        def write(session: Session) -> Callable[[], None]:
            if run.session_id is None:
                raise WriteAbandonedError("its session could not be stored")
            session.add(
                StepResultRow(
                    session_id=run.session_id,
                    position=run.position,
                    plan_index=step.index,
                    kind=step.kind.value,
                    exercise=step.exercise,
                    side=step.side.value if step.side else None,
                    set_number=step.set_number,
                    set_count=step.set_count,
                    planned_seconds=float(step.seconds),
                    actual_seconds=round(actual, 3),
                    outcome=outcome.value,
                    started_at=started_at,
                    ended_at=ended_at,
                    reps_done=step.reps_reached(actual),
                )
            )
            session.flush()

            def committed() -> None:
                run.position += 1

            return committed

        self._writer.submit(f"step {step.index}", write)

    @Slot(object)
    def on_finished(self, outcome: StepOutcome) -> None:
        """Queue the session's end: ``completed`` or ``stopped``, with its end time."""
        live, self._live = self._live, None
        if live is None:
            return
        status = (
            SessionStatus.COMPLETED if outcome == StepOutcome.COMPLETED else SessionStatus.STOPPED
        ).value
        ended_at = self._elapsed_time(live)
        run = live.run
        lock = live.lock

        def write(session: Session) -> Callable[[], None]:
            session_id = run.session_id
            if session_id is None:
                raise WriteAbandonedError("its session could not be stored")
            session.execute(
                update(SessionRow)
                .where(SessionRow.id == session_id)
                .values(status=status, ended_at=ended_at, owner_pid=None)
            )
            # Once this commits the session is no longer in_progress: let the lock go.
            return lambda: self._session_ended(session_id, lock)

        def given_up() -> None:
            # The session (if stored at all) stays in_progress; without our lock the next
            # start marks it interrupted, keeping its steps.
            if lock is not None:
                lock.release(remove=False)

        self._writer.submit("end session", write, on_drop=given_up)

    def rate_last_session(self, effort: int | None, pain: int | None, note: str) -> None:
        """Store a rating for the session recorded last (queued behind its other writes)."""
        run = self._last_run
        if run is None:
            log.warning("rating given with no recorded session")
            return
        check_rating("effort", effort)
        check_rating("pain", pain)

        def write(session: Session) -> None:
            if run.session_id is None:
                raise WriteAbandonedError("its session could not be stored")
            session.execute(
                update(SessionRow)
                .where(SessionRow.id == run.session_id)
                .values(effort=effort, pain=pain, notes=note.strip())
            )
            return None

        self._writer.submit("rating", write)

    def _elapsed_time(self, live: _Live) -> datetime:
        """Now, as the session's wall-clock start plus the monotonic time since then."""
        elapsed = max(0.0, self._monotonic() - live.started_monotonic)
        return live.started_wall + timedelta(seconds=elapsed)

    # ------------------------------------------------------ writer callbacks

    def _session_ended(self, session_id: int, lock: OwnerLock | None) -> None:
        if lock is not None:
            lock.release()
        self.session_saved.emit(session_id)

    def _writer_failed(self, error: BaseException) -> None:
        self._available = False
        message = describe_write_error(error, self._data_dir)
        self.available_changed.emit(False)
        self.failed.emit(message)

    def _writer_dropped(self, _label: str, error: BaseException) -> None:
        if isinstance(error, WriteAbandonedError):
            return  # follows a drop that was already reported
        log.error("history write dropped: %s", error)
        self.dropped.emit(
            translate(
                "HistoryRecorder",
                "Part of a workout could not be saved and was left out ({reason}). The rest of "
                "the history is kept; details are in the log.",
            ).format(reason=describe_storage_error(error))
        )

    def _writer_recovered(self) -> None:
        self._available = True
        self.available_changed.emit(True)
