"""Every preference, declared once with its type and default, kept in a QSettings file.

Two kinds live here, apart: :class:`Preferences` are the person's choices (volume, sound
backend, theme); :class:`UiState` is what the app remembers by itself (window size, full
screen, the last routine). Both read and write the same QSettings store under separate groups.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast, overload

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from glute_timer.domain.audio_backends import AUDIO_BACKENDS
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP
from glute_timer.paths import SETTINGS_FILE

T = TypeVar("T")


THEMES = ("system", "light", "dark")
VOLUME_STEP = 10


def _convert(value: Any, kind: type, default: Any) -> Any:
    """Turn what QSettings returns (often a string from an INI file) into ``kind``."""
    if value is None:
        return default
    try:
        if kind is bool:
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        if kind is int:
            return int(value)
        if kind is float:
            return float(value)
        if kind is str:
            return str(value)
        if kind is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)
    except (TypeError, ValueError):
        return default
    return value


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One stored value: its key, type, default and, optionally, the values it may take.

    Used as a class attribute of a :class:`SettingsGroup`; reading it on an instance returns
    the stored value (or the default), assigning stores it and emits ``changed(key)``.
    A :class:`Preferences` setting's ``doc`` is shown as its tooltip: it is marked with
    ``QT_TRANSLATE_NOOP("Settings", ...)`` and translated where shown.
    """

    key: str
    kind: type
    default: T
    doc: str
    choices: tuple[T, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None

    def clean(self, value: Any) -> T:
        """``value`` converted, clamped to the range and checked against the choices."""
        result = _convert(value, self.kind, self.default)
        if self.minimum is not None and result < self.minimum:
            result = type(result)(self.minimum)
        if self.maximum is not None and result > self.maximum:
            result = type(result)(self.maximum)
        if self.choices is not None and result not in self.choices:
            return self.default
        return cast(T, result)

    @overload
    def __get__(self, instance: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, instance: SettingsGroup, owner: type) -> T: ...
    def __get__(self, instance: SettingsGroup | None, owner: type) -> Setting[T] | T:
        if instance is None:
            return self
        return instance.read(self)

    def __set__(self, instance: SettingsGroup, value: T) -> None:
        instance.write(self, value)


class SettingsGroup(QObject):
    """A set of :class:`Setting` declarations stored under one QSettings group.

    Signals:
        changed(str): a setting's key, after a new value was stored.
    """

    changed = Signal(str)
    GROUP = ""

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    @classmethod
    def declared(cls) -> list[Setting[Any]]:
        """Every setting this group declares, in declaration order."""
        return [v for k, v in vars(cls).items() if isinstance(v, Setting) and not k.startswith("_")]

    def _full_key(self, setting: Setting[Any]) -> str:
        return f"{self.GROUP}/{setting.key}" if self.GROUP else setting.key

    def read(self, setting: Setting[T]) -> T:
        """The stored value of ``setting``, or its default."""
        return setting.clean(self._store.value(self._full_key(setting)))

    def write(self, setting: Setting[T], value: T) -> None:
        """Store ``value`` (cleaned) for ``setting`` and announce it, if that changes it."""
        cleaned = setting.clean(value)
        if self.read(setting) == cleaned:
            return
        self._store.setValue(self._full_key(setting), cleaned)
        self.changed.emit(setting.key)

    def reset(self, setting: Setting[Any]) -> None:
        """Forget the stored value; the default applies again."""
        self._store.remove(self._full_key(setting))
        self.changed.emit(setting.key)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()


class Preferences(SettingsGroup):
    """The person's choices (shown in the settings dialog)."""

    GROUP = "preferences"

    prep_seconds: Setting[int] = Setting(
        "prep_seconds",
        int,
        10,
        QT_TRANSLATE_NOOP(
            "Settings", "Get-ready time for built-in routines (custom routines keep their own)."
        ),
        minimum=0,
        maximum=600,
    )
    volume: Setting[int] = Setting(
        "volume",
        int,
        80,
        QT_TRANSLATE_NOOP("Settings", "Cue volume in percent."),
        minimum=0,
        maximum=100,
    )
    muted: Setting[bool] = Setting(
        "muted", bool, False, QT_TRANSLATE_NOOP("Settings", "No cue sounds at all.")
    )
    audio_backend: Setting[str] = Setting(
        "audio_backend",
        str,
        "auto",
        # Names every one of AUDIO_BACKENDS (checked by a test); literal to be translatable.
        QT_TRANSLATE_NOOP("Settings", "Which player plays cues: auto, simpleaudio, qt or none."),
        choices=AUDIO_BACKENDS,
    )
    beeps: Setting[bool] = Setting(
        "beeps", bool, True, QT_TRANSLATE_NOOP("Settings", "Beep at each cue.")
    )
    voice_prompts: Setting[bool] = Setting(
        "voice_prompts",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", 'Speak the cues ("switch sides") as well as beeping.'),
    )
    keep_screen_awake: Setting[bool] = Setting(
        "keep_screen_awake",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Stop the screen saver while a workout runs."),
    )
    theme: Setting[str] = Setting(
        "theme",
        str,
        "system",
        QT_TRANSLATE_NOOP("Settings", "Colour scheme: system, light or dark."),
        choices=THEMES,
    )
    text_scale: Setting[float] = Setting(
        "text_scale",
        float,
        1.0,
        QT_TRANSLATE_NOOP("Settings", "Text size, as a factor of the system's."),
        minimum=0.9,
        maximum=2.0,
    )

    language: Setting[str] = Setting(
        "language",
        str,
        "system",
        QT_TRANSLATE_NOOP(
            "Settings", "Language of the app and its voice: system, or a code such as en, de or es."
        ),
    )

    def step_volume(self, direction: int) -> int:
        """Raise (direction > 0) or lower the volume by one step; unmutes; returns it."""
        self.volume = self.volume + (VOLUME_STEP if direction > 0 else -VOLUME_STEP)
        self.muted = False
        return self.volume


class UiState(SettingsGroup):
    """What the app remembers on its own between runs."""

    GROUP = "ui"

    window_geometry: Setting[QByteArray] = Setting(
        "window_geometry", QByteArray, QByteArray(), "Main window geometry (saveGeometry)."
    )
    full_screen: Setting[bool] = Setting("full_screen", bool, False, "Window was full screen.")
    last_routine: Setting[str] = Setting("last_routine", str, "", "Routine last started.")


@dataclass
class Settings:
    """Both groups over one store."""

    preferences: Preferences
    ui_state: UiState
    store: QSettings

    @classmethod
    def open(cls, directory: Path) -> Settings:
        """Settings kept in ``<directory>/settings.ini``: in the data directory, so one
        override (``--data-dir``) moves all of the app's state, settings included."""
        store = QSettings(str(directory / SETTINGS_FILE), QSettings.Format.IniFormat)
        return cls(Preferences(store), UiState(store), store)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()
