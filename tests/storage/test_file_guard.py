"""The history file at start: ours or not, whole or not; what is set aside keeps its bytes."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from glute_timer.storage.creation import open_lock_path
from glute_timer.storage.database import create_sqlite_engine, migrate, open_database
from glute_timer.storage.file_inspection import (
    APPLICATION_ID,
    FileKind,
    inspect_file,
)
from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.storage.routine_repository import RoutineRepository
from glute_timer.storage.schema_version import REVISION_TABLES, SCHEMA_REVISION
from tests.storage.file_damage import (
    cell_count,
    checkpoint,
    damage_index_cells,
    damage_page_header,
    digests,
    first_leaf,
)
from tests.storage.history_helpers import T0, add_session, small_plan, small_routine


def _same_bytes(before: dict[str, str], aside: Path) -> bool:
    """Every file there was is there unchanged; SQLite may only have added an empty -wal and
    an -shm (a read-only look at a WAL file makes them)."""
    after = digests(aside)
    empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    extra = {k: v for k, v in after.items() if k not in before}
    return all(after.get(k) == v for k, v in before.items()) and all(
        k == "-shm" or v == empty for k, v in extra.items()
    )


def _application_id(path: Path) -> int:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        value = int(connection.execute("PRAGMA application_id").fetchone()[0])
    connection.close()
    return value


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        names = {str(r[0]) for r in rows}
    connection.close()
    return names


def _filled(path: Path, sessions: int = 5, routines: int = 2) -> None:
    database = open_database(path)
    try:
        for day in range(sessions):
            add_session(database, started_at=T0 + timedelta(days=day), effort=day % 11, pain=1)
        for number in range(routines):
            RoutineRepository(database).save(small_routine(f"Mine {number}"))
    finally:
        database.close()


def _check_works(path: Path) -> None:
    """The file at ``path`` is ours, whole, and takes a new session."""
    database = open_database(path)
    try:
        assert database.notices == []
        sid = add_session(database)
        assert HistoryRepository(database).session_detail(sid) is not None
    finally:
        database.close()
    assert _application_id(path) == APPLICATION_ID


def test_a_new_history_carries_our_id_and_the_whole_schema(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    database = open_database(path)
    database.close()
    # The build's temporary file is gone; only the lock beside the database stays.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["h.sqlite3", open_lock_path(path).name]
    )
    assert database.notices == []
    assert _application_id(path) == APPLICATION_ID
    assert REVISION_TABLES[SCHEMA_REVISION] | {"alembic_version"} <= _tables(path)
    assert inspect_file(path).kind is FileKind.OURS
    assert inspect_file(path).sound


def test_a_stray_build_from_a_killed_start_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    stray = tmp_path / "h.sqlite3.building-123-abcd"
    stray.write_bytes(b"SQLite format 3\x00half")
    _check_works(path)
    assert not stray.exists()


def _foreign_wal_file(path: Path, with_sessions: bool) -> None:
    """Another program's file in WAL mode, left with its -wal and -shm (as if it crashed)."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    if with_sessions:
        connection.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO sessions (title) VALUES ('meeting')")
    else:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('milk')")
    connection.commit()
    saved = tmp_path_copy = path.with_name("snapshot")
    tmp_path_copy.mkdir()
    for item in path.parent.glob(path.name + "*"):
        shutil.copyfile(item, saved / item.name)
    connection.close()  # closing folds the WAL in: put the crashed state back
    for item in saved.iterdir():
        shutil.copyfile(item, path.with_name(item.name))
    shutil.rmtree(saved)


@pytest.mark.parametrize("with_sessions", [False, True], ids=["other-tables", "sessions-table"])
def test_another_programs_file_is_moved_aside_byte_for_byte(
    tmp_path: Path, with_sessions: bool
) -> None:
    path = tmp_path / "h.sqlite3"
    _foreign_wal_file(path, with_sessions)
    assert path.with_name("h.sqlite3-wal").stat().st_size > 0
    before = digests(path)
    database = open_database(path)
    database.close()
    aside = database.moved_aside
    assert aside is not None and aside.name.startswith("h.other-program-")
    assert digests(aside) == before  # main file, -wal and -shm, unchanged to the byte
    [notice] = database.notices
    assert str(aside) in notice and "another program" in notice
    assert "SQL" not in notice and "sqlite" not in notice.lower().replace(".sqlite3", "")
    _check_works(path)


