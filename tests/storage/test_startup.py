"""Start-up: a garbage file is kept aside and a fresh history starts; recovery; backups."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from glute_timer.paths import database_path
from glute_timer.storage.backup import backup_dir, list_backups
from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.storage.startup import open_history
from tests.storage.history_helpers import add_session


def test_garbage_file_is_moved_aside_and_the_person_is_told(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    garbage = b"\x00\x01 definitely not SQLite " * 200
    database_path(data).write_bytes(garbage)
    report = open_history(data, today=date(2026, 3, 2))
    try:
        assert report.moved_aside is not None
        assert report.moved_aside.read_bytes() == garbage  # kept, never deleted
        assert report.moved_aside.parent == data
        assert any(str(report.moved_aside) in m for m in report.messages)
        assert report.backup is None  # a fresh, empty file is not backed up over good copies
        repository = HistoryRepository(report.database)
        assert repository.count_sessions() == 0
        sid = add_session(report.database)
        assert repository.session_detail(sid) is not None
    finally:
        report.database.close()


def test_a_locked_history_is_not_mistaken_for_a_damaged_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    first = open_history(data, make_backup=False)
    add_session(first.database)
    first.database.close()
    real_connect = sqlite3.connect

    def busy_check(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        # Another program holds the file for a moment (or it cannot be read just now).
        if "mode=ro" in str(target):
            raise sqlite3.OperationalError("database is locked")
        connection: sqlite3.Connection = real_connect(target, *args, **kwargs)
        return connection

    monkeypatch.setattr(sqlite3, "connect", busy_check)
    report = open_history(data, make_backup=False)
    try:
        assert report.moved_aside is None
        assert not list(data.glob("*damaged*"))
        assert HistoryRepository(report.database).count_sessions() == 1
    finally:
        report.database.close()


def test_start_up_marks_interrupted_and_makes_a_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = open_history(data, today=date(2026, 3, 2))
    sid = add_session(first.database, status="in_progress", token="f00d")
    first.database.close()
    report = open_history(data, today=date(2026, 3, 3))
    try:
        assert report.interrupted == [sid]
        assert len(report.messages) == 1
        assert report.messages[0].startswith("A workout was cut short")
        assert report.backup is not None
        assert [p.name for p in list_backups(backup_dir(data))] == [
            "glute-timer-2026-03-02.sqlite3",
            "glute-timer-2026-03-03.sqlite3",
        ]
    finally:
        report.database.close()


def test_deleted_sessions_are_purged_a_day_later(tmp_path: Path) -> None:
    from datetime import timedelta

    from tests.storage.history_helpers import T0

    data = tmp_path / "data"
    first = open_history(data, now=lambda: T0)
    repository = HistoryRepository(first.database, now=lambda: T0)
    sid = add_session(first.database)
    repository.delete_session(sid)
    first.database.close()
    again = open_history(data, now=lambda: T0 + timedelta(hours=1))
    assert HistoryRepository(again.database).restore_session(sid)
    HistoryRepository(again.database, now=lambda: T0).delete_session(sid)
    again.database.close()
    later = open_history(data, now=lambda: T0 + timedelta(days=2))
    try:
        assert not HistoryRepository(later.database).restore_session(sid)
    finally:
        later.database.close()


def test_backup_can_run_in_the_background(tmp_path: Path) -> None:
    data = tmp_path / "data"
    report = open_history(data, today=date(2026, 3, 2), background_backup=True)
    try:
        assert report.backup_thread is not None
        report.wait_for_backup(10)
        assert not report.backup_thread.is_alive()
        assert report.backup == backup_dir(data) / "glute-timer-2026-03-02.sqlite3"
        assert report.backup.exists()
    finally:
        report.database.close()


def test_unwritable_backup_folder_is_reported_not_raised(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "backups").write_text("a file where the folder should be")
    report = open_history(data, today=date(2026, 3, 2))
    try:
        assert report.backup is None
        assert any("backup" in m and "could not be written" in m for m in report.messages)
    finally:
        report.database.close()
