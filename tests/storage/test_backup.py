"""Rolling daily backups with the SQLite backup API; a bad file never replaces a good copy."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from glute_timer.storage.backup import backup_name, list_backups, make_daily_backup
from glute_timer.storage.database import check_file, open_database
from tests.storage.history_helpers import add_session

DAY = date(2026, 3, 2)


def _database(tmp_path: Path, sessions: int = 1) -> Path:
    database = open_database(tmp_path / "h.sqlite3")
    for _ in range(sessions):
        add_session(database)
    # Keep the connection pool open so recent data may still sit in the -wal file.
    database.engine.dispose()
    return database.path


def _sessions_in(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT count(*) FROM sessions").fetchone()[0]
    connection.close()
    return int(count)


def test_backup_holds_the_data_and_passes_its_check(tmp_path: Path) -> None:
    source = _database(tmp_path, sessions=3)
    target = make_daily_backup(source, tmp_path / "backups", DAY)
    assert target == tmp_path / "backups" / backup_name(DAY)
    assert check_file(target) is None
    assert _sessions_in(target) == 3
    assert not list((tmp_path / "backups").glob("*.partial"))


def test_backup_includes_data_still_in_the_wal(tmp_path: Path) -> None:
    database = open_database(tmp_path / "h.sqlite3")
    holder = database.engine.connect()  # an open connection keeps the WAL from being merged
    try:
        add_session(database)
        target = make_daily_backup(database.path, tmp_path / "backups", DAY)
        assert target is not None
        assert _sessions_in(target) == 1
    finally:
        holder.close()
        database.close()


def test_one_backup_a_day_and_only_five_days_kept(tmp_path: Path) -> None:
    source = _database(tmp_path)
    folder = tmp_path / "backups"
    for offset in range(7):
        assert make_daily_backup(source, folder, DAY + timedelta(days=offset)) is not None
    assert make_daily_backup(source, folder, DAY + timedelta(days=6)) is None
    names = [p.name for p in list_backups(folder)]
    assert names == [backup_name(DAY + timedelta(days=d)) for d in range(2, 7)]


def test_damaged_source_never_replaces_good_backups(tmp_path: Path) -> None:
    source = _database(tmp_path)
    folder = tmp_path / "backups"
    for offset in range(5):
        make_daily_backup(source, folder, DAY + timedelta(days=offset))
    before = {p.name: p.read_bytes() for p in list_backups(folder)}
    source.write_bytes(b"this is not a database" * 100)
    for name in ("h.sqlite3-wal", "h.sqlite3-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    assert make_daily_backup(source, folder, DAY + timedelta(days=5)) is None
    assert {p.name: p.read_bytes() for p in list_backups(folder)} == before


def _backup_in_process(source: str, folder: str, gate: Any, results: Any) -> None:
    gate.wait()
    try:
        made = make_daily_backup(Path(source), Path(folder), DAY)
        results.put("made" if made is not None else "already there")
    except Exception as error:  # reported to the parent, which fails the test
        results.put(f"failed: {error}")


@pytest.mark.skipif(sys.platform == "win32", reason="fork start method")
def test_two_instances_backing_up_at_once_never_collide(tmp_path: Path) -> None:
    source = _database(tmp_path, sessions=200)
    context = multiprocessing.get_context("fork")
    for attempt in range(3):
        folder = tmp_path / f"backups-{attempt}"
        gate = context.Barrier(2)
        results = context.Queue()
        workers = [
            context.Process(
                target=_backup_in_process, args=(str(source), str(folder), gate, results)
            )
            for _ in range(2)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(30)
        outcomes = sorted(results.get(timeout=5) for _ in workers)
        assert all(not o.startswith("failed") for o in outcomes), outcomes
        assert "made" in outcomes
        assert _sessions_in(folder / backup_name(DAY)) == 200
        assert not list(folder.glob("*.partial"))


def test_a_stale_partial_from_a_killed_backup_is_swept(tmp_path: Path) -> None:
    source = _database(tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / f"{backup_name(DAY)}.999-dead.partial"
    fresh = folder / f"{backup_name(DAY)}.998-busy.partial"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"being written")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    assert make_daily_backup(source, folder, DAY) is not None
    assert not stale.exists()
    assert fresh.exists()  # another instance may be writing it right now
