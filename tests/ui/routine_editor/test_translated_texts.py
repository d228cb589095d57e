"""The editor in another language: built-ins shown translated, copies take what was shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from glute_timer.domain import library
from glute_timer.storage.routine_repository import RoutineRepository
from tests.fake_catalogue import catalogue
from tests.ui.routine_editor.editor_helpers import make_editor, stored

WALL = library.ROUTINES[0]
GERMAN = {
    ("Library", WALL.name): "Wanddrücken",
    ("Library", WALL.description): "Den mittleren Gesäßmuskel aufwecken.",
    ("Library", library.WALL_PUSH.instructions): "Stell dich seitlich an eine Wand.",
    ("Library", library.LUNGE.name): "Ausfallschritt",
    ("RoutineBar", "{routine} (built-in)"): "{routine} (fest)",
    ("RoutineBar", "Customize"): "Anpassen",
    ("ExerciseForm", "Exercise {number}: {exercise}"): "Übung {number}: {exercise}",
    ("RoutineEditor", "New routine"): "Neues Programm",
}


@pytest.fixture
def german() -> Iterator[None]:
    with catalogue(GERMAN):
        yield


@pytest.mark.usefixtures("german")
def test_a_builtin_shows_in_the_language_and_is_still_found_by_its_name(
    qtbot: QtBot, repository: RoutineRepository
) -> None:
    editor = make_editor(qtbot, repository, "Wall push")
    assert editor.name_edit.text() == "Wanddrücken"
    assert editor.routine_fields.description_edit.text() == GERMAN[("Library", WALL.description)]
    assert editor.ex_name.text() == "Wanddrücken"
    assert editor.ex_instructions.toPlainText() == "Stell dich seitlich an eine Wand."
    assert editor.exercise_form.exercise_box.title() == "Übung 1: Wanddrücken"
    assert editor.customize_button.text() == "Anpassen"
    assert "“Wanddrücken”" in editor.routine_bar.builtin_label.text()
    combo = editor.routine_combo
    assert combo.currentText() == "Wanddrücken (fest)"
    assert combo.currentData() == "Wall push"  # picked by the stored name

    with qtbot.assertNotEmitted(editor.routine_opened):
        assert editor.open_routine("Wall push")  # already shown: not loaded again
    editor.refresh_routines()
    assert editor.name_edit.text() == "Wanddrücken"
    assert combo.currentData() == "Wall push"


@pytest.mark.usefixtures("german")
def test_a_copy_takes_the_texts_as_shown(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = make_editor(qtbot, repository, "Wall push")
    with qtbot.waitSignal(editor.saved) as blocker:
        QTest.mouseClick(editor.customize_button, Qt.MouseButton.LeftButton)
    name = blocker.args[0]
    assert name.startswith("Wanddrücken")
    copy = stored(repository, name)
    assert copy.description == GERMAN[("Library", WALL.description)]
    assert copy.exercises[0].name == "Wanddrücken"
    assert copy.exercises[0].instructions == "Stell dich seitlich an eine Wand."
    assert copy.exercises[0].hold == library.WALL_PUSH.hold  # only the texts differ

    # A library exercise added to it comes in the same language.
    lunge = next(a for a in editor.add_menu.actions() if a.data() == library.LUNGE.name)
    assert lunge.text() == "Ausfallschritt"
    lunge.trigger()
    assert editor.routine.exercises[-1].name == "Ausfallschritt"


@pytest.mark.usefixtures("german")
def test_a_builtins_translated_name_is_taken(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = make_editor(qtbot, repository, "Wall push")
    with qtbot.waitSignal(editor.saved):
        QTest.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.stored_name == "Neues Programm"
    # In German "Wanddrücken" finds the built-in, so a routine of its own may not have it.
    editor.name_edit.setFocus()
    editor.name_edit.selectAll()
    editor.name_edit.insert("Wanddrücken")  # typed as a person would (QTest types ASCII only)
    assert editor.problems_text()
    assert editor.routine.name == "Neues Programm"
