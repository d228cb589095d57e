"""Parts of the composition root kept apart from :class:`glute_timer.app.App`: the default
engine and keep-awake, the icon, small dialogs' glue, "last done" dates, the test sound and
the theme that follows the system."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from glute_timer import DESKTOP_ID
from glute_timer.domain.i18n import translate
from glute_timer.domain.plan import Plan
from glute_timer.platform.keep_awake.keeper import NoKeepAwake, ScreenKeeper
from glute_timer.settings import Preferences

if TYPE_CHECKING:
    from datetime import date

    from glute_timer.audio import CueAnnouncer
    from glute_timer.engine.workout_engine import WorkoutEngine
    from glute_timer.storage.history_repository import HistoryRepository
    from glute_timer.ui.dialogs.routine_files import RoutineFiles

_log = logging.getLogger("glute_timer.app")

# (parent, built-in name, its new version's name, the holds) -> make it? (quick adjust)
AskBeforeCopy = Callable[[QWidget, str, str, str], bool]
MESSAGE_MS = 4000  # how long a toast saying what happened stays


def history_unavailable(reason: str) -> str:
    """The notice when the database cannot be opened (``reason``: why, in words)."""
    return translate("App", "History and custom routines are unavailable: {reason}").format(
        reason=reason
    )


def routines_unavailable(reason: str) -> str:
    """The notice when the custom routines cannot be read at start-up."""
    return translate("App", "Custom routines unavailable: {reason}").format(reason=reason)


def routines_unreadable(reason: str) -> str:
    """The message when the routines cannot be read again after a change."""
    return translate("App", "Routines could not be read: {reason}").format(reason=reason)


def default_engine_factory(plan: Plan, parent: QObject) -> WorkoutEngine:
    """The real engine on the real clock."""
    from glute_timer.engine.workout_engine import WorkoutEngine

    return WorkoutEngine(plan, parent=parent)


def default_keep_awake() -> ScreenKeeper:
    """The platform's keep-the-screen-awake service, or a stand-in that does nothing."""
    try:
        from glute_timer.platform.keep_awake import KeepAwake
    except ImportError:
        _log.info("keep-awake service not available in this build")
        return NoKeepAwake()
    try:
        keeper: ScreenKeeper = KeepAwake()
    except Exception:
        _log.exception("the keep-awake service failed to start")
        return NoKeepAwake()
    return keeper


def app_icon() -> QIcon:
    """The theme's icon for the app, else the bundled SVG."""
    from glute_timer import resources

    return QIcon.fromTheme(
        DESKTOP_ID, QIcon(str(resources.assets_dir() / "icons" / "glute-timer.svg"))
    )


def ask_to_copy(parent: QWidget, builtin: str, copy: str, holds: str) -> bool:
    from glute_timer.ui.start.quick_adjust import ask_to_copy

    return ask_to_copy(parent, builtin, copy, holds)


def show_dialog(dialog: QWidget) -> None:
    """Show ``dialog``, or bring it to the front when it is open already."""
    if dialog.isVisible():
        dialog.raise_()
    else:
        dialog.show()
    dialog.activateWindow()


def last_done_dates(history: HistoryRepository, sessions: int = 500) -> dict[str, date]:
    """The local date each routine (by name key) was last done, from the newest
    ``sessions`` sessions: one query, run after the window is up."""
    from glute_timer.domain.names import name_key

    dates: dict[str, date] = {}
    for summary in history.list_sessions(limit=sessions):
        dates.setdefault(name_key(summary.routine), history.local_date(summary.started_at))
    return dates


def say_what_files_did(files: RoutineFiles, toast: Callable[[str, int], None]) -> None:
    """Imports and exports end with a message saying what happened (errors have their own
    box; their first line is toasted too)."""
    from glute_timer.domain.text_safety import display_name

    def imported(name: str) -> None:
        text = translate("App", "Imported “{routine}”").format(routine=display_name(name))
        toast(text, MESSAGE_MS)

    def exported(path: str) -> None:
        toast(translate("App", "Saved to {path}").format(path=path), MESSAGE_MS)

    files.imported.connect(imported)
    files.exported.connect(exported)
    files.failed.connect(lambda text: toast(text.splitlines()[0] if text else "", MESSAGE_MS))


def sound_in_use(announcer: CueAnnouncer | None, *, loaded: bool) -> str:
    """The sound output playing now, as the About box and Settings name it."""
    from glute_timer.ui.dialogs.about import sound_description

    return sound_description(announcer, loaded=loaded)


def play_test_sound(
    announcer: CueAnnouncer | None, preferences: Preferences, *, loaded: bool
) -> str:
    """Play the "go" cue as a workout would; returns what the person should know."""
    if announcer is None or not announcer.sound_available:
        return translate("App", "No sound output is working: {sound}").format(
            sound=sound_in_use(announcer, loaded=loaded)
        )
    if preferences.muted:
        return translate("App", "Sound is muted (M turns it back on).")
    announcer.on_cue("go")
    volume = preferences.volume
    return translate("App", "Played at {volume}%.").format(volume=volume)


def apply_sound_preference(announcer: CueAnnouncer, prefs: Preferences, key: str) -> None:
    """Pass the sound preference ``key`` that just changed on to the announcer."""
    if key == "volume":
        announcer.set_volume(prefs.volume)
    elif key == "muted":
        announcer.set_muted(prefs.muted)
    elif key == "beeps":
        announcer.set_beeps_enabled(prefs.beeps)
    elif key == "voice_prompts":
        announcer.set_voice_enabled(prefs.voice_prompts)


class ThemeFollower:
    """Applies the theme setting, and the system's scheme again when it changes while the
    setting says "system"; ``repaint`` is called after each change."""

    def __init__(self, preferences: Preferences, repaint: Callable[[], None]) -> None:
        self._preferences = preferences
        self._repaint = repaint
        self._applying = False
        QApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def _system_changed(self, *_args: object) -> None:
        if self._preferences.theme == "system":
            self.apply()

    def apply(self) -> None:
        """Apply the setting now."""
        from glute_timer.ui.theme import apply_preference

        if self._applying:
            return  # unsetting the scheme reports a change: not a new one
        self._applying = True
        try:
            apply_preference(self._preferences.theme)
        finally:
            self._applying = False
        self._repaint()
