"""The editor's access to stored routines: a failure is told in one sentence, nothing raises."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from glute_timer.domain import library
from glute_timer.domain.model import Routine
from glute_timer.domain.validation import Problem
from glute_timer.storage.routine_repository import RoutineRepository
from glute_timer.ui.routine_editor.shelf import RoutineShelf


def broken(*_args: object, **_kwargs: object) -> None:
    raise OSError("disk I/O error")


@pytest.fixture
def told() -> list[str]:
    return []


@pytest.fixture
def shelf(repository: RoutineRepository, told: list[str]) -> RoutineShelf:
    def problems(found: Iterable[Problem]) -> None:
        told.extend(str(p) for p in found)

    return RoutineShelf(repository, told.append, problems)


def test_failures_are_told_and_nothing_raises(
    shelf: RoutineShelf,
    repository: RoutineRepository,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("all_routines", "find", "save", "delete"):
        monkeypatch.setattr(repository, name, broken)
    mine = Routine(name="Mine", exercises=(library.WALL_PUSH,))

    assert shelf.entries() == [(r, True) for r in library.ROUTINES]
    assert shelf.find("Mine") is None
    assert not shelf.add(mine)
    assert not shelf.replace(mine, old_name="Mine")
    assert not shelf.delete("Mine")
    assert told == [
        "Your routines could not be read: disk I/O error",
        "“Mine” could not be read: disk I/O error",
        "The routine could not be saved: disk I/O error",
        "The routine could not be saved: disk I/O error",
        "The routine could not be deleted: disk I/O error",
    ]


def test_other_names_leave_out_only_the_routines_own(shelf: RoutineShelf, told: list[str]) -> None:
    assert shelf.add(Routine(name="Mine", exercises=(library.WALL_PUSH,)))
    assert shelf.add(Routine(name="Other", exercises=(library.WALL_PUSH,)))
    builtins = [r.name for r in library.ROUTINES]
    assert shelf.other_names(" mine ") == [*builtins, "Other"]
    assert shelf.other_names(None) == [*builtins, "Mine", "Other"]
    assert shelf.find("nothing by this name") is None
    assert told == []


def test_a_refused_routine_is_told_with_its_problems(shelf: RoutineShelf, told: list[str]) -> None:
    builtin = library.ROUTINES[0]
    assert not shelf.add(Routine(name=builtin.name, exercises=builtin.exercises))
    assert told == [f"name: '{builtin.name}' is a built-in routine; choose another name"]
