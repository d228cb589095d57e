"""Custom routines in SQLite."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from glute_timer.domain import library
from glute_timer.domain.model import HoldTime, Routine
from glute_timer.domain.validation import InvalidRoutineError
from glute_timer.storage.database import open_database
from glute_timer.storage.routine_repository import RoutineRepository


@pytest.fixture
def repository(tmp_path: Path) -> RoutineRepository:
    return RoutineRepository(open_database(tmp_path / "db.sqlite3"))


def _custom(name: str = "Mine", hold: int = 45) -> Routine:
    wall = replace(library.WALL_PUSH, hold=HoldTime(hold, 30))
    return replace(library.ROUTINES[0], name=name, exercises=(wall,))


def test_save_find_and_list(repository: RoutineRepository) -> None:
    routine = _custom()
    repository.save(routine)
    entry = repository.find("mine")
    assert entry is not None and not entry.builtin and entry.routine == routine
    names = [(e.routine.name, e.builtin) for e in repository.all_routines()]
    assert names[:3] == [(r.name, True) for r in library.ROUTINES]
    assert names[3:] == [("Mine", False)]


def test_replace_and_rename(repository: RoutineRepository) -> None:
    repository.save(_custom())
    with pytest.raises(InvalidRoutineError, match="already exists"):
        repository.save(_custom(hold=50))
    repository.save(_custom(hold=50), replace=True)
    found = repository.find("Mine")
    assert found is not None and found.routine.exercises[0].hold.left == 50
    repository.save(_custom("Renamed", 55), old_name="Mine")
    assert repository.find("Mine") is None
    assert [r.name for r in repository.custom_routines()] == ["Renamed"]


def test_rename_onto_another_routine_is_refused(repository: RoutineRepository) -> None:
    repository.save(_custom("A"))
    repository.save(_custom("B"))
    with pytest.raises(InvalidRoutineError, match="already exists"):
        repository.save(_custom("b"), old_name="A")
    assert sorted(r.name for r in repository.custom_routines()) == ["A", "B"]


def test_invalid_routine_is_not_stored(repository: RoutineRepository) -> None:
    bad = replace(_custom(), prep_seconds=-1)
    with pytest.raises(InvalidRoutineError, match="prep_seconds"):
        repository.save(bad)
    assert repository.custom_routines() == []


def test_delete(repository: RoutineRepository) -> None:
    repository.save(_custom())
    assert repository.delete("MINE") is True
    assert repository.delete("Mine") is False
    assert repository.custom_routines() == []
