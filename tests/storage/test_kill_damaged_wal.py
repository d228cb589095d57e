"""From a real kill -9 mid-workout: a read-only ``history`` tells the truth at once, and a
write-ahead log damaged afterwards is kept and owned up to instead of silently cut short."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from glute_timer.cli import main
from glute_timer.paths import database_path
from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.storage.startup import open_history
from glute_timer.storage.wal_check import read_wal_frames
from tests.storage.file_damage import digest, flip_bytes
from tests.storage.process_helpers import committed_steps, start_workout, wait_for_steps

STEPS_BEFORE_KILL = 9

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


@pytest.fixture(scope="module")
def killed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder as a kill -9 leaves it: the session in_progress, its steps in the WAL."""
    data = tmp_path_factory.mktemp("killed") / "data"
    child = start_workout(data, 10_000, 0.05)
    try:
        wait_for_steps(database_path(data), STEPS_BEFORE_KILL, child, timeout=60)
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == -signal.SIGKILL
    assert database_path(data).with_name("glute-timer.sqlite3-wal").stat().st_size > 0
    return data


def _copy(killed: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(killed, data)
    return data


def test_history_right_after_the_kill_says_interrupted_and_changes_nothing(
    killed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _copy(killed, tmp_path)
    path = database_path(data)
    wal = path.with_name(path.name + "-wal")
    before = (digest(path), digest(wal), sorted(p.name for p in (data / "locks").iterdir()))
    status = main(["--data-dir", str(data), "history", "--json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    [session] = json.loads(out)
    assert session["status"] == "interrupted"
    assert len(session["steps"]) >= STEPS_BEFORE_KILL
    # Read only: the file, its log and the lock files are as the kill left them.
    assert (digest(path), digest(wal), sorted(p.name for p in (data / "locks").iterdir())) == (
        before
    )
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT status FROM sessions").fetchall() == [("in_progress",)]
    connection.close()


def test_a_damaged_wal_is_kept_and_the_notice_counts_the_steps_really_kept(
    killed: Path, tmp_path: Path
) -> None:
    data = _copy(killed, tmp_path)
    path = database_path(data)
    wal = path.with_name(path.name + "-wal")
    frames = read_wal_frames(wal)
    assert frames is not None and frames.dropped == 0
    flip_bytes(wal, wal.stat().st_size // 2)  # 64 bytes in the middle of the log
    damaged = digest(wal)
    damaged_frames = read_wal_frames(wal)
    assert damaged_frames is not None and damaged_frames.dropped > 0

    report = open_history(data, make_backup=False)
    try:
        kept = report.database.file_report.wal_copy if report.database.file_report else None
        assert kept is not None and digest(kept) == damaged  # the log as it was, byte for byte
        journal, interrupted = report.messages
        assert str(kept) in journal and "could not be read back" in journal
        [summary] = HistoryRepository(report.database).list_sessions()
        assert summary.status == "interrupted"
        detail = HistoryRepository(report.database).session_detail(summary.id)
        assert detail is not None
        steps = len(detail.steps)
        assert steps < STEPS_BEFORE_KILL  # SQLite stopped at the bad frame
        expected = "1 finished step is" if steps == 1 else f"{steps} finished steps are"
        if steps == 0:
            expected = "no finished step was"
        assert f"cut short when the app closed unexpectedly; {expected} kept" in interrupted
    finally:
        report.database.close()


def test_a_sound_wal_after_a_kill_leaves_no_copy_behind(killed: Path, tmp_path: Path) -> None:
    data = _copy(killed, tmp_path)
    steps = committed_steps(database_path(data))
    report = open_history(data, make_backup=False)
    try:
        assert report.database.notices == []
        assert list(data.glob("*journal*")) == []
        assert report.messages == [
            "A workout was cut short when the app closed unexpectedly; "
            f"{steps} finished steps are kept in the history, marked interrupted."
        ]
    finally:
        report.database.close()
