"""Composition root: builds every part of the app and wires them together.

Start-up order matters: the window with the built-in routines is shown first (it needs no
database), and everything slow (SQLAlchemy and the database, the engine's state machine
module, the sound bank and audio backend) is loaded in :meth:`App.load_rest`, run from the
event loop just after the window is up.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from glute_timer import APP_ID, APP_NAME, __version__
from glute_timer.domain import library
from glute_timer.domain.plan import Plan
from glute_timer.paths import data_dir as resolve_data_dir
from glute_timer.settings import Settings
from glute_timer.ui.main_window import MainWindow, NoKeepAwake, ScreenKeeper, ask_to_stop

if TYPE_CHECKING:
    from glute_timer.engine.workout_engine import WorkoutEngine

_log = logging.getLogger(__name__)


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


class App:
    """Every long-lived part of the running app, built and connected in one place.

    Constructor arguments (tests replace the defaults):
        directory: the data directory (settings, database, logs).
        audio: the ``--audio`` choice; None means the saved preference.
        engine_factory, keep_awake, confirm_stop: passed to :class:`MainWindow`.
    """

    def __init__(
        self,
        directory: Path,
        audio: str | None = None,
        *,
        engine_factory: Callable[[Plan, QObject], WorkoutEngine] = default_engine_factory,
        keep_awake: ScreenKeeper | None = None,
        confirm_stop: Callable[[QWidget], bool] = ask_to_stop,
        load_audio: bool = True,
    ) -> None:
        self.directory = directory
        self.audio_choice = audio
        self.load_audio = load_audio
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            _log.warning("data directory %s cannot be created: %s", directory, error)
        self.settings = Settings.open(directory)
        from glute_timer.ui.theme import apply_preference

        apply_preference(self.settings.preferences.theme)
        self.keep_awake: ScreenKeeper = keep_awake if keep_awake is not None else NoKeepAwake()
        self._keep_awake_given = keep_awake is not None
        self.window = MainWindow(
            self.settings, engine_factory, self.keep_awake, confirm_stop=confirm_stop
        )
        self.window.set_routines([(routine, True) for routine in library.ROUTINES])
        self.database: Any = None
        self.routine_repository: Any = None
        self.announcer: Any = None
        self.loaded = False
        self.window.workout_started.connect(self._connect_engine)
        self.settings.preferences.changed.connect(self._preference_changed)

    # -- after the window is up ----------------------------------------------------------

    def load_rest(self, start_routine: str | None = None) -> None:
        """Load what the first frame did not need, then start ``start_routine`` if given."""
        if not self._keep_awake_given:
            self.keep_awake = default_keep_awake()
            self.window.set_keep_awake(self.keep_awake)
        self._open_database()
        if self.load_audio:
            self._load_audio()
        # The engine module pulls in QtStateMachine: import it now, not at the first Start.
        import glute_timer.engine.workout_engine  # noqa: F401

        _ = self.window.workout_view  # built now (with QtSvg) rather than at the first Start

        # History (issue: history): build the SessionRecorder and HistoryView here, then
        # self.window.set_history_page(view) and connect the recorder in _connect_engine.
        self.loaded = True
        if start_routine:
            routine = self.window.find_routine(start_routine)
            if routine is None:
                _log.warning("routine %r not found; showing the start screen", start_routine)
            else:
                self.window.start_screen.select(routine.name)
                self.window.start_routine(routine)

    def _open_database(self) -> None:
        from glute_timer.paths import database_path

        try:
            from glute_timer.storage.database import open_database
            from glute_timer.storage.routine_repository import RoutineRepository

            self.database = open_database(database_path(self.directory))
            self.routine_repository = RoutineRepository(self.database)
            entries = self.routine_repository.all_routines()
        except Exception as error:  # the built-ins still work without a database
            _log.exception("the database could not be opened")
            self.window.set_sound_status(f"Custom routines unavailable: {error}")
            return
        if self.database.moved_aside:
            self.window.set_sound_status(
                f"The database was damaged ({self.database.damage}); it was kept as "
                f"{self.database.moved_aside} and a fresh one was started."
            )
        self.window.set_routines([(e.routine, e.builtin) for e in entries])

    def _load_audio(self) -> None:
        prefs = self.settings.preferences
        choice = self.audio_choice or prefs.audio_backend
        try:
            from glute_timer.audio import CueAnnouncer, SoundBank, choose_player

            player = choose_player(choice, parent=self.window)
            announcer = CueAnnouncer(
                player,
                SoundBank.load(),
                volume=prefs.volume,
                muted=prefs.muted,
                voice_enabled=prefs.voice_prompts,
                parent=self.window,
            )
        except Exception as error:  # no sound is no reason not to exercise
            _log.exception("sound could not be set up")
            self.window.set_sound_status(f"No sound: {error}")
            return
        self.announcer = announcer
        announcer.sound_status_changed.connect(self.window.set_sound_status)
        self.window.set_sound_status(announcer.status_text)

    # -- wiring --------------------------------------------------------------------------

    def _connect_engine(self, engine: WorkoutEngine) -> None:
        announcer = self.announcer
        if announcer is not None:
            announcer.prepare_plan(engine.plan)
            engine.step_started.connect(announcer.on_step_started)
            engine.cue.connect(announcer.on_cue)
            engine.paused.connect(announcer.on_paused)
            engine.finished.connect(announcer.on_finished)

    def _preference_changed(self, key: str) -> None:
        prefs = self.settings.preferences
        announcer = self.announcer
        if key == "theme":
            from glute_timer.ui.theme import apply_preference

            apply_preference(prefs.theme)
        if announcer is None:
            return
        if key == "volume":
            announcer.set_volume(prefs.volume)
        elif key == "muted":
            announcer.set_muted(prefs.muted)
        elif key == "voice_prompts":
            announcer.set_voice_enabled(prefs.voice_prompts)

    def shutdown(self) -> None:
        """Release the screen, stop the workout, save settings, close the database."""
        self.window.release_resources()
        self.settings.sync()
        if self.database is not None:
            try:
                self.database.close()
            except Exception:
                _log.exception("closing the database failed")


class _FirstPaint(QObject):
    """Calls back once, from the event loop, after ``widget`` is first painted (or after
    ``fallback_ms`` if it never is, e.g. started minimised)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # Zero-delay timers can run before the window's first paint: so wait for the
            # paint, then let it reach the screen before the slow work starts.
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_paint(
    widget: QWidget, callback: Callable[[], None], fallback_ms: int = 1000
) -> None:
    """Run ``callback`` once ``widget`` has been painted for the first time."""
    _FirstPaint(widget, callback, fallback_ms)


def _install_error_hook(app: App) -> None:
    """Log unexpected errors from slots and let the screen sleep again: after an error the
    workout may be in a broken state, so it should not keep the display on indefinitely."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        _log.critical("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        try:
            app.window.release_keep_awake()
            app.window.show_toast("Something went wrong; details are in the log.")
        except Exception:
            pass
        previous(kind, value, tb)

    sys.excepthook = hook


def run_app(data_dir: str | Path | None, start_routine: str | None, audio: str | None) -> int:
    """Open the main window and run the event loop; returns the exit status."""
    qt_app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setOrganizationName(APP_ID)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName(APP_ID)
    directory = resolve_data_dir(data_dir)
    app = App(directory, audio)
    app.window.show_remembered()
    _install_error_hook(app)
    qt_app.aboutToQuit.connect(app.shutdown)

    def after_window() -> None:
        # logging.handlers alone costs ~45 ms: the log file is opened once the window is up
        # (until then warnings still reach stderr).
        from glute_timer.logging_setup import configure_logging

        configure_logging(directory)
        app.load_rest(start_routine)

    after_first_paint(app.window, after_window)
    try:
        return qt_app.exec()
    finally:
        app.window.release_resources()
