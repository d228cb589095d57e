"""Hostile files dropped on the window: the CLI's one-line refusal, quickly, nothing changed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from glute_timer.domain.text_safety import escape_for_terminal
from glute_timer.paths import data_dir, database_path
from glute_timer.storage.database import Database, open_database
from glute_timer.storage.routine_repository import RoutineRepository
from glute_timer.ui.dialogs.routine_files import RoutineFiles
from tests.hostile import load_hostile_tool
from tests.ui.dialogs.test_routine_files import drag_and_drop, drop_mime

# The target is 100 ms (benchmarks/hostile_files.py measures it); this leaves room for a
# loaded test machine.
FREEZE_BOUND_S = 0.5


@pytest.fixture
def database() -> Iterator[Database]:
    db = open_database(database_path(data_dir()))
    yield db
    db.close()


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_each_hostile_file_dropped_is_refused_naming_the_file_quickly(
    qtbot: QtBot, database: Database, window: QWidget, tmp_path: Path
) -> None:
    repository = RoutineRepository(database)
    files = RoutineFiles(repository, window)
    files.install_drop_target(window)
    before = repository.all_routines()
    paths = load_hostile_tool().write_hostile_files(tmp_path / "hostile")
    slowest = 0.0
    for path in paths:
        with qtbot.waitSignal(files.failed, timeout=5000) as blocker:
            began = time.perf_counter()
            assert drag_and_drop(window, drop_mime(path)) == (True, True), path.name
            slowest = max(slowest, time.perf_counter() - began)
        (text,) = blocker.args
        assert "\n" not in text and escape_for_terminal(text) == text, text
        assert text.startswith(escape_for_terminal(path.name) + ": "), text
        assert files.error_box is not None
        files.error_box.close()
    assert slowest < FREEZE_BOUND_S
    assert repository.all_routines() == before


def test_a_refusal_names_the_field(
    qtbot: QtBot, database: Database, window: QWidget, tmp_path: Path
) -> None:
    files = RoutineFiles(RoutineRepository(database), window)
    path = tmp_path / "dup.json"
    path.write_text('{"name": "x", "exercises": [{"name": "a", "sets": 1, "sets": 2}]}')
    with qtbot.waitSignal(files.failed) as blocker:
        files.import_files([path])
    assert blocker.args == ["dup.json: exercises[0].sets: appears twice (each key may appear once)"]
