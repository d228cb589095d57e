"""The routine editor: edits reach the stored routine, the plan and the engine; rules and undo."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from glute_timer import resources
from glute_timer.domain import library
from glute_timer.domain.model import Exercise, HoldTime, Mode, Routine, Side, Sides
from glute_timer.domain.plan import StepKind, compile_plan
from glute_timer.domain.routine_file import RoutineFileError, read_routine_file
from glute_timer.domain.validation import exercise_problems
from glute_timer.engine import WorkoutEngine
from glute_timer.storage.database import Database
from glute_timer.storage.routine_repository import RoutineRepository
from glute_timer.ui.routine_editor.editor import (
    RoutineEditor,
    RoutineEditorDialog,
    UnsavedChoice,
    copy_name,
    format_duration,
    unique_name,
)
from glute_timer.ui.routine_editor.model import ROW_MIME_TYPE
from tests.fakes import FakeClock, FakeTimerFactory
from tests.ui.conftest import clipped

MINIMUM_WINDOW = (640, 400)
STRENGTH = "Glute medius strength"


@pytest.fixture
def repository(database: Database) -> RoutineRepository:
    return RoutineRepository(database)


def make_editor(qtbot: QtBot, repository: RoutineRepository, name: str) -> RoutineEditor:
    editor = RoutineEditor(repository, name)
    # Closing at teardown must never wait on a modal question.
    editor.ask_unsaved_changes = lambda: UnsavedChoice.DISCARD  # type: ignore[method-assign]
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def customized(qtbot: QtBot, repository: RoutineRepository, name: str) -> RoutineEditor:
    """An editor showing a stored custom copy of the built-in ``name``."""
    editor = make_editor(qtbot, repository, name)
    with qtbot.waitSignal(editor.saved) as blocker:
        QTest.mouseClick(editor.customize_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [f"{name} (custom)"]
    return editor


def stored(repository: RoutineRepository, name: str) -> Routine:
    """The routine stored as ``name``; fails the test if there is none."""
    entry = repository.find(name)
    assert entry is not None, name
    return entry.routine


def type_into(qtbot: QtBot, widget: QWidget, text: str, *, enter: bool = True) -> None:
    """Select everything in a field and type ``text`` as a person would.

    A number is entered with Enter unless ``enter`` is False (then it is only being typed).
    """
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)
    if enter and isinstance(widget, QAbstractSpinBox):
        QTest.keyClick(widget, Qt.Key.Key_Return)


def test_builtin_is_read_only_until_customized(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = make_editor(qtbot, repository, "Wall push")
    assert editor.is_builtin
    assert editor.builtin_banner.isVisible()
    assert not editor.ex_hold.isEnabled()
    assert not editor.save_button.isEnabled()
    assert not editor.exercise_list.model().flags(editor.exercise_list.model().index(0, 0)) & (
        Qt.ItemFlag.ItemIsDragEnabled
    )
    editor.ex_hold.setValue(45)  # even if a value got there, nothing is changed
    assert editor.routine == library.ROUTINES[0]

    QTest.mouseClick(editor.customize_button, Qt.MouseButton.LeftButton)

    assert not editor.is_builtin
    assert editor.stored_name == "Wall push (custom)"
    assert editor.ex_hold.isEnabled()
    assert not editor.builtin_banner.isVisible()
    assert repository.find("Wall push (custom)") is not None
    assert repository.find("Wall push").builtin  # the built-in stays as it was


def test_edit_hold_side_and_order_then_save_reaches_plan_and_engine(
    qtbot: QtBot, repository: RoutineRepository
) -> None:
    editor = customized(qtbot, repository, STRENGTH)
    name = editor.stored_name
    assert name is not None

    # Side-lying abduction (row 0): 25 s holds, then 40 s on the right only.
    editor.select_exercise(0)
    type_into(qtbot, editor.ex_hold, "25")
    editor.ex_per_side.click()
    assert editor.ex_side_holds.isVisible()
    type_into(qtbot, editor.ex_hold_right, "40")
    # Side plank (row 1) goes first, by keyboard.
    editor.select_exercise(1)
    editor.exercise_list.setFocus()
    QTest.keyClick(editor.exercise_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [e.name for e in editor.routine.exercises[:2]] == [
        "Side plank",
        "Side-lying hip abduction hold",
    ]
    assert editor.selected_row() == 0
    assert editor.has_unsaved_changes()

    with qtbot.waitSignal(editor.saved) as blocker:
        QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [name]
    assert not editor.has_unsaved_changes()

    stored = repository.find(name)
    assert stored is not None and not stored.builtin
    abduction = stored.routine.exercises[1]
    assert abduction.hold == HoldTime(25, 40)
    plan = compile_plan(stored.routine)
    holds = [
        (s.exercise, s.side, s.seconds)
        for s in plan.steps
        if s.kind is StepKind.HOLD and s.exercise == abduction.name
    ]
    assert (
        holds
        == [
            (abduction.name, Side.LEFT, 25.0),
            (abduction.name, Side.RIGHT, 40.0),
        ]
        * 2
    )
    assert plan.steps[1].exercise == "Side plank"

    # Run it: the engine on fake time spends exactly those seconds in each hold.
    clock = FakeClock()
    timers = FakeTimerFactory(clock)
    engine = WorkoutEngine(plan, clock=clock, timer_factory=timers)
    finished: list[tuple[str | None, Side | None, float]] = []
    engine.step_finished.connect(
        lambda step, _outcome, seconds: (
            finished.append((step.exercise, step.side, seconds))
            if step.kind is StepKind.HOLD
            else None
        )
    )
    engine.start()
    for _ in range(len(plan.steps)):
        step = engine.current_step
        if step is None or step.kind is StepKind.FINISH:
            break
        if step.kind is StepKind.REPS:
            engine.done()
        else:
            timers.advance(step.seconds)
    engine.stop()
    assert [f for f in finished if f[0] == abduction.name] == [
        (abduction.name, Side.LEFT, 25.0),
        (abduction.name, Side.RIGHT, 40.0),
    ] * 2
    assert sum(f[2] for f in finished) == sum(
        s.seconds for s in plan.steps if s.kind is StepKind.HOLD
    )


def test_left_hold_45_on_a_duplicated_wall_push(
    qtbot: QtBot, repository: RoutineRepository
) -> None:
    editor = make_editor(qtbot, repository, "Wall push")
    QTest.mouseClick(editor.duplicate_button, Qt.MouseButton.LeftButton)
    editor.ex_per_side.setChecked(True)
    type_into(qtbot, editor.ex_hold_left, "45")
    assert editor.total_label.text() == (
        f"Total time: {format_duration(compile_plan(editor.routine).total_seconds)}"
    )
    assert editor.save()
    routine = stored(repository, "Wall push (custom)")
    hold_steps = [(s.side, s.seconds) for s in compile_plan(routine).steps if s.kind == "hold"]
    assert hold_steps == [(Side.LEFT, 45.0), (Side.RIGHT, 30.0)] * 2


def test_invalid_values_are_refused_with_the_file_messages(
    qtbot: QtBot, repository: RoutineRepository, tmp_path: Path
) -> None:
    editor = customized(qtbot, repository, "Wall push")
    before = editor.routine
    wall = before.exercises[0]

    type_into(qtbot, editor.ex_hold, "4000", enter=False)
    expected = exercise_problems(replace(wall, hold=HoldTime.same(4000)))[0].message
    assert expected == "hold must be at most 3600 seconds (60 min), got 4000"
    # The same sentence a routine file gets for that value.
    bad_file = tmp_path / "bad.toml"
    bad_file.write_text(
        'name = "x"\n[[exercises]]\nname = "Wall push"\nhold_seconds = 4000\n', encoding="utf-8"
    )
    with pytest.raises(RoutineFileError) as raised:
        read_routine_file(bad_file)
    assert raised.value.problem == expected
    # Refused while typed, before it is even entered.
    assert editor.problems_text() == expected
    assert editor.ex_hold.property("invalid") is True
    assert editor.ex_hold.toolTip() == expected
    assert editor.routine == before
    # Entering it is refused too: the field goes back to the routine's value, the reason stays.
    QTest.keyClick(editor.ex_hold, Qt.Key.Key_Return)
    assert editor.routine == before
    assert editor.ex_hold.value() == 30
    assert editor.problems_text() == expected
    assert editor.undo_stack.count() == 0

    type_into(qtbot, editor.ex_hold, "0")
    assert editor.problems_text() == "hold must be at least 1 second, got 0"

    type_into(qtbot, editor.ex_sets, "51")
    assert editor.problems_text() == "must be at most 50, got 51"
    assert editor.routine == before

    type_into(qtbot, editor.ex_name, "")
    QTest.keyClick(editor.ex_name, Qt.Key.Key_Backspace)
    assert editor.problems_text() == "name must not be empty"
    assert editor.routine.exercises[0].name == "Wall push"

    type_into(qtbot, editor.name_edit, "Glute medius strength")
    assert editor.problems_text() == "a routine named 'Glute medius strength' already exists"
    assert editor.routine.name == "Glute medius strength"[:-1]

    # Per-side holds need both sides: choosing "Left only" is refused and the choice reverts.
    type_into(qtbot, editor.ex_hold, "30")
    editor.ex_per_side.click()
    assert editor.ex_side_holds.isVisible()
    editor.ex_hold_left.setValue(45)
    assert editor.routine.exercises[0].hold == HoldTime(45, 30)
    editor.ex_sides.setCurrentIndex(editor.ex_sides.findData(Sides.LEFT))
    editor.ex_sides.activated.emit(editor.ex_sides.currentIndex())
    assert editor.problems_text() == 'a value per side needs sides = "both"'
    assert editor.ex_sides.currentData() == Sides.BOTH
    assert editor.routine.exercises[0].sides is Sides.BOTH

    # A good edit clears the explanation.
    type_into(qtbot, editor.ex_rest, "15")
    assert editor.problems_text() == ""
    assert editor.ex_hold.property("invalid") is False


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


def test_unsaved_changes_are_asked_about(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = customized(qtbot, repository, "Wall push")
    asked: list[UnsavedChoice] = []
    answer = UnsavedChoice.CANCEL

    def ask() -> UnsavedChoice:
        asked.append(answer)
        return answer

    editor.ask_unsaved_changes = ask  # type: ignore[method-assign]
    type_into(qtbot, editor.ex_hold, "50")

    assert not editor.open_routine(STRENGTH)
    assert editor.routine.exercises[0].hold == HoldTime.same(50)
    assert editor.routine_combo.currentData() == "Wall push (custom)"

    answer = UnsavedChoice.DISCARD
    assert editor.open_routine(STRENGTH)
    assert stored(repository, "Wall push (custom)").exercises[0].hold == HoldTime.same(30)

    assert editor.open_routine("Wall push (custom)")
    assert len(asked) == 2  # nothing was unsaved this time
    type_into(qtbot, editor.ex_hold, "55")
    answer = UnsavedChoice.SAVE
    dialog_closed: list[bool] = []
    editor.close()
    dialog_closed.append(editor.isHidden())
    assert dialog_closed == [True]
    assert stored(repository, "Wall push (custom)").exercises[0].hold == HoldTime.same(55)


def test_dialog_close_keeps_open_when_cancelled(
    qtbot: QtBot, repository: RoutineRepository
) -> None:
    dialog = RoutineEditorDialog(repository, "Wall push")
    dialog.editor.ask_unsaved_changes = lambda: UnsavedChoice.DISCARD  # type: ignore[method-assign]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.duplicate_routine()
    dialog.editor.ask_unsaved_changes = lambda: UnsavedChoice.CANCEL  # type: ignore[method-assign]
    dialog.editor.ex_sets.setValue(3)
    assert dialog.isWindowModified()
    dialog.reject()
    assert dialog.isVisible()
    dialog.editor.ask_unsaved_changes = lambda: UnsavedChoice.DISCARD  # type: ignore[method-assign]
    dialog.reject()
    assert not dialog.isVisible()


def test_new_rename_and_delete(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = make_editor(qtbot, repository, "Wall push")
    with qtbot.waitSignal(editor.saved):
        QTest.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.stored_name == "New routine"
    assert repository.find("New routine") is not None

    type_into(qtbot, editor.name_edit, "Physio week 3")
    assert editor.save()
    assert repository.find("New routine") is None
    assert repository.find("Physio week 3") is not None
    assert editor.routine_combo.currentData() == "Physio week 3"
    labels = [editor.routine_combo.itemText(i) for i in range(editor.routine_combo.count())]
    assert labels == [f"{r.name} (built-in)" for r in library.ROUTINES] + ["Physio week 3"]

    editor.confirm_delete = lambda name: False  # type: ignore[method-assign]
    assert not editor.delete_routine()
    assert repository.find("Physio week 3") is not None
    editor.confirm_delete = lambda name: name == "Physio week 3"  # type: ignore[method-assign]
    with qtbot.waitSignal(editor.deleted) as blocker:
        QTest.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["Physio week 3"]
    assert repository.find("Physio week 3") is None
    assert editor.is_builtin  # back on the first routine


def test_removing_every_exercise_blocks_save(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = customized(qtbot, repository, "Wall push")
    editor.remove_selected_exercise()
    assert editor.routine.exercises == ()
    assert not editor.save()
    assert editor.problems_text() == "exercises: a routine needs at least one exercise"
    assert len(stored(repository, "Wall push (custom)").exercises) == 1


def test_names_for_copies() -> None:
    assert copy_name("Wall push", True, ["Wall push"]) == "Wall push (custom)"
    assert copy_name("Wall push", True, ["wall push (custom)"]) == "Wall push (custom) 2"
    assert copy_name("Mine", False, []) == "Mine (copy)"
    assert unique_name("New routine", ["New routine", "New routine 2"]) == "New routine 3"
    assert format_duration(59.6) == "1 min 00 s"
    assert format_duration(45) == "45 s"


def test_fits_the_smallest_window(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = customized(qtbot, repository, STRENGTH)
    layout = editor.layout()
    assert layout is not None
    layout.activate()
    hint = editor.minimumSizeHint()
    assert hint.width() <= MINIMUM_WINDOW[0] and hint.height() <= MINIMUM_WINDOW[1], hint
    editor.resize(*MINIMUM_WINDOW)
    qtbot.waitUntil(lambda: editor.width() == MINIMUM_WINDOW[0])
    assert clipped(editor) == []


def _large_text_editor(qtbot: QtBot, repository: RoutineRepository) -> RoutineEditor:
    """The editor on a fresh copy of a built-in, at its smallest size for the current font."""
    editor = make_editor(qtbot, repository, STRENGTH)
    editor.duplicate_routine()
    layout = editor.layout()
    assert layout is not None
    layout.activate()
    hint = editor.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    editor.resize(hint)
    qtbot.waitUntil(lambda: editor.size() == hint)
    return editor


def test_large_text_is_not_clipped(
    large_text: float, qtbot: QtBot, repository: RoutineRepository
) -> None:
    editor = _large_text_editor(qtbot, repository)
    # The font reached it.
    assert editor.save_button.font().pointSizeF() == QApplication.font().pointSizeF()
    assert clipped(editor, kinds=(QLabel, QAbstractButton), wrapped_labels=False) == []


@pytest.mark.xfail(
    strict=False,
    reason="known: at large text the routine picker cuts the routine's name and the wrapped "
    "total-time line is cut short at the editor's smallest size",
)
def test_large_text_drop_downs_and_wrapped_lines_are_not_clipped(
    large_text: float, qtbot: QtBot, repository: RoutineRepository
) -> None:
    editor = _large_text_editor(qtbot, repository)
    assert clipped(editor) == []


def test_refresh_catches_up_with_changes_made_elsewhere(
    qtbot: QtBot, repository: RoutineRepository
) -> None:
    editor = customized(qtbot, repository, "Wall push")
    elsewhere = replace(
        editor.routine, exercises=(replace(library.WALL_PUSH, hold=HoldTime.same(40)),)
    )
    repository.save(elsewhere, replace=True)
    repository.save(replace(elsewhere, name="Imported meanwhile"))
    editor.refresh_routines()
    assert editor.routine == elsewhere
    assert editor.ex_hold.value() == 40
    assert editor.routine_combo.findData("Imported meanwhile") >= 0

    type_into(qtbot, editor.ex_sets, "3")
    assert editor.undo_button.isEnabled() and not editor.redo_button.isEnabled()
    repository.save(replace(elsewhere, prep_seconds=0), replace=True)
    editor.refresh_routines()  # unsaved changes are kept; Save will store them
    assert editor.routine.exercises[0].sets == 3
    type_into(qtbot, editor.name_edit, "Imported meanwhile")
    assert editor.problems_text() == "a routine named 'Imported meanwhile' already exists"


def test_ctrl_s_saves_a_number_still_being_typed(
    qtbot: QtBot, repository: RoutineRepository
) -> None:
    editor = customized(qtbot, repository, "Wall push")
    editor.ex_per_side.click()
    type_into(qtbot, editor.ex_hold_left, "45", enter=False)
    assert editor.routine.exercises[0].hold == HoldTime.same(30)
    with qtbot.waitSignal(editor.saved):
        QTest.keyClick(editor.ex_hold_left, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(repository, "Wall push (custom)").exercises[0].hold == HoldTime(45, 30)
    assert not editor.has_unsaved_changes()


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


def test_picking_another_routine_can_be_cancelled(
    qtbot: QtBot, repository: RoutineRepository
) -> None:
    editor = customized(qtbot, repository, "Wall push")
    editor.ask_unsaved_changes = lambda: UnsavedChoice.CANCEL  # type: ignore[method-assign]
    type_into(qtbot, editor.ex_sets, "3")
    combo = editor.routine_combo
    combo.setCurrentIndex(combo.findData(STRENGTH))
    combo.activated.emit(combo.currentIndex())
    assert editor.stored_name == "Wall push (custom)"
    assert combo.currentData() == "Wall push (custom)"
    assert editor.routine.exercises[0].sets == 3
    editor.ask_unsaved_changes = lambda: UnsavedChoice.SAVE  # type: ignore[method-assign]
    combo.setCurrentIndex(combo.findData(STRENGTH))
    combo.activated.emit(combo.currentIndex())
    assert editor.is_builtin and editor.routine.name == STRENGTH
    assert stored(repository, "Wall push (custom)").exercises[0].sets == 3


def test_a_routine_that_cannot_be_read_is_reported(
    qtbot: QtBot, repository: RoutineRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = customized(qtbot, repository, "Wall push")

    def broken(name: str) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(repository, "find", broken)
    assert not editor.open_routine(STRENGTH)
    assert editor.problems_text() == f"“{STRENGTH}” could not be read: disk I/O error"
    assert editor.stored_name == "Wall push (custom)"
