"""Importing history: round trip, merge rules, one transaction, bad files change nothing."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from glute_timer.paths import database_path
from glute_timer.storage import history_export
from glute_timer.storage.database import Database, open_database
from glute_timer.storage.history_import import import_history_file, import_into_data_dir
from glute_timer.storage.history_repository import HistoryRepository
from tests.storage.history_helpers import T0, add_session


def _export(path: Path) -> str:
    connection = history_export.open_readonly(path)
    try:
        return history_export.to_json(history_export.read_sessions(connection))
    finally:
        connection.close()


def _fill(directory: Path, days: range, **kwargs: Any) -> Path:
    path = database_path(directory)
    database = open_database(path)
    repository = HistoryRepository(database)
    for day in days:
        sid = add_session(
            database,
            started_at=T0 + timedelta(days=day),
            routine="Wall push" if day % 2 else "Side plank",
            effort=day % 11,
            pain=(day * 3) % 11,
            **kwargs,
        )
        repository.set_rating(sid, day % 11, (day * 3) % 11, f'day {day}, "quoted" note')
    database.close()
    return path


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return _fill(tmp_path / "a", range(5))


def _write(tmp_path: Path, text: str, name: str = "history.json") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_round_trip_into_an_empty_folder_is_identical(tmp_path: Path, source: Path) -> None:
    exported = _export(source)
    file = _write(tmp_path, exported)
    result = import_into_data_dir(database_path(tmp_path / "b"), file)
    assert (result.added, result.skipped, result.error) == (5, 0, None)
    assert result.message == "Imported 5 sessions, skipped 0 already present."
    assert _export(database_path(tmp_path / "b")) == exported


def test_importing_twice_skips_everything(tmp_path: Path, source: Path) -> None:
    file = _write(tmp_path, _export(source))
    target = database_path(tmp_path / "b")
    assert import_into_data_dir(target, file).added == 5
    again = import_into_data_dir(target, file)
    assert (again.added, again.skipped) == (0, 5)
    assert import_into_data_dir(source, file).skipped == 5  # into the folder it came from


def test_partial_overlap_adds_only_the_new_ones_and_keeps_ratings(
    tmp_path: Path, source: Path
) -> None:
    everything = json.loads(_export(source))
    target_path = database_path(tmp_path / "b")
    first = _write(tmp_path, json.dumps(everything[2:]), "old.json")  # the 3 oldest
    assert import_into_data_dir(target_path, first).added == 3
    result = import_into_data_dir(target_path, _write(tmp_path, json.dumps(everything[:4])))
    assert (result.added, result.skipped) == (2, 2)
    merged = json.loads(_export(target_path))
    assert [s["uid"] for s in merged] == [s["uid"] for s in everything[:5]]
    for mine, theirs in zip(merged, everything, strict=True):
        assert (mine["effort"], mine["pain"], mine["notes"]) == (
            theirs["effort"],
            theirs["pain"],
            theirs["notes"],
        )
        assert mine["steps"] == theirs["steps"]


def test_exports_without_uid_match_on_routine_and_start(tmp_path: Path, source: Path) -> None:
    old_style = json.loads(_export(source))
    for session in old_style:
        del session["uid"]
    file = _write(tmp_path, json.dumps(old_style))
    result = import_into_data_dir(source, file)
    assert (result.added, result.skipped) == (0, 5)
    # Another routine at the same moment is another session.
    old_style[0]["routine"] = "Clamshell"
    result = import_into_data_dir(source, _write(tmp_path, json.dumps(old_style)))
    assert (result.added, result.skipped) == (1, 4)
    target = database_path(tmp_path / "b")
    assert import_into_data_dir(target, file).added == 5
    assert import_into_data_dir(target, file).added == 0
    uids = [s["uid"] for s in json.loads(_export(target))]
    assert len(set(uids)) == 5 and all(uids)


def test_a_deleted_session_is_not_brought_back(tmp_path: Path, source: Path) -> None:
    file = _write(tmp_path, _export(source))
    database = open_database(source)
    try:
        assert HistoryRepository(database).delete_session(1)
        result = import_history_file(database, file)
    finally:
        database.close()
    assert (result.added, result.skipped) == (0, 5)
    assert len(json.loads(_export(source))) == 4


def _counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as connection:
        sessions = connection.execute("SELECT count(*) FROM sessions").fetchone()[0]
        steps = connection.execute("SELECT count(*) FROM step_results").fetchone()[0]
    connection.close()
    return sessions, steps


def test_a_bad_file_changes_nothing(tmp_path: Path, source: Path) -> None:
    data = json.loads(_export(source))
    for session in data:
        session["uid"] = None  # new to the target, so they would be added
        session["routine"] = "Moved"
    data[3]["steps"][1]["outcome"] = "finished"
    before = _counts(source)
    result = import_into_data_dir(source, _write(tmp_path, json.dumps(data), "x.json"))
    assert result.added == 0
    assert result.error == (
        "x.json: sessions[3].steps[1].outcome: must be one of completed, skipped, stopped, restarted"
    )
    assert result.message == result.error
    assert _counts(source) == before


def test_a_database_failure_rolls_everything_back(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from glute_timer.storage import history_import

    file = _write(tmp_path, _export(source))
    target = database_path(tmp_path / "b")
    open_database(target).close()

    def broken(session_id: int, item: object) -> list[tuple[object, ...]]:
        return [(session_id, 0, *([None] * 11))]  # NULL in NOT NULL columns

    monkeypatch.setattr(history_import, "_step_rows", broken)
    database: Database = open_database(target)
    try:
        result = import_history_file(database, file)
    finally:
        database.close()
    assert result.error is not None and result.error.startswith("history.json: cannot be stored")
    assert _counts(target) == (0, 0)


def test_in_progress_sessions_arrive_as_interrupted(tmp_path: Path) -> None:
    source = _fill(tmp_path / "a", range(1), status="in_progress")
    data = json.loads(_export(source))
    assert data[0]["status"] == "in_progress"
    target = database_path(tmp_path / "b")
    assert import_into_data_dir(target, _write(tmp_path, json.dumps(data))).added == 1
    assert json.loads(_export(target))[0]["status"] == "interrupted"
