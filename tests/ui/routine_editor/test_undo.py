"""Undo and redo: each change is one step, and the editor's undo wins over a field's own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from glute_timer.storage.routine_repository import RoutineRepository
from tests.ui.routine_editor.editor_helpers import STRENGTH, customized, type_into


def test_undo_and_redo_restore_each_step(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = customized(qtbot, repository, STRENGTH)
    original = editor.routine

    type_into(qtbot, editor.prep_spin, "20")
    editor.prep_spin.editingFinished.emit()
    editor.select_exercise(2)
    editor.move_selected_exercise(-1)
    editor.remove_selected_exercise()
    assert editor.routine.prep_seconds == 20
    assert len(editor.routine.exercises) == 3
    # Typing "20" was one change, not two: three steps in all.
    assert editor.undo_stack.count() == 3

    editor.undo_stack.undo()
    assert len(editor.routine.exercises) == 4
    assert editor.selected_row() == 1  # the restored exercise is selected again
    editor.undo_stack.undo()
    assert editor.routine.exercises == original.exercises
    assert editor.selected_row() == 2
    editor.undo_stack.undo()
    assert editor.routine == original
    assert editor.prep_spin.value() == original.prep_seconds
    assert not editor.has_unsaved_changes()

    editor.undo_stack.redo()
    assert editor.routine.prep_seconds == 20
    assert editor.has_unsaved_changes()


def test_undo_shortcuts_win_over_the_fields_own_undo(
    qtbot: QtBot, repository: RoutineRepository
) -> None:
    editor = customized(qtbot, repository, "Wall push")
    type_into(qtbot, editor.ex_name, "Wall press")
    assert editor.routine.exercises[0].name == "Wall press"
    editor.ex_name.editingFinished.emit()
    type_into(qtbot, editor.ex_sets, "3")
    assert editor.routine.exercises[0].sets == 3

    QTest.keyClick(editor.ex_sets, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.routine.exercises[0].sets == 2
    assert editor.ex_sets.value() == 2
    QTest.keyClick(editor.ex_name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.routine.exercises[0].name == "Wall push"
    assert editor.ex_name.text() == "Wall push"
    QTest.keyClick(
        editor.ex_name,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.routine.exercises[0].name == "Wall press"