def test_a_legacy_history_gets_our_id_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    _filled(path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA application_id=0")  # as the app made files before the id
    connection.close()
    checkpoint(path)
    assert inspect_file(path).kind is FileKind.LEGACY
    with sqlite3.connect(path) as connection:
        dump_before = list(connection.iterdump())
    connection.close()
    database = open_database(path)
    try:
        assert database.notices == []
        assert database.moved_aside is None
        assert HistoryRepository(database).count_sessions() == 5
    finally:
        database.close()
    assert _application_id(path) == APPLICATION_ID
    with sqlite3.connect(path) as connection:
        assert list(connection.iterdump()) == dump_before
    connection.close()


def test_a_legacy_history_at_an_older_revision_is_stamped_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    engine = create_sqlite_engine(path)
    migrate(engine, "0001")
    engine.dispose()
    assert inspect_file(path).kind is FileKind.LEGACY
    _check_works(path)


def test_a_half_built_file_from_the_old_first_start_is_set_aside(tmp_path: Path) -> None:
    # What a kill during the old, non-atomic first start left: one table, no revision row.
    path = tmp_path / "h.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("CREATE TABLE custom_routines (id INTEGER PRIMARY KEY)")
    connection.close()
    before = digests(path)
    database = open_database(path)
    database.close()
    assert database.moved_aside is not None
    assert _same_bytes(before, database.moved_aside)
    assert "unfinished" in database.notices[0]
    _check_works(path)


def test_an_empty_file_becomes_a_new_history(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"")
    _check_works(path)


def test_a_journal_without_its_database_is_kept_out_of_the_new_one(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    orphan = tmp_path / "h.sqlite3-wal"
    orphan.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    _check_works(path)
    assert [p.read_bytes()[:4] for p in tmp_path.glob("h.orphan-*-wal")] == [b"\x37\x7f\x06\x82"]


@pytest.mark.parametrize(
    "table", ["custom_routines", "sessions", "step_results", "alembic_version"]
)
def test_a_dropped_table_is_damage_and_the_rest_is_salvaged(tmp_path: Path, table: str) -> None:
    path = tmp_path / "h.sqlite3"
    _filled(path, sessions=4, routines=3)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute(f"DROP TABLE {table}")
    connection.close()
    before = digests(path)
    database = open_database(path)
    try:
        aside = database.moved_aside
        assert aside is not None and _same_bytes(before, aside)
        salvaged = database.file_report.salvaged if database.file_report else None
        assert salvaged is not None
        per_session = len(small_plan()[1].steps) - 1
        expected = {
            "custom_routines": (0, 4, 4 * per_session),
            "sessions": (3, 0, 0),
            "step_results": (3, 4, 0),
            "alembic_version": (3, 4, 4 * per_session),  # the version gone, every row saved
        }[table]
        assert (salvaged.routines, salvaged.sessions, salvaged.steps) == expected
        [notice] = database.notices
        assert f"{expected[1]} session" in notice and f"{expected[0]} routine" in notice
        assert str(aside) in notice
        assert "table" not in notice.replace(str(aside), "") and "SQL" not in notice
        assert HistoryRepository(database).count_sessions() == expected[1]
        assert len(RoutineRepository(database).custom_routines()) == expected[0]
    finally:
        database.close()
    _check_works(path)


def test_a_dropped_column_is_damage_too(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    _filled(path, sessions=2, routines=1)
    with sqlite3.connect(path) as connection:
        connection.execute("ALTER TABLE sessions DROP COLUMN notes")
    connection.close()
    database = open_database(path)
    try:
        assert database.moved_aside is not None
        assert "missing part of its contents" in database.notices[0]
        # notes has a default, so every session comes across.
        assert HistoryRepository(database).count_sessions() == 2
    finally:
        database.close()


def test_a_damaged_index_is_rebuilt_in_place(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    _filled(path, sessions=60, routines=1)
    checkpoint(path)
    damage_index_cells(path, "ix_sessions_started_at", mask=0x5A)  # keys garbled, cells whole
    assert not inspect_file(path).sound
    database = open_database(path)
    try:
        assert database.moved_aside is None
        assert database.file_report is not None and database.file_report.reindexed
        assert database.notices == [
            "Part of the history's index was damaged and has been rebuilt; nothing was lost."
        ]
        assert HistoryRepository(database).count_sessions() == 60
    finally:
        database.close()
    assert list(tmp_path.glob("*damaged*")) == []
    assert inspect_file(path).sound


def test_a_damaged_table_page_costs_only_the_rows_on_it(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    _filled(path, sessions=60, routines=2)
    checkpoint(path)
    leaf = first_leaf(path, "step_results")
    lost = cell_count(path, leaf)
    damage_page_header(path, leaf)
    before = digests(path)
    database = open_database(path)
    try:
        assert database.moved_aside is not None
        assert _same_bytes(before, database.moved_aside)
        salvaged = database.file_report.salvaged if database.file_report else None
        assert salvaged is not None
        assert (salvaged.sessions, salvaged.routines) == (60, 2)
        # The steps on the damaged page are lost; every other page's steps come across.
        assert 0 < lost < 100
        assert salvaged.steps == 60 * (len(small_plan()[1].steps) - 1) - lost
        assert "60 sessions and 2 routines were saved" in database.notices[0]
    finally:
        database.close()
    _check_works(path)


def test_an_index_reindex_cannot_mend_is_rebuilt_with_every_row(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    _filled(path, sessions=60, routines=1)
    checkpoint(path)
    damage_index_cells(path, "ix_sessions_started_at")  # cell sizes garbled too
    before = digests(path)
    database = open_database(path)
    try:
        assert database.moved_aside is not None
        assert _same_bytes(before, database.moved_aside)
        assert database.notices == [
            "Part of the history's index was damaged; the history was rebuilt with nothing "
            f"lost, and the old file was kept as {database.moved_aside}, unchanged."
        ]
        assert HistoryRepository(database).count_sessions() == 60
    finally:
        database.close()
    _check_works(path)


def test_routines_on_the_command_line_work_after_custom_routines_was_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from glute_timer.cli import main

    data = tmp_path / "data"
    path = data / "glute-timer.sqlite3"
    _filled(path, sessions=2, routines=1)
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE custom_routines")
    connection.close()
    assert main(["--data-dir", str(data), "routines"]) == 0
    out, err = capsys.readouterr()
    assert "Wall push" in out  # the built-in routines are listed
    assert "Traceback" not in err and "2 sessions and 0 routines were saved" in err
    assert main(["--data-dir", str(data), "routines"]) == 0
    assert capsys.readouterr().err == ""


def test_a_history_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    from glute_timer.storage.database import DatabaseError

    path = tmp_path / "h.sqlite3"
    _filled(path, sessions=1, routines=0)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = digests(path)
    with pytest.raises(DatabaseError, match="newer version of Glute Timer"):
        open_database(path)
    assert digests(path)[""] == before[""]
    # Nothing was set aside or copied.
    assert {p.name for p in tmp_path.iterdir()} <= {
        "h.sqlite3",
        "h.sqlite3-wal",
        "h.sqlite3-shm",
        "h.sqlite3.open-lock",
    }


def test_history_on_the_command_line_sets_another_programs_file_aside_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from glute_timer.cli import main

    data = tmp_path / "data"
    data.mkdir()
    path = data / "glute-timer.sqlite3"
    _foreign_wal_file(path, with_sessions=True)
    before = digests(path)
    assert set(before) == {"", "-wal", "-shm"}
    assert main(["--data-dir", str(data), "history", "--json"]) == 0
    out, err = capsys.readouterr()
    assert out == "[]\n"
    [aside] = data.glob("glute-timer.other-program-*.sqlite3")
    assert digests(aside) == before  # -shm included: not even a read-only look touched it
    assert str(aside) in err
