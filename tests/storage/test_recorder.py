"""SessionRecorder: a session row at the start, each step committed at once, faults survived."""

from __future__ import annotations

import errno
import itertools
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import StepKind
from glute_timer.storage.database import Database, open_database
from glute_timer.storage.models import SessionRow, StepResultRow
from glute_timer.storage.recorder import SessionRecorder, describe_write_error
from glute_timer.storage.recovery import mark_interrupted
from glute_timer.storage.session_lock import locks_dir, owner_is_alive
from tests.storage.history_helpers import DiskFull, ReadOnly, WallClock, run_steps, small_plan

FAST_RETRY = (0.02,)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "data" / "h.sqlite3")
    yield db
    db.close()


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def recorder(
    database: Database, tmp_path: Path, clock: WallClock, qtbot: QtBot
) -> Iterator[SessionRecorder]:
    rec = SessionRecorder(
        database,
        tmp_path / "data",
        wall_clock=clock,
        monotonic=clock.monotonic,
        retry_delays=FAST_RETRY,
    )
    yield rec
    rec.close()


def _sessions(database: Database) -> list[SessionRow]:
    with database.session() as session:
        return list(session.scalars(select(SessionRow)))


def _steps(database: Database) -> list[StepResultRow]:
    with database.session() as session:
        return list(session.scalars(select(StepResultRow).order_by(StepResultRow.position)))


def test_session_row_is_written_at_start(recorder: SessionRecorder, database: Database) -> None:
    routine, plan = small_plan()
    recorder.start_session(routine, plan)
    assert recorder.flush(5)
    [row] = _sessions(database)
    assert row.status == "in_progress"
    assert row.routine_name == routine.name
    assert '"Wall push"' in row.routine_snapshot
    assert row.planned_work_steps == 4
    assert row.owner_token and owner_is_alive(database.path.parent, row.owner_token)


def test_each_finished_step_is_committed_at_once(
    recorder: SessionRecorder, database: Database, clock: WallClock
) -> None:
    routine, plan = small_plan()
    recorder.start_session(routine, plan)
    run_steps(recorder, plan, clock, count=3)
    assert recorder.flush(5)
    steps = _steps(database)
    assert [s.plan_index for s in steps] == [0, 1, 2]
    assert [s.kind for s in steps] == ["prepare", "hold", "switch"]
    assert steps[1].planned_seconds == 30.0
    assert steps[1].actual_seconds == pytest.approx(29.75)
    assert steps[1].side == "left" and steps[1].set_number == 1
    # Wall times come from the injected clock: step 1 began 5 s (the prepare) after the start.
    assert (steps[1].started_at - steps[0].started_at).total_seconds() == 5.0
    assert (steps[1].ended_at - steps[1].started_at).total_seconds() == 30.0
    assert _sessions(database)[0].status == "in_progress"
    # One transaction per step: each write was timed separately (start + three steps).
    assert len(recorder.write_times) == 4


def test_end_sets_status_and_time_and_frees_the_lock(
    recorder: SessionRecorder, database: Database, clock: WallClock, qtbot: QtBot
) -> None:
    routine, plan = small_plan()
    recorder.start_session(routine, plan)
    run_steps(recorder, plan, clock)
    finish = plan.steps[-1]
    assert finish.kind is StepKind.FINISH
    recorder.on_step_started(finish)
    recorder.on_step_finished(finish, StepOutcome.COMPLETED, 0.0)
    with qtbot.waitSignal(recorder.session_saved, timeout=5000) as saved:
        recorder.on_finished(StepOutcome.COMPLETED)
    [row] = _sessions(database)
    assert saved.args == [row.id]
    assert row.status == "completed"
    assert row.ended_at == clock.now
    assert row.owner_pid is None
    assert len(_steps(database)) == len(plan.steps) - 1  # the finish step is not recorded
    assert not list(locks_dir(database.path.parent).glob("*.lock"))


def test_stopped_workout_and_rating(
    recorder: SessionRecorder, database: Database, clock: WallClock
) -> None:
    routine, plan = small_plan()
    recorder.start_session(routine, plan)
    run_steps(recorder, plan, clock, count=2)
    step = plan.steps[2]
    recorder.on_step_started(step)
    recorder.on_step_finished(step, StepOutcome.STOPPED, 1.5)
    recorder.on_finished(StepOutcome.STOPPED)
    recorder.rate_last_session(6, 3, "  left hip tight ")
    assert recorder.flush(5)
    [row] = _sessions(database)
    assert (row.status, row.effort, row.pain, row.notes) == ("stopped", 6, 3, "left hip tight")
    assert _steps(database)[-1].outcome == "stopped"
    with pytest.raises(ValueError, match="pain"):
        recorder.rate_last_session(1, 11, "")


