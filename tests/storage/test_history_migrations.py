"""Every migration upgrades a database holding data and keeps that data intact."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from glute_timer.storage import schema_version
from glute_timer.storage.database import (
    alembic_config,
    create_sqlite_engine,
    head_revision,
    migrate,
    open_database,
)
from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.storage.routine_repository import RoutineRepository
from tests.storage.history_helpers import T0, add_session, small_plan


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _fill_0001(connection: sqlite3.Connection) -> None:
    connection.execute(
        "INSERT INTO custom_routines (name, name_key, definition, created_at, updated_at) "
        "VALUES ('Mine', 'mine', ?, '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
        (
            '{"name": "Mine", "prep_seconds": 5, "exercises": [{"name": "Clam", "mode": "hold", '
            '"hold_seconds": 20, "sets": 1, "sides": "both"}]}',
        ),
    )


def _check_0001(path: Path) -> None:
    database = open_database(path)
    try:
        entry = RoutineRepository(database).find("mine")
        assert entry is not None
        assert entry.routine.exercises[0].name == "Clam"
    finally:
        database.close()


def _fill_0002(connection: sqlite3.Connection) -> None:
    _fill_0001(connection)
    for sid, started in ((1, 1_772_438_400_000), (2, 1_772_524_800_000)):
        connection.execute(
            "INSERT INTO sessions (id, routine_name, routine_snapshot, planned_work_steps, "
            "planned_seconds, started_at, ended_at, status, effort, pain, notes) "
            "VALUES (?, 'Mine', '{}', 2, 40.0, ?, ?, 'completed', 4, 2, 'fine')",
            (sid, started, started + 45_000),
        )
        for position, side in enumerate(("left", "right")):
            connection.execute(
                "INSERT INTO step_results (session_id, position, plan_index, kind, exercise, "
                "side, set_number, set_count, planned_seconds, actual_seconds, outcome, "
                "started_at, ended_at) VALUES (?, ?, ?, 'hold', 'Clam', ?, 1, 1, 20.0, 19.5, "
                "'completed', ?, ?)",
                (sid, position, position, side, started + position * 21_000, started + 20_000),
            )


def _check_0002(path: Path) -> None:
    _check_0001(path)
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT id, routine_name, effort, pain, notes FROM sessions WHERE id IN (1, 2) "
            "ORDER BY id"
        ).fetchall()
        steps = connection.execute(
            "SELECT session_id, side, actual_seconds FROM step_results WHERE session_id IN "
            "(1, 2) ORDER BY session_id, position"
        ).fetchall()
    connection.close()
    assert rows == [(1, "Mine", 4, 2, "fine"), (2, "Mine", 4, 2, "fine")]
    assert steps == [(1, "left", 19.5), (1, "right", 19.5), (2, "left", 19.5), (2, "right", 19.5)]


def _fill_0003(connection: sqlite3.Connection) -> None:
    _fill_0002(connection)


def _check_0003(path: Path) -> None:
    _check_0002(path)
    with sqlite3.connect(path) as connection:
        uids = [row[0] for row in connection.execute("SELECT uid FROM sessions")]
    connection.close()
    assert uids and len(set(uids)) == len(uids)
    assert all(uuid.UUID(uid).version == 4 for uid in uids)


def _fill_0005(connection: sqlite3.Connection) -> None:
    _fill_0003(connection)
    connection.execute("UPDATE step_results SET reps_done = 7 WHERE session_id = 2")


def _check_0005(path: Path) -> None:
    _check_0003(path)
    with sqlite3.connect(path) as connection:
        counts = connection.execute(
            "SELECT session_id, reps_done FROM step_results WHERE session_id IN (1, 2) "
            "ORDER BY session_id, position"
        ).fetchall()
    connection.close()
    assert counts == [(1, None), (1, None), (2, 7), (2, 7)]


# For each revision: how to fill a database at that revision, and how to find the data later.
FILLERS: dict[str, tuple[Callable[[sqlite3.Connection], None], Callable[[Path], None]]] = {
    "0001": (_fill_0001, _check_0001),
    "0002": (_fill_0002, _check_0002),
    "0003": (_fill_0003, _check_0003),
    "0005": (_fill_0005, _check_0005),
}


def test_every_revision_has_a_filler() -> None:
    assert set(FILLERS) == set(_revisions())


def test_schema_revision_constant_is_the_newest_migration() -> None:
    assert head_revision() == schema_version.SCHEMA_REVISION


@pytest.mark.parametrize("revision", _revisions())
def test_upgrade_from_each_revision_keeps_data(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_sqlite_engine(path)
    migrate(engine, revision)
    engine.dispose()
    fill, check = FILLERS[revision]
    with sqlite3.connect(path) as connection:
        fill(connection)
    connection.close()
    database = open_database(path)
    try:
        assert database.moved_aside is None
        with sqlite3.connect(path) as raw:
            assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (
                head_revision(),
            )
        raw.close()
        # The new tables work on an upgraded file.
        session_id = add_session(database, started_at=T0)
        assert HistoryRepository(database).session_detail(session_id) is not None
    finally:
        database.close()
    check(path)


def test_sessions_survive_reopening_at_head(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    database = open_database(path)
    session_id = add_session(database, started_at=T0, effort=4, pain=1)
    database.close()
    database = open_database(path)
    try:
        detail = HistoryRepository(database).session_detail(session_id)
        assert detail is not None
        assert detail.summary.started_at == T0
        assert (detail.summary.effort, detail.summary.pain) == (4, 1)
        assert len(detail.steps) == len(small_plan()[1].steps) - 1  # all but finish
    finally:
        database.close()


def test_each_revision_lists_the_tables_it_has(tmp_path: Path) -> None:
    # How databases made before application_id are recognised: their tables and revision.
    from glute_timer.storage.schema_version import REVISION_TABLES

    assert set(REVISION_TABLES) == set(_revisions())
    for revision in _revisions():
        path = tmp_path / f"{revision}.sqlite3"
        engine = create_sqlite_engine(path)
        migrate(engine, revision)
        engine.dispose()
        with sqlite3.connect(path) as connection:
            names = {
                str(row[0])
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT IN ('alembic_version') AND name NOT LIKE 'sqlite_%'"
                )
            }
        connection.close()
        assert names == REVISION_TABLES[revision], revision


def test_migration_0003_gives_existing_and_raw_inserted_sessions_a_uid(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_sqlite_engine(path)
    migrate(engine, "0002")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        _fill_0002(connection)
    connection.close()
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO sessions (routine_name, routine_snapshot, started_at, status) "
            "VALUES ('Raw', '{}', 0, 'completed')"
        )
        uids = [row[0] for row in connection.execute("SELECT uid FROM sessions ORDER BY id")]
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE sessions SET uid = ? WHERE id = 2", (uids[0],))
    connection.close()
    assert len(uids) == 3 and len(set(uids)) == 3
    assert all(uuid.UUID(uid).version == 4 for uid in uids)
