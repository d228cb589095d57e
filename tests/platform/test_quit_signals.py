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
from pytestqt.qtbot import QtBot

from glute_timer.paths import database_path
from glute_timer.platform.quit_signals import QuitOnSignals

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


def test_the_handler_quits_from_the_event_loop_not_in_the_middle_of_code(qtbot: QtBot) -> None:
    # The Python handler runs between any two bytecodes (here: right after raise_signal),
    # perhaps halfway through starting a workout; quitting must wait for the event loop.
    calls: list[str] = []
    watcher = QuitOnSignals(lambda: calls.append("quit"))
    try:
        signal.raise_signal(signal.SIGTERM)
        calls.append("code after the signal")
        qtbot.waitUntil(lambda: "quit" in calls, timeout=2000)
    finally:
        watcher.restore()
    assert calls == ["code after the signal", "quit"]
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
