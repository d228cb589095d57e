"""Starting a real workout process and watching its history from outside."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKOUT_CHILD = Path(__file__).resolve().with_name("workout_child.py")


def committed_steps(path: Path) -> int:
    """Steps another process has committed so far (0 before the schema exists)."""
    if not path.exists():
        return 0
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return int(connection.execute("SELECT count(*) FROM step_results").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def wait_for_steps(path: Path, count: int, child: subprocess.Popen[bytes], timeout: float) -> int:
    """Poll the database (the child's only observable output) until ``count`` steps are in."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seen = committed_steps(path)
        if seen >= count:
            return seen
        if child.poll() is not None:
            raise AssertionError(f"the workout process ended early ({child.returncode})")
        time.sleep(0.01)  # polling interval of a wait on another process's file
    raise AssertionError(f"fewer than {count} steps committed in {timeout} s")


def start_workout(
    data: Path, steps: int, seconds: float, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """Start tests/storage/workout_child.py recording into ``data``."""
    full_env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        GLUTE_TIMER_DATA_DIR=str(data),
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
    )
    full_env.update(env or {})
    return subprocess.Popen(
        [sys.executable, str(WORKOUT_CHILD), str(data), str(steps), str(seconds)],
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
