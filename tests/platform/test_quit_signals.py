"""SIGTERM (log-out, `kill`) and SIGINT quit the app cleanly: the workout is stored as stopped."""

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

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX"),
]


def _sessions(path: Path) -> list[tuple[str, int]]:
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return connection.execute(
                "SELECT s.status, count(r.id) FROM sessions s "
                "LEFT JOIN step_results r ON r.session_id = s.id GROUP BY s.id"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return []  # not created or not migrated yet


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_signal_stops_the_workout_and_quits(tmp_path: Path, number: signal.Signals) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "glute_timer",
            "--data-dir",
            str(data),
            "--audio",
            "none",
            "start",
            "Wall push",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not _sessions(database_path(data)):
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "the workout never started"
            time.sleep(0.05)  # polls another process's file: there is no signal to wait on
        process.send_signal(number)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    assert _sessions(database_path(data)) == [("stopped", 1)]  # the prepare step, stopped
