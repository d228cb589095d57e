"""The exercise list: adding, removing and reordering exercises, and the total time."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from glute_timer import resources
from glute_timer.domain import library
from glute_timer.domain.model import Exercise, HoldTime, Mode
from glute_timer.storage.routine_repository import RoutineRepository
from glute_timer.ui.routine_editor.model import ROW_MIME_TYPE
from tests.ui.routine_editor.editor_helpers import STRENGTH, customized, stored, type_into


def test_drop_moves_an_exercise(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = customized(qtbot, repository, STRENGTH)
    model = editor.exercise_list.model()
    names = [e.name for e in editor.routine.exercises]
    mime = model.mimeData([model.index(0, 0)])
    assert mime.hasFormat(ROW_MIME_TYPE)

    with qtbot.waitSignal(editor.undo_stack.indexChanged):
        # Dropped into the gap before row 3: the first exercise ends up third.
        accepted = model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert accepted is False  # the view must not remove rows itself; the command moved it
    assert [e.name for e in editor.routine.exercises] == [names[1], names[2], names[0], names[3]]
    assert model.rowCount() == 4
    assert model.index(2, 0).data().startswith(f"3. {names[0]}")

    foreign = QMimeData()
    foreign.setText("not an exercise")
    assert not model.canDropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_keys_on_the_exercise_list(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = customized(qtbot, repository, STRENGTH)
    names = [e.name for e in editor.routine.exercises]
    editor.select_exercise(0)
    editor.exercise_list.setFocus()
    QTest.keyClick(editor.exercise_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor.exercise_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [e.name for e in editor.routine.exercises] == [names[1], names[2], names[0], names[3]]
    QTest.keyClick(editor.exercise_list, Qt.Key.Key_Delete)
    assert [e.name for e in editor.routine.exercises] == [names[1], names[2], names[3]]
    QTest.keyClick(editor.exercise_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.name for e in editor.routine.exercises] == [names[1], names[2], names[0], names[3]]
    assert editor.selected_row() == 2


def test_add_from_library_and_a_new_exercise(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = customized(qtbot, repository, "Wall push")
    lunge = next(a for a in editor.add_menu.actions() if a.text() == "Lunge")
    lunge.trigger()
    assert editor.routine.exercises[1] == library.LUNGE
    assert editor.selected_row() == 1
    assert editor.ex_reps.isVisibleTo(editor) and not editor.ex_hold.isVisibleTo(editor)

    editor.add_new_action.trigger()
    new = editor.routine.exercises[2]
    assert new.name == "New exercise" and new.mode is Mode.HOLD
    type_into(qtbot, editor.ex_name, "Clamshell")
    editor.ex_mode.setCurrentIndex(editor.ex_mode.findData(Mode.REPS))
    editor.ex_mode.activated.emit(editor.ex_mode.currentIndex())
    type_into(qtbot, editor.ex_instructions, "Knees together, open like a shell.")
    ids = [editor.ex_illustration.itemData(i) for i in range(editor.ex_illustration.count())]
    assert "side-plank" in ids
    editor.ex_illustration.setCurrentIndex(ids.index("side-plank"))
    editor.ex_illustration.activated.emit(editor.ex_illustration.currentIndex())
    assert editor.ex_preview.illustration() == resources.illustration_path("side-plank")
    assert editor.ex_preview.has_illustration()
    assert editor.save()
    clamshell = stored(repository, "Wall push (custom)").exercises[2]
    assert clamshell == Exercise(
        name="Clamshell",
        illustration="side-plank",
        instructions="Knees together, open like a shell.",
        mode=Mode.REPS,
    )


def test_total_time_updates_live(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = customized(qtbot, repository, "Wall push")
    # 10 prepare + 2 sets x (30 + 5 + 30) + 5 switch between sets = 145 s
    assert editor.total_label.text() == "Total time: 2 min 25 s"
    type_into(qtbot, editor.ex_hold, "45", enter=False)
    assert editor.total_label.text() == "Total time: 3 min 25 s"  # while typing
    assert editor.routine.exercises[0].hold == HoldTime.same(30)
    QTest.keyClick(editor.ex_hold, Qt.Key.Key_Return)
    assert editor.routine.exercises[0].hold == HoldTime.same(45)
    assert editor.undo_stack.count() == 1  # one step, not one per keystroke
    type_into(qtbot, editor.prep_spin, "0")
    assert editor.total_label.text() == "Total time: 3 min 15 s"


def test_removing_every_exercise_blocks_save(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = customized(qtbot, repository, "Wall push")
    editor.remove_selected_exercise()
    assert editor.routine.exercises == ()
    assert not editor.save()
    assert editor.problems_text() == "exercises: a routine needs at least one exercise"
    assert len(stored(repository, "Wall push (custom)").exercises) == 1