def test_a_new_start_ends_the_unfinished_session_as_stopped(
    recorder: SessionRecorder, database: Database, clock: WallClock
) -> None:
    routine, plan = small_plan()
    recorder.start_session(routine, plan)
    run_steps(recorder, plan, clock, count=1)
    recorder.start_session(routine, plan)
    assert recorder.flush(5)
    assert [r.status for r in _sessions(database)] == ["stopped", "in_progress"]


def test_bad_input_never_raises_into_the_engine(
    recorder: SessionRecorder, database: Database, clock: WallClock
) -> None:
    _, plan = small_plan()
    # Steps before any session, and an unknown outcome, are handled without an exception.
    recorder.on_step_finished(plan.steps[0], StepOutcome.COMPLETED, 1.0)
    recorder.on_finished(StepOutcome.COMPLETED)
    routine, plan = small_plan()
    recorder.start_session(routine, plan)
    recorder.on_step_finished(plan.steps[0], "exploded", -3.0)  # type: ignore[arg-type]
    assert recorder.flush(5)
    [step] = _steps(database)
    assert (step.outcome, step.actual_seconds) == ("stopped", 0.0)


def test_disk_full_is_reported_and_everything_is_stored_once_space_is_back(
    recorder: SessionRecorder, database: Database, clock: WallClock, qtbot: QtBot
) -> None:
    disk = DiskFull(database)
    routine, plan = small_plan()
    recorder.start_session(routine, plan)
    run_steps(recorder, plan, clock, count=2)
    assert recorder.flush(5)
    before = [(s.id, s.plan_index, s.actual_seconds) for s in _steps(database)]

    with qtbot.waitSignal(recorder.failed, timeout=5000) as failed:
        disk.fill()
        run_steps_from(recorder, plan, clock, 2, 5)
    assert failed.args[0].startswith("History cannot be saved: the disk is full.")
    assert not recorder.available
    qtbot.waitUntil(lambda: disk.refused >= 2, timeout=5000)  # it retries, and keeps order
    assert not recorder.flush(0.05)
    # What was stored before the fault is untouched, and nothing half-written appeared.
    assert [(s.id, s.plan_index, s.actual_seconds) for s in _steps(database)] == before

    with qtbot.waitSignal(recorder.available_changed, timeout=5000) as changed:
        disk.free()
        recorder.retry_now()
    assert changed.args == [True]
    assert recorder.flush(5)
    assert recorder.available
    assert [s.plan_index for s in _steps(database)] == [0, 1, 2, 3, 4]
    assert [s.position for s in _steps(database)] == [0, 1, 2, 3, 4]


def run_steps_from(
    recorder: SessionRecorder, plan: object, clock: WallClock, a: int, b: int
) -> None:
    for step in plan.steps[a:b]:  # type: ignore[attr-defined]
        recorder.on_step_started(step)
        clock.advance(step.seconds)
        recorder.on_step_finished(step, StepOutcome.COMPLETED, step.seconds)


def test_read_only_database_keeps_the_workout_going(
    recorder: SessionRecorder, database: Database, clock: WallClock, qtbot: QtBot
) -> None:
    readonly = ReadOnly(database)
    readonly.set(True)
    routine, plan = small_plan()
    with qtbot.waitSignal(recorder.failed, timeout=5000) as failed:
        recorder.start_session(routine, plan)
    assert "cannot be written" in failed.args[0]
    run_steps(recorder, plan, clock, count=3)
    recorder.on_finished(StepOutcome.COMPLETED)
    assert _sessions(database) == []
    readonly.set(False)
    recorder.retry_now()
    assert recorder.flush(5)
    [row] = _sessions(database)
    assert row.status == "completed"
    assert len(_steps(database)) == 3


