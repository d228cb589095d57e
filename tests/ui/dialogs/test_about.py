"""The About box names the version, the sound output and the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from glute_timer import __version__
from glute_timer.audio import CueAnnouncer
from glute_timer.ui.dialogs.about import about_text, open_about_box, sound_description


class FakeAnnouncer:
    def __init__(self, backend_name: str, status_text: str) -> None:
        self.backend_name = backend_name
        self.status_text = status_text


def test_the_sound_output_is_described() -> None:
    assert sound_description(None, loaded=False) == "none (not loaded)"
    assert sound_description(None, loaded=True) == "none"
    working = cast(CueAnnouncer, FakeAnnouncer("simpleaudio", ""))
    assert sound_description(working, loaded=True) == "simpleaudio"
    failing = cast(CueAnnouncer, FakeAnnouncer("", "No sound: no device"))
    assert sound_description(failing, loaded=True) == "none (No sound: no device)"


def test_the_box_shows_version_sound_and_folder(qtbot: QtBot, tmp_path: Path) -> None:
    text = about_text("simpleaudio", tmp_path / "data")
    assert __version__ in text and "Sound output: simpleaudio" in text
    assert f"Data folder: {tmp_path / 'data'}" in text
    parent = QWidget()
    qtbot.addWidget(parent)
    box = open_about_box(text, parent)
    assert box.isVisible() and box.text() == text  # open() returned: nothing waits on it
    box.close()
