"""A real ``kill -9`` of a recording process: the database stays sound, finished steps stay."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from glute_timer.paths import database_path
from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.storage.startup import open_history

# The child: a real workout recording into its data folder until it is killed.
WORKOUT_CHILD = Path(__file__).resolve().with_name("kill_test_workout.py")
STEPS_BEFORE_KILL = 6


def _committed_steps(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return int(connection.execute("SELECT count(*) FROM step_results").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def _wait_for_steps(path: Path, count: int, child: subprocess.Popen[bytes], timeout: float) -> int:
    """Poll the database (the child's only observable output) until ``count`` steps are in."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seen = _committed_steps(path)
        if seen >= count:
            return seen
        if child.poll() is not None:
            raise AssertionError(f"the workout process ended early ({child.returncode})")
        time.sleep(0.01)  # polling interval of a wait on another process's file
    raise AssertionError(f"fewer than {count} steps committed in {timeout} s")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_9_mid_workout_keeps_finished_steps(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = database_path(data)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GLUTE_TIMER_DATA_DIR=str(data))
    child = subprocess.Popen(
        [sys.executable, str(WORKOUT_CHILD), str(data), "10000", "0.05"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for_steps(path, STEPS_BEFORE_KILL, child, timeout=60)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        assert child.stderr is not None
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        steps_on_disk = connection.execute(
            "SELECT position, plan_index, kind, side, actual_seconds, outcome FROM step_results "
            "ORDER BY position"
        ).fetchall()
        status = connection.execute("SELECT status FROM sessions").fetchall()
    connection.close()
    assert status == [("in_progress",)]
    assert len(steps_on_disk) >= STEPS_BEFORE_KILL
    # Every finished step is there, in order, with nothing missing or half written.
    assert [s[0] for s in steps_on_disk] == list(range(len(steps_on_disk)))
    assert [s[1] for s in steps_on_disk] == list(range(len(steps_on_disk)))
    assert {s[2] for s in steps_on_disk} == {"hold"}
    assert [s[3] for s in steps_on_disk[:2]] == ["left", "right"]
    assert all(s[5] == "completed" and 0.03 < s[4] < 1.0 for s in steps_on_disk)

    report = open_history(data, make_backup=False)
    try:
        assert len(report.interrupted) == 1
        [summary] = HistoryRepository(report.database).list_sessions()
        assert summary.status == "interrupted"
        assert summary.ended_at is not None
        detail = HistoryRepository(report.database).session_detail(summary.id)
        assert detail is not None
        assert len(detail.steps) == len(steps_on_disk)
    finally:
        report.database.close()