def test_a_failing_start_session_does_not_raise(tmp_path: Path, database: Database) -> None:
    # The lock folder cannot be made (a file is in the way): recording still starts.
    data = tmp_path / "blocked"
    data.mkdir()
    (data / "locks").write_text("not a folder")
    recorder = SessionRecorder(database, data, retry_delays=FAST_RETRY)
    try:
        routine, plan = small_plan()
        recorder.start_session(routine, plan)
        assert recorder.flush(5)
        assert recorder.recording
        assert len(_sessions(database)) == 1
    finally:
        recorder.close()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), "the disk is full"),
        (OSError(28, "No space left on device"), "the disk is full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "cannot be written"),
        (PermissionError(13, "Permission denied"), "cannot be written"),
        (sqlite3.OperationalError("database is locked"), "another program"),
        (RuntimeError("odd"), "odd"),
    ],
)
def test_error_sentences(error: BaseException, expected: str) -> None:
    text = describe_write_error(error, Path("/data"))
    assert text.startswith("History cannot be saved")
    assert expected in text


def test_close_during_a_session_stores_it_as_stopped(
    database: Database, tmp_path: Path, clock: WallClock
) -> None:
    # The app quits while the engine never said the workout ended (e.g. after an error).
    recorder = SessionRecorder(
        database, tmp_path / "data", wall_clock=clock, monotonic=clock.monotonic
    )
    routine, plan = small_plan()
    recorder.start_session(routine, plan)
    run_steps(recorder, plan, clock, count=2)
    assert recorder.close()
    [row] = _sessions(database)
    assert (row.status, len(_steps(database))) == ("stopped", 2)
    assert row.ended_at is not None
    assert list(locks_dir(tmp_path / "data").iterdir()) == []


def test_close_with_unstored_writes_lets_the_next_start_mark_it_interrupted(
    database: Database, tmp_path: Path, clock: WallClock, qtbot: QtBot
) -> None:
    recorder = SessionRecorder(
        database,
        tmp_path / "data",
        wall_clock=clock,
        monotonic=clock.monotonic,
        retry_delays=FAST_RETRY,
    )
    routine, plan = small_plan()
    recorder.start_session(routine, plan)
    run_steps(recorder, plan, clock, count=1)
    assert recorder.flush(5)
    disk = DiskFull(database)
    with qtbot.waitSignal(recorder.failed, timeout=5000):
        disk.fill()
        run_steps_from(recorder, plan, clock, 1, 2)
    assert recorder.unsaved == 1
    assert not recorder.close(timeout=0.1)
    [row] = _sessions(database)
    assert row.status == "in_progress"
    assert not owner_is_alive(tmp_path / "data", row.owner_token)
    disk.free()
    assert mark_interrupted(database, tmp_path / "data") == [row.id]
    assert [s.plan_index for s in _steps(database)] == [0]


