"""A second ``glute-timer start NAME`` hands NAME to the app already open (real processes)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from glute_timer.paths import database_path, log_path
from glute_timer.platform.single_instance import server_name

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="POSIX")]

LISTENING = "listening for other starts on"


def _glute_timer(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "glute_timer", "--data-dir", str(data), "--audio", "none", *args]


def _log_text(data: Path) -> str:
    try:
        return log_path(data).read_text(encoding="utf-8")
    except OSError:
        return ""


def test_the_name_is_per_data_folder(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "b" / ".." / "a")


def test_a_second_start_starts_in_the_running_app_or_says_it_is_busy(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    errors = tmp_path / "first-stderr.txt"
    with errors.open("w") as stderr:
        first = subprocess.Popen(
            _glute_timer(data), env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
    try:
        qtbot.waitUntil(
            lambda: LISTENING in _log_text(data) or first.poll() is not None, timeout=60_000
        )
        assert first.poll() is None, errors.read_text()
        second = subprocess.run(
            _glute_timer(data, "start", "wall PUSH"),
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert second.stdout.strip() == "Started 'Wall push' in the Glute Timer already open."
        # Mid-workout, a further Start does not interrupt: the window comes up with a message.
        third = subprocess.run(
            _glute_timer(data, "start", "Wall push"),
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert third.returncode == 0, third.stderr
        assert "in the middle of a workout" in third.stdout
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=60)
    connection = sqlite3.connect(f"{database_path(data).as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT routine_name, status FROM sessions").fetchall()
    finally:
        connection.close()
    assert rows == [("Wall push", "stopped")]  # one workout, in the first app
