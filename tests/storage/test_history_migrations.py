"""Every migration upgrades a database holding data and keeps that data intact."""

from __future__ import annotations

import json
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


def _fill_0004(connection: sqlite3.Connection) -> None:
    _fill_0001(connection)
    connection.execute(
        "INSERT INTO plan_entries (routine_name, routine_key, frequency, per_week, weekdays, "
        "remind_at, since, created_at) VALUES ('Wall push', 'wall push', 'daily', NULL, '', "
        "'07:30', '2026-03-02', 0), ('Mine', 'mine', 'weekdays', NULL, '0,2,4', NULL, "
        "'2026-03-02', 0)"
    )
    connection.execute(
        "INSERT INTO rest_days (day, kind, reason, created_at) "
        "VALUES ('2026-03-04', 'flare-up', 'hip sore', 0)"
    )
    connection.execute(
        "INSERT INTO dismissed_suggestions (key, dismissed_at) VALUES ('more:mine:20/20s*1', 0)"
    )


def _check_0004(path: Path) -> None:
    from datetime import date, time

    from glute_timer.domain.schedule import Frequency, RestKind
    from glute_timer.storage.plan_repository import PlanRepository

    _check_0001(path)
    database = open_database(path)
    try:
        plan = PlanRepository(database)
        wall, mine = plan.entries()
        assert (wall.routine, wall.frequency, wall.remind_at) == (
            "Wall push",
            Frequency.DAILY,
            time(7, 30),
        )
        assert (mine.frequency, mine.weekdays) == (Frequency.WEEKDAYS, frozenset({0, 2, 4}))
        (rest,) = plan.rest_days()
        assert (rest.day, rest.kind, rest.reason) == (
            date(2026, 3, 4),
            RestKind.FLARE_UP,
            "hip sore",
        )
        assert plan.dismissed() == {"more:mine:20/20s*1"}
    finally:
        database.close()


def _fill_0006(connection: sqlite3.Connection) -> None:
    _fill_0003(connection)


def _check_0006(path: Path) -> None:
    _check_0003(path)  # the "Clam" steps are no wall push: their sides stay as they were


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
    "0004": (_fill_0004, _check_0004),
    "0006": (_fill_0006, _check_0006),
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


