"""The settings dialog: one control per declared preference, applied as soon as it changes.

The dialog knows no setting of its own. It walks ``Preferences.declared()`` (see
``glute_timer.settings``) and builds a control from each setting's type, choices and range;
the table below only gives friendlier labels and, for a few keys, a better-suited control. A
setting declared later appears here without a change to this file.

The language is read once at start-up (``cli.main`` calls ``setup_language``), so its control
says when a new choice applies: the next time the app opens.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from glute_timer import APP_NAME
from glute_timer.domain import i18n
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.language_choice import SYSTEM, choose_language
from glute_timer.language import available_languages, native_name
from glute_timer.settings import Setting, SettingsGroup

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Presentation:
    """How one setting is shown: its label, the names of its choices, a suffix, a control.

    The label and the choices' names are marked with ``QT_TRANSLATE_NOOP("SettingsDialog",
    ...)`` and translated where shown.
    """

    label: str
    choice_labels: dict[Any, str] = field(default_factory=dict)
    suffix: str = ""
    control: str = ""  # "slider", "scale" or "language"; empty: from the setting's type


# Labels for the keys we know; keys not listed still get a control, labelled from the key.
PRESENTATION: dict[str, Presentation] = {
    "language": Presentation(QT_TRANSLATE_NOOP("SettingsDialog", "Language"), control="language"),
    "prep_seconds": Presentation(
        QT_TRANSLATE_NOOP("SettingsDialog", "Get-ready time (built-in routines)"), suffix=" s"
    ),
    "volume": Presentation(
        QT_TRANSLATE_NOOP("SettingsDialog", "Volume"), suffix=" %", control="slider"
    ),
    "muted": Presentation(QT_TRANSLATE_NOOP("SettingsDialog", "Mute all sounds")),
    "beeps": Presentation(QT_TRANSLATE_NOOP("SettingsDialog", "Beeps")),
    "voice_prompts": Presentation(QT_TRANSLATE_NOOP("SettingsDialog", "Spoken prompts")),
    "audio_backend": Presentation(
        QT_TRANSLATE_NOOP("SettingsDialog", "Sound output"),
        {
            "auto": QT_TRANSLATE_NOOP("SettingsDialog", "Automatic"),
            "simpleaudio": "simpleaudio (ALSA)",
            "qt": "Qt Multimedia",
            "none": QT_TRANSLATE_NOOP("SettingsDialog", "No sound"),
        },
    ),
    "theme": Presentation(
        QT_TRANSLATE_NOOP("SettingsDialog", "Theme"),
        {
            "system": QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system"),
            "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
            "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
        },
    ),
    "keep_screen_awake": Presentation(
        QT_TRANSLATE_NOOP("SettingsDialog", "Keep the screen awake during a workout")
    ),
    "text_scale": Presentation(QT_TRANSLATE_NOOP("SettingsDialog", "Text size"), control="scale"),
}

# The order in the dialog; keys not listed follow in declaration order. The language comes
# first: found at once by someone who cannot read the language the app is in.
ORDER = (
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
)

TEXT_SCALES = (0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


def _label_for(key: str) -> str:
    shown = PRESENTATION.get(key)
    if shown is not None:
        return translate("SettingsDialog", shown.label)
    return key.replace("_", " ").capitalize()


def declared_settings(group: type[SettingsGroup]) -> list[Setting[Any]]:
    """Every setting ``group`` declares, its base classes' included, in declaration order."""
    found: dict[str, Setting[Any]] = {}
    for klass in reversed(group.__mro__):
        if isinstance(klass, type) and issubclass(klass, SettingsGroup):
            for setting in klass.declared():
                found[setting.key] = setting
    return list(found.values())


def _ordered(settings: list[Setting[Any]]) -> list[Setting[Any]]:
    rank = {key: i for i, key in enumerate(ORDER)}
    return sorted(settings, key=lambda s: rank.get(s.key, len(ORDER)))


class _Control:
    """One setting's widget, with how to read it, show a value, and notice a change."""

    def __init__(
        self,
        widget: QWidget,
        show: Callable[[Any], None],
        changed: Any,
        read: Callable[[], Any],
    ) -> None:
        self.widget = widget
        self.show = show
        self.changed = changed
        self.read = read


def _bool_control(setting: Setting[Any], text: str) -> _Control:
    box = QCheckBox(text)
    return _Control(box, lambda v: box.setChecked(bool(v)), box.toggled, box.isChecked)


