"""The settings dialog: a control per declared preference, stored at once, defaults restored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QSlider, QSpinBox
from pytestqt.qtbot import QtBot

from glute_timer.settings import Preferences, Setting
from glute_timer.ui.dialogs.settings_dialog import SettingsDialog, declared_settings
from tests.ui.clipping import clipped

MINIMUM_WINDOW = (640, 400)


class FullPreferences(Preferences):
    """Preferences plus the ones the dialog also expects (until settings.py declares them)."""

    prep_seconds: Setting[int] = Setting(
        "prep_seconds", int, 10, "Seconds to get ready.", minimum=0, maximum=600
    )
    beeps: Setting[bool] = Setting("beeps", bool, True, "Beep at each step.")
    text_scale: Setting[float] = Setting(
        "text_scale", float, 1.0, "Text size factor.", minimum=0.9, maximum=2.0
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[QSettings]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()


@pytest.fixture
def preferences(store: QSettings) -> FullPreferences:
    return FullPreferences(store)


@pytest.fixture
def dialog(qtbot: QtBot, preferences: FullPreferences) -> SettingsDialog:
    settings_dialog = SettingsDialog(preferences)
    qtbot.addWidget(settings_dialog)
    settings_dialog.show()
    qtbot.waitExposed(settings_dialog)
    return settings_dialog


def test_every_declared_preference_has_a_control(dialog: SettingsDialog) -> None:
    assert dialog.keys() == [
        "language",
        "prep_seconds",
        "volume",
        "muted",
        "beeps",
        "voice_prompts",
        "audio_backend",
        "theme",
        "text_scale",
        "keep_screen_awake",
    ]
    declared = [*Preferences.declared(), *FullPreferences.declared()]
    assert sorted(dialog.keys()) == sorted({s.key for s in declared})
    assert isinstance(dialog.control("volume").focusProxy(), QSlider)
    assert isinstance(dialog.control("muted"), QCheckBox)
    assert isinstance(dialog.control("prep_seconds"), QSpinBox)
    backend = dialog.control("audio_backend")
    assert isinstance(backend, QComboBox)
    assert [backend.itemData(i) for i in range(backend.count())] == [
        "auto",
        "simpleaudio",
        "qt",
        "none",
    ]
    theme = dialog.control("theme")
    assert isinstance(theme, QComboBox)
    assert [theme.itemText(i) for i in range(theme.count())] == [
        "Same as the system",
        "Light",
        "Dark",
    ]


def test_the_real_preferences_work_too(qtbot: QtBot, store: QSettings) -> None:
    plain = SettingsDialog(Preferences(store))
    qtbot.addWidget(plain)
    assert set(plain.keys()) == {s.key for s in Preferences.declared()}


def test_each_change_is_stored_and_announced_at_once(
    qtbot: QtBot, dialog: SettingsDialog, preferences: FullPreferences, store: QSettings
) -> None:
    slider = dialog.control("volume").focusProxy()
    assert isinstance(slider, QSlider)
    announced: list[str] = []
    dialog.setting_changed.connect(announced.append)
    with qtbot.waitSignal(preferences.changed):
        slider.setFocus()
        QTest.keyClick(slider, Qt.Key.Key_PageDown)
    assert preferences.volume == 70
    readout = dialog.control("volume").findChild(QLabel)
    assert readout is not None and readout.text() == "70 %"
    assert announced == ["volume"]

    mute = dialog.control("muted")
    assert isinstance(mute, QCheckBox)
    with qtbot.waitSignal(dialog.setting_changed) as blocker:
        mute.click()
    assert blocker.args == ["muted"] and preferences.muted

    backend = dialog.control("audio_backend")
    assert isinstance(backend, QComboBox)
    backend.setCurrentIndex(backend.findData("qt"))
    assert preferences.audio_backend == "qt"

    theme = dialog.control("theme")
    assert isinstance(theme, QComboBox)
    theme.setCurrentIndex(theme.findData("dark"))
    prep = dialog.control("prep_seconds")
    assert isinstance(prep, QSpinBox)
    prep.setValue(15)
    scale = dialog.control("text_scale")
    assert isinstance(scale, QComboBox)
    scale.setCurrentIndex(scale.findData(1.5))
    for key in ("beeps", "voice_prompts", "keep_screen_awake"):
        box = dialog.control(key)
        assert isinstance(box, QCheckBox)
        box.setChecked(False)

    assert (preferences.theme, preferences.prep_seconds, preferences.text_scale) == (
        "dark",
        15,
        1.5,
    )
    assert not (preferences.beeps or preferences.voice_prompts or preferences.keep_screen_awake)
    store.sync()
    reopened = FullPreferences(
        QSettings(store.fileName(), QSettings.Format.IniFormat)
    )  # on disk, not only in memory
    assert (reopened.volume, reopened.muted, reopened.theme, reopened.text_scale) == (
        70,
        True,
        "dark",
        1.5,
    )


def test_restore_defaults(
    qtbot: QtBot, dialog: SettingsDialog, preferences: FullPreferences
) -> None:
    preferences.volume = 30
    preferences.theme = "light"
    preferences.beeps = False
    announced: list[str] = []
    dialog.setting_changed.connect(announced.append)

    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert sorted(announced) == ["beeps", "theme", "volume"]  # only what changed
    for setting in declared_settings(FullPreferences):
        assert preferences.read(setting) == setting.default, setting.key
    slider = dialog.control("volume").focusProxy()
    assert isinstance(slider, QSlider) and slider.value() == 80
    theme = dialog.control("theme")
    assert isinstance(theme, QComboBox) and theme.currentData() == "system"


def test_changes_made_elsewhere_show_in_the_dialog(
    dialog: SettingsDialog, preferences: FullPreferences
) -> None:
    preferences.step_volume(-1)  # the volume key during a workout
    slider = dialog.control("volume").focusProxy()
    assert isinstance(slider, QSlider) and slider.value() == 70
    preferences.text_scale = 1.2  # not one of the offered sizes: shown anyway
    scale = dialog.control("text_scale")
    assert isinstance(scale, QComboBox)
    assert scale.currentText() == "120 %"
    assert preferences.text_scale == 1.2


def test_fits_the_smallest_window(qtbot: QtBot, dialog: SettingsDialog) -> None:
    layout = dialog.layout()
    assert layout is not None
    layout.activate()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= MINIMUM_WINDOW[0] and hint.height() <= MINIMUM_WINDOW[1], hint
    dialog.resize(hint)
    qtbot.waitUntil(lambda: dialog.size() == hint)
    assert clipped(dialog) == []


def test_large_text_is_not_clipped(large_text: float, qtbot: QtBot, dialog: SettingsDialog) -> None:
    font = QApplication.font()
    layout = dialog.layout()
    assert layout is not None
    layout.activate()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    dialog.resize(hint)
    qtbot.waitUntil(lambda: dialog.size() == hint)
    assert dialog.restore_button.font().pointSizeF() == font.pointSizeF()
    assert clipped(dialog) == []


@pytest.fixture
def three_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    """German and Spanish catalogues installed; the system asks for Spanish."""
    from glute_timer.ui.dialogs import settings_dialog

    monkeypatch.setattr(settings_dialog, "available_languages", lambda: ["de", "en", "es"])
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANGUAGE", "es")


def _language_parts(dialog: SettingsDialog) -> tuple[QComboBox, QLabel]:
    row = dialog.control("language")
    combo = row.findChild(QComboBox, "languageChoice")
    note = row.findChild(QLabel, "languageNote")
    assert combo is not None and note is not None
    return combo, note


def test_language_choice_lists_each_language_in_its_own_name_and_stores_it(
    three_languages: None, qtbot: QtBot, preferences: FullPreferences
) -> None:
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    combo, note = _language_parts(dialog)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "System default (Español)",
        "Deutsch",
        "English",
        "Español",
    ]
    assert combo.currentData() == "system" and not note.isVisible()

    with qtbot.waitSignal(dialog.setting_changed) as blocker:
        combo.setCurrentIndex(combo.findData("de"))
    assert blocker.args == ["language"] and preferences.language == "de"
    # Loaded at start-up only: the dialog says when the new language applies.
    assert note.isVisible() and "next time" in note.text()

    combo.setCurrentIndex(combo.findData("en"))  # the language in use now: nothing to say
    assert preferences.language == "en" and not note.isVisible()
    combo.setCurrentIndex(combo.findData("system"))  # the system asks for Spanish
    assert preferences.language == "system" and note.isVisible()


def test_a_stored_language_without_a_catalogue_is_shown_and_kept(
    three_languages: None, qtbot: QtBot, preferences: FullPreferences
) -> None:
    preferences.language = "fr"
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    combo, _note = _language_parts(dialog)
    assert combo.currentData() == "fr" and combo.currentText() == "Français"
    assert preferences.language == "fr"
