"""The export formats: JSON exactly as documented, CSV one row per step, a plain table."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from glute_timer.storage import history_export
from glute_timer.storage.database import open_database
from glute_timer.storage.models import SessionRow, StepResultRow
from tests.storage.history_helpers import T0, add_session, small_plan


def test_instants_are_utc_to_the_millisecond() -> None:
    moment = datetime(2026, 11, 22, 8, 15, 2, 123456, tzinfo=UTC)
    from glute_timer.storage.models import datetime_to_ms

    assert history_export.format_instant(datetime_to_ms(moment)) == "2026-11-22T08:15:02.123Z"
    assert history_export.format_instant(0) == "1970-01-01T00:00:00.000Z"
    assert history_export.format_instant(None) is None


@pytest.fixture
def path(tmp_path: Path) -> Path:
    database = open_database(tmp_path / "h.sqlite3")
    _, plan = small_plan()
    add_session(database, started_at=T0, effort=3, pain=1)
    with database.session() as session, session.begin():
        row = SessionRow(
            routine_name="Test routine",
            routine_snapshot="{}",
            started_at=T0 + timedelta(days=1),
            status="stopped",
            notes='sore, "left"',
        )
        session.add(row)
        session.flush()
        step = plan.steps[1]
        session.add(
            StepResultRow(
                session_id=row.id,
                position=0,
                plan_index=1,
                kind="hold",
                exercise=step.exercise,
                side="left",
                set_number=1,
                set_count=2,
                planned_seconds=30.0,
                actual_seconds=12.3456,
                outcome="stopped",
                started_at=T0 + timedelta(days=1, seconds=5.0017),
                ended_at=T0 + timedelta(days=1, seconds=40.25),
            )
        )
    database.close()
    return tmp_path / "h.sqlite3"


def _read(path: Path, **kwargs: object) -> list[dict[str, object]]:
    connection = history_export.open_readonly(path)
    try:
        return history_export.read_sessions(connection, **kwargs)  # type: ignore[arg-type]
    finally:
        connection.close()


def test_json_shape(path: Path) -> None:
    data = json.loads(history_export.to_json(_read(path)))
    assert [s["id"] for s in data] == [2, 1]  # newest first
    newest = data[0]
    assert set(newest) == {
        "id",
        "uid",
        "routine",
        "started_at",
        "ended_at",
        "status",
        "effort",
        "pain",
        "notes",
        "steps",
    }
    assert uuid.UUID(newest["uid"]).version == 4
    assert newest["uid"] != data[1]["uid"]
    # started_at/ended_at: when the first step began and the last one ended.
    assert newest["started_at"] == "2026-03-03T08:00:05.002Z"
    assert newest["ended_at"] == "2026-03-03T08:00:40.250Z"
    assert newest["status"] == "stopped"
    assert newest["effort"] is None and newest["notes"] == 'sore, "left"'
    assert newest["steps"] == [
        {
            "kind": "hold",
            "exercise": "Wall push",
            "side": "left",
            "set": 1,
            "planned_seconds": 30.0,
            "actual_seconds": 12.346,
            "outcome": "stopped",
        }
    ]
    oldest = data[1]
    assert (oldest["effort"], oldest["pain"]) == (3, 1)
    assert oldest["started_at"] == "2026-03-02T08:00:00.000Z"
    assert len(oldest["steps"]) == 8


def test_limit_and_routine(path: Path) -> None:
    assert [s["id"] for s in _read(path, limit=1)] == [2]
    assert [s["id"] for s in _read(path, limit=1, offset=1)] == [1]
    assert _read(path, routine="Other") == []
    assert _read(path, session_ids=[]) == []


def test_csv_one_row_per_step(path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(history_export.to_csv(_read(path)))))
    assert len(rows) == 1 + 8
    assert tuple(rows[0]) == history_export.CSV_COLUMNS
    assert rows[0]["notes"] == 'sore, "left"'
    assert rows[0]["actual_seconds"] == "12.346"
    assert rows[0]["step_started_at"] == "2026-03-03T08:00:05.002Z"
    assert {r["session_id"] for r in rows[1:]} == {"1"}
    assert [r["step"] for r in rows[1:]] == [str(n) for n in range(1, 9)]


def test_session_without_steps_has_one_csv_row() -> None:
    session = {
        "id": 3,
        "routine": "R",
        "started_at": None,
        "ended_at": None,
        "status": "interrupted",
        "effort": None,
        "pain": None,
        "notes": "",
        "steps": [],
    }
    rows = list(csv.reader(io.StringIO(history_export.to_csv([session]))))
    assert rows[1][:5] == ["3", "R", "", "", "interrupted"]
    assert len(rows) == 2


def test_table(path: Path) -> None:
    text = history_export.to_table(_read(path))
    lines = text.splitlines()
    assert lines[0].split() == ["STARTED", "ROUTINE", "TIME", "DONE", "STATUS", "EFFORT", "PAIN"]
    assert "0/0" in lines[1] and "stopped" in lines[1]
    assert "4/4" in lines[2] and "completed" in lines[2]
    assert history_export.to_table([]) == "No sessions recorded yet.\n"


def test_old_schema_and_garbage_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        history_export.open_readonly(tmp_path / "none.sqlite3")
    empty = tmp_path / "empty.sqlite3"
    import sqlite3

    sqlite3.connect(empty).close()
    with pytest.raises(history_export.SchemaMismatchError):
        history_export.open_readonly(empty)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"junk" * 1000)
    with pytest.raises(sqlite3.DatabaseError):
        history_export.open_readonly(junk)
