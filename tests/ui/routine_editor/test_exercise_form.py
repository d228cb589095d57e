"""The exercise form: edits reach the stored routine, the plan and the engine; refusals."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from glute_timer.domain import library
from glute_timer.domain.model import HoldTime, Side, Sides
from glute_timer.domain.plan import StepKind, compile_plan
from glute_timer.domain.routine_file import RoutineFileError, read_routine_file
from glute_timer.domain.validation import exercise_problems
from glute_timer.engine import WorkoutEngine
from glute_timer.storage.routine_repository import RoutineRepository
from glute_timer.ui.routine_editor.editor import format_duration
from glute_timer.ui.routine_editor.exercise_form import ExerciseEdit, ExerciseForm
from tests.fakes import FakeClock, FakeTimerFactory
from tests.ui.routine_editor.editor_helpers import (
    STRENGTH,
    customized,
    make_editor,
    stored,
    type_into,
)


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


def test_the_form_asks_for_each_change_and_is_silent_while_filled(qtbot: QtBot) -> None:
    form = ExerciseForm()
    qtbot.addWidget(form)
    asked: list[ExerciseEdit] = []
    form.edit_requested.connect(asked.append)
    wall = library.WALL_PUSH
    form.show_exercise(0, wall)
    form.show()
    qtbot.waitExposed(form)
    assert asked == []  # filling the fields asks for nothing
    assert form.ex_hold.value() == wall.hold.left
    assert form.exercise_box.title() == f"Exercise 1: {wall.name}"

    type_into(qtbot, form.ex_hold, "45", enter=False)
    assert asked[-1] == ExerciseEdit(
        form.ex_hold, "hold", "hold_seconds", {"hold": HoldTime.same(45)}, preview=True
    )
    QTest.keyClick(form.ex_hold, Qt.Key.Key_Return)
    assert asked[-1] == ExerciseEdit(
        form.ex_hold, "hold", "hold_seconds", {"hold": HoldTime.same(45)}
    )

    # One side's hold keeps the other side's value as shown.
    form.ex_per_side.click()
    assert form.ex_side_holds.isVisible()
    type_into(qtbot, form.ex_hold_left, "40")
    assert asked[-1].changes == {"hold": HoldTime(40, wall.hold.right)}
    assert asked[-1].field == "hold_seconds.left"

    form.ex_sides.setCurrentIndex(form.ex_sides.findData(Sides.LEFT))
    form.ex_sides.activated.emit(form.ex_sides.currentIndex())
    assert asked[-1].changes == {"sides": Sides.LEFT} and asked[-1].revert_on_refusal
    form.revert_choice(form.ex_sides)
    assert form.ex_sides.currentData() == wall.sides

    form.show_exercise(-1, None)
    assert not form.exercise_box.isEnabled()
    assert form.exercise_box.title() == "Exercise"


def test_how_to_lines_and_seconds_per_rep_are_edited_and_saved(
    qtbot: QtBot, repository: RoutineRepository
) -> None:
    editor = customized(qtbot, repository, STRENGTH)
    form = editor.exercise_form
    editor.select_exercise(2)  # side scissor kicks: reps
    assert form.ex_rep_seconds.isVisible()
    type_into(qtbot, form.ex_rep_seconds, "25")
    assert editor.routine.exercises[2].rep_seconds == 2  # refused (1 to 20 s): the built-in's
    type_into(qtbot, form.ex_rep_seconds, "3")
    assert editor.routine.exercises[2].rep_seconds == 3
    type_into(qtbot, form.ex_how_left, "Top leg up slowly.")
    type_into(qtbot, form.ex_how_right, "Top leg up, then down.")
    assert editor.save()
    exercise = stored(repository, f"{STRENGTH} (custom)").exercises[2]
    assert (exercise.how_left, exercise.how_right) == (
        "Top leg up slowly.",
        "Top leg up, then down.",
    )
    assert exercise.rep_seconds == 3
    plan = compile_plan(stored(repository, f"{STRENGTH} (custom)"))
    reps = [s for s in plan.steps if s.kind is StepKind.REPS and s.exercise == exercise.name]
    assert {(s.side, s.how) for s in reps} == {
        (Side.LEFT, "Top leg up slowly."),
        (Side.RIGHT, "Top leg up, then down."),
    }
    assert all(s.seconds == exercise.reps * 3 for s in reps)
    # Back to no tempo: 0 means the person presses Done.
    type_into(qtbot, form.ex_rep_seconds, "0")
    assert editor.routine.exercises[2].rep_seconds is None
    editor.select_exercise(0)  # a hold: no tempo field
    assert not form.ex_rep_seconds.isVisible()
