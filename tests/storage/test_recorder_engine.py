"""The recorder wired to the real WorkoutEngine on fake time: what the engine reports is kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from glute_timer.domain.plan import compile_plan
from glute_timer.engine import WorkoutEngine
from glute_timer.storage.database import Database, open_database
from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.storage.recorder import SessionRecorder
from tests.fakes import FakeClock, FakeTimerFactory
from tests.storage.history_helpers import small_routine


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "data" / "h.sqlite3")
    yield db
    db.close()


def test_engine_run_with_a_skip_and_a_stop_is_recorded_exactly(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    clock = FakeClock()
    timers = FakeTimerFactory(clock)
    routine = small_routine()
    plan = compile_plan(routine)
    engine = WorkoutEngine(plan, clock=clock, timer_factory=timers)
    recorder = SessionRecorder(
        database,
        tmp_path / "data",
        wall_clock=lambda: datetime.fromtimestamp(clock.wall(), UTC),
        monotonic=clock.monotonic,
    )
    try:
        recorder.attach(engine, routine)
        engine.start()
        timers.advance(5.0)  # prepare
        timers.advance(30.0)  # hold left, set 1
        timers.advance(2.0)  # into the switch
        engine.skip()
        timers.advance(12.5)  # part of hold right, set 1
        engine.stop()
        assert recorder.flush(5)
        repository = HistoryRepository(database)
        [summary] = repository.list_sessions()
        assert summary.status == "stopped"
        detail = repository.session_detail(summary.id)
        assert detail is not None
        got = [(s.kind, s.side, s.outcome, s.actual_seconds) for s in detail.steps]
        assert got == [
            ("prepare", "left", "completed", 5.0),
            ("hold", "left", "completed", 30.0),
            ("switch", "right", "skipped", 2.0),
            ("hold", "right", "stopped", 12.5),
        ]
        first = detail.steps[0]
        assert first.started_at == datetime.fromtimestamp(1_767_225_600.0, UTC)
        assert (detail.steps[3].started_at - first.started_at).total_seconds() == 37.0
        assert [p.plan_index for p in detail.not_reached] == [4, 5, 6, 7]
    finally:
        recorder.close()
        engine.deleteLater()


def test_back_keeps_the_replaced_attempt_in_the_record_the_totals_and_the_exports(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    from glute_timer.domain.history_file import parse_history
    from glute_timer.paths import database_path
    from glute_timer.report.data import build_report, local_time
    from glute_timer.storage import history_export
    from glute_timer.storage.history_import import merge_sessions

    clock = FakeClock()
    timers = FakeTimerFactory(clock)
    routine = small_routine()
    plan = compile_plan(routine)
    engine = WorkoutEngine(plan, clock=clock, timer_factory=timers)
    recorder = SessionRecorder(
        database,
        tmp_path / "data",
        wall_clock=lambda: datetime.fromtimestamp(clock.wall(), UTC),
        monotonic=clock.monotonic,
    )
    try:
        recorder.attach(engine, routine)
        engine.start()
        timers.advance(5.0)  # prepare
        timers.advance(4.5)  # 4.5 s of pushing, then Back restarts the hold
        engine.back()
        timers.advance(30.0)  # the new attempt, in full
        timers.advance(1.0)  # into the switch
        engine.stop()
        assert recorder.flush(5)
        repository = HistoryRepository(database)
        [summary] = repository.list_sessions()
        detail = repository.session_detail(summary.id)
        assert detail is not None
        got = [(s.plan_index, s.kind, s.side, s.outcome, s.actual_seconds) for s in detail.steps]
        assert got == [
            (0, "prepare", "left", "completed", 5.0),
            (1, "hold", "left", "restarted", 4.5),
            (1, "hold", "left", "completed", 30.0),
            (2, "switch", "right", "stopped", 1.0),
        ]
        assert summary.active_seconds == 40.5
        assert summary.work_done == 1
        [week] = repository.weekly_side_totals()
        assert week.left_seconds == 34.5
        # Export and import: "restarted" is a known outcome and comes back as it went.
        connection = history_export.open_readonly(tmp_path / "data" / "h.sqlite3")
        try:
            exported = history_export.to_json(history_export.read_sessions(connection))
        finally:
            connection.close()
        file = tmp_path / "history.json"
        file.write_text(exported, encoding="utf-8")
        other = open_database(database_path(tmp_path / "other"))
        try:
            assert merge_sessions(other, parse_history(exported, file)).added == 1
            [copy] = HistoryRepository(other).list_sessions()
            copied = HistoryRepository(other).session_detail(copy.id)
            assert copied is not None
            assert [s.outcome for s in copied.steps][1:3] == ["restarted", "completed"]
        finally:
            other.close()
        # The report counts its seconds as held, and the hold once.
        import json

        sessions = json.loads(exported)
        day = local_time(sessions[0]["started_at"]).date()
        [report] = build_report(sessions, day, day).routines
        [left] = [side for side in report.sides if side.side == "left"]
        assert (left.seconds_held, left.holds_reached, left.holds_completed) == (34.5, 1, 1)
        assert left.seconds_planned == 30.0
    finally:
        recorder.close()
        engine.deleteLater()


def test_done_early_in_paced_reps_records_the_reps_reached(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    import json
    from dataclasses import replace

    from glute_timer.domain import library
    from glute_timer.domain.history_file import parse_history
    from glute_timer.domain.model import Routine
    from glute_timer.paths import database_path
    from glute_timer.storage import history_export
    from glute_timer.storage.history_import import merge_sessions

    clock = FakeClock()
    timers = FakeTimerFactory(clock)
    lunge = replace(library.LUNGE, reps=4, rep_seconds=3, sets=1, rest_seconds=0)
    routine = Routine("Paced lunge", (lunge,), prep_seconds=5)
    engine = WorkoutEngine(compile_plan(routine), clock=clock, timer_factory=timers)
    recorder = SessionRecorder(
        database,
        tmp_path / "data",
        wall_clock=lambda: datetime.fromtimestamp(clock.wall(), UTC),
        monotonic=clock.monotonic,
    )
    try:
        recorder.attach(engine, routine)
        engine.start()
        timers.advance(5.0)  # prepare
        timers.advance(7.5)  # two reps and a half of the left side
        engine.done()
        timers.advance(5.0)  # the switch
        timers.advance(12.0)  # the right side, in full, by itself
        assert recorder.flush(5)
        repository = HistoryRepository(database)
        [summary] = repository.list_sessions()
        assert summary.status == "completed"
        detail = repository.session_detail(summary.id)
        assert detail is not None
        got = [(s.kind, s.side, s.outcome, s.actual_seconds, s.reps_done) for s in detail.steps]
        assert got == [
            ("prepare", "left", "completed", 5.0, None),
            ("reps", "left", "completed", 7.5, 2),
            ("switch", "right", "completed", 5.0, None),
            ("reps", "right", "completed", 12.0, 4),
        ]
        connection = history_export.open_readonly(tmp_path / "data" / "h.sqlite3")
        try:
            exported = history_export.to_json(history_export.read_sessions(connection))
        finally:
            connection.close()
        steps = json.loads(exported)[0]["steps"]
        assert [s.get("reps_done") for s in steps] == [None, 2, None, 4]
        assert "reps_done" not in steps[0]  # only counted steps carry it
        other = open_database(database_path(tmp_path / "other"))
        try:
            assert merge_sessions(other, parse_history(exported, "h.json")).added == 1
            [copy] = HistoryRepository(other).list_sessions()
            copied = HistoryRepository(other).session_detail(copy.id)
            assert copied is not None
            assert [s.reps_done for s in copied.steps] == [None, 2, None, 4]
        finally:
            other.close()
    finally:
        recorder.close()
        engine.deleteLater()
