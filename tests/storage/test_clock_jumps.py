"""A wall-clock jump mid-workout, made for real with libfaketime in a child process, leaves
the monotonic and boot-time clocks alone: nothing pauses and the stored session is true."""

from __future__ import annotations

import itertools
import sqlite3
import sys
from pathlib import Path

import pytest

from glute_timer.paths import database_path
from tests.storage.process_helpers import start_workout, wait_for_steps

LIBFAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
STEPS = 12
SECONDS = 0.15

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or not LIBFAKETIME.exists(),
        reason="needs libfaketime (Debian package faketime)",
    ),
]


@pytest.mark.parametrize("offset", ["+1h", "-1h"])
def test_a_wall_clock_jump_mid_workout_changes_nothing(tmp_path: Path, offset: str) -> None:
    data = tmp_path / "data"
    stamp = tmp_path / "faketime"
    stamp.write_text("+0\n")
    child = start_workout(
        data,
        STEPS,
        SECONDS,
        env={
            "LD_PRELOAD": str(LIBFAKETIME),
            "FAKETIME_TIMESTAMP_FILE": str(stamp),
            "FAKETIME_NO_CACHE": "1",
            "DONT_FAKE_MONOTONIC": "1",
        },
    )
    try:
        wait_for_steps(database_path(data), 4, child, timeout=60)
        stamp.write_text(f"{offset}\n")  # the clock is set, mid-workout
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err.decode()
    assert b"slept" not in out

    with sqlite3.connect(database_path(data)) as connection:
        started, ended, status = connection.execute(
            "SELECT started_at, ended_at, status FROM sessions"
        ).fetchone()
        steps = connection.execute(
            "SELECT started_at, ended_at, actual_seconds, outcome FROM step_results "
            "ORDER BY position"
        ).fetchall()
    connection.close()
    assert status == "completed"
    assert len(steps) == STEPS
    assert {s[3] for s in steps} == {"completed"}
    assert all(abs(s[2] - SECONDS) < 0.05 for s in steps)
    # Times are milliseconds: the session lasts its steps, not an hour more or less.
    assert 0 < ended - started < 10_000
    for (s_start, s_end, *_), (n_start, *_) in itertools.pairwise(steps):
        assert started <= s_start <= s_end <= n_start
    assert steps[-1][1] <= ended
