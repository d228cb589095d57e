"""Keys and menu commands are declared once: the window's actions, its menu and the keys
help all come from the same table, and the keys help misses nothing the window reacts to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from pytestqt.qtbot import QtBot

from glute_timer.ui.commands import COMMANDS, MENU_GROUPS, WORKOUT_COMMANDS, Command, Scope
from glute_timer.ui.dialogs.keys_help import KeysHelp
from tests.ui.window_harness import Harness, build


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path) -> Harness:
    h = build(tmp_path)
    qtbot.addWidget(h.window)
    return h


def portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def test_every_command_is_declared_once_with_keys_qt_understands() -> None:
    commands = [spec.command for spec in COMMANDS]
    assert sorted(commands) == sorted(Command)  # each command once, none forgotten
    for spec in COMMANDS:
        assert spec.text and spec.help_text
        for key in spec.keys:
            assert not QKeySequence(key).isEmpty(), f"{spec.command}: {key!r} is not a key"
    bound = [key.casefold() for spec in COMMANDS for key in spec.keys]
    assert len(bound) == len(set(bound)), "a key is bound to two commands"
    menu = [command for group in MENU_GROUPS for command in group]
    assert sorted(menu) == sorted(s.command for s in COMMANDS if s.scope is Scope.MENU)


def test_the_keys_help_lists_every_declared_command(qtbot: QtBot) -> None:
    dialog = KeysHelp()
    qtbot.addWidget(dialog)
    assert dialog.listed_commands() == [spec.command for spec in COMMANDS]
    for row, spec in enumerate(COMMANDS):
        keys, what = dialog.table.item(row, 0), dialog.table.item(row, 1)
        assert keys is not None and what is not None
        assert keys.text() == spec.key_text()
        assert what.text() == spec.help_text


def test_the_keys_help_lists_every_key_the_window_reacts_to(harness: Harness) -> None:
    window = harness.window
    window.show_keys_help()
    dialog = window.keys_help
    assert dialog is not None
    tooltips = {
        command: item.toolTip()
        for row, command in enumerate(dialog.listed_commands())
        if (item := dialog.table.item(row, 0)) is not None
    }
    reacting: list[tuple[Command, str]] = []
    for command, action in window.actions_by_command.items():
        reacting.extend((command, portable(key)) for key in action.shortcuts())
    # Nothing outside the table: every action and shortcut in the window is one of these.
    others = [
        portable(key)
        for action in window.findChildren(QAction)
        if action not in window.actions_by_command.values()
        for key in action.shortcuts()
    ]
    others += [portable(s.key()) for s in window.findChildren(QShortcut)]
    assert others == []
    assert {command for command, _key in reacting} <= set(tooltips)
    for command, key in reacting:
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        assert shown in tooltips[command].split(", "), f"{key} ({command}) is not in the keys help"
    declared = {(spec.command, portable(QKeySequence(k))) for spec in COMMANDS for k in spec.keys}
    assert set(reacting) == declared


def test_the_menu_is_built_from_the_table(harness: Harness) -> None:
    window = harness.window
    texts = [action.text() for action in window.menu.actions()]
    expected: list[str] = []
    for number, group in enumerate(MENU_GROUPS):
        if number:
            expected.append("")  # a separator
        by_command = {spec.command: spec for spec in COMMANDS}
        expected.extend(by_command[command].shown_text() for command in group)
    assert texts == expected
    assert window.edit_action is window.actions_by_command[Command.EDIT_ROUTINES]
    assert portable(window.quit_action.shortcut()) == "Ctrl+Q"


def test_workout_commands_are_off_outside_a_workout(harness: Harness) -> None:
    window = harness.window
    for command, action in window.actions_by_command.items():
        if command in WORKOUT_COMMANDS:
            assert not action.isEnabled(), command
    window.start_routine(window.start_screen.routines()[0])
    assert all(window.actions_by_command[c].isEnabled() for c in WORKOUT_COMMANDS)


def test_the_keys_help_names_keys_as_the_language_does(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from glute_timer.ui.commands import spec_of

    assert spec_of(Command.QUIT).key_text() == "Ctrl+Q"
    german = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not german.load("qtbase_de", folder):
        pytest.skip("Qt's German catalogue is not installed")
    QCoreApplication.installTranslator(german)
    try:
        assert spec_of(Command.QUIT).key_text() == "Strg+Q"
        assert spec_of(Command.HELP).key_text() == "? · F1"
    finally:
        QCoreApplication.removeTranslator(german)