def test_steps_of_a_session_that_could_not_be_stored_are_dropped_quietly(
    database: Database, tmp_path: Path, clock: WallClock, qtbot: QtBot
) -> None:
    # A start that can never succeed (here: a constraint) is reported once; the steps that
    # belong to it are left out; the next workout is recorded as usual.
    from sqlalchemy import event

    def refuse_sessions(_conn: object, _cursor: object, statement: str, *_a: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO SESSIONS") and refuse["on"]:
            raise sqlite3.IntegrityError("CHECK constraint failed: sessions")

    refuse = {"on": True}
    event.listen(database.engine, "before_cursor_execute", refuse_sessions)
    recorder = SessionRecorder(
        database,
        tmp_path / "data",
        wall_clock=clock,
        monotonic=clock.monotonic,
        retry_delays=FAST_RETRY,
    )
    dropped: list[str] = []
    recorder.dropped.connect(dropped.append)
    try:
        routine, plan = small_plan()
        recorder.start_session(routine, plan)
        run_steps(recorder, plan, clock, count=2)
        recorder.on_finished(StepOutcome.COMPLETED)
        assert recorder.flush(5)
        assert _sessions(database) == []
        qtbot.waitUntil(lambda: len(dropped) == 1, timeout=5000)  # queued from the writer
        assert "could not be saved" in dropped[0]
        refuse["on"] = False
        recorder.start_session(routine, plan)
        run_steps(recorder, plan, clock, count=1)
        recorder.on_finished(StepOutcome.COMPLETED)
        assert recorder.flush(5)
        [row] = _sessions(database)
        assert (row.status, len(_steps(database))) == ("completed", 1)
    finally:
        recorder.close()


def test_real_sqlite_full_from_max_page_count(
    database: Database, tmp_path: Path, clock: WallClock, qtbot: QtBot
) -> None:
    """SQLite itself refuses to grow the file (SQLITE_FULL), then gets room again."""
    from dataclasses import replace

    from sqlalchemy import event

    limit = {"on": False}

    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        if limit["on"]:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(database.engine, "connect", cap)
    recorder = SessionRecorder(
        database,
        tmp_path / "data",
        wall_clock=clock,
        monotonic=clock.monotonic,
        retry_delays=FAST_RETRY,
    )
    try:
        routine, plan = small_plan()
        recorder.start_session(routine, plan)
        run_steps(recorder, plan, clock, count=1)
        assert recorder.flush(5)
        limit["on"] = True
        database.engine.dispose()
        # A step whose row needs new pages: the file may not grow, so the commit fails.
        big = replace(plan.steps[1], exercise="x" * 200_000)
        with qtbot.waitSignal(recorder.failed, timeout=5000) as failed:
            recorder.on_step_started(big)
            recorder.on_step_finished(big, StepOutcome.COMPLETED, 30.0)
        assert "disk is full" in failed.args[0]
        assert [s.plan_index for s in _steps(database)] == [0]
        with sqlite3.connect(database.path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        raw.close()
        limit["on"] = False
        database.engine.dispose()
        with qtbot.waitSignal(recorder.available_changed, timeout=5000):
            recorder.retry_now()
        assert recorder.flush(5)
        assert [s.plan_index for s in _steps(database)] == [0, 1]
    finally:
        recorder.close()


@pytest.mark.parametrize("jump", [3600.0, -3600.0], ids=["forward", "back"])
def test_a_wall_clock_jump_neither_stretches_nor_reverses_a_session(
    recorder: SessionRecorder, database: Database, clock: WallClock, jump: float
) -> None:
    routine, plan = small_plan()
    recorder.start_session(routine, plan)
    work = [s for s in plan.steps if s.kind is not StepKind.FINISH]
    for number, step in enumerate(work):
        recorder.on_step_started(step)
        clock.advance(step.seconds / 2)
        if number == 2:
            clock.jump(jump)  # NTP or a person sets the clock mid-hold
        clock.advance(step.seconds / 2)
        recorder.on_step_finished(step, StepOutcome.COMPLETED, step.seconds)
    recorder.on_finished(StepOutcome.COMPLETED)
    assert recorder.flush()
    [row] = _sessions(database)
    assert row.ended_at is not None
    total = sum(s.seconds for s in work)
    assert (row.ended_at - row.started_at).total_seconds() == pytest.approx(total)
    with database.session() as session:
        steps = session.query(StepResultRow).order_by(StepResultRow.position).all()
    for earlier, later in itertools.pairwise(steps):
        assert earlier.started_at <= earlier.ended_at <= later.started_at
    assert steps[-1].ended_at <= row.ended_at


@pytest.mark.parametrize(
    "make_error",
    [
        lambda: sqlite3.OperationalError("disk I/O error"),
        lambda: OSError(errno.EIO, "Input/output error"),
    ],
    ids=["SQLITE_IOERR", "EIO"],
)
def test_an_io_error_is_handled_like_a_full_disk(
    recorder: SessionRecorder,
    database: Database,
    clock: WallClock,
    qtbot: QtBot,
    make_error: Callable[[], Exception],
) -> None:
    disk = DiskFull(database, make_error)
    routine, plan = small_plan()
    recorder.start_session(routine, plan)
    run_steps(recorder, plan, clock, count=2)
    assert recorder.flush(5)
    before = [(s.id, s.plan_index, s.actual_seconds) for s in _steps(database)]

    with qtbot.waitSignal(recorder.failed, timeout=5000) as failed:
        disk.fill()
        run_steps_from(recorder, plan, clock, 2, 4)
    message = failed.args[0]
    assert message.startswith("History cannot be saved: the disk reported a read or write error.")
    assert "SQL" not in message and "sqlite" not in message.lower()
    qtbot.waitUntil(lambda: disk.refused >= 2, timeout=5000)  # retried, not dropped
    assert [(s.id, s.plan_index, s.actual_seconds) for s in _steps(database)] == before

    with qtbot.waitSignal(recorder.available_changed, timeout=5000):
        disk.free()
        recorder.retry_now()
    assert recorder.flush(5)
    assert [s.plan_index for s in _steps(database)] == [0, 1, 2, 3]


def test_no_write_error_shows_its_sql_to_the_person() -> None:
    from sqlalchemy.exc import OperationalError as SAOperationalError

    error = SAOperationalError(
        "INSERT INTO step_results (session_id) VALUES (?)",
        (1,),
        sqlite3.OperationalError("no such table: step_results"),
    )
    message = describe_write_error(error)
    assert "INSERT" not in message and "step_results" not in message and "SQL" not in message
    assert "will be retried" in message
