"""The window's own words (title, menu, toasts) go through the catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from glute_timer.ui.commands import Command
from tests.ui.bracketed_catalogue import bracketed  # noqa: F401
from tests.ui.window_harness import build


@pytest.mark.usefixtures("bracketed")
def test_title_menu_and_toasts_are_translated(qtbot: QtBot, tmp_path: Path) -> None:
    h = build(tmp_path)
    window = h.window
    qtbot.addWidget(window)
    window.show()
    assert window.actions_by_command[Command.QUIT].text() == "[Commands: Quit]"
    about = window.actions_by_command[Command.ABOUT]
    assert about.text() == "[Commands: About Glute Timer]"  # the name filled in after
    assert about.toolTip() == "[Commands: Version, sound output, data folder]"
    h.settings.preferences.muted = False
    h.settings.preferences.volume = 70
    window.actions_by_command[Command.MUTE].trigger()
    assert window.toast.text() == "[MainWindow: Sound off]"
    window.actions_by_command[Command.MUTE].trigger()
    assert window.toast.text() == "[MainWindow: Sound on (70%)]"
    selected = window.start_screen.selected()
    assert selected is not None
    window.start_routine(selected)
    assert window.windowTitle() == (
        "[MainWindow: [Library: Wall push] · [MainWindow: Get ready] · [MainWindow: Left]"
        " — Glute Timer]"
    )