def _choice_control(setting: Setting[Any], labels: dict[Any, str]) -> _Control:
    combo = QComboBox()
    for choice in setting.choices or ():
        label = labels.get(choice)
        combo.addItem(translate("SettingsDialog", label) if label else str(choice), choice)

    def show(value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    return _Control(combo, show, combo.currentIndexChanged, combo.currentData)


def _scale_control(setting: Setting[Any]) -> _Control:
    combo = QComboBox()
    low = setting.minimum if setting.minimum is not None else min(TEXT_SCALES)
    high = setting.maximum if setting.maximum is not None else max(TEXT_SCALES)
    for scale in TEXT_SCALES:
        if low <= scale <= high:
            combo.addItem(f"{round(scale * 100)} %", scale)

    def show(value: Any) -> None:
        index = combo.findData(float(value))
        if index < 0:
            combo.addItem(f"{round(float(value) * 100)} %", float(value))
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    return _Control(combo, show, combo.currentIndexChanged, combo.currentData)


def _slider_control(setting: Setting[Any], suffix: str) -> _Control:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(int(setting.minimum or 0), int(setting.maximum or 100))
    slider.setSingleStep(1)
    slider.setPageStep(10)
    readout = QLabel()
    readout.setMinimumWidth(readout.fontMetrics().horizontalAdvance(f"100{suffix}") + 4)
    readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    slider.valueChanged.connect(lambda v: readout.setText(f"{v}{suffix}"))
    layout.addWidget(slider, 1)
    layout.addWidget(readout)
    row.setFocusProxy(slider)

    def show(value: Any) -> None:
        slider.setValue(int(value))
        readout.setText(f"{int(value)}{suffix}")

    return _Control(row, show, slider.valueChanged, slider.value)


def _number_control(setting: Setting[Any], suffix: str) -> _Control:
    spin: QSpinBox | QDoubleSpinBox = QDoubleSpinBox() if setting.kind is float else QSpinBox()
    low = setting.minimum if setting.minimum is not None else 0
    high = setting.maximum if setting.maximum is not None else 10_000
    if isinstance(spin, QDoubleSpinBox):
        spin.setRange(float(low), float(high))
        spin.setSingleStep(0.1)
    else:
        spin.setRange(int(low), int(high))
    spin.setSuffix(suffix)
    return _Control(spin, lambda v: spin.setValue(v), spin.valueChanged, spin.value)


def language_in_effect(choice: str) -> str:
    """The language the app would speak with ``choice`` ("system" or a code) at start-up."""
    return choose_language(os.environ, choice, available_languages())


def _language_control() -> _Control:
    """The language list: "System default" and every installed language in its own name,
    with a note when the choice differs from the language the app speaks now."""
    row = QWidget()
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    combo = QComboBox(row)
    combo.setObjectName("languageChoice")
    system = native_name(language_in_effect(SYSTEM))
    combo.addItem(
        translate("SettingsDialog", "System default ({language})").format(language=system), SYSTEM
    )
    for code in available_languages():
        combo.addItem(native_name(code), code)
    note = QLabel(
        translate("SettingsDialog", "The new language applies the next time {app} opens.").format(
            app=APP_NAME
        ),
        row,
    )
    note.setObjectName("languageNote")
    note.setWordWrap(True)
    note.hide()
    layout.addWidget(combo)
    layout.addWidget(note)
    row.setFocusProxy(combo)

    def read() -> str:
        return str(combo.currentData() or SYSTEM)

    def show(value: Any) -> None:
        index = combo.findData(value)
        if index < 0:  # a code whose catalogue is not installed: shown, kept until changed
            combo.addItem(native_name(str(value)), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def show_note(*_args: object) -> None:
        note.setVisible(language_in_effect(read()) != i18n.current_language())

    combo.currentIndexChanged.connect(show_note)
    return _Control(row, show, combo.currentIndexChanged, read)


def _text_control() -> _Control:
    edit = QLineEdit()
    return _Control(edit, lambda v: edit.setText(str(v)), edit.editingFinished, edit.text)


class SettingsDialog(QDialog):
    """Edits a settings group (the app's ``Preferences``); every change is stored at once.

    Signals:
        setting_changed(str): the key of a setting that now has a new value (also after
            "Restore defaults"). The group's own ``changed`` signal says the same; this one
            is for code that only holds the dialog.
    """

    setting_changed = Signal(str)

    def __init__(
        self,
        preferences: SettingsGroup,
        parent: QWidget | None = None,
        *,
        play_test_sound: Callable[[], str] | None = None,
        sound_in_use: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self._play_test_sound = play_test_sound
        self._sound_in_use = sound_in_use
        self._preferences = preferences
        self._settings = {s.key: s for s in _ordered(declared_settings(type(preferences)))}
        self._controls: dict[str, _Control] = {}
        self._showing = False

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for key, setting in self._settings.items():
            control = self._make_control(setting)
            control.widget.setObjectName(f"setting-{key}")
            doc = translate("Settings", setting.doc)
            control.widget.setToolTip(doc)
            control.widget.setAccessibleDescription(doc)
            self._controls[key] = control
            label = _label_for(key)
            if isinstance(control.widget, QAbstractButton):
                form.addRow("", control.widget)
            else:
                control.widget.setAccessibleName(label)
                form.addRow(
                    translate("SettingsDialog", "{setting}:").format(setting=label), control.widget
                )
            control.changed.connect(lambda *_args, k=key: self._store(k))

        # The sound: what plays now, and a way to hear the volume.
        self.sound_label = QLabel(self)
        self.sound_label.setAccessibleName(translate("SettingsDialog", "Sound output in use"))
        self.test_sound_button = QPushButton(translate("SettingsDialog", "Play a test sound"), self)
        self.test_sound_button.setToolTip(
            translate("SettingsDialog", "Plays a cue at the volume set above")
        )
        self.test_sound_button.clicked.connect(self.play_test_sound)
        self.test_sound_button.setEnabled(play_test_sound is not None)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        # What plays and the test button share a row; the test's result gets a row of its
        # own once there is one (the dialog fits the smallest window with the language row).
        sound_row = QHBoxLayout()
        sound_row.addWidget(self.sound_label, 1)
        sound_row.addWidget(self.test_sound_button)
        row = self._row_after("audio_backend", form)
        form.insertRow(row, translate("SettingsDialog", "In use:"), sound_row)
        form.insertRow(row + 1, "", self.test_result)
        form.setRowVisible(self.test_result, False)
        self._form = form
        self.show_sound_in_use()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults | QDialogButtonBox.StandardButton.Close
        )
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        assert restore is not None
        self.restore_button = restore
        self.restore_button.setToolTip(
            translate("SettingsDialog", "Put every setting back to how the app came")
        )
        self.restore_button.clicked.connect(self.restore_defaults)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        preferences.changed.connect(self._on_group_changed)
        self._show_all()

    # ----------------------------------------------------------------- public API

    def play_test_sound(self) -> None:
        """Play a cue through the app's sound (and say what happened)."""
        if self._play_test_sound is None:
            self._show_test_result(translate("SettingsDialog", "Sound is not loaded."))
            return
        self._show_test_result(self._play_test_sound())
        self.show_sound_in_use()

    def _show_test_result(self, text: str) -> None:
        self.test_result.setText(text)
        self._form.setRowVisible(self.test_result, bool(text))

    def show_sound_in_use(self) -> None:
        """Name the sound output actually playing (not just the choice)."""
        if self._sound_in_use is not None:
            text = self._sound_in_use()
        else:
            text = translate("SettingsDialog", "not loaded yet")
        self.sound_label.setText(text)

    def _row_after(self, key: str, form: QFormLayout) -> int:
        control = self._controls.get(key)
        if control is None:
            return form.rowCount()
        position = form.getWidgetPosition(control.widget)
        row = int(position[0]) if isinstance(position, tuple) else -1
        return row + 1 if row >= 0 else form.rowCount()

    def control(self, key: str) -> QWidget:
        """The widget that edits ``key`` (for tests and for focusing one setting)."""
        return self._controls[key].widget

    def keys(self) -> list[str]:
        """The keys shown, in dialog order."""
        return list(self._controls)

    def restore_defaults(self) -> None:
        """Put every setting back to its declared default (each change is announced)."""
        for setting in self._settings.values():
            if self._preferences.read(setting) != setting.default:
                self._preferences.reset(setting)
        self._show_all()

    # ----------------------------------------------------------------- internals

    def _make_control(self, setting: Setting[Any]) -> _Control:
        shown = PRESENTATION.get(setting.key, Presentation(_label_for(setting.key)))
        if setting.kind is bool:
            return _bool_control(setting, _label_for(setting.key))
        if shown.control == "language" and setting.kind is str:
            return _language_control()
        if shown.control == "scale" and setting.kind is float:
            return _scale_control(setting)
        if setting.choices is not None:
            return _choice_control(setting, shown.choice_labels)
        if shown.control == "slider" and setting.kind is int:
            return _slider_control(setting, shown.suffix)
        if setting.kind in (int, float):
            return _number_control(setting, shown.suffix)
        if setting.kind is str:
            return _text_control()
        raise TypeError(f"no control for setting {setting.key!r} of type {setting.kind}")

    def _show_all(self) -> None:
        for key in self._controls:
            self._show(key)

    def _show(self, key: str) -> None:
        control = self._controls[key]
        self._showing = True
        try:
            control.show(self._preferences.read(self._settings[key]))
        finally:
            self._showing = False

    def _store(self, key: str) -> None:
        if self._showing:
            return
        setting = self._settings[key]
        value = self._controls[key].read()
        log.debug("setting %s = %r", key, value)
        self._preferences.write(setting, value)

    def _on_group_changed(self, key: str) -> None:
        if key in self._controls:
            self._show(key)  # also when changed elsewhere (volume keys during a workout)
            self.setting_changed.emit(key)
        if key in ("audio_backend", "muted"):
            self.show_sound_in_use()
