"""Stored routines follow the name identity of ``domain.names``; older rows stay readable."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from glute_timer.domain import library
from glute_timer.domain.model import Routine
from glute_timer.domain.routine_file import dump_routine
from glute_timer.domain.validation import InvalidRoutineError
from glute_timer.storage.database import Database, open_database
from glute_timer.storage.models import CustomRoutineRow
from glute_timer.storage.routine_repository import RoutineRepository


@pytest.fixture
def database(tmp_path: Path) -> Database:
    return open_database(tmp_path / "db.sqlite3")


@pytest.fixture
def repository(database: Database) -> RoutineRepository:
    return RoutineRepository(database)


def _named(name: str) -> Routine:
    return replace(library.ROUTINES[0], name=name)


def _names(repository: RoutineRepository) -> list[str]:
    return [r.name for r in repository.custom_routines()]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Wall\u00a0push", "is a built-in routine"),
        ("  WALL   PUSH", "is a built-in routine"),
        ("W\u0430ll push", "looks the same as the routine 'Wall push'"),
        ("Wall p\u03c5sh", "looks the same as the routine 'Wall push'"),  # Greek upsilon
    ],
)
def test_builtin_names_and_lookalikes_are_refused(
    repository: RoutineRepository, name: str, message: str
) -> None:
    with pytest.raises(InvalidRoutineError, match=message):
        repository.save(_named(name))
    assert _names(repository) == []


def test_invisible_and_control_characters_are_refused(repository: RoutineRepository) -> None:
    for name in ("Wall \u200bpush", "Mine\x1b[2J", "\u200b"):
        with pytest.raises(InvalidRoutineError, match="name: name must not"):
            repository.save(_named(name))
    assert _names(repository) == []


def test_nfc_and_nfd_are_one_routine(repository: RoutineRepository) -> None:
    repository.save(_named("Caf\u00e9"))
    with pytest.raises(InvalidRoutineError, match="already exists"):
        repository.save(_named("Cafe\u0301"))
    repository.save(replace(_named("CAFE\u0301"), prep_seconds=3), replace=True)
    assert _names(repository) == ["CAF\u00c9"]
    entry = repository.find("café")
    assert entry is not None and entry.routine.prep_seconds == 3


def test_custom_lookalikes_are_refused(repository: RoutineRepository) -> None:
    repository.save(_named("Morning set"))
    with pytest.raises(InvalidRoutineError, match="looks the same as the routine 'Morning set'"):
        repository.save(_named("M\u043erning s\u0435t"), replace=True)
    assert _names(repository) == ["Morning set"]


def _store_raw(database: Database, name: str, key: str) -> None:
    with database.session() as session, session.begin():
        definition = dump_routine(_named(name), "json")
        session.add(CustomRoutineRow(name=name, name_key=key, definition=definition))


def test_rows_under_an_older_key_are_found_renamed_and_deleted(
    database: Database, repository: RoutineRepository
) -> None:
    _store_raw(database, "Two  spaces", "two  spaces")  # the key rule before folding
    entry = repository.find("two spaces")
    assert entry is not None and entry.routine.name == "Two  spaces"
    with pytest.raises(InvalidRoutineError, match="already exists"):
        repository.save(_named("Two spaces"))
    repository.save(_named("Two spaces"), old_name="Two  spaces")
    assert _names(repository) == ["Two spaces"]
    assert repository.delete("TWO SPACES")
    assert _names(repository) == []


def test_names_stored_before_the_rules_still_load(
    database: Database, repository: RoutineRepository
) -> None:
    _store_raw(database, "Old\x1b]0;x\x07", "old\x1b]0;x\x07")
    [routine] = repository.custom_routines()
    assert routine.name == "Old\x1b]0;x\x07"  # nothing stored is lost or changed
    with pytest.raises(InvalidRoutineError, match="control character"):
        repository.save(replace(routine, prep_seconds=3), replace=True)
    repository.save(replace(routine, name="Old"), old_name=routine.name)
    assert _names(repository) == ["Old"]
