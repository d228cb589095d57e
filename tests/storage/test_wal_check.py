"""Reading a write-ahead log by hand agrees with what SQLite replays; a live owner is seen."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from glute_timer.storage.wal_check import has_open_connection, read_wal_frames
from tests.storage.file_damage import flip_bytes

ROWS = 9


def _wal_state(tmp_path: Path) -> tuple[Path, Path]:
    """A database with ROWS committed inserts still in its -wal, copied as a crash leaves it."""
    live = tmp_path / "live.sqlite3"
    connection = sqlite3.connect(live, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute("CREATE TABLE t (x INTEGER)")
    for value in range(ROWS):
        connection.execute("INSERT INTO t VALUES (?)", (value,))
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    shutil.copyfile(live, crashed / "db.sqlite3")
    shutil.copyfile(tmp_path / "live.sqlite3-wal", crashed / "db.sqlite3-wal")
    connection.close()
    return crashed / "db.sqlite3", crashed / "db.sqlite3-wal"


def _rows(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        count = int(connection.execute("SELECT count(*) FROM t").fetchone()[0])
    connection.close()
    return count


def test_a_sound_log_is_replayed_in_full(tmp_path: Path) -> None:
    db, wal = _wal_state(tmp_path)
    frames = read_wal_frames(wal)
    assert frames is not None
    assert frames.committed_transactions == ROWS + 1  # the CREATE and each INSERT
    assert frames.dropped == 0
    assert _rows(db) == ROWS


def test_a_damaged_frame_is_counted_as_sqlite_drops_it(tmp_path: Path) -> None:
    db, wal = _wal_state(tmp_path)
    flip_bytes(wal, wal.stat().st_size // 2)
    frames = read_wal_frames(wal)
    assert frames is not None and frames.dropped > 0
    # What our count says SQLite will replay is what SQLite does replay.
    assert _rows(db) == frames.replayable_transactions - 1


def test_no_log_header_means_nothing_to_check(tmp_path: Path) -> None:
    wal = tmp_path / "x-wal"
    wal.write_bytes(b"\x00" * 10)
    assert read_wal_frames(wal) is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")
def test_a_connection_in_another_process_is_seen_and_a_killed_one_is_not(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('PRAGMA journal_mode=WAL'); c.execute('CREATE TABLE t (x)'); c.commit(); "
            "c.execute('SELECT * FROM t').fetchall(); print('ready', flush=True); sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == b"ready"
        assert has_open_connection(path) is True
    finally:
        holder.kill()  # as kill -9 does: the -shm stays, its locks go with the process
        holder.communicate(timeout=10)
    assert path.with_name("h.sqlite3-shm").exists()
    assert has_open_connection(path) is False
