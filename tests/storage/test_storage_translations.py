"""Storage's sentences for the person follow the installed language (a stand-in catalogue
here), keep their placeholders and counts, and read as before in English."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from glute_timer.domain.library import LIBRARY_CONTEXT
from glute_timer.storage import history_export
from glute_timer.storage.database import open_database
from glute_timer.storage.history_import import ImportResult
from glute_timer.storage.startup import interrupted_notice
from glute_timer.storage.storage_errors import describe_storage_error
from tests.fake_catalogue import installed


def _marked(context: str, text: str, _disambiguation: str | None, _count: int) -> str:
    """A catalogue that translates everything by bracketing it (library names: in German)."""
    if context == LIBRARY_CONTEXT:
        return {"Wall push": "Wanddrücken"}.get(text, "")
    return f"[{text}]"


@pytest.fixture
def marked() -> Iterator[None]:
    with installed(_marked):
        yield


def _session(routine: str, status: str) -> dict[str, Any]:
    return {
        "routine": routine,
        "status": status,
        "effort": None,
        "pain": 2,
        "steps": [],
        "_started_ms": 0,
        "_work_done": 3,
        "_work_planned": 4,
        "_active_seconds": 75.0,
    }


def test_the_table_widens_each_column_to_its_translated_heading(marked: None) -> None:
    text = history_export.to_table([_session("Wall push", "in_progress")])
    heading, row = text.splitlines()
    assert heading.split() == [
        "[STARTED]",
        "[ROUTINE]",
        "[TIME]",
        "[DONE]",
        "[STATUS]",
        "[EFFORT]",
        "[PAIN]",
    ]
    # Right-aligned columns end where their heading ends; left-aligned ones start with it.
    assert row.index("3/4") + 3 == heading.index("[DONE]") + len("[DONE]")
    assert row.index("Wanddrücken") == heading.index("[ROUTINE]")
    assert row.index("[in progress]") == heading.index("[STATUS]")
    assert row.endswith("2") and len(row) == len(heading)
    assert history_export.to_table([]) == "[No sessions recorded yet.]\n"


def test_the_table_reads_as_before_in_english() -> None:
    heading, row = history_export.to_table([_session("Wall push", "in_progress")]).splitlines()
    assert heading.split() == ["STARTED", "ROUTINE", "TIME", "DONE", "STATUS", "EFFORT", "PAIN"]
    assert "  Wall push  " in row and "in progress" in row
    assert len(row) == len(heading)


def test_the_routine_width_counts_the_translated_built_in_names(
    tmp_path: Path, marked: None
) -> None:
    database = open_database(tmp_path / "h.sqlite3")
    database.close()
    connection = sqlite3.connect(tmp_path / "h.sqlite3")
    connection.execute(
        "INSERT INTO sessions (uid, routine_name, routine_snapshot, planned_work_steps, "
        "planned_seconds, started_at, status, notes) "
        "VALUES ('u1', 'Wall push', '', 1, 1, 0, 'completed', '')"
    )
    connection.commit()
    try:
        assert history_export.routine_width(connection) == len("Wanddrücken")
    finally:
        connection.close()


def test_an_import_result_counts_with_the_catalogues_plural(marked: None) -> None:
    assert ImportResult(added=2, skipped=1).message == (
        "[Imported 2 session(s), skipped 1 already present.]"
    )


def test_an_import_result_in_english_counts_one_and_many() -> None:
    assert (
        ImportResult(added=1, skipped=0).message == "Imported 1 session, skipped 0 already present."
    )
    assert ImportResult(added=2, skipped=3).message == (
        "Imported 2 sessions, skipped 3 already present."
    )


def test_a_storage_reason_is_translated(marked: None) -> None:
    error = sqlite3.OperationalError("database or disk is full")
    assert describe_storage_error(error) == "[the disk is full; free some space and try again]"


def test_the_interrupted_notice_is_two_whole_clauses(tmp_path: Path, marked: None) -> None:
    database = open_database(tmp_path / "h.sqlite3")
    try:
        text = interrupted_notice(database, [41, 42])
    finally:
        database.close()
    assert text == (
        "[[2 workouts were cut short when the app closed unexpectedly]; "
        "[no finished step was kept in the history, marked interrupted].]"
    )


def test_the_interrupted_notice_for_several_workouts_in_english(tmp_path: Path) -> None:
    database = open_database(tmp_path / "h.sqlite3")
    try:
        text = interrupted_notice(database, [41, 42])
    finally:
        database.close()
    assert text == (
        "2 workouts were cut short when the app closed unexpectedly; no finished step was "
        "kept in the history, marked interrupted."
    )
