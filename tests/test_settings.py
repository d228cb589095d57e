"""Settings are declared once, typed, defaulted, checked and kept between runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from glute_timer.settings import Preferences, Settings, UiState


def test_defaults(tmp_path: Path) -> None:
    settings = Settings.open(tmp_path)
    prefs = settings.preferences
    assert (prefs.volume, prefs.muted, prefs.audio_backend, prefs.theme) == (
        80,
        False,
        "auto",
        "system",
    )
    assert settings.ui_state.last_routine == ""
    assert settings.ui_state.window_geometry.isEmpty()


def test_values_survive_a_restart_with_their_types(tmp_path: Path) -> None:
    settings = Settings.open(tmp_path)
    settings.preferences.volume = 35
    settings.preferences.muted = True
    settings.ui_state.full_screen = True
    settings.ui_state.window_geometry = QByteArray(b"\x01\x02")
    settings.sync()
    again = Settings.open(tmp_path)
    assert again.preferences.volume == 35
    assert again.preferences.muted is True
    assert again.ui_state.full_screen is True
    assert bytes(again.ui_state.window_geometry.data()) == b"\x01\x02"
    assert (tmp_path / "settings.ini").is_file()


def test_bad_values_are_cleaned(tmp_path: Path) -> None:
    prefs = Settings.open(tmp_path).preferences
    prefs.volume = 250
    assert prefs.volume == 100
    prefs.volume = -5
    assert prefs.volume == 0
    prefs.theme = "purple"
    assert prefs.theme == "system"


def test_hand_edited_file_with_garbage(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[preferences]\nvolume=loud\nmuted=yes\n")
    prefs = Settings.open(tmp_path).preferences
    assert prefs.volume == 80
    assert prefs.muted is True


def test_changed_signal_once_per_real_change(qtbot: QtBot, tmp_path: Path) -> None:
    prefs = Settings.open(tmp_path).preferences
    seen: list[str] = []
    prefs.changed.connect(seen.append)
    prefs.volume = 50
    prefs.volume = 50
    assert prefs.step_volume(+1) == 60
    assert seen == ["volume", "volume"]


def test_each_setting_declared_once_and_groups_apart() -> None:
    pref_keys = [s.key for s in Preferences.declared()]
    ui_keys = [s.key for s in UiState.declared()]
    assert len(pref_keys) == len(set(pref_keys))
    assert "window_geometry" in ui_keys and "window_geometry" not in pref_keys
    assert "volume" in pref_keys and "volume" not in ui_keys
    for setting in Preferences.declared() + UiState.declared():
        assert setting.doc
        assert isinstance(setting.default, setting.kind)


def test_the_sound_output_description_names_every_backend() -> None:
    # The description is a literal (to be translatable), no longer built from the tuple.
    from glute_timer.domain.audio_backends import AUDIO_BACKENDS

    doc = Preferences.audio_backend.doc
    assert all(name in doc for name in AUDIO_BACKENDS), doc
