"""Driving the routine editor as a person would, for the tests of each of its panels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from glute_timer.domain.model import Routine
from glute_timer.storage.routine_repository import RoutineRepository
from glute_timer.ui.routine_editor.editor import RoutineEditor, UnsavedChoice

STRENGTH = "Glute medius strength"


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
