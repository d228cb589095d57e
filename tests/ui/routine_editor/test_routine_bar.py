"""The routine bar: picking, new, duplicate, customize, rename, delete; unsaved changes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from glute_timer.domain import library
from glute_timer.domain.model import HoldTime
from glute_timer.storage.routine_repository import RoutineRepository
from glute_timer.ui.routine_editor.editor import (
    RoutineEditorDialog,
    UnsavedChoice,
    copy_name,
    format_duration,
    unique_name,
)
from glute_timer.ui.routine_editor.routine_bar import RoutineBar
from tests.ui.routine_editor.editor_helpers import (
    STRENGTH,
    customized,
    make_editor,
    stored,
    type_into,
)


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


def test_names_for_copies() -> None:
    assert copy_name("Wall push", True, ["Wall push"]) == "Wall push (custom)"
    assert copy_name("Wall push", True, ["wall push (custom)"]) == "Wall push (custom) 2"
    assert copy_name("Mine", False, []) == "Mine (copy)"
    assert unique_name("New routine", ["New routine", "New routine 2"]) == "New routine 3"
    assert format_duration(59.6) == "1 min 00 s"
    assert format_duration(45) == "45 s"


def test_the_bar_shows_what_it_is_told_and_only_asks(qtbot: QtBot) -> None:
    bar = RoutineBar()
    qtbot.addWidget(bar)
    builtin = library.ROUTINES[0]
    mine = replace(builtin, name="Mine")
    combo = bar.routine_combo
    bar.show_routines([(builtin, True), (mine, False)], builtin.name, builtin=False)
    assert combo.currentIndex() == -1  # the name is there, but not as a custom routine
    bar.show_routines([(builtin, True), (mine, False)], "Mine", builtin=False)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        f"{builtin.name} (built-in)",
        "Mine",
    ]
    assert combo.currentIndex() == 1
    bar.show_builtin(True, builtin.name)
    bar.show()
    qtbot.waitExposed(bar)
    assert bar.builtin_banner.isVisible() and not bar.delete_button.isEnabled()

    with qtbot.waitSignal(bar.routine_picked) as picked:
        combo.activated.emit(0)
    assert picked.args == [builtin.name]
    assert combo.currentIndex() == 1  # nothing changes until the editor says so
    with qtbot.waitSignal(bar.duplicate_requested):
        QTest.mouseClick(bar.customize_button, Qt.MouseButton.LeftButton)
    bar.show_builtin(False, "Mine")
    assert not bar.builtin_banner.isVisible() and bar.delete_button.isEnabled()
    with qtbot.waitSignal(bar.delete_requested):
        QTest.mouseClick(bar.delete_button, Qt.MouseButton.LeftButton)