def test_plan_migration_adds_empty_tables_to_a_history_and_downgrades(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    engine = create_sqlite_engine(path)
    migrate(engine, "0003")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        _fill_0002(connection)  # raw rows: the models are at the head revision, not at 0003
    connection.close()
    session_id = 1

    database = open_database(path)  # to head
    try:
        from glute_timer.storage.plan_repository import PlanRepository

        plan = PlanRepository(database)
        assert plan.entries() == [] and plan.rest_days() == []
        assert HistoryRepository(database).session_detail(session_id) is not None
    finally:
        database.close()

    from alembic import command

    engine = create_sqlite_engine(path)
    with engine.begin() as alembic_connection:
        config = alembic_config()
        config.attributes["connection"] = alembic_connection
        command.downgrade(config, "0003")
    engine.dispose()
    with sqlite3.connect(path) as raw:
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        assert "plan_entries" not in tables and "rest_days" not in tables
        assert raw.execute("SELECT count(*) FROM sessions").fetchone() == (2,)
    raw.close()
    _check_0002(path)


# An old wall push session: the left knee was lifted for 30 s (the old LEFT), the right knee
# for 12 s (the old RIGHT, stopped early). In the working-side convention that is 30 s on the
# right standing leg and 12 s on the left.
OLD_WALL_PUSH_STEPS = (("left", 30.0, "completed"), ("right", 12.0, "stopped"))


def _old_session(
    connection: sqlite3.Connection,
    session_id: int,
    routine_name: str,
    snapshot: str,
    exercise: str,
    started: int,
) -> None:
    connection.execute(
        "INSERT INTO sessions (id, uid, routine_name, routine_snapshot, planned_work_steps, "
        "planned_seconds, started_at, ended_at, status, notes) "
        "VALUES (?, ?, ?, ?, 2, 60.0, ?, ?, 'completed', '')",
        (session_id, str(uuid.uuid4()), routine_name, snapshot, started, started + 50_000),
    )
    for position, (side, seconds, outcome) in enumerate(OLD_WALL_PUSH_STEPS):
        connection.execute(
            "INSERT INTO step_results (session_id, position, plan_index, kind, exercise, "
            "side, set_number, set_count, planned_seconds, actual_seconds, outcome, "
            "started_at, ended_at) VALUES (?, ?, ?, 'hold', ?, ?, 1, 1, 30.0, ?, ?, ?, ?)",
            (
                session_id,
                position,
                position + 1,
                exercise,
                side,
                seconds,
                outcome,
                started + position * 31_000,
                started + position * 31_000 + int(seconds * 1000),
            ),
        )


def _database_at_0003_with_old_sessions(path: Path) -> None:
    from glute_timer.domain import library
    from glute_timer.domain.model import Exercise, Routine
    from glute_timer.domain.routine_file import dump_routine

    engine = create_sqlite_engine(path)
    migrate(engine, "0003")
    engine.dispose()
    wall_push = library.builtin_routine("Wall push")
    assert wall_push is not None
    # A custom routine whose own exercise is drawn as the wall push, and one whose exercise
    # is called "Wall push" but drawn otherwise (so it was not the wall push's picture).
    custom = Routine(
        name="Knee to wall",
        exercises=(Exercise("Knee press", illustration="wall-push"),),
    )
    other = Routine(name="Other", exercises=(Exercise("Wall push", illustration="generic"),))
    with sqlite3.connect(path) as connection:
        _fill_0002(connection)  # the Clam sessions 1 and 2
        _old_session(
            connection, 10, "Wall push", dump_routine(wall_push, "json"), "Wall push", T0_MS
        )
        _old_session(
            connection,
            11,
            "Knee to wall",
            dump_routine(custom, "json"),
            "Knee press",
            T0_MS + 60_000,
        )
        _old_session(
            connection, 12, "Other", dump_routine(other, "json"), "Wall push", T0_MS + 120_000
        )
        # Imported sessions carry no snapshot: they go by the built-in name.
        _old_session(connection, 13, "Wall push", "", "Wall push", T0_MS + 180_000)
    connection.close()


T0_MS = 1_772_611_200_000  # 2026-03-04 08:00 UTC


def _sides(path: Path) -> dict[int, list[tuple[str, float]]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT session_id, side, actual_seconds FROM step_results ORDER BY session_id, position"
        ).fetchall()
    connection.close()
    sides: dict[int, list[tuple[str, float]]] = {}
    for session_id, side, seconds in rows:
        sides.setdefault(session_id, []).append((side, seconds))
    return sides


def test_migration_0006_an_old_wall_push_left_counts_for_the_right_working_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "glute-timer.sqlite3"
    _database_at_0003_with_old_sessions(path)
    database = open_database(path)
    try:
        totals = HistoryRepository(database).weekly_side_totals(routine="Wall push")
        assert sum(w.right_seconds for w in totals) == 2 * 30.0  # sessions 10 and 13
        assert sum(w.left_seconds for w in totals) == 2 * 12.0
        mine = HistoryRepository(database).weekly_side_totals(routine="Knee to wall")
        assert (sum(w.left_seconds for w in mine), sum(w.right_seconds for w in mine)) == (
            12.0,
            30.0,
        )
        other = HistoryRepository(database).weekly_side_totals(routine="Other")
        assert (sum(w.left_seconds for w in other), sum(w.right_seconds for w in other)) == (
            30.0,
            12.0,
        )
    finally:
        database.close()
    swapped = [("right", 30.0), ("left", 12.0)]
    kept = [("left", 30.0), ("right", 12.0)]
    sides = _sides(path)
    assert sides[10] == swapped and sides[11] == swapped and sides[13] == swapped
    assert sides[12] == kept
    assert sides[1] == [("left", 19.5), ("right", 19.5)]  # not a wall push

    from glute_timer.cli import main

    assert main(["--data-dir", str(tmp_path), "history", "--json"]) == 0
    exported = {s["routine"]: s for s in json.loads(capsys.readouterr().out)}
    steps = exported["Knee to wall"]["steps"]
    assert [(s["side"], s["actual_seconds"]) for s in steps] == swapped


def test_migration_0006_runs_once_and_downgrades_back(tmp_path: Path) -> None:
    path = tmp_path / "glute-timer.sqlite3"
    _database_at_0003_with_old_sessions(path)
    before = _sides(path)
    open_database(path).close()
    migrated = _sides(path)
    open_database(path).close()  # opening again at the head changes nothing
    assert _sides(path) == migrated != before
    engine = create_sqlite_engine(path)
    try:
        from alembic import command

        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
    finally:
        engine.dispose()
    assert _sides(path) == before
