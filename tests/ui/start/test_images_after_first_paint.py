"""Icons and pictures are drawn once the window is up, and then they are all there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from glute_timer.domain.library import ROUTINES
from glute_timer.ui.start.start_screen import StartScreen
from tests.ui.window_harness import build


def _picture_labels(screen: StartScreen) -> list[QLabel]:
    body = screen.details.widget()
    assert body is not None
    return [
        label
        for label in body.findChildren(QLabel)
        if label.accessibleName().startswith("Picture: ")
    ]


def test_nothing_is_rendered_before_show_images_and_everything_after(qtbot: QtBot) -> None:
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_routines([(r, True) for r in ROUTINES])
    labels = _picture_labels(screen)
    assert labels
    assert all(label.pixmap().isNull() for label in labels)
    assert screen.start_button.icon().isNull()
    assert all(button.icon().isNull() for button in screen.header_buttons())
    assert not screen.routine_list.pictures_shown

    screen.show_images()

    assert all(not label.pixmap().isNull() for label in _picture_labels(screen))
    assert not screen.start_button.icon().isNull()
    assert all(not button.icon().isNull() for button in screen.header_buttons())
    assert screen.routine_list.pictures_shown
    # Another routine's pictures are drawn at once from now on.
    screen.select(ROUTINES[-1].name)
    assert all(not label.pixmap().isNull() for label in _picture_labels(screen))


def test_the_window_draws_them_after_its_first_paint(qtbot: QtBot, tmp_path: Path) -> None:
    h = build(tmp_path)
    qtbot.addWidget(h.window)
    screen = h.window.start_screen
    assert screen.start_button.icon().isNull()
    h.window.show()
    qtbot.waitUntil(lambda: not screen.start_button.icon().isNull(), timeout=3000)
    assert screen.routine_list.pictures_shown
    assert all(not label.pixmap().isNull() for label in _picture_labels(screen))
